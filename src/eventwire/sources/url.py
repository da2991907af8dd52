"""URLs as locations, fetched with a timeout and a User-Agent naming eventwire, and files that list URLs."""

from __future__ import annotations

import re
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from http.client import HTTPException

from eventwire.errors import error
from eventwire.sources.registry import Input, Options, expand, hashed_id, inputs, register_content, register_location

SCHEMES = ("http://", "https://")
MAX_BYTES = 20_000_000  # a page over this size is not an article
URL_LINE = re.compile(rb"https?://\S+", re.IGNORECASE)
URL_FIRST = re.compile(rb"(?:\xef\xbb\xbf)?\s*https?://", re.IGNORECASE)  # a list of URLs starts with one
CHARSET = re.compile(r"charset=[\"']?([\w.:-]+)", re.IGNORECASE)


def is_url(location: str) -> bool:
    """An http(s) address."""
    return location.lower().startswith(SCHEMES)


@dataclass(frozen=True)
class Page:
    """A fetched page or feed: its bytes as UTF-8, and its URL after redirects."""

    data: bytes
    url: str


def fetch(url: str, options: Options) -> Page:
    """Fetch a page or a feed; any failure is error E020, naming the URL and the reason."""
    request = urllib.request.Request(url, headers={"User-Agent": options.user_agent})
    try:
        with urllib.request.urlopen(request, timeout=options.timeout) as response:
            data = response.read(MAX_BYTES + 1)
            content_type, final = response.headers.get("Content-Type"), response.geturl()
    except urllib.error.HTTPError as exc:
        raise error("E020", url=url, reason=f"the server answered {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        raise error("E020", url=url, reason=reason(exc.reason, options)) from None
    except (OSError, HTTPException, ValueError) as exc:
        raise error("E020", url=url, reason=reason(exc, options)) from None
    if len(data) > MAX_BYTES:
        raise error("E020", url=url, reason=f"it is over {MAX_BYTES:,} bytes, too large for an article")
    return Page(as_utf8(data, content_type), final)


def reason(cause: object, options: Options) -> str:
    """Why a fetch failed, in words."""
    if isinstance(cause, TimeoutError):
        return f"no answer within {options.timeout:g} s"
    if isinstance(cause, OSError) and cause.strerror:
        return cause.strerror
    return str(cause) or type(cause).__name__


def as_utf8(data: bytes, content_type: str | None) -> bytes:
    """A page's bytes as UTF-8: decoded with the charset its Content-Type names, else as UTF-8 when they are, else
    as trafilatura guesses their encoding."""
    named = CHARSET.search(content_type or "")
    try:
        return data.decode(named.group(1) if named else "utf-8").encode("utf-8")
    except (LookupError, UnicodeDecodeError):
        from trafilatura.utils import decode_file

        return decode_file(data).encode("utf-8")


@register_location(is_url)
def read_url(location: str, options: Options) -> Iterator[Input]:
    """What a URL gives: a page, or a feed's entries."""
    page = fetch(location, options)
    return expand(page.data, location, options, url=page.url, id=hashed_id(location))


def listed_urls(data: bytes) -> list[str]:
    """The URLs of a list of URLs (every non-blank line one http(s) URL); [] when the bytes are not such a list."""
    if not URL_FIRST.match(data):
        return []
    lines = [line.strip() for line in data.removeprefix(b"\xef\xbb\xbf").splitlines() if line.strip()]
    return [line.decode("utf-8", "replace") for line in lines] if all(map(URL_LINE.fullmatch, lines)) else []


@register_content(lambda data: bool(listed_urls(data)), count=lambda data: len(listed_urls(data)))
def read_url_list(data: bytes, name: str, options: Options) -> Iterator[Input]:
    """Every page a list of URLs names, fetched in turn: one input each (a feed's entries for a feed)."""
    return inputs(listed_urls(data), options)
