"""Input checks every source goes through: empty, binary, oversized and non-English input are refused."""

from __future__ import annotations

from eventwire.errors import error
from eventwire.sources.language import identify

MAX_CHARS = 2_000_000


def check_bytes(data: bytes, source: str) -> None:
    """Refuse empty and binary input (NUL bytes or mostly control characters)."""
    if not data.strip():
        raise error("E001", source=source)
    sample = data[:4096]
    if b"\x00" in sample:
        raise error("E002", source=source, detail="it contains NUL bytes")
    controls = sum(1 for b in sample if b < 32 and b not in (9, 10, 13))
    if controls > len(sample) * 0.05:
        raise error("E002", source=source, detail=f"{controls} control bytes in the first {len(sample)}")


def check_text(text: str, source: str, max_chars: int = MAX_CHARS) -> None:
    """Refuse empty, oversized and non-English text; E004 gives the language (`language`, its ISO 639-1 code)."""
    if not text.strip():
        raise error("E001", source=source)
    if len(text) > max_chars:
        raise error("E006", source=source, size=len(text), limit=max_chars)
    guess = identify(text)
    if not guess.english:
        raise error("E004", source=source, language=guess.language, name=guess.name, evidence=guess.evidence)
