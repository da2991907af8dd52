"""What the commands share: one-line errors and notes on stderr, and the version option."""

from __future__ import annotations

import functools
import sys
from collections.abc import Callable
from typing import Any

import typer

from eventwire.errors import error


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


def reads_store(command: Callable[..., Any]) -> Callable[..., Any]:
    """A command over the store whose file turns out damaged while it is read (DuckDB finds a block's checksum wrong)
    ends in error E034, one line, not a traceback."""

    @functools.wraps(command)
    def run(*args: Any, **kwargs: Any) -> Any:
        import duckdb

        try:
            return command(*args, **kwargs)
        except duckdb.Error as exc:
            fail(str(error("E034", path=kwargs.get("db", "the store"), detail=str(exc).splitlines()[0][:300])))
            raise typer.Exit(2) from None

    return run
