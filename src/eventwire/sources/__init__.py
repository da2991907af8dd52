"""Reading sources into Documents: a registry of input kinds (one module each) and the entry points that use it.

`iter_documents(locations)` yields a Document, or a Failure naming the input and saying why, for every input;
`read(location)` and `read_bytes(data)` read one input and raise a coded EventwireError.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Iterable, Iterator
from pathlib import Path

from eventwire.errors import EventwireError, error
from eventwire.record import Document, Failure
from eventwire.sources import files, html, jsonin, text, url  # noqa: F401  (each kind registers itself)
from eventwire.sources.checks import check_bytes, check_text
from eventwire.sources.dates import published_date
from eventwire.sources.registry import FORMATS, opener

__all__ = ["as_document", "from_text", "iter_documents", "published_date", "read", "read_bytes"]


def read_bytes(data: bytes, source: str = "<input>", published: str | dt.date | None = None,
               kind: str = "auto") -> Document:
    """Turn raw bytes into a checked Document; `kind` is auto or a registered format (text, html, json)."""
    check_bytes(data, source)
    raw = text.decode(data, source)
    document = FORMATS[detect_kind(raw) if kind == "auto" else kind](raw, source)
    if published is not None:
        document.published = published_date(published)
    if not document.id:
        document.id = default_id(source, document.text)
    check_text(document.text, source)
    return document


def read(location: str | Path, published: str | dt.date | None = None, kind: str = "auto") -> Document:
    """Read one input ('-' is standard input) into a Document."""
    item = next(opener(str(location))(str(location)))
    return read_bytes(item.data, item.source, published, kind)


def iter_documents(locations: Iterable[str | Path], published: str | dt.date | None = None,
                   kind: str = "auto") -> Iterator[Document | Failure]:
    """Every input of every location, in order: its Document, or a Failure that names it and says why."""
    for location in map(str, locations):
        try:
            inputs = opener(location)(location)
            for item in inputs:
                try:
                    yield read_bytes(item.data, item.source, published, kind)
                except EventwireError as exc:
                    yield Failure.of(item.source, exc)
        except EventwireError as exc:
            yield Failure.of(location, exc)


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
    if not document.id:
        document = document.model_copy(update={"id": default_id(source, document.text)})
    return document


def detect_kind(raw: str) -> str:
    """Guess the input kind from its first characters."""
    head = raw.lstrip()[:512].lower()
    if head.startswith(("{", "[")):
        return "json"
    if head.startswith(("<!doctype html", "<html")) or ("<body" in head or "<p>" in head or "<div" in head):
        return "html"
    return "text"


def default_id(source: str, body: str) -> str:
    """A stable id: the file stem, else a short hash of the text."""
    stem = Path(source).stem if not source.startswith("<") else ""
    return stem or "doc-" + hashlib.sha1(body.encode("utf-8")).hexdigest()[:12]
