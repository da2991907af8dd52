"""HTML input: main text, title, URL and publication date in one pass of trafilatura (dates through htmldate)."""

from __future__ import annotations

import datetime as dt

from eventwire.errors import error
from eventwire.record import Document
from eventwire.sources.registry import register_format

DATE_SEARCH = {"extensive_search": False, "original_date": True}  # the date the page says it was first published


@register_format("html")
def parse(raw: str, source: str) -> Document:
    """Extract the article from an HTML page."""
    from trafilatura import bare_extraction

    page = bare_extraction(raw, favor_precision=True, include_comments=False, include_tables=False,
                           with_metadata=True, date_extraction_params=DATE_SEARCH)
    text = page.text if page is not None else None
    if not text or not text.strip():
        raise error("E009", source=source)
    return Document(
        id="",
        text=text,
        title=page.title,
        url=page.url,
        published=dt.date.fromisoformat(page.date[:10]) if page.date else None,
    )
