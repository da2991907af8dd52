"""`eventwire evaluate`: score a task on its development set."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import typer

from eventwire.cli.common import fail
from eventwire.errors import EventwireError


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
