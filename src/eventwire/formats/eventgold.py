"""Readers of the real-news event gold: the multi-coder CAMEO sentences (tagtog), the 5-way class sentences and
the silver CAMEO + PLOVER codings (JSON lines, see each folder's README)."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

ISO_DATE = re.compile(r"\d{4}-\d\d-\d\d")
PENTA = ("0-Make a Statement", "1-Verbal Cooperation", "2-Material Cooperation", "3-Verbal Conflict",
         "4-Material Conflict")


@dataclass
class GoldEvent:
    """One coded event of the silver set."""

    trigger: str
    cameo: str
    plover: str | None
    source_text: str | None
    source_code: str | None
    target_text: str | None
    target_code: str | None


@dataclass
class GoldSentence:
    """A sentence with what people coded in it; the fields a set lacks stay empty."""

    id: str
    text: str
    published: dt.date | None = None
    events: list[GoldEvent] = field(default_factory=list)  # silver
    relevant: bool | None = None  # tagtog: a majority found a codable event
    roots: list[str] = field(default_factory=list)  # tagtog: majority CAMEO roots
    penta: int | None = None  # 5-way class: 0 statement, 1-4 CAMEO quad classes
    sources: list[tuple[int, int] | str] = field(default_factory=list)  # spans (offsets, or text when no offsets)
    targets: list[tuple[int, int] | str] = field(default_factory=list)


def lines(path: Path) -> Iterator[dict]:
    with open(path, encoding="utf-8") as handle:
        yield from (json.loads(line) for line in handle if line.strip())


def read_tagtog(path: Path) -> Iterator[GoldSentence]:
    """The multi-coder sentences: majority relevance and roots, and the Source/Target spans more than half of the
    coders marked (by overlap with each other's spans)."""
    for row in lines(path):
        labels = row["labels"]
        coders = row["annotations"][labels["final_round"]]
        spans: dict[str, Counter] = {"Source": Counter(), "Target": Counter()}
        for coder in coders:
            for role in spans:
                spans[role].update({(e["start"], e["end"]) for e in coder["entities"]
                                    if e["label"].startswith(role)})
        majority = len(coders) / 2
        yield GoldSentence(
            id=row["id"], text=row["text"], relevant=labels["relevant_majority"],
            roots=list(labels["cameo_roots_majority"]),
            sources=[s for s, n in spans["Source"].items() if n > majority],
            targets=[s for s, n in spans["Target"].items() if n > majority],
        )


def read_penta(path: Path) -> Iterator[GoldSentence]:
    """The 5-way class sentences; actor spans are space-joined tokens, kept as text."""
    for row in lines(path):
        labels = row["labels"]
        yield GoldSentence(id=row["id"], text=row["text"], penta=PENTA.index(labels["penta_class"]),
                           sources=list(labels.get("source_spans") or []) + list(labels.get("R_spans") or []),
                           targets=list(labels.get("target_spans") or []) + list(labels.get("R_spans") or []))


def read_silver(path: Path) -> Iterator[GoldSentence]:
    """The silver CAMEO + PLOVER codings of one split."""
    for row in lines(path):
        events = [GoldEvent(e["trigger"], e["cameo"], e.get("plover"), (e.get("source") or {}).get("text"),
                            (e.get("source") or {}).get("code"), (e.get("target") or {}).get("text"),
                            (e.get("target") or {}).get("code")) for e in row["events"]]
        published = row.get("published") or ""  # ISO dates only: other values are cut to 10 characters
        published = dt.date.fromisoformat(published) if ISO_DATE.fullmatch(published) else None
        yield GoldSentence(id=row["id"], text=row["text"], published=published, events=events)
