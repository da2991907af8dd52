"""JSONL and CSV files: one article a row (`file.jsonl:LINE`), its columns mapped to Document fields."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from functools import partial

from eventwire.errors import EventwireError, error
from eventwire.sources.checks import MAX_BYTES
from eventwire.sources.dates import published_date
from eventwire.sources.files import open_path
from eventwire.sources.registry import COLUMNS, Input, Options, detect_kind, failed, numbered_id, register_suffixes

# rows are decoded with surrogateescape: a row's bad bytes come back when its text is read, so E003 names the row
UNDECODED = "surrogateescape"


def count_lines(location: str) -> int:
    """The non-blank lines of a file."""
    with open_path(location) as stream:
        return sum(1 for line in stream if line.strip())


@register_suffixes(".jsonl", count=count_lines)
def read_jsonl(location: str, options: Options) -> Iterator[Input]:
    """One input a non-blank line, each a JSON object."""
    found = 0
    with open_path(location) as stream:
        for number, line in enumerate(stream, 1):
            if not line.strip():
                continue
            found += 1
            source = f"{location}:{number}"
            try:
                row = json.loads(line.decode("utf-8", UNDECODED).removeprefix("\ufeff"))
            except json.JSONDecodeError as exc:
                detail = f"invalid JSON: {exc.msg}, column {exc.colno}"
                yield failed(source, error("E022", source=source, detail=detail))
                continue
            yield row_input(row, source, options, numbered_id(location, number))
    if not found:
        raise error("E026", source=location, detail="the file has no rows")


@register_suffixes(".csv", count=lambda location: count_lines(location) - 1)
def read_csv(location: str, options: Options) -> Iterator[Input]:
    """One input a row after the header line, which names the columns."""
    csv.field_size_limit(max(csv.field_size_limit(), MAX_BYTES))  # a longer text is refused alone (E016)
    with open_path(location, "r", encoding="utf-8-sig", errors=UNDECODED, newline="") as stream:
        rows = csv.DictReader(stream)
        try:
            columns = [name for name in rows.fieldnames or () if name]
            if not columns:
                raise error("E026", source=location, detail="the file has no header line")
            if not set(options.columns("text")) & set(columns):
                raise text_missing(location, options, columns)
            end = rows.line_num
            for row in rows:
                start, end = end + 1, rows.line_num
                yield row_input(row, f"{location}:{start}", options, numbered_id(location, start))
        except csv.Error as exc:
            raise error("E022", source=f"{location}:{rows.line_num}", detail=str(exc)) from None


def row_input(row: object, source: str, options: Options, number_id: str) -> Input:
    """The input of one row: its text, and its date, URL, title and id; a row without text is a failed input."""
    try:
        if not isinstance(row, dict):
            raise error("E022", source=source, detail=f"a JSON {type(row).__name__}, not an object")
        values = {name: next((row[c] for c in options.columns(name) if row.get(c) not in (None, "")), None)
                  for name in COLUMNS}
        text = values["text"]
        if not isinstance(text, str):
            raise text_missing(source, options, [str(name) for name in row if name])
        return Input(source, partial(str.encode, text, "utf-8", UNDECODED),
                     kind="html" if detect_kind(text) == "html" else "text",
                     published=published_date(cleaned(values["published"]), source), url=cleaned(values["url"]),
                     title=cleaned(values["title"]), id=cleaned(values["id"]) or number_id)
    except EventwireError as exc:
        return failed(source, exc)


def text_missing(source: str, options: Options, columns: list[str]) -> EventwireError:
    """Error E021: no text column, naming the columns there are."""
    return error("E021", source=source, column=" or ".join(options.columns("text")),
                 columns=", ".join(columns) or "none")


def cleaned(value: object) -> str | None:
    """A column's value as a string (bad bytes replaced), None when empty."""
    if value in (None, ""):
        return None
    return str(value).encode("utf-8", UNDECODED).decode("utf-8", "replace")
