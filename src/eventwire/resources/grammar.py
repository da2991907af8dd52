"""Loader for data/grammar.json: the closed-class word lists the components reason with."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import cache
from importlib import resources


@dataclass(frozen=True)
class Grammar:
    spatial_prepositions: frozenset[str]
    person_pronouns: dict[str, str]
    agentive_deps: frozenset[str]
    definite_determiners: frozenset[str]
    future_auxiliaries: frozenset[str]
    modal_auxiliaries: frozenset[str]


@cache
def load_grammar() -> Grammar:
    """Read the shipped grammar word lists once."""
    path = resources.files("eventwire") / "data" / "grammar.json"
    raw = json.loads(path.read_text(encoding="utf-8"))
    return Grammar(
        spatial_prepositions=frozenset(raw["spatial_prepositions"]),
        person_pronouns=dict(raw["person_pronouns"]),
        agentive_deps=frozenset(raw["agentive_deps"]),
        definite_determiners=frozenset(raw["definite_determiners"]),
        future_auxiliaries=frozenset(raw["future_auxiliaries"]),
        modal_auxiliaries=frozenset(raw["modal_auxiliaries"]),
    )
