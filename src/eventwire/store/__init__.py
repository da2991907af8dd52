"""The corpus store: a DuckDB file of documents, events and annotations (schema), written in batches (writer),
read through Corpus (queries)."""

from eventwire.store.queries import Corpus, Filters
from eventwire.store.writer import Store, Tally

__all__ = ["Corpus", "Filters", "Store", "Tally"]
