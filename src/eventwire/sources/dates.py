"""Publication dates given by the user or found in an input."""

from __future__ import annotations

import datetime as dt

from eventwire.errors import error


def published_date(value: str | dt.date | None, source: str | None = None) -> dt.date | None:
    """A publication date from YYYY-MM-DD (or a date); None stays None; anything else is error E005, naming the
    input it came from when there is one."""
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        where = f"{source}: the 'published' value" if source else "--published"
        raise error("E005", value=value, where=where) from None
