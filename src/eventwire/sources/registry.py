"""The registry of input kinds: formats turn one input's text into a Document, locations turn a name into inputs.

A new kind of input (a folder, a JSONL file, a feed, a WARC) is one new module that registers itself here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from eventwire.record import Document

Parse = Callable[[str, str], Document]  # (text of the input, its name) -> Document


@dataclass(frozen=True)
class Input:
    """One input as read from a location, before it is parsed: its bytes and the name errors will give it."""

    data: bytes
    source: str


Open = Callable[[str], Iterator[Input]]  # location -> its inputs

FORMATS: dict[str, Parse] = {}
LOCATIONS: list[tuple[Callable[[str], bool], Open]] = []
FALLBACK: list[Open] = []  # the reader of a location no other reader accepts (a file path)


def register_format(name: str) -> Callable[[Parse], Parse]:
    """Register a parser for a format ('text', 'html', 'json') under `name`."""

    def wrap(parse: Parse) -> Parse:
        FORMATS[name] = parse
        return parse

    return wrap


def register_location(matches: Callable[[str], bool] | None) -> Callable[[Open], Open]:
    """Register a reader of the locations `matches` accepts; with None, the reader of every other location."""

    def wrap(open_: Open) -> Open:
        if matches is None:
            FALLBACK[:] = [open_]
        else:
            LOCATIONS.append((matches, open_))
        return open_

    return wrap


def opener(location: str) -> Open:
    """The reader of a location: the first registered one that accepts it, else the fallback."""
    return next((open_ for matches, open_ in LOCATIONS if matches(location)), FALLBACK[0])
