"""The corpus store on real DuckDB files: rows traced to their words, re-ingest, replacement, copies, merged events,
failures, filters, and a SIGKILL part-way through an ingest."""

from __future__ import annotations

import json
import os
import shutil
import signal
import subprocess
import sys
import textwrap
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow as pa
import pytest

from eventwire.ingest import ingest
from eventwire.store import Corpus
from eventwire.store.schema import PER_DOCUMENT

SUMMIT = ("MOSCOW, March 21 (Wire) - Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow on "
          "Tuesday. \"We agreed to deepen our partnership,\" Putin told reporters after the talks. Ukraine's foreign "
          "ministry condemned the meeting on Wednesday. The two leaders will meet again in Beijing in October.")
RETOLD = ("Chinese leader Xi Jinping was in Moscow this week. On Tuesday, Russian President Vladimir Putin met Chinese "
          "President Xi Jinping at the Kremlin, officials said. Kyiv condemned the meeting.")
LATER = "Russian President Vladimir Putin met Chinese President Xi Jinping in Beijing on Tuesday."
GERMAN = ("Die Bundesregierung hat am Montag neue Sanktionen gegen Russland beschlossen, wie ein Sprecher des "
          "Auswärtigen Amtes in Berlin mitteilte. Die Maßnahmen sollen noch in dieser Woche in Kraft treten.")


def article(folder: Path, name: str, text: str, published: str, url: str | None = None) -> Path:
    path = folder / f"{name}.json"
    path.write_text(json.dumps({"text": text, "published": published, "url": url, "title": name}), encoding="utf-8")
    return path


def rows(db: Path, sql: str) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql).fetchall()


