"""eventwire's spaCy components, registered as factories: sentences, parse_repairs, known_lemmas, actors, times,
quotes, places, events, locations, happenings, claims."""

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
    repairs,
    sentences,
    times,
)

__all__ = ["actors", "claims", "events", "extensions", "happenings", "lemmas", "locations", "places", "quotes",
           "repairs", "sentences", "times"]
