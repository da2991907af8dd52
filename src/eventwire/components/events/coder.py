"""Coding a trigger: the dictionary verb a word is, the most specific pattern its frame satisfies, and what the
CAMEO code means (Goldstein, quad class, PLOVER type, mode and context)."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.tokens import Token

from eventwire.components.events.frame import Frame
from eventwire.components.syntax import MODIFIERS, OBJECTS, RELATIVE_CLAUSES
from eventwire.resources.codebook import Codebook
from eventwire.resources.verbs import Element, Noun, Pattern, Verb, VerbDictionary, singular

NOUN_MARKS = ("amod", "compound", "nmod:poss", "poss")  # words that can mark a noun's sense ('general', 'air')
INFLECTIONS = (("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("d", ""), ("ies", "y"), ("es", ""), ("s", ""),
               ("ied", "y"))
DOUBLED = ("nned", "tted", "pped", "gged", "lled", "mmed", "bbed", "rred",  # 'planned', 'travelled' (British)
           "nning", "tting", "pping", "gging", "lling", "mming", "bbing", "rring")
RECORD_KEYS = {"event_type": "plover_type", "mode": "mode", "context": "context", "goldstein": "goldstein",
               "quad_class": "quad_class", "cameo_name": "name"}


@dataclass
class Coding:
    """The code a trigger gets and where it came from."""

    code: str | None
    paired: str | None
    how: str
    pattern: Pattern | None = None
    roles: dict[str, Token] = field(default_factory=dict)
    own: tuple[str | None, str | None] = (None, None)  # the verb's own codes, beside a pattern's
    block: str | None = None  # the verb block the code came from


def lemma_candidates(token: Token) -> list[str]:
    """The token's lemma, then the base forms its regular inflection allows (for lemmatizer slips)."""
    low = token.lower_
    out = [token.lemma_.lower(), low]
    for suffix, repl in INFLECTIONS:
        if low.endswith(suffix) and len(low) - len(suffix) > 2:
            out.append(low[: len(low) - len(suffix)] + repl)
    if low.endswith(DOUBLED):
        out.append(low[: -3 if low.endswith("ed") else -4])  # one of the doubled consonants stays
    return out


def names_part(token: Token) -> bool:
    """Whether the token modifies a noun within one actor's name ('government' in 'government forces')."""
    head = token.head
    return (token.dep_ == "compound" and head.i > token.i and token._.actor is not None
            and head._.actor is not None and token._.actor.get("text") == head._.actor.get("text"))


def phrase_words(noun: Token, trigger: Token) -> list[Token]:
    """The words of a noun's phrase, without the clauses describing it or its nouns ('held on sanctions charges',
    'who attacked the embassy'), unless the clause is the trigger's own ('a man who has been cut from aid')."""
    words, stack = [], [noun]
    while stack:
        token = stack.pop()
        words.append(token)
        stack.extend(c for c in token.children if c.i == trigger.i or not describing(c))
    return sorted(words, key=lambda t: t.i)


def describing(clause: Token) -> bool:
    """A relative clause or a past participle describing a noun ('who attacked', 'held on charges'); not an
    infinitive, which says what the noun is ('a decision to impose sanctions'), nor 'including'."""
    return clause.dep_ in RELATIVE_CLAUSES or clause.dep_ == "acl" and clause.tag_ in ("VBN", "VBD")


@dataclass
class Scope:
    """What a trigger's frame offers the patterns of its verb, worked out once for all of them: the nouns before
    and after the verb, its prepositional phrases (with 'by' + gerund as the means), and each noun's nearby words."""

    pre: list[Token]
    post: list[Token]
    preps: list[tuple[str, Token]]
    clauses: set[str] = field(default_factory=set)  # the words opening its verb complements ('to', 'to leave')
    phrases: dict[int, str] = field(default_factory=dict)
    words: dict[int, tuple[set[str], list[Token]]] = field(default_factory=dict)

    @classmethod
    def of(cls, frame: Frame) -> Scope:
        # a word inside an actor's name stands for the actor, not for itself: 'attacked government forces' is no
        # attack on the government (CAMEO.2.0's 'attack government' is a verbal attack, 111)
        # nor does a clause describing the object: 'released five Iranians held on sanctions charges' releases
        # people, not sanctions
        post = frame.objects + frame.words + [t for o in frame.objects for t in phrase_words(o, frame.trigger)
                                              if t.i != o.i and not names_part(t)]
        pre = [t for s in frame.subjects for t in s.subtree] + [
            c for c in frame.trigger.children if c.i < frame.trigger.i and c.dep_ in ("aux", "advmod", "neg")]
        trigger = frame.trigger
        # the means: 'retaliated by imposing sanctions', also when the parser hangs 'sanctions' on the verb and
        # 'imposing' on 'sanctions'
        preps = frame.preps + [("by", c) for c in trigger.children if c.i > trigger.i and (c.dep_ == "advcl" and any(
            m.dep_ == "mark" and m.lower_ == "by" for m in c.children) or c.dep_ in OBJECTS and any(
            m.dep_ == "mark" and m.lower_ == "by" and m.head.tag_ == "VBG" for m in c.subtree))]
        # a complement after an addressee ('told consumers to avoid'), not the subject's own ('agreed to help')
        # ('to'), or with its verb ('to leave')
        clauses = {w for c in frame.clauses for m in c.children if m.dep_ in ("aux", "mark") and m.i < c.i
                   for w in (m.lower_, f"{m.lower_} {c.lemma_.lower()}")
                   } if frame.objects and not frame.passive else set()
        return cls(pre, post, preps, clauses)

    def phrase(self, token: Token) -> str:
        """The words of the token's phrase within five of it, lowercased (for multi-word pattern elements)."""
        if token.i not in self.phrases:
            self.phrases[token.i] = " ".join(t.lower_ for t in token.subtree if abs(t.i - token.i) < 6)
        return self.phrases[token.i]

    def sides(self) -> tuple[set[str], set[str]]:
        """The word forms of all the nouns before the verb, and of all those after it."""
        return tuple({f for t in nouns for f in self.forms(t)[0]} for nouns in (self.pre, self.post))  # type: ignore

    def forms(self, token: Token) -> tuple[set[str], list[Token]]:
        """The token's word forms (its lemma and its text, singular) and its modifiers, as the patterns see them."""
        if token.i not in self.words:
            self.words[token.i] = ({singular(token.lemma_.lower()), singular(token.lower_)},
                                   [c for c in token.children if c.dep_ in MODIFIERS or c.dep_ in ("nummod", "advmod")])
        return self.words[token.i]


