"""HTML input: main text, title and publication date through trafilatura and htmldate."""

from __future__ import annotations

import datetime as dt

from eventwire.errors import error
from eventwire.record import Document


def parse(raw: str, source: str) -> Document:
    """Extract the article from an HTML page."""
    import trafilatura
    from htmldate import find_date

    text = trafilatura.extract(raw, include_comments=False, include_tables=False, favor_precision=True)
    if not text or not text.strip():
        raise error("E009", source=source)
    meta = trafilatura.extract_metadata(raw)
    published = None
    found = find_date(raw, extensive_search=False, original_date=True)
    if found:
        published = dt.date.fromisoformat(found)
    return Document(
        id="",
        text=text,
        title=meta.title if meta else None,
        url=meta.url if meta else None,
        published=published,
    )
