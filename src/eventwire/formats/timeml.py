"""Reader for TimeML files (TimeBank, AQUAINT): plain text, the document creation time and gold TIMEX3s."""

from __future__ import annotations

import datetime as dt
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path


@dataclass
class Timex:
    start: int
    end: int
    text: str
    type: str
    value: str


@dataclass
class TimeMLDoc:
    id: str
    text: str
    dct: dt.date
    timexes: list[Timex] = field(default_factory=list)


def read_file(path: Path) -> TimeMLDoc:
    """One TimeML file: the TEXT element flattened to plain text, TIMEX3 offsets into it."""
    root = ET.parse(path).getroot()
    dct_value = root.find("DCT/TIMEX3").get("value")  # type: ignore[union-attr]
    body = root.find("TEXT")
    parts: list[str] = []
    timexes: list[Timex] = []
    length = 0

    def walk(node: ET.Element) -> None:
        nonlocal length
        start = length
        if node.text:
            parts.append(node.text)
            length += len(node.text)
        for child in node:
            walk(child)
            if child.tail:
                parts.append(child.tail)
                length += len(child.tail)
        if node.tag == "TIMEX3":
            text = "".join(parts)[start:length]
            timexes.append(Timex(start, length, text, node.get("type", ""), node.get("value", "")))

    walk(body)  # type: ignore[arg-type]
    return TimeMLDoc(path.stem, "".join(parts), dt.date.fromisoformat(dct_value[:10]), timexes)


def read_dir(folder: Path) -> Iterator[TimeMLDoc]:
    """Every .tml file under `folder`, sorted by name."""
    for path in sorted(folder.rglob("*.tml")):
        yield read_file(path)
