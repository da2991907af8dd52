"""Scoring geoparsing on GeoWebNews, TR-News and GeoVirus: toponym span P/R/F and distance of resolved places."""

from __future__ import annotations

import itertools
import statistics
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from eventwire.evaluate import Extract, ExtractorFactory
from eventwire.evaluate.metrics import pair_spans, percent, prf
from eventwire.formats import geogold
from eventwire.formats.geogold import GeoDoc, GoldToponym
from eventwire.record import Document, Place
from eventwire.resources.geodesy import distance_km

NEAR_KM = 161  # 100 miles: the usual threshold of geocoding accuracy


def score(folder: Path, extractor: ExtractorFactory, limit: int = 0) -> dict:
    """The gold sets in `folder` (the first `limit` documents, all when 0) scored with one extractor."""
    return score_gold(itertools.islice(geogold.read_dir(folder), limit or None), extractor())


def match(toponyms: list[GoldToponym], places: list[Place]) -> tuple[int, int, list[float]]:
    """Gold toponyms matched to places by any overlap, each used once: matches, exact spans, km of resolved matches."""
    gold = [(toponym.start, toponym.end) for toponym in toponyms]
    found = [(place.start, place.end) for place in places]
    pairs = pair_spans(gold, found)
    km = [distance_km(toponyms[i].lat, toponyms[i].lon, places[k].lat, places[k].lon)
          for i, k in pairs if places[k].lat is not None and places[k].lon is not None]
    return len(pairs), sum(found[k] == gold[i] for i, k in pairs), km


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
            "acc161": percent(near, self.matched),
            "acc161_all": percent(near, self.gold),
            "mean_km": round(statistics.fmean(self.km), 2) if self.km else None,
            "median_km": round(statistics.median(self.km), 2) if self.km else None,
        }


def score_gold(docs: Iterable[GeoDoc], extract: Extract) -> dict:
    """Toponym recognition (relaxed and exact spans) and resolution (km from gold), overall and per corpus."""
    total = Tally()
    corpora: dict[str, Tally] = {}
    for gold in docs:
        record = extract(Document(id=gold.id, text=gold.text, published=gold.published))
        found = match(gold.toponyms, record.places)
        for tally in (total, corpora.setdefault(gold.corpus, Tally())):
            tally.add(len(gold.toponyms), len(record.places), *found)
    return {**total.figures(), "corpora": {name: tally.figures() for name, tally in corpora.items()}}
