"""The web server's defences, through the app and on loopback: hostile values in every parameter the OpenAPI schema
lists, body, query and rate limits, static-file path traversal, the write token, CORS and the loopback default."""

from __future__ import annotations

import shutil
import socket
import time
from pathlib import Path
from urllib.parse import quote

import duckdb
import httpx
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from typer.testing import CliRunner

from eventwire.cli import app as cli
from eventwire.cli.serve import loopback
from eventwire.web.app import HERE, create_app
from eventwire.web.guard import Buckets, Limits
from test_web_load import serve_command, serving

INJECTIONS = ["'", '"', "'; DROP TABLE events; --", "1' OR '1'='1", "RUS') OR TRUE --", "x' UNION SELECT text, "
              "text FROM documents --", "/* comment */ events", "-- ", "%", "_", "%_%", "\\", "\x00",
              "Ürümqi ☭ 中国 \u202e", "A" * 3000, "${7*7}{{7*7}}"]
PASTED = "Brussels, 3 June 2024 - The European Union imposed new sanctions on Belarus on Monday, the Council said."
TOKEN = "s3cret-token"


def counts(con: duckdb.DuckDBPyConnection) -> dict[str, int]:
    """Rows in every table of the store (through a cursor of its own)."""
    con = con.cursor()
    tables = [t for (t,) in con.execute("SELECT table_name FROM information_schema.tables "
                                        "WHERE table_type = 'BASE TABLE'").fetchall()]
    return {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables}  # type: ignore[index]


def sample(schema: dict[str, object]) -> object:
    """A valid value for a parameter of this OpenAPI schema (its default, minimum or a plain one of its type)."""
    schema = next((s for s in schema.get("anyOf", []) if s.get("type") != "null"), schema)  # type: ignore[attr-defined]
    if "default" in schema and schema["default"] is not None:
        return schema["default"]
    kind, fmt = schema.get("type"), schema.get("format")
    if kind == "array":
        return [sample(schema["items"])]  # type: ignore[arg-type]
    if fmt == "date":
        return "2023-09-13"
    if kind in ("integer", "number"):
        return schema.get("minimum", 1)
    return "RUS"


def operations(app: FastAPI, method: str) -> list[tuple[str, list[dict[str, object]], dict[str, object]]]:
    """(path, parameters, request body schema) of every API operation with this method, from the OpenAPI schema."""
    spec = app.openapi()
    found = []
    for path, methods in spec["paths"].items():
        if method in methods:
            body = methods[method].get("requestBody", {}).get("content", {}).get("application/json", {})
            ref = body.get("schema", {}).get("$ref", "")
            found.append((path, methods[method].get("parameters", []),
                          spec["components"]["schemas"][ref.rsplit("/", 1)[-1]] if ref else {}))
    return found


def request(path: str, parameters: list[dict[str, object]], name: str | None = None,
            value: object = None) -> tuple[str, dict[str, object]]:
    """The URL and query of a call with every required parameter given a valid value, and `name` set to `value`."""
    query: dict[str, object] = {}
    for parameter in parameters:
        given = value if parameter["name"] == name else sample(parameter["schema"]) \
            if parameter.get("required") else None  # type: ignore[arg-type]
        if given is None:
            continue
        if parameter["in"] == "path":
            path = path.replace("{" + str(parameter["name"]) + "}", quote(str(given), safe=""))
        else:
            query[str(parameter["name"])] = given
    return path, query


@pytest.fixture(scope="module")
def app(example_store) -> FastAPI:
    return create_app(example_store, limits=Limits(rate=0))


@pytest.fixture(scope="module")
def client(app):
    with TestClient(app) as client:
        yield client


