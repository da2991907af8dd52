/* The paste view: an article pasted or read from a file is extracted at once (/api/extract) and shown; stored
 * too when asked, with the write token. */
"use strict";

(() => {
  const form = document.getElementById("paste-form");
  document.getElementById("file").addEventListener("change", async event => {
    const file = event.target.files[0];
    if (file) form.elements.text.value = await file.text();
  });
  form.addEventListener("submit", async event => {
    event.preventDefault();
    EW.clearError();
    const button = document.getElementById("extract");
    button.disabled = true;
    document.getElementById("summary").textContent = "Extracting (the first time loads the pipeline) ...";
    try {
      const fields = EW.formParams(form);
      const store = fields.store === "on";
      const body = {text: fields.text, published: fields.published || null, title: fields.title || null, store};
      const headers = store ? {Authorization: `Bearer ${fields.token || ""}`} : {};
      const result = await EW.api("/api/extract", {}, body, headers);
      const record = result.record;
      document.getElementById("summary").replaceChildren(
        `${record.events.length} events, ${record.quotes.length} quotes, ${record.places.length} places. `,
        result.stored ? EW.el("a", {href: `/article/${result.doc_id}`, id: "stored-link"}, "Stored: open it.") : "Not stored.");
      Annotate.render(document.getElementById("article"), result.text, Annotate.fromRecord(record),
                      record.document.title || "The article");
      const reasons = EW.el("div", {}, EW.el("h2", {}, "Reasons (--explain)"),
                            Annotate.reasons({events: record.events, explain: record.explain || []}));
      document.querySelector("#article .record").append(reasons);
    } catch (error) {
      EW.fail(error);
      document.getElementById("summary").textContent = "";
    } finally {
      button.disabled = false;
    }
  });
})();
