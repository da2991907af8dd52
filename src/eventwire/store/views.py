"""What the web page shows, computed in DuckDB: pages of sorted events, timelines, dyad points, map clusters, quotes
search, one article with all its annotations, and the values filters can take."""

from __future__ import annotations

import base64
import datetime as dt
import json
from dataclasses import dataclass

import duckdb

from eventwire.errors import error
from eventwire.store.queries import Filters, check_words, where
from eventwire.store.relations import PAIR, PERIODS, network, pair_params
from eventwire.store.sql import DATED_EVENTS, EVENTS, as_date, contains, records

DAY = "e.dated"  # the event's day, else its article's publication date (DATED_EVENTS)
# the columns a page of events may be sorted by: name -> SQL (a whitelist: never a user's text in the SQL); ties go
# in the order the events were stored
SORTS: dict[str, str] = {
    "day": DAY, "source": "coalesce(e.source_code, e.source_country, e.source_name)",
    "target": "coalesce(e.target_code, e.target_country, e.target_name)", "cameo": "e.cameo",
    "event_type": "e.event_type", "quad_class": "e.quad_class", "goldstein": "e.goldstein",
    "confidence": "e.confidence", "place": "e.place_name", "trigger": "lower(e.trigger)",
}
GROUPS = {"plover": "coalesce(e.event_type, '(none)')", "quad": "e.quad_class::VARCHAR"}
EVENT_COLUMNS = """event_id, doc_id, day, date, source_name, source_country, source_code, cameo, cameo_name,
    event_type, quad_class, goldstein, target_name, target_country, target_code, place_name, place_country, lat, lon,
    trigger, confidence"""
MAX_PAGE = 500
MAX_OFFSET = 2_000  # rows an offset page may skip; deeper pages go by cursor (events_page)
SORT_TYPES = {"day": "DATE", "goldstein": "DOUBLE", "confidence": "DOUBLE", "quad_class": "INTEGER"}  # else VARCHAR


@dataclass
class Box:
    """A map rectangle in degrees (south, west, north, east): only events located inside it."""

    south: float
    west: float
    north: float
    east: float


def condition(con: duckdb.DuckDBPyConnection, filters: Filters, box: Box | None = None) -> tuple[str, list[object]]:
    """The WHERE condition over DATED_EVENTS for the filters (queries.where: the text filter looks words up in the
    word index) and an optional map box."""
    check_words(con, filters)
    sql, params = where(filters, DAY, "e.doc_id")
    if box is not None:
        sql += " AND e.lat BETWEEN ? AND ? AND e.lon BETWEEN ? AND ?"
        params += [box.south, box.north, box.west, box.east]
    return sql, params


def source(filters: Filters, dated: bool = False) -> str:
    """The events to query: with their `dated` day when the query needs it (a date filter, or `dated`)."""
    return DATED_EVENTS if dated or filters.start or filters.end else EVENTS


def fetch_events(con: duckdb.DuckDBPyConnection, rows: list[int]) -> list[dict[str, object]]:
    """Events by stored row (rowid), in that order, with their article's title and publication date (looked up,
    not joined: a join would scan every document). A row deleted since it was found is left out."""
    if not rows:
        return []
    found = {row.pop("stored_row"): row for row in records(
        con, f"SELECT {EVENT_COLUMNS}, rowid AS stored_row FROM events WHERE rowid = ANY(?)", [rows])}
    events = [found[row] for row in rows if row in found]
    add_titles(con, events)
    for event in events:
        event["day"] = event["day"] or event["published"]
    return events


def add_titles(con: duckdb.DuckDBPyConnection, rows: list[dict[str, object]]) -> None:
    """Give rows from articles their article's title and publication date (looked up by id, not joined)."""
    docs = sorted({str(row["doc_id"]) for row in rows})
    about = {doc_id: (title, published) for doc_id, title, published in con.execute(
        f"SELECT doc_id, title, published FROM documents WHERE doc_id IN ({', '.join('?' * len(docs))})",
        docs).fetchall()} if docs else {}
    for row in rows:
        row["title"], row["published"] = about.get(str(row["doc_id"]), (None, None))


