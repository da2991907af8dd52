"""The JSON API under /api/: one endpoint behind every view of the web page, all reading the store through
eventwire.store (views, queries, relations), and the extraction of a pasted article."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Annotated

import duckdb
from fastapi import APIRouter, Depends, Header, Query, Request
from pydantic import BaseModel, Field

from eventwire.errors import error
from eventwire.sources import as_document
from eventwire.store import views
from eventwire.store.queries import Filters, summary
from eventwire.store.relations import dyad
from eventwire.store.rows import content_hash, doc_id_of
from eventwire.store.writer import save
from eventwire.web.app import Service

router = APIRouter(prefix="/api")


def service(request: Request) -> Service:
    """The app's shared state: store connection, write token, pipeline."""
    return request.app.state.service


def cursor(request: Request) -> Iterator[duckdb.DuckDBPyConnection]:
    """A DuckDB cursor of the request's own, closed after it."""
    yield from service(request).cursor()


Cursor = Annotated[duckdb.DuckDBPyConnection, Depends(cursor)]


def event_filters(
    start: Annotated[dt.date | None, Query(description="From this day (YYYY-MM-DD), inclusive.")] = None,
    end: Annotated[dt.date | None, Query(description="Up to this day, inclusive.")] = None,
    actor: Annotated[str | None, Query(description="A name, CAMEO actor code (RUSGOV) or country (RUS).")] = None,
    country: Annotated[str | None, Query(description="ISO3 country of the source or the target.")] = None,
    plover: Annotated[str | None, Query(description="PLOVER event type, e.g. CONSULT.")] = None,
    root: Annotated[str | None, Query(description="CAMEO root code, e.g. 04.")] = None,
    quad: Annotated[int | None, Query(ge=1, le=4, description="Quad class 1-4.")] = None,
    place: Annotated[str | None, Query(description="Place name or its ISO3 country.")] = None,
    text: Annotated[str | None, Query(description="Words in the article's text.")] = None,
) -> Filters:
    """The filters of `eventwire events`, as query parameters (empty ones ignored)."""
    return Filters(start=start, end=end, actor=actor or None, country=country or None, plover=plover or None,
                   root=root or None, quad=quad, place=place or None, text=text or None)


def map_box(south: float | None = None, west: float | None = None, north: float | None = None,
            east: float | None = None) -> views.Box | None:
    """A map rectangle when all four sides are given (degrees)."""
    sides = (south, west, north, east)
    return None if any(v is None for v in sides) else views.Box(*sides)  # type: ignore[arg-type]


Events = Annotated[Filters, Depends(event_filters)]
MapBox = Annotated[views.Box | None, Depends(map_box)]
Page = Annotated[int, Query(ge=1)]
PerPage = Annotated[int, Query(ge=1, le=views.MAX_PAGE)]


@router.get("/events", summary="A page of events matching the filters, sorted")
def events(con: Cursor, filters: Events, box: MapBox, sort: str = "day", order: str = "asc", page: Page = 1,
           per_page: PerPage = 50,
           after: Annotated[str | None, Query(description="The `next` cursor of the page before.")] = None,
           ) -> dict[str, object]:
    """Events matching the filters (and the map box south/west/north/east when given), `sort` one of
    day, source, target, cameo, event_type, quad_class, goldstein, confidence, place, trigger; `order` asc or desc.
    `total` counts every match; `events` holds one page; `next` is the cursor of the following page (null on the
    last): pass it as `after` (with the same filters and sort) to get that page, at any depth. Without `after`,
    `page` numbers pages by offset, up to row 2,000 (deeper: error E037)."""
    if order not in ("asc", "desc"):
        raise error("E032", what="order", value=order, choices="asc, desc")
    return views.events_page(con, filters, box, sort, order == "desc", page, per_page, after or None)


@router.get("/facets", summary="The values the filters can take")
def facets(con: Cursor) -> dict[str, object]:
    """PLOVER types, CAMEO roots, the most frequent countries and the first and last day in the store."""
    return views.facets(con)


@router.get("/stats", summary="The corpus in counts")
def stats(con: Cursor, top: Annotated[int, Query(ge=1, le=100)] = 20) -> dict[str, object]:
    """Documents by status, events per day, top actors and dyads (as `eventwire stats`)."""
    return summary(con, top)


@router.get("/articles/{doc_id}", summary="One article with every annotation")
def article(con: Cursor, doc_id: str) -> dict[str, object]:
    """The article's text and metadata, its entities, events (with their actors), quotes, times, places and
    claims, each with character offsets into the text."""
    found = views.article(con, doc_id)
    if found is None:
        raise error("E052", doc_id=doc_id)
    return found


