"""Writers: where records go. Each format is one module with a Writer (`write(record)`, `close()`)."""

from eventwire.export.base import Writer
from eventwire.export.jsonl import JsonWriter
from eventwire.export.table import TableWriter

__all__ = ["JsonWriter", "TableWriter", "Writer"]
