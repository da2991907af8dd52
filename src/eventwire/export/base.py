"""The writer interface every output format implements."""

from __future__ import annotations

from typing import Protocol

from eventwire.record import Record


class Writer(Protocol):
    """Takes records one at a time; `close()` finishes the output (flushes, writes footers, closes files)."""

    def write(self, record: Record) -> None: ...

    def close(self) -> None: ...
