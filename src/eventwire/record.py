"""The data model: a Document going in and the Record coming out (the JSON contract of `eventwire extract`)."""

from __future__ import annotations

import datetime as dt
import re

from pydantic import BaseModel, ConfigDict, Field, field_validator

from eventwire.errors import EventwireError

# Characters no reader sees, which would otherwise end up inside entities ("Ukraine\x07" an actor with no country):
# the control characters (Unicode Cc) but tab, newline and carriage return, and the format characters (Cf: zero-width
# space, joiners, soft hyphen, direction marks, BOM, tags). Each becomes one space, so a Document's text has the
# length of what was read and every offset into it is an offset into the input too.
INVISIBLE = re.compile(
    "[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\xad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e"
    "\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb\U000110bd\U000110cd"
    "\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f]")
SURROGATE = re.compile("[\ud800-\udfff]")  # half a character (a Python str can hold one): the replacement character


def visible(text: str) -> str:
    """The text with every invisible character (INVISIBLE) a space and every lone surrogate U+FFFD: as long as the
    text, so offsets hold."""
    return SURROGATE.sub("\ufffd", INVISIBLE.sub(" ", text))


class Model(BaseModel):
    """The base of every record model: unknown keys are an error, so a misspelled key fails loudly."""

    model_config = ConfigDict(extra="forbid")


class Document(Model):
    """An article as read from a source: its text and what is known about it."""

    model_config = ConfigDict(extra="forbid", validate_assignment=True)

    id: str
    text: str
    published: dt.date | None = None
    title: str | None = None
    url: str | None = None
    language: str = "en"
    source: str | None = Field(None, description="where it was read: the file, URL, feed or archive (and row or entry)")

    @field_validator("text", "title")
    @classmethod
    def _visible(cls, value: str | None) -> str | None:
        """Invisible characters become spaces, whoever made the Document (see INVISIBLE)."""
        return visible(value) if value else value


class DocumentInfo(Model):
    """The document header of a record."""

    id: str
    published: dt.date | None
    title: str | None
    language: str
    url: str | None = None
    source: str | None = Field(None, description="where it was read: the file, URL, feed or archive (and row or entry)")


class ActorRef(Model):
    """Who a mention stands for: surface text, canonical name, ISO3 country, PLOVER sector."""

    text: str
    name: str
    country: str | None = None
    sector: str | None = None
    code: str | None = Field(None, description="CAMEO actor code, e.g. RUSGOV")
    resolved_by: str | None = Field(None, description="dictionary, metonym, short name, pronoun, description, ...")
    country_source: str | None = Field(None, description="for an actor named by its role ('police'): where its "
                                       "country comes from (phrase, clause place, article focus, title); None: not "
                                       "known")
    start: int | None = Field(None, description="character offset of the mention, where it is not the entity's")
    end: int | None = None


class Entity(Model):
    """A named entity with its character span and, when one is known, the actor it is."""

    text: str
    start: int
    end: int
    label: str
    actor: ActorRef | None = None
    sentence: int = 0


class Quote(Model):
    """A quotation or reported speech: its content span, who said it and the cue verb."""

    text: str
    start: int
    end: int
    speaker: ActorRef | None
    cue: str | None
    direct: bool
    sentence: int = 0


class TimeRef(Model):
    """A time expression normalized to ISO 8601 / TIMEX3 against the publication date."""

    text: str
    start: int
    end: int
    value: str | None
    type: str = "DATE"
    anchor: str | None = Field(None, description="what the value was resolved against")
    sentence: int = 0


class Place(Model):
    """A toponym in the text resolved to a gazetteer entry (GeoNames or eventwire's alias table), with why."""

    text: str
    start: int
    end: int
    name: str | None = Field(None, description="the entry's name; None when the toponym is not in the gazetteer")
    lat: float | None = None
    lon: float | None = None
    country: str | None = Field(None, description="ISO3")
    admin1: str | None = Field(None, description="first-level division")
    geonameid: int | None = None
    feature_class: str | None = Field(None, description="GeoNames class: A country/division, P city, S site, "
                                      "L area, H water")
    feature_code: str | None = Field(None, description="PCLI, ADM1, ADM2, PPLC, PPL, CONT, or the alias table's kind")
    resolution: str | None = Field(None, description="country, admin1, admin2, city, facility or region")
    reason: str = Field("", description="how it was found and why this entry won")
    confidence: float = 0.0
    sentence: int = 0


