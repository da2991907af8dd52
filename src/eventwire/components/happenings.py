"""The `happenings` component: one event per happening in an article.

Runs after `locations`. Mentions of the same happening ('met', 'their meeting on Wednesday', 'the summit', 'was held
at') become one event with `mentions`; it keeps its first mention's words and code, and takes the most informative
date (a date from the text beats the publication date, a day beats a month) and place (a place in a mention's
clause beats the same event located elsewhere, which beats the article's focus place) among them. Two events are
mentions of one happening when they have the same source and the same target (a party one of them leaves
unstated may be the other's, and then the event takes the one that names it), CAMEO codes that can name one event
(the same code, or a root's general code and one of its own), the same act or intent (hedged or not), the same
direction (a paired reverse event only with another), the same background status, and dates that agree (the
same, one within the other, or one not from the text).

An ongoing background situation ('despite the international sanctions imposed on North Korea', 'amid the ongoing
war') is `background: true` and is not dated to the publication day: its `date` is null and its `date_source`
"background". GDELT's IsRootEvent is `root: true`: an event with a mention in the lead paragraph (the first
paragraph that ends as a sentence does, so a dateline or a headline line is not the lead).
"""

from __future__ import annotations

import re

from spacy.language import Language
from spacy.tokens import Doc, Token

from eventwire.components import extensions  # noqa: F401  (registers the Doc contract)
from eventwire.components.syntax import case_of
from eventwire.resources.happenings import HappeningWords, load_happening_words

BACKGROUND = "background"  # the date_source of a background situation (its date is null)
IN_CLAUSE = "named in the event's clause"  # the reason prefix of a place in the clause (locations)
SAME_EVENT = "the same event"  # the reason prefix of a place taken from the same event elsewhere (locations)
ANOTHER_MENTION = "named in the clause of another mention of the event"  # this component's own reason prefix
NOUN_STEPS = 2  # how far up noun links an event noun may sit below a background preposition ('despite the threat of')
LEAD_END = re.compile(r"[.!?…][\"'”’)\]]*$")
BLANK_LINE = re.compile(r"\n[^\S\n]*\n")


@Language.factory(
    "happenings",
    default_config={},
    requires=["doc._.events", "token.dep", "token.tag"],
    assigns=["doc._.events"],
)
def make_happenings(nlp: Language, name: str) -> Happenings:
    return Happenings(load_happening_words())


