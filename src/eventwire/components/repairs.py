"""The `parse_repairs` component: mends parses a statistical parser gets wrong in a way the tree itself betrays.

Ten repairs. A past-tense verb before its object is read as a participle modifying the noun, and the noun
becomes the root: "Japan lifted sanctions on Iran" parsed as the noun phrase "lifted sanctions" with "Japan" as the
participle's subject. A participle used as an adjective never has a subject of its own, so an `amod` participle
with an active subject, whose noun is the sentence's root, is the main verb: it becomes the root, the noun its
object. Found in 19 of 3,281 news sentences of the silver train/dev and 5-way sets (lifted sanctions, rejected
accusations, reduced aid, killed 258 people), where it hid the event each time. And a name or noun read as a
`compound` of a finite main verb ("Iran backs Assad's government" with "Iran" a compound of "backs"): a compound
modifies nouns only, so when the verb has no subject the word is its subject. And a headline's "X to do Y"
("Dutch Queen Beatrix to visit S. Africa in October"), parsed as a noun phrase with an infinitive modifying the
noun: in a sentence without a finite verb whose root noun has no determiner, the infinitive is the main verb and the
noun its subject, so the act is coded as what X is to do (an intent: "to" stays its marker); the noun phrase must
name someone, as headlines do ("Groups stage demonstrations to protest" is a misread verb, not a headline). And
a past tense read as a reduced relative ("The opposition called for protests." parsed as the noun phrase "the
opposition (that was) called for protests"): in a full sentence, ending with a full stop, without a finite verb,
a participle right after the root noun with no by-phrase of its own is the sentence's verb. Found in 6 of 3,281
tuning sentences ("EU called for sanctions", "soldiers deployed to Nigeria"), each a misparse. And a verb
tagged as a noun though the tree gives it a subject before it and an object after it ("Japan cut tariffs on U.S.
goods", "Scandal hits Clinton campaign"): a noun never has both (a noun predicate has a copula, not an object), so
it is the verb, its tag the past or third person the word's form allows. Found in 5 of 3,480 tuning sentences.
And a perfect read as possession ("France has opposed resolutions" parsed as "has" owning "opposed resolutions"):
a participle right after "have" modifying its object is the verb, "have" its auxiliary. Found in 3 of 3,480
tuning sentences ("Myanmar has established diplomatic ties with Seychelles"), each hiding the event.
And a conjunct read as an apposition ("U.S. President Joe Biden and Chinese President Xi Jinping agreed", with Xi an
apposition of Biden, so the second actor vanished): an apposition never opens with "and" or "or", so it is the
conjunct. Found in 2 of 3,480 tuning sentences ("Trump and Japanese Prime Minister Shinzo Abe"), both misparses.
And a passive whose auxiliary is left out in its second conjunct ("two soldiers were killed and seven others injured",
read as seven others injuring): a past form joined to a passive, with no auxiliary and no object of its own, whose
subject is counted, is passive too. Found once in 3,480 tuning sentences, a report of casualties.
And a reduced relative read as the main verb ("Palestinians killed in the raid were buried on Friday", read as the
Palestinians killing and then being buried): a past form at the root with a subject and no object, joined to a
later verb that has its own auxiliary but no subject, no "and" and no subordinator ("when"), with no conjunction or
comma between them, is a participle describing the subject, and the later verb is the sentence's. Found once in
3,480 tuning sentences ("Animals illegally smuggled to Europe by a trader were received by the zoo").
And a title read as a second subject ("leader Kim Jong Un had ordered", "nominee Hillary Clinton blasted", with
"leader" and "Kim" both subjects, so a leader and Kim met each other): a singular common noun right before a
person's name, both subjects of one verb, is the name's title. Found in 8 of 3,480 tuning sentences (negotiator
Saeb Erakat, head of state Arpad Goencz, her son Jack), each a misparse.
"""

from __future__ import annotations

import numpy
from spacy.attrs import DEP, POS
from spacy.language import Language
from spacy.parts_of_speech import IDS as POS_IDS
from spacy.tokens import Doc, Token

from eventwire.components.syntax import PERSON_LABELS, case_of

PARTICIPLES = ("VBN", "VBD")
NOUNS = ("NOUN", "PROPN")
FINITE = ("VBZ", "VBD", "VBP")
MAIN_CLAUSES = ("ROOT", "ccomp")
CLAUSES = ("acl", "relcl", "advcl")  # how an infinitive after a noun is attached
HAVE = ("have", "has", "had", "'ve")  # the perfect's auxiliary
SUBJECT_LABELS = ("nsubj", "nsubj:pass")


@Language.factory("parse_repairs", default_config={}, requires=["token.dep", "token.tag", "doc.ents"],
                  assigns=["token.dep", "token.head", "token.tag", "token.pos"])
def make_parse_repairs(nlp: Language, name: str) -> ParseRepairs:
    return ParseRepairs()


