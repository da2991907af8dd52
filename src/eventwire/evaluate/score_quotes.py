"""Scoring quotes on PolNeAR: content span overlap P/R/F and speaker accuracy on matched quotes."""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from eventwire.evaluate import Extract, ExtractorFactory
from eventwire.evaluate.metrics import overlap_f1, overlaps, percent, prf
from eventwire.formats import brat
from eventwire.formats.brat import AttributedDoc
from eventwire.record import ActorRef, Document, Quote

QUOTE_MARKS = ('"', "\u201c", "\u201d")


def score(folder: Path, extractor: ExtractorFactory, limit: int = 0) -> dict:
    """The PolNeAR split in `folder` (the first `limit` documents, all when 0) scored with one extractor."""
    return score_gold(itertools.islice(brat.read_dir(folder), limit or None), extractor())


@dataclass
class Tally:
    """What the matching counted: the overlap F1 of each match, attributions with a source, right speakers and
    direct (quote-marked) attributions in the gold and among the matched."""

    overlap: list[float] = field(default_factory=list)
    with_source: int = 0
    speaker_ok: int = 0
    direct_gold: int = 0
    direct_found: int = 0

    def add(self, other: Tally) -> None:
        self.overlap += other.overlap
        self.with_source += other.with_source
        self.speaker_ok += other.speaker_ok
        self.direct_gold += other.direct_gold
        self.direct_found += other.direct_found


def same_speaker(speaker: ActorRef | None, source: tuple[int, int], text: str) -> bool:
    """A predicted speaker is right when its span overlaps the gold source span or their words contain each other."""
    if speaker is None or speaker.start is None:
        return False
    source_text = text[source[0] : source[1]].lower()
    same_name = speaker.name.lower() in source_text or source_text in speaker.name.lower()
    return overlaps((speaker.start, speaker.end), source) or same_name


def match(gold: AttributedDoc, quotes: list[Quote]) -> Tally:
    """Each gold attribution matched to the unused predicted quote overlapping it most (one to one)."""
    tally = Tally()
    used: set[int] = set()
    for attribution in gold.attributions:
        best, best_f = None, 0.0
        for k, quote in enumerate(quotes):
            if k in used:
                continue
            f = overlap_f1((quote.start, quote.end), attribution.content)
            if f > best_f:
                best, best_f = k, f
        content_text = gold.text[attribution.content[0] : attribution.content[1]]
        is_direct = any(mark in content_text for mark in QUOTE_MARKS)
        tally.direct_gold += is_direct
        if best is None:
            continue
        used.add(best)
        tally.overlap.append(best_f)
        tally.direct_found += is_direct
        if attribution.source is None:
            continue
        tally.with_source += 1
        tally.speaker_ok += same_speaker(quotes[best].speaker, attribution.source, gold.text)
    return tally


def score_gold(docs: Iterable[AttributedDoc], extract: Extract) -> dict:
    """span_overlap counts any overlap; span_soft weighs each match by its overlap F1; speaker accuracy is the share
    of matched quotes whose speaker span overlaps the gold source span (or resolves to the same words)."""
    gold_n = pred_n = documents = 0
    total = Tally()
    for gold in docs:
        documents += 1
        record = extract(Document(id=gold.id, text=gold.text, published=gold.published))
        gold_n += len(gold.attributions)
        pred_n += len(record.quotes)
        total.add(match(gold, record.quotes))
    return {
        "documents": documents,
        "gold": gold_n,
        "predicted": pred_n,
        "span_overlap": prf(len(total.overlap), pred_n, gold_n),
        "span_soft": prf(sum(total.overlap), pred_n, gold_n),
        "speaker_accuracy": percent(total.speaker_ok, total.with_source),
        "direct_recall": percent(total.direct_found, total.direct_gold),
    }
