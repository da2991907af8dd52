"""Loader for data/time/lexicon.json: weekdays, months, numbers, units and relative words."""

from __future__ import annotations

import json
from functools import cache
from importlib import resources


@cache
def load_time_lexicon() -> dict[str, dict]:
    """The time lexicon as a dict of tables (keys lower case)."""
    path = resources.files("eventwire") / "data" / "time" / "lexicon.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    return {key: value for key, value in raw.items() if not key.startswith("_")}
