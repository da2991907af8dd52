"""Loader for data/lang/function_words.json: the most frequent function words of a few languages."""

from __future__ import annotations

from functools import cache

from eventwire.resources.files import read_json


@cache
def load_function_words() -> dict[str, frozenset[str]]:
    """Function words by language code ('en', 'fr', ...), read once."""
    return {lang: frozenset(words) for lang, words in read_json("lang", "function_words.json").items()}