def verb_read_as_participle(token: Token) -> bool:
    """'lifted' in 'Japan lifted sanctions' parsed as an adjective of the root noun, with 'Japan' as its subject."""
    head = token.head
    return (token.dep_ == "amod" and token.tag_ in PARTICIPLES and token.i < head.i and head.dep_ == "ROOT"
            and head.pos_ in NOUNS and any(c.dep_ == "nsubj" and c.i < token.i for c in token.children))


def subject_read_as_compound(token: Token) -> bool:
    """'Iran' in 'Iran backs Assad's government' parsed as a compound of the verb, which is left without a subject
    (a hyphen between them makes a real compound: 'London-based')."""
    verb = token.head
    return (token.dep_ == "compound" and token.pos_ in NOUNS and verb.tag_ in FINITE and verb.dep_ in MAIN_CLAUSES
            and token.i < verb.i and not any(t.text == "-" for t in token.doc[token.i : verb.i])
            and not any(c.dep_.startswith("nsubj") for c in verb.children))


def headline_infinitive(token: Token) -> bool:
    """'visit' in 'Dutch Queen Beatrix to visit S. Africa': an infinitive modifying a bare root noun in a sentence
    without a finite verb (a headline)."""
    noun = token.head
    return (token.dep_ in CLAUSES and token.tag_ == "VB" and noun.dep_ == "ROOT" and noun.pos_ in NOUNS
            and noun.i < token.i and any(c.dep_ == "mark" and c.lower_ == "to" for c in token.children)
            and not any(c.dep_ == "det" for c in noun.children) and named(noun)
            and not any(t.tag_ in FINITE or t.tag_ == "MD" for t in token.sent))


def named(noun: Token) -> bool:
    """A noun phrase that names someone: a name or an entity's word in it up to the noun ('Nicaraguan president',
    'Bulgaria air traffic controllers'); not 'Groups stage demonstrations' (a misread verb)."""
    return any(t.pos_ == "PROPN" or t.ent_type_ for t in noun.subtree if t.i <= noun.i)


def verb_read_as_relative(token: Token) -> bool:
    """'called' in 'The opposition called for protests.' parsed as a participle modifying 'opposition'."""
    noun = token.head
    if not (token.dep_ == "acl" and token.tag_ == "VBN" and noun.dep_ == "ROOT" and noun.pos_ in NOUNS
            and token.i == noun.i + 1):
        return False
    sent = token.sent
    return (sent[-1].text == "." and not any(c.dep_ == "obl:agent" or case_of(c) == "by" for c in token.children)
            and not any(t.tag_ in FINITE or t.tag_ == "MD" for t in sent))


def verb_read_as_noun(token: Token) -> bool:
    """'cut' in 'Japan cut tariffs on U.S. goods' tagged a noun, with a subject before it and an object after it."""
    return (token.pos_ in NOUNS and not any(c.dep_ == "cop" for c in token.children)
            and any(c.dep_.startswith("nsubj") and c.i < token.i for c in token.children)
            and any(c.dep_ == "obj" and c.i > token.i for c in token.children))


def perfect_read_as_possession(token: Token) -> bool:
    """'opposed' in 'France has opposed resolutions' parsed as an adjective of the object of 'has'."""
    noun = token.head
    have = noun.head
    return (token.dep_ == "amod" and token.tag_ == "VBN" and noun.dep_ == "obj" and have.lower_ in HAVE
            and have.i < token.i < noun.i and all(w.pos_ in ("ADV", "PART") for w in token.doc[have.i + 1 : token.i]))


def conjunct_read_as_apposition(token: Token) -> bool:
    """'Xi' in 'President Joe Biden and Chinese President Xi Jinping' parsed as an apposition of 'Joe'."""
    first = token.left_edge
    return token.dep_ == "appos" and first.dep_ == "cc" and first.i < token.i


def elided_passive(token: Token) -> bool:
    """'injured' in 'two soldiers were killed and seven others injured', read as 'seven others' injuring."""
    verb = token.head
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    return (token.dep_ == "conj" and token.tag_ in PARTICIPLES and verb.tag_ == "VBN"
            and any(c.dep_ == "aux:pass" for c in verb.children) and subject is not None
            and not any(c.dep_ in ("aux", "aux:pass", "obj") for c in token.children)
            and (subject.pos_ == "NUM" or any(c.dep_ == "nummod" for c in subject.children)))


def relative_read_as_verb(token: Token) -> bool:
    """'received' in 'Animals smuggled to Europe were received by the zoo', parsed as a conjunct of 'smuggled'."""
    verb = token.head
    return (token.dep_ in ("conj", "advcl") and verb.dep_ == "ROOT" and verb.tag_ in PARTICIPLES and verb.i < token.i
            and any(c.dep_.startswith("nsubj") and c.i < verb.i for c in verb.children)
            and not any(c.dep_ == "obj" for c in verb.children)
            and not any(c.dep_.startswith("nsubj") or c.dep_ in ("cc", "mark") for c in token.children)
            and token.tag_.startswith("VB")
            and any(c.dep_ in ("aux", "aux:pass") and c.i < token.i for c in token.children)
            and not any(t.pos_ == "CCONJ" or t.text in (",", ";") for t in token.doc[verb.i + 1 : token.i]))


