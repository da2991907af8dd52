"""Doc extensions every component may read: the publication date the text is resolved against."""

from __future__ import annotations

import datetime as dt

from spacy.tokens import Doc


def set_extensions() -> None:
    """Register `Doc._.published` (a date or None) once."""
    if not Doc.has_extension("published"):
        Doc.set_extension("published", default=None)


def published(doc: Doc) -> dt.date | None:
    """The publication date of the document, if known."""
    return doc._.published


set_extensions()