def encode_cursor(sort: str, descending: bool, key: object, row: int) -> str:
    """The `next` cursor of a page: where it ended (the last row's sort key and stored row) and in which order."""
    value = key.isoformat() if isinstance(key, dt.date) else key
    data = json.dumps([sort, "desc" if descending else "asc", value, row], separators=(",", ":"))
    return base64.urlsafe_b64encode(data.encode()).decode().rstrip("=")


def decode_cursor(after: str, sort: str, descending: bool) -> tuple[object, int]:
    """The sort key and stored row a cursor (encode_cursor) points after; one made for another sort is E036."""
    try:
        made_for, order, key, row = json.loads(base64.urlsafe_b64decode(after + "=" * (-len(after) % 4)))
        row = int(row)
    except (ValueError, TypeError):
        raise error("E036", after=after[:80], reason="it is not a cursor this API gave") from None
    if (made_for, order) != (sort, "desc" if descending else "asc"):
        raise error("E036", after=after[:80], reason=f"it pages events sorted by {made_for} {order}")
    return key, row


def seek(column: str, cast: str, descending: bool, key: object, row: int) -> tuple[str, list[object]]:
    """The condition of the rows after (key, row) in the order `ORDER BY column [DESC] NULLS LAST, stored_row`:
    keyset paging, so page 1,000 costs what page 2 does (an OFFSET would sort and skip every row before it)."""
    if key is None:  # the cursor is among the rows without a key, which come last
        return f"({column} IS NULL AND e.stored_row > ?)", [row]
    value = f"?::{cast}"
    return (f"({column} {'<' if descending else '>'} {value} OR {column} = {value} AND e.stored_row > ? "
            f"OR {column} IS NULL)"), [key, key, row]


def events_page(con: duckdb.DuckDBPyConnection, filters: Filters, box: Box | None = None, sort: str = "day",
                descending: bool = False, page: int = 1, per_page: int = 50,
                after: str | None = None) -> dict[str, object]:
    """One page of the events matching the filters, sorted by a column of SORTS (then the order they were stored),
    the total, and `next`: the cursor of the following page (None on the last page).

    The page is either the `after` cursor's (keyset paging: any depth; `page` is then only echoed, for showing the
    rows' numbers) or the `page`-th by offset, which is bounded: one starting deeper than MAX_OFFSET rows is E037."""
    if sort not in SORTS:
        raise error("E032", what="sort column", value=sort, choices=", ".join(SORTS))
    per_page = max(1, min(int(per_page), MAX_PAGE))
    page = max(1, int(page))
    offset = 0 if after else (page - 1) * per_page
    if offset > MAX_OFFSET:
        raise error("E037", page=page, row=offset + 1, limit=MAX_OFFSET)
    sql, params = condition(con, filters, box)
    sought, values = "TRUE", []
    if after:
        sought, values = seek("sort_key", SORT_TYPES.get(sort, "VARCHAR"), descending,
                              *decode_cursor(after, sort, descending))
    order = "DESC" if descending else "ASC"
    page_sql = f"FROM hits e WHERE {sought} ORDER BY sort_key {order} NULLS LAST, e.stored_row LIMIT ? OFFSET ?"
    # only the sort key and the row travel through the sort: the page's events are fetched by row afterwards
    hits = (f"SELECT {SORTS[sort]} AS sort_key, e.stored_row FROM {source(filters, sort == 'day')} "
            f"WHERE {sql}")
    total = None
    if filters.text:  # the word look-up and its join to the events, once for the count and the page
        rows = con.execute(f"WITH hits AS MATERIALIZED ({hits}) SELECT *, (SELECT count(*) FROM hits) {page_sql}",
                           [*params, *values, per_page + 1, offset]).fetchall()
        found, total = [row[:2] for row in rows], rows[0][2] if rows else None
    else:
        found = con.execute(f"WITH hits AS ({hits}) SELECT * {page_sql}",
                            [*params, *values, per_page + 1, offset]).fetchall()
    if total is None:
        (total,) = con.execute(f"SELECT count(*) FROM {source(filters)} WHERE {sql}", params).fetchone()  # type: ignore[misc]
    shown = found[:per_page]
    following = encode_cursor(sort, descending, *shown[-1]) if len(found) > per_page else None
    return {"total": int(total), "page": page, "per_page": per_page, "sort": sort,
            "order": "desc" if descending else "asc", "next": following,
            "events": fetch_events(con, [row for _, row in shown])}


