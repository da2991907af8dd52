"""Text formats with one line per event (GDELT, ICEWS, POLECAT, PLOVER): what they share, and the streaming."""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, TextIO

import duckdb

Event = dict[str, Any]  # one row of the export query (store.EVENTS), by column name
BATCH = 10_000  # rows fetched from DuckDB at a time
BLANKS = str.maketrans("\t\n\r", "   ")  # a value's tabs and line breaks, which would end its column or row


@dataclass(frozen=True)
class TextFormat:
    """A format with one line per event: its header line (None: none) and how an event becomes its line (None: the
    event has no line in this format)."""

    header: str | None
    line: Callable[[Event], str | None]


def tab_separated(columns: list[str], row: Callable[[Event], list[object] | None], missing: str,
                  header: bool = True) -> TextFormat:
    """A tab-separated format: a value's tabs and line breaks become spaces; a missing value is written `missing`."""
    def line(event: Event) -> str | None:
        values = row(event)
        if values is None:
            return None
        return "\t".join(missing if v is None or v == "" else v.translate(BLANKS) if type(v) is str else str(v)
                         for v in values)

    return TextFormat("\t".join(columns) if header else None, line)


def write(fmt: TextFormat, cursor: duckdb.DuckDBPyConnection, stream: TextIO) -> int:
    """Stream the rows of an executed query into `stream` in batches; the number of lines written."""
    names = [column[0] for column in cursor.description]
    if fmt.header is not None:
        stream.write(fmt.header + "\n")
    count = 0
    while rows := cursor.fetchmany(BATCH):
        lines = [line for row in rows if (line := fmt.line(dict(zip(names, row, strict=True)))) is not None]
        stream.write("".join(f"{line}\n" for line in lines))
        count += len(lines)
    return count


def number(key: object) -> int:
    """A stable integer id for a text id (an event's, an article's): the first 63 bits of its MD5 digest."""
    return int(hashlib.md5(str(key).encode()).hexdigest()[:16], 16) >> 1


def iso_day(value: object) -> str | None:
    """A date as YYYY-MM-DD."""
    return value.isoformat() if isinstance(value, dt.date) else None
