"""What the web page shows, computed in DuckDB: pages of sorted events, timelines, dyad points, map clusters, quotes
search, one article with all its annotations, and the values filters can take."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import duckdb

from eventwire.errors import error
from eventwire.store.queries import Filters, where
from eventwire.store.relations import PERIODS, network, side
from eventwire.store.sql import as_date, records

DAY = "coalesce(e.day, d.published)"
# the columns a page of events may be sorted by: name -> SQL (a whitelist: never a user's text in the SQL)
SORTS: dict[str, str] = {
    "day": DAY, "source": "coalesce(e.source_code, e.source_country, e.source_name)",
    "target": "coalesce(e.target_code, e.target_country, e.target_name)", "cameo": "e.cameo",
    "event_type": "e.event_type", "quad_class": "e.quad_class", "goldstein": "e.goldstein",
    "confidence": "e.confidence", "place": "e.place_name", "trigger": "lower(e.trigger)",
}
GROUPS = {"plover": "coalesce(e.event_type, '(none)')", "quad": "e.quad_class::VARCHAR"}
EVENT_COLUMNS = f"""e.event_id, e.doc_id, {DAY} AS day, e.date, e.source_name, e.source_country, e.source_code,
    e.cameo, e.cameo_name, e.event_type, e.quad_class, e.goldstein, e.target_name, e.target_country, e.target_code,
    e.place_name, e.place_country, e.lat, e.lon, e.trigger, e.confidence, d.title, d.published"""
MAX_PAGE = 500


@dataclass
class Box:
    """A map rectangle in degrees (south, west, north, east): only events located inside it."""

    south: float
    west: float
    north: float
    east: float


def condition(filters: Filters, box: Box | None = None) -> tuple[str, list[object]]:
    """The WHERE condition over `events e JOIN documents d` for the filters and an optional map box."""
    sql, params = where(filters, DAY, "d.text")
    if box is not None:
        sql += " AND e.lat BETWEEN ? AND ? AND e.lon BETWEEN ? AND ?"
        params += [box.south, box.north, box.west, box.east]
    return sql, params


def events_page(con: duckdb.DuckDBPyConnection, filters: Filters, box: Box | None = None, sort: str = "day",
                descending: bool = False, page: int = 1, per_page: int = 50) -> dict[str, object]:
    """One page of the events matching the filters, sorted by a column of SORTS (then event id), and the total."""
    if sort not in SORTS:
        raise error("E032", what="sort column", value=sort, choices=", ".join(SORTS))
    per_page = max(1, min(int(per_page), MAX_PAGE))
    page = max(1, int(page))
    sql, params = condition(filters, box)
    base = f"FROM events e JOIN documents d USING (doc_id) WHERE {sql}"
    (total,) = con.execute(f"SELECT count(*) {base}", params).fetchone()  # type: ignore[misc]
    order = "DESC" if descending else "ASC"
    rows = records(con, f"SELECT {EVENT_COLUMNS} {base} ORDER BY {SORTS[sort]} {order} NULLS LAST, e.event_id "
                        "LIMIT ? OFFSET ?", [*params, per_page, (page - 1) * per_page])
    return {"total": int(total), "page": page, "per_page": per_page, "sort": sort,
            "order": "desc" if descending else "asc", "events": rows}


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
        FROM events e JOIN documents d USING (doc_id) WHERE {sql} AND {DAY} IS NOT NULL
        GROUP BY ALL ORDER BY period, series""", params)


def dyad_events(con: duckdb.DuckDBPyConnection, a: str, b: str, by: str, period: str | dt.date,
                direction: str) -> list[dict[str, object]]:
    """The events behind one point of a dyad (relations.dyad): those of the period in the direction "A->B" or
    "B->A" (an event matching both ways counts as A->B, as there)."""
    check_period(by)
    pair = f"({side('source')} AND {side('target')})"  # the same SQL both ways, with the parameters swapped
    ab, ba = [a] * 5 + [b] * 5, [b] * 5 + [a] * 5
    if direction == f"{a}->{b}":
        pick, params = pair, ab
    elif direction == f"{b}->{a}":
        pick, params = f"{pair} AND NOT {pair}", [*ba, *ab]
    else:
        raise error("E032", what="direction", value=direction, choices=f"{a}->{b}, {b}->{a}")
    return records(con, f"""
        SELECT {EVENT_COLUMNS} FROM events e JOIN documents d USING (doc_id)
        WHERE date_trunc('{by}', {DAY})::DATE = ? AND {pick}
        ORDER BY {DAY}, e.event_id LIMIT {MAX_PAGE}""", [as_date(period), *params])


def map_clusters(con: duckdb.DuckDBPyConnection, filters: Filters, zoom: int = 2,
                 box: Box | None = None) -> list[dict[str, object]]:
    """Located events grouped into grid cells (64 degrees at zoom 0, halved at each zoom level): per cell its
    box, the events' mean position, count and most named place."""
    cell = 64.0 / 2 ** max(0, min(int(zoom), 18))
    sql, params = condition(filters, box)
    return records(con, f"""
        WITH located AS (
            SELECT floor(e.lat / ?) AS gy, floor(e.lon / ?) AS gx, e.lat, e.lon, e.place_name
            FROM events e JOIN documents d USING (doc_id)
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
    """Quotes whose speaker (name, code or country) and text contain the words given, newest articles first."""
    clauses, params = ["TRUE"], []
    if speaker:
        clauses.append("(q.speaker_name ILIKE ? OR q.speaker_code ILIKE ? OR q.speaker_country ILIKE ?)")
        params += [f"%{speaker}%"] * 3
    if text:
        clauses.append("q.text ILIKE ?")
        params.append(f"%{text}%")
    per_page = max(1, min(int(per_page), MAX_PAGE))
    page = max(1, int(page))
    base = f"FROM quotes q JOIN documents d USING (doc_id) WHERE {' AND '.join(clauses)}"
    (total,) = con.execute(f"SELECT count(*) {base}", params).fetchone()  # type: ignore[misc]
    rows = records(con, f"""SELECT q.doc_id, q.start, q."end", q.text, q.speaker_name, q.speaker_country,
                                   q.speaker_code, q.cue, q.direct, d.title, d.published
                            {base} ORDER BY d.published DESC NULLS LAST, q.doc_id, q.start LIMIT ? OFFSET ?""",
                   [*params, per_page, (page - 1) * per_page])
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

    first, last = con.execute(f"SELECT min({DAY}), max({DAY}) FROM events e JOIN documents d USING (doc_id)"
                              ).fetchone()  # type: ignore[misc]
    return {
        "plover": column("SELECT DISTINCT event_type FROM events WHERE event_type IS NOT NULL ORDER BY 1"),
        "roots": column("SELECT DISTINCT cameo_root FROM events WHERE cameo_root IS NOT NULL ORDER BY 1"),
        "countries": column("""SELECT country FROM (SELECT source_country AS country FROM events UNION ALL
                                                   SELECT target_country FROM events)
                               WHERE country IS NOT NULL GROUP BY country ORDER BY count(*) DESC, country LIMIT 100"""),
        "first_day": first, "last_day": last,
    }
