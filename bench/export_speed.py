"""Benchmark: export time per million events, every format (issue 14), on a generated store.

    python bench/export_speed.py [--events 200000] [--out /tmp/eventwire-export-bench]

The store is generated in SQL with eventwire's schema (5 events per article, two actors each, three entities per
article, real CAMEO/PLOVER codes and countries), so the figures measure the writers, not extraction. Printed as
JSON: seconds for the generated store and per million events, and peak memory; quote them with this command.
"""

from __future__ import annotations

import argparse
import json
import resource
import shutil
import time
from pathlib import Path

CODES = [("040", "CONSULT", 1.0, 1), ("051", "SUPPORT", 3.4, 1), ("111", "ACCUSE", -2.0, 3),
         ("172", "SANCTION", -5.0, 4), ("190", "ASSAULT", -10.0, 4), ("070", "AID", 7.0, 2)]
ACTORS = [("Russia", "RUS", "RUSGOV"), ("United States", "USA", "USAGOV"), ("China", "CHN", "CHNGOV"),
          ("Ukraine", "UKR", "UKRMIL"), ("Iran", "IRN", "IRNGOV"), ("European Union", None, "IGOEUREEC")]
PLACES = [("Moscow", 55.75, 37.62, "RUS", "48", 524901, "city"), ("Kyiv", 50.45, 30.52, "UKR", "12", 703448, "city"),
          ("Beijing", 39.91, 116.40, "CHN", "22", 1816670, "city"), (None, None, None, None, None, None, None)]


def literal(rows: list[tuple]) -> str:
    """A DuckDB list of structs from Python tuples, for indexing by row number."""
    def value(v: object) -> str:
        return "NULL" if v is None else repr(v) if not isinstance(v, str) else "'" + v.replace("'", "''") + "'"
    return "[" + ", ".join("(" + ", ".join(value(v) for v in row) + ")" for row in rows) + "]"


def generate(db: Path, events: int) -> None:
    from eventwire.store.schema import index_dyads, index_words
    from eventwire.store.writer import connect

    con = connect(db)
    articles = events // 5
    con.execute(f"""INSERT INTO documents (doc_id, name, source, outlet, url, title, published, language, status,
                                           text, hash, chars, events, run_id, ingested_at)
        SELECT 'd' || i, 'article ' || i, 'feed.xml#' || i, 'outlet' || (i % 50) || '.example',
               'https://outlet' || (i % 50) || '.example/' || i, 'Title ' || i, DATE '2023-01-01' + (i % 365)::INT,
               'en', 'coded', 'Text of article ' || i, md5(i::VARCHAR), 600, 5, 1, now()
        FROM range({articles}) t(i)""")
    index_words(con)  # the word index the writer keeps (for the text filter)
    con.execute(f"""INSERT INTO events
        WITH g AS (SELECT i, {literal(CODES)}[1 + i % {len(CODES)}] AS c,
                          {literal(ACTORS)}[1 + i % {len(ACTORS)}] AS s,
                          {literal(ACTORS)}[1 + (i * 7 + 1) % {len(ACTORS)}] AS t,
                          {literal(PLACES)}[1 + i % {len(PLACES)}] AS p FROM range({events}) r(i))
        SELECT 'd' || (i // 5) || ':e' || (i % 5), 'd' || (i // 5), 'd' || (i // 5) || ':e' || (i % 5), i % 10,
               40 * (i % 5), 40 * (i % 5) + 5, 'met', c[1], left(c[1], 2), 'name', c[2], NULL, NULL, c[3], c[4],
               s[1], s[2], s[3], t[1], t[2], t[3], (DATE '2023-01-01' + ((i // 5) % 365)::INT)::VARCHAR,
               DATE '2023-01-01' + ((i // 5) % 365)::INT, 'text', 'on Monday', p[1], p[2], p[3], p[4], p[5], p[6],
               p[7], 0.8, 'verb pattern', i % 5 = 0, false, false, NULL, 1
        FROM g""")
    con.execute("""INSERT INTO event_actors
        SELECT event_id, doc_id, role, name, name, country, 'GOV', code, 'dictionary', start, "end"
        FROM (SELECT event_id, doc_id, 'source' AS role, source_name AS name, source_country AS country,
                     source_code AS code, start, "end" FROM events UNION ALL
              SELECT event_id, doc_id, 'target', target_name, target_country, target_code, start, "end" FROM events)""")
    con.execute("""INSERT INTO entities (doc_id, sentence, start, "end", text, label)
        SELECT doc_id, 0, 0, 6, unnest(['Putin', 'Kremlin', 'Moscow']), unnest(['PER', 'ORG', 'LOC'])
        FROM documents""")
    index_dyads(con)  # the dyad summary the writer keeps
    con.close()


def generated_store(out: Path, events: int) -> tuple[Path, float]:
    """A fresh folder `out` holding a generated store of `events` events: its path and the seconds it took."""
    shutil.rmtree(out, ignore_errors=True)
    out.mkdir(parents=True)
    db = out / "generated.duckdb"
    started = time.perf_counter()
    generate(db, events)
    return db, time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--events", type=int, default=200_000)
    parser.add_argument("--out", type=Path, default=Path("/tmp/eventwire-export-bench"))
    args = parser.parse_args()
    from eventwire.export import FORMATS, export

    db, seconds = generated_store(args.out, args.events)
    figures: dict[str, object] = {"events": args.events, "generate_seconds": round(seconds, 1)}
    for name in FORMATS:
        started = time.perf_counter()
        written = export(db, name, args.out / f"events.{name}")
        seconds = time.perf_counter() - started
        figures[name] = {"rows": written, "seconds": round(seconds, 1),
                         "seconds_per_million_events": round(seconds / args.events * 1e6, 1),
                         "mb": round((args.out / f"events.{name}").stat().st_size / 1e6, 1)}
    figures["peak_rss_mb"] = round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