class Codes:
    """The verb dictionary and codebook, as a trigger's frame is coded with them."""

    def __init__(self, book: VerbDictionary, codebook: Codebook) -> None:
        self.book = book
        self.codebook = codebook
        self.forms = {form: lemma for lemma, verbs in book.verbs.items() for v in verbs for form in v.forms}

    def verb_entry(self, token: Token) -> Verb | None:
        """The dictionary verb a token is: multi-word verbs ('meet with', 'beef up') before single ones."""
        doc = token.doc
        for lemma in lemma_candidates(token):
            lemma = self.forms.get(lemma, lemma)
            for verb in self.book.verbs.get(lemma, []):
                after = [t.lower_ for t in doc[token.i + 1 : token.i + 1 + len(verb.after)]]
                before = [t.lower_ for t in doc[max(0, token.i - len(verb.before)) : token.i]]
                if after == list(verb.after) and before == list(verb.before):
                    return verb
        return None

    def noun_entry(self, token: Token) -> Noun | None:
        """The event noun a token is, in the sense its modifiers mark ('a hunger strike', 'an air strike'), else
        its plain sense."""
        senses = self.book.nouns.get(singular(token.lemma_.lower()))
        if not senses:
            return None
        marks = {w for c in token.children if c.dep_ in NOUN_MARKS
                 for w in (c.lower_, c.lemma_.lower(), "".join(t.lower_ for t in c.subtree))}
        return next((n for n in senses if not n.modifiers or n.modifiers & marks), None)

    def verb_coding(self, verb: Verb, frame: Frame) -> Coding:
        """The most specific pattern of the verb's block that the frame satisfies, else the verb's own codes."""
        best: tuple[Pattern, dict[str, Token], int] | None = None
        scope = Scope.of(frame)
        trigger = frame.trigger.i
        for pattern in verb.block.candidates(*scope.sides()):
            if best is not None and pattern.weight < best[0].weight:
                continue
            roles = self.match(pattern, scope)
            if roles is None:
                continue
            # of patterns as specific, the one whose words are nearest the verb: 'rejected an extradition request
            # ... on the charge of rebellion' is a rejected request (120), not a denied charge (016)
            reach = max((abs(t.i - trigger) for t in roles.values()), default=0)
            if best is None or pattern.weight > best[0].weight or reach < best[2]:
                best = (pattern, roles, reach)
        if best is not None:
            pattern, roles, _ = best
            return Coding(pattern.code, pattern.paired, f"pattern of {verb.block.name}", pattern, roles, verb.codes(),
                          verb.block.name)
        code, paired = verb.codes()
        return Coding(code, paired, f"verb {verb.lemma} ({verb.block.name})", block=verb.block.name)

    def match(self, pattern: Pattern, scope: Scope) -> dict[str, Token] | None:
        """Match a pattern against a frame's scope; the roles ($ source, + target) it marks, or None if it fails."""
        roles: dict[str, Token] = {}
        used: set[int] = set()
        for side, nouns in ((pattern.pre, scope.pre), (pattern.post, scope.post)):
            for element in side:
                if element.role and not element.prep:
                    continue
                if element.clause:
                    if element.clause not in scope.clauses:
                        return None
                    continue
                if element.prep:
                    hit = next((noun for prep, noun in scope.preps if prep.split()[0] == element.prep.split()[0]
                                and noun.i not in used
                                and (element.obj is None or self.fits(element.obj, noun, scope))), None)
                    if hit is None:
                        return None
                    roles[element.role or f"prep{len(roles)}"] = hit
                else:
                    hit = next((t for t in nouns if t.i not in used and self.fits(element, t, scope)), None)
                    if hit is None:
                        return None
                    roles[f"word{len(roles)}"] = hit
                used.add(hit.i)
        return roles

    def fits(self, element: Element, token: Token, scope: Scope) -> bool:
        """Whether a word element names this token (its lemma or form), with the modifiers it requires."""
        forms, mods = scope.forms(token)
        if not (element.words & forms) and not (element.phrases
                                                and any(p in scope.phrase(token) for p in element.phrases)):
            return False
        return all(any(self.fits(m, c, scope) for c in mods) for m in element.mods)

    def describe(self, event: dict) -> dict:
        """Add what the CAMEO code means: Goldstein, quad class, PLOVER type, mode and context."""
        info = self.codebook.info(event["cameo"])
        event.update({key: getattr(info, attr) if info else None for key, attr in RECORD_KEYS.items()})
        return event
