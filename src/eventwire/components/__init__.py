"""eventwire's spaCy components, registered as factories: actors, times, quotes, places, events, locations, claims."""

from eventwire.components import actors, claims, events, extensions, locations, places, quotes, times

__all__ = ["actors", "claims", "events", "extensions", "locations", "places", "quotes", "times"]
