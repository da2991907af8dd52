"""The web app: `create_app(db, write_token)` builds the FastAPI application (pages, JSON API, own and installed
static files) over one store, and `run` serves it with uvicorn."""

from __future__ import annotations

import logging
import secrets
import threading
from collections.abc import AsyncIterator, Iterator
from contextlib import asynccontextmanager
from pathlib import Path

import duckdb
from fastapi import FastAPI, Request
from fastapi.responses import JSONResponse
from fastapi.staticfiles import StaticFiles

from eventwire.errors import EventwireError, error
from eventwire.extract import Extractor
from eventwire.record import Document, Record
from eventwire.store.writer import connect
from eventwire.web.guard import DEFAULT_LIMITS, Guard, Limits

HERE = Path(__file__).resolve().parent
ASSETS = HERE / "node_modules"  # `npm ci --prefix src/eventwire/web` installs the third-party assets here
STATUS = {"E031": 404, "E051": 401, "E052": 404}  # coded errors the API answers with another status than 400
log = logging.getLogger("eventwire.web")


class Service:
    """What the requests share: the store connection (a cursor per request), the write token, the pipeline (loaded
    on first use) and a lock so one article is extracted or written at a time."""

    def __init__(self, db: str | Path, write_token: str | None = None, extractor: Extractor | None = None) -> None:
        self.db = Path(db)
        self.write_token = write_token or None
        # read-only unless writes are allowed; the writer then opens the same file with the same configuration
        self.con = connect(self.db, read_only=self.write_token is None)
        self._extractor = extractor
        self.lock = threading.RLock()

    def cursor(self) -> Iterator[duckdb.DuckDBPyConnection]:
        """A cursor of its own for one request (DuckDB connections are not shared across threads)."""
        cursor = self.con.cursor()
        try:
            yield cursor
        finally:
            cursor.close()

    def extractor(self) -> Extractor:
        """The pipeline, with --explain reasons, loaded once (about 5 s) on the first extraction."""
        with self.lock:
            if self._extractor is None:
                self._extractor = Extractor(explain=True)
            elif not self._extractor.explain:
                self._extractor = Extractor(self._extractor.nlp, explain=True)
            return self._extractor

    def extract(self, document: Document) -> Record:
        """The record of one article, with --explain reasons (one extraction at a time: the pipeline is shared)."""
        with self.lock:
            return self.extractor()(document)

    def check_token(self, given: str | None) -> None:
        """Raise E051 unless writes are allowed and `given` is the write token."""
        if self.write_token is None:
            raise error("E051", reason="this server is read-only")
        if not given or not secrets.compare_digest(given.encode(), self.write_token.encode()):
            raise error("E051", reason="the token sent is missing or wrong")

    def close(self) -> None:
        self.con.close()


def assets_missing(assets: Path) -> str | None:
    """The E050 message when the installed front-end assets are absent, else None."""
    if (assets / "leaflet" / "dist" / "leaflet.js").exists():
        return None
    return str(error("E050", path=assets, folder=assets.parent))


def create_app(db: str | Path, write_token: str | None = None, extractor: Extractor | None = None,
               assets: Path = ASSETS, limits: Limits = DEFAULT_LIMITS) -> FastAPI:
    """The FastAPI app over the store `db`: pages at /, the JSON API under /api/ (OpenAPI at /docs and
    /openapi.json). Read-only unless `write_token` is given; `extractor` reuses a loaded pipeline; `limits` bound
    request sizes and each client's rate. No CORS headers: other sites' scripts cannot read it."""
    from eventwire.web import api, pages

    service = Service(db, write_token, extractor)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        yield
        service.close()

    app = FastAPI(title="eventwire", version="0.1.0", lifespan=lifespan,
                  description="News in, political event data out: the store's events, articles, timelines, dyads, "
                              "map, network and quotes. Every page of the web view is drawn from these endpoints.")
    app.state.service = service
    app.add_middleware(Guard, limits=limits)
    app.state.missing = assets_missing(assets)
    if app.state.missing:
        log.warning(app.state.missing)
    else:
        app.mount("/vendor", StaticFiles(directory=assets), name="vendor")
    app.mount("/static", StaticFiles(directory=HERE / "static"), name="static")
    app.include_router(api.router)
    app.include_router(pages.router)

    @app.exception_handler(EventwireError)
    async def coded_error(request: Request, exc: EventwireError) -> JSONResponse:
        return JSONResponse({"code": exc.code, "message": exc.message}, status_code=STATUS.get(exc.code, 400))

    return app


def run(app: FastAPI, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Serve an app at http://host:port/ with uvicorn until interrupted; a port that cannot be bound is E053."""
    import uvicorn

    server = uvicorn.Server(uvicorn.Config(app, host=host, port=port, log_level="info"))
    try:
        server.run()
    except OSError as exc:
        raise error("E053", host=host, port=port, detail=exc.strerror or exc) from None
    except SystemExit:  # uvicorn exits when it cannot bind
        raise error("E053", host=host, port=port, detail="the address is in use or not available") from None
