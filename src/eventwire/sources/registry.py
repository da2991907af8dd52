"""The registry of input kinds: formats turn one input's text into a Document, locations turn a name into inputs.

A location is recognized by its name (standard input, a URL, a folder, a glob, a file ending such as .jsonl) or,
once read, by what it holds (a feed, a list of URLs). A new kind of input is one module that registers itself here.
"""

from __future__ import annotations

import datetime as dt
import hashlib
from collections.abc import Callable, Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

from eventwire.errors import EventwireError, error, unexpected
from eventwire.record import Document

Parse = Callable[[str, str], Document]  # (text of the input, its name) -> Document
COLUMNS = {  # the row columns each Document field is read from, unless --field FIELD=COLUMN names another
    "text": ("text",), "published": ("published", "date"), "url": ("url",), "title": ("title",), "id": ("id",),
}
DEFAULT_TIMEOUT = 30.0  # seconds to wait for a page or a feed


def default_user_agent() -> str:
    """The User-Agent pages are fetched with: eventwire and its version."""
    from eventwire import __version__

    return f"eventwire/{__version__} (news event coder)"


@dataclass(frozen=True)
class Options:
    """How inputs are read: the row column of a Document field ({'text': 'body'}), and how pages are fetched."""

    fields: Mapping[str, str] = field(default_factory=dict)
    timeout: float = DEFAULT_TIMEOUT
    user_agent: str = field(default_factory=default_user_agent)

    def __post_init__(self) -> None:
        for name in self.fields:
            if name not in COLUMNS:
                raise error("E027", spec=f"{name}={self.fields[name]}", fields=", ".join(COLUMNS))

    @classmethod
    def parse(cls, fields: Iterable[str] = (), timeout: float = DEFAULT_TIMEOUT) -> Options:
        """Options from command-line values: FIELD=COLUMN pairs (--field text=body) and the fetch timeout."""
        pairs = {}
        for spec in fields:
            name, equals, column = spec.partition("=")
            if not equals or not column.strip():
                raise error("E027", spec=spec, fields=", ".join(COLUMNS))
            pairs[name.strip()] = column.strip()
        return cls(pairs, timeout)

    def columns(self, name: str) -> tuple[str, ...]:
        """The row columns a Document field is read from, the first one present and not empty winning."""
        return (self.fields[name],) if name in self.fields else COLUMNS[name]


@dataclass(frozen=True)
class Input:
    """One input of a location before it is parsed: the name errors and its Document give it, its bytes (loaded when
    its turn comes, so a page is fetched then and a failure names it), and what is known of it outside its text."""

    source: str
    load: Callable[[], bytes]
    kind: str | None = None  # its format when the reader knows it; else the one asked for, or detected
    published: dt.date | None = None
    url: str | None = None
    title: str | None = None
    id: str | None = None

    @classmethod
    def of(cls, data: bytes, source: str, **known: object) -> Input:
        """An input whose bytes are in hand."""
        return cls(source, lambda: data, **known)  # type: ignore[arg-type]

    def complete(self, document: Document) -> Document:
        """The document with what the input knows and its text does not say, and the input's name as its source."""
        for name in ("published", "url", "title", "id"):
            if not getattr(document, name) and getattr(self, name):
                setattr(document, name, getattr(self, name))
        document.source = self.source
        return document


def failed(source: str, exc: EventwireError) -> Input:
    """An input that could not be had (a page not fetched, a bad row): loading it raises its error."""

    def load() -> bytes:
        raise exc

    return Input(source, load)


Open = Callable[[str, Options], Iterator[Input]]  # a location -> its inputs
Expand = Callable[[bytes, str, Options], Iterator[Input]]  # what a file or page holds, and its name -> its inputs
Count = Callable[[str], int | None]  # a location -> how many inputs it holds at a glance (None: not known)


def one(location: str) -> int:
    """The count of a location that is one input."""
    return 1


@dataclass(frozen=True)
class Reader:
    """A kind of location: how to read its inputs, and how to count them at a glance."""

    open: Open
    count: Count = one


@dataclass(frozen=True)
class Content:
    """A kind of file or page told by its bytes (a feed, a URL list): how to read its inputs, and count them."""

    matches: Callable[[bytes], bool]
    expand: Expand
    count: Callable[[bytes], int]


FORMATS: dict[str, Parse] = {}
LOCATIONS: list[tuple[Callable[[str], bool], Reader]] = []  # by the location's name: '-', a URL, a folder, a glob
SUFFIXES: dict[str, Reader] = {}  # by a file's ending: '.jsonl', '.csv', '.warc.gz'
CONTENTS: list[Content] = []  # by what a file or page holds: a feed, a list of URLs
FALLBACK: list[Reader] = []  # the reader of a location no other reader accepts (a file path)
FOLDER_SUFFIXES: set[str] = set()  # the file endings a folder is searched for: every kind adds its own


