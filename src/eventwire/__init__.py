"""eventwire: news in, political event data out (who did what to whom, when, where, and who said it)."""

from eventwire.errors import EventwireError
from eventwire.extract import Extractor, extract
from eventwire.ingest import ingest
from eventwire.pipeline import load
from eventwire.record import Document, Record
from eventwire.store import Corpus

__all__ = ["Corpus", "Document", "EventwireError", "Extractor", "Record", "extract", "ingest", "load"]
__version__ = "0.1.0"
