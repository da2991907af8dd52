"""Exports of a corpus store: its events, filtered as by `eventwire events`, in an event data format.

Every format reads one query (EVENTS): the events (or, merged, one row per happening: merged_events) with their
article's fields, their actors' mention text, sector and resolution, and the article's named entities. Without
`merged` each event counts num_mentions = its mentions in its article, num_articles = num_sources = 1. The text
formats stream the rows in batches (fetchmany); Parquet and CSV are written by DuckDB's own COPY.
"""

from __future__ import annotations

import contextlib
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import TextIO

import duckdb

from eventwire.errors import error
from eventwire.export import gdelt, icews, plover, polecat, tabular, text
from eventwire.store import Corpus
from eventwire.store.queries import Filters, check_words, where

TEXT_FORMATS = {"gdelt": gdelt.FORMAT, "icews": icews.FORMAT, "polecat": polecat.FORMAT, "plover": plover.FORMAT}
TABLE_FORMATS = ("parquet", "csv")
FORMATS = (*TEXT_FORMATS, *TABLE_FORMATS)
STDOUT = "-"

ROLE_FIELDS = {"source": ("text", "sector", "resolved_by"), "target": ("text", "sector", "resolved_by"),
               "reporter": ("text", "name", "country", "sector", "code", "resolved_by")}  # the others are in events
ACTORS = ("(SELECT event_id, " + ", ".join(f"any_value({f}) FILTER (role = '{role}') AS {role}_{f}"
                                           for role, fields in ROLE_FIELDS.items() for f in fields)
          + " FROM event_actors GROUP BY event_id) a")
STORY_LABELS = {"people": "'PER', 'PERSON'", "organizations": "'ORG'", "locations": "'LOC', 'GPE', 'FAC'"}
STORY = ("(SELECT doc_id, " + ", ".join(
    f"array_to_string(list_sort(list(DISTINCT text) FILTER (label IN ({labels}))), '; ') AS story_{kind}"
    for kind, labels in STORY_LABELS.items()) + " FROM entities GROUP BY doc_id) s")
EVENTS = """SELECT e.*{counts}, coalesce(e.day, d.published) AS event_date, d.name AS document_name, d.url, d.title,
                   d.published, d.outlet, d.language, d.source AS document_source, d.ingested_at,
                   a.* EXCLUDE (event_id), s.* EXCLUDE (doc_id)
            FROM {table} e JOIN documents d USING (doc_id) LEFT JOIN {actors} USING (event_id)
                 LEFT JOIN {story} USING (doc_id)
            WHERE {condition}"""
ORDER = "event_date, event_id"
EVENT_COUNTS = ", e.mentions AS num_mentions, 1 AS num_articles, 1 AS num_sources"


def export(db: str | Path, format: str, output: str | Path | None = None, merged: bool = False,
           **filters: object) -> int:
    """Write the events of the store `db` that match the filters (see store.Filters) in `format` (one of FORMATS)
    to `output` (None or "-": stdout; Parquet needs a file); the number of events written. `merged`: one row per
    happening reported by several articles, with its counts."""
    if format not in FORMATS:
        raise error("E032", what="export format", value=format, choices=", ".join(FORMATS))
    target = STDOUT if output is None else str(output)
    if format == "parquet" and target == STDOUT:
        raise error("E040", format=format)
    condition, params = where(Filters(**filters), "coalesce(e.day, d.published)", "e.doc_id")  # type: ignore[arg-type]
    events = EVENTS.format(counts="" if merged else EVENT_COUNTS, table="merged_events" if merged else "events",
                           actors=ACTORS, story=STORY, condition=condition)
    with Corpus(db) as corpus:
        check_words(corpus.con, Filters(**filters))  # type: ignore[arg-type]
        corpus.con.execute("SET enable_progress_bar = false")  # DuckDB's bar would land in the export on stdout
        if format in TEXT_FORMATS:
            cursor = corpus.con.execute(f"{events} ORDER BY {ORDER}", params)
            with opened(target) as stream:
                return text.write(TEXT_FORMATS[format], cursor, stream)
        sys.stdout.flush()
        if target == STDOUT:
            return tabular.copy(corpus.con, events, ORDER, params, "/dev/stdout", format)
        with whole(target) as partial:
            try:
                return tabular.copy(corpus.con, events, ORDER, params, partial, format)
            except duckdb.IOException as exc:
                raise error("E041", path=target, detail=str(exc).splitlines()[0]) from None


@contextlib.contextmanager
def whole(target: str) -> Iterator[str]:
    """The path to write an export to: `target` + '.partial', renamed to `target` once it is written whole, removed
    if writing fails; so `target` is never a cut export (a killed export leaves only the .partial file)."""
    partial = f"{target}.partial"
    try:
        yield partial
        os.replace(partial, target)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(partial)
        raise


@contextlib.contextmanager
def opened(target: str) -> Iterator[TextIO]:
    """The text stream to write to: stdout, or the file (UTF-8, newlines as they are), written whole or not at all;
    a failed write (a full disk) is error E041."""
    if target == STDOUT:
        yield sys.stdout
        sys.stdout.flush()
        return
    with whole(target) as partial:
        try:
            with open(partial, "w", encoding="utf-8", newline="") as stream:
                yield stream
        except OSError as exc:
            raise error("E041", path=target, detail=exc.strerror or str(exc)) from None
