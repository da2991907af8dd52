"""Scoring time expressions on TimeML gold (TimeBank + AQUAINT): span P/R/F and value accuracy."""

from __future__ import annotations

import itertools
from collections.abc import Iterable
from pathlib import Path

from eventwire.evaluate import Extract, ExtractorFactory
from eventwire.evaluate.metrics import pair_spans, percent, prf
from eventwire.formats import timeml
from eventwire.formats.timeml import TimeMLDoc, Timex
from eventwire.record import Document, TimeRef


def score(folder: Path, extractor: ExtractorFactory, limit: int = 0) -> dict:
    """The TimeML files under `folder` (the first `limit` of them, all when 0) scored with one extractor."""
    return score_gold(itertools.islice(timeml.read_dir(folder), limit or None), extractor())


def match(timexes: list[Timex], times: list[TimeRef]) -> tuple[int, int, int]:
    """Gold TIMEX3s matched to predicted times by any overlap, each used once: matches, right values, exact spans."""
    gold = [(timex.start, timex.end) for timex in timexes]
    found = [(time.start, time.end) for time in times]
    pairs = pair_spans(gold, found)
    value_ok = sum(times[k].value == timexes[i].value for i, k in pairs)
    return len(pairs), value_ok, sum(found[k] == gold[i] for i, k in pairs)


def score_gold(docs: Iterable[TimeMLDoc], extract: Extract) -> dict:
    """Relaxed span match (any overlap), value accuracy on matched spans, and value F1 (right span and value)."""
    gold_n = pred_n = matched = value_ok = exact = 0
    documents = 0
    for gold in docs:
        documents += 1
        record = extract(Document(id=gold.id, text=gold.text, published=gold.dct))
        gold_n += len(gold.timexes)
        pred_n += len(record.times)
        found = match(gold.timexes, record.times)
        matched, value_ok, exact = matched + found[0], value_ok + found[1], exact + found[2]
    return {
        "documents": documents,
        "gold": gold_n,
        "predicted": pred_n,
        "span_relaxed": prf(matched, pred_n, gold_n),
        "span_strict": prf(exact, pred_n, gold_n),
        "value_accuracy": percent(value_ok, matched),
        "value": prf(value_ok, pred_n, gold_n),
    }