def relative(participle: Token, verb: Token) -> None:
    """Make a root participle the modifier of its subject and the verb joined to it the root, with that subject."""
    subject = next(c for c in participle.children if c.dep_.startswith("nsubj"))
    later = [c for c in participle.children if c.i > verb.i]
    verb.head, verb.dep_ = verb, "ROOT"
    subject.head = verb
    subject.dep_ = "nsubj:pass" if any(c.dep_ == "aux:pass" for c in verb.children) else "nsubj"
    participle.head, participle.dep_, participle.tag_ = subject, "acl", "VBN"
    for child in later:
        child.head = verb


def title_read_as_subject(token: Token) -> bool:
    """'leader' in 'leader Kim Jong Un had ordered', parsed as a subject beside the name it titles."""
    name = next((c for c in token.head.children if c.dep_ in SUBJECT_LABELS and c.i > token.i), None)
    return (token.dep_ in SUBJECT_LABELS and token.tag_ == "NN" and name is not None
            and name.ent_type_ in PERSON_LABELS and name.left_edge.i == name.i == token.i + 1)


def perfect(participle: Token) -> None:
    """Make a participle read as its object's adjective the verb of its clause, 'have' its auxiliary."""
    noun = participle.head
    have = noun.head
    participle.head = participle if have.head.i == have.i else have.head
    participle.dep_, participle.pos_ = have.dep_, "VERB"
    noun.head = participle
    for child in [c for c in have.children if c.i != participle.i]:
        child.head = participle
    have.head, have.dep_, have.pos_ = participle, "aux", "AUX"


def verbal(token: Token) -> None:
    """Make a word read as a noun the verb it is: 'hits' a present tense, 'cut' or 'sought' a past one."""
    token.pos_ = "VERB"
    if not token.tag_.startswith("VB"):
        token.tag_ = "VBZ" if token.tag_ == "NNS" else "VBD"


def promote(verb: Token, noun: Token, dep: str, finite: bool) -> None:
    """Make `verb` the root and `noun` its `dep`; a participle read where a past tense stood becomes one."""
    verb.head, verb.dep_ = verb, "ROOT"
    noun.head, noun.dep_ = verb, dep
    if finite:
        verb.tag_ = "VBD"
        verb.set_morph("Mood=Ind|Tense=Past|VerbForm=Fin")


class ParseRepairs:
    """Mends the parse of each Doc in place (see the module's docstring)."""

    def __call__(self, doc: Doc) -> Doc:
        for token in [t for t in labelled(doc, DEP, ("amod",)) if verb_read_as_participle(t)]:
            promote(token, token.head, "obj", finite=True)
        for token in [t for t in labelled(doc, DEP, ("compound",)) if subject_read_as_compound(t)]:
            token.dep_ = "nsubj"
        for token in [t for t in labelled(doc, DEP, ("acl",)) if verb_read_as_relative(t)]:
            promote(token, token.head, "nsubj", finite=True)
        for token in [t for t in labelled(doc, DEP, ("amod",)) if perfect_read_as_possession(t)]:
            perfect(token)
        for token in [t for t in labelled(doc, POS, NOUNS) if verb_read_as_noun(t)]:
            verbal(token)
        for token in [t for t in labelled(doc, DEP, CLAUSES) if headline_infinitive(t)]:
            promote(token, token.head, "nsubj", finite=False)
        for token in [t for t in labelled(doc, DEP, ("appos",)) if conjunct_read_as_apposition(t)]:
            token.dep_, token.left_edge.head = "conj", token
        for token in [t for t in labelled(doc, DEP, ("conj",)) if elided_passive(t)]:
            token.tag_ = "VBN"
            next(c for c in token.children if c.dep_ == "nsubj").dep_ = "nsubj:pass"
        for token in [t for t in labelled(doc, DEP, ("conj", "advcl")) if relative_read_as_verb(t)]:
            relative(token.head, token)
        for token in [t for t in labelled(doc, DEP, SUBJECT_LABELS) if title_read_as_subject(t)]:
            token.head, token.dep_ = token.doc[token.i + 1], "compound"
        return doc


def labelled(doc: Doc, attr: int, labels: tuple[str, ...]) -> list[Token]:
    """The tokens with one of these labels, read off the Doc's array: each repair looks at a few tokens, and making
    a Python object of every token for each repair cost more than the repairs."""
    values = doc.to_array([attr])
    wanted = [doc.vocab.strings[label] if attr == DEP else POS_IDS[label] for label in labels]
    return [doc[int(i)] for i in numpy.flatnonzero(numpy.isin(values, wanted))]
