"""Shared fixtures: the pipeline (loaded once), the ../shared folder (tests that need it skip without it) and a local
HTTP server on 127.0.0.1."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from eventwire.paths import shared_data

ROOT = Path(__file__).resolve().parents[1]
FOUNDING = shared_data().parent / "examples" / "kim-putin-2023.txt"


@pytest.fixture(scope="session")
def extractor():
    from eventwire.extract import Extractor

    return Extractor()


@pytest.fixture(scope="session")
def run(extractor):
    """Extract a record from text with a publication date."""
    from eventwire.record import Document

    def _run(text: str, published: str | None = "2023-09-17"):
        from eventwire.sources import published_date

        return extractor(Document(id="t", text=text, published=published_date(published)))

    return _run


@pytest.fixture(scope="session")
def shared() -> Path:
    data = shared_data()
    if not data.exists():
        pytest.skip("../shared/data is not beside the checkout")
    return data


@pytest.fixture(scope="session")
def founding_text() -> str:
    if not FOUNDING.exists():
        pytest.skip("the founding example ../shared/examples/kim-putin-2023.txt is absent")
    return FOUNDING.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def fake_extractor():
    """A stand-in for the Extractor in scorer tests: `fake_extractor(fields, seen)` returns, for each document, a
    record with the fields given for its id (places, times, quotes, events) and notes the documents in `seen`."""
    from eventwire.record import DocumentInfo, Record

    def make(fields: dict[str, dict], seen: list | None = None):
        def extract(document):
            if seen is not None:
                seen.append(document)
            info = DocumentInfo(id=document.id, published=document.published, title=None, language="en")
            return Record(document=info, **fields[document.id])

        return extract

    return make


@pytest.fixture(scope="session")
def example_store(extractor, tmp_path_factory) -> Path:
    """A store ingested from the bundled examples (examples/*), with the session's pipeline; read it, don't write."""
    from eventwire.ingest import ingest

    db = tmp_path_factory.mktemp("example-store") / "examples.duckdb"
    ingest(sorted(str(p) for p in (ROOT / "examples").iterdir()), db, model=extractor.nlp)
    return db


@pytest.fixture
def server() -> Iterator[Site]:
    site = Site()
    httpd = ThreadingHTTPServer(("127.0.0.1", 0), site.handler())
    httpd.daemon_threads = True
    thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    site.base = f"http://127.0.0.1:{httpd.server_address[1]}"
    yield site
    httpd.shutdown()
    httpd.server_close()


class Site:
    """Pages a local HTTP server gives (path -> content type and body), and the User-Agents it was asked with."""

    def __init__(self) -> None:
        self.base = ""
        self.pages: dict[str, tuple[str, bytes]] = {}
        self.agents: list[str] = []
        self.delays: dict[str, float] = {}  # path -> seconds to wait before answering (a server too slow)

    def handler(self) -> type[BaseHTTPRequestHandler]:
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:  # noqa: N802  (the name http.server calls)
                site.agents.append(self.headers.get("User-Agent", ""))
                time.sleep(site.delays.get(self.path, 0))
                content_type, body = site.pages.get(self.path, ("text/plain", b"not found"))
                with contextlib.suppress(OSError):  # a client that gave up waiting
                    self.send_response(200 if self.path in site.pages else 404)
                    self.send_header("Content-Type", content_type)
                    self.send_header("Content-Length", str(len(body)))
                    self.end_headers()
                    self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        return Handler
