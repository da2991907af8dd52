"""`eventwire extract`: articles in, records out (JSON or tables)."""

from __future__ import annotations

from enum import StrEnum

import typer
from rich.console import Console
from rich.progress import Progress

from eventwire.cli.common import fail, note
from eventwire.errors import EventwireError
from eventwire.export import JsonWriter, TableWriter, Writer
from eventwire.record import Failure


class OutputFormat(StrEnum):
    json = "json"
    table = "table"


def extract_cli(
    files: list[str] = typer.Argument(..., help="Articles: text, HTML, JSON, JSONL/CSV, feed or WARC files, "
                                      "folders, globs, URLs; '-' reads stdin."),
    published: str | None = typer.Option(None, help="Publication date YYYY-MM-DD (overrides the file's own)."),
    output: OutputFormat = typer.Option(OutputFormat.json, "--format", "-f", help="json (the contract) or table."),
    model: str | None = typer.Option(None, help="A spaCy pipeline (package name or path) instead of eventwire's."),
    kind: str = typer.Option("auto", "--input", help="auto, text, html or json."),
    explain: bool = typer.Option(False, "--explain", help="Say why each sentence without an event has none."),
    workers: int = typer.Option(1, help="Processes to code on, each loading the pipeline (about 5 s): 0 is one per "
                                        "core, worth it for more than a few dozen articles."),
) -> None:
    """Extract events, entities, actors, times, quotes, places and checked claims from news articles."""
    from eventwire import sources
    from eventwire.extract import Extractor

    try:
        sources.published_date(published)
        extractor = Extractor(model, explain=explain)
    except EventwireError as exc:
        fail(str(exc))
        raise typer.Exit(2) from None
    writer: Writer = TableWriter() if output is OutputFormat.table else JsonWriter(indent=2 if len(files) == 1
                                                                                    else None)
    failures, undated = 0, []
    progress_console = Console(stderr=True)
    with Progress(console=progress_console, transient=True,
                  disable=len(files) < 3 or not progress_console.is_terminal) as progress:
        task = progress.add_task("extracting", total=len(files))
        for result in extractor.pipe(sources.iter_documents(files, published, kind), n_process=workers):
            if isinstance(result, Failure):
                fail(result.message)
                failures += 1
            else:
                writer.write(result)
                if result.document.published is None:
                    undated.append(result.document.id)
            progress.advance(task)
    writer.close()
    if undated:
        note(f"no publication date for {', '.join(undated[:3])}{' and others' if len(undated) > 3 else ''} "
             "(none given with --published, none found in the input): weekdays and other relative dates have no "
             "value and events no date. Give --published YYYY-MM-DD.")
    if failures:
        raise typer.Exit(1)