def register_format(name: str) -> Callable[[Parse], Parse]:
    """Register a parser for a format ('text', 'html', 'json') under `name`."""

    def wrap(parse: Parse) -> Parse:
        FORMATS[name] = parse
        return parse

    return wrap


def register_location(matches: Callable[[str], bool] | None, count: Count = one) -> Callable[[Open], Open]:
    """Register a reader of the locations `matches` accepts; with None, the reader of every other location."""

    def wrap(open_: Open) -> Open:
        if matches is None:
            FALLBACK[:] = [Reader(open_, count)]
        else:
            LOCATIONS.append((matches, Reader(open_, count)))
        return open_

    return wrap


def register_suffixes(*suffixes: str, count: Count = one) -> Callable[[Open], Open]:
    """Register a reader of the files ending in `suffixes` (named, or found in a folder)."""

    def wrap(open_: Open) -> Open:
        SUFFIXES.update(dict.fromkeys(suffixes, Reader(open_, count)))
        FOLDER_SUFFIXES.update(suffixes)
        return open_

    return wrap


def register_content(matches: Callable[[bytes], bool], count: Callable[[bytes], int],
                     suffixes: Iterable[str] = ()) -> Callable[[Expand], Expand]:
    """Register a reader of the files and pages whose bytes `matches` accepts; a folder is searched for `suffixes`."""

    def wrap(expand_: Expand) -> Expand:
        CONTENTS.append(Content(matches, expand_, count))
        FOLDER_SUFFIXES.update(suffixes)
        return expand_

    return wrap


def reader(location: str) -> Reader:
    """The reader of a location: by its name, else by its file ending, else the file reader."""
    by_name = next((reader_ for matches, reader_ in LOCATIONS if matches(location)), None)
    return by_name or SUFFIXES.get(suffix(location, SUFFIXES)) or FALLBACK[0]


def suffix(name: str, suffixes: Iterable[str]) -> str:
    """The longest of `suffixes` `name` ends with ('.warc.gz' before '.gz'), ignoring case; '' if none."""
    lowered = name.lower()
    return max((s for s in suffixes if lowered.endswith(s)), key=len, default="")


def inputs(locations: Iterable[str], options: Options) -> Iterator[Input]:
    """Every input of every location, in order; a location that cannot be read is one failed input named by it (a
    reader that fails part-way, on a broken archive or feed, keeps the inputs it gave)."""
    for location in locations:
        try:
            yield from reader(location).open(location, options)
        except EventwireError as exc:
            yield failed(location, exc)
        except Exception as exc:  # noqa: BLE001  (one bad location never stops the rest)
            yield failed(location, unexpected(location, exc))


def content_of(data: bytes) -> Content | None:
    """The kind of file or page the bytes are (a feed, a list of URLs); None for one article."""
    return next((content for content in CONTENTS if content.matches(data)), None)


def expand(data: bytes, name: str, options: Options, **known: object) -> Iterator[Input]:
    """The inputs a file's or page's bytes hold: a feed's entries, a URL list's pages, else the one input itself."""
    content = content_of(data)
    return content.expand(data, name, options) if content else iter([Input.of(data, name, **known)])


def estimate(locations: Iterable[str]) -> int | None:
    """How many inputs the locations hold, at a glance (for a progress bar); None when a location does not say
    without being read whole (a WARC archive)."""
    total = 0
    for location in map(str, locations):
        try:
            found = reader(location).count(location)
        except EventwireError:
            found = 1  # a location that cannot be read is one failed input
        if found is None:
            return None
        total += found
    return total


def detect_kind(raw: str) -> str:
    """Guess the format of an input from its first characters."""
    head = raw.lstrip()[:512].lower()
    if head.startswith(("{", "[")):
        return "json"
    if head.startswith(("<!doctype html", "<html")) or ("<body" in head or "<p>" in head or "<div" in head):
        return "html"
    return "text"


def hashed_id(key: str) -> str:
    """A stable id from a key (a text, a URL, a feed entry's id)."""
    return "doc-" + hashlib.sha1(key.encode("utf-8", "surrogateescape")).hexdigest()[:12]


def numbered_id(name: str, number: int) -> str:
    """The id of the `number`th input of a file or URL: its stem and the number ('news-12')."""
    base = urlsplit(name).path if "://" in name else name
    return f"{Path(base.removesuffix('.gz')).stem or 'doc'}-{number}"
