"""Request limits of the web app: body size, query-string length and a token-bucket rate per client address."""

from __future__ import annotations

import json
import math
import threading
import time
from dataclasses import dataclass

from eventwire.errors import EventwireError, error

Scope = dict[str, object]


@dataclass(frozen=True)
class Limits:
    """What one request may weigh and how often a client may ask: `rate` requests a second per client address on
    average with bursts of `burst` (rate 0: no limit)."""

    max_body: int = 2_000_000  # bytes of a request body (a pasted article)
    max_query: int = 8192  # bytes of a query string
    rate: float = 50.0
    burst: int = 100


DEFAULT_LIMITS = Limits()


class Buckets:
    """A token bucket per client address: each holds up to `burst` tokens and refills at `rate` a second."""

    MAX_CLIENTS = 10_000  # past this many addresses, the full (idle) buckets are forgotten

    def __init__(self, rate: float, burst: int) -> None:
        self.rate, self.burst = rate, max(1, burst)
        self.tokens: dict[str, tuple[float, float]] = {}  # address -> (tokens, when counted)
        self.lock = threading.Lock()

    def take(self, client: str, now: float | None = None) -> float:
        """Take a token for `client`: 0 when there was one, else the seconds until there is one."""
        now = time.monotonic() if now is None else now
        with self.lock:
            tokens, then = self.tokens.get(client, (float(self.burst), now))
            tokens = min(float(self.burst), tokens + (now - then) * self.rate)
            if tokens >= 1:
                self.tokens[client] = (tokens - 1, now)
                return 0.0
            self.tokens[client] = (tokens, now)
            if len(self.tokens) > self.MAX_CLIENTS:
                idle = self.burst / self.rate
                self.tokens = {k: v for k, v in self.tokens.items() if now - v[1] < idle}
            return (1 - tokens) / self.rate


class Guard:
    """ASGI middleware refusing, with a coded JSON error, what is over the limits: a query string (414, E055), a
    body (413, E054, by its Content-Length or as it is read), a client asking too often (429, E056, Retry-After)."""

    def __init__(self, app: object, limits: Limits) -> None:
        self.app = app
        self.limits = limits
        self.buckets = Buckets(limits.rate, limits.burst) if limits.rate > 0 else None

    async def __call__(self, scope: Scope, receive: object, send: object) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)  # type: ignore[operator]
            return
        refused = self.refusal(scope)
        if refused is not None:
            status, exc, headers = refused
            await answer(send, status, exc, headers)
            return
        if not any(name == b"content-length" for name, _ in scope.get("headers", [])):  # type: ignore[attr-defined]
            receive = await self.read_whole(receive, send)
            if receive is None:
                return
        await self.app(scope, receive, send)  # type: ignore[operator]

    async def read_whole(self, receive: object, send: object) -> object | None:
        """A body of unknown length (chunked) read up to the limit and given back whole: the `receive` replaying it,
        or None when it was over the limit (413 sent) or the client left."""
        chunks, size = [], 0
        while True:
            message = await receive()  # type: ignore[operator]
            if message["type"] != "http.request":
                return None
            chunks.append(message.get("body", b""))
            size += len(chunks[-1])
            if size > self.limits.max_body:
                await answer(send, 413, error("E054", size=f"over {self.limits.max_body:,}",
                                              limit=self.limits.max_body))
                return None
            if not message.get("more_body"):
                break
        whole = [{"type": "http.request", "body": b"".join(chunks), "more_body": False}]

        async def replay() -> object:
            return whole.pop() if whole else await receive()  # type: ignore[operator]

        return replay

    def refusal(self, scope: Scope) -> tuple[int, EventwireError, list[tuple[bytes, bytes]]] | None:
        """The status, error and headers to refuse the request with before reading it, or None."""
        query = scope.get("query_string", b"")
        if len(query) > self.limits.max_query:  # type: ignore[arg-type]
            return 414, error("E055", size=len(query), limit=self.limits.max_query), []  # type: ignore[arg-type]
        if self.buckets is not None:
            client = scope.get("client") or ("unknown", 0)
            wait = self.buckets.take(str(client[0]))  # type: ignore[index]
            if wait:
                seconds = max(1, math.ceil(wait))
                return 429, error("E056", rate=self.limits.rate, seconds=seconds), \
                    [(b"retry-after", str(seconds).encode())]
        for name, value in scope.get("headers", []):  # type: ignore[attr-defined]
            if name == b"content-length":
                size = int(value) if value.isdigit() else -1
                if size > self.limits.max_body:
                    return 413, error("E054", size=f"{size:,}", limit=self.limits.max_body), []
        return None


async def answer(send: object, status: int, exc: EventwireError, headers: list[tuple[bytes, bytes]] | None = None
                 ) -> None:
    """Send the coded error `exc` as the JSON answer {code, message} with `status`."""
    body = json.dumps({"code": exc.code, "message": exc.message}).encode()
    await send({"type": "http.response.start", "status": status,  # type: ignore[operator]
                "headers": [(b"content-type", b"application/json"), (b"content-length", str(len(body)).encode()),
                            *(headers or [])]})
    await send({"type": "http.response.body", "body": body})  # type: ignore[operator]
