"""`eventwire export`: the stored events, with the filters of `eventwire events`, in an event data format."""

from __future__ import annotations

from pathlib import Path

import typer

from eventwire.cli.common import fail, note
from eventwire.cli.events import ACTOR, COUNTRY, DB, END, MERGED, PLACE, PLOVER, QUAD, ROOT, START, TEXT
from eventwire.errors import EventwireError


def export_cli(
    output_format: str = typer.Option(..., "--format", "-f",
                                      help="gdelt, icews, polecat, plover (JSON lines), parquet or csv."),
    output: Path | None = typer.Option(None, "--output", "-o", help="The file to write; default: stdout (not for "
                                       "parquet)."),
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
) -> None:
    """Export stored events as GDELT 2.0, ICEWS, POLECAT, PLOVER JSON lines, Parquet (nested) or CSV (flat)."""
    from eventwire.export import export

    try:
        count = export(db, output_format, output, merged=merged, start=start, end=end, actor=actor, country=country,
                       root=root, plover=plover, quad=quad, place=place, text=text)
    except EventwireError as exc:
        fail(str(exc))
        raise typer.Exit(2) from None
    if output is not None:
        note(f"{count:,} {'happenings' if merged else 'events'} written to {output} ({output_format})")
