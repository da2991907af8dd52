"""eventwire's spaCy components, registered as factories: actors, times, quotes, places, events, claims."""

from eventwire.components import actors, claims, events, places, quotes, times

__all__ = ["actors", "claims", "events", "places", "quotes", "times"]
