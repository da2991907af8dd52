"""eventwire's spaCy components, registered as factories: actors, times, quotes, places, events, claims."""

from eventwire.components import actors, events, places, quotes, times

__all__ = ["actors", "events", "places", "quotes", "times"]
