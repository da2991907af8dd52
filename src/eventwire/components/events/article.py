"""Coding one document: every trigger of every sentence built into events with their parties, meaning and date,
framing verbs and repeats dropped, the trained type model's word weighed in, and why a sentence has none."""

from __future__ import annotations

from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from eventwire.components.events.coder import Codes, Coding
from eventwire.components.events.frame import Frame, FrameReader
from eventwire.components.events.meaning import (
    claimed,
    committed,
    considered,
    context_clause,
    hedge,
    mandated,
    negation,
    question,
    reason_for,
    refused_by,
    stated_refusal,
)
from eventwire.components.events.parties import Parties, Party, distinct, ref_key
from eventwire.components.extensions import TIMES
from eventwire.components.syntax import SUBJECTS, governors
from eventwire.resources.codebook import quad_of
from eventwire.resources.grammar import Grammar
from eventwire.resources.verbs import Noun, Pattern

COMBINE = ("both", "dictionary", "model")
DICTIONARY_TYPES = ("THREATEN", "PROTEST", "AID", "RETREAT", "COOPERATE", "SANCTION", "CONCEDE", "MOBILIZE")  # the
# PLOVER types of fewer than 20 sentences of the type model's training split (silver train: 19 down to 7)
UNSPECIFIC_ASKING = ("020", "100")  # an appeal or demand whose code says nothing of what it asks for
ASKING = ("02", "10", "036")  # appeals, demands, invitations: what they ask for (their xcomp) has not happened
INTENTS, DEMANDS = "03", "10"  # an intent's demand has the same kind: 036 intent to meet, 106 demand to meet
CONSULTATIONS = "04"  # meetings, talks, calls: done with each other
STATEMENTS = "01"  # statements: bare ones wait for anything more specific; a passive one ('Putin is said to')
# names its topic, not an addressee
COERCION = "17"  # arrests, detentions, charges, sentences: done by the state even when the passive names nobody
VIOLENCE = ("18", "19", "20")  # assault, fight, mass violence: events that kill and wound
CONSIDER = "014"  # 'is considering sending aid': a policy option weighed
CLAIM = "015"  # 'claimed that they had attacked': responsibility claimed
BARE_STATEMENT = "010"  # 'said', 'told': nothing more specific was found (CAMEO's 'make statement, not specified')
DISAPPROVAL = "11"  # criticism, accusation: words, not arms
ONE_WAY = ("02", "07", "08", "09", "10", "11", "13", "14", "15", "16", "17", "18")  # what several sources do
# each on its own, not to each other: 'the US and France called for a ceasefire', 'the US, India and Israel sent
# supplies'; not 'Kim and Putin met' (04), 'agreed' (03), 'signed a deal' (05), 'cooperate' (06), 'clashed' (19),
# 'failed to reach agreement' (12), nor co-speakers (01: tagtog's coders code them as addressing each other)


def bare(pattern: Pattern | None) -> bool:
    """A pattern of one bare preposition, with no word after it ('meet' + 'at')."""
    return pattern is not None and not pattern.pre and len(pattern.post) == 1 and bool(pattern.post[0].prep) and \
        pattern.post[0].obj is None and not pattern.post[0].words and not pattern.post[0].role


def violent(noun: Noun | None) -> bool:
    """An event noun of violence ('bombing', 'air strike'), which can be said to kill or wound."""
    return noun is not None and violent_code(noun.code)


def violent_code(code: str | None) -> bool:
    """A code of violence: assault, fight, mass violence."""
    return bool(code) and code.startswith(VIOLENCE)


def code_parts(actor: dict) -> set[str]:
    """The three-letter parts of an actor's CAMEO code ('USAGOVMED': USA, GOV, MED)."""
    code = actor.get("code") or ""
    return {code[i : i + 3] for i in range(0, len(code), 3)}


def intends(code: str | None) -> bool:
    """A CAMEO intent code (03x: express intent to ...)."""
    return bool(code) and code.startswith("03")


