"""The Python API: Documents (or texts, or dicts) in, Records out, streamed through the pipeline."""

from __future__ import annotations

import datetime as dt
from collections import deque
from collections.abc import Iterable, Iterator

from spacy.language import Language
from spacy.tokens import Doc

from eventwire import pipeline, sources
from eventwire.assemble import to_record
from eventwire.errors import EventwireError, error, unexpected
from eventwire.record import Document, Failure, Record

Input = Document | str | dict | Failure  # a Failure (from sources.iter_documents) passes through in its place


class Extractor:
    """A loaded pipeline that turns articles into Records; build it once, call it many times."""

    def __init__(self, model: str | Language | None = None, actors: str | None = None, verbs: str | None = None,
                 explain: bool = False, combine: str = "both") -> None:
        """`model`: eventwire's shipped model (None), a spaCy package name or path to add eventwire's components to,
        or a spaCy pipeline that already has them (pipeline.build() gives one to extend). `combine`: who types
        events, the dictionary and the trained type model together ("both") or either alone."""
        self.nlp: Language = model if isinstance(model, Language) else pipeline.load(model, actors, verbs, combine)
        self.explain = explain
        # how to build it again in another process (None: a loaded pipeline was given, which cannot be)
        self.options = None if isinstance(model, Language) else {
            "model": model, "actors": actors, "verbs": verbs, "explain": explain, "combine": combine}

    def __call__(self, item: Document | str | dict) -> Record:
        """The Record of one article; a bad input raises its coded EventwireError."""
        result = next(self.pipe([item]))
        if isinstance(result, Failure):
            raise EventwireError(result.code, result.message.removeprefix(f"{result.code}: "))
        return result

    def pipe(self, items: Iterable[Input], batch_size: int = 16, n_process: int = 1,
             start: int = 0) -> Iterator[Record | Failure]:
        """One result per input, in input order, streamed and batched through the pipeline: the Record, or a
        Failure naming the input and saying why (input checks, or an error inside the pipeline); the rest go on.

        An input is a Document, the article's text (str), a dict with 'text' (and optional 'published', 'title',
        'id', 'url'), or a Failure, which is passed through. `n_process` > 1 codes on that many processes, each
        loading the same pipeline once (about 5 s and 0.8 GB each; worth it for more than a few dozen articles);
        0 is one per core. The processes are spawned, so a script using them runs under `if __name__ ==
        "__main__":`. Inputs without a name are named by their number ('<input 3>'), counted on from `start`."""
        if n_process != 1:
            from eventwire.engine import local

            workers = n_process or local.default_workers()
            if workers > 1:
                if self.options is None:
                    raise error("E042", n_process=workers)
                yield from local.pipe(items, workers, **self.options)
                return
        waiting: deque[tuple[Document | Failure, Doc | None]] = deque()

        def docs() -> Iterator[Doc]:
            for n, item in enumerate(items, start):
                document = checked(item, n)
                doc = None
                if isinstance(document, Document):
                    try:
                        doc = self.make_doc(document)
                    except Exception as exc:  # noqa: BLE001  (one bad document never stops the rest)
                        document = failure(document.id, exc)
                waiting.append((document, doc))
                if doc is not None:
                    yield doc

        for doc in self.nlp.pipe(docs(), batch_size=batch_size):
            while waiting and waiting[0][1] is not doc:
                yield dropped(*waiting.popleft())
            document, _ = waiting.popleft()
            try:
                yield to_record(doc, document, self.explain)
            except Exception as exc:  # noqa: BLE001
                yield failure(document.id, exc)
        while waiting:
            yield dropped(*waiting.popleft())

    def annotate(self, item: Document | str | dict) -> Doc:
        """The spaCy Doc of one article, with eventwire's annotations (errors are raised, not collected)."""
        return self.nlp(self.make_doc(sources.as_document(item, "<input>")))

    def make_doc(self, document: Document) -> Doc:
        """The tokenized Doc of a document, with the publication date its relative dates are resolved against."""
        doc = self.nlp.make_doc(document.text)
        doc._.published = document.published
        return doc


def checked(item: Input, n: int) -> Document | Failure:
    """A checked Document for an input, or the Failure saying why it cannot be one."""
    if isinstance(item, Failure):
        return item
    source = item.id if isinstance(item, Document) and item.id else f"<input {n + 1}>"
    try:
        return sources.as_document(item, source)
    except EventwireError as exc:
        return Failure.of(source, exc)
    except Exception as exc:  # noqa: BLE001  (one bad input never stops the rest)
        return failure(source, exc)


def failure(source: str, exc: Exception) -> Failure:
    """An unexpected error inside the pipeline, as the Failure of that one document (E015)."""
    return Failure.of(source, unexpected(source, exc))


def dropped(document: Document | Failure, doc: Doc | None) -> Failure:
    """What became of an input the pipeline did not return: its own Failure, or the error a component recorded."""
    if isinstance(document, Failure):
        return document
    detail = doc.user_data.get(pipeline.ERROR_KEY, "the pipeline returned no result") if doc is not None else ""
    return Failure.of(document.id, error("E015", source=document.id, detail=detail))


def extract(
    text: str,
    published: str | dt.date | None = None,
    title: str | None = None,
    model: str | None = None,
    doc_id: str | None = None,
) -> Record:
    """Extract a Record from an article's text; `published` (YYYY-MM-DD) anchors relative dates."""
    document = sources.from_text(text, "<text>", published)
    document.title = title
    if doc_id:
        document.id = doc_id
    return Extractor(model)(document)
