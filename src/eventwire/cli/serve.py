"""`eventwire serve`: the store as a web page and a JSON API, on this machine."""

from __future__ import annotations

import ipaddress
from pathlib import Path

import typer

from eventwire.cli.common import fail, note
from eventwire.errors import EventwireError, error


def loopback(host: str) -> bool:
    """Whether `host` is reachable from this machine only (127.0.0.0/8, ::1, localhost)."""
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def serve_cli(
    db: Path = typer.Option(Path("eventwire.duckdb"), help="The store file."),
    host: str = typer.Option("127.0.0.1", help="The address to listen on (0.0.0.0: every network; think first)."),
    port: int = typer.Option(8000, help="The port to listen on."),
    write_token: str | None = typer.Option(None, envvar="EVENTWIRE_WRITE_TOKEN", show_envvar=True,
                                           help="Allow storing pasted articles to whoever sends this token; "
                                                "without it the store is opened read-only."),
    rate_limit: float = typer.Option(50.0, help="Requests a second per client address, bursts of twice that; "
                                                "over it: 429 with Retry-After. 0: no limit."),
    max_body: int = typer.Option(2_000_000, help="Largest request body in bytes (a pasted article); over it: 413."),
) -> None:
    """Open the store in a browser: events, articles, timeline, dyads, map, network, quotes; the JSON API under
    /api/ (OpenAPI at /docs)."""
    from eventwire.web.app import create_app, run
    from eventwire.web.guard import Limits

    if not loopback(host):
        note(str(error("E057", host=host, writes=", and whoever has the write token can store articles"
                       if write_token else "")))
    try:
        app = create_app(db, write_token, limits=Limits(max_body=max_body, rate=max(0.0, rate_limit),
                                                        burst=max(1, round(2 * rate_limit))))
        if app.state.missing:
            note(app.state.missing)
        note(f"serving {db} at http://{host}:{port}/ ({'writable with the token' if write_token else 'read-only'}); "
             "Ctrl-C stops it")
        run(app, host, port)
    except EventwireError as exc:
        fail(str(exc))
        raise typer.Exit(2) from None