class Location(Model):
    """Where an event happened: a resolved place and why it was chosen."""

    text: str
    start: int
    end: int
    name: str
    lat: float
    lon: float
    country: str | None = None
    admin1: str | None = None
    geonameid: int | None = None
    resolution: str
    reason: str = Field(description="in the clause, the same event located elsewhere, or the article's focus")


class Claim(Model):
    """A figure the article states, checked against what eventwire computed from the article's own facts."""

    kind: str = Field(description="distance or duration")
    text: str
    start: int
    end: int
    sentence: int
    stated: float
    computed: float | None
    unit: str = Field(description="km or days")
    verdict: str = Field(description="consistent, differs or unverifiable")
    compared: str = Field(description="what was measured against the stated figure")
    note: str = ""


class Mention(Model):
    """One place in the text where an event is mentioned: its sentence, trigger word and the trigger's offsets."""

    sentence: int
    trigger: str
    start: int
    end: int


class Event(Model):
    """A coded event: who did what to whom, when, in CAMEO and PLOVER, with the words behind it."""

    id: str
    event_type: str | None = Field(None, description="PLOVER event type (16 types); None for CAMEO 01/02")
    mode: str | None = None
    context: str | None = None
    cameo: str
    cameo_name: str | None = None
    goldstein: float | None = None
    quad_class: int | None = Field(None, description="1 verbal coop, 2 material coop, 3 verbal conflict, 4 material")
    actor: ActorRef | None = Field(None, description="the source; None when the text leaves it unstated")
    recipient: ActorRef | None = None
    date: str | None = None
    date_source: str = Field("published", description="text: a time expression in the clause; published: the "
                             "publication date; background: an ongoing situation, not dated (date null)")
    date_text: str | None = None
    location: Location | None = None
    sentence: int
    trigger: str
    start: int
    end: int
    confidence: float
    paired: bool = Field(False, description="the reverse event a pattern implies (a visit implies a host)")
    hedged_by: str | None = Field(None, description="the modal or intent word that made the act an intent")
    reported_by: ActorRef | None = Field(None, description="who relayed it: the speaker of the quote around it")
    coded_by: str = Field("", description="the pattern, verb or noun entry that gave the code, and what the type "
                         "model did (typed, proposed or doubted the event)")
    mentions: list[Mention] = Field([], description="every mention of this happening in the article, in text order "
                                    "(the event's own sentence, trigger and offsets are its first)")
    root: bool = Field(False, description="mentioned in the lead paragraph (GDELT's IsRootEvent)")
    background: bool = Field(False, description="an ongoing situation the news happens against ('despite the "
                             "sanctions imposed on ...'), not an act of the day: date null, date_source background")


class NoEvent(Model):
    """A sentence that yielded no event, and why (shown by --explain)."""

    sentence: int
    start: int
    end: int
    text: str = Field("", description="the sentence")
    reasons: list[str]


class Record(Model):
    """Everything eventwire extracted from one document."""

    document: DocumentInfo
    entities: list[Entity] = []
    events: list[Event] = []
    quotes: list[Quote] = []
    times: list[TimeRef] = []
    places: list[Place] = []
    claims: list[Claim] = []
    explain: list[NoEvent] | None = Field(None, description="sentences without events and why (with --explain)")


class Failure(Model):
    """An input that gave no record, and why: the input's name, the error code and what to do."""

    source: str
    code: str
    message: str
    language: str | None = Field(None, description="the language a non-English input was detected as (E004)")

    @classmethod
    def of(cls, source: str, exc: EventwireError) -> Failure:
        language = exc.values.get("language")
        return cls(source=source, code=exc.code, message=str(exc), language=str(language) if language else None)
