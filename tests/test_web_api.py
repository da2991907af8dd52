"""The web page's JSON API over a store built from the bundled examples, through the ASGI app: filters filter, pages
add up, sorts hold, dyad points and map cells give back their events, the write token guards storing, and hostile
filter values come back safely."""

from __future__ import annotations

import re
import shutil

import duckdb
import pytest
from fastapi.testclient import TestClient

from eventwire.store import Corpus
from eventwire.web.app import create_app
from eventwire.web.guard import Limits

HOSTILE = ["'; DROP TABLE events; --", "%' OR '1'='1", '" OR 1=1 --', "RUS') OR TRUE --", "\\x00", "%", "_"]


@pytest.fixture(scope="module")
def client(example_store, extractor):
    with TestClient(create_app(example_store, extractor=extractor, limits=Limits(rate=0))) as client:
        yield client


@pytest.fixture(scope="module")
def everything(client) -> list[dict]:
    data = client.get("/api/events", params={"per_page": 500}).json()
    assert data["total"] == len(data["events"]) > 0
    return data["events"]


def total(client, **params) -> int:
    response = client.get("/api/events", params={"per_page": 500, **params})
    assert response.status_code == 200, response.text
    data = response.json()
    assert data["total"] == len(data["events"])
    return data["total"]


def test_events_are_those_of_the_store(client, example_store, everything):
    with Corpus(example_store) as corpus:
        stored = corpus.events("records")
    assert sorted(e["event_id"] for e in everything) == sorted(e["event_id"] for e in stored)


