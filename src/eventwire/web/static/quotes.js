/* The quotes view: quotes searched by speaker and text (/api/quotes), paged, each linking to its article. */
"use strict";

(() => {
  const form = document.getElementById("filters");
  const state = {params: {}, page: 1};

  async function load() {
    const data = await EW.api("/api/quotes", {...state.params, page: state.page, per_page: 50});
    EW.showPage(data, data.quotes.length);
    document.getElementById("summary").textContent = `${data.total.toLocaleString("en")} quotes match.`;
    const rows = data.quotes.map(q => EW.el("tr", {},
      EW.el("td", {className: "speaker"}, EW.actor(q.speaker_name, q.speaker_country, q.speaker_code)),
      EW.el("td", {}, q.cue ?? ""), EW.el("td", {className: "quote"}, q.direct ? `“${q.text}”` : q.text),
      EW.el("td", {}, q.published ?? ""),
      EW.el("td", {}, EW.el("a", {href: `/article/${encodeURIComponent(q.doc_id)}`, className: "article-link"},
                            q.title || q.doc_id))));
    document.getElementById("quotes").replaceChildren(EW.el("table", {className: "quotes"},
      EW.el("thead", {}, EW.el("tr", {}, ["speaker", "cue", "quote", "published", "article"].map(h => EW.el("th", {}, h)))),
      EW.el("tbody", {}, rows)));
  }

  EW.pager(state, load);
  EW.fillForm(form);
  EW.onSubmit(form, params => {
    state.params = params;
    state.page = 1;
    return load();
  });
  state.params = EW.formParams(form);
  load().catch(EW.fail);
})();
