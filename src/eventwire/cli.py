"""The `eventwire` command line: thin Typer wrappers over the Python API."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import Progress
from rich.table import Table

from eventwire import sources
from eventwire.errors import EventwireError
from eventwire.record import ActorRef, Record

app = typer.Typer(add_completion=False, help="Turn news into political event data.", no_args_is_help=True)
err = Console(stderr=True)
out = Console(soft_wrap=True)


class OutputFormat(StrEnum):
    json = "json"
    table = "table"


def fail(message: str) -> None:
    """One line on stderr, whatever the terminal width."""
    sys.stderr.write(f"eventwire: error: {' '.join(message.split())}\n")


@app.command("extract")
def extract_cli(
    files: list[str] = typer.Argument(..., help="Articles: plain text, HTML or JSON files; '-' reads stdin."),
    published: str | None = typer.Option(None, help="Publication date YYYY-MM-DD (overrides the file's own)."),
    output: OutputFormat = typer.Option(OutputFormat.json, "--format", "-f", help="json (the contract) or table."),
    model: str | None = typer.Option(None, help="A spaCy pipeline (package name or path) instead of eventwire's."),
    kind: str = typer.Option("auto", "--input", help="auto, text, html or json."),
    explain: bool = typer.Option(False, "--explain", help="Say why each sentence without an event has none."),
) -> None:
    """Extract events, entities, actors, times, quotes, places and checked claims from news articles."""
    from eventwire.extract import Extractor
    from eventwire.sources.checks import parse_date

    try:
        parse_date(published)
        extractor = Extractor(model, explain=explain)
    except EventwireError as exc:
        fail(str(exc))
        raise typer.Exit(2) from None
    failures = 0
    with Progress(console=err, transient=True, disable=len(files) < 3 or not err.is_terminal) as progress:
        task = progress.add_task("extracting", total=len(files))
        for name in files:
            try:
                record = extractor(sources.read(name, published, kind))
            except EventwireError as exc:
                fail(str(exc))
                failures += 1
            else:
                show(record, output, many=len(files) > 1)
            progress.advance(task)
    if failures:
        raise typer.Exit(1)


def show(record: Record, output: OutputFormat, many: bool) -> None:
    """Print one record: JSON (one line each when there are many) or tables."""
    if output is OutputFormat.json:
        data = record.model_dump(mode="json")
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=None if many else 2) + "\n")
        return
    doc = record.document
    out.rule(f"{doc.id}  published {doc.published or 'unknown'}  {doc.title or ''}")
    actors = Table("entity", "label", "actor", "country", "sector", "how", title="entities and actors")
    for e in record.entities:
        a = e.actor
        actors.add_row(e.text, e.label, a.name if a else "", (a.country or "") if a else "",
                       (a.sector or "") if a else "", (a.resolved_by or "") if a else "")
    out.print(actors)
    times = Table("expression", "value", "type", title="times")
    for t in record.times:
        times.add_row(t.text, t.value or "?", t.type)
    out.print(times)
    wide = out.width >= 120  # the reason needs room; it is always in the JSON
    places = Table("place", "resolved to", "country", "kind", title="places")
    places.add_column("lat, lon", no_wrap=True)
    if wide:
        places.add_column("why", overflow="ellipsis", no_wrap=True, max_width=out.width // 2)
    for p in record.places:
        point = f"{p.lat:.2f}, {p.lon:.2f}" if p.lat is not None and p.lon is not None else ""
        places.add_row(p.text, p.name or "?", p.country or "", p.resolution or "", point, *[p.reason][:wide])
    out.print(places)
    events = Table("date", "actor", "CAMEO", "PLOVER", "recipient", "trigger", "where", "conf", title="events")
    for ev in record.events:
        trigger = ev.trigger + (f" ({ev.hedged_by})" if ev.hedged_by else "")
        events.add_row(ev.date or "", who(ev.actor), ev.cameo, ev.event_type or "", who(ev.recipient), trigger,
                       ev.location.name if ev.location else "", f"{ev.confidence:.2f}")
    out.print(events)
    claims = Table("claim", "stated", "computed", "verdict", "compared", title="claims checked")
    for c in record.claims:
        computed = f"{c.computed:,g} {c.unit}" if c.computed is not None else "-"
        claims.add_row(c.text, f"{c.stated:,g} {c.unit}", computed, c.verdict, f"{c.compared}. {c.note}".strip(". "))
    out.print(claims)
    if record.explain is not None:
        why = Table("sentence", "why no event", title="sentences without events")
        for miss in record.explain:
            why.add_row(str(miss.sentence), "; ".join(miss.reasons))
        out.print(why)
    quotes = Table("speaker", "country", "cue", "direct", "quote", title="quotes")
    for q in record.quotes:
        s = q.speaker
        quotes.add_row(s.name if s else "?", (s.country or "") if s else "", q.cue or "", "yes" if q.direct else "",
                       q.text if len(q.text) < 120 else q.text[:117] + "...")
    out.print(quotes)


def who(actor: ActorRef | None) -> str:
    """An actor for a table cell: its code, else its name."""
    return (actor.code or actor.name) if actor else "-"


@app.command("evaluate")
def evaluate_cli(
    task: str = typer.Argument(..., help="time, quotes, cameo or geo"),
    data: Path | None = typer.Option(None, help="Gold data folder (default: ../shared/data/...)."),
    limit: int = typer.Option(0, help="Score only the first N documents (0: all)."),
    model: str | None = typer.Option(None, help="A spaCy pipeline to score instead of eventwire's."),
) -> None:
    """Score a task on its development set and print the figures as JSON."""
    from eventwire.evaluate import run

    try:
        scores = run(task, data, limit, model)
    except EventwireError as exc:
        fail(str(exc))
        raise typer.Exit(2) from None
    sys.stdout.write(json.dumps(scores, indent=2) + "\n")


def main() -> None:
    app()


if __name__ == "__main__":
    main()
