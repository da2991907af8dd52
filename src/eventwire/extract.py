"""The Python API: Documents in, Records out, through the pipeline."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from eventwire import pipeline, sources
from eventwire.assemble import to_record
from eventwire.record import Document, Record


class Extractor:
    """A loaded pipeline that turns Documents into Records; build it once, call it many times."""

    def __init__(self, model: str | None = None, actors: str | None = None, verbs: str | None = None,
                 explain: bool = False) -> None:
        self.nlp: Language = pipeline.load(model, actors, verbs)
        self.explain = explain

    def annotate(self, document: Document) -> Doc:
        """The spaCy Doc of a document, with eventwire's annotations."""
        return next(self.annotate_many([document]))

    def annotate_many(self, documents: Iterable[Document], batch_size: int = 16) -> Iterator[Doc]:
        def prepared() -> Iterator[Doc]:
            for document in documents:
                doc = self.nlp.make_doc(document.text)
                doc._.published = document.published
                yield doc

        yield from self.nlp.pipe(prepared(), batch_size=batch_size)

    def __call__(self, document: Document) -> Record:
        return to_record(self.annotate(document), document, self.explain)

    def pipe(self, documents: Iterable[Document], batch_size: int = 16) -> Iterator[Record]:
        """Records for many documents, batched through the pipeline."""
        documents = list(documents)
        for document, doc in zip(documents, self.annotate_many(documents, batch_size), strict=True):
            yield to_record(doc, document, self.explain)


def extract(
    text: str,
    published: str | dt.date | None = None,
    title: str | None = None,
    model: str | None = None,
    doc_id: str | None = None,
) -> Record:
    """Extract a Record from an article's text; `published` (YYYY-MM-DD) anchors relative dates."""
    document = sources.read_bytes(text.encode("utf-8"), "<text>", published, kind="text")
    document.title = title
    if doc_id:
        document.id = doc_id
    return Extractor(model)(document)
