"""`eventwire serve`: the store as a web page and a JSON API, on this machine."""

from __future__ import annotations

from pathlib import Path

import typer

from eventwire.cli.common import fail, note
from eventwire.errors import EventwireError


def serve_cli(
    db: Path = typer.Option(Path("eventwire.duckdb"), help="The store file."),
    host: str = typer.Option("127.0.0.1", help="The address to listen on (0.0.0.0: every network; think first)."),
    port: int = typer.Option(8000, help="The port to listen on."),
    write_token: str | None = typer.Option(None, envvar="EVENTWIRE_WRITE_TOKEN", show_envvar=True,
                                           help="Allow storing pasted articles to whoever sends this token; "
                                                "without it the store is opened read-only."),
) -> None:
    """Open the store in a browser: events, articles, timeline, dyads, map, network, quotes; the JSON API under
    /api/ (OpenAPI at /docs)."""
    from eventwire.web.app import create_app, run

    try:
        app = create_app(db, write_token)
        if app.state.missing:
            note(app.state.missing)
        note(f"serving {db} at http://{host}:{port}/ ({'writable with the token' if write_token else 'read-only'}); "
             "Ctrl-C stops it")
        run(app, host, port)
    except EventwireError as exc:
        fail(str(exc))
        raise typer.Exit(2) from None
