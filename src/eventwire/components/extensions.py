"""The Doc contract: every Doc, Span and Token extension and span key eventwire's components read and write."""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

# span keys: doc.spans[KEY]
ACTORS = "actors"  # actor mentions, each with span._.actor
TIMES = "times"  # time expressions, with span._.time_value, ._.time_type, ._.time_anchor
QUOTES = "quotes"  # quote contents, with span._.speaker (a Span or None), ._.cue (a token index), ._.direct
PLACES = "places"  # toponyms, with span._.place (the record's place dict)

DOC_EXTENSIONS = {
    "published": "the publication date (datetime.date or None) relative dates are resolved against; set by the caller",
    "paragraphs": "the (start, end) character offsets of each paragraph (sentences)",
    "actor_tokens": "token index -> actor dict of the mention covering it (actors)",
    "events": "the coded events, record-shaped dicts (events; location added by locations; the mentions of one "
              "happening merged, background and root added by happenings)",
    "event_misses": "sentences without an event and why (events)",
    "event_types": "for each sentence, the probability of each PLOVER type from the trained model (event_types)",
    "claims": "stated figures checked against the article (claims)",
}
SPAN_EXTENSIONS = {
    "actor": "the actor dict of an actor mention (actors)",
    "time_value": "TIMEX3 value (times)",
    "time_type": "TIMEX3 type: DATE, TIME, DURATION, SET (times)",
    "time_anchor": "what the value was resolved against (times)",
    "speaker": "the speaker's span, or None (quotes)",
    "cue": "the index of the cue verb token, or None (quotes)",
    "direct": "True for quotation marks, False for reported speech (quotes)",
    "place": "the record's place dict of a toponym (places)",
}


def actor_of(token: Token) -> dict | None:
    """The actor (an ActorRef-shaped dict) of the mention covering `token`, if any: `token._.actor`."""
    index = token.doc._.actor_tokens
    return index.get(token.i) if index else None


def register() -> None:
    """Register every extension once (safe to call again)."""
    for name in DOC_EXTENSIONS:
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)
    for name in SPAN_EXTENSIONS:
        if not Span.has_extension(name):
            Span.set_extension(name, default=None)
    if not Token.has_extension("actor"):
        Token.set_extension("actor", getter=actor_of)


register()
