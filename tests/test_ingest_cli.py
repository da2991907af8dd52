"""`eventwire ingest`, `events` and `stats` end to end: a real CLI process on two worker processes, checked against
an ingest in this process with one."""

from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import duckdb
import networkx

from eventwire.ingest import ingest

ARTICLES = {
    "summit.txt": "Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow on Tuesday.",
    "protest.txt": "Thousands of protesters marched in Paris on Saturday against the pension reform.\n\n"
                   "Police fired tear gas at protesters near the Place de la Concorde.",
    "talks.json": json.dumps({"text": "Japan and South Korea agreed on Monday to resume regular visits by their "
                              "leaders, the foreign ministry in Tokyo said.", "published": "2023-03-20"}),
    "nested/sanctions.txt": "The European Union imposed new sanctions on Iran on Thursday over drone deliveries "
                            "to Russia.",
}


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "eventwire.cli", *args], capture_output=True, text=True,
                          timeout=600)


def corpus_folder(tmp_path: Path) -> Path:
    folder = tmp_path / "news"
    for name, text in ARTICLES.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return folder


def coded(db: Path) -> set[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return set(con.execute("SELECT doc_id, cameo, source_name, target_name, start, \"end\" FROM events")
                   .fetchall())


def test_ingest_events_and_stats_from_the_command_line(extractor, tmp_path):
    folder = corpus_folder(tmp_path)
    db = tmp_path / "cli.duckdb"
    done = cli("ingest", str(folder), "--db", str(db), "--workers", "2", "--published", "2023-03-21")
    assert done.returncode == 0, done.stderr
    assert "coded" in done.stderr and "documents/s" in done.stderr
    alone = tmp_path / "alone.duckdb"
    ingest([str(folder)], alone, published="2023-03-21", model=extractor.nlp)
    assert coded(db) == coded(alone) != set(), "two workers code exactly what one does"

    listed = cli("events", "--db", str(db), "--format", "json")
    assert listed.returncode == 0, listed.stderr
    events = [json.loads(line) for line in listed.stdout.splitlines()]
    assert len(events) == len(coded(db))
    as_csv = list(csv.DictReader(io.StringIO(cli("events", "--db", str(db), "--format", "csv").stdout)))
    assert [row["event_id"] for row in as_csv] == [e["event_id"] for e in events]
    country = next(e["source_country"] for e in events if e["source_country"])
    some = [json.loads(line) for line in cli("events", "--db", str(db), "--country", country, "--format",
                                             "json").stdout.splitlines()]
    assert some and all(country in (e["source_country"], e["target_country"]) for e in some)

    stats = json.loads(cli("stats", "--db", str(db), "--json").stdout)
    assert stats["documents"] == [{"status": "coded", "documents": len(ARTICLES)}]
    report = cli("ingest", "--report", "--db", str(db))
    assert report.returncode == 0 and "finished" in report.stderr

    a, b = next((e["source_country"], e["target_country"]) for e in events
                if e["source_country"] and e["target_country"] and e["source_country"] != e["target_country"])
    periods = list(csv.DictReader(io.StringIO(cli("dyad", a, b, "--db", str(db), "--format", "csv").stdout)))
    assert periods and {p["direction"] for p in periods} <= {f"{a}->{b}", f"{b}->{a}"}
    chart = cli("dyad", a, b, "--db", str(db))
    assert chart.returncode == 0 and f"{a} -> {b}" in chart.stdout
    graphml = tmp_path / "actors.graphml"
    assert cli("network", "--db", str(db), "--graphml", str(graphml)).returncode == 0
    assert networkx.read_graphml(graphml).number_of_edges() > 0


def test_a_missing_store_is_a_clear_error(tmp_path):
    done = cli("events", "--db", str(tmp_path / "nowhere.duckdb"))
    assert done.returncode == 2
    assert "E031" in done.stderr and "eventwire ingest" in done.stderr
    assert not (tmp_path / "nowhere.duckdb").exists()
