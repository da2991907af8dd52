"""Files and standard input as locations: '-' is standard input, anything else a file path."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path

from eventwire.errors import error
from eventwire.sources.registry import Input, register_location


@register_location(lambda location: location == "-")
def read_stdin(location: str) -> Iterator[Input]:
    yield Input(sys.stdin.buffer.read(), "<stdin>")


@register_location(None)
def read_file(location: str) -> Iterator[Input]:
    """One file's bytes; a missing or unreadable file is error E011."""
    try:
        data = Path(location).read_bytes()
    except OSError as exc:
        raise error("E011", source=location, detail=exc.strerror or str(exc)) from None
    yield Input(data, location)
