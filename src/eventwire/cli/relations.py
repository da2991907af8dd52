"""`eventwire dyad` and `eventwire network`: how two actors treat each other over time, and who acts on whom."""

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

BAR = 24  # characters of the longest bar


class DyadFormat(StrEnum):
    chart = "chart"
    csv = "csv"
    json = "json"


def dyad_cli(
    a: str = typer.Argument(..., help="An actor: country (RUS), CAMEO code (RUSGOV) or name."),
    b: str = typer.Argument(..., help="The other actor."),
    db: Path = typer.Option(Path("eventwire.duckdb"), help="The store file."),
    by: str = typer.Option("month", help="day, week, month or year."),
    output: DyadFormat = typer.Option(DyadFormat.chart, "--format", "-f"),
) -> None:
    """Events between two actors per period, both directions: counts by quad class and PLOVER type, Goldstein."""
    from eventwire.store import Corpus

    try:
        with Corpus(db) as corpus:
            periods = corpus.dyad(a, b, by)
    except EventwireError as exc:
        fail(str(exc))
        raise typer.Exit(2) from None
    if output is DyadFormat.json:
        for row in periods:
            sys.stdout.write(json.dumps(row, default=str) + "\n")
    elif output is DyadFormat.csv:
        flat = [{**row, "plover": ";".join(f"{k}:{v}" for k, v in sorted(row["plover"].items()))}  # type: ignore[union-attr]
                for row in periods]
        writer = csv.DictWriter(sys.stdout, fieldnames=list(flat[0]) if flat else ["period", "direction", "events"])
        writer.writeheader()
        writer.writerows(flat)
    else:
        chart(periods, a, b)


def chart(periods: list[dict[str, object]], a: str, b: str) -> None:
    """One row per period: a bar of events and the mean Goldstein score in each direction."""
    console = Console(soft_wrap=True)
    if not periods:
        console.print(f"no events between {a} and {b} in this store")
        return
    most = max(int(row["events"]) for row in periods)  # type: ignore[call-overload]
    table = Table("period", f"{a} -> {b}", "Goldstein", f"{b} -> {a}", "Goldstein",
                  title=f"{a} and {b}: events per period (Goldstein: mean, -10 conflict .. +10 cooperation)")
    by_period: dict[object, dict[str, dict[str, object]]] = {}
    for row in periods:
        by_period.setdefault(row["period"], {})[str(row["direction"])] = row
    for period, directions in by_period.items():
        cells = [str(period)]
        for direction in (f"{a}->{b}", f"{b}->{a}"):
            row = directions.get(direction)
            n = int(row["events"]) if row else 0  # type: ignore[call-overload]
            mean = row["goldstein_mean"] if row else None
            colour = "green" if mean is not None and mean > 0 else "red" if mean is not None and mean < 0 else "white"
            cells += [f"[{colour}]{'█' * max(1 if n else 0, round(BAR * n / most))}[/] {n}",
                      "" if mean is None else f"{mean:+.1f}"]
        table.add_row(*cells)
    console.print(table)


def network_cli(
    db: Path = typer.Option(Path("eventwire.duckdb"), help="The store file."),
    start: str | None = typer.Option(None, help="From this day, YYYY-MM-DD."),
    end: str | None = typer.Option(None, help="Up to this day, YYYY-MM-DD."),
    plover: list[str] = typer.Option([], help="Only these PLOVER event types (repeat the option)."),
    graphml: Path | None = typer.Option(None, help="Write the graph as GraphML to this file."),
    top: int = typer.Option(15, help="How many of the heaviest edges to print."),
) -> None:
    """Actors as nodes, events as weighted edges: print the heaviest edges, or save the graph as GraphML."""
    import networkx as nx

    from eventwire.store import Corpus

    try:
        with Corpus(db) as corpus:
            graph = corpus.network(start, end, plover or None)
    except EventwireError as exc:
        fail(str(exc))
        raise typer.Exit(2) from None
    if graphml is not None:
        nx.write_graphml(graph, graphml)
    edges = sorted(graph.edges(data=True), key=lambda e: -e[2]["weight"])[:top]
    table = Table("source", "target", "events", "mean Goldstein",
                  title=f"{graph.number_of_nodes()} actors, {graph.number_of_edges()} directed pairs")
    for source, target, data in edges:
        table.add_row(str(source), str(target), str(data["weight"]), f"{data['goldstein_mean']:+.1f}")
    Console(soft_wrap=True).print(table)
