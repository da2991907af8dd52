"""Small helpers every store query uses: rows as dicts, dates from filters, events with the day they are dated by."""

from __future__ import annotations

import datetime as dt

import duckdb

from eventwire.errors import error

# events (as `e`) with `dated`: their own day, else their article's publication date. Only the events without a day
# are joined to their documents, so a query over a million events does not pay a join it does not need.
DATED_EVENTS = """(SELECT e.*, e.day AS dated FROM events e WHERE e.day IS NOT NULL
    UNION ALL
    SELECT e.*, d.published AS dated FROM events e JOIN documents d USING (doc_id) WHERE e.day IS NULL) e"""


def as_date(value: str | dt.date) -> dt.date:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise error("E005", where="filter", value=value) from None


def records(con: duckdb.DuckDBPyConnection, sql: str, params: list[object] | None = None) -> list[dict[str, object]]:
    """The rows of a query as dicts keyed by column name."""
    cursor = con.execute(sql, params or [])
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
