"""eventwire: news in, political event data out (who did what to whom, when, where, and who said it)."""

from eventwire.errors import EventwireError
from eventwire.extract import Extractor, extract
from eventwire.pipeline import load
from eventwire.record import Document, Record

__all__ = ["Document", "EventwireError", "Extractor", "Record", "extract", "load"]
__version__ = "0.1.0"
