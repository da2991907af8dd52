/* eventwire's shared page code: API calls, filter forms kept in the URL, event tables. */
"use strict";

const EW = {
  /** GET (or POST with a body) a JSON API path; a coded error becomes an Error with its message. */
  async api(path, params = {}, body = null, headers = {}) {
    const url = new URL(path, location.origin);
    for (const [key, value] of Object.entries(params)) {
      for (const one of [].concat(value)) {
        if (one !== null && one !== undefined && one !== "") url.searchParams.append(key, one);
      }
    }
    const options = body === null ? {} : {method: "POST", body: JSON.stringify(body),
                                           headers: {"Content-Type": "application/json", ...headers}};
    const response = await fetch(url, options);
    const data = await response.json();
    if (!response.ok) throw new Error(data.message || data.detail?.[0]?.msg || response.statusText);
    return data;
  },

  /** Show an error in the page's banner (and not in the console: it is the user's to read). */
  fail(error) {
    const banner = document.getElementById("error");
    banner.textContent = String(error.message || error);
    banner.hidden = false;
  },

  clearError() { document.getElementById("error").hidden = true; },

  /** Build an element: EW.el("a", {href: "/x"}, "text", child). */
  el(tag, attrs = {}, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs)) {
      if (value === null || value === undefined) continue;
      if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else if (key === "className") node.className = value;
      else node.setAttribute(key, value);
    }
    for (const child of children.flat()) {
      if (child !== null && child !== undefined) node.append(child instanceof Node ? child : String(child));
    }
    return node;
  },

  /** The form's fields as parameters (multiple selects as lists, empty fields left out). */
  formParams(form) {
    const params = {};
    for (const field of form.elements) {
      if (!field.name || field.type === "submit") continue;
      if (field.type === "checkbox") { if (field.checked) params[field.name] = field.value; continue; }
      if (field.multiple) {
        const chosen = [...field.selectedOptions].map(o => o.value);
        if (chosen.length) params[field.name] = chosen;
      } else if (field.value !== "") params[field.name] = field.value;
    }
    return params;
  },

  /** Fill a form from the page's URL query. */
  fillForm(form, query = new URLSearchParams(location.search)) {
    for (const field of form.elements) {
      if (!field.name || !query.has(field.name)) continue;
      const values = query.getAll(field.name);
      if (field.type === "checkbox") field.checked = values.includes(field.value);
      else if (field.multiple) [...field.options].forEach(o => { o.selected = values.includes(o.value); });
      else field.value = values[0];
    }
  },

  /** Keep parameters in the URL, so a view can be bookmarked and shared. */
  remember(params) {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) [].concat(value).forEach(v => query.append(key, v));
    history.replaceState(null, "", `${location.pathname}?${query}`);
  },

  /** Fill the facet selects and the actor list from the store, then the form from the URL; call `run` with the
   * form's parameters now and on every submit. */
  async filters(form, run) {
    const [facets, stats] = await Promise.all([EW.api("/api/facets"), EW.api("/api/stats", {top: 50})]);
    for (const select of form.querySelectorAll("select[data-facet]")) {
      for (const value of facets[select.dataset.facet]) select.append(EW.el("option", {value}, value));
    }
    const actors = document.getElementById("actor-list");
    if (actors) stats.actors.forEach(a => actors.append(EW.el("option", {value: a.actor})));
    EW.fillForm(form);
    EW.onSubmit(form, run);
    await run(EW.formParams(form));
    return {facets, stats};
  },

  /** On submit: clear the error, keep the form's parameters in the URL and call `run` with them. */
  onSubmit(form, run) {
    form.addEventListener("submit", event => {
      event.preventDefault();
      EW.clearError();
      const params = EW.formParams(form);
      EW.remember(params);
      run(params).catch(EW.fail);
    });
  },

  /** Previous and next buttons that move `state.page` and call `load`. */
  pager(state, load) {
    document.getElementById("prev").addEventListener("click", () => { state.page -= 1; load().catch(EW.fail); });
    document.getElementById("next").addEventListener("click", () => { state.page += 1; load().catch(EW.fail); });
  },

  /** Show a page's place among all: "page 2 of 7" and which buttons work. */
  showPage(data, shown) {
    const last = (data.page - 1) * data.per_page + shown;
    document.getElementById("page").textContent =
      `page ${data.page} of ${Math.max(1, Math.ceil(data.total / data.per_page))}`;
    document.getElementById("prev").disabled = data.page <= 1;
    document.getElementById("next").disabled = last >= data.total;
    return last;
  },

  actor(name, country, code) {
    return name ? `${name}${code || country ? ` (${code || country})` : ""}` : (code || country || "—");
  },

  /** A table of events, each row linking to its article; `sort` {column, order, onSort} makes headers sortable. */
  eventsTable(events, sort = null) {
    const columns = [["day", "day"], ["source", "source"], ["trigger", "trigger"], ["cameo", "CAMEO"],
                     ["event_type", "PLOVER"], ["quad_class", "quad"], ["goldstein", "Goldstein"],
                     ["target", "target"], ["place", "place"], ["confidence", "confidence"], [null, "article"]];
    const head = EW.el("tr", {}, columns.map(([key, label]) => {
      if (!sort || !key) return EW.el("th", {}, label);
      const state = key === sort.column ? ` sorted-${sort.order}` : "";
      return EW.el("th", {className: `sortable${state}`, "data-sort": key, onclick: () => sort.onSort(key)}, label);
    }));
    const rows = events.map(e => EW.el("tr", {"data-event-id": e.event_id},
      EW.el("td", {}, e.day ?? ""), EW.el("td", {}, EW.actor(e.source_name, e.source_country, e.source_code)),
      EW.el("td", {}, e.trigger ?? ""), EW.el("td", {title: e.cameo_name ?? ""}, e.cameo ?? ""),
      EW.el("td", {}, e.event_type ?? ""), EW.el("td", {className: "num"}, e.quad_class ?? ""),
      EW.el("td", {className: "num"}, e.goldstein ?? ""),
      EW.el("td", {}, EW.actor(e.target_name, e.target_country, e.target_code)), EW.el("td", {}, e.place_name ?? ""),
      EW.el("td", {className: "num"}, e.confidence === null ? "" : Number(e.confidence).toFixed(2)),
      EW.el("td", {}, EW.el("a", {href: `/article/${encodeURIComponent(e.doc_id)}`, className: "article-link"},
                            e.title || e.doc_id))));
    return EW.el("table", {className: "events"}, EW.el("thead", {}, head), EW.el("tbody", {}, rows));
  },

  /** Colours for chart series, stable by position. */
  palette: ["#2e6bd1", "#d1552e", "#2ea36b", "#9b51b5", "#d1a12e", "#2eaad1", "#b5516e", "#6b8e23", "#8a6d3b",
            "#5b6bd1", "#d12e8f", "#3bb5a0", "#a0a0a0", "#e07b39", "#4d4d8f", "#7a9e2e"],
};
