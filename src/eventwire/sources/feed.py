"""RSS and Atom feeds (feedparser), in a file or fetched from a URL: one article an entry, dated by the entry."""

from __future__ import annotations

import datetime as dt
import io
import re
from collections.abc import Iterator

from eventwire.errors import error
from eventwire.sources.registry import Input, Options, failed, hashed_id, numbered_id, register_content
from eventwire.sources.url import fetch, is_url

FEED_ROOT = re.compile(rb"<(?:rss|feed|rdf:rdf)[\s>]", re.IGNORECASE)
ENTRY = re.compile(rb"<(?:item|entry)[\s>]", re.IGNORECASE)
TEASER_CHARS = 500  # an entry with less text than this and a link is a teaser: the linked page is the article
BLOCKS = ("p", "div", "br", "li", "blockquote", "tr", "h1", "h2", "h3", "h4", "h5", "h6")  # each ends a line


def is_feed(data: bytes) -> bool:
    """RSS, Atom or RDF: XML whose root element, near the start, is a feed's."""
    head = data[:2048]
    return head.lstrip(b"\xef\xbb\xbf \t\r\n").startswith(b"<") and bool(FEED_ROOT.search(head)) and (
        b"<html" not in head.lower())


@register_content(is_feed, count=lambda data: len(ENTRY.findall(data)), suffixes=(".rss", ".atom", ".xml"))
def read_feed(data: bytes, name: str, options: Options) -> Iterator[Input]:
    """One input an entry (`name#N`): its text, or the page it links to when it gives only a teaser."""
    import feedparser

    base = {"content-location": name} if is_url(name) else None  # what relative links in a fetched feed are to
    feed = feedparser.parse(io.BytesIO(data), response_headers=base)
    if not feed.entries:
        if feed.bozo:
            raise error("E023", source=name, detail=str(feed.bozo_exception))
        raise error("E026", source=name, detail="the feed has no entries")
    for number, entry in enumerate(feed.entries, 1):
        yield entry_input(entry, f"{name}#{number}", options, numbered_id(name, number))


def entry_input(entry: dict, source: str, options: Options, number_id: str) -> Input:
    """The input of one feed entry, with its date, title and link."""
    text, link = entry_text(entry), entry.get("link") if is_url(entry.get("link") or "") else None
    key = entry.get("id") or link
    known = {"published": entry_date(entry), "url": link, "title": entry.get("title"),
             "id": hashed_id(key) if key else number_id}
    if link and len(text) < TEASER_CHARS:
        return Input(source, lambda: fetch(link, options).data, **known)
    if not text:
        return failed(source, error("E024", source=source))
    return Input.of(text.encode("utf-8"), source, kind="text", **known)


def entry_text(entry: dict) -> str:
    """An entry's text (its content, else its summary) as plain text."""
    detail = (entry.get("content") or [None])[0] or entry.get("summary_detail") or {}
    value = detail.get("value", "").strip()
    return plain(value) if value and "html" in detail.get("type", "") else value


def plain(fragment: str) -> str:
    """The text of an HTML fragment, a line a paragraph."""
    import lxml.html

    root = lxml.html.fragment_fromstring(fragment, create_parent="div")
    for element in root.iter(*BLOCKS):
        element.tail = "\n" + (element.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().splitlines())
    return "\n".join(line for line in lines if line)


def entry_date(entry: dict) -> dt.date | None:
    """An entry's publication date (the date of its last update when it gives none)."""
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return dt.date(*parsed[:3]) if parsed else None
