"""eventwire's spaCy components, registered as factories: actors, times, quotes."""

from eventwire.components import actors, quotes, times

__all__ = ["actors", "quotes", "times"]
