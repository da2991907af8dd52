"""Loader for data/quotes/cues.txt: the verbs that introduce quotes and reported speech."""

from __future__ import annotations

from functools import cache

from eventwire.resources.files import data_path, read_tsv


@cache
def load_quote_cues() -> dict[str, bool]:
    """Cue verb lemmas, each with whether it takes a quoted phrase as object ('partial' in the second column)."""
    rows = read_tsv(data_path("quotes", "cues.txt"))
    return {cols[0].strip(): len(cols) > 1 and cols[1].strip() == "partial" for cols in rows}
