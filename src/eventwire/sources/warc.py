"""WARC archives (warcio): every HTML page a `response` record holds with status 200 is one input."""

from __future__ import annotations

from collections.abc import Iterator

from eventwire.errors import error
from eventwire.sources.files import open_path
from eventwire.sources.registry import Input, Options, numbered_id, register_suffixes
from eventwire.sources.url import as_utf8

HTML_TYPES = ("text/html", "application/xhtml+xml")


@register_suffixes(".warc", ".warc.gz", count=lambda location: None)
def read_warc(location: str, options: Options) -> Iterator[Input]:
    """The HTML pages of an archive (`archive.warc.gz#N`, N the record's number), each with its target URI."""
    from warcio.archiveiterator import ArchiveIterator
    from warcio.exceptions import ArchiveLoadFailed

    found = number = 0
    with open_path(location) as stream:
        try:
            for number, record in enumerate(ArchiveIterator(stream), 1):
                headers = record.http_headers
                if record.rec_type != "response" or headers is None or headers.get_statuscode() != "200":
                    continue
                content_type = headers.get_header("Content-Type") or ""
                if not content_type.lower().startswith(HTML_TYPES):
                    continue
                found += 1
                page = as_utf8(record.content_stream().read(), content_type)
                yield Input.of(page, f"{location}#{number}", kind="html",
                               url=record.rec_headers.get_header("WARC-Target-URI"), id=numbered_id(location, number))
        except ArchiveLoadFailed as exc:
            raise error("E025", source=location, detail=str(exc).strip()[:120]) from None
    if not found:
        raise error("E026", source=location, detail=f"no HTML page with status 200 among its {number} records")
