"""Input checks shared by every source: empty, binary, oversized and non-English input."""

from __future__ import annotations

import datetime as dt
import json
import re
from functools import cache
from importlib import resources

from eventwire.errors import error

MAX_CHARS = 2_000_000
MIN_ENGLISH_SHARE = 0.12
WORD = re.compile(r"[^\W\d_]+", re.UNICODE)


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
    share, guess = english_share(text)
    if share < MIN_ENGLISH_SHARE and guess != "en":  # a short headline may have few function words, yet be English
        raise error("E004", source=source, share=share, guess=guess)


@cache
def function_words() -> dict[str, frozenset[str]]:
    """The most frequent function words of a few languages (data/lang/function_words.json)."""
    path = resources.files("eventwire") / "data" / "lang" / "function_words.json"
    return {lang: frozenset(words) for lang, words in json.loads(path.read_text(encoding="utf-8")).items()}


def english_share(text: str) -> tuple[float, str]:
    """Share of English function words among the first 2,000 words, and the best-guess language."""
    words = [w.lower() for w in WORD.findall(text[:20000])][:2000]
    if not words:
        return 0.0, "unknown (no words in a Latin script)"
    if sum(1 for w in words if not w.isascii()) > len(words) * 0.5:
        return 0.0, script_name(text)
    shares = {lang: sum(1 for w in words if w in vocab) / len(words) for lang, vocab in function_words().items()}
    guess = max(shares, key=shares.__getitem__)
    return shares["en"], guess if shares[guess] > 0.05 else "unknown"


def script_name(text: str) -> str:
    """Name the non-Latin script most of the text is written in."""
    ranges = {
        "Cyrillic (ru/uk/...)": (0x0400, 0x04FF),
        "Arabic (ar/fa/ur)": (0x0600, 0x06FF),
        "CJK (zh/ja)": (0x4E00, 0x9FFF),
        "Hangul (ko)": (0xAC00, 0xD7AF),
        "Greek (el)": (0x0370, 0x03FF),
        "Hebrew (he)": (0x0590, 0x05FF),
        "Devanagari (hi)": (0x0900, 0x097F),
    }
    counts = {name: sum(1 for ch in text[:5000] if lo <= ord(ch) <= hi) for name, (lo, hi) in ranges.items()}
    best = max(counts, key=counts.__getitem__)
    return best if counts[best] else "unknown non-Latin script"


def parse_date(value: str | dt.date | None) -> dt.date | None:
    """A publication date from YYYY-MM-DD (or a date); None stays None; anything else is error E005."""
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise error("E005", value=value) from None
