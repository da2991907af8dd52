"""Meaning-changing language around a trigger: negation and denial (no event), modals and intent (an intent code)."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.components.events.frame import Frame
from eventwire.components.syntax import governors
from eventwire.resources.grammar import Grammar


def negation(trigger: Token, frame: Frame, g: Grammar) -> str | None:
    """Why the event did not happen, if it did not: a negator, a 'no' object, a denial or refusal over it."""
    for child in trigger.children:
        if child.dep_ in ("neg", "advmod", "det") and child.lower_ in g.negators:
            return f"negated ('{child.text}')"
    for obj in frame.objects:
        if any(c.dep_ == "det" and c.lower_ in g.negating_determiners for c in obj.children):
            return f"negated ('no {obj.text}')"
    for outer, dep in governors(trigger):
        lemma = outer.lemma_.lower()
        if dep == "ccomp" and lemma in g.denial_verbs or dep == "xcomp" and lemma in g.refusal_verbs:
            return f"denied or refused ('{outer.text}')"
    return None


def hedge(trigger: Token, g: Grammar) -> str | None:
    """The word that makes an act only intended or possible: a modal, an intent verb or noun over it."""
    for child in trigger.children:
        if child.dep_ == "aux" and child.lower_ in g.hedging_auxiliaries:
            return child.text
    purpose = any(c.dep_ == "mark" and c.lower_ == "to" for c in trigger.children)
    for outer, dep in governors(trigger):
        modal = any(c.dep_ == "aux" and c.lower_ in g.hedging_auxiliaries for c in outer.children)
        if dep == "xcomp" and (outer.lemma_.lower() in g.intent_verbs or modal):
            return outer.text
        if dep == "acl" and outer.lower_ in g.intent_nouns:
            return outer.text
        if dep == "advcl" and purpose and outer.pos_ == "VERB":  # 'went to Moscow to discuss', not 'about to'
            return "to"
    return None
