"""Small helpers every store query uses: rows as dicts, dates from filters, events with the day they are dated by."""

from __future__ import annotations

import datetime as dt

import duckdb

from eventwire.errors import error

# events (as `e`) with `dated`: their own day, else their article's publication date, and `stored_row` (their
# rowid, a cheap tie-break for sorting). Only the events without a day are joined to their documents (and only those
# documents are read), so a query over a million events does not pay a join it does not need.
DATED_EVENTS = """(SELECT e.*, e.rowid AS stored_row, e.day AS dated FROM events e WHERE e.day IS NOT NULL
    UNION ALL
    SELECT u.*, d.published AS dated
    FROM (SELECT *, rowid AS stored_row FROM events WHERE day IS NULL) u
    JOIN (SELECT doc_id, published FROM documents
          WHERE doc_id IN (SELECT doc_id FROM events WHERE day IS NULL)) d USING (doc_id)) e"""
# the same events with `stored_row` only, for queries that need no date
EVENTS = "(SELECT *, rowid AS stored_row FROM events) e"


def contains(value: str) -> str:
    """An ILIKE pattern (with ESCAPE '\\') matching `value` anywhere, its % and _ taken literally."""
    return "%" + value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


def as_date(value: str | dt.date) -> dt.date:
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise error("E005", where="filter", value=value) from None


def require(con: duckdb.DuckDBPyConnection, table: str, index: str, what: str) -> None:
    """An index table a query reads (words, dyad_days) is built when a store made before it is next opened for
    writing (schema.create); read-only until then, such a query is error E038."""
    if not con.execute("SELECT count(*) FROM duckdb_tables() WHERE table_name = ? AND schema_name = 'main'",
                       [table]).fetchone()[0]:  # type: ignore[index]
        raise error("E038", index=index, what=what)


def records(con: duckdb.DuckDBPyConnection, sql: str, params: list[object] | None = None) -> list[dict[str, object]]:
    """The rows of a query as dicts keyed by column name."""
    cursor = con.execute(sql, params or [])
    names = [column[0] for column in cursor.description]
    return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]
