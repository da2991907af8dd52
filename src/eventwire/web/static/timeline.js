/* The timeline view: events per day, week, month or year, stacked by PLOVER type or quad class (Chart.js). */
"use strict";

(() => {
  const QUADS = {1: "1 verbal cooperation", 2: "2 material cooperation", 3: "3 verbal conflict", 4: "4 material conflict"};
  let chart = null;

  async function load(params) {
    const rows = await EW.api("/api/timeline", params);
    const periods = [...new Set(rows.map(r => r.period))].sort();
    const series = [...new Set(rows.map(r => r.series))].sort();
    const counts = new Map(rows.map(r => [`${r.period}|${r.series}`, r.events]));
    const label = s => params.group === "quad" ? (QUADS[s] || s) : s;
    const datasets = series.map((s, i) => ({label: label(s), data: periods.map(p => counts.get(`${p}|${s}`) || 0),
                                           backgroundColor: EW.palette[i % EW.palette.length]}));
    const total = rows.reduce((n, r) => n + r.events, 0);
    document.getElementById("summary").textContent =
      `${total.toLocaleString("en")} dated events in ${periods.length} periods, ${series.length} series.`;
    if (chart) chart.destroy();
    chart = new Chart(document.getElementById("timeline-chart"), {
      type: "bar", data: {labels: periods, datasets},
      options: {maintainAspectRatio: false, animation: false, scales: {x: {stacked: true}, y: {stacked: true, beginAtZero: true}}},
    });
    window.timelineChart = chart;
  }

  EW.filters(document.getElementById("filters"), load).catch(EW.fail);
})();
