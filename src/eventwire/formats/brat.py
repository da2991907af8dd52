"""Reader for PolNeAR attribution relations in brat standoff: content, source and cue spans per relation."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

DATE_IN_NAME = re.compile(r"_(\d{4}-\d{2}-\d{2})_")


@dataclass
class Attribution:
    content: tuple[int, int]
    source: tuple[int, int] | None
    cue: tuple[int, int] | None


@dataclass
class AttributedDoc:
    id: str
    text: str
    published: dt.date | None
    attributions: list[Attribution] = field(default_factory=list)


def parse_ann(raw: str) -> list[Attribution]:
    """Attribution relations (E lines) with the extent of each of their spans (T lines)."""
    spans: dict[str, tuple[int, int]] = {}
    relations: list[dict[str, str]] = []
    for line in raw.splitlines():
        cols = line.split("\t")
        if line.startswith("T") and len(cols) >= 2:
            kind_offsets = cols[1].split(" ", 1)
            numbers = [int(n) for n in re.findall(r"\d+", kind_offsets[1])] if len(kind_offsets) > 1 else []
            if numbers:
                spans[cols[0]] = (min(numbers), max(numbers))
        elif line.startswith("E") and len(cols) >= 2:
            relations.append(dict(part.split(":", 1) for part in cols[1].split() if ":" in part))
    out = []
    for rel in relations:
        content = spans.get(rel.get("Content", ""))
        if content is None:
            continue
        out.append(Attribution(content, spans.get(rel.get("Source", "")), spans.get(rel.get("Cue", ""))))
    return out


def read_dir(folder: Path) -> Iterator[AttributedDoc]:
    """PolNeAR split folder (text/ and attributions/): one document per text, with its first annotation."""
    for text_path in sorted((folder / "text").glob("*.txt")):
        anns = sorted((folder / "attributions").glob(text_path.stem + "_*.ann"))
        if not anns:
            continue
        match = DATE_IN_NAME.search(text_path.name)
        published = dt.date.fromisoformat(match.group(1)) if match else None
        text = text_path.read_text(encoding="utf-8")
        yield AttributedDoc(text_path.stem, text, published, parse_ann(anns[0].read_text(encoding="utf-8")))
