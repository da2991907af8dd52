"""The `events` component: who did what to whom, coded in CAMEO and PLOVER from the dependency parse.

frame.py reads a trigger's frame, parties.py its source and target, meaning.py negation and hedges, coder.py the
dictionary code, article.py puts them together for one document.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from eventwire.components import extensions  # noqa: F401  (registers the Doc contract)
from eventwire.components.events.article import ArticleCoder
from eventwire.components.events.coder import Codes
from eventwire.resources.codebook import load_codebook
from eventwire.resources.gazetteer import load_place_cues
from eventwire.resources.grammar import Grammar, load_grammar
from eventwire.resources.verbs import load_verbs


@Language.factory(
    "events",
    default_config={"verbs_path": None, "nouns": True},
    requires=["doc.spans", "token.dep", "token.lemma", "token.pos"],
    assigns=["doc._.events", "doc._.event_misses"],
)
def make_events(nlp: Language, name: str, verbs_path: str | None, nouns: bool) -> EventCoder:
    return EventCoder(Codes(load_verbs(verbs_path), load_codebook()), nouns)


class EventCoder:
    """Codes events sentence by sentence into `doc._.events` (record-shaped dicts) and says in
    `doc._.event_misses` why a sentence has none. Reads the actors, times and quotes span groups."""

    def __init__(self, codes: Codes, nouns: bool = True) -> None:
        self.codes = codes
        self.nouns = nouns
        self.grammar: Grammar = load_grammar()
        self.locative = load_place_cues().locative  # what makes a place the place of a clause ('in Tbilisi')

    def __call__(self, doc: Doc) -> Doc:
        coder = ArticleCoder(doc, self.codes, self.grammar, self.nouns, self.locative)
        doc._.events, doc._.event_misses = coder.run()
        return doc