def test_hostile_values_in_every_parameter_are_answered_and_change_nothing(app, client, extractor):
    con = app.state.service.con
    before = counts(con)
    tried = set()
    for path, parameters, _ in operations(app, "get"):
        for parameter in parameters:
            tried.add(parameter["name"])
            for value in INJECTIONS:
                url, query = request(path, parameters, parameter["name"], value)
                answer = client.get(url, params=query)
                assert answer.status_code < 500, (url, query, answer.text)
                assert answer.headers["content-type"].startswith("application/json"), (url, query)
                answer.json()
    assert {"actor", "country", "plover", "root", "place", "text", "a", "b", "speaker", "doc_id", "sort"} <= tried
    pasted = create_app(app.state.service.db, extractor=extractor, limits=Limits(rate=0))
    with TestClient(pasted) as posting:
        for path, _, body in operations(pasted, "post"):
            fields = [name for name, field in body["properties"].items()  # type: ignore[union-attr]
                      if "string" in str(field)]
            assert fields
            for name in fields:
                for value in INJECTIONS[:12]:
                    answer = posting.post(path, json={"text": PASTED, name: value})
                    assert answer.status_code < 500 and answer.json(), (path, name, value, answer.text)
    assert counts(con) == before


def test_percent_and_underscore_are_searched_for_literally(app, client):
    con = app.state.service.con
    for value in ("%", "_", "a_b", "100%"):
        found = client.get("/api/events", params={"text": value, "per_page": 500}).json()["total"]
        (expected,) = con.execute("SELECT count(*) FROM events JOIN documents USING (doc_id) "
                                  "WHERE contains(lower(documents.text), lower(?))", [value]).fetchone()
        assert found == expected, value
        quoted = client.get("/api/quotes", params={"text": value}).json()["total"]
        assert quoted == con.execute("SELECT count(*) FROM quotes WHERE contains(lower(text), lower(?))",
                                     [value]).fetchone()[0]


def test_bodies_and_query_strings_over_the_limits_are_refused(example_store, extractor):
    app = create_app(example_store, extractor=extractor, limits=Limits(max_body=2000, max_query=500, rate=0))
    with TestClient(app) as client:
        large = client.post("/api/extract", json={"text": "word " * 500})
        assert large.status_code == 413 and large.json()["code"] == "E054"

        def chunks(text: str):  # no Content-Length: the body is counted as it is read
            body = ('{"text": "' + text + '"}').encode()
            for i in range(0, len(body), 100):
                yield body[i:i + 100]

        streamed = client.post("/api/extract", content=chunks("word " * 500),
                               headers={"content-type": "application/json"})
        assert streamed.status_code == 413 and streamed.json()["code"] == "E054"
        small = client.post("/api/extract", content=chunks(PASTED), headers={"content-type": "application/json"})
        assert small.status_code == 200 and small.json()["text"] == PASTED
        assert client.get("/api/events", params={"text": "x" * 400}).status_code == 200
        long = client.get("/api/events", params={"text": "x" * 600})
        assert long.status_code == 414 and long.json()["code"] == "E055"


def test_each_address_gets_its_own_bucket_of_requests(example_store):
    app = create_app(example_store, limits=Limits(rate=0.5, burst=5))
    with TestClient(app) as one, TestClient(app, client=("10.0.0.2", 5000)) as other:
        assert [one.get("/api/facets").status_code for _ in range(5)] == [200] * 5
        refused = one.get("/api/facets")
        assert refused.status_code == 429 and refused.json()["code"] == "E056"
        assert int(refused.headers["retry-after"]) >= 1
        assert other.get("/api/facets").status_code == 200  # another address is not held back
        time.sleep(2.1)  # a token comes back every 2 s
        assert one.get("/api/facets").status_code == 200
    buckets = Buckets(rate=2, burst=3)
    assert [buckets.take("a", now=0) for _ in range(3)] == [0, 0, 0]
    assert buckets.take("a", now=0) == pytest.approx(0.5)
    assert buckets.take("a", now=0.5) == 0 and buckets.take("a", now=0.5) > 0
    with TestClient(create_app(example_store, limits=Limits(rate=0))) as unlimited:
        assert all(unlimited.get("/api/facets").status_code == 200 for _ in range(150))


