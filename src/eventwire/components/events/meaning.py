"""Meaning-changing language around a trigger: negation and denial (no event), modals and intent (an intent code)."""

from __future__ import annotations

from spacy.tokens import Token

from eventwire.components.events.frame import Frame
from eventwire.components.syntax import DIRECT_OBJECTS, case_of, governors
from eventwire.resources.grammar import Grammar

RELATIVES = ("acl", "acl:relcl", "relcl")  # clauses describing a noun


def negation(trigger: Token, frame: Frame, g: Grammar) -> str | None:
    """Why the event did not happen, if it did not: a negator, a 'no' object, a denial or refusal over it."""
    for child in trigger.children:
        if child.dep_ in ("neg", "advmod", "det") and child.lower_ in g.negators:
            return f"negated ('{child.text}')"
    clause = trigger.head if trigger.dep_ == "conj" else trigger  # 'if China attacked and invaded'
    for child in clause.children:
        if child.dep_ == "mark" and child.lower_ in g.conditional_marks:
            return f"hypothetical ('{child.text}')"
    for obj in frame.objects:
        if any(c.dep_ == "det" and c.lower_ in g.negating_determiners for c in obj.children):
            return f"negated ('no {obj.text}')"
    adjective = trigger.head if any(c.dep_ == "mark" and c.lower_ == "to" for c in trigger.children) else None
    if adjective is not None and adjective.pos_ == "ADJ" and trigger.dep_ in ("xcomp", "advcl"):
        negator = next((c for c in adjective.children if c.dep_ in ("neg", "advmod") and c.lower_ in g.negators), None)
        if negator is not None or adjective.lower_ in g.unable_adjectives:  # 'not available to comment', 'unable to'
            return f"negated ('{negator.text + ' ' if negator is not None else ''}{adjective.text}')"
    for outer, dep in governors(trigger):
        lemma = outer.lemma_.lower()
        if dep == "ccomp" and lemma in g.denial_verbs or dep == "xcomp" and lemma in g.refusal_verbs:
            return f"denied or refused ('{outer.text}')"
    return None


def reason_for(trigger: Token, g: Grammar) -> Token | None:
    """The verb an act is the reason of: 'accused Kyiv of targeting civilians', 'criticized Sweden for allowing the
    protest'. The act is its object's and only alleged or cited, so it is no event of its own."""
    head = trigger.head
    marked = trigger.tag_ == "VBG" and any(c.dep_ == "mark" and c.lower_ in g.reason_marks for c in trigger.children)
    if marked and trigger.dep_ == "advcl" and any(c.dep_ in DIRECT_OBJECTS for c in head.children):
        return head
    if marked and trigger.dep_ == "acl" and head.dep_ in DIRECT_OBJECTS:
        return head.head  # 'accused Russia of shelling the plant', the clause hung on the object
    return None


def context_clause(trigger: Token, g: Grammar) -> Token | None:
    """The clause an act is told in as the context of the sentence's news, not the news itself: a clause of time or
    reason ('Trump threatened sanctions against Iraq after its parliament called on US troops to leave'; its mark is
    returned) or one describing a noun ('Egypt freed Soltan, who had been held in a military prison', 'a militia
    leader charged with war crimes surrendered'; its verb). A reported clause ('said that ...') is what was said,
    so the search stops there."""
    for token in (trigger, *trigger.ancestors):
        if token.dep_ == "advcl":
            return next((c for c in token.children if c.dep_ == "mark" and c.lower_ in g.context_marks), None)
        if token.dep_ in RELATIVES:
            return token
        if token.dep_ in ("ROOT", "ccomp", "parataxis"):
            return None
    return None


def question(trigger: Token, g: Grammar) -> bool:
    """Whether asking is a question, not a request: 'asked whether he would return', 'asked about the coverage';
    'asked Iran to release' and 'asked for help' are requests. Only as the parse shows it: an indirect question the
    parser hangs elsewhere ('When asked if he would return, Putin said') is not seen."""
    if trigger.lemma_.lower() not in g.question_verbs:
        return False
    return any(c.dep_ == "ccomp" and any(w.lower_ in g.question_marks for w in c.subtree if w.i < c.i)
               or c.dep_ in ("obl", "prep") and case_of(c) == "about" or c.lower_ == "about" for c in trigger.children)


def refused_by(trigger: Token, g: Grammar) -> Token | None:
    """The verb whose refusal of this act is itself an act ('refused to negotiate', 'declined to release')."""
    for outer, dep in governors(trigger):
        if dep == "xcomp" and outer.lemma_.lower() in g.rejecting_verbs:
            return outer
    return None


def stated_refusal(trigger: Token, g: Grammar) -> bool:
    """Whether a negated act is a stated refusal: 'will not release', 'won't lift', 'cannot accept'."""
    children = list(trigger.children)
    return any(c.dep_ == "neg" or c.lower_ in g.negators for c in children) and any(
        c.dep_ == "aux" and c.lower_ in g.refusing_auxiliaries for c in children)


