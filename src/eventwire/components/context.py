"""Where an article is, as its resolved places say: the focus place and the place a clause happens in. Read by the
events component (the country of an actor named by its role) and the locations component (event locations)."""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection

from spacy.tokens import Doc, Span

from eventwire.components.extensions import PLACES
from eventwire.components.syntax import introduced_by


def resolved_places(doc: Doc) -> list[Span]:
    """The place spans resolved to a point."""
    return [s for s in doc.spans.get(PLACES, []) if s._.place and s._.place["lat"] is not None]


def place_key(span: Span) -> tuple:
    return span._.place["name"], span._.place["country"]


def focus_place(places: list[Span], locative: Collection[str]) -> tuple[Span, int] | None:
    """The place the article is about: the one named most often, a mention after a locative preposition
    counting twice; a name standing for an actor ('Moscow said') does not count (the earliest on a tie).
    Returns its first mention and how often it is named."""
    pool = [s for s in places if (s.root._.actor or {}).get("resolved_by") != "metonym"]
    if not pool:
        return None
    counts = Counter(place_key(s) for s in pool)
    counts.update(place_key(s) for s in pool if introduced_by(s.root, locative))
    best = max(counts.values())
    first = next(s for s in pool if counts[place_key(s)] == best)
    return first, sum(place_key(s) == place_key(first) for s in pool)


def focus_country(places: list[Span], locative: Collection[str]) -> str | None:
    """The country the article is about: the one its places lie in most often (a mention after a locative
    preposition counting twice), when it leads; None on a tie or with no place."""
    counts = Counter(s._.place["country"] for s in places if s._.place["country"])
    counts.update(s._.place["country"] for s in places if s._.place["country"] and introduced_by(s.root, locative))
    ranked = counts.most_common(2)
    return ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None


def clause_place(sent: Span, places: list[Span], locative: Collection[str]) -> Span | None:
    """The first place of a sentence introduced by a locative preposition ('in Tbilisi'), that has a country."""
    return next((s for s in places if s.sent.start == sent.start and s._.place["country"]
                 and introduced_by(s.root, locative)), None)
