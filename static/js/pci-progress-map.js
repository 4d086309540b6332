/* Progressive enhancement: a map of the communes listed in the progress table. The table stays the
   primary view; without JavaScript, Leaflet or tiles, nothing is lost. */
(function () {
  "use strict";
  var container = document.querySelector("[data-progress-map]");
  if (!container || typeof window.L === "undefined") {
    return;
  }
  var rows = document.querySelectorAll(".progress-table tbody tr[data-lat]");
  if (!rows.length) {
    return;
  }
  container.hidden = false;
  var map = window.L.map(container, { scrollWheelZoom: false });
  var tileUrl = container.getAttribute("data-tile-url");
  if (tileUrl) {
    window.L.tileLayer(tileUrl, {
      maxZoom: 18,
      attribution: container.getAttribute("data-tile-attribution") || "",
    }).addTo(map);
  }
  var colours = {
    not_started: "#4a5360",
    phase_1: "#8a6d00",
    phase_2: "#b3261e",
    phase_3: "#00508a",
    adopted: "#1e6b33",
    evaluating: "#1e6b33",
  };
  var bounds = [];
  rows.forEach(function (row) {
    var lat = parseFloat(row.getAttribute("data-lat"));
    var lng = parseFloat(row.getAttribute("data-lng"));
    if (isNaN(lat) || isNaN(lng)) {
      return;
    }
    var name = row.querySelector("th").textContent;
    var status = row.querySelector(".status").textContent;
    var marker = window.L.circleMarker([lat, lng], {
      radius: 8,
      weight: 2,
      color: "#1b1f24",
      fillColor: colours[row.getAttribute("data-status")] || "#4a5360",
      fillOpacity: 0.9,
    }).addTo(map);
    var popup = document.createElement("p");
    var strong = document.createElement("strong");
    strong.textContent = name;
    popup.appendChild(strong);
    popup.appendChild(document.createElement("br"));
    popup.appendChild(document.createTextNode(status));
    marker.bindPopup(popup);
    bounds.push([lat, lng]);
  });
  map.invalidateSize();
  if (bounds.length === 1) {
    map.setView(bounds[0], 12);
  } else {
    map.fitBounds(bounds, { padding: [24, 24] });
  }
})();