def test_each_filter_keeps_exactly_the_matching_events(client, everything):
    facets = client.get("/api/facets").json()
    for plover in facets["plover"]:
        found = client.get("/api/events", params={"plover": plover, "per_page": 500}).json()["events"]
        assert found and all(e["event_type"] == plover for e in found)
        assert len(found) == sum(e["event_type"] == plover for e in everything)
    for root in facets["roots"]:
        assert total(client, root=root) == sum(e["cameo"].startswith(root) for e in everything)
    for country in facets["countries"]:
        assert total(client, country=country) == sum(country in (e["source_country"], e["target_country"])
                                                     for e in everything)
    for quad in (1, 2, 3, 4):
        assert total(client, quad=quad) == sum(e["quad_class"] == quad for e in everything)
    days = sorted(str(e["day"]) for e in everything)
    middle = days[len(days) // 2]
    assert total(client, start=middle) == sum(d >= middle for d in days)
    assert total(client, end=middle) == sum(d <= middle for d in days)
    assert total(client, start=middle, end=middle) == days.count(middle)
    actor = everything[0]["source_code"] or everything[0]["source_country"]
    assert 0 < total(client, actor=actor) < len(everything) + 1


def test_text_filter_looks_in_the_articles(client, example_store, everything):
    with duckdb.connect(str(example_store), read_only=True) as con:
        texts = dict(con.execute("SELECT doc_id, text FROM documents").fetchall())
    word = "sanctions"
    assert total(client, text=word) == sum(word in texts[e["doc_id"]].lower() for e in everything) > 0


def test_pages_add_up_to_the_total(client, everything):
    seen = []
    for page in range(1, 100):
        data = client.get("/api/events", params={"per_page": 5, "page": page}).json()
        assert data["total"] == len(everything)
        if not data["events"]:
            break
        assert len(data["events"]) <= 5
        seen += [e["event_id"] for e in data["events"]]
    assert len(seen) == len(set(seen)) == len(everything)


@pytest.mark.parametrize("sort,order", [("day", "asc"), ("goldstein", "desc"), ("place", "asc"),
                                        ("confidence", "desc"), ("source", "asc")])
def test_cursor_pages_are_the_offset_pages(client, everything, sort, order):
    """Following `next` (keyset paging, through the rows without a key too) gives the pages offsets give, with a
    text filter too (counted and paged in one query)."""
    for words in (None, "the"):
        cursor_pages_match_offset_pages(client, {"sort": sort, "order": order, "per_page": 3, "text": words},
                                        len(everything) if words is None else None)


def cursor_pages_match_offset_pages(client, params, expected_total):
    params = {k: v for k, v in params.items() if v is not None}
    by_offset, by_cursor, after, page = [], [], None, 1
    while True:
        data = client.get("/api/events", params={**params, "page": page}).json()
        by_offset += [e["event_id"] for e in data["events"]]
        if not data["events"]:
            break
        page += 1
    while True:
        data = client.get("/api/events", params={**params, **({"after": after} if after else {})}).json()
        assert data["total"] == (expected_total or len(by_offset))
        by_cursor += [e["event_id"] for e in data["events"]]
        after = data["next"]
        if after is None:
            break
    assert by_cursor == by_offset != []
    assert expected_total is None or len(by_cursor) == expected_total


def test_deep_offsets_and_foreign_cursors_are_coded_errors(client):
    deep = client.get("/api/events", params={"page": 1000, "per_page": 50})
    assert deep.status_code == 400 and deep.json()["code"] == "E037" and "after=" in deep.json()["message"]
    after = client.get("/api/events", params={"sort": "goldstein", "per_page": 1}).json()["next"]
    assert client.get("/api/events", params={"sort": "cameo", "after": after}).json()["code"] == "E036"
    assert client.get("/api/events", params={"after": "not a cursor"}).json()["code"] == "E036"


def test_text_filter_matches_whole_words_all_of_them(client, example_store, everything):
    with duckdb.connect(str(example_store), read_only=True) as con:
        texts = dict(con.execute("SELECT doc_id, text FROM documents").fetchall())
    words = {doc_id: set(re.findall(r"[^\W_]+", text.lower())) for doc_id, text in texts.items()}

    def expected(*wanted: str) -> list[str]:
        return sorted(e["event_id"] for e in everything if set(wanted) <= words[e["doc_id"]])

    text = texts[everything[0]["doc_id"]]
    first, *_, last = re.findall(r"[^\W_]+", text)
    query = f"{last.upper()}, {first.lower()}!"  # any order, any case, punctuation ignored
    found = client.get("/api/events", params={"text": query, "per_page": 500}).json()["events"]
    assert sorted(e["event_id"] for e in found) == expected(first.lower(), last.lower()) != []
    long_word = max(re.findall(r"[^\W_]+", text.lower()), key=len)
    assert total(client, text=long_word[:-1]) == len(expected(long_word[:-1]))  # a word, not a substring
    assert total(client, text="!!") == 0  # no word at all: nothing


@pytest.mark.parametrize("sort,key", [("day", "day"), ("goldstein", "goldstein"), ("cameo", "cameo"),
                                      ("confidence", "confidence"), ("event_type", "event_type")])
def test_sort_order_holds_both_ways(client, sort, key):
    for order in ("asc", "desc"):
        found = client.get("/api/events", params={"sort": sort, "order": order, "per_page": 500}).json()["events"]
        values = [e[key] for e in found if e[key] is not None]
        assert values == sorted(values, reverse=order == "desc")
        assert all(e[key] is None for e in found[len(values):])  # missing values last


def test_unknown_sort_and_order_are_coded_errors(client):
    bad = client.get("/api/events", params={"sort": "event_id; DROP TABLE events"})
    assert bad.status_code == 400 and bad.json()["code"] == "E032"
    assert client.get("/api/events", params={"order": "sideways"}).json()["code"] == "E032"
    assert client.get("/api/events", params={"quad": 9}).status_code == 422
    assert client.get("/api/events", params={"start": "yesterday"}).status_code == 422


def test_hostile_filter_values_come_back_safely(client, example_store, everything):
    for value in HOSTILE:
        for name in ("actor", "country", "plover", "root", "place", "text"):
            response = client.get("/api/events", params={name: value})
            assert response.status_code == 200, (name, value)
            assert response.json()["total"] <= len(everything)
        for path, params in [("/api/quotes", {"speaker": value, "text": value}),
                             ("/api/dyad", {"a": value, "b": value}), ("/api/timeline", {"actor": value}),
                             ("/api/map", {"text": value}), ("/api/network", {"plover": value})]:
            assert client.get(path, params=params).status_code == 200, (path, value)
        assert client.get("/api/timeline", params={"by": value}).status_code == 400
        assert client.get(f"/api/articles/{value}").status_code in (404, 200)
    with duckdb.connect(str(example_store), read_only=True) as con:
        assert con.execute("SELECT count(*) FROM events").fetchone()[0] == len(everything)


def test_timeline_counts_every_dated_event(client, everything):
    for by in ("day", "week", "month", "year"):
        for group in ("plover", "quad"):
            rows = client.get("/api/timeline", params={"by": by, "group": group}).json()
            assert sum(r["events"] for r in rows) == sum(e["day"] is not None for e in everything)
    rows = client.get("/api/timeline", params={"group": "quad", "quad": 1}).json()
    assert {r["series"] for r in rows} <= {"1"}


def test_every_dyad_point_gives_back_its_events(client):
    dyads = client.get("/api/stats").json()["dyads"]
    assert dyads
    checked = 0
    for pair in dyads[:5]:
        a, b = pair["source"], pair["target"]
        points = client.get("/api/dyad", params={"a": a, "b": b, "by": "month"}).json()
        assert points
        for point in points:
            found = client.get("/api/dyad/events", params={"a": a, "b": b, "by": "month", "period": point["period"],
                                                           "direction": point["direction"], "limit": 1}).json()
            assert found["total"] == point["events"] and len(found["events"]) == 1
            events = client.get("/api/dyad/events", params={"a": a, "b": b, "by": "month", "period": point["period"],
                                                            "direction": point["direction"]}).json()["events"]
            assert len(events) == point["events"]
            source, target = point["direction"].split("->")
            for e in events:
                assert source in (e["source_code"], e["source_country"], e["source_name"]) or \
                    (e["source_code"] or "").startswith(source)
                assert target in (e["target_code"], e["target_country"], e["target_name"]) or \
                    (e["target_code"] or "").startswith(target)
                assert str(e["day"])[:7] == str(point["period"])[:7]
            checked += 1
    assert checked
    assert client.get("/api/dyad/events", params={"a": "A", "b": "B", "period": "2023-01-01",
                                                  "direction": "C->D"}).json()["code"] == "E032"


def test_map_cells_give_back_their_events(client, everything):
    for zoom in (0, 2, 6):
        cells = client.get("/api/map", params={"zoom": zoom}).json()
        assert sum(c["events"] for c in cells) == sum(e["lat"] is not None for e in everything)
        for cell in cells:
            box = {k: cell[k] for k in ("south", "west", "north", "east")}
            assert total(client, **box) >= cell["events"]  # a point on a shared border is in both boxes
            assert box["south"] <= cell["lat"] <= box["north"] and box["west"] <= cell["lon"] <= box["east"]


def test_network_edges_are_the_stored_dyads(client, everything):
    graph = client.get("/api/network", params={"top": 1000}).json()
    pairs = sum(e["weight"] for e in graph["edges"])
    both = sum(bool((e["source_code"] or e["source_country"] or e["source_name"])
                    and (e["target_code"] or e["target_country"] or e["target_name"])) for e in everything)
    assert pairs == both
    plover = everything[0]["event_type"]
    typed = client.get("/api/network", params={"plover": plover, "top": 1000}).json()
    assert sum(e["weight"] for e in typed["edges"]) <= pairs
    assert {n["id"] for n in graph["nodes"]} == {x for e in graph["edges"] for x in (e["source"], e["target"])}


def test_quotes_search_by_speaker_and_text(client, example_store):
    everything = client.get("/api/quotes", params={"per_page": 500}).json()
    with duckdb.connect(str(example_store), read_only=True) as con:
        assert everything["total"] == con.execute("SELECT count(*) FROM quotes").fetchone()[0] > 0
    speaker = next(q["speaker_name"] for q in everything["quotes"] if q["speaker_name"])
    found = client.get("/api/quotes", params={"speaker": speaker.lower()}).json()
    assert found["total"] == sum(speaker.lower() in (q["speaker_name"] or "").lower()
                                 for q in everything["quotes"])
    word = everything["quotes"][0]["text"].split()[0]
    found = client.get("/api/quotes", params={"text": word}).json()["quotes"]
    assert found and all(word.lower() in q["text"].lower() for q in found)


def test_an_article_comes_with_every_annotation_at_its_offsets(client, everything):
    doc_id = everything[0]["doc_id"]
    article = client.get(f"/api/articles/{doc_id}").json()
    text = article["document"]["text"]
    assert article["events"] and article["places"] and article["entities"]
    for name, column in [("entities", "text"), ("quotes", "text"), ("times", "text"), ("places", "text"),
                         ("events", "trigger")]:
        for row in article[name]:
            assert text[row["start"]:row["end"]] == row[column]
    for event in article["events"]:
        for actor in event["actors"]:
            if actor["start"] is not None:
                assert text[actor["start"]:actor["end"]] == actor["text"]
    missing = client.get("/api/articles/0000")
    assert missing.status_code == 404 and missing.json()["code"] == "E052"


def test_explain_codes_the_article_again_with_reasons(client, everything):
    explained = []
    for doc_id in dict.fromkeys(e["doc_id"] for e in everything):
        found = client.get(f"/api/articles/{doc_id}/explain").json()
        stored = client.get(f"/api/articles/{doc_id}").json()["events"]
        assert sorted(e["trigger"] for e in found["events"]) == sorted(e["trigger"] for e in stored)
        assert all(e["coded_by"] for e in found["events"])
        assert all(m["reasons"] for m in found["explain"])
        explained += found["explain"]
    assert explained  # some sentence of the examples has no event, and says why


def test_the_api_is_documented_by_its_openapi_schema(client):
    paths = client.get("/openapi.json").json()["paths"]
    for path in ("/api/events", "/api/articles/{doc_id}", "/api/timeline", "/api/dyad", "/api/dyad/events",
                 "/api/map", "/api/network", "/api/quotes", "/api/extract", "/api/facets"):
        assert path in paths
    names = {p["name"] for p in paths["/api/events"]["get"]["parameters"]}
    assert {"start", "end", "actor", "country", "plover", "root", "quad", "text", "sort", "page"} <= names


PASTED = ("Brussels, 3 June 2024 - The European Union imposed new sanctions on Belarus on Monday, the Council said. "
          "\"We will not stand by,\" EU foreign policy chief Josep Borrell told reporters in Brussels.")


def test_pasted_article_is_extracted_but_stored_only_with_the_token(example_store, extractor, tmp_path):
    db = tmp_path / "copy.duckdb"
    shutil.copy(example_store, db)
    body = {"text": PASTED, "published": "2024-06-03", "title": "Pasted"}
    with TestClient(create_app(db, extractor=extractor)) as read_only:
        shown = read_only.post("/api/extract", json=body)
        assert shown.status_code == 200 and shown.json()["record"]["events"] and not shown.json()["stored"]
        refused = read_only.post("/api/extract", json={**body, "store": True}, headers={"Authorization": "Bearer x"})
        assert refused.status_code == 401 and refused.json()["code"] == "E051"
    with TestClient(create_app(db, write_token="s3cret", extractor=extractor)) as writable:
        before = writable.get("/api/events").json()["total"]
        for headers in ({}, {"Authorization": "Bearer wrong"}):
            refused = writable.post("/api/extract", json={**body, "store": True}, headers=headers)
            assert refused.status_code == 401 and refused.json()["code"] == "E051"
        assert writable.get("/api/events").json()["total"] == before
        stored = writable.post("/api/extract", json={**body, "store": True}, headers={"Authorization": "Bearer s3cret"})
        assert stored.status_code == 200 and stored.json()["stored"] and stored.json()["new"]
        events = len(stored.json()["record"]["events"])
        article = writable.get(f"/api/articles/{stored.json()['doc_id']}").json()
        assert article["document"]["title"] == "Pasted" and len(article["events"]) == events
        assert writable.get("/api/events").json()["total"] == before + events
        again = writable.post("/api/extract", json={**body, "store": True}, headers={"Authorization": "Bearer s3cret"})
        assert again.json()["stored"] and not again.json()["new"]  # the same text is stored once
    bad = TestClient(create_app(db, extractor=extractor)).post("/api/extract", json={"text": "   "})
    assert bad.status_code == 400 and bad.json()["code"] == "E007"  # no text: the coded input error


def test_pages_render_and_say_how_to_install_missing_assets(example_store, tmp_path):
    with TestClient(create_app(example_store, assets=tmp_path / "absent")) as bare:
        for view in ("events", "timeline", "dyad", "map", "network", "quotes", "paste"):
            page = bare.get(f"/{view}")
            assert page.status_code == 200
            assert "E050" in page.text and "npm ci --prefix" in page.text
            assert "https://" not in page.text.split("<main>")[0]  # nothing loaded from elsewhere
        assert bare.get("/api/events").status_code == 200


def test_serve_command_serves_the_store_and_says_when_the_port_is_taken(example_store):
    import subprocess

    from test_web_load import serve_command

    with serve_command(example_store) as (server, port, events):
        assert events.status_code == 200 and events.json()["total"] > 0
        taken = subprocess.run(server.args, capture_output=True, text=True, timeout=120)
        assert taken.returncode == 2 and "E053" in taken.stderr and "--port" in taken.stderr
    from typer.testing import CliRunner

    from eventwire.cli import app

    missing = CliRunner().invoke(app, ["serve", "--db", str(example_store.parent / "absent.duckdb")])
    assert missing.exit_code == 2 and "E031" in missing.stderr and "serving" not in missing.stderr
