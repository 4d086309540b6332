/* Directory map: a progressive enhancement of the result list.
   Without JavaScript, Leaflet or tiles, the list stays complete and the map stays hidden. */
(function () {
  "use strict";

  function showFailure(container, message) {
    var note = document.createElement("p");
    note.className = "directory-map__failed";
    note.textContent = message;
    container.replaceChildren(note);
  }

  function drawMap(container, canvas) {
    var map = window.L.map(canvas, { scrollWheelZoom: false }).setView([49.75, 6.13], 9);
    window.L.tileLayer(container.dataset.tileUrl, {
      maxZoom: 18,
      attribution: container.dataset.tileAttribution
    }).addTo(map);
    return fetch(container.dataset.geojsonUrl, { headers: { Accept: "application/geo+json" } })
      .then(function (response) {
        if (!response.ok) { throw new Error(response.statusText); }
        return response.json();
      })
      .then(function (data) {
        var layer = window.L.geoJSON(data, {
          onEachFeature: function (feature, marker) {
            var popup = document.createElement("div");
            var link = document.createElement("a");
            link.href = feature.properties.url;
            link.textContent = feature.properties.name;
            var address = document.createElement("p");
            address.textContent = feature.properties.address;
            popup.append(link, address);
            marker.bindPopup(popup);
          }
        }).addTo(map);
        if (data.features.length) { map.fitBounds(layer.getBounds(), { maxZoom: 14, padding: [20, 20] }); }
      });
  }

  function setUp(container) {
    if (!window.L || !container.dataset.geojsonUrl) { return; }
    var canvas = container.querySelector(".directory-map__canvas");
    var toggle = document.createElement("button");
    toggle.type = "button";
    toggle.className = "button button--secondary directory-map__toggle";
    toggle.setAttribute("aria-expanded", "false");
    toggle.textContent = container.dataset.labelShow;
    container.parentNode.insertBefore(toggle, container);
    var drawn = false;
    toggle.addEventListener("click", function () {
      var opening = container.hidden;
      container.hidden = !opening;
      toggle.setAttribute("aria-expanded", String(opening));
      toggle.textContent = opening ? container.dataset.labelHide : container.dataset.labelShow;
      if (opening && !drawn) {
        drawn = true;
        drawMap(container, canvas).catch(function () {
          showFailure(container, container.dataset.labelFailed);
        });
      }
    });
  }

  document.querySelectorAll("[data-directory-map]").forEach(setUp);
})();
