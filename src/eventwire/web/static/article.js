/* The article view: one stored article (/api/articles/ID) highlighted, with its record and --explain on demand. */
"use strict";

(async () => {
  const container = document.getElementById("article");
  const docId = container.dataset.docId;
  const data = await EW.api(`/api/articles/${encodeURIComponent(docId)}`);
  const doc = data.document;
  document.querySelector("h1").textContent = doc.title || doc.name || doc.doc_id;
  const about = [doc.published && `published ${doc.published}`, doc.outlet, doc.url].filter(Boolean).join(" · ");
  Annotate.render(container, doc.text || "", data, about, `/api/articles/${encodeURIComponent(docId)}/explain`);
})().catch(EW.fail);