def check_period(by: str) -> None:
    if by not in PERIODS:
        raise error("E032", what="period", value=by, choices=", ".join(PERIODS))


def timeline(con: duckdb.DuckDBPyConnection, filters: Filters, by: str = "month",
             group: str = "plover") -> list[dict[str, object]]:
    """Events per period (day, week, month, year) and PLOVER type or quad class."""
    check_period(by)
    if group not in GROUPS:
        raise error("E032", what="grouping", value=group, choices=", ".join(GROUPS))
    sql, params = condition(con, filters)
    return records(con, f"""
        SELECT date_trunc('{by}', {DAY})::DATE AS period, {GROUPS[group]} AS series, count(*)::INTEGER AS events
        FROM {DATED_EVENTS} WHERE {sql} AND {DAY} IS NOT NULL
        GROUP BY ALL ORDER BY period, series""", params)


def dyad_events(con: duckdb.DuckDBPyConnection, a: str, b: str, by: str, period: str | dt.date, direction: str,
                limit: int = 100) -> dict[str, object]:
    """The events behind one point of a dyad (relations.dyad): those of the period (from its first day, one day,
    week, month or year) in the direction "A->B" or "B->A" (an event matching both ways counts as A->B, as there):
    how many, and the first `limit` by date."""
    check_period(by)
    ab, ba = pair_params(a, b), pair_params(b, a)
    if direction == f"{a}->{b}":
        pick, params = PAIR, ab
    elif direction == f"{b}->{a}":  # the same SQL both ways, with the parameters swapped
        pick, params = f"{PAIR} AND NOT {PAIR}", [*ba, *ab]
    else:
        raise error("E032", what="direction", value=direction, choices=f"{a}->{b}, {b}->{a}")
    first = as_date(period)
    sql = f"{DAY} >= ? AND {DAY} < ?::DATE + INTERVAL 1 {by} AND {pick}"
    params = [first, first, *params]
    # one scan for the count and the first events: a period's events are few enough to count in a window
    found = con.execute(
        f"SELECT e.stored_row, count(*) OVER () FROM {DATED_EVENTS} WHERE {sql} ORDER BY {DAY}, e.stored_row LIMIT ?",
        [*params, max(1, min(int(limit), MAX_PAGE))]).fetchall()
    return {"total": int(found[0][1]) if found else 0, "events": fetch_events(con, [row[0] for row in found])}


def map_clusters(con: duckdb.DuckDBPyConnection, filters: Filters, zoom: int = 2,
                 box: Box | None = None) -> list[dict[str, object]]:
    """Located events grouped into grid cells (64 degrees at zoom 0, halved at each zoom level): per cell its
    box, the events' mean position, count and most named place."""
    cell = 64.0 / 2 ** max(0, min(int(zoom), 18))
    sql, params = condition(con, filters, box)
    return records(con, f"""
        WITH located AS (
            SELECT floor(e.lat / ?) AS gy, floor(e.lon / ?) AS gx, e.lat, e.lon, e.place_name
            FROM {source(filters)}
            WHERE {sql} AND e.lat IS NOT NULL AND e.lon IS NOT NULL)
        SELECT gy * ? AS south, gx * ? AS west, (gy + 1) * ? AS north, (gx + 1) * ? AS east, avg(lat) AS lat,
               avg(lon) AS lon, count(*)::INTEGER AS events, mode(place_name) AS place
        FROM located GROUP BY gy, gx ORDER BY events DESC, gy, gx LIMIT 5000""", [cell, cell, *params, *[cell] * 4])


