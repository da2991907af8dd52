"""The syntactic frame of a trigger: who acts, what is acted on, and the prepositional phrases around it."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from spacy.tokens import Token

from eventwire.components.syntax import (
    ACTIVE_SUBJECTS,
    ATTACHED,
    DIRECT_OBJECTS,
    OBJECTS,
    PARTICLES,
    PASSIVE_AUXILIARIES,
    PASSIVE_SUBJECTS,
    POSSESSIVES,
    RELATIVE_CLAUSES,
    SUBJECTS,
    case_of,
    prepositional,
)
from eventwire.resources.grammar import Grammar


@dataclass
class Frame:
    """The syntactic frame of a trigger: who acts, what is acted on, the prepositional phrases around it."""

    trigger: Token
    subjects: list[Token] = field(default_factory=list)
    objects: list[Token] = field(default_factory=list)
    preps: list[tuple[str, Token]] = field(default_factory=list)
    words: list[Token] = field(default_factory=list)
    clauses: list[Token] = field(default_factory=list)  # verb complements: 'told them to leave'
    passive: bool = False


def misread_participle(verb: Token) -> bool:
    """A participle describing a noun ('sanctions imposed on X'), or a past form the tagger misread as one describing
    a subject ('Americans detained in Iran flew home'); not a misparsed main verb, relative clause or reported
    clause ('Anti-war groups called on workers', 'an attack officials blamed on militants', 'saying the farmer
    confessed')."""
    return verb.tag_ == "VBN" or verb.tag_ == "VBD" and verb.head.dep_ in SUBJECTS


class FrameReader:
    """Reads frames off the parse; `names_actor` says whether a noun names an actor (to choose the understood
    subject of 'asked Y to help')."""

    def __init__(self, grammar: Grammar, names_actor: Callable[[Token], bool]) -> None:
        self.grammar = grammar
        self.names_actor = names_actor

    def verb(self, verb: Token) -> Frame:
        """Subjects, objects (the patient in the passive), prepositional phrases and particles of a verb."""
        frame = Frame(verb)
        for child in verb.children:
            dep = child.dep_
            if dep in ACTIVE_SUBJECTS:
                frame.subjects.append(self.relative(child))
            elif dep in PASSIVE_SUBJECTS:
                frame.objects.append(self.relative(child))
                frame.passive = verb.tag_ == "VBN" or verb.pos_ != "VERB"
            elif dep in PASSIVE_AUXILIARIES and verb.tag_ == "VBN":
                frame.passive = True
            elif dep in OBJECTS or dep in ("xcomp", "acomp") and child.pos_ in ("NOUN", "PROPN", "ADJ", "ADV"):
                frame.objects.append(child)
            elif dep in PARTICLES or dep == "advmod" and not case_of(child):
                frame.words.append(child)
            elif child.pos_ in ("VERB", "AUX") and (dep == "xcomp" or dep == "advcl" and self.complement(child)):
                frame.clauses.append(child)
            if dep in ATTACHED or dep in OBJECTS:
                frame.preps.extend(prepositional(child))
        if verb.dep_ == "acl" and misread_participle(verb) and not frame.objects and not frame.subjects:
            frame.objects.append(verb.head)
            frame.passive = True
        elif verb.dep_ == "acl" and not frame.subjects:  # 'the minister visiting Brazil'
            frame.subjects.append(verb.head)
        elif verb.dep_ == "amod" and verb.tag_ == "VB":  # a bare infinitive parsed as an adjective: 'to restore ties'
            frame.objects.append(verb.head)
            noun = verb.head
            frame.subjects = [c for c in noun.children if c.dep_ in ACTIVE_SUBJECTS + PASSIVE_SUBJECTS] or \
                self.inherited_subjects(noun)
        if not frame.subjects and not frame.passive:
            frame.subjects = self.inherited_subjects(verb)
        for obj in list(frame.objects):
            for child in obj.children:
                if child.dep_ in ("nmod", "prep", "acl"):
                    frame.preps.extend(prepositional(child))
        return frame

    def noun(self, token: Token, target_preps: frozenset[str]) -> tuple[Frame, Token | None]:
        """The frame of an event noun ('Kim's visit to Russia'): its owners and by-phrase as subjects, and the
        first noun after one of its target prepositions."""
        frame = Frame(token)
        # an owner is a possessive, or a modifier naming an actor ('the Russian attack'), not 'the big clash'
        frame.subjects = [c for c in token.children if c.dep_ in POSSESSIVES
                          or c.dep_ in ("compound", "amod") and self.names_actor(c)]
        for child in token.children:
            frame.preps.extend(prepositional(child))
        frame.subjects += [noun for prep, noun in frame.preps if prep in self.grammar.agent_prepositions]
        verb = token.head
        if not frame.subjects and token.dep_ in DIRECT_OBJECTS and verb.lemma_.lower() in self.grammar.support_verbs:
            # a support verb lends its subject: 'the FDA issued a warning', 'students staged a protest'
            frame.subjects = [c for c in verb.children if c.dep_ in ACTIVE_SUBJECTS] or self.inherited_subjects(verb)
            frame.preps.extend(p for child in verb.children if child.i != token.i for p in prepositional(child))
        elif not frame.subjects and token.dep_ in PASSIVE_SUBJECTS and verb.lemma_.lower() in \
                self.grammar.support_verbs:  # and its by-phrase, in the passive: 'the war game was staged by marines'
            phrases = [p for child in verb.children if child.i != token.i for p in prepositional(child)]
            frame.subjects = [noun for prep, noun in phrases if prep in self.grammar.agent_prepositions]
            frame.preps.extend(p for p in phrases if p[1] not in frame.subjects)
        elif token.dep_ in ACTIVE_SUBJECTS and verb.lemma_.lower() in self.grammar.occurrence_verbs:
            # a verb saying it happened lends its phrases: 'fighting erupted between the army and rebels'
            frame.preps.extend(p for child in verb.children if child.i != token.i for p in prepositional(child))
        targets = [noun for prep, noun in frame.preps if prep.split()[0] in target_preps]
        return frame, targets[0] if targets else None

    def complement(self, clause: Token) -> bool:
        """An infinitive right after an object naming an actor, which the parser may hang as an adverbial clause:
        what the actor is told or ordered to do ('ordered the ambassador to leave'), not a purpose ('sent troops to
        the border to protect civilians') or what a noun is for ('announced a ceasefire initiative to halt the
        fighting')."""
        to = next((c for c in clause.children if c.dep_ == "mark" and c.lower_ == "to"), None)
        return to is not None and any(c.dep_ in DIRECT_OBJECTS and c.right_edge.i + 1 == to.i and self.names_actor(c)
                                      for c in clause.head.children)

    def relative(self, token: Token) -> Token:
        """A relative pronoun subject stands for the noun its clause modifies ('officials who met')."""
        clause = token.head
        if token.lower_ in self.grammar.relative_pronouns and clause.dep_ in RELATIVE_CLAUSES:
            return clause.head
        return token

    def inherited_subjects(self, verb: Token) -> list[Token]:
        """The understood subject of a verb without one: a conjoined verb's, a controlling verb's object or
        subject ('asked Y to help', 'agreed to help'), an infinitive noun modifier's possessor or governor."""
        head = verb.head
        if head.i == verb.i:
            return []
        if verb.dep_ in ("conj", "xcomp", "advcl"):
            if verb.dep_ == "xcomp":
                objects = [c for c in head.children if c.dep_ in (*DIRECT_OBJECTS, "iobj")]  # EWT: 'urged Japan to
                if objects and self.names_actor(objects[0]):
                    return objects
            # a passive's subject is its xcomp's ('Putin is expected to meet Xi', 'he was forced to resign')
            own = [c for c in head.children if c.dep_ in ACTIVE_SUBJECTS or c.dep_ in PASSIVE_SUBJECTS
                   and (head.pos_ != "VERB" or verb.dep_ == "xcomp")]
            return own or self.inherited_subjects(head)
        if verb.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN"):
            possessors = [c for c in head.children if c.dep_ in POSSESSIVES]
            if possessors:
                return possessors
            governor = head.head
            if governor.i != head.i and governor.pos_ in ("VERB", "AUX"):
                return [c for c in governor.children if c.dep_ in ACTIVE_SUBJECTS] or \
                    self.inherited_subjects(governor)
        return []
