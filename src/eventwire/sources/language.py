"""Language detection: is an input English, and if not, what it most likely is."""

from __future__ import annotations

import re

from eventwire.resources.language import load_function_words

WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
SCRIPTS = {
    "Cyrillic (ru/uk/...)": (0x0400, 0x04FF),
    "Arabic (ar/fa/ur)": (0x0600, 0x06FF),
    "CJK (zh/ja)": (0x4E00, 0x9FFF),
    "Hangul (ko)": (0xAC00, 0xD7AF),
    "Greek (el)": (0x0370, 0x03FF),
    "Hebrew (he)": (0x0590, 0x05FF),
    "Devanagari (hi)": (0x0900, 0x097F),
}


def english_share(text: str) -> tuple[float, str, int]:
    """Share of English function words among the first 2,000 words, the best-guess language, and how many of
    its function words were seen (the evidence for the guess)."""
    words = [w.lower() for w in WORD.findall(text[:20000])][:2000]
    if not words:
        return 0.0, "unknown (no words in a Latin script)", 0
    if sum(1 for w in words if not w.isascii()) > len(words) * 0.5:
        return 0.0, script_name(text), len(words)
    counts = {lang: sum(1 for w in words if w in vocab) for lang, vocab in load_function_words().items()}
    guess = max(counts, key=counts.__getitem__)
    return counts["en"] / len(words), guess if counts[guess] > 0.05 * len(words) else "unknown", counts[guess]


def script_name(text: str) -> str:
    """Name the non-Latin script most of the text is written in."""
    counts = {name: sum(1 for ch in text[:5000] if lo <= ord(ch) <= hi) for name, (lo, hi) in SCRIPTS.items()}
    best = max(counts, key=counts.__getitem__)
    return best if counts[best] else "unknown non-Latin script"
