"""Benchmark: latency of each JSON API view of `eventwire serve` (issue 16) over a generated store.

    python bench/web_latency.py [--events 1000000] [--requests 40] [--out /tmp/eventwire-web-bench]

The store is generated in SQL by bench/export_speed.py's generator (5 events per article, real CAMEO/PLOVER codes,
countries and places), plus one quote per article; each view is then asked `--requests` times, cycling through a few
parameter sets, through the ASGI app in this process (FastAPI, the store opened read-only, a cursor per request: no
network in the figure). Printed as JSON: p50 and p95 in milliseconds per view; the goal is p95 < 200 ms.
"""

from __future__ import annotations

import argparse
import json
import statistics
import time
from pathlib import Path

from export_speed import generated_store  # bench/ is on sys.path when this script runs

# view -> the requests it is timed with (cycled)
VIEWS: dict[str, list[tuple[str, dict[str, object]]]] = {
    "events (first page, by day)": [("/api/events", {})],
    "events (filters: actor, PLOVER, dates)": [
        ("/api/events", {"actor": "RUS", "plover": "CONSULT", "start": "2023-03-01", "end": "2023-06-30"}),
        ("/api/events", {"country": "CHN", "quad": 4}), ("/api/events", {"root": "19", "place": "Kyiv"})],
    "events (sorted by Goldstein or source)": [("/api/events", {"sort": "goldstein", "order": "desc", "page": 2}),
                                               ("/api/events", {"sort": "source", "page": 2})],
    # asked with the `next` cursor of the page ending at row 10,000 (deep_cursors), as the page's Next button does
    "events (sorted, deep page: rows 10,000+, by cursor)": [
        ("/api/events", {"sort": "goldstein", "order": "desc"}), ("/api/events", {"sort": "source"})],
    "events (text search)": [("/api/events", {"text": "article 1234"}), ("/api/events", {"text": "text of"})],
    "events (map cell)": [("/api/events", {"south": 48, "west": 32, "north": 56, "east": 40})],
    "facets": [("/api/facets", {})],
    "stats": [("/api/stats", {})],
    "timeline (month x PLOVER)": [("/api/timeline", {"by": "month", "group": "plover"})],
    "timeline (day x quad, filtered)": [("/api/timeline", {"by": "day", "group": "quad", "actor": "USA"})],
    "dyad (RUS-USA by week, USAGOV-CHN by month)": [("/api/dyad", {"a": "RUS", "b": "USA", "by": "week"}),
                                                    ("/api/dyad", {"a": "USAGOV", "b": "CHN", "by": "month"})],
    "dyad point events": [("/api/dyad/events", {"a": "RUS", "b": "USA", "by": "month", "period": "2023-05-01",
                                                "direction": "RUS->USA"})],
    "map (zoom 2)": [("/api/map", {"zoom": 2}), ("/api/map", {"zoom": 6, "plover": "ASSAULT"})],
    "network": [("/api/network", {}), ("/api/network", {"start": "2023-02-01", "end": "2023-08-31",
                                                        "plover": ["ASSAULT", "SANCTION"]})],
    "quotes (speaker, text)": [("/api/quotes", {"speaker": "putin"}), ("/api/quotes", {"text": "sanctions 42"})],
}


def add_quotes(db: Path) -> None:
    """One quote per generated article, spoken by one of three speakers."""
    from eventwire.store.writer import connect

    con = connect(db)
    con.execute("""INSERT INTO quotes (doc_id, sentence, start, "end", text, speaker_name, speaker_country,
                                       speaker_code, cue, direct)
        SELECT doc_id, 1, 10, 60, 'We will answer the sanctions ' || right(doc_id, 3) || ' in kind',
               ['Vladimir Putin', 'Antony Blinken', 'Wang Yi'][1 + (hash(doc_id) % 3)::BIGINT],
               ['RUS', 'USA', 'CHN'][1 + (hash(doc_id) % 3)::BIGINT],
               ['RUSGOV', 'USAGOV', 'CHNGOV'][1 + (hash(doc_id) % 3)::BIGINT],
               'said', true
        FROM documents""")
    con.close()


def deep_cursors(client: object, requests: list[tuple[str, dict[str, object]]], rows: int = 10_000) -> None:
    """Give each request the `after` cursor of row `rows`, reached by following `next` 500 rows at a time."""
    for path, params in requests:
        after = None
        for _ in range(rows // 500):
            data = client.get(path, params={**params, "per_page": 500, **({"after": after} if after else {})})  # type: ignore[attr-defined]
            after = data.json()["next"]
        params["after"] = after


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def timed(client: object, requests: list[tuple[str, dict[str, object]]], n: int) -> dict[str, float]:
    """p50, p95 and max milliseconds of `n` requests cycling through `requests` (each tried once first)."""
    for path, params in requests:  # warm-up, and a check that each request works
        response = client.get(path, params=params)  # type: ignore[attr-defined]
        assert response.status_code == 200, (path, response.text)
    times = []
    for i in range(n):
        path, params = requests[i % len(requests)]
        started = time.perf_counter()
        client.get(path, params=params).raise_for_status()  # type: ignore[attr-defined]
        times.append((time.perf_counter() - started) * 1000)
    return {"p50_ms": round(statistics.median(times), 1), "p95_ms": round(percentile(times, 0.95), 1),
            "max_ms": round(max(times), 1)}


def main() -> None:
    options = argparse.ArgumentParser(description="Latency of each API view of eventwire serve.")
    options.add_argument("--events", type=int, default=1_000_000, help="events in the generated store")
    options.add_argument("--requests", type=int, default=40, help="requests per view")
    options.add_argument("--out", type=Path, default=Path("/tmp/eventwire-web-bench"), help="where the store goes")
    args = options.parse_args()
    from fastapi.testclient import TestClient

    from eventwire.web.app import create_app
    from eventwire.web.guard import Limits

    db, seconds = generated_store(args.out, args.events)
    add_quotes(db)
    articles = args.events // 5
    VIEWS["article"] = [(f"/api/articles/d{articles // 2}", {}), (f"/api/articles/d{articles // 3}", {})]
    views: dict[str, dict[str, float]] = {}
    with TestClient(create_app(db, limits=Limits(rate=0))) as client:  # no rate limit: one client, timed
        for view, requests in VIEWS.items():
            if "by cursor" in view:
                deep_cursors(client, requests)
            views[view] = timed(client, requests, args.requests)
            print(view, views[view], flush=True)
    print(json.dumps({"events": args.events, "requests_per_view": args.requests,
                      "generate_seconds": round(seconds, 1), "views": views}, indent=2))


if __name__ == "__main__":
    main()
