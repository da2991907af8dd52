/* The events view: a filtered, sorted, paged table of events from /api/events. */
"use strict";

(() => {
  const form = document.getElementById("filters");
  const query = new URLSearchParams(location.search);
  const state = {filters: {}, sort: query.get("sort") || "day", order: query.get("order") || "asc",
                 page: Number(query.get("page") || 1), per_page: 50};
  // keyset paging: cursors[n] is the `next` cursor that leads to page n + 1 (none for page 1); the Next and
  // Previous buttons move along them, so a deep page costs what page 2 does; a page in the URL comes with its cursor
  let cursors = [];
  if (query.get("after")) cursors[state.page - 1] = query.get("after");

  async function load() {
    const after = state.page > 1 ? cursors[state.page - 1] : undefined;
    const data = await EW.api("/api/events", {...state.filters, sort: state.sort, order: state.order,
                                              page: state.page, per_page: state.per_page, ...(after ? {after} : {})});
    cursors[state.page] = data.next;
    EW.remember({...state.filters, sort: state.sort, order: state.order, page: state.page,
                 ...(after ? {after} : {})});
    const first = data.total ? (data.page - 1) * data.per_page + 1 : 0;
    const last = EW.showPage(data, data.events.length);
    document.getElementById("summary").textContent =
      `${data.total.toLocaleString("en")} events match; showing ${first}–${last}.`;
    document.getElementById("events").replaceChildren(EW.eventsTable(data.events, {
      column: state.sort, order: state.order,
      onSort: column => {
        state.order = column === state.sort && state.order === "asc" ? "desc" : "asc";
        state.sort = column;
        state.page = 1;
        cursors = [];
        load().catch(EW.fail);
      }}));
  }

  EW.pager(state, load);
  EW.filters(form, params => {
    const filters = {...params};
    if (state.loaded) { state.page = 1; cursors = []; }
    state.loaded = true;
    state.filters = filters;
    return load();
  }).catch(EW.fail);
})();
