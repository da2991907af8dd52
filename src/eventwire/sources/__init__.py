"""Reading sources into Documents: one module per input kind, one entry point `read`."""

from __future__ import annotations

import datetime as dt
import hashlib
import sys
from pathlib import Path

from eventwire.errors import error
from eventwire.record import Document
from eventwire.sources import checks, html, jsonin, text
from eventwire.sources.checks import parse_date

__all__ = ["read", "read_bytes", "parse_date"]


def read_bytes(
    data: bytes, source: str = "<input>", published: str | dt.date | None = None, kind: str = "auto"
) -> Document:
    """Turn raw bytes into a checked Document; `kind` is auto, text, html or json."""
    checks.check_bytes(data, source)
    raw = text.decode(data, source)
    kind = detect_kind(raw) if kind == "auto" else kind
    if kind == "json":
        doc = jsonin.parse(raw, source)
    elif kind == "html":
        doc = html.parse(raw, source)
    else:
        doc = text.parse(raw, source)
    if published is not None:
        doc.published = parse_date(published)
    if not doc.id:
        doc.id = default_id(source, doc.text)
    checks.check_text(doc.text, source)
    return doc


def read(path: str | Path, published: str | dt.date | None = None, kind: str = "auto") -> Document:
    """Read a file ('-' is standard input) into a Document."""
    source = str(path)
    if source == "-":
        return read_bytes(sys.stdin.buffer.read(), "<stdin>", published, kind)
    try:
        data = Path(path).read_bytes()
    except OSError as exc:
        raise error("E011", source=source, detail=exc.strerror or str(exc)) from None
    return read_bytes(data, source, published, kind)


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
