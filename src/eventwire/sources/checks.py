"""Input checks every source goes through: empty, binary, oversized and non-English input are refused."""

from __future__ import annotations

from eventwire.errors import error
from eventwire.sources.language import english_share

MAX_CHARS = 2_000_000
MIN_ENGLISH_SHARE = 0.12
MIN_EVIDENCE = 3  # function words of another language it takes to call a text that language


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
    """Refuse empty, oversized and non-English text."""
    if not text.strip():
        raise error("E001", source=source)
    if len(text) > max_chars:
        raise error("E006", source=source, size=len(text), limit=max_chars)
    share, guess, evidence = english_share(text)
    # a headline or a list of names may have few function words, yet be English ('Negotiators met yesterday':
    # 'met' is Dutch too): refuse only what shows another language (or script), not what shows none
    if share < MIN_ENGLISH_SHARE and guess not in ("en", "unknown") and evidence >= MIN_EVIDENCE:
        raise error("E004", source=source, share=share, guess=guess)
