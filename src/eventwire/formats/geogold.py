"""Reader for the geoparsing gold sets (GeoWebNews, TR-News, GeoVirus): text, date and toponyms with coordinates."""

from __future__ import annotations

import datetime as dt
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from dateutil import parser as dateparser

DRIFT = 32  # characters a gold offset may be off by: TR-News texts lost a few characters the offsets still count


@dataclass
class GoldToponym:
    start: int
    end: int
    text: str
    lat: float
    lon: float


@dataclass
class GeoDoc:
    id: str
    text: str
    published: dt.date | None
    toponyms: list[GoldToponym] = field(default_factory=list)

    @property
    def corpus(self) -> str:
        """The gold set the document comes from: the prefix of its id."""
        return self.id.split(":", 1)[0]


def locate(text: str, name: str, start: int) -> tuple[int, int] | None:
    """The span of `name` at `start`, else at its nearest occurrence within DRIFT characters; None when not there."""
    if start >= 0 and text[start : start + len(name)] == name:
        return start, start + len(name)
    near = [m.start() for m in re.finditer(re.escape(name), text) if abs(m.start() - start) <= DRIFT]
    if not near:
        return None
    best = min(near, key=lambda s: abs(s - start))
    return best, best + len(name)


def toponyms(
    text: str, nodes: Iterable[ET.Element], name: str, lat: str, lon: str, shift: int = 0
) -> list[GoldToponym]:
    """The gold among annotated mentions: those with coordinates whose name is in the text at (or near) the offset."""
    out = []
    for node in nodes:
        surface, start, y, x = (node.findtext(tag) for tag in (name, "start", lat, lon))
        if not (surface and start and y and x):
            continue
        span = locate(text, surface, int(start) + shift)
        if span:
            out.append(GoldToponym(*span, surface, float(y), float(x)))
    return out


def parse_date(value: str | None) -> dt.date | None:
    """A date from free text ("Dec 17, 2016 8:46 AM ET", "17 December 2016"); None when there is none."""
    try:
        return dateparser.parse(value, fuzzy=True, ignoretz=True).date() if value and value.strip() else None
    except (ValueError, OverflowError):
        return None


def read_gwn(path: Path) -> Iterator[GeoDoc]:
    """GeoWebNews: toponyms with coordinates are the gold (the others are non-toponym expressions)."""
    for article in ET.parse(path).getroot().iter("article"):
        text = article.findtext("text", "")
        gold = toponyms(text, article.iter("toponym"), "extractedName", "latitude", "longitude")
        yield GeoDoc(f"GWN:{article.get('file')}", text, None, gold)


def read_trnews(path: Path) -> Iterator[GeoDoc]:
    """TR-News: toponyms with a gazetteer entry are the gold; dltime is the publication date."""
    for article in ET.parse(path).getroot().iter("article"):
        text = article.findtext("text", "")
        gold = toponyms(text, article.iter("toponym"), "phrase", "gaztag/lat", "gaztag/lon")
        yield GeoDoc(f"TR-News:{article.get('docid')}", text, parse_date(article.findtext("dltime")), gold)


def read_geovirus(path: Path) -> Iterator[GeoDoc]:
    """GeoVirus: WikiNews paragraphs numbered in file order. Its offsets run one character ahead of the text, and a
    few locations sit inside another location, so all are collected."""
    for n, article in enumerate(ET.parse(path).getroot().iter("article")):
        text = article.findtext("text", "")
        gold = toponyms(text, article.iter("location"), "name", "lat", "lon", shift=-1)
        yield GeoDoc(f"GeoVirus:{n}", text, None, gold)


CORPORA: dict[str, Callable[[Path], Iterator[GeoDoc]]] = {
    "GWN": read_gwn,
    "TR-News": read_trnews,
    "GeoVirus": read_geovirus,
}


def read_dir(folder: Path) -> Iterator[GeoDoc]:
    """The three gold sets in `folder` (GWN.xml, TR-News.xml, GeoVirus.xml), in that order."""
    for name, reader in CORPORA.items():
        yield from reader(folder / f"{name}.xml")
