"""Reading sources into Documents: a registry of input kinds (one module each) and the entry points that use it.

`iter_documents(locations)` yields a Document, or a Failure naming the input and saying why, for every input of
every location (a file, a folder, a glob, a JSONL or CSV file, a feed, a WARC archive, a URL, a list of URLs);
`read(location)` and `read_bytes(data)` read one input and raise a coded EventwireError.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Iterator
from pathlib import Path

from eventwire.errors import EventwireError, error, unexpected
from eventwire.record import Document, Failure
from eventwire.sources import feed, files, folder, html, jsonin, rows, text, url, warc  # noqa: F401  (they register)
from eventwire.sources.checks import check_bytes, check_text
from eventwire.sources.dates import published_date
from eventwire.sources.registry import FORMATS, Input, Options, detect_kind, estimate, hashed_id, inputs, reader

__all__ = ["Input", "Options", "as_document", "estimate", "from_text", "iter_documents", "published_date", "read",
           "read_bytes", "read_input"]


def read_input(item: Input, published: str | dt.date | None = None, kind: str = "auto") -> Document:
    """Turn one input into a checked Document; `kind` (auto or a format: text, html, json) applies to inputs whose
    reader does not know their format, and `published` overrides the date the input gives."""
    data = item.load()
    check_bytes(data, item.source)
    raw = text.decode(data, item.source)
    document = item.complete(FORMATS[item.kind or (detect_kind(raw) if kind == "auto" else kind)](raw, item.source))
    if published is not None:
        document.published = published_date(published)
    if not document.id:
        document.id = default_id(item.source, document.text)
    check_text(document.text, item.source)
    return document


def read_bytes(data: bytes, source: str = "<input>", published: str | dt.date | None = None,
               kind: str = "auto") -> Document:
    """Turn raw bytes into a checked Document; `kind` is auto or a registered format (text, html, json)."""
    return read_input(Input.of(data, source), published, kind)


def read(location: str | Path, published: str | dt.date | None = None, kind: str = "auto",
         options: Options | None = None) -> Document:
    """Read the first input of a location ('-' is standard input) into a Document."""
    location = str(location)
    return read_input(next(reader(location).open(location, options or Options())), published, kind)


def iter_documents(locations: Iterable[str | Path], published: str | dt.date | None = None, kind: str = "auto",
                   options: Options | None = None) -> Iterator[Document | Failure]:
    """Every input of every location, in order: its Document, or a Failure that names it and says why (E015 when
    eventwire itself fails on it: the other inputs go on)."""
    for item in inputs(map(str, locations), options or Options()):
        try:
            yield read_input(item, published, kind)
        except EventwireError as exc:
            yield Failure.of(item.source, exc)
        except Exception as exc:  # noqa: BLE001  (one bad input never stops the rest)
            yield Failure.of(item.source, unexpected(item.source, exc))



def from_text(body: str, source: str = "<text>", published: str | dt.date | None = None) -> Document:
    """A checked Document from an article's text given in Python."""
    return read_bytes(body.encode("utf-8"), source, published, kind="text")


def as_document(item: Document | str | dict, source: str) -> Document:
    """A checked Document from what a Python caller gives: a Document, the article's text, or a dict with 'text'
    (and optional 'published', 'title', 'id', 'url'); `source` names it in errors."""
    if isinstance(item, str):
        return from_text(item, source)
    if isinstance(item, dict):
        document = jsonin.from_mapping(item, source)
    elif isinstance(item, Document):
        document = item
    else:
        raise error("E017", kind=type(item).__name__)
    check_bytes(document.text[:4096].encode("utf-8", "replace"), source)
    check_text(document.text, source)
    if not document.id or not document.source:
        document = document.model_copy(update={"id": document.id or default_id(source, document.text),
                                               "source": document.source or source})
    return document


def default_id(source: str, body: str) -> str:
    """A stable id: the file stem, else a short hash of the text."""
    stem = Path(source).stem if not source.startswith("<") else ""
    return stem or hashed_id(body)
