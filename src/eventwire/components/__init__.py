"""eventwire's spaCy components, registered as factories: actors, times, quotes, events."""

from eventwire.components import actors, events, quotes, times

__all__ = ["actors", "events", "quotes", "times"]