def hedge(trigger: Token, g: Grammar) -> str | None:
    """The word that makes an act only intended or possible: a modal, an intent verb or noun over it."""
    for child in trigger.children:
        if child.dep_ == "aux" and child.lower_ in g.hedging_auxiliaries:
            return child.text
    to = next((c for c in trigger.children if c.dep_ == "mark" and c.lower_ == "to"), None)
    adjective = word_before(to) if to is not None and predicative(word_before(to)) else None
    if adjective is not None and (wanted := adjective_hedge(adjective, g)):
        return wanted
    purpose = to is not None and adjective is None  # 'was happy to meet' is no purpose, however it is parsed
    if purpose and trigger.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in trigger.children):
        return "to"  # a headline's 'Queen Beatrix to visit South Africa': what she is to do
    performed = trigger.lemma_.lower() in g.performative_verbs
    for outer, dep in governors(trigger):
        if dep == "xcomp" and performed and outer.lemma_.lower() in g.wishing_verbs and any(
                c.dep_ in ("nsubj", "nsubj:pass") and c.lower_ in g.first_person_pronouns for c in outer.children):
            return None  # 'I want to thank the American people', 'we would like to express our condolences'
        modal = any(c.dep_ == "aux" and c.lower_ in g.hedging_auxiliaries for c in outer.children)
        if dep == "xcomp" and (outer.lemma_.lower() in g.intent_verbs or modal):
            return outer.text
        if dep == "acl" and outer.lower_ in g.intent_nouns:
            return outer.text
        if dep == "advcl" and purpose and outer.pos_ == "VERB":  # 'went to Moscow to discuss', not 'about to'
            return "to"
    return None


def mandated(clause: Token, g: Grammar) -> bool:
    """Whether a that-clause says what someone must do, as a demand's does: a bare verb ('demanded that the
    government resign', 'asked that his son be moved', 'that Ukraine withdraw', tagged a present) or one with a
    modal of obligation ('urged that Israel should allow aid'); not one reporting a fact ('said that Ethiopia
    left', 'said that it will act')."""
    auxiliaries = [c for c in clause.children if c.dep_ in ("aux", "aux:pass")]
    if any(a.lower_ in g.obligation_modals for a in auxiliaries):
        return True
    if any(c.dep_ == "mark" and c.lower_ == "to" for c in clause.children):
        return False
    return auxiliaries[0].tag_ == "VB" if auxiliaries else clause.tag_ in ("VB", "VBP")


def committed(trigger: Token, hedged: str | None, g: Grammar) -> bool:
    """Whether the word that makes an act intended is a commitment made ('threatened to attack', 'promised to
    help', 'agreed to talk'): the threat or promise is itself an act reported done, unlike a modal's possibility."""
    return any(dep == "xcomp" and outer.text == hedged and outer.lemma_.lower() in g.commissive_verbs
               for outer, dep in governors(trigger))


def claimed(trigger: Token, g: Grammar) -> Token | None:
    """The verb an act is claimed with ('the Houthis claimed that they had attacked the airport'): said by its
    author of its own act, the claim is CAMEO's claim of responsibility (015)."""
    return next((outer for outer, dep in governors(trigger)[:1]
                 if dep == "ccomp" and outer.lemma_.lower() in g.claiming_verbs), None)


def considered(trigger: Token, g: Grammar) -> Token | None:
    """The verb an act is weighed by as an option ('Japan is considering sending aid to North Korea'): CAMEO
    codes the weighing (014, consider policy option), not an intent to do the act."""
    return next((outer for outer, dep in governors(trigger)
                 if dep == "xcomp" and outer.lemma_.lower() in g.considering_verbs), None)


def word_before(token: Token) -> Token:
    """The word before a token, past punctuation and quote marks ('"very happy" to')."""
    i = token.i - 1
    while i > 0 and token.doc[i].is_punct:
        i -= 1
    return token.doc[max(i, 0)]


def predicative(word: Token) -> bool:
    """An adjective said of the subject ('was happy', 'seemed ready'), not a comparative ('spent more to help')."""
    return word.pos_ == "ADJ" and word.tag_ == "JJ" and (
        any(c.dep_ == "cop" for c in word.children) or word.dep_ in ("acomp", "xcomp", "ccomp", "ROOT"))


def adjective_hedge(adjective: Token, g: Grammar) -> str | None:
    """The word that makes an infinitive after an adjective only intended: the adjective itself ('ready to',
    'willing to') or a modal over it ('would be happy to meet'). 'He was very happy to meet Kim' reports the
    meeting, whether the parser hangs the infinitive on the adjective or on the verb before it."""
    if adjective.lemma_.lower() in g.intent_verbs or adjective.lower_ in g.intent_verbs:
        return adjective.text
    return next((c.text for c in adjective.children if c.dep_ == "aux" and c.lower_ in g.hedging_auxiliaries),
                None)
