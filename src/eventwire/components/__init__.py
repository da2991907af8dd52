"""eventwire's spaCy components, registered as factories: sentences, known_lemmas, actors, times, quotes, places,
events, locations, happenings, claims."""

from eventwire.components import (
    actors,
    claims,
    events,
    extensions,
    happenings,
    lemmas,
    locations,
    places,
    quotes,
    sentences,
    times,
)

__all__ = ["actors", "claims", "events", "extensions", "happenings", "lemmas", "locations", "places", "quotes",
           "sentences", "times"]
