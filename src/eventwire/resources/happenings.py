"""Loader for data/happenings/happenings.json: the words that mark an event as an ongoing background situation."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from eventwire.resources.files import read_json


@dataclass(frozen=True)
class HappeningWords:
    background_prepositions: frozenset[str]  # 'despite', 'amid', 'in light of' (multi-word ones joined by spaces)
    ongoing_modifiers: frozenset[str]  # 'ongoing', 'continuing'
    reduced_relatives: frozenset[str]  # dependency labels of a participle modifying a noun


@cache
def load_happening_words() -> HappeningWords:
    """The shipped words, read once."""
    raw = read_json("happenings", "happenings.json")
    return HappeningWords(**{key: frozenset(value) for key, value in raw.items()})
