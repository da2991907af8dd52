"""Files and standard input as locations: '-' is standard input, anything else a file path."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from typing import IO

from eventwire.errors import error
from eventwire.sources.registry import FOLDER_SUFFIXES, Input, Options, content_of, expand, register_location

HEAD_BYTES = 65536  # what it takes to tell a feed or a list of URLs from an article
ARTICLES = (".txt", ".text", ".md", ".html", ".htm", ".json")  # the files a folder holds one article each in
FOLDER_SUFFIXES.update(ARTICLES)


@register_location(lambda location: location == "-")
def read_stdin(location: str, options: Options) -> Iterator[Input]:
    """What standard input holds: an article, a feed or a list of URLs."""
    return expand(sys.stdin.buffer.read(), "<stdin>", options)


def open_path(location: str, mode: str = "rb", **text: str) -> IO:
    """A file opened to read; a missing or unreadable file is error E011."""
    try:
        return open(location, mode, **text)  # noqa: SIM115  (the caller closes it)
    except OSError as exc:
        raise error("E011", source=location, detail=exc.strerror or str(exc)) from None


def read_path(location: str) -> bytes:
    """A file's bytes; a missing or unreadable file is error E011."""
    with open_path(location) as stream:
        return stream.read()


def count_file(location: str) -> int:
    """How many inputs a file holds, at a glance: one, unless its start shows a feed or a list of URLs."""
    with open_path(location) as stream:
        head = stream.read(HEAD_BYTES)
        content = content_of(head)
        return content.count(head + stream.read()) if content else 1


@register_location(None, count=count_file)
def read_file(location: str, options: Options) -> Iterator[Input]:
    """What a file holds: an article, a feed or a list of URLs."""
    return expand(read_path(location), location, options)
