"""The `locations` component: where each coded event happened (the place in its clause, the same event located
elsewhere, or the article's focus place)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from eventwire.components.context import focus_place, resolved_places
from eventwire.components.syntax import introduced_by
from eventwire.resources.gazetteer import Cues, load_place_cues

FINEST_FIRST = ("facility", "city", "admin1", "region", "country")  # a more precise place wins in one clause
MAX_STEPS = 5  # how far up the parse a place may sit from the word it is attached to
NOUN_LINKS = ("nmod", "obl", "appos", "compound", "conj", "pobj", "prep", "flat")
IN_CLAUSE = "named in the event's clause"


@Language.factory(
    "locations",
    default_config={},
    requires=["doc._.events", "doc.spans", "token.dep"],
    assigns=["doc._.events"],
)
def make_locations(nlp: Language, name: str) -> EventLocations:
    return EventLocations(load_place_cues())


class EventLocations:
    """Sets `location` on every event of `doc._.events` (None only when the article names no place)."""

    def __init__(self, cues: Cues) -> None:
        self.cues = cues

    def __call__(self, doc: Doc) -> Doc:
        if doc._.events:
            Locator(doc, self.cues).locate(doc._.events)
        return doc


class Locator:
    """Gives each event dict a `location`: the record's Location shape with the reason it was chosen."""

    def __init__(self, doc: Doc, cues: Cues) -> None:
        self.doc = doc
        self.cues = cues
        self.triggers = {token.idx: token for token in doc}
        self.places = resolved_places(doc)
        self.in_sentence: dict[int, list[Span]] = {}  # the places of each sentence, by its first token
        for span in self.places:
            self.in_sentence.setdefault(span.sent.start, []).append(span)
        self.focus = focus_place(self.places, self.cues.locative)

    def locate(self, events: list[dict]) -> None:
        """Set `location` on every event (found by its trigger's offset); it stays None when the article names
        no place."""
        for event in events:
            span = self.in_clause(self.triggers[event["start"]], event)
            if span is not None:
                event["location"] = where(span, f"{IN_CLAUSE}: '{span.text}'")
        for event in events:
            if event["location"] is None:
                event["location"] = self.same_event(event, events) or self.focus_of()

    # --- in the clause --------------------------------------------------------------------------------------

    def in_clause(self, trigger: Token, event: dict) -> Span | None:
        """A place attached to the trigger (or to the verb an event noun is the subject or object of) by a
        locative preposition ('met in Vienna', 'the meeting was held at the Vostochny space base'), that is not
        one of the event's own actors."""
        anchors = {trigger.i}
        if trigger.pos_ in ("NOUN", "PROPN") and trigger.head.pos_ in ("VERB", "AUX"):
            anchors.add(trigger.head.i)
        actors = [(a["start"], a["end"]) for a in (event.get("actor"), event.get("recipient")) if a]
        found = []
        for span in self.in_sentence.get(trigger.sent.start, []):
            if any(s < span.end_char and span.start_char < e
                                                           for s, e in actors):
                continue
            if self.attached(span.root, anchors):
                found.append(span)
        if not found:
            return None
        return min(found, key=lambda s: (rank(s), abs(s.start - trigger.i)))

    def attached(self, token: Token, anchors: set[int]) -> bool:
        """Whether a place's head word reaches an anchor through noun links, with a locative preposition on
        the way ('at the base in eastern Russia')."""
        marked = False
        for _ in range(MAX_STEPS):
            marked = marked or self.locative(token)
            if token.head.i in anchors:
                return marked
            if token.dep_ not in NOUN_LINKS or token.head.i == token.i:
                return False
            token = token.head
        return False

    def locative(self, token: Token) -> bool:
        """The word is introduced by a locative preposition ('in', 'at', 'near')."""
        return introduced_by(token, self.cues.locative)

    # --- elsewhere in the article ---------------------------------------------------------------------------

    @staticmethod
    def same_event(event: dict, events: list[dict]) -> dict | None:
        """The location of the same kind of event between the same actors, located in another sentence, when
        their dates agree ('their meeting on Wednesday' ... 'the meeting was held at ...')."""
        pair = pair_key(event)
        for other in events:
            loc = other["location"]
            if loc is None or other is event or not loc["reason"].startswith(IN_CLAUSE):
                continue
            dates_agree = event["date"] == other["date"] or "published" in (event["date_source"], other["date_source"])
            if same_kind(event["cameo"], other["cameo"]) and pair_key(other) == pair and dates_agree:
                return {**loc, "reason": f"the same event ({other['trigger']}, CAMEO {other['cameo']}, the same "
                        f"actors) is located in sentence {other['sentence']}"}
        return None

    def focus_of(self) -> dict | None:
        if self.focus is None:
            return None
        span, count = self.focus
        return where(span, f"no place in the event's clause: the article's focus place, named {count} time"
                     f"{'s' if count > 1 else ''}")


def rank(span: Span) -> int:
    resolution = span._.place["resolution"]
    return FINEST_FIRST.index(resolution) if resolution in FINEST_FIRST else len(FINEST_FIRST)


def same_kind(a: str, b: str) -> bool:
    """Two CAMEO codes can name one event: the same code, or a root's general code and one of its own
    ('040 Consult' and '046 Engage in negotiation'; not '042 Make a visit' and '046')."""
    return a == b or a[:2] == b[:2] and (a == a[:2] + "0" or b == b[:2] + "0")


def pair_key(event: dict) -> frozenset:
    return frozenset((a.get("code") or a.get("name")) for a in (event["actor"], event["recipient"]) if a)


def where(span: Span, reason: str) -> dict:
    """The record's Location shape of a place span."""
    place = span._.place
    keys = ("name", "lat", "lon", "country", "admin1", "geonameid", "resolution")
    return {"text": span.text, "start": span.start_char, "end": span.end_char, **{k: place[k] for k in keys},
            "reason": reason}
