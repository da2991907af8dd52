"""Loader for data/time/lexicon.json: weekdays, months, numbers, units and relative words."""

from __future__ import annotations

from functools import cache

from eventwire.resources.files import read_json


@cache
def load_time_lexicon() -> dict[str, dict]:
    """The time lexicon as a dict of tables (keys lower case)."""
    return read_json("time", "lexicon.json")
