/* The quotes view: quotes searched by speaker and text (/api/quotes), paged, each linking to its article. */
"use strict";

(() => {
  const form = document.getElementById("filters");
  const state = {params: {}, page: 1};

  async function load() {
    const data = await EW.api("/api/quotes", {...state.params, page: state.page, per_page: 50});
    const last = (data.page - 1) * data.per_page + data.quotes.length;
    document.getElementById("summary").textContent = `${data.total.toLocaleString("en")} quotes match.`;
    document.getElementById("page").textContent = `page ${data.page} of ${Math.max(1, Math.ceil(data.total / data.per_page))}`;
    document.getElementById("prev").disabled = data.page <= 1;
    document.getElementById("next").disabled = last >= data.total;
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

  document.getElementById("prev").addEventListener("click", () => { state.page -= 1; load().catch(EW.fail); });
  document.getElementById("next").addEventListener("click", () => { state.page += 1; load().catch(EW.fail); });
  EW.fillForm(form);
  form.addEventListener("submit", event => {
    event.preventDefault();
    EW.clearError();
    state.params = EW.formParams(form);
    state.page = 1;
    EW.remember(state.params);
    load().catch(EW.fail);
  });
  state.params = EW.formParams(form);
  load().catch(EW.fail);
})();