def network_graph(con: duckdb.DuckDBPyConnection, start: str | None = None, end: str | None = None,
                  types: list[str] | None = None, top: int = 150) -> dict[str, list[dict[str, object]]]:
    """The actor network (relations.network) as nodes and its `top` heaviest edges, for drawing."""
    graph = network(con, start, end, types)
    edges = sorted(graph.edges(data=True), key=lambda edge: (-edge[2]["weight"], edge[0], edge[1]))[:top]
    kept = {node for source, target, _ in edges for node in (source, target)}
    return {"nodes": [{"id": node, "events": graph.nodes[node]["events"]} for node in sorted(kept)],
            "edges": [{"source": source, "target": target, **data} for source, target, data in edges]}


def quotes_page(con: duckdb.DuckDBPyConnection, speaker: str | None = None, text: str | None = None,
                page: int = 1, per_page: int = 50) -> dict[str, object]:
    """Quotes whose speaker (name, code or country) and text contain the words given, the latest stored first, with
    their article's title and publication date."""
    clauses, params = ["TRUE"], []
    if speaker:
        clauses.append("(speaker_name ILIKE ? ESCAPE '\\' OR speaker_code ILIKE ? ESCAPE '\\' "
                       "OR speaker_country ILIKE ? ESCAPE '\\')")
        params += [contains(speaker)] * 3
    if text:
        clauses.append("text ILIKE ? ESCAPE '\\'")
        params.append(contains(text))
    per_page = max(1, min(int(per_page), MAX_PAGE))
    page = max(1, int(page))
    condition = " AND ".join(clauses)
    (total,) = con.execute(f"SELECT count(*) FROM quotes WHERE {condition}", params).fetchone()  # type: ignore[misc]
    rows = records(con, f"""SELECT doc_id, start, "end", text, speaker_name, speaker_country, speaker_code, cue, direct
                            FROM quotes WHERE {condition} ORDER BY rowid DESC LIMIT ? OFFSET ?""",
                   [*params, per_page, (page - 1) * per_page])
    add_titles(con, rows)
    return {"total": int(total), "page": page, "per_page": per_page, "quotes": rows}


ANNOTATIONS = ("entities", "quotes", "times", "places", "claims")


def article(con: duckdb.DuckDBPyConnection, doc_id: str) -> dict[str, object] | None:
    """One stored article with its text and every annotation (all with character offsets), or None."""
    found = records(con, "SELECT * EXCLUDE (minhash) FROM documents WHERE doc_id = ?", [doc_id])
    if not found:
        return None
    result: dict[str, object] = {"document": found[0]}
    for table in ANNOTATIONS:
        result[table] = records(con, f'SELECT * EXCLUDE (doc_id) FROM {table} WHERE doc_id = ? ORDER BY start, "end"',
                                [doc_id])
    events = records(con, 'SELECT * FROM events WHERE doc_id = ? ORDER BY start, "end", event_id', [doc_id])
    actors = records(con, "SELECT * EXCLUDE (doc_id) FROM event_actors WHERE doc_id = ? ORDER BY start", [doc_id])
    for event in events:
        event["actors"] = [actor for actor in actors if actor["event_id"] == event["event_id"]]
    result["events"] = events
    return result


def facets(con: duckdb.DuckDBPyConnection) -> dict[str, object]:
    """The values the filters can take in this store: PLOVER types, CAMEO roots, countries, and the date range."""
    def column(sql: str) -> list[object]:
        return [value for (value,) in con.execute(sql).fetchall()]

    first, last = con.execute(f"SELECT min({DAY}), max({DAY}) FROM {DATED_EVENTS}").fetchone()  # type: ignore[misc]
    return {
        "plover": column("SELECT DISTINCT event_type FROM events WHERE event_type IS NOT NULL ORDER BY 1"),
        "roots": column("SELECT DISTINCT cameo_root FROM events WHERE cameo_root IS NOT NULL ORDER BY 1"),
        "countries": column("""SELECT country FROM (SELECT source_country AS country FROM events UNION ALL
                                                   SELECT target_country FROM events)
                               WHERE country IS NOT NULL GROUP BY country ORDER BY count(*) DESC, country LIMIT 100"""),
        "first_day": first, "last_day": last,
    }