@dataclass(frozen=True)
class Combination:
    """How the dictionary and the trained type model (`doc._.event_types`) decide together: `mode` both, dictionary
    alone or model alone; from probability `propose` the model types or proposes an event the dictionary lacks,
    and halves the confidence of a dictionary event whose type it puts below `contradict`."""

    mode: str = "both"
    propose: float = 0.5
    contradict: float = 0.3
    dictionary_types: frozenset[str] = frozenset()  # types the model never doubts: it learned each from under 20
    # training sentences (MODEL_CARD), so the dictionary decides them ('Egypt sent aid to Gaza', AID p=0.002)


class ArticleCoder:
    """The events of one document (all per-document state lives here, so the component stays re-entrant)."""

    def __init__(self, doc: Doc, codes: Codes, grammar: Grammar, nouns: bool, locative: frozenset[str],
                 combination: Combination | None = None) -> None:
        self.doc = doc
        self.codes = codes
        self.grammar = grammar
        self.nouns = nouns
        self.combination = combination or Combination()
        self.types = doc._.event_types if self.combination.mode != "dictionary" else None
        self.negated: set[int] = set()  # sentences with an act negated or denied: the model proposes nothing there
        self.parties = Parties(doc, grammar, locative)
        self.frames = FrameReader(grammar, lambda token: bool(self.parties.of(token)))
        self.time_spans = [s for s in doc.spans.get(TIMES, []) if s._.time_type in (None, "DATE") and s._.time_value]

    def run(self) -> tuple[list[dict], list[dict]]:
        """The events (record-shaped dicts, numbered e1, e2, ...) and the sentences without one, with reasons."""
        events: list[dict] = []
        misses: list[dict] = []
        for n, sent in enumerate(self.doc.sents):
            found: list[dict] = []
            reasons: list[str] = []
            uncoded: list[Token] = []  # dictionary verbs that gave no event: the model's first candidates
            for token in sent if self.combination.mode != "model" else ():
                result = self.code_trigger(token, n)
                if isinstance(result, str):
                    reasons.append(result)
                    uncoded.append(token)
                elif result:
                    found.extend(result)
            found = self.drop_framing(found)
            probabilities = self.types[n] if self.types and n < len(self.types) else None
            if probabilities:
                found = self.weigh(found, probabilities)
                if not found and n in self.negated:
                    reasons.append("type model not asked: the sentence negates or denies an act")
                elif not found:
                    found, why = self.propose(sent, n, probabilities, uncoded)
                    reasons.append(why)
            if not found and uncoded:
                found, why = self.statement(n, uncoded)
                reasons.extend(why)
            if found:
                events.extend(found)
            elif sent.text.strip():
                misses.append({"sentence": n, "start": sent.start_char, "end": sent.end_char, "text": sent.text,
                               "reasons": reasons or ["no verb or event noun from the dictionary"]})
        for k, event in enumerate(events):
            event["id"] = f"e{k + 1}"
            del event["token"]
        return events, misses

    def code_trigger(self, token: Token, n: int) -> list[dict] | str | None:
        """Events of one token if it is a dictionary verb or event noun; a reason string when it is one but
        yields no event; None when it is neither."""
        if token.i in self.parties.mentions:
            return None
        if token.pos_ == "VERB" or token.tag_.startswith("VB") and token.pos_ not in ("AUX", "PROPN"):
            verb = self.codes.verb_entry(token)
            if verb is None:
                return None
            frame = self.frames.verb(token)
            return self.build(frame, self.codes.verb_coding(verb, frame), n, noun=None)
        if self.nouns and token.pos_ in ("NOUN", "PROPN"):
            noun = self.codes.noun_entry(token)
            if noun is None:
                return None
            return self.code_noun(token, noun, n)
        return None

    def code_noun(self, token: Token, noun: Noun, n: int) -> list[dict] | str:
        """An event named by a noun: 'Kim's visit to Russia', 'their meeting', 'sanctions on North Korea'."""
        frame, target = self.frames.noun(token, noun.target_preps)
        coding = Coding(noun.code, noun.paired, f"event noun {noun.lemma}")
        if target is not None:
            coding.roles["target"] = target
        return self.build(frame, coding, n, noun=noun)

    def build(self, frame: Frame, coding: Coding, n: int, noun: Noun | None,
              alone: bool = False) -> list[dict] | str:
        """The events of a coded frame (and the reverse event a paired code implies), or why there are none;
        `alone`: the code may stand without a recipient whatever needs_target.tsv says."""
        trigger = frame.trigger
        word = trigger.text
        if coding.code is None and coding.paired is None:
            return f"'{word}': no event code for this use ({coding.how})"
        reason = reason_for(trigger, self.grammar)
        if reason is not None:
            return f"'{word}': the reason given for '{reason.text}', its object's act, not coded as one"
        if question(trigger, self.grammar):
            return f"'{word}': a question asked, no request"
        negated = negation(trigger, frame, self.grammar)
        refusal = self.refusal(trigger, coding.code) if negated and coding.code else None
        if negated and refusal is None:
            self.negated.add(n)
            return f"'{word}': {negated}"
        code, paired = coding.code, coding.paired
        if coding.block in self.grammar.people_codes and coding.pattern is None and self.parties.people(frame):
            code = self.grammar.people_codes[coding.block]  # 'freed the five Americans': persons released
            coding = replace(coding, how=f"{coding.how}; done to people, {code}")
        hedged = hedge(trigger, self.grammar)
        if refusal is not None:  # 'refused to negotiate with X', 'will not release': the refusal is the act
            (code, refuser), paired = refusal, None
            coding = Coding(code, None, f"{coding.how}; refused ('{refuser.text}'), a rejection (refusals.tsv)")
            hedged = hedge(refuser, self.grammar) if refuser is not trigger else None
            trigger, word = refuser, refuser.text
        considering = considered(trigger, self.grammar) if hedged and code else None
        if considering is not None:  # 'Japan is considering sending aid to North Korea': the option weighed
            code, paired, hedged = CONSIDER, None, None
            coding = Coding(code, None, f"{coding.how}; weighed as an option ('{considering.text}'), 014")
            trigger, word = considering, considering.text
        if not hedged and bare(coding.pattern) and intends(code) and coding.own[0] and not intends(coding.own[0]):
            code, paired = coding.own  # 'met Xi at the Kremlin': a bare 'at' (036 in PETRARCH) is no intent
        if hedged:
            intent = self.codes.codebook.intent
            code = intent(code) if code else None
            paired = intent(paired) if paired and paired == coding.code else None
            if code is None:
                return f"'{word}': only possible or intended ('{hedged}'), and not an act CAMEO codes as intent"
        sources = self.parties.sources(frame, coding.roles)
        demander = self.demander(trigger, hedged, code, sources) if sources else None
        if demander is not None:  # 'Russia says Israel must end attacks on Syria': Russia demands it of Israel
            coding = replace(coding, how=f"{coding.how}; demanded by its speaker ('{hedged}')")
            sources, code, paired, hedged = [demander], DEMANDS + code[2:], None, None
        claimer = claimed(trigger, self.grammar) if violent_code(code) and sources else None
        if claimer is not None and self.own_act(claimer, sources):  # 'the Houthis claimed that they had attacked
            # the airport', 'Israel claimed it had attacked': the claim of the act named by it ('claimed' frames it,
            # as 'said' frames what was said)
            coding = replace(coding, how=f"{coding.how}; claimed by its author ('{claimer.text}'), 015")
            code, paired, hedged = CLAIM, None, None
        # a violent event or a weapon as the subject: 'the bombing killed 12 people', 'an air strike by government
        # forces killed eight', 'a roadside bomb killed two soldiers'; its own source (an owner, a by-phrase) acts,
        # else nobody named does, as in a passive
        happening = not sources and noun is None and bool(frame.subjects) and not frame.passive and all(
            s.head.i == trigger.i and s.dep_ in SUBJECTS and (violent(self.codes.noun_entry(s)) or (
                violent_code(code) and s.lemma_.lower() in self.grammar.weapon_nouns)) for s in frame.subjects)
        if happening:
            sources = [p for s in frame.subjects for p in self.parties.sources(self.frames.noun(s, frozenset())[0], {})]
            kinds = [e.code for s in frame.subjects if violent(e := self.codes.noun_entry(s))]
            if kinds and code and code[:2] == "19" and kinds[0][:2] != "19":  # 'a suicide bombing killed 28
                code = kinds[0]  # soldiers': the bombing (1831) is what was done, the killing its outcome
        if not sources and (frame.subjects and not frame.passive) and not happening:
            role = "subject" if noun is None else "owner"
            return f"'{word}' ({code or paired}): its {role} '{frame.subjects[0].text}' is not a known actor"
        if code and code.startswith(DISAPPROVAL) and violent_code(coding.own[0]) and coding.pattern is not None \
                and sources and all(self.armed(p.actor) for p in sources):
            code, paired = coding.own  # an armed group's attack is no verbal one: 'militants are fighting the
            # government' (CAMEO.2.0's 'fight government' is a verbal attack, 111)
        targets = self.parties.targets(frame, coding.roles, sources) if demander is None else \
            self.parties.sources(frame, coding.roles)
        if not targets and (code or "").startswith(ASKING):
            targets = self.parties.addressees(frame, sources)
        if any(c.startswith(STATEMENTS) for c in [code or "", *self.own_codes(trigger)]):
            # 'told Reuters', 'said in an interview with the BBC': how news is gathered, no one addressed
            targets = [t for t in targets if "MED" not in code_parts(t.actor)]  # a news outlet's code has MED
        if (sources or frame.passive) and ((code or "").startswith(COERCION) or violent_code(code)) and (
                not targets or frame.passive and not any(t.token in o.subtree for t in targets for o in frame.objects)):
            # 'a man was arrested', 'police detained two suspects'; the passive's people, not a place's name
            # beside them ('two people were killed at a Walmart')
            targets = self.parties.patients(frame, names=(code or "").startswith(COERCION)) or targets
        pairs: list[tuple[Party | None, Party | None]] = [(s, t) for s in sources for t in targets if distinct(s, t)]
        if len(sources) >= 2 and noun is not None and code in self.grammar.joint_codes:  # 'the war game was staged
            code = paired = self.grammar.joint_codes[code]  # by U.S. marines and Jordanian forces': held together,
            targets = []  # with each other, not with those they are held near
        counted = len(sources) >= 2 and all(p.via == "group" for p in sources)  # 'the two leaders agreed'
        group = sources if (not targets or counted) and not (code or "").startswith(ONE_WAY) or len(sources) >= 2 and (
            paired == code and (code or "").startswith(CONSULTATIONS) or self.parties.reciprocal(frame)) else \
            targets if not sources and paired == code else []  # 'Putin and Xi discussed Ukraine': two who consult
        # each other, what they discuss a topic; 'both sides accused each other': each the other's target; 'the two
        # leaders agreed to reopen embassies': each with the other, not with what they reopen
        if len(group) >= 2:  # 'Kim and Putin met', 'the meeting between the two leaders': each with the other
            pairs = [(s, t) for s in group for t in group if s is not t and distinct(s, t)]
            paired = None
        if not targets and sources and code in self.grammar.undirected_codes and frame.trigger.lemma_.lower() in \
                self.grammar.transfer_verbs and not self.parties.abroad(trigger, sources):  # 'deployed soldiers in
            code, paired = self.grammar.undirected_codes[code], None  # Dakar': troops sent to nobody abroad are
            # forces mobilized (154)
            coding = replace(coding, how=f"{coding.how}; sent to no one, {code}")
        one_sided = bool(code) and (alone or self.codes.codebook.one_sided(code))  # may lack one of its parties
        if not pairs and targets and ((frame.passive or happening) and noun is None
                                      and not (code or "").startswith(STATEMENTS) or noun is not None and one_sided):
            pairs = [(None, t) for t in targets]  # 'were detained', 'the attack on X'; not 'meetings with X'
        if not pairs and sources and one_sided:  # no recipient, or only the source again ('students staged a
            pairs = [(s, None) for s in sources]  # sit-in at the university'): 'fired a missile', 'staged a protest'
        if not pairs:
            missing = "source" if not sources else "target"
            return f"'{word}' ({code or paired}): no {missing} actor"
        harmed = (code or "").startswith(COERCION) or violent_code(code)  # 'he was arrested': someone was, named or
        # not; 'they' may be things ('how to make sure they are enforced')
        pairs = [pair for pair in pairs if any(p is not None and (p.via != "unresolved" or harmed and p is pair[1] and (
            p.token.lower_ in self.grammar.person_pronouns)) for p in pair)]
        if not pairs:  # 'he told them': an event needs one party the text identifies, or a person harmed
            return f"'{word}' ({code or paired}): no party the text identifies (only unresolved pronouns)"
        if self.sporting(trigger) and not any(p is not None and self.codes.codebook.political(p.actor)
                                               for pair in pairs for p in pair):
            return f"'{word}' ({code or paired}): a game's result between players or teams, no political actor"
        if violent_code(code) and all(s is None for s, _ in pairs) and self.mishap(trigger):
            return f"'{word}' ({code}): deaths or harm in an accident or disaster, with no actor named as its cause"
        events = []
        date, date_source, date_text = self.date(trigger)
        base = 0.9 if coding.pattern is not None else 0.75 if noun is None else 0.7
        reported = self.parties.reported_by(trigger)
        context = context_clause(trigger, self.grammar)
        promised = committed(trigger, hedged, self.grammar)
        def ref(party: Party | None) -> dict | None:
            return self.parties.ref(party, trigger)

        for source, target in pairs:
            common = {
                "token": trigger.i, "sentence": n, "trigger": word,
                "start": trigger.idx, "end": trigger.idx + len(word),
                "date": date, "date_source": date_source, "date_text": date_text, "location": None,
                "reported_by": reported, "hedged_by": hedged, "coded_by": coding.how,
            }
            confidence = base - 0.1 * sum(p is not None and p.via != "direct" for p in (source, target))
            confidence -= 0.15 if source is None else 0.1 if target is None else 0
            confidence -= 0.2 if hedged and not promised else 0  # only intended or possible: less sure than an
            # act reported done ('fired tear gas to disperse protesters': the firing, not the intent to disperse,
            # is what happened); a threat or promise made is such an act ('threatened to attack')
            confidence -= 0.2 if context else 0  # told as the context of the news ('after ... called on')
            if code:
                events.append({**common, "cameo": code, "actor": ref(source), "recipient": ref(target),
                               "confidence": round(max(confidence, 0.1), 2)})
            if paired and source is not None and target is not None:
                events.append({**common, "cameo": paired, "actor": ref(target), "recipient": ref(source),
                               "confidence": round(max(confidence - 0.05, 0.1), 2), "paired": True})
        return [self.codes.describe(e) for e in events]

    def weigh(self, events: list[dict], probabilities: dict[str, float]) -> list[dict]:
        """When the model all but rules out (`contradict`) a dictionary event's type while it is sure (`propose`)
        of another, the dictionary event's confidence halves, and the model's reading of the first such event is
        added beside it: the same trigger and parties, its code the trigger's own of the model's type (else the
        type's general code), and a confidence below the dictionary's, so the dictionary's reading stays first.
        `coded_by` says so. Violence by or against an armed group, or between two states, is never doubted: the
        model, trained on few such sentences, reads 'attacked' as words (ACCUSE, p=0.9 for 'militants attacked an
        army base', 0.95 for 'Russia attacked Ukraine'), nor is a type by one of the same quad class (THREATEN for
        ACCUSE in 'warned Beijing against any attack': the dictionary's words tell the finer kind better than the
        model's 900 training events). Where the dictionary found only bare statements, the model's sure type is the
        act they report (`retyped`)."""
        best = max(probabilities, key=probabilities.get)
        p = probabilities[best]
        if p < self.combination.propose or any(e.get("event_type") == best for e in events):
            return events
        if events and all(e["cameo"] == BARE_STATEMENT for e in events):
            return [self.retyped(e, best, p) for e in events]
        readings = []
        for event in events:
            kind = event.get("event_type")
            if not kind or probabilities.get(kind, 1.0) >= self.combination.contradict or \
                    kind in self.combination.dictionary_types:
                continue
            if violent_code(event["cameo"]) and self.fighting(event["actor"], event["recipient"]):
                continue  # not read as words ('militants attacked an army base', 'Russia attacked Ukraine')
            if quad_of(self.codes.codebook.type_codes[best]) == event.get("quad_class"):
                continue  # a finer reading of the same class ('warned': THREATEN or ACCUSE) is the dictionary's
            note = f"the type model doubts {kind} (p={probabilities[kind]:.2f}) and reads {best} (p={p:.2f})"
            code = self.codes.codebook.code_of_type(best, self.own_codes(self.doc[event["token"]]))
            reading = {**event, "cameo": code,
                       "confidence": round(max(min(p, event["confidence"]) / 2 - 0.05, 0.05), 2),
                       "coded_by": f"type model: {note}"}
            readings.append(self.codes.describe(reading))
            event["confidence"] = round(event["confidence"] / 2, 2)
            event["coded_by"] += f"; {note}"
        return events + readings[:1]

    def retyped(self, event: dict, kind: str, p: float) -> dict:
        """A bare statement (010: 'said', 'told', nothing more specific found) as the act the model is sure the
        sentence reports ('Ryan said Obama's words amount to intimidation': ACCUSE), with the statement's parties,
        as a reported act is coded; its code is the trigger's own of that type, else the type's general code.
        A specific statement (concern 012, condolences 018) stays the dictionary's."""
        code = self.codes.codebook.code_of_type(kind, self.own_codes(self.doc[event["token"]]))
        note = f"type model: {kind} (p={p:.2f}), the act the dictionary's statement ({event['cameo']}) reports"
        return self.codes.describe({**event, "cameo": code, "confidence": round(min(p, event["confidence"]), 2),
                                    "coded_by": note})

    def own_act(self, claimer: Token, sources: list[Party]) -> bool:
        """Whether an act's sources are the claimant speaking of itself: pronouns for the claim's subject ('the
        Houthis claimed that they had attacked', 'Israel claimed it had attacked'), not another party."""
        speakers = {p.actor.get("code") for c in claimer.children if c.dep_ in SUBJECTS
                    for p in self.parties.of(c)} - {None}
        return all((s.via == "pronoun" or s.token.pos_ == "PRON") and s.actor.get("code") in speakers
                   for s in sources)  # 'they' read as the speaker itself (via 'pronoun'), or a resolved 'it'

    def fighting(self, actor: dict | None, recipient: dict | None) -> bool:
        """Parties whose violence is taken as physical: one of them bears arms, or both are states."""
        parties = [p for p in (actor, recipient) if p]
        return (any(self.armed(p) for p in parties)
                or len(parties) == 2 and all(len(p.get("code") or "") == 3 for p in parties))

    def armed(self, actor: dict) -> bool:
        """Whether an actor bears arms: its code has an armed agent (grammar.json armed_agents: MIL, REB, UAF ...)."""
        return bool(code_parts(actor) & self.grammar.armed_agents)

    def own_codes(self, token: Token) -> list[str]:
        """The code the dictionary gives a trigger word by itself (a verb's own or its block's, an event noun's);
        its patterns' codes need their words, so they are not evidence here."""
        verb = self.codes.verb_entry(token) if token.pos_ == "VERB" else None
        if verb is None:
            noun = self.codes.noun_entry(token) if token.pos_ == "NOUN" else None
            return [noun.code] if noun else []
        own, _ = verb.codes()
        return [own] if own else []

    def propose(self, sent: Span, n: int, probabilities: dict[str, float],
                uncoded: list[Token]) -> tuple[list[dict], str]:
        """Events of the model's type where the dictionary coded none: on the dictionary verbs that gave no code,
        then the sentence's main verb, then its other verbs, the first whose parse gives the parties. Returns
        the events and what the model said."""
        kind = max(probabilities, key=probabilities.get)
        p = probabilities[kind]
        if p < self.combination.propose:
            return [], f"type model: at most {kind} (p={p:.2f}), below {self.combination.propose}"
        verbs = [t for t in sent if t.pos_ == "VERB"]
        candidates = [t for t in uncoded if t.pos_ == "VERB"]
        candidates += [t for t in sorted(verbs, key=lambda t: t.i != sent.root.i) if t not in candidates]
        why = f"type model: {kind} (p={p:.2f}) but no verb with the parties it needs"
        for token in candidates:
            code = self.codes.codebook.code_of_type(kind, self.own_codes(token))
            coding = Coding(code, None, f"type model: {kind} (p={p:.2f}), the dictionary had no code here")
            result = self.build(self.frames.verb(token), coding, n, noun=None)
            if isinstance(result, list) and result:
                for event in result:
                    event["confidence"] = round(min(event["confidence"], p), 2)
                return result, f"type model: {kind} (p={p:.2f}) on '{token.text}'"
            why = result if isinstance(result, str) else why
        return [], why

    def demander(self, trigger: Token, hedged: str | None, code: str | None, sources: list[Party]) -> Party | None:
        """The speaker who says another actor must act ('Russia says Israel must end attacks'), when the act, as
        an intent, has a demand of the same kind (03x -> 10x); None otherwise, or when the speaker speaks for the
        actor ('Putin said Russia must help Syria' is Russia's intent)."""
        if hedged not in self.grammar.obligation_modals or not (code or "").startswith(INTENTS):
            return None
        for outer, dep in governors(trigger)[:1]:
            own = self.own_codes(outer)
            if dep == "ccomp" and own and own[0].startswith(STATEMENTS):
                speakers = self.parties.sources(self.frames.verb(outer), {})
                own_country = speakers[0].actor.get("country") if speakers else None
                if speakers and all(distinct(speakers[0], p) and (own_country is None or own_country != p.actor.get(
                        "country")) for p in sources):
                    return speakers[0]
        return None

    def sporting(self, trigger: Token) -> bool:
        """Whether the trigger's sentence reports a game ('upset the sixth-seeded player', 'in the ninth inning')."""
        return any(t.lower_ in self.grammar.sports_words or t.lemma_.lower() in self.grammar.sports_words
                   for t in trigger.sent)

    def mishap(self, trigger: Token) -> bool:
        """Whether the trigger's sentence tells of an accident or disaster ('killed in a car crash', 'after an
        outbreak of cholera')."""
        return any(t.lower_ in self.grammar.mishap_words for t in trigger.sent)

    def refusal(self, trigger: Token, code: str) -> tuple[str, Token] | None:
        """The rejection a negated act stands for, and the word it is coded on: a refusal verb over it ('refused
        to negotiate', any act: 120 at least) or a negated future or 'cannot' ('will not release the soldiers',
        only the acts refusals.tsv names); None for a plain negation ('did not sign') or a refusal to speak."""
        refuser = refused_by(trigger, self.grammar)
        if refuser is not None and not negation(refuser, self.frames.verb(refuser), self.grammar):
            rejection = self.codes.codebook.refusal(code)
            return (rejection, refuser) if rejection else None
        if refuser is None and stated_refusal(trigger, self.grammar):
            rejection = self.codes.codebook.refusal(code, default=None)
            return (rejection, trigger) if rejection else None
        return None

    def statement(self, n: int, uncoded: list[Token]) -> tuple[list[dict], list[str]]:
        """A bare statement ('the ministry said ...', a 01 code with nobody addressed) in a sentence where nothing
        more specific was coded: the first statement verb whose speaker is on record (data/events/speakers.tsv).
        Returns the events, or why each statement verb gave none."""
        why = []
        for token in uncoded:
            own = self.own_codes(token)
            if not own or not own[0].startswith(STATEMENTS):
                continue
            coding = Coding(own[0], None, "bare statement: nobody addressed, nothing more specific in the sentence")
            result = self.build(self.frames.verb(token), coding, n, noun=None, alone=True)
            if isinstance(result, str):
                continue  # the dictionary pass said why already
            kept = [e for e in result if self.codes.codebook.on_record(e["actor"])]
            if kept:
                return kept, []
            speaker = result[0]["actor"]["text"] if result[0]["actor"] else "nobody"
            why.append(f"'{token.text}' ({own[0]}): a bare statement, and its speaker '{speaker}' is not on record "
                       "(only states, their organs, parties, armed groups and international organizations are)")
        return [], why

    def drop_framing(self, events: list[dict]) -> list[dict]:
        """Keep the inner event when one verb frames another ('agreed to help', 'said that X met Y', 'imposed
        sanctions' beside the noun 'sanctions'), drop exact repeats, and of one word's codes of one root for one
        pair keep the most specific."""
        triggers = {e["token"] for e in events}
        sourced = {e["token"] for e in events if e["actor"] is not None}
        asking = {e["token"] for e in events if e["cameo"].startswith(ASKING)}
        codes = {e["token"]: e["cameo"] for e in events}
        actors = {e["token"]: ref_key(e["actor"]) for e in events}
        framing = set()
        asked: dict[int, str] = {}  # an appeal or demand's token -> the code of the act it asks for
        for i in triggers:
            token = self.doc[i]
            for outer, dep in governors(token)[:1]:  # the verb whose complement this clause is
                if outer.i in asking and (dep == "xcomp" or dep == "ccomp" and actors[i] != actors[outer.i] and (
                        mandated(token, self.grammar)) or dep == "advcl" and any(
                            c.dep_ == "mark" and c.lower_ == "to" for c in token.children)):
                    framing.add(i)  # 'urged Japan to release them', 'demanded that Japan release them', 'called on
                    asked[outer.i] = codes[i]  # X to end': the request happened, the release was asked; not the
                    # asker's own act ('insisting that it will only negotiate')
                elif dep == "xcomp" and codes.get(outer.i) == codes[i]:
                    framing.add(i)  # 'met to discuss trade': one consultation, named by its main verb
                elif dep in ("xcomp", "ccomp") and outer.i in triggers:
                    framing.add(outer.i)
            if token.pos_ in ("NOUN", "PROPN"):
                # a noun and the verb it hangs on ('imposed sanctions'): keep the verb unless only the noun says who;
                # or the coded verb over an uncoded one ('considering sending aid': the option, not the aid)
                over = [o for o, dep in governors(token.head)[:1] if dep == "xcomp" and token.head.i not in triggers]
                for verb in (token.head, *token.children, *over):
                    if verb.i != token.i and verb.i in triggers and verb.pos_ == "VERB":
                        framing.add(i if verb.i in sourced or i not in sourced else verb.i)
        longest: dict[tuple, int] = {}  # one word, one pair, one root: the most specific code ('declined to release')
        for e in events:
            root = (e["token"], e["cameo"][:2], ref_key(e["actor"]), ref_key(e["recipient"]))
            longest[root] = max(longest.get(root, 0), len(e["cameo"]))
        seen = set()
        kept = []
        for e in events:
            key = (e["cameo"], ref_key(e["actor"]), ref_key(e["recipient"]))
            root = (e["token"], e["cameo"][:2], *key[1:])
            if e["token"] in framing or key in seen or len(e["cameo"]) < longest[root]:
                continue
            seen.add(key)
            kept.append(self.asking_for(e, asked[e["token"]]) if e["token"] in asked else e)
        return kept

    def asking_for(self, event: dict, act: str) -> dict:
        """An unspecific appeal or demand made as specific as the act it asks for, since CAMEO's appeals (02x),
        intents (03x) and demands (10x) run parallel: 'called on Russia to withdraw its troops' asks for
        de-escalation (0356 -> 0256), 'demanded that Iran release the prisoners' a release (0353 -> 1053)."""
        intent = self.codes.codebook.intent(act) or ""
        code = event["cameo"][:2] + intent[2:]
        if event["cameo"] not in UNSPECIFIC_ASKING or not intent.startswith("03") or intent == "030" or \
                code not in self.codes.codebook.cameo:
            return event
        return self.codes.describe({**event, "cameo": code, "coded_by": f"{event['coded_by']}; asks for {act}"})

    def date(self, trigger: Token) -> tuple[str | None, str, str | None]:
        """The date of the time expression governing the trigger's clause, else the publication date."""
        for span in self.time_spans:
            token = span.root
            while token.head.i != token.i and token.i != trigger.i:
                token = token.head
                if token.i != trigger.i and token.pos_ in ("VERB", "AUX") and token.dep_ != "aux":
                    break
            if token.i == trigger.i:
                return span._.time_value, "text", span.text
        day = self.doc._.published
        return (day.isoformat() if day else None), "published", None
