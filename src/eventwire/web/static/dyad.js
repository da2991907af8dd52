/* The dyad view: how two actors treat each other over time, both directions (Goldstein and PLOVER types); a
 * click on a point lists the events behind it. */
"use strict";

(() => {
  const form = document.getElementById("dyad-form");
  const charts = [];

  async function showPoint(params, period, direction) {
    const found = await EW.api("/api/dyad/events", {...params, period, direction, limit: 100});
    const shown = found.total > found.events.length ? ` (the first ${found.events.length})` : "";
    document.getElementById("point-title").textContent = `${direction}, ${period}: ${found.total} events${shown}`;
    document.getElementById("dyad-events").replaceChildren(EW.eventsTable(found.events));
  }

  async function load(params) {
    const points = await EW.api("/api/dyad", params);
    const directions = [`${params.a}->${params.b}`, `${params.b}->${params.a}`];
    const periods = [...new Set(points.map(p => p.period))].sort();
    const at = new Map(points.map(p => [`${p.period}|${p.direction}`, p]));
    const total = points.reduce((n, p) => n + p.events, 0);
    document.getElementById("summary").textContent =
      `${total} events between ${params.a} and ${params.b} in ${periods.length} periods.`;
    charts.splice(0).forEach(c => c.destroy());
    const most = Math.max(1, ...points.map(p => p.events));
    const goldstein = new Chart(document.getElementById("goldstein-chart"), {
      type: "line",
      data: {labels: periods, datasets: directions.map((d, i) => ({
        label: `${d}: mean Goldstein`, spanGaps: true, borderColor: EW.palette[i], backgroundColor: EW.palette[i],
        data: periods.map(p => at.get(`${p}|${d}`)?.goldstein_mean ?? null),
        pointRadius: periods.map(p => 4 + 10 * (at.get(`${p}|${d}`)?.events || 0) / most),
        pointHoverRadius: periods.map(p => 6 + 10 * (at.get(`${p}|${d}`)?.events || 0) / most),
      }))},
      options: {
        maintainAspectRatio: false, animation: false,
        scales: {x: {offset: true}, y: {min: -10, max: 10, title: {display: true, text: "Goldstein"}}},
        interaction: {mode: "nearest", intersect: true},
        onClick: (event, elements) => {
          if (!elements.length) return;
          const {datasetIndex, index} = elements[0];
          showPoint(params, periods[index], directions[datasetIndex]).catch(EW.fail);
        },
      },
    });
    const types = [...new Set(points.flatMap(p => Object.keys(p.plover)))].sort();
    const plover = new Chart(document.getElementById("plover-chart"), {
      type: "bar",
      data: {labels: periods, datasets: directions.flatMap((d, i) => types.map((t, j) => ({
        label: `${d} ${t}`, stack: d, backgroundColor: EW.palette[(j + i * 5) % EW.palette.length],
        data: periods.map(p => at.get(`${p}|${d}`)?.plover[t] || 0),
      })))},
      options: {maintainAspectRatio: false, animation: false,
                plugins: {title: {display: true, text: "PLOVER types per period (left bar A->B, right bar B->A)"}},
                scales: {x: {stacked: true}, y: {stacked: true, beginAtZero: true}}},
    });
    charts.push(goldstein, plover);
    window.dyadChart = goldstein;
  }

  (async () => {
    const stats = await EW.api("/api/stats", {top: 50});
    const actors = document.getElementById("actor-list");
    stats.actors.forEach(a => actors.append(EW.el("option", {value: a.actor})));
    EW.fillForm(form);
    if (!form.elements.a.value && stats.dyads.length) {  // the pair with the most events, both ways together
      const pairs = new Map();
      for (const d of stats.dyads) {
        const key = [d.source, d.target].sort().join("\t");
        pairs.set(key, (pairs.get(key) || 0) + d.events);
      }
      const [best] = [...pairs.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0];
      [form.elements.a.value, form.elements.b.value] = best.split("\t");
    }
    EW.onSubmit(form, load);
    if (form.elements.a.value && form.elements.b.value) await load(EW.formParams(form));
    else document.getElementById("summary").textContent = "No pair of actors in this store yet: pick two.";
  })().catch(EW.fail);
})();
