"""Metrics the scorers share: span overlap, overlap F1, precision/recall/F1 and percentages, rounded alike."""

from __future__ import annotations


def overlaps(a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether two character spans share at least one character."""
    return a[0] < b[1] and b[0] < a[1]


def overlap_f1(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Character-overlap F1 of two spans (0.0 when they do not overlap)."""
    inter = max(0, min(a[1], b[1]) - max(a[0], b[0]))
    if not inter:
        return 0.0
    p, r = inter / (a[1] - a[0]), inter / (b[1] - b[0])
    return 2 * p * r / (p + r)


def percent(part: float, whole: float) -> float:
    """100 * part / whole rounded to two places, 0.0 when there is no whole."""
    return round(100 * part / whole, 2) if whole else 0.0


def prf(tp: float, predicted: float, gold: float) -> dict[str, float]:
    """Precision, recall and F1 in percent (two places) from true positives, predicted and gold counts."""
    p = tp / predicted if predicted else 0.0
    r = tp / gold if gold else 0.0
    return {"p": round(100 * p, 2), "r": round(100 * r, 2), "f": round(100 * (2 * p * r / (p + r)) if p + r else 0, 2)}


def pair_spans(gold: list[tuple[int, int]], predicted: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each gold span paired with the first unused predicted span overlapping it: (gold index, predicted index)."""
    pairs: list[tuple[int, int]] = []
    used: set[int] = set()
    for i, span in enumerate(gold):
        k = next((k for k, found in enumerate(predicted) if k not in used and overlaps(found, span)), None)
        if k is not None:
            used.add(k)
            pairs.append((i, k))
    return pairs
