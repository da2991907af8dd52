/* The map view: located events in grid cells computed by the store (/api/map), clustered by
 * Leaflet.markercluster over an offline basemap of Natural Earth country outlines (world-atlas); online tiles on
 * request. A click on a cell lists its events. */
"use strict";

(() => {
  const form = document.getElementById("filters");
  const map = L.map("map", {worldCopyJump: true, minZoom: 1, maxZoom: 14}).setView([25, 15], 2);
  let tiles = null;
  let filters = {};
  const cells = L.markerClusterGroup({
    showCoverageOnHover: false, maxClusterRadius: 50,
    iconCreateFunction: cluster => icon(cluster.getAllChildMarkers().reduce((n, m) => n + m.options.events, 0)),
  });
  map.addLayer(cells);
  window.eventMap = map;

  function icon(n) {
    const size = Math.round(22 + 8 * Math.log10(n + 1));
    return L.divIcon({html: String(n), className: "cell-icon", iconSize: [size, size]});
  }

  async function basemap() {
    const world = await fetch("/vendor/world-atlas/countries-50m.json").then(r => r.json());
    L.geoJSON(topojson.feature(world, world.objects.countries), {
      style: {color: "#8a94a6", weight: 0.6, fillColor: "#fbfaf5", fillOpacity: 1},
    }).addTo(map);
  }

  async function showCell(cell) {
    const box = {south: cell.south, west: cell.west, north: cell.north, east: cell.east};
    const data = await EW.api("/api/events", {...filters, ...box, per_page: 100});
    document.getElementById("cell-title").textContent =
      `${cell.place || "Events"} and around: ${data.total} events${data.total > 100 ? " (the first 100)" : ""}`;
    document.getElementById("cell-events").replaceChildren(EW.eventsTable(data.events));
  }

  async function load() {
    const found = await EW.api("/api/map", {...filters, zoom: map.getZoom()});
    cells.clearLayers();
    cells.addLayers(found.map(cell => {
      const marker = L.marker([cell.lat, cell.lon], {icon: icon(cell.events), events: cell.events,
                                                      title: `${cell.place || ""}: ${cell.events} events`});
      marker.on("click", () => showCell(cell).catch(EW.fail));
      return marker;
    }));
    const total = found.reduce((n, c) => n + c.events, 0);
    document.getElementById("summary").textContent =
      `${total.toLocaleString("en")} located events in ${found.length} cells (zoom ${map.getZoom()}).`;
  }

  function setTiles(online) {
    if (online && !tiles) {
      tiles = L.tileLayer("https://tile.openstreetmap.org/{z}/{x}/{y}.png",
                          {maxZoom: 18, attribution: "© OpenStreetMap contributors"}).addTo(map);
    } else if (!online && tiles) {
      map.removeLayer(tiles);
      tiles = null;
    }
  }

  map.on("zoomend", () => load().catch(EW.fail));
  basemap().catch(EW.fail);
  EW.filters(form, params => {
    const {tiles: online, ...rest} = params;
    filters = rest;
    setTiles(online === "online");
    return load();
  }).catch(EW.fail);
})();
