"""The web app under 50 concurrent clients for a few seconds on loopback (bench/web_load.py's clients): no errors."""

from __future__ import annotations

import asyncio
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import httpx
from fastapi import FastAPI

from eventwire.web.app import create_app
from eventwire.web.guard import Limits

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "bench"))
from web_load import free_port, load  # noqa: E402


@contextmanager
def serving(app: FastAPI) -> Iterator[str]:
    """The app on uvicorn in a thread on a free port of 127.0.0.1, once it answers: its base URL."""
    import uvicorn

    port = free_port()
    server = uvicorn.Server(uvicorn.Config(app, host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    try:
        for _ in range(300):
            if server.started:
                break
            assert thread.is_alive(), "uvicorn stopped before it started"
            time.sleep(0.05)
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(30)


@contextmanager
def serve_command(db: Path, *options: str) -> Iterator[tuple[subprocess.Popen, int, httpx.Response]]:
    """`eventwire serve --db db --port FREE *options` in a process of its own, once it answers: the process, its
    port and its first answer (GET /api/events); stopped afterwards."""
    port = free_port()
    command = [sys.executable, "-m", "eventwire.cli", "serve", "--db", str(db), "--port", str(port), *options]
    server = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        for _ in range(600):
            try:
                first = httpx.get(f"http://127.0.0.1:{port}/api/events", timeout=5)
                break
            except httpx.TransportError:
                assert server.poll() is None, server.communicate()[1]
                time.sleep(0.1)
        yield server, port, first
    finally:
        server.terminate()
        server.wait(30)


def test_fifty_concurrent_clients_get_answers_without_errors(example_store):
    app = create_app(example_store, limits=Limits(rate=0))  # one address for every client: no rate limit
    with serving(app) as base:
        stats = httpx.get(f"{base}/api/stats").json()
        pair = stats["dyads"][0]
        doc_id = httpx.get(f"{base}/api/events", params={"per_page": 1}).json()["events"][0]["doc_id"]
        requests: list[tuple[str, dict[str, object]]] = [
            ("/api/events", {}), ("/api/events", {"sort": "goldstein", "order": "desc", "per_page": 100}),
            ("/api/events", {"text": "sanctions"}), ("/api/facets", {}), ("/api/stats", {}),
            ("/api/timeline", {"by": "day", "group": "quad"}), ("/api/map", {"zoom": 4}), ("/api/network", {}),
            ("/api/quotes", {}), ("/api/dyad", {"a": pair["source"], "b": pair["target"]}),
            (f"/api/articles/{doc_id}", {}), ("/events", {}), ("/static/eventwire.css", {})]
        figures = asyncio.run(load(base, requests, clients=50, seconds=4))
    assert figures["errors"] == 0, figures["error_examples"]
    assert figures["requests"] >= 50 and figures["p95_ms"] >= figures["p50_ms"] > 0
