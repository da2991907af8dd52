"""Parquet (the full record of each event, nested) and CSV (flat) through DuckDB's own COPY, streamed from the store.

Parquet: one row per event shaped like the Event of eventwire's JSON record, with its document and counts: id,
document {id, name, url, title, published, outlet, language}, event_type, mode, context, cameo, cameo_name,
goldstein, quad_class, actor, recipient and reported_by {text, name, country, sector, code, resolved_by}, date, day,
date_source, date_text, location {name, lat, lon, country, admin1, geonameid, resolution}, sentence, trigger, start,
end, confidence, paired, hedged_by, coded_by, mentions [{sentence, trigger, start, end}], root, background,
merged_id, num_mentions, num_articles, num_sources. CSV: every column of the export query (store.EVENTS), flat.
"""

from __future__ import annotations

import duckdb

ACTOR_FIELDS = ("text", "name", "country", "sector", "code", "resolved_by")
PARTIES = {"actor": "source", "recipient": "target", "reported_by": "reporter"}


def struct(fields: dict[str, str], present: str) -> str:
    """A SQL struct of the given fields (name -> expression), NULL where `present` is NULL."""
    body = ", ".join(f"'{name}': {expression}" for name, expression in fields.items())
    return f"CASE WHEN {present} IS NULL THEN NULL ELSE {{{body}}} END"


def actor(role: str) -> str:
    return struct({f: f"{role}_{f}" for f in ACTOR_FIELDS}, f"{role}_name")


NESTED = ", ".join([
    "event_id AS id",
    "{'id': doc_id, 'name': document_name, 'url': url, 'title': title, 'published': published, 'outlet': outlet, "
    "'language': language} AS document",
    "event_type, mode, context, cameo, cameo_name, goldstein, quad_class",
    *(f"{actor(role)} AS {name}" for name, role in PARTIES.items()),
    "date, day, date_source, date_text",
    struct({"name": "place_name", "lat": "lat", "lon": "lon", "country": "place_country", "admin1": "place_admin1",
            "geonameid": "geonameid", "resolution": "place_resolution"}, "place_name") + " AS location",
    'sentence, trigger, start, "end", confidence, paired, hedged_by, coded_by',
    "coalesce(m.mentions, []) AS mentions",
    "root, background, merged_id, num_mentions, num_articles, num_sources",
])
MENTIONS = """(SELECT event_id, list({'sentence': sentence, 'trigger': trigger, 'start': start, 'end': "end"}
                                   ORDER BY sentence, start) AS mentions
               FROM event_mentions GROUP BY event_id) m"""


def copy(con: duckdb.DuckDBPyConnection, events: str, order: str, params: list[object], target: str,
         format: str) -> int:
    """COPY the events (a SELECT) to `target` as parquet (nested) or csv (flat); the number of rows written."""
    if format == "parquet":
        query = f"SELECT {NESTED} FROM ({events}) e LEFT JOIN {MENTIONS} USING (event_id) ORDER BY {order}"
        options = "FORMAT parquet"
    else:
        query = f"{events} ORDER BY {order}"
        options = "FORMAT csv, HEADER"
    path = target.replace("'", "''")
    found = con.execute(f"COPY ({query}) TO '{path}' ({options})", params).fetchone()
    return int(found[0]) if found else 0
