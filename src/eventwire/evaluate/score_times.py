"""Scoring time expressions on TimeML gold (TimeBank + AQUAINT): span P/R/F and value accuracy."""

from __future__ import annotations

from collections.abc import Iterable

from eventwire.evaluate.timeml import TimeMLDoc
from eventwire.extract import Extractor
from eventwire.record import Document


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    return a[0] < b[1] and b[0] < a[1]


def prf(tp: int, predicted: int, gold: int) -> dict[str, float]:
    p = tp / predicted if predicted else 0.0
    r = tp / gold if gold else 0.0
    return {"p": round(100 * p, 2), "r": round(100 * r, 2), "f": round(100 * (2 * p * r / (p + r)) if p + r else 0, 2)}


def score(docs: Iterable[TimeMLDoc], extractor: Extractor) -> dict:
    """Relaxed span match (any overlap), value accuracy on matched spans, and value F1 (right span and value)."""
    gold_n = pred_n = matched = value_ok = exact = 0
    documents = 0
    for gold in docs:
        documents += 1
        record = extractor(Document(id=gold.id, text=gold.text, published=gold.dct))
        predicted = [(t.start, t.end, t.value) for t in record.times]
        gold_n += len(gold.timexes)
        pred_n += len(predicted)
        used: set[int] = set()
        for timex in gold.timexes:
            for k, (start, end, value) in enumerate(predicted):
                if k in used or not overlaps((start, end), (timex.start, timex.end)):
                    continue
                used.add(k)
                matched += 1
                value_ok += value == timex.value
                exact += (start, end) == (timex.start, timex.end)
                break
    return {
        "documents": documents,
        "gold": gold_n,
        "predicted": pred_n,
        "span_relaxed": prf(matched, pred_n, gold_n),
        "span_strict": prf(exact, pred_n, gold_n),
        "value_accuracy": round(100 * value_ok / matched, 2) if matched else 0.0,
        "value": prf(value_ok, pred_n, gold_n),
    }
