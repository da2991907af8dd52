"""Readers of the real-news event gold: the multi-coder CAMEO sentences (tagtog), the 5-way class sentences and
the silver CAMEO + PLOVER codings and the ACLED notes (JSON lines, see each folder's README)."""

from __future__ import annotations

import datetime as dt
import json
import re
import zlib
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from eventwire.resources.files import data_path, read_tsv

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
    kind: str | None = None  # ACLED: the event type the note reports
    types: list[str] = field(default_factory=list)  # ACLED: the PLOVER types accepted for its main event


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


def acled_types() -> dict[str, list[str]]:
    """ACLED sub-event type -> accepted PLOVER types (data/events/acled_plover.tsv)."""
    return {sub: types.split(",") for sub, types in read_tsv(data_path("events", "acled_plover.tsv"))}


def read_acled(path: Path, per_type: int = 120) -> Iterator[GoldSentence]:
    """A fixed sample of the ACLED notes: distinct texts whose sub-event type has a PLOVER reading, the first
    `per_type` of each ACLED event type in an order set by a hash of the note id (the same sample every run)."""
    accepted = acled_types()
    notes: dict[str, dict] = {}
    for row in lines(path):
        if row["labels"]["sub_event_type"] in accepted:
            notes.setdefault(row["text"], row)
    taken: Counter = Counter()
    for row in sorted(notes.values(), key=lambda r: zlib.crc32(r["id"].encode())):
        labels = row["labels"]
        if taken[labels["event_type"]] >= per_type:
            continue
        taken[labels["event_type"]] += 1
        published = dt.date.fromisoformat(row["date"]) if ISO_DATE.fullmatch(row.get("date") or "") else None
        yield GoldSentence(id=row["id"], text=row["text"], published=published, kind=labels["event_type"],
                           types=accepted[labels["sub_event_type"]])
