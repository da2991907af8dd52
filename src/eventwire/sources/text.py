"""Plain-text input: decoding bytes, line endings normalized."""

from __future__ import annotations

from eventwire.errors import error
from eventwire.record import Document
from eventwire.sources.registry import register_format


def decode(data: bytes, source: str) -> str:
    """Decode UTF-8 (a BOM is dropped); anything else is error E003 with the offending offset."""
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise error("E003", source=source, offset=exc.start) from None


@register_format("text")
def parse(raw: str, source: str) -> Document:
    """A plain-text article: the text as it is, line endings normalized."""
    return Document(id="", text=raw.replace("\r\n", "\n").strip("\n"))
