"""Input checks every source goes through: empty, binary, oversized and non-English input are refused."""

from __future__ import annotations

from eventwire.errors import error
from eventwire.sources.language import identify

# the longest article read: the pipeline's time grows faster than the text (an actor links back to every earlier
# mention), about 10 s for 40,000 characters and 2 min for 160,000 on one core; a long-read is some 120,000
MAX_CHARS = 200_000
MAX_BYTES = 5_000_000  # the largest input (a page, a file, a row) parsed at all: a 10 MB page takes 40 s to parse


def check_size(data: bytes, source: str, max_bytes: int = MAX_BYTES) -> None:
    """Refuse an input too large to be one article before it is parsed (error E016)."""
    if len(data) > max_bytes:
        raise error("E016", source=source, size=len(data), limit=max_bytes)


def check_bytes(data: bytes, source: str) -> None:
    """Refuse empty, oversized (E016) and binary input (NUL bytes or mostly control characters)."""
    check_size(data, source)
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