def raw_get(base: str, target: str) -> tuple[int, bytes]:
    """GET `target` exactly as written (no client normalises it): the status and the whole answer."""
    host, port = base.removeprefix("http://").split(":")
    with socket.create_connection((host, int(port)), timeout=10) as sock:
        sock.sendall(f"GET {target} HTTP/1.1\r\nHost: {host}\r\nConnection: close\r\n\r\n".encode())
        answer = b""
        while chunk := sock.recv(65536):
            answer += chunk
    return int(answer.split(b" ", 2)[1]), answer


TRAVERSALS = ["/static/../app.py", "/static/../../web/app.py", "/static/..%2fapp.py", "/static/%2e%2e/app.py",
              "/static/%2e%2e%2fapp.py", "/static/%252e%252e%252fapp.py", "/static/..%5capp.py", "/static/..\\app.py",
              "/static/....//app.py", "/static//etc/passwd", "/static/%2fetc%2fpasswd",
              "/static/../../../../etc/passwd",
              "/vendor/..%2f..%2fapp.py", "/vendor/../app.py", "/vendor/%2e%2e/%2e%2e/web/app.py",
              "/vendor/..%2f..%2f..%2f..%2f..%2f..%2f..%2fetc%2fpasswd", "/static/%00../app.py",
              "/static/eventwire.css/../../app.py", "http://127.0.0.1/static/../app.py", "/static/~/.bashrc"]


def test_static_files_never_come_from_outside_their_folders(example_store):
    secrets = [(HERE / "app.py").read_text().splitlines()[0].encode(), b"root:x:0:0"]
    with serving(create_app(example_store, limits=Limits(rate=0))) as base:  # its own app: uvicorn closes it
        status, answer = raw_get(base, "/static/eventwire.css")
        assert status == 200 and (HERE / "static" / "eventwire.css").read_bytes() in answer  # the control
        for target in TRAVERSALS:
            status, answer = raw_get(base, target)
            assert status in (400, 404, 405, 422), (target, status)
            assert not any(secret in answer for secret in secrets), target


def write_routes(app: FastAPI) -> list[tuple[str, str]]:
    """(method, path) of every operation of the OpenAPI schema that is not a GET."""
    return [(method.upper(), path) for path, methods in app.openapi()["paths"].items()
            for method in methods if method not in ("get", "head")]


def test_writes_need_the_token_in_the_authorization_header(example_store, extractor, tmp_path):
    db = tmp_path / "copy.duckdb"
    shutil.copy(example_store, db)
    app = create_app(db, write_token=TOKEN, extractor=extractor, limits=Limits(rate=0))
    routes = write_routes(app)
    assert ("POST", "/api/extract") in routes
    body = {"text": PASTED, "store": True}
    with TestClient(app) as client:
        before = counts(app.state.service.con)
        for method, path in routes:
            for headers, params in [({}, {}), ({"Authorization": "Bearer wrong"}, {}),
                                    ({"Authorization": f"Bearer {TOKEN[:-1]}"}, {}),
                                    ({"Authorization": "Bearer "}, {}), ({"X-Write-Token": TOKEN}, {}),
                                    ({"Cookie": f"token={TOKEN}"}, {}),
                                    ({}, {"token": TOKEN, "write_token": TOKEN, "authorization": f"Bearer {TOKEN}"})]:
                refused = client.request(method, path, json=body, headers=headers, params=params)
                assert refused.status_code == 401 and refused.json()["code"] == "E051", (path, headers, params)
        documented = {(method.upper(), path) for path, methods in app.openapi()["paths"].items() for method in methods}
        for path in {path for _, path in documented} | {"/events", "/paste", "/static/eventwire.css"}:
            for method in ("POST", "PUT", "PATCH", "DELETE"):  # no write hides behind an undocumented method
                if (method, path) not in documented:
                    assert client.request(method, path, json=body).status_code in (404, 405), (method, path)
        assert counts(app.state.service.con) == before
        stored = client.post("/api/extract", json=body, headers={"Authorization": f"Bearer {TOKEN}"})  # the control
        assert stored.status_code == 200 and stored.json()["stored"]
        assert counts(app.state.service.con)["documents"] == before["documents"] + 1


