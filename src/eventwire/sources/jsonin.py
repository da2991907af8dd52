"""JSON input: an object with `text` and optional `published`, `title`, `id`, `url`."""

from __future__ import annotations

import json

from eventwire.errors import error
from eventwire.record import Document
from eventwire.sources.dates import published_date
from eventwire.sources.registry import register_format


@register_format("json")
def parse(raw: str, source: str) -> Document:
    """Read one JSON object into a Document."""
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as exc:
        raise error("E008", source=source, detail=f"{exc.msg} at line {exc.lineno}, column {exc.colno}") from None
    return from_mapping(data, source)


def from_mapping(data: object, source: str) -> Document:
    """A Document from a JSON object or a Python dict with 'text' (and optional 'published', 'title', 'id', 'url')."""
    if not isinstance(data, dict) or not isinstance(data.get("text"), str) or not data["text"].strip():
        keys = ", ".join(sorted(data)) if isinstance(data, dict) else type(data).__name__
        raise error("E007", source=source, keys=keys or "none")
    return Document(
        id=str(data.get("id") or ""),
        text=data["text"],
        title=as_string(data.get("title")),
        url=as_string(data.get("url")),
        published=published_date(data.get("published"), source),
    )


def as_string(value: object) -> str | None:
    """An optional field as a string (a number or a list given as a title is written as it reads); None if empty."""
    return None if value in (None, "") else value if isinstance(value, str) else str(value)
