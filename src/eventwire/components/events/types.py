"""The trained event type model: what a sentence looks like to it (words, actors, the dictionary's types) and the
probability of each PLOVER type it gives every sentence."""

from __future__ import annotations

from pathlib import Path

import spacy
from spacy.language import Language
from spacy.tokens import Doc, Span

from eventwire.components.events.coder import Codes
from eventwire.resources.verbs import Verb

CONTENT = frozenset({"VERB", "NOUN", "AUX", "ADJ"})  # words seen by their lemma; the rest as written


class SentenceView:
    """What the type model reads of a sentence (the same in training and in use)."""

    def __init__(self, codes: Codes) -> None:
        self.codes = codes
        self.known: dict[int, tuple[str, ...]] = {}  # id of a dictionary Verb -> its type words

    def verb_types(self, verb: Verb) -> tuple[str, ...]:
        """Pseudo-words for the PLOVER types the dictionary gives a verb: its own code's, then its patterns'."""
        if id(verb) not in self.known:
            info = self.codes.codebook.info
            own, _ = verb.codes()
            own_info = info(own) if own else None
            pattern_types = {i.plover_type for p in verb.block.patterns if p.code and (i := info(p.code))}
            self.known[id(verb)] = (tuple([f"_d_{own_info.plover_type}"] if own_info and own_info.plover_type
                                          else []) + tuple(sorted(f"_p_{t}" for t in pattern_types if t)))
        return self.known[id(verb)]

    def __call__(self, sent: Span) -> list[str]:
        """The sentence as the model reads it: lemmas of content words, one ACTOR per actor mention, and after
        each dictionary verb or event noun the PLOVER types the dictionary gives it; `_empty` for nothing."""
        words: list[str] = []
        previous = None
        actors = sent.doc._.actor_tokens or {}  # what token._.actor reads, looked up once per sentence
        for token in sent:
            if token.is_space or token.is_punct:
                continue
            actor = actors.get(token.i)
            if actor is not None:
                if actor is not previous:
                    words.append("ACTOR")
                previous = actor
                continue
            previous = None
            verb = self.codes.verb_entry(token) if token.pos_ == "VERB" else None
            if verb is not None:  # the dictionary's lemma mends the lemmatizer's slips ('shelled' -> 'shelle')
                words.extend((verb.lemma, *self.verb_types(verb)))
                continue
            words.append(token.lemma_.lower() if token.pos_ in CONTENT else token.lower_)
            if token.pos_ == "NOUN":
                noun = self.codes.noun_entry(token)
                info = self.codes.codebook.info(noun.code) if noun else None
                if info and info.plover_type:
                    words.append(f"_n_{info.plover_type}")
        return [w for w in words if w.strip()] or ["_empty"]  # a Doc takes no empty word (a lemma may be one)



class TypeModel:
    """The shipped multi-label classifier (data/event_types) over the sentence view it was trained on."""

    def __init__(self, nlp: Language, view: SentenceView) -> None:
        self.nlp = nlp
        self.view = view

    @classmethod
    def load(cls, path: str | Path, codes: Codes) -> TypeModel:
        return cls(spacy.load(path), SentenceView(codes))

    def probabilities(self, sents: list[Span]) -> list[dict[str, float]]:
        """The probability of each PLOVER type for each sentence."""
        docs = [Doc(self.nlp.vocab, words=self.view(s)) for s in sents]
        _, classifier = self.nlp.pipeline[-1]
        return [dict(doc.cats) for doc in classifier.pipe(docs)]
