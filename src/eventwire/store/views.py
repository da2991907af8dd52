"""What the web page shows, computed in DuckDB: pages of sorted events, timelines, dyad points, map clusters, quotes
search, one article with all its annotations, and the values filters can take."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace

import duckdb

from eventwire.errors import error
from eventwire.store.queries import Filters, where
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


@dataclass
class Box:
    """A map rectangle in degrees (south, west, north, east): only events located inside it."""

    south: float
    west: float
    north: float
    east: float


def condition(filters: Filters, box: Box | None = None) -> tuple[str, list[object]]:
    """The WHERE condition over DATED_EVENTS for the filters and an optional map box; words in the article's text
    are looked up in the documents first, so only a text filter touches them."""
    sql, params = where(replace(filters, text=None), DAY, "NULL")
    if filters.text:
        sql += " AND e.doc_id IN (SELECT doc_id FROM documents WHERE text ILIKE ? ESCAPE '\\')"
        params.append(contains(filters.text))
    if box is not None:
        sql += " AND e.lat BETWEEN ? AND ? AND e.lon BETWEEN ? AND ?"
        params += [box.south, box.north, box.west, box.east]
    return sql, params


def source(filters: Filters, dated: bool = False) -> str:
    """The events to query: with their `dated` day when the query needs it (a date filter, or `dated`)."""
    return DATED_EVENTS if dated or filters.start or filters.end else EVENTS


def fetch_events(con: duckdb.DuckDBPyConnection, ids: list[str]) -> list[dict[str, object]]:
    """Events by id, in that order, with their article's title and publication date (two index lookups: a join
    would scan every document)."""
    if not ids:
        return []
    found = {row["event_id"]: row for row in records(
        con, f"SELECT {EVENT_COLUMNS} FROM events WHERE event_id IN ({', '.join('?' * len(ids))})", ids)}
    rows = [found[event_id] for event_id in ids]
    add_titles(con, rows)
    for row in rows:
        row["day"] = row["day"] or row["published"]
    return rows


def add_titles(con: duckdb.DuckDBPyConnection, rows: list[dict[str, object]]) -> None:
    """Give rows from articles their article's title and publication date (looked up by id, not joined)."""
    docs = sorted({str(row["doc_id"]) for row in rows})
    about = {doc_id: (title, published) for doc_id, title, published in con.execute(
        f"SELECT doc_id, title, published FROM documents WHERE doc_id IN ({', '.join('?' * len(docs))})",
        docs).fetchall()} if docs else {}
    for row in rows:
        row["title"], row["published"] = about.get(str(row["doc_id"]), (None, None))


def events_page(con: duckdb.DuckDBPyConnection, filters: Filters, box: Box | None = None, sort: str = "day",
                descending: bool = False, page: int = 1, per_page: int = 50) -> dict[str, object]:
    """One page of the events matching the filters, sorted by a column of SORTS (then event id), and the total."""
    if sort not in SORTS:
        raise error("E032", what="sort column", value=sort, choices=", ".join(SORTS))
    per_page = max(1, min(int(per_page), MAX_PAGE))
    page = max(1, int(page))
    sql, params = condition(filters, box)
    (total,) = con.execute(f"SELECT count(*) FROM {source(filters)} WHERE {sql}", params).fetchone()  # type: ignore[misc]
    order = "DESC" if descending else "ASC"
    ids = [event_id for (event_id,) in con.execute(
        f"SELECT e.event_id FROM {source(filters, sort == 'day')} WHERE {sql} "
        f"ORDER BY {SORTS[sort]} {order} NULLS LAST, e.stored_row LIMIT ? OFFSET ?",
        [*params, per_page, (page - 1) * per_page]).fetchall()]
    return {"total": int(total), "page": page, "per_page": per_page, "sort": sort,
            "order": "desc" if descending else "asc", "events": fetch_events(con, ids)}


def check_period(by: str) -> None:
    if by not in PERIODS:
        raise error("E032", what="period", value=by, choices=", ".join(PERIODS))


def timeline(con: duckdb.DuckDBPyConnection, filters: Filters, by: str = "month",
             group: str = "plover") -> list[dict[str, object]]:
    """Events per period (day, week, month, year) and PLOVER type or quad class."""
    check_period(by)
    if group not in GROUPS:
        raise error("E032", what="grouping", value=group, choices=", ".join(GROUPS))
    sql, params = condition(filters)
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
    (total,) = con.execute(f"SELECT count(*) FROM {DATED_EVENTS} WHERE {sql}", params).fetchone()  # type: ignore[misc]
    ids = [event_id for (event_id,) in con.execute(
        f"SELECT e.event_id FROM {DATED_EVENTS} WHERE {sql} ORDER BY {DAY}, e.stored_row LIMIT ?",
        [*params, max(1, min(int(limit), MAX_PAGE))]).fetchall()]
    return {"total": int(total), "events": fetch_events(con, ids)}


def map_clusters(con: duckdb.DuckDBPyConnection, filters: Filters, zoom: int = 2,
                 box: Box | None = None) -> list[dict[str, object]]:
    """Located events grouped into grid cells (64 degrees at zoom 0, halved at each zoom level): per cell its
    box, the events' mean position, count and most named place."""
    cell = 64.0 / 2 ** max(0, min(int(zoom), 18))
    sql, params = condition(filters, box)
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
