/* The guide's checklists: each item becomes a checkbox whose state is kept in this browser (localStorage).
   Keys are the step's translation key, so a tick made in one language shows in the others. */
(function () {
  "use strict";
  var STORAGE_KEY = "pci-guide-checklist";

  function load() {
    try {
      return JSON.parse(window.localStorage.getItem(STORAGE_KEY)) || {};
    } catch (error) {
      return {};
    }
  }

  function save(state) {
    try {
      window.localStorage.setItem(STORAGE_KEY, JSON.stringify(state));
    } catch (error) {
      /* Private browsing or full storage: the ticks then last until the page is left. */
    }
  }

  var state = load();
  var counter = 0;

  document.querySelectorAll("[data-checklist]").forEach(function (list) {
    var listKey = list.getAttribute("data-checklist");
    list.querySelectorAll(":scope > li").forEach(function (item, index) {
      var key = listKey + ":" + index;
      var id = "checklist-item-" + (counter += 1);
      var checkbox = document.createElement("input");
      checkbox.type = "checkbox";
      checkbox.id = id;
      checkbox.checked = Boolean(state[key]);
      checkbox.addEventListener("change", function () {
        state = load();
        if (checkbox.checked) {
          state[key] = true;
        } else {
          delete state[key];
        }
        save(state);
      });
      var text = document.createElement("span");
      while (item.firstChild) {
        text.appendChild(item.firstChild);
      }
      var label = document.createElement("label");
      label.htmlFor = id;
      label.appendChild(checkbox);
      label.appendChild(text);
      item.appendChild(label);
    });
    list.classList.add("is-enhanced");
  });

  document.querySelectorAll("[data-print]").forEach(function (button) {
    button.hidden = false;
    button.addEventListener("click", function () {
      window.print();
    });
  });
})();
