"""What the commands share: one-line errors and notes on stderr, and the version option."""

from __future__ import annotations

import sys

import typer


def fail(message: str) -> None:
    """An error as one line on stderr, whatever the terminal width."""
    sys.stderr.write(f"eventwire: error: {' '.join(message.split())}\n")


def note(message: str) -> None:
    """A note as one line on stderr: something the user should know that is not an error."""
    sys.stderr.write(f"eventwire: note: {' '.join(message.split())}\n")


def version_callback(value: bool) -> None:
    if value:
        from eventwire import __version__

        sys.stdout.write(f"eventwire {__version__}\n")
        raise typer.Exit()
