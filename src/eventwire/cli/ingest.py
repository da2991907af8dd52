"""`eventwire ingest`: read sources into the corpus store, with a progress bar and a summary of what became of them."""

from __future__ import annotations

from pathlib import Path

import typer
from rich.console import Console
from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn
from rich.table import Table

from eventwire.cli.common import fail
from eventwire.errors import EventwireError


def ingest_cli(
    sources: list[str] = typer.Argument(None, help="Folders, globs, files (text, HTML, JSON, JSONL, CSV, feeds, "
                                        "WARC), URLs, or files listing URLs."),
    db: Path = typer.Option(Path("eventwire.duckdb"), help="The store file (created if missing)."),
    field: list[str] = typer.Option([], help="Column names of JSONL/CSV rows, e.g. --field text=body "
                                    "--field published=date."),
    published: str | None = typer.Option(None, help="Publication date YYYY-MM-DD (overrides the inputs' own)."),
    workers: int = typer.Option(0, help="Worker processes, or Ray workers (0: one per core)."),
    engine: str = typer.Option("local", help="local (processes on this machine) or ray (needs eventwire[ray])."),
    address: str | None = typer.Option(None, help="With --engine ray: a Ray cluster (ray://HOST:10001 or auto); "
                                       "without it a local Ray is started."),
    batch_size: int = typer.Option(32, help="Articles per transaction."),
    timeout: float = typer.Option(30.0, help="Seconds to wait for a page or feed when fetching URLs."),
    model: str | None = typer.Option(None, help="A spaCy pipeline (package name or path) instead of eventwire's."),
    report: bool = typer.Option(False, "--report", help="Print the summary of the last run again and exit."),
) -> None:
    """Code articles from any source into the corpus store; run it again after a crash to go on where it stopped."""
    from eventwire.engine.local import default_workers
    from eventwire.ingest import ingest
    from eventwire.sources import Options, estimate
    from eventwire.store import Corpus

    console = Console(stderr=True)
    try:
        if report:
            with Corpus(db) as corpus:
                show_run(corpus.last_run(), console)
            return
        if not sources:
            fail("give at least one source to ingest (a folder, file, glob, feed or URL), or --report")
            raise typer.Exit(2)
        options = Options.parse(field, timeout)
        total = estimate(sources)
        with Progress(TextColumn("[bold]ingest"), BarColumn(), TextColumn("{task.completed:,.0f} documents"),
                      TextColumn("{task.fields[rate]:.1f}/s"), TextColumn("{task.fields[events]:,} events"),
                      TimeElapsedColumn(), TimeRemainingColumn(), console=console,
                      disable=not console.is_terminal) as progress:
            task = progress.add_task("ingest", total=total, rate=0.0, events=0)

            def advance(tally: object) -> None:
                elapsed = progress.tasks[0].elapsed or 1e-9
                progress.update(task, completed=tally.read, rate=tally.read / elapsed,  # type: ignore[attr-defined]
                                events=tally.events)  # type: ignore[attr-defined]

            summary = ingest(sources, db, published, options=options, workers=workers or default_workers(),
                             batch_size=batch_size, progress=advance, engine=engine, address=address, model=model)
        with Corpus(db) as corpus:
            show_run(corpus.last_run(), console)
        console.print(f"{summary.per_second:.2f} documents/s over {summary.seconds:.0f} s")
    except EventwireError as exc:
        fail(str(exc))
        raise typer.Exit(2) from None


def show_run(run: dict[str, object] | None, console: Console) -> None:
    """The summary of a run: inputs read, coded, unchanged, replaced, copies, skipped and failed, with reasons."""
    if run is None:
        console.print("no run recorded in this store yet")
        return
    state = "finished" if run["finished"] else "interrupted (run ingest again to go on)"
    console.print(f"run {run['run_id']} of {run['sources']} started {run['started']:%Y-%m-%d %H:%M}, {state}")
    counts = Table("read", "coded", "unchanged", "replaced", "copies", "skipped", "failed", "events")
    counts.add_row(*(f"{run[k] or 0:,}" for k in ("read", "coded", "unchanged", "replaced", "copies", "skipped",
                                                   "failed", "events")))
    console.print(counts)
    reasons = run["reasons"]
    if reasons:
        why = Table("status", "code", "inputs", "example", title="not coded (all runs)")
        for status, code, n, example in reasons:  # type: ignore[attr-defined]
            why.add_row(status, code, f"{n:,}", example)
        console.print(why)
