"""Scoring quotes on PolNeAR: content span overlap P/R/F and speaker accuracy on matched quotes."""

from __future__ import annotations

from collections.abc import Iterable

from eventwire.evaluate.brat import AttributedDoc
from eventwire.evaluate.score_times import overlaps, prf
from eventwire.extract import Extractor
from eventwire.record import Document


def token_f1(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Character-overlap F1 of two spans."""
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    if not inter:
        return 0.0
    p, r = inter / (a[1] - a[0]), inter / (b[1] - b[0])
    return 2 * p * r / (p + r)


def score(docs: Iterable[AttributedDoc], extractor: Extractor) -> dict:
    """Each gold attribution is matched to the predicted quote overlapping it most (one to one).
    span_overlap counts any overlap; span_soft weighs each match by its overlap F1; speaker accuracy is the share
    of matched quotes whose speaker span overlaps the gold source span (or resolves to the same words)."""
    gold_n = pred_n = matched = 0
    soft = 0.0
    with_source = speaker_ok = 0
    direct_gold = direct_found = 0
    documents = 0
    for gold in docs:
        documents += 1
        record = extractor(Document(id=gold.id, text=gold.text, published=gold.published))
        quotes = record.quotes
        gold_n += len(gold.attributions)
        pred_n += len(quotes)
        used: set[int] = set()
        for attribution in gold.attributions:
            best, best_f = None, 0.0
            for k, quote in enumerate(quotes):
                if k in used:
                    continue
                f = token_f1((quote.start, quote.end), attribution.content)
                if f > best_f:
                    best, best_f = k, f
            content_text = gold.text[attribution.content[0] : attribution.content[1]]
            is_direct = any(mark in content_text for mark in ('"', "\u201c", "\u201d"))
            direct_gold += is_direct
            if best is None:
                continue
            used.add(best)
            matched += 1
            direct_found += is_direct
            soft += best_f
            if attribution.source is None:
                continue
            with_source += 1
            speaker = quotes[best].speaker
            if speaker is not None and speaker.start is not None:
                source_text = gold.text[attribution.source[0] : attribution.source[1]].lower()
                same_span = overlaps((speaker.start, speaker.end), attribution.source)
                same_name = speaker.name.lower() in source_text or source_text in speaker.name.lower()
                speaker_ok += same_span or same_name
    soft_p = soft / pred_n if pred_n else 0.0
    soft_r = soft / gold_n if gold_n else 0.0
    return {
        "documents": documents,
        "gold": gold_n,
        "predicted": pred_n,
        "span_overlap": prf(matched, pred_n, gold_n),
        "span_soft": {
            "p": round(100 * soft_p, 2),
            "r": round(100 * soft_r, 2),
            "f": round(100 * 2 * soft_p * soft_r / (soft_p + soft_r), 2) if soft_p + soft_r else 0.0,
        },
        "speaker_accuracy": round(100 * speaker_ok / with_source, 2) if with_source else 0.0,
        "direct_recall": round(100 * direct_found / direct_gold, 2) if direct_gold else 0.0,
    }
