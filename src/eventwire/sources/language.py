"""Language identification: is an article English, and if not, what it is (py3langid, its model in its wheel)."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache

from py3langid.langid import MODEL_FILE, LanguageIdentifier

SAMPLE_CHARS = 2000  # the start of a text is enough to tell its language, and keeps detection cheap
# labels that do not tell against English: py3langid gives English headlines and tables to Nigerian Pidgin (an
# English creole) and lists of figures to zxx (no language)
ENGLISH = frozenset({"en", "pcm", "zxx"})
MIN_FOREIGN = 0.99  # the probability of another language than English it takes to refuse a text
MIN_WORDS = 5  # the distinct lower-case words it takes to tell: headlines, names and tables have fewer
WORD = re.compile(r"[^\W\d_]{2,}")
NAMES = {  # the languages named in messages; any other is named by its code
    "af": "Afrikaans", "ar": "Arabic", "bg": "Bulgarian", "bn": "Bengali", "ca": "Catalan", "cs": "Czech",
    "cy": "Welsh", "da": "Danish", "de": "German", "el": "Greek", "es": "Spanish", "et": "Estonian", "fa": "Persian",
    "fi": "Finnish", "fr": "French", "ga": "Irish", "he": "Hebrew", "hi": "Hindi", "hr": "Croatian", "hu": "Hungarian",
    "id": "Indonesian", "it": "Italian", "ja": "Japanese", "ko": "Korean", "lt": "Lithuanian", "lv": "Latvian",
    "ms": "Malay", "nl": "Dutch", "no": "Norwegian", "pl": "Polish", "pt": "Portuguese", "ro": "Romanian",
    "ru": "Russian", "sk": "Slovak", "sl": "Slovenian", "sr": "Serbian", "sv": "Swedish", "sw": "Swahili",
    "th": "Thai", "tl": "Tagalog", "tr": "Turkish", "uk": "Ukrainian", "ur": "Urdu", "vi": "Vietnamese",
    "zh": "Chinese",
}


@cache
def identifier() -> LanguageIdentifier:
    """py3langid's identifier with probabilities that sum to one, loaded once (about a second)."""
    return LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)


@dataclass(frozen=True)
class Guess:
    """What a text most likely is, other than English, and how sure that is."""

    language: str  # ISO 639-1 code where the language has one ('de'), else py3langid's ('pcm')
    foreign: float  # the probability that the text is not English
    words: int  # distinct lower-case words in the sample
    script: str | None  # the non-Latin script most of its letters are in ('Cyrillic'), None when most are Latin

    @property
    def english(self) -> bool:
        """Not clearly another language: a text passes unless it is mostly in a non-Latin script, or the identifier
        is sure of another language and there are words enough to tell."""
        return not self.script and (self.foreign < MIN_FOREIGN or self.words < MIN_WORDS)

    @property
    def name(self) -> str:
        """The language's English name ('German'), or its code."""
        return NAMES.get(self.language, f"the language {self.language!r}")

    @property
    def evidence(self) -> str:
        """Why the text is taken for that language, in words."""
        if self.script:
            return f"most of its letters are {self.script}"
        return f"the language identifier is {self.foreign:.1%} sure it is not English"


def identify(text: str) -> Guess:
    """The language of the start of a text, other than English, and the evidence against English; symbols (emoji,
    arrows, currency and math signs) are no language's and are left out."""
    sample = without_symbols(text[:SAMPLE_CHARS])
    ranked = identifier().rank(sample)
    return Guess(
        language=next(language for language, _ in ranked if language not in ENGLISH),
        foreign=1.0 - sum(probability for language, probability in ranked if language in ENGLISH),
        words=len({word for word in WORD.findall(sample) if word.islower()}),
        script=non_latin_script(sample),
    )


def without_symbols(sample: str) -> str:
    """The sample with every symbol (Unicode categories S*: emoji, dingbats, arrows, signs) and emoji variation
    selector a space: py3langid reads their bytes as letters of some language ('BREAKING \U0001f525 Markets rally'
    was 85% Swedish)."""
    return "".join(" " if unicodedata.category(char)[0] == "S" or "\ufe00" <= char <= "\ufe0f" else char
                   for char in sample)


def non_latin_script(sample: str) -> str | None:
    """The script most letters of a text are in ('Cyrillic', 'CJK', 'Arabic'), when that is not the Latin one."""
    letters = [char for char in sample if char.isalpha()]
    others = [char for char in letters if not is_latin(char)]
    if len(others) <= len(letters) / 2:
        return None
    script = Counter(unicodedata.name(char, "other").split()[0] for char in others).most_common(1)[0][0]
    return script if script == "CJK" else script.title()


def is_latin(char: str) -> bool:
    """A letter of the Latin script (its basic, supplement and extended blocks)."""
    return ord(char) < 0x250 or 0x1E00 <= ord(char) <= 0x1EFF
