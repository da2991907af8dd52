"""Loader for data/lemmas/lemmas.json: the lemmas a verb or noun form can have (WordNet's, by spaCy's rules)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from eventwire.resources.files import read_json


@dataclass(frozen=True)
class LemmaTable:
    """One part of speech: its irregular forms, its known lemmas and its suffix rules."""

    exceptions: dict[str, tuple[str, ...]]  # irregular forms: 'fought' -> ('fight',), 'lay' -> ('lie',)
    lemmas: frozenset[str]  # every lemma known
    rules: tuple[tuple[str, str], ...]  # suffix rules in order: ('ed', 'e'), ('ed', ''), ...

    def candidates(self, form: str) -> list[str]:
        """The known lemmas a form can have, most likely first: its irregular lemmas, the form itself, then what
        each suffix rule makes of it ('celebrated' -> ['celebrate']); [] for a form no lemma explains."""
        lower = form.lower()
        found = list(self.exceptions.get(lower, ()))
        if lower in self.lemmas:
            found.append(lower)
        found += [lower[: len(lower) - len(suffix)] + ending for suffix, ending in self.rules
                  if lower.endswith(suffix) and lower[: len(lower) - len(suffix)] + ending in self.lemmas]
        return list(dict.fromkeys(found))


@cache
def load_lemma_tables() -> dict[str, LemmaTable]:
    """The shipped tables by part of speech ('verb', 'noun'), read once."""
    return {part: LemmaTable({form: tuple(lemmas) for form, lemmas in raw["exceptions"].items()},
                             frozenset(raw["lemmas"]), tuple((suffix, ending) for suffix, ending in raw["rules"]))
            for part, raw in read_json("lemmas", "lemmas.json").items()}