class Happenings:
    """Marks background situations and the lead paragraph's events, then merges the mentions of one happening in
    `doc._.events` (renumbered e1, e2, ...)."""

    def __init__(self, words: HappeningWords) -> None:
        self.words = words

    def __call__(self, doc: Doc) -> Doc:
        events = doc._.events
        if not events:
            return doc
        tokens = {token.idx: token for token in doc}
        lead = lead_paragraph(doc)
        for event in events:
            trigger = tokens.get(event["start"])
            background = trigger is not None and event["date_source"] != "text" and self.background(trigger)
            event["background"] = background
            if background:
                event["date"], event["date_source"], event["date_text"] = None, BACKGROUND, None
            event["root"] = lead is not None and lead[0] <= event["start"] < lead[1]
            event["mentions"] = [mention(event)]
        doc._.events = merge(events)
        return doc

    def background(self, trigger: Token) -> bool:
        """An ongoing situation the news happens against: an event noun after 'despite', 'amid', 'in light of'
        ('despite the threat of sanctions') or with 'ongoing', 'continuing' ('amid the ongoing war'), or a
        participle modifying such a noun ('despite the sanctions imposed on North Korea')."""
        words = self.words
        if trigger.dep_ in words.reduced_relatives and trigger.tag_ == "VBN":
            # its noun, or the noun a misparse hangs from it ('despite the sanctions' as the participle's obl)
            before = [c for c in trigger.children if c.i < trigger.i]
            nouns = [trigger.head, *(c for c in before if c.dep_ == "obl"),
                     *(p for c in before if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj")]
            return any(self.background_noun(noun) for noun in nouns)
        return self.background_noun(trigger)

    def background_noun(self, noun: Token) -> bool:
        """An event noun after a background preposition (within two noun links) or with an ongoing modifier."""
        words = self.words
        if noun.pos_ not in ("NOUN", "PROPN"):
            return False
        if any(c.dep_ == "amod" and c.lower_ in words.ongoing_modifiers for c in noun.children):
            return True
        for _ in range(NOUN_STEPS):
            if case_of(noun) in words.background_prepositions:
                return True
            if noun.dep_ not in ("nmod", "pobj", "prep", "compound", "conj") or noun.head.i == noun.i:
                return False
            noun = noun.head
        return case_of(noun) in words.background_prepositions


def mention(event: dict) -> dict:
    return {key: event[key] for key in ("sentence", "trigger", "start", "end")}


def lead_paragraph(doc: Doc) -> tuple[int, int] | None:
    """The character span of the lead paragraph: the first paragraph that ends as a sentence ends, else the first
    (paragraphs as the `sentences` component found them, else split at blank lines)."""
    spans, text = doc._.paragraphs, doc.text
    if spans is None:
        spans, start = [], 0
        for m in [*BLANK_LINE.finditer(text), None]:
            end = m.start() if m else len(text)
            if text[start:end].strip():
                spans.append((start, end))
            start = m.end() if m else len(text)
    if not spans:
        return None
    return next((s for s in spans if LEAD_END.search(text[s[0]:s[1]].rstrip())), spans[0])


def merge(events: list[dict]) -> list[dict]:
    """One event per happening, in the order of first mentions, numbered e1, e2, ...: mentions with the same code
    are joined first, then those whose codes can name one event ('a meeting with Putin' joins 'their meeting on
    Wednesday' before either could join 'Kim arrived on Tuesday for a visit')."""
    kept = join(join(events, exact=True), exact=False)
    for n, event in enumerate(kept):
        event["id"] = f"e{n + 1}"
        event["mentions"].sort(key=lambda m: m["start"])
    return kept


def join(events: list[dict], exact: bool) -> list[dict]:
    kept: list[dict] = []
    for event in events:
        same = next((k for k in kept if one_happening(k, event, exact)), None)
        if same is None:
            kept.append(event)
        else:
            absorb(same, event)
    return kept


def party(ref: dict | None) -> str | None:
    return None if ref is None else ref.get("code") or ref.get("name")


def one_happening(a: dict, b: dict, exact: bool = False) -> bool:
    """Whether two events are mentions of one happening (see the module); `exact`: only with the same code."""
    codes_agree = a["cameo"] == b["cameo"] if exact else same_kind(a["cameo"], b["cameo"])
    triggers = {m["start"] for m in a["mentions"]}
    return (codes_agree and same_parties(a, b) and dates_agree(a, b)
            and bool(a.get("paired")) == bool(b.get("paired")) and bool(a.get("hedged_by")) == bool(b.get("hedged_by"))
            and a["background"] == b["background"] and not triggers & {m["start"] for m in b["mentions"]})


def same_parties(a: dict, b: dict) -> bool:
    """The same source and the same target, where a party one mention leaves unstated (null) may be the other's
    ('a meeting with Putin' and 'Kim met Putin'); at least one party must be known to both."""
    pairs = [(party(a[role]), party(b[role])) for role in ("actor", "recipient")]
    return all(x == y or x is None or y is None for x, y in pairs) and any(x == y is not None for x, y in pairs)


def same_kind(a: str, b: str) -> bool:
    """Two CAMEO codes can name one event: the same code, or a root's general code and one of its own
    ('040 Consult' and '046 Engage in negotiation'; not '042 Make a visit' and '046')."""
    return a == b or a[:2] == b[:2] and (a == a[:2] + "0" or b == b[:2] + "0")


def dates_agree(a: dict, b: dict) -> bool:
    """The same date, one within the other ('2023-09' and '2023-09-13'), or one not taken from the text."""
    if "text" not in (a["date_source"], b["date_source"]) or a["date_source"] != b["date_source"]:
        return True
    x, y = a["date"] or "", b["date"] or ""
    return x.startswith(y) or y.startswith(x)


def absorb(event: dict, other: dict) -> None:
    """Add another mention to an event, keeping the most informative date and place and the higher confidence."""
    event["mentions"].extend(other["mentions"])
    if known(other) > known(event):  # a mention that names a party this one leaves unstated
        event["actor"], event["recipient"] = other["actor"], other["recipient"]
    event["root"] = event["root"] or other["root"]
    event["confidence"] = max(event["confidence"], other["confidence"])
    if date_rank(other) > date_rank(event):
        event["date"], event["date_source"], event["date_text"] = other["date"], other["date_source"], \
            other["date_text"]
    if place_rank(other["location"]) > place_rank(event["location"]):
        where = other["location"]
        if where["reason"].startswith(IN_CLAUSE):
            where = {**where, "reason": f"{ANOTHER_MENTION} ('{other['trigger']}', sentence {other['sentence']}): "
                     f"'{where['text']}'"}
        event["location"] = where


def known(event: dict) -> int:
    return (event["actor"] is not None) + (event["recipient"] is not None)


def date_rank(event: dict) -> tuple[int, int]:
    """A date from the text beats the publication date; a day beats a month."""
    return event["date_source"] == "text", len(event["date"] or "")


def place_rank(location: dict | None) -> int:
    """A place in the clause beats the same event located elsewhere, which beats the focus place."""
    if location is None:
        return 0
    reason = location["reason"]
    return 3 if reason.startswith((IN_CLAUSE, ANOTHER_MENTION)) else 2 if reason.startswith(SAME_EVENT) else 1
