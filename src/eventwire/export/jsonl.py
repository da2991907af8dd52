"""The JSON contract: one record as indented JSON, or many as JSON lines."""

from __future__ import annotations

import json
import sys
from typing import TextIO

from eventwire.record import Record


class JsonWriter:
    """Writes each record as one JSON line; `indent` pretty-prints (for a single record)."""

    def __init__(self, stream: TextIO | None = None, indent: int | None = None) -> None:
        self.stream = stream or sys.stdout
        self.indent = indent

    def write(self, record: Record) -> None:
        data = record.model_dump(mode="json")
        self.stream.write(json.dumps(data, ensure_ascii=False, indent=self.indent) + "\n")

    def close(self) -> None:
        self.stream.flush()