@router.get("/articles/{doc_id}/explain", summary="Why: the article coded again with --explain")
def explain(request: Request, con: Cursor, doc_id: str) -> dict[str, object]:
    """Codes the stored text again (the pipeline loads on first use) and gives each event's coding (`coded_by`,
    confidence) and, for each sentence left without an event, the reasons (`eventwire extract --explain`)."""
    found = con.execute("SELECT text, published, title FROM documents WHERE doc_id = ? AND status = 'coded'",
                        [doc_id]).fetchone()
    if found is None:
        raise error("E052", doc_id=doc_id)
    text, published, title = found
    record = service(request).extract(as_document({"text": text, "published": published and published.isoformat(),
                                                   "title": title, "id": doc_id}, doc_id))
    return {"events": [event.model_dump(mode="json", include={"trigger", "start", "end", "cameo", "cameo_name",
                                                              "event_type", "coded_by", "confidence", "sentence"})
                       for event in record.events],
            "explain": [miss.model_dump(mode="json") for miss in record.explain or []]}


@router.get("/timeline", summary="Events per period, by PLOVER type or quad class")
def timeline(con: Cursor, filters: Events, by: str = "month", group: str = "plover") -> list[dict[str, object]]:
    """Counts per period (`by`: day, week, month, year) and series (`group`: plover or quad)."""
    return views.timeline(con, filters, by, group)


@router.get("/dyad", summary="How two actors treat each other, per period and direction")
def dyad_points(con: Cursor, a: str, b: str, by: str = "month") -> list[dict[str, object]]:
    """Per period and direction (A->B, B->A): events, quad class counts, Goldstein sum and mean, PLOVER types."""
    return dyad(con, a, b, by)


@router.get("/dyad/events", summary="The events behind one dyad point")
def dyad_events(con: Cursor, a: str, b: str, period: dt.date, direction: str, by: str = "month",
                limit: PerPage = 100) -> dict[str, object]:
    """The events of one period (its first day, as /api/dyad gives it) and direction ("A->B"): `total`, and the
    first `limit` in `events`."""
    return views.dyad_events(con, a, b, by, period, direction, limit)


@router.get("/map", summary="Located events in grid cells")
def map_cells(con: Cursor, filters: Events, box: MapBox,
              zoom: Annotated[int, Query(ge=0, le=18)] = 2) -> list[dict[str, object]]:
    """Events with a location grouped into cells that halve with each zoom level; each cell's box goes back to
    /api/events as south/west/north/east."""
    return views.map_clusters(con, filters, zoom, box)


@router.get("/network", summary="Actors and the events between them")
def network(con: Cursor, start: dt.date | None = None, end: dt.date | None = None,
            plover: Annotated[list[str] | None, Query()] = None,
            top: Annotated[int, Query(ge=1, le=1000)] = 150) -> dict[str, object]:
    """Actors as nodes, the `top` heaviest directed edges (events, mean Goldstein, quad class counts), within
    dates and PLOVER types (repeat `plover`)."""
    return views.network_graph(con, start and start.isoformat(), end and end.isoformat(),
                               [p for p in plover or [] if p] or None, top)


@router.get("/quotes", summary="Quotes by speaker and text")
def quotes(con: Cursor, speaker: str | None = None, text: str | None = None, page: Page = 1,
           per_page: PerPage = 50) -> dict[str, object]:
    """Quotes whose speaker (name, CAMEO code or country) and text contain the words given."""
    return views.quotes_page(con, speaker, text, page, per_page)


class Pasted(BaseModel):
    """An article to extract: its text and what is known about it."""

    text: str = Field(description="The article's text (plain text).")
    published: dt.date | None = Field(None, description="Publication date: relative dates resolve against it.")
    title: str | None = None
    url: str | None = None
    store: bool = Field(False, description="Store it too (needs the write token).")


@router.post("/extract", summary="Extract a pasted or uploaded article (and store it, with the write token)")
def extract(request: Request, pasted: Pasted,
            authorization: Annotated[str | None, Header()] = None) -> dict[str, object]:
    """The article's record, as `eventwire extract --explain` gives it; with `store: true` and the header
    `Authorization: Bearer TOKEN` it is stored too, and `doc_id` names it in the store."""
    served = service(request)
    if pasted.store:
        served.check_token(authorization.removeprefix("Bearer ").strip() if authorization else None)
    item = {"text": pasted.text, "published": pasted.published and pasted.published.isoformat(),
            "title": pasted.title, "url": pasted.url}
    document = as_document({k: v for k, v in item.items() if v is not None}, "<pasted>")
    record = served.extract(document)
    result: dict[str, object] = {"text": document.text, "record": record.model_dump(mode="json"), "stored": False}
    if pasted.store:
        with served.lock:
            tally = save(served.db, [(document, record)], ["<pasted>"])
        result.update(stored=True, new=tally.coded > 0, doc_id=doc_id_of(content_hash(document.text)))
    return result
