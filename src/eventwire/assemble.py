"""Turning a Doc annotated by eventwire's components into a Record."""

from __future__ import annotations

from spacy.tokens import Doc, Span

from eventwire.components.extensions import PLACES, QUOTES, TIMES
from eventwire.components.syntax import trimmed
from eventwire.record import (
    ActorRef,
    Claim,
    Document,
    DocumentInfo,
    Entity,
    Event,
    NoEvent,
    Place,
    Quote,
    Record,
    TimeRef,
)


def actor_ref(span: Span) -> ActorRef:
    """The actor a span stands for: the resolved actor of its head (or any word), else the words themselves; a
    whitespace token at either edge (a run of spaces in the text) is not part of the mention."""
    span = trimmed(span)
    where = {"text": span.text, "start": span.start_char, "end": span.end_char}
    for token in [span.root, *span]:
        actor = token._.actor
        if actor is not None:
            return ActorRef(**{**actor, **where})
    return ActorRef(name=span.text, resolved_by=None, **where)


def to_record(doc: Doc, document: Document, explain: bool = False) -> Record:
    """Build the Record of one document from its annotated Doc (with why sentences have no event if `explain`)."""
    sentence_of = {}
    for n, sent in enumerate(doc.sents):
        for token in sent:
            sentence_of[token.i] = n
    entities = []
    for ent in doc.ents:
        actor = ent.root._.actor
        entities.append(
            Entity(
                text=ent.text,
                start=ent.start_char,
                end=ent.end_char,
                label=ent.label_,
                actor=ActorRef(**{**actor, "text": ent.text}) if actor else None,
                sentence=sentence_of.get(ent.start, 0),
            )
        )
    quotes = []
    for span in doc.spans.get(QUOTES, []):
        speaker = span._.speaker
        quotes.append(
            Quote(
                text=span.text,
                start=span.start_char,
                end=span.end_char,
                speaker=actor_ref(speaker) if speaker is not None else None,
                cue=doc[span._.cue].text if span._.cue is not None else None,
                direct=bool(span._.direct),
                sentence=sentence_of.get(span.start, 0),
            )
        )
    times = [
        TimeRef(
            text=span.text,
            start=span.start_char,
            end=span.end_char,
            value=span._.time_value,
            type=span._.time_type or "DATE",
            anchor=span._.time_anchor,
            sentence=sentence_of.get(span.start, 0),
        )
        for span in doc.spans.get(TIMES, [])
    ]
    info = DocumentInfo(
        id=document.id,
        published=document.published,
        title=document.title,
        language=document.language,
        url=document.url,
        source=document.source,
    )
    events = [Event(**{**e, "id": f"{document.id}:{e['id']}"}) for e in doc._.events or []]
    misses = [NoEvent(**m) for m in doc._.event_misses or []] if explain else None
    places = [Place(**span._.place, sentence=sentence_of.get(span.start, 0)) for span in doc.spans.get(PLACES, [])]
    claims = [Claim(**c) for c in doc._.claims or []]
    return Record(document=info, entities=entities, events=events, quotes=quotes, times=times, places=places,
                  claims=claims, explain=misses)
