/* The network view: actors as nodes, events as weighted directed edges (/api/network), drawn with Cytoscape.js. */
"use strict";

(() => {
  let cy = null;

  async function load(params) {
    const graph = await EW.api("/api/network", params);
    document.getElementById("summary").textContent =
      `${graph.nodes.length} actors, ${graph.edges.length} directed pairs (the heaviest).`;
    const most = Math.max(1, ...graph.nodes.map(n => n.events));
    const heaviest = Math.max(1, ...graph.edges.map(e => e.weight));
    if (cy) cy.destroy();
    cy = cytoscape({
      container: document.getElementById("network"),
      elements: [
        ...graph.nodes.map(n => ({data: {id: n.id, label: n.id, size: 14 + 34 * n.events / most, events: n.events}})),
        ...graph.edges.map((e, i) => ({data: {id: `e${i}`, source: e.source, target: e.target, weight: e.weight,
                                              width: 1.5 + 5 * e.weight / heaviest, goldstein: e.goldstein_mean}})),
      ],
      style: [
        {selector: "node", style: {"label": "data(label)", "width": "data(size)", "height": "data(size)",
                                   "background-color": "#2e6bd1", "font-size": 11, "color": "#1d2330"}},
        {selector: "edge", style: {"width": "data(width)", "curve-style": "bezier", "target-arrow-shape": "triangle",
                                   "line-color": "mapData(goldstein, -10, 10, #d1552e, #2ea36b)",
                                   "target-arrow-color": "mapData(goldstein, -10, 10, #d1552e, #2ea36b)", "opacity": 0.8}},
        {selector: ":selected", style: {"overlay-opacity": 0.2}},
      ],
      layout: {name: graph.nodes.length > 1 ? "cose" : "grid", animate: false, randomize: false},
    });
    cy.on("tap", "edge", event => {
      const d = event.target.data();
      document.getElementById("selected").textContent =
        `${d.source} -> ${d.target}: ${d.weight} events, mean Goldstein ${d.goldstein}`;
    });
    cy.on("tap", "node", event => {
      const d = event.target.data();
      document.getElementById("selected").replaceChildren(`${d.id}: ${d.events} events `,
        EW.el("a", {href: `/events?actor=${encodeURIComponent(d.id)}`}, "(list them)"));
    });
    window.networkGraph = cy;
  }

  EW.filters(document.getElementById("filters"), load).catch(EW.fail);
})();
