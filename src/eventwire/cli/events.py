"""`eventwire events` and `eventwire stats`: the stored events with filters, and the corpus in counts."""

from __future__ import annotations

import csv
import json
import sys
from enum import StrEnum
from pathlib import Path

import typer
from rich.console import Console
from rich.table import Table

from eventwire.cli.common import fail
from eventwire.errors import EventwireError

COLUMNS = ["day", "source_name", "source_country", "cameo", "event_type", "target_name", "target_country",
           "goldstein", "place_name", "trigger", "confidence", "doc_id"]


# the store and the filters of its events, shared with `eventwire export`
DB = typer.Option(Path("eventwire.duckdb"), help="The store file.")
START = typer.Option(None, help="From this day, YYYY-MM-DD.")
END = typer.Option(None, help="Up to this day, YYYY-MM-DD.")
ACTOR = typer.Option(None, help="A name, CAMEO actor code (RUSGOV) or country (RUS), either side.")
COUNTRY = typer.Option(None, help="ISO3 country of the source or the target.")
ROOT = typer.Option(None, help="CAMEO root code, e.g. 04.")
PLOVER = typer.Option(None, help="PLOVER event type, e.g. CONSULT.")
QUAD = typer.Option(None, help="Quad class 1-4.")
PLACE = typer.Option(None, help="Place name or its ISO3 country.")
TEXT = typer.Option(None, help="Words in the article's text.")
MERGED = typer.Option(False, help="One row per happening reported by several articles, with counts.")


class EventFormat(StrEnum):
    table = "table"
    json = "json"
    csv = "csv"


def events_cli(
    db: Path = DB,
    start: str | None = START,
    end: str | None = END,
    actor: str | None = ACTOR,
    country: str | None = COUNTRY,
    root: str | None = ROOT,
    plover: str | None = PLOVER,
    quad: int | None = QUAD,
    place: str | None = PLACE,
    text: str | None = TEXT,
    merged: bool = MERGED,
    limit: int | None = typer.Option(None, help="At most this many events."),
    output: EventFormat = typer.Option(EventFormat.table, "--format", "-f"),
) -> None:
    """List stored events that match the filters."""
    from eventwire.store import Corpus

    try:
        with Corpus(db) as corpus:
            found = corpus.events("records", merged=merged, limit=limit, start=start, end=end, actor=actor,
                                  country=country, root=root, plover=plover, quad=quad, place=place, text=text)
    except EventwireError as exc:
        fail(str(exc))
        raise typer.Exit(2) from None
    assert isinstance(found, list)
    if output is EventFormat.json:
        for row in found:
            sys.stdout.write(json.dumps(row, default=str, ensure_ascii=False) + "\n")
    elif output is EventFormat.csv:
        writer = csv.DictWriter(sys.stdout, fieldnames=list(found[0]) if found else COLUMNS)
        writer.writeheader()
        writer.writerows(found)
    else:
        columns = COLUMNS + (["num_articles", "num_sources"] if merged else [])
        table = Table(*columns, title=f"{len(found):,} events")
        for row in found:
            table.add_row(*("" if row[c] is None else str(row[c]) for c in columns))
        Console(soft_wrap=True).print(table)


def stats_cli(
    db: Path = DB,
    top: int = typer.Option(10, help="How many actors and dyads to list."),
    as_json: bool = typer.Option(False, "--json", help="Print the counts as JSON."),
) -> None:
    """The corpus in counts: documents by status, events per day, top actors, top dyads."""
    from eventwire.store import Corpus

    try:
        with Corpus(db) as corpus:
            stats = corpus.stats(top)
    except EventwireError as exc:
        fail(str(exc))
        raise typer.Exit(2) from None
    if as_json:
        sys.stdout.write(json.dumps(stats, default=str, indent=2) + "\n")
        return
    console = Console(soft_wrap=True)
    for name, rows in stats.items():
        if not rows:
            console.print(f"{name}: none")
            continue
        table = Table(*rows[0], title=name)
        for row in rows:
            table.add_row(*(str(v) for v in row.values()))
        console.print(table)
