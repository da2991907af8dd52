"""The HTML pages: one template per view, each drawn in the browser from the JSON API by the view's own script."""

from __future__ import annotations

from fastapi import APIRouter, Request
from fastapi.responses import HTMLResponse, RedirectResponse
from fastapi.templating import Jinja2Templates

from eventwire.web.app import HERE

router = APIRouter(include_in_schema=False)
templates = Jinja2Templates(directory=HERE / "templates")

# view name -> (title, third-party assets it loads from /vendor)
VIEWS: dict[str, tuple[str, list[str]]] = {
    "events": ("Events", []),
    "timeline": ("Timeline", ["chart.js/dist/chart.umd.js"]),
    "dyad": ("Dyad", ["chart.js/dist/chart.umd.js"]),
    "map": ("Map", ["leaflet/dist/leaflet.css", "leaflet/dist/leaflet.js",
                    "leaflet.markercluster/dist/MarkerCluster.css",
                    "leaflet.markercluster/dist/leaflet.markercluster.js",
                    "topojson-client/dist/topojson-client.min.js"]),
    "network": ("Network", ["cytoscape/dist/cytoscape.min.js"]),
    "quotes": ("Quotes", []),
    "paste": ("Paste an article", []),
    "article": ("Article", []),
}
MENU = ["events", "timeline", "dyad", "map", "network", "quotes", "paste"]


def page(request: Request, view: str, **context: object) -> HTMLResponse:
    title, assets = VIEWS[view]
    state = request.app.state
    return templates.TemplateResponse(request, f"{view}.html", {
        "view": view, "title": title, "menu": [(name, VIEWS[name][0]) for name in MENU],
        "styles": [a for a in assets if a.endswith(".css")], "scripts": [a for a in assets if a.endswith(".js")],
        "missing": state.missing, "writable": state.service.write_token is not None, **context})


@router.get("/")
def home() -> RedirectResponse:
    return RedirectResponse("/events")


@router.get("/article/{doc_id}", response_class=HTMLResponse)
def article_page(request: Request, doc_id: str) -> HTMLResponse:
    return page(request, "article", doc_id=doc_id)


def add_view(name: str) -> None:
    def show(request: Request) -> HTMLResponse:
        return page(request, name)

    router.add_api_route(f"/{name}", show, methods=["GET"], response_class=HTMLResponse, name=f"{name}_page")


for _name in MENU:
    add_view(_name)
