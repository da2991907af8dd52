"""Parse knowledge shared by the components: dependency and entity label sets of both schemes, and their helpers.

Universal Dependencies labels come from eventwire's own model; ClearNLP labels (nsubjpass, dobj, poss, prep/pobj,
agent) from spaCy's English pipelines, which a user may name with --model.
"""

from __future__ import annotations

from collections.abc import Collection

from spacy.tokens import Span, Token

PERSON_LABELS = ("PER", "PERSON")  # entity labels of people: CoNLL (eventwire's model), OntoNotes (spaCy's)
PLACE_LABELS = ("LOC", "GPE", "FAC")  # entity labels that name places (CoNLL, OntoNotes)
ACTIVE_SUBJECTS = ("nsubj", "csubj")
PASSIVE_SUBJECTS = ("nsubj:pass", "nsubjpass", "csubj:pass")  # the patient of a passive
SUBJECTS = ACTIVE_SUBJECTS + PASSIVE_SUBJECTS
OBJECTS = ("obj", "dobj", "iobj", "dative", "attr", "oprd")
DIRECT_OBJECTS = ("obj", "dobj")
INDIRECT_OBJECTS = ("iobj", "dative")  # 'sent Syria weapons'
PASSIVE_AUXILIARIES = ("aux:pass", "auxpass")
AGENTS = ("obl:agent", "agent")  # the by-phrase of a passive
ATTACHED = ("obl", "nmod", "obl:agent", "obl:tmod", "advmod", "agent", "prep")  # phrases hanging from a verb
PARTICLES = ("compound:prt", "prt")
REACH = ("obl", "nmod", "advcl", "xcomp", "acl", "prep")  # where a target may sit deeper in a clause
FRAMES = ("xcomp", "ccomp", "acl", "advcl", "parataxis")  # how an inner clause hangs from a verb that frames it
POSSESSIVES = ("nmod:poss", "poss")
MODIFIERS = ("compound", "amod", "nmod:poss", "poss", "flat", "appos", "nmod")
RELATIVE_CLAUSES = ("acl:relcl", "relcl")
CASE_MARKERS = ("case", "fixed")
ORIGIN = ("of", "from")  # prepositions of a phrase naming whose people they are ('the ambassadors of Arnor')


def case_of(token: Token) -> str | None:
    """The preposition introducing a noun ('with' in 'with Putin'), multi-word ones joined ('out of'): a UD case
    marker before it, or the ClearNLP preposition a pobj hangs from; never a whitespace token a parser mislabels."""
    cases = [c for c in token.children if c.dep_ in CASE_MARKERS and c.i < token.i and not c.is_space]
    if cases:
        first = cases[0]
        fixed = [f.lower_ for f in first.children if f.dep_ == "fixed"]
        return " ".join([first.lower_, *fixed])
    if token.dep_ == "pobj" and not token.head.is_space:
        return token.head.lower_
    return None


def introduced_by(token: Token, words: Collection[str]) -> bool:
    """Whether the preposition introducing the token is one of `words` ('in Moscow' with spatial prepositions)."""
    case = case_of(token)
    return bool(case) and case.split()[0] in words


def prepositional(token: Token) -> list[tuple[str, Token]]:
    """(preposition, noun) pairs for a dependent: 'with Putin' (UD obl + case) or prep -> pobj (ClearNLP)."""
    if token.dep_ in ("prep", "agent"):
        return [(token.lower_, c) for c in token.children if c.dep_ == "pobj"] if token.lower_.strip() else []
    case = case_of(token)
    return [(case, token)] if case and case.strip() else []


def is_subject(token: Token) -> bool:
    """The token is a nominal subject (active or passive, either scheme)."""
    return token.dep_.startswith("nsubj")


def subjects_of(verb: Token, labels: Collection[str] = SUBJECTS) -> list[Token]:
    """A verb's subjects, or those of the verb it is conjoined to ('He arrived on Monday and left on Thursday')."""
    while True:
        subjects = [c for c in verb.children if c.dep_ in labels]
        if subjects or verb.dep_ != "conj" or verb.head.i == verb.i:
            return subjects
        verb = verb.head


def governors(token: Token) -> list[tuple[Token, str]]:
    """The words a clause hangs from, innermost first, through clausal dependencies only."""
    out = []
    while token.dep_ in FRAMES + ("conj",) and token.head.i != token.i:
        if token.dep_ != "conj":
            out.append((token.head, token.dep_))
        token = token.head
    return out


def trimmed(span: Span) -> Span:
    """The span without the whitespace tokens at its edges (a run of spaces in the text is a token of its own, which
    a mention's phrase may take in); a span of whitespace alone stays as it is."""
    start, end = span.start, span.end
    while end - start > 1 and span.doc[end - 1].is_space:
        end -= 1
    while end - start > 1 and span.doc[start].is_space:
        start += 1
    return span.doc[start:end]


def nearest_sentences(token: Token, count: int) -> list[Span]:
    """The token's sentence and those before it, nearest first, up to `count` that are not blank (read back from
    the token's own sentence, not over the whole document)."""
    doc, found = token.doc, []
    sent: Span | None = token.sent
    while sent is not None and len(found) < count:
        if sent.text.strip():
            found.append(sent)
        sent = doc[sent.start - 1].sent if sent.start > 0 else None
    return found