def test_no_cors_headers_for_other_origins(app, client):
    origin = {"Origin": "https://elsewhere.example"}
    for path, parameters, _ in operations(app, "get"):
        url, query = request(path, parameters)
        answer = client.get(url, params=query, headers=origin)
        assert not any(h.startswith("access-control-") for h in answer.headers), (url, answer.headers)
        for method in ("GET", "POST"):
            preflight = client.options(url, headers={**origin, "Access-Control-Request-Method": method,
                                                     "Access-Control-Request-Headers": "authorization"})
            assert not 200 <= preflight.status_code < 300, url
            assert not any(h.startswith("access-control-") for h in preflight.headers), (url, preflight.headers)
    for page in ("/events", "/static/eventwire.css"):
        assert "access-control-allow-origin" not in client.get(page, headers=origin).headers


def listening(port: int) -> set[str]:
    """The local addresses of the TCP sockets listening on `port` (from /proc/net/tcp and tcp6)."""
    found = set()
    for table in (Path("/proc/net/tcp"), Path("/proc/net/tcp6")):
        if not table.exists():
            continue
        for line in table.read_text().splitlines()[1:]:
            local, state = line.split()[1], line.split()[3]
            address, hex_port = local.split(":")
            if state == "0A" and int(hex_port, 16) == port:  # 0A: LISTEN
                raw = bytes.fromhex(address)
                found.add(socket.inet_ntop(socket.AF_INET if len(raw) == 4 else socket.AF_INET6,
                                           b"".join(raw[i:i + 4][::-1] for i in range(0, len(raw), 4))))
    return found


def test_serve_binds_loopback_by_default_and_limits_the_rate(example_store):
    if not Path("/proc/net/tcp").exists():
        pytest.skip("no /proc/net/tcp to read the listening sockets from")
    with serve_command(example_store, "--rate-limit", "2") as (server, port, first):
        assert first.status_code == 200
        assert listening(port) == {"127.0.0.1"}
        statuses = [httpx.get(f"http://127.0.0.1:{port}/api/facets", timeout=5) for _ in range(8)]
        refused = [answer for answer in statuses if answer.status_code == 429]
        assert refused and int(refused[0].headers["retry-after"]) >= 1 and refused[0].json()["code"] == "E056"
    assert server.returncode is not None and "E057" not in server.stderr.read()


def test_serving_beyond_loopback_warns(example_store, tmp_path, monkeypatch):
    import eventwire.web.app

    served = []

    def run(app, host, port):  # binds nothing; closes the store as the server's shutdown does
        served.append(host)
        app.state.service.close()

    monkeypatch.setattr(eventwire.web.app, "run", run)
    db = tmp_path / "copy.duckdb"
    shutil.copy(example_store, db)
    for host in ("0.0.0.0", "192.168.1.20", "::"):
        result = CliRunner().invoke(cli, ["serve", "--db", str(db), "--host", host])
        assert result.exit_code == 0 and "E057" in result.stderr and host in result.stderr
    writable = CliRunner().invoke(cli, ["serve", "--db", str(db), "--host", "0.0.0.0", "--write-token", TOKEN])
    assert writable.exit_code == 0 and "write token" in writable.stderr.split("E057")[1]
    for host in ("127.0.0.1", "localhost", "::1", "127.0.0.2"):
        result = CliRunner().invoke(cli, ["serve", "--db", str(db), "--host", host])
        assert result.exit_code == 0 and "E057" not in result.stderr
        assert loopback(host)
    assert served == ["0.0.0.0", "192.168.1.20", "::", "0.0.0.0", "127.0.0.1", "localhost", "::1", "127.0.0.2"]
    assert not loopback("example.org") and not loopback("10.0.0.1")
