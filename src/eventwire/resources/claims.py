"""Loader for data/claims/claims.json: units, number scales, hedges and verbs that stated figures are read with."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from eventwire.resources.files import read_json


@dataclass(frozen=True)
class ClaimWords:
    units: dict[str, float]  # unit word -> kilometres
    scales: dict[str, int]
    hedges: dict[str, float]  # hedge -> tolerance (share of the computed value)
    at_least: frozenset[str]
    at_most: frozenset[str]
    exact_tolerance: float
    relations: frozenset[str]
    stay_verbs: frozenset[str]
    day_units: dict[str, int]  # ISO 8601 duration designator -> days


@cache
def load_claim_words() -> ClaimWords:
    """The shipped claim words, read once."""
    raw = read_json("claims", "claims.json")
    return ClaimWords(**{k: frozenset(v) if isinstance(v, list) else v for k, v in raw.items()})
