"""The `eventwire` command line: one module per command, each a thin Typer wrapper over the Python API."""

from __future__ import annotations

import typer

from eventwire.cli import evaluate, events, export, extract, ingest, relations, serve
from eventwire.cli.common import reads_store, version_callback

app = typer.Typer(add_completion=False, help="Turn news into political event data.", no_args_is_help=True)


@app.callback()
def main_options(
    version: bool = typer.Option(False, "--version", callback=version_callback, is_eager=True,
                                 help="Print eventwire's version and exit."),
) -> None:
    """Turn news into political event data."""


app.command("extract")(extract.extract_cli)
app.command("ingest")(reads_store(ingest.ingest_cli))
app.command("events")(reads_store(events.events_cli))
app.command("stats")(reads_store(events.stats_cli))
app.command("export")(reads_store(export.export_cli))
app.command("dyad")(reads_store(relations.dyad_cli))
app.command("network")(reads_store(relations.network_cli))
app.command("serve")(reads_store(serve.serve_cli))
app.command("evaluate")(evaluate.evaluate_cli)


def main() -> None:
    app()
