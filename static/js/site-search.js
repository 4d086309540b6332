/*
 * Suggestions for the site search box: the ARIA 1.2 combobox pattern (list autocomplete).
 * The search form works without this script; it only adds a list of matching titles while typing.
 * Keys: Down/Up move through the list, Enter opens the highlighted suggestion, Escape closes
 * the list (or clears the box when it is closed), Tab leaves as usual.
 */
(function () {
  "use strict";

  var MIN_CHARS = 2;
  var DELAY_MS = 150;
  var counter = 0;

  function enhance(input) {
    var form = input.form;
    var url = input.getAttribute("data-suggest-url");
    if (!form || !url || !window.fetch) {
      return;
    }
    counter += 1;
    var listId = "site-search-suggestions-" + counter;
    var list = document.createElement("ul");
    list.id = listId;
    list.className = "site-search__suggestions";
    list.setAttribute("role", "listbox");
    list.setAttribute("aria-label", input.labels && input.labels[0] ? input.labels[0].textContent.trim() : "");
    list.hidden = true;
    var status = document.createElement("p");
    status.className = "visually-hidden";
    status.setAttribute("role", "status");
    status.setAttribute("aria-live", "polite");
    input.parentNode.appendChild(list);
    input.parentNode.appendChild(status);
    form.classList.add("site-search--enhanced");

    input.setAttribute("role", "combobox");
    input.setAttribute("aria-autocomplete", "list");
    input.setAttribute("aria-expanded", "false");
    input.setAttribute("aria-controls", listId);

    var items = [];
    var active = -1;
    var timer = null;
    var lastQuery = "";
    var controller = null;

    function close() {
      list.hidden = true;
      input.setAttribute("aria-expanded", "false");
      input.removeAttribute("aria-activedescendant");
      active = -1;
    }

    function setActive(index) {
      var options = list.querySelectorAll("[role=option]");
      active = index;
      for (var i = 0; i < options.length; i += 1) {
        options[i].setAttribute("aria-selected", i === index ? "true" : "false");
      }
      if (index >= 0 && options[index]) {
        input.setAttribute("aria-activedescendant", options[index].id);
        options[index].scrollIntoView({ block: "nearest" });
      } else {
        input.removeAttribute("aria-activedescendant");
      }
    }

    function render(data) {
      items = data.suggestions || [];
      list.textContent = "";
      items.forEach(function (item, index) {
        var option = document.createElement("li");
        option.id = listId + "-" + index;
        option.setAttribute("role", "option");
        option.setAttribute("aria-selected", "false");
        option.className = "site-search__suggestion";
        var title = document.createElement("span");
        title.textContent = item.title;
        var kind = document.createElement("span");
        kind.className = "site-search__suggestion-kind";
        kind.textContent = item.kind;
        option.appendChild(title);
        option.appendChild(document.createTextNode(" "));
        option.appendChild(kind);
        option.addEventListener("mousedown", function (event) {
          event.preventDefault(); // keep the focus in the box
        });
        option.addEventListener("click", function () {
          choose(index);
        });
        list.appendChild(option);
      });
      active = -1;
      if (items.length) {
        list.hidden = false;
        input.setAttribute("aria-expanded", "true");
      } else {
        close();
      }
      var template = input.getAttribute("data-suggest-status") || "";
      status.textContent = items.length ? template.replace("{count}", String(items.length)) : "";
    }

    function choose(index) {
      var item = items[index];
      if (!item) {
        return;
      }
      if (item.url) {
        window.location.assign(item.url);
      } else {
        input.value = item.title;
        form.submit();
      }
    }

    function fetchSuggestions() {
      var query = input.value.trim();
      if (query.length < MIN_CHARS) {
        lastQuery = "";
        close();
        return;
      }
      if (query === lastQuery) {
        return;
      }
      lastQuery = query;
      if (controller) {
        controller.abort();
      }
      controller = window.AbortController ? new AbortController() : null;
      fetch(url + "?q=" + encodeURIComponent(query), {
        headers: { Accept: "application/json" },
        credentials: "same-origin",
        signal: controller ? controller.signal : undefined,
      })
        .then(function (response) {
          return response.ok ? response.json() : { suggestions: [] };
        })
        .then(function (data) {
          if (input.value.trim() === query) {
            render(data);
          }
        })
        .catch(function () {
          /* Suggestions are optional: the form still searches. */
        });
    }

    input.addEventListener("input", function () {
      window.clearTimeout(timer);
      timer = window.setTimeout(fetchSuggestions, DELAY_MS);
    });

    input.addEventListener("keydown", function (event) {
      var open = !list.hidden && items.length > 0;
      if (event.key === "ArrowDown") {
        if (!open) {
          lastQuery = "";
          fetchSuggestions();
          return;
        }
        event.preventDefault();
        setActive(active + 1 >= items.length ? 0 : active + 1);
      } else if (event.key === "ArrowUp" && open) {
        event.preventDefault();
        setActive(active - 1 < 0 ? items.length - 1 : active - 1);
      } else if (event.key === "Enter" && open && active >= 0) {
        event.preventDefault();
        choose(active);
      } else if (event.key === "Escape") {
        if (open) {
          event.preventDefault();
          close();
        } else {
          input.value = "";
        }
      }
    });

    input.addEventListener("blur", function () {
      close();
    });
  }

  var inputs = document.querySelectorAll("input[data-suggest-url]");
  for (var i = 0; i < inputs.length; i += 1) {
    enhance(inputs[i]);
  }
})();
