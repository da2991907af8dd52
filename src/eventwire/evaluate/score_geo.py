"""Scoring geoparsing on GeoWebNews, TR-News and GeoVirus: toponym span P/R/F and distance of resolved places."""

from __future__ import annotations

import statistics
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from eventwire.evaluate.geogold import GeoDoc, GoldToponym
from eventwire.evaluate.score_times import overlaps, prf
from eventwire.record import Document, Place, Record
from eventwire.resources.geodesy import distance_km

NEAR_KM = 161  # 100 miles: the usual threshold of geocoding accuracy


def match(toponyms: list[GoldToponym], places: list[Place]) -> tuple[int, int, list[float]]:
    """Gold toponyms matched to places by any overlap, each used once: matches, exact spans, km of resolved matches."""
    matched = exact = 0
    km: list[float] = []
    used: set[int] = set()
    for toponym in toponyms:
        for k, place in enumerate(places):
            if k in used or not overlaps((place.start, place.end), (toponym.start, toponym.end)):
                continue
            used.add(k)
            matched += 1
            exact += (place.start, place.end) == (toponym.start, toponym.end)
            if place.lat is not None and place.lon is not None:
                km.append(distance_km(toponym.lat, toponym.lon, place.lat, place.lon))
            break
    return matched, exact, km


@dataclass
class Tally:
    documents: int = 0
    gold: int = 0
    predicted: int = 0
    matched: int = 0
    exact: int = 0
    km: list[float] = field(default_factory=list)

    def add(self, gold: int, predicted: int, matched: int, exact: int, km: list[float]) -> None:
        self.documents += 1
        self.gold += gold
        self.predicted += predicted
        self.matched += matched
        self.exact += exact
        self.km += km

    def figures(self) -> dict:
        """acc161 is over matched toponyms (an unresolved match is a miss), acc161_all over all gold toponyms."""
        near = sum(km <= NEAR_KM for km in self.km)
        return {
            "documents": self.documents,
            "gold": self.gold,
            "predicted": self.predicted,
            "toponym": prf(self.matched, self.predicted, self.gold),
            "toponym_strict": prf(self.exact, self.predicted, self.gold),
            "resolved": len(self.km),
            "acc161": round(100 * near / self.matched, 2) if self.matched else 0.0,
            "acc161_all": round(100 * near / self.gold, 2) if self.gold else 0.0,
            "mean_km": round(statistics.fmean(self.km), 2) if self.km else None,
            "median_km": round(statistics.median(self.km), 2) if self.km else None,
        }


def score(docs: Iterable[GeoDoc], extractor: Callable[[Document], Record]) -> dict:
    """Toponym recognition (relaxed and exact spans) and resolution (km from gold), overall and per corpus."""
    total = Tally()
    corpora: dict[str, Tally] = {}
    for gold in docs:
        record = extractor(Document(id=gold.id, text=gold.text, published=gold.published))
        found = match(gold.toponyms, record.places)
        for tally in (total, corpora.setdefault(gold.corpus, Tally())):
            tally.add(len(gold.toponyms), len(record.places), *found)
    return {**total.figures(), "corpora": {name: tally.figures() for name, tally in corpora.items()}}