@pytest.fixture(scope="module")
def summit_db(extractor, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("summit")
    paths = [article(folder, "summit", SUMMIT, "2023-03-21", "https://wire.example/summit"),
             article(folder, "retold", RETOLD, "2023-03-22", "https://paper.example/retold"),
             article(folder, "later", LATER, "2023-10-18", "https://wire.example/later")]
    db = folder / "corpus.duckdb"
    ingest([str(p) for p in paths], db, model=extractor.nlp)
    return db


def test_every_row_points_back_to_its_words(summit_db):
    texts = dict(rows(summit_db, "SELECT doc_id, text FROM documents"))
    assert len(texts) == 3
    spans = {
        "events": "trigger", "event_mentions": "trigger", "entities": "text", "quotes": "text", "times": "text",
        "places": "text", "claims": "text",
    }
    for table, column in spans.items():
        for doc_id, start, end, words in rows(summit_db, f'SELECT doc_id, start, "end", {column} FROM {table}'):
            assert texts[doc_id][start:end] == words, (table, words)
    for doc_id, start, end, words in rows(summit_db, 'SELECT doc_id, start, "end", text FROM event_actors '
                                          "WHERE start IS NOT NULL"):
        assert texts[doc_id][start:end] == words
    for table in PER_DOCUMENT:
        orphans = rows(summit_db, f"SELECT count(*) FROM {table} WHERE doc_id NOT IN (SELECT doc_id FROM documents)")
        assert orphans == [(0,)], table
    assert rows(summit_db, "SELECT count(*) FROM events")[0][0] > 0
    assert rows(summit_db, "SELECT count(*) FROM event_actors WHERE role = 'source'")[0][0] == rows(
        summit_db, "SELECT count(*) FROM events WHERE source_name IS NOT NULL")[0][0]


def test_reports_of_one_happening_are_merged_and_counted(summit_db):
    # the rule, checked on whatever was coded: same source, target and CAMEO root, days at most one apart, places
    # agreeing where both have one, in different articles -> one happening
    events = rows(summit_db, """SELECT event_id, doc_id, merged_id, coalesce(source_code, source_name),
                                       coalesce(target_code, target_name, ''), cameo_root, day, geonameid
                                FROM events ORDER BY event_id""")
    by_id = {e[0]: e for e in events}
    for event in events:
        root = by_id[event[2]]
        assert root[2] == root[0], "a merged_id names the first report, itself unmerged"
        if root[0] != event[0]:
            assert root[1] != event[1] and root[3:6] == event[3:6] and abs((root[6] - event[6]).days) <= 1
            assert root[7] is None or event[7] is None or root[7] == event[7]
    merged = rows(summit_db, "SELECT num_articles, num_sources, num_mentions FROM merged_events "
                  "WHERE cameo_root = '04' AND num_articles > 1")
    assert merged, "the Putin-Xi meeting told by two papers is one happening"
    assert all(articles == 2 and sources == 2 and mentions >= 2 for articles, sources, mentions in merged)
    october = rows(summit_db, "SELECT e.merged_id = e.event_id FROM events e JOIN documents d USING (doc_id) "
                   "WHERE d.name = 'later'")
    assert october and all(alone for (alone,) in october), "a meeting seven months later is another happening"


def test_same_text_adds_nothing_and_a_new_text_at_the_same_url_replaces_the_old(extractor, tmp_path):
    path = article(tmp_path, "a", SUMMIT, "2023-03-21", "https://wire.example/a")
    db = tmp_path / "c.duckdb"
    first = ingest([str(path)], db, model=extractor.nlp)
    again = ingest([str(path)], db, model=extractor.nlp)
    assert (first.tally.coded, again.tally.coded, again.tally.unchanged) == (1, 0, 1)
    before = rows(db, "SELECT doc_id FROM documents")
    corrected = SUMMIT.replace("Ukraine's foreign ministry condemned", "Ukraine's foreign ministry criticised")
    article(tmp_path, "a", corrected, "2023-03-21", "https://wire.example/a")
    fixed = ingest([str(path)], db, model=extractor.nlp)
    assert fixed.tally.replaced == 1
    after = rows(db, "SELECT doc_id, text FROM documents")
    assert len(after) == 1 and after[0][1] == corrected and after[0][0] != before[0][0]
    for table in PER_DOCUMENT:
        assert rows(db, f"SELECT count(*) FROM {table} WHERE doc_id <> '{after[0][0]}'") == [(0,)], table
    assert rows(db, "SELECT sum(events) FROM dyad_days") == rows(db, "SELECT count(*) FROM events")  # replaced too
    assert rows(db, "SELECT count(*) FROM runs WHERE finished IS NOT NULL") == [(3,)]


BACKGROUND = ("Russia and China declared a partnership with no limits in February 2022, weeks before Russian troops "
              "entered Ukraine. Trade between the two countries reached a record last year, driven by Russian oil and "
              "gas sold at a discount, and Chinese cars and machinery shipped across the border. Western governments "
              "have warned Beijing against supplying weapons to Moscow, and China has said it does not.")


def test_wire_copies_are_linked_to_the_first(extractor, tmp_path):
    wire = f"{SUMMIT}\n\n{BACKGROUND}"
    copy = "UPDATED - " + wire.replace("told reporters", "told journalists")
    paths = [article(tmp_path, "first", wire, "2023-03-21"), article(tmp_path, "copy", copy, "2023-03-21"),
             article(tmp_path, "other", RETOLD, "2023-03-22")]
    db = tmp_path / "c.duckdb"
    summary = ingest([str(p) for p in paths], db, model=extractor.nlp)
    assert summary.tally.copies == 1
    found = dict(rows(db, "SELECT name, copy_of FROM documents"))
    first_id = rows(db, "SELECT doc_id FROM documents WHERE name = 'first'")[0][0]
    assert found == {"first": None, "copy": first_id, "other": None}


def test_inputs_that_give_no_article_are_kept_with_the_reason_and_retried(extractor, tmp_path):
    german = article(tmp_path, "german", GERMAN, "2023-03-21")
    broken = tmp_path / "broken.json"
    broken.write_text('{"text": ', encoding="utf-8")
    db = tmp_path / "c.duckdb"
    summary = ingest([str(german), str(broken)], db, model=extractor.nlp)
    assert (summary.tally.skipped, summary.tally.failed, summary.tally.coded) == (1, 1, 0)
    kept = {status: (language, reason) for status, language, reason in rows(
        db, "SELECT status, language, reason FROM documents")}
    assert kept["skipped"][0] == "de" and "E004" in kept["skipped"][1]
    assert "E008" in kept["failed"][1] and str(broken) in kept["failed"][1]
    broken.write_text(json.dumps({"text": SUMMIT, "published": "2023-03-21"}), encoding="utf-8")
    ingest([str(broken)], db, model=extractor.nlp)
    assert sorted(rows(db, "SELECT status FROM documents")) == [("coded",), ("skipped",)]


def test_corpus_filters_and_outputs(summit_db):
    with Corpus(summit_db) as corpus:
        everything = corpus.events("pandas")
        assert isinstance(everything, pd.DataFrame) and len(everything) > 0
        assert isinstance(corpus.events("arrow"), pa.Table)
        assert isinstance(corpus.events(), duckdb.DuckDBPyRelation)
        country = everything["source_country"].dropna().iloc[0]
        found = corpus.events("records", country=country)
        assert found and all(country in (e["source_country"], e["target_country"]) for e in found)
        march = corpus.events("records", start="2023-03-01", end="2023-03-31")
        assert march and all(str(e["day"] or e["published"]).startswith("2023-03") for e in march)
        assert len(march) < len(everything)
        meetings = corpus.events("records", root="4")
        assert meetings and {e["cameo_root"] for e in meetings} == {"04"}
        assert corpus.events("records", text="Beijing") != []
        assert corpus.events("records", text="no such words anywhere") == []
        assert len(corpus.documents("records")) == 3
        stats = corpus.stats()
        assert stats["documents"] == [{"status": "coded", "documents": 3}]
        assert sum(d["events"] for d in stats["days"]) == int(everything["day"].notna().sum())


KILLED_INGEST = textwrap.dedent("""
    import sys
    from eventwire.ingest import ingest
    ingest([sys.argv[1]], sys.argv[2], batch_size=16,
           progress=lambda tally: print(tally.read, flush=True))
""")

ACTORS = ["Russia", "China", "Ukraine", "France", "Germany", "Japan", "India", "Brazil", "Kenya", "Egypt"]
VERBS = ["criticized", "praised", "met", "accused", "thanked", "warned", "visited", "condemned"]


def test_an_ingest_killed_part_way_goes_on_where_it_stopped(extractor, tmp_path):
    folder = tmp_path / "news"
    folder.mkdir()
    total = 2000
    for n in range(total):
        a, b, verb = ACTORS[n % 10], ACTORS[(n // 10) % 10], VERBS[(n // 100) % 8]
        (folder / f"{n:04d}.txt").write_text(
            f"{a} {verb} {b} on Monday, officials said in report number {n}.\n", encoding="utf-8")
    db = tmp_path / "c.duckdb"
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
    child = subprocess.Popen([sys.executable, "-c", KILLED_INGEST, str(folder), str(db)], stdout=subprocess.PIPE,
                             text=True, env=env)
    assert child.stdout is not None
    for line in child.stdout:
        if int(line) >= 300:
            break
    child.send_signal(signal.SIGKILL)
    child.wait()
    stored = rows(db, "SELECT count(*) FROM documents")[0][0]
    assert 300 <= stored < total, "killed part-way, with committed batches kept"
    assert rows(db, "SELECT count(*) FROM runs WHERE finished IS NULL") == [(1,)]
    summary = ingest([str(folder)], db, model=extractor.nlp, batch_size=64)
    assert summary.tally.unchanged == stored and summary.tally.coded == total - stored
    assert rows(db, "SELECT count(*), count(DISTINCT text) FROM documents WHERE status = 'coded'") == [(total, total)]
    assert rows(db, "SELECT count(*) FROM events WHERE doc_id NOT IN (SELECT doc_id FROM documents)") == [(0,)]
    assert rows(db, "SELECT sum(events) FROM documents")[0][0] == rows(db, "SELECT count(*) FROM events")[0][0]


def test_dyad_counts_each_direction_per_period(summit_db):
    pairs = rows(summit_db, "SELECT source_country, target_country, count(*) FROM events "
                 "WHERE source_country IS NOT NULL AND target_country IS NOT NULL AND source_country <> target_country "
                 "GROUP BY ALL ORDER BY 3 DESC")
    assert pairs, "the summit articles have events between two countries"
    a, b = pairs[0][0], pairs[0][1]
    expected = {f"{x}->{y}": n for x, y, n in pairs if {x, y} == {a, b}}
    with Corpus(summit_db) as corpus:
        periods = corpus.dyad(a, b, by="year")
        monthly = corpus.dyad(b, a, by="month")
        with pytest.raises(Exception, match="E032"):
            corpus.dyad(a, b, by="fortnight")
    totals: dict[str, int] = {}
    for row in periods:
        totals[row["direction"]] = totals.get(row["direction"], 0) + row["events"]
        assert row["events"] == sum(row[q] for q in ("verbal_cooperation", "material_cooperation", "verbal_conflict",
                                                     "material_conflict"))
        assert sum(row["plover"].values()) <= row["events"] and row["articles"] >= 1
    assert totals == expected
    assert sum(r["events"] for r in monthly) == sum(expected.values())
    assert all(str(r["period"]).endswith("-01") for r in monthly)


def test_network_edges_weigh_the_events_between_actors(summit_db):
    with Corpus(summit_db) as corpus:
        graph = corpus.network()
        meetings = corpus.network(types=["CONSULT"])
    both = rows(summit_db, "SELECT count(*) FROM events WHERE coalesce(source_code, source_country, source_name) "
                "IS NOT NULL AND coalesce(target_code, target_country, target_name) IS NOT NULL")[0][0]
    assert sum(w for _, _, w in graph.edges(data="weight")) == both > 0
    consults = rows(summit_db, "SELECT count(*) FROM events WHERE event_type = 'CONSULT' AND "
                    "coalesce(target_code, target_country, target_name) IS NOT NULL "
                    "AND coalesce(source_code, source_country, source_name) IS NOT NULL")[0][0]
    assert sum(w for _, _, w in meetings.edges(data="weight")) == consults


def test_word_index_is_kept_and_built_for_older_stores(summit_db, tmp_path):
    """The text filter's word index holds each distinct word of each coded text; a store made before it and the
    dyad summary fails the text filter and dyads read-only (E038) and gets both, the same, when next opened for
    writing."""
    from eventwire.errors import EventwireError
    from eventwire.store.writer import connect

    indexed = sorted(rows(summit_db, "SELECT doc_id, word FROM words"))
    assert indexed and len(indexed) == len(set(indexed))
    assert ("sanctions" in {word for _, word in indexed}) == any(
        "sanctions" in text.lower() for (text,) in rows(summit_db, "SELECT text FROM documents"))
    older = tmp_path / "older.duckdb"
    shutil.copy(summit_db, older)
    with duckdb.connect(str(older)) as con:
        con.execute("DROP TABLE words")  # as made before the word index and the dyad summary
        con.execute("DROP TABLE dyad_days")
    with Corpus(older) as corpus:
        assert corpus.events("records") != []
        with pytest.raises(EventwireError) as raised:
            corpus.events("records", text="Beijing")
        assert raised.value.code == "E038"
        with pytest.raises(EventwireError) as raised:
            corpus.dyad("RUS", "UKR")
        assert raised.value.code == "E038"
    connect(older).close()
    assert sorted(rows(older, "SELECT doc_id, word FROM words")) == indexed
    summary = "SELECT * REPLACE (list_sort(docs) AS docs) FROM dyad_days ORDER BY ALL"
    assert rows(older, summary) == rows(summit_db, summary) != []  # built at once as kept batch by batch
    with Corpus(older) as corpus, Corpus(summit_db) as kept:
        assert corpus.events("records", text="Beijing") != []
        assert corpus.dyad("RUS", "UKR") == kept.dyad("RUS", "UKR")
