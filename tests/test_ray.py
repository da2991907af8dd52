"""The Ray engine on a local Ray (2 CPUs for pipelines): the same 100 articles give the same store as the local one."""

from __future__ import annotations

import json

import duckdb
import pytest

from eventwire.ingest import ingest

ray = pytest.importorskip("ray")

ACTORS = ["Russia", "China", "Ukraine", "France", "Japan", "India", "Brazil", "Kenya", "Egypt", "Turkey"]
ACTS = ["criticized", "praised", "met", "accused", "thanked", "warned", "visited", "condemned", "threatened", "hosted"]
WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"]


def rows(db, sql: str) -> list[tuple]:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute(sql).fetchall()


@pytest.fixture(scope="module")
def local_ray():
    ray.init(num_cpus=3, include_dashboard=False, log_to_driver=False, configure_logging=False)
    yield
    ray.shutdown()


def test_ray_and_local_engines_store_the_same_corpus(extractor, local_ray, tmp_path):
    articles = tmp_path / "news.jsonl"
    with articles.open("w", encoding="utf-8") as out:
        for n in range(100):
            a, b = ACTORS[n % 10], ACTORS[(n * 7 + 3) % 10]
            text = (f"{a} {ACTS[(n // 10) % 10]} {b} on {WEEKDAYS[n % 5]}, the foreign ministry said. "
                    f"Officials in {b} gave no comment on the {n}th report.")
            out.write(json.dumps({"id": f"a{n}", "text": text, "published": f"2023-05-{1 + n % 28:02d}"}) + "\n")
    out.close()
    with_ray, alone = tmp_path / "ray.duckdb", tmp_path / "local.duckdb"
    summary = ingest([str(articles)], with_ray, engine="ray", workers=2)
    ingest([str(articles)], alone, model=extractor.nlp)
    assert summary.tally.coded == 100
    for table, columns in {"documents": "doc_id, name, published, events, status",
                           "events": 'event_id, merged_id, cameo, source_code, target_code, day, start, "end"',
                           "quotes": 'doc_id, start, "end", speaker_name',
                           "times": 'doc_id, start, "end", value'}.items():
        sql = f"SELECT {columns} FROM {table} ORDER BY ALL"
        assert rows(with_ray, sql) == rows(alone, sql), table
    assert rows(with_ray, "SELECT count(*) FROM events")[0][0] > 50
    again = ingest([str(articles)], with_ray, engine="ray", workers=2)
    assert (again.tally.unchanged, again.tally.coded) == (100, 0)
