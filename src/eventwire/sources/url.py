"""URLs as locations: not fetched yet (corpus ingest will fetch them), so they are refused with a clear error."""

from __future__ import annotations

from collections.abc import Iterator

from eventwire.errors import error
from eventwire.sources.registry import Input, register_location

SCHEMES = ("http://", "https://")


@register_location(lambda location: location.lower().startswith(SCHEMES))
def read_url(location: str) -> Iterator[Input]:
    raise error("E016", source=location)
