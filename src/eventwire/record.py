"""The data model: a Document going in and the Record coming out (the JSON contract of `eventwire extract`)."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field


class Document(BaseModel):
    """An article as read from a source: its text and what is known about it."""

    id: str
    text: str
    published: dt.date | None = None
    title: str | None = None
    url: str | None = None
    language: str = "en"


class DocumentInfo(BaseModel):
    """The document header of a record."""

    id: str
    published: dt.date | None
    title: str | None
    language: str
    url: str | None = None


class ActorRef(BaseModel):
    """Who a mention stands for: surface text, canonical name, ISO3 country, PLOVER sector."""

    text: str
    name: str
    country: str | None = None
    sector: str | None = None
    code: str | None = Field(None, description="CAMEO actor code, e.g. RUSGOV")
    resolved_by: str | None = Field(None, description="dictionary, metonym, short name, pronoun, description, ...")
    start: int | None = Field(None, description="character offset of the mention, where it is not the entity's")
    end: int | None = None


class Entity(BaseModel):
    """A named entity with its character span and, when one is known, the actor it is."""

    text: str
    start: int
    end: int
    label: str
    actor: ActorRef | None = None


class Quote(BaseModel):
    """A quotation or reported speech: its content span, who said it and the cue verb."""

    text: str
    start: int
    end: int
    speaker: ActorRef | None
    cue: str | None
    direct: bool
    sentence: int = 0


class TimeRef(BaseModel):
    """A time expression normalized to ISO 8601 / TIMEX3 against the publication date."""

    text: str
    start: int
    end: int
    value: str | None
    type: str = "DATE"
    anchor: str | None = Field(None, description="what the value was resolved against")


class Record(BaseModel):
    """Everything eventwire extracted from one document."""

    document: DocumentInfo
    entities: list[Entity] = []
    events: list[dict] = []
    quotes: list[Quote] = []
    times: list[TimeRef] = []
    places: list[dict] = []
