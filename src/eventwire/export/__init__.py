"""Writers: where records go. Each format is one module with a Writer (`write(record)`, `close()`); `export` writes
a corpus store's events in an event data format (GDELT, ICEWS, POLECAT, PLOVER, Parquet, CSV), one module each."""

from eventwire.export.base import Writer
from eventwire.export.jsonl import JsonWriter
from eventwire.export.store import FORMATS, export
from eventwire.export.table import TableWriter

__all__ = ["FORMATS", "JsonWriter", "TableWriter", "Writer", "export"]
