"""The `events` component: who did what to whom, coded in CAMEO and PLOVER from the dependency parse.

frame.py reads a trigger's frame, parties.py its source and target, meaning.py negation and hedges, coder.py the
dictionary code, article.py puts them together for one document. The `event_types` component (types.py) gives every
sentence the trained model's probability of each PLOVER type, which `events` combines with the dictionary.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from eventwire.components import extensions  # noqa: F401  (registers the Doc contract)
from eventwire.components.events.article import COMBINE, DICTIONARY_TYPES, ArticleCoder, Combination
from eventwire.components.events.coder import Codes
from eventwire.components.events.types import TypeModel
from eventwire.errors import error
from eventwire.resources.codebook import load_codebook
from eventwire.resources.files import data_path
from eventwire.resources.gazetteer import load_place_cues
from eventwire.resources.grammar import Grammar, load_grammar
from eventwire.resources.verbs import load_verbs


@Language.factory(
    "event_types",
    default_config={"model_path": None, "verbs_path": None},
    requires=["doc.spans", "token.lemma", "token.pos"],
    assigns=["doc._.event_types"],
)
def make_event_types(nlp: Language, name: str, model_path: str | None, verbs_path: str | None) -> EventTyper:
    return EventTyper(TypeModel.load(model_path or data_path("event_types"), Codes(load_verbs(verbs_path),
                                                                                   load_codebook())))


class EventTyper:
    """Sets `doc._.event_types`: for each sentence, the trained model's probability of each PLOVER type."""

    def __init__(self, model: TypeModel) -> None:
        self.model = model

    def __call__(self, doc: Doc) -> Doc:
        doc._.event_types = self.model.probabilities(list(doc.sents))
        return doc


@Language.factory(
    "events",
    default_config={"verbs_path": None, "nouns": True, "combine": "both", "propose": 0.5, "contradict": 0.3,
                    "dictionary_types": list(DICTIONARY_TYPES)},
    requires=["doc.spans", "token.dep", "token.lemma", "token.pos"],
    assigns=["doc._.events", "doc._.event_misses"],
)
def make_events(nlp: Language, name: str, verbs_path: str | None, nouns: bool, combine: str, propose: float,
                contradict: float, dictionary_types: list[str]) -> EventCoder:
    if combine not in COMBINE:
        raise error("E018", combine=combine, choices=", ".join(COMBINE))
    return EventCoder(Codes(load_verbs(verbs_path), load_codebook()), nouns,
                      Combination(combine, propose, contradict, frozenset(dictionary_types)))


class EventCoder:
    """Codes events sentence by sentence into `doc._.events` (record-shaped dicts) and says in
    `doc._.event_misses` why a sentence has none. Reads the actors, times and quotes span groups."""

    def __init__(self, codes: Codes, nouns: bool = True, combination: Combination | None = None) -> None:
        self.codes = codes
        self.nouns = nouns
        self.combination = combination or Combination()
        self.grammar: Grammar = load_grammar()
        self.locative = load_place_cues().locative  # what makes a place the place of a clause ('in Tbilisi')

    def __call__(self, doc: Doc) -> Doc:
        coder = ArticleCoder(doc, self.codes, self.grammar, self.nouns, self.locative, self.combination)
        doc._.events, doc._.event_misses = coder.run()
        return doc
