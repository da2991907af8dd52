"""The `events` component: who did what to whom, coded in CAMEO and PLOVER from the dependency parse."""

from __future__ import annotations

from dataclasses import dataclass, field

from spacy.language import Language
from spacy.tokens import Doc, Token

from eventwire.components.actors import actor_of
from eventwire.components.doc import published
from eventwire.components.locate import Locator
from eventwire.resources.codebook import Codebook, load_codebook
from eventwire.resources.gazetteer import load_cues
from eventwire.resources.grammar import Grammar, load_grammar
from eventwire.resources.verbs import Element, Noun, Pattern, Verb, VerbDictionary, load_verbs, singular

SUBJECT = ("nsubj", "csubj")
PATIENT = ("nsubj:pass", "nsubjpass", "csubj:pass")
OBJECT = ("obj", "dobj", "iobj", "dative", "attr", "oprd")
ATTACHED = ("obl", "nmod", "obl:agent", "obl:tmod", "advmod", "agent", "prep")
PARTICLE = ("compound:prt", "prt")
REACH = ("obl", "nmod", "advcl", "xcomp", "acl", "prep")  # where a target may sit deeper in the clause
FRAMES = ("xcomp", "ccomp", "acl", "advcl", "parataxis")  # how an inner clause hangs from a verb that frames it
MODIFIERS = ("compound", "amod", "nmod:poss", "poss", "flat", "appos", "nmod")
ORIGIN = ("of", "from")  # 'the ambassadors of Arnor', 'soldiers from Gondor'
INDIRECT = ("pronoun", "description", "group", "speaker", "subtree", "inherited")

for _name in ("events", "event_misses"):
    if not Doc.has_extension(_name):
        Doc.set_extension(_name, default=None)


@dataclass
class Party:
    """An actor taking part in an event, with the token that names it and how it was reached."""

    token: Token
    actor: dict
    via: str = "direct"


@dataclass
class Frame:
    """The syntactic frame of a trigger: who acts, what is acted on, the prepositional phrases around it."""

    trigger: Token
    subjects: list[Token] = field(default_factory=list)
    objects: list[Token] = field(default_factory=list)
    preps: list[tuple[str, Token]] = field(default_factory=list)
    words: list[Token] = field(default_factory=list)
    passive: bool = False


@dataclass
class Coding:
    """The code a trigger gets and where it came from."""

    code: str | None
    paired: str | None
    how: str
    pattern: Pattern | None = None
    roles: dict[str, Token] = field(default_factory=dict)


@Language.factory("events", default_config={"verbs_path": None, "nouns": True})
def make_events(nlp: Language, name: str, verbs_path: str | None, nouns: bool) -> EventCoder:
    return EventCoder(load_verbs(verbs_path), load_codebook(), nouns)


def lemma_candidates(token: Token) -> list[str]:
    """The token's lemma, then the base forms its regular inflection allows (for lemmatizer slips)."""
    low = token.lower_
    out = [token.lemma_.lower(), low]
    for suffix, repl in (("ing", ""), ("ing", "e"), ("ed", ""), ("ed", "e"), ("d", ""), ("ies", "y"), ("es", ""),
                         ("s", ""), ("ied", "y")):
        if low.endswith(suffix) and len(low) - len(suffix) > 2:
            out.append(low[: len(low) - len(suffix)] + repl)
    if low.endswith(("nned", "tted", "pped", "gged", "nning", "tting", "pping", "gging")):
        out.append(low[: -4 if low.endswith("ed") else -5])
    return out


class EventCoder:
    """Codes events sentence by sentence into `doc._.events` (dicts) and says in `doc._.event_misses` why a
    sentence has none."""

    def __init__(self, book: VerbDictionary, codebook: Codebook, nouns: bool = True) -> None:
        self.book = book
        self.codebook = codebook
        self.nouns = nouns
        self.grammar: Grammar = load_grammar()
        self.cues = load_cues()
        self.forms = {form: lemma for lemma, verbs in book.verbs.items() for v in verbs for form in v.forms}

    def __call__(self, doc: Doc) -> Doc:
        events: list[dict] = []
        misses: list[dict] = []
        self.doc = doc
        self.time_spans = [s for s in doc.spans.get("times", []) if s._.time_type in (None, "DATE") and s._.time_value]
        self.times = {t.i for s in doc.spans.get("times", []) for t in s}
        self.quotes = list(doc.spans.get("quotes", []))
        self.mentions = {t.i: span for span in doc.spans.get("actors", []) for t in span}
        for n, sent in enumerate(doc.sents):
            found: list[dict] = []
            reasons: list[str] = []
            for token in sent:
                result = self.code_trigger(token, n)
                if isinstance(result, str):
                    reasons.append(result)
                elif result:
                    found.extend(result)
            found = self.drop_framing(found)
            if found:
                events.extend(found)
            elif sent.text.strip():
                misses.append({"sentence": n, "start": sent.start_char, "end": sent.end_char,
                               "reasons": reasons or ["no verb or event noun from the dictionary"]})
        Locator(doc, self.cues, self.case_of).locate(events)
        for k, event in enumerate(events):
            event["id"] = f"e{k + 1}"
            del event["token"]
        doc._.events = events
        doc._.event_misses = misses
        return doc

    # --- triggers -------------------------------------------------------------------------------------------

    def code_trigger(self, token: Token, n: int) -> list[dict] | str | None:
        """Events of one token if it is a dictionary verb or event noun; a reason string when it is one but
        yields no event; None when it is neither."""
        if token.i in self.mentions:
            return None
        if token.pos_ == "VERB" or token.tag_.startswith("VB") and token.pos_ not in ("AUX", "PROPN"):
            verb = self.verb_entry(token)
            if verb is None:
                return None
            frame = self.frame(token)
            coding = self.verb_coding(verb, frame)
            return self.build(frame, coding, n, noun=None)
        if self.nouns and token.pos_ in ("NOUN", "PROPN"):
            noun = self.book.nouns.get(singular(token.lemma_.lower()))
            if noun is None:
                return None
            return self.code_noun(token, noun, n)
        return None

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

    # --- the frame ------------------------------------------------------------------------------------------

    def frame(self, verb: Token) -> Frame:
        """Subjects, objects (the patient in the passive), prepositional phrases and particles of a verb."""
        frame = Frame(verb)
        for child in verb.children:
            dep = child.dep_
            if dep in SUBJECT:
                frame.subjects.append(self.relative(child))
            elif dep in PATIENT:
                frame.objects.append(self.relative(child))
                frame.passive = verb.tag_ == "VBN" or verb.pos_ != "VERB"
            elif dep in ("aux:pass", "auxpass") and verb.tag_ == "VBN":
                frame.passive = True
            elif dep in OBJECT or dep in ("xcomp", "acomp") and child.pos_ in ("NOUN", "PROPN", "ADJ", "ADV"):
                frame.objects.append(child)
            elif dep in PARTICLE or dep == "advmod" and not self.case_of(child):
                frame.words.append(child)
            if dep in ATTACHED or dep in OBJECT:
                frame.preps.extend(self.prepositional(child))
        if verb.dep_ == "acl" and verb.tag_ == "VBN" and not frame.objects:  # 'sanctions imposed on X'
            frame.objects.append(verb.head)
            frame.passive = True
        elif verb.dep_ == "acl" and not frame.subjects:  # 'the minister visiting Brazil'
            frame.subjects.append(verb.head)
        elif verb.dep_ == "amod" and verb.tag_ == "VB":  # a bare infinitive parsed as an adjective: 'to restore ties'
            frame.objects.append(verb.head)
            noun = verb.head
            frame.subjects = [c for c in noun.children if c.dep_ in SUBJECT + PATIENT] or self.inherited_subjects(noun)
        if not frame.subjects and not frame.passive:
            frame.subjects = self.inherited_subjects(verb)
        for obj in list(frame.objects):
            for child in obj.children:
                if child.dep_ in ("nmod", "prep", "acl"):
                    frame.preps.extend(self.prepositional(child))
        return frame

    def case_of(self, token: Token) -> str | None:
        """The preposition introducing a noun ('with' in 'with Putin'), multi-word ones joined."""
        cases = [c for c in token.children if c.dep_ in ("case", "fixed") and c.i < token.i]
        if cases:
            first = cases[0]
            fixed = [f.lower_ for f in first.children if f.dep_ == "fixed"]
            return " ".join([first.lower_, *fixed])
        if token.dep_ == "pobj":
            return token.head.lower_
        return None

    def prepositional(self, token: Token) -> list[tuple[str, Token]]:
        """(preposition, noun) pairs for a dependent: 'with Putin' (UD obl + case) or prep -> pobj (ClearNLP)."""
        if token.dep_ in ("prep", "agent"):
            return [(token.lower_, c) for c in token.children if c.dep_ == "pobj"] if token.lower_.strip() else []
        case = self.case_of(token)
        return [(case, token)] if case and case.strip() else []

    def relative(self, token: Token) -> Token:
        """A relative pronoun subject stands for the noun its clause modifies ('officials who met')."""
        clause = token.head
        if token.lower_ in self.grammar.relative_pronouns and clause.dep_ in ("acl:relcl", "relcl"):
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
                objects = [c for c in head.children if c.dep_ in ("obj", "dobj")]
                if objects and self.parties(objects[0]):
                    return objects
            own = [c for c in head.children if c.dep_ in SUBJECT or c.dep_ in PATIENT and head.pos_ != "VERB"]
            return own or self.inherited_subjects(head)
        if verb.dep_ == "acl" and head.pos_ in ("NOUN", "PROPN"):
            possessors = [c for c in head.children if c.dep_ in ("nmod:poss", "poss")]
            if possessors:
                return possessors
            governor = head.head
            if governor.i != head.i and governor.pos_ in ("VERB", "AUX"):
                return [c for c in governor.children if c.dep_ in SUBJECT] or self.inherited_subjects(governor)
        return []

    # --- codes ----------------------------------------------------------------------------------------------

    def verb_coding(self, verb: Verb, frame: Frame) -> Coding:
        """The most specific pattern of the verb's block that the frame satisfies, else the verb's own codes."""
        best: tuple[Pattern, dict[str, Token]] | None = None
        for pattern in verb.block.patterns:
            if best is not None and pattern.weight <= best[0].weight:
                continue
            roles = self.match(pattern, frame)
            if roles is not None:
                best = (pattern, roles)
        if best is not None:
            pattern, roles = best
            return Coding(pattern.code, pattern.paired, f"pattern of {verb.block.name}", pattern, roles)
        code, paired = verb.codes()
        return Coding(code, paired, f"verb {verb.lemma} ({verb.block.name})")

    def match(self, pattern: Pattern, frame: Frame) -> dict[str, Token] | None:
        """Match a pattern against a frame; the roles ($ source, + target) it marks, or None if it fails."""
        roles: dict[str, Token] = {}
        used: set[int] = set()
        post_nouns = frame.objects + frame.words + [t for o in frame.objects for t in o.subtree if t.i != o.i]
        pre_nouns = [t for s in frame.subjects for t in s.subtree] + [
            c for c in frame.trigger.children if c.i < frame.trigger.i and c.dep_ in ("aux", "advmod", "neg")]
        for side, nouns in ((pattern.pre, pre_nouns), (pattern.post, post_nouns)):
            for element in side:
                if element.role and not element.prep:
                    continue
                if element.prep:
                    hit = next((noun for prep, noun in frame.preps if prep.split()[0] == element.prep.split()[0]
                                and noun.i not in used and (element.obj is None or self.fits(element.obj, noun))),
                               None)
                    if hit is None:
                        return None
                    roles[element.role or f"prep{len(roles)}"] = hit
                else:
                    hit = next((t for t in nouns if t.i not in used and self.fits(element, t)), None)
                    if hit is None:
                        return None
                used.add(hit.i)
        return roles

    def fits(self, element: Element, token: Token) -> bool:
        """Whether a word element names this token (its lemma or form), with the modifiers it requires."""
        forms = {singular(token.lemma_.lower()), singular(token.lower_)}
        if not (element.words & forms):
            phrase = " ".join(t.lower_ for t in token.subtree if abs(t.i - token.i) < 6)
            if not any(p in phrase for p in element.phrases):
                return False
        mods = [c for c in token.children if c.dep_ in MODIFIERS or c.dep_ in ("nummod", "advmod")]
        return all(any(self.fits(m, c) for c in mods) for m in element.mods)

    # --- meaning: negation, hedging, reporting --------------------------------------------------------------

    def negation(self, trigger: Token, frame: Frame) -> str | None:
        """Why the event did not happen, if it did not: a negator, a 'no' object, a denial or refusal over it."""
        g = self.grammar
        for child in trigger.children:
            if child.dep_ in ("neg", "advmod", "det") and child.lower_ in g.negators:
                return f"negated ('{child.text}')"
        for obj in frame.objects:
            if any(c.dep_ == "det" and c.lower_ in g.negating_determiners for c in obj.children):
                return f"negated ('no {obj.text}')"
        for outer, dep in self.governors(trigger):
            lemma = outer.lemma_.lower()
            if dep == "ccomp" and lemma in g.denial_verbs or dep == "xcomp" and lemma in g.refusal_verbs:
                return f"denied or refused ('{outer.text}')"
        return None

    def hedge(self, trigger: Token) -> str | None:
        """The word that makes an act only intended or possible: a modal, an intent verb or noun over it."""
        g = self.grammar
        for child in trigger.children:
            if child.dep_ == "aux" and child.lower_ in g.hedging_auxiliaries:
                return child.text
        purpose = any(c.dep_ == "mark" and c.lower_ == "to" for c in trigger.children)
        for outer, dep in self.governors(trigger):
            modal = any(c.dep_ == "aux" and c.lower_ in g.hedging_auxiliaries for c in outer.children)
            if dep == "xcomp" and (outer.lemma_.lower() in g.intent_verbs or modal):
                return outer.text
            if dep == "acl" and outer.lower_ in g.intent_nouns:
                return outer.text
            if dep == "advcl" and purpose and outer.pos_ == "VERB":  # 'went to Moscow to discuss', not 'about to'
                return "to"
        return None

    @staticmethod
    def governors(token: Token) -> list[tuple[Token, str]]:
        """The words a clause hangs from, innermost first, through clausal dependencies only."""
        out = []
        while token.dep_ in FRAMES + ("conj",) and token.head.i != token.i:
            if token.dep_ != "conj":
                out.append((token.head, token.dep_))
            token = token.head
        return out

    def reported_by(self, trigger: Token) -> dict | None:
        """The speaker whose quote or reported speech contains the trigger: the channel, not the actor."""
        for quote in self.quotes:
            speaker = quote._.speaker
            if quote.start <= trigger.i < quote.end and speaker is not None:
                actor = next((a for t in [speaker.root, *speaker] if (a := actor_of(t))), None)
                actor = actor or {"name": speaker.text, "country": None, "sector": None, "code": None}
                return {**actor, "text": speaker.text, "start": speaker.start_char, "end": speaker.end_char}
        return None

    # --- actors ---------------------------------------------------------------------------------------------

    def parties(self, token: Token, via: str = "direct", depth: int = 0, groups: bool = True) -> list[Party]:
        """The actors a noun phrase names: its own, conjoined ones ('Kim and Putin', 'Hungarian and Romanian
        officials'), a group for 'they', the speaker for 'we' in a quote, else an actor modifying it."""
        found: list[Party] = []
        actor = actor_of(token)
        if actor is not None:
            found.append(Party(token, actor, via if actor.get("resolved_by") not in INDIRECT else "indirect"))
        elif groups and (token.lower_ in self.grammar.plural_pronouns or token.tag_ in ("NNS", "NNPS") and any(
                c.lower_ in self.grammar.group_determiners for c in token.children)):
            found.extend(self.group(token))
        elif token.lower_ in self.grammar.first_person_pronouns:
            speaker = self.reported_by(token)
            if speaker is not None:
                found.append(Party(token, speaker, "speaker"))
        elif depth < 2:
            for child in token.children:
                if child.dep_ in MODIFIERS and (child.dep_ != "nmod" or self.case_of(child) in ORIGIN):
                    found = self.parties(child, "modifier", depth + 1)
                    if found:
                        break
        for child in token.children:
            if child.dep_ == "conj" and depth < 4:
                found.extend(self.parties(child, via, depth + 1, groups))
            elif child.dep_ in ("amod", "compound") and found:  # 'Chinese and Russian warships'
                conjuncts = [x for x in child.children if x.dep_ == "conj"]
                for word in [child, *conjuncts] if conjuncts else []:
                    actor = actor_of(word)
                    if actor and actor.get("country") and all(actor.get("code") != p.actor.get("code") for p in found):
                        found.append(Party(word, actor, via))
        return share_sectors(found)

    def group(self, pronoun: Token) -> list[Party]:
        """'they', 'their', 'the two countries': the conjoined actors of the nearest subject with two or more of
        them, in this sentence or the four before it."""
        sentences = [s for s in pronoun.doc.sents if s.start <= pronoun.i and s.text.strip()][-5:]
        for sent in reversed(sentences):
            for token in sorted(sent, key=lambda t: abs(t.i - pronoun.i)):
                if token.dep_ in SUBJECT + PATIENT and token.i != pronoun.i:
                    members = [p for p in self.parties(token, depth=3, groups=False) if p.token.i != pronoun.i]
                    if len(members) >= 2:
                        return [Party(p.token, p.actor, "group") for p in members]
        return []

    def sources(self, frame: Frame, coding: Coding) -> list[Party]:
        marked = self.parties(coding.roles["source"]) if "source" in coding.roles else []
        if marked:
            return marked
        if frame.passive:
            agents = [n for p, n in frame.preps if p in self.grammar.agent_prepositions]
            return [p for a in agents for p in self.parties(a)]
        return [p for s in frame.subjects for p in self.parties(s)]

    def targets(self, frame: Frame, coding: Coding, sources: list[Party]) -> list[Party]:
        """The target: a pattern's + role, the object (the patient in the passive), an actor in a prepositional
        phrase of the verb or its object, else the nearest actor inside the object's phrase."""
        taken = {ref_key(p.actor) for p in sources}

        def fresh(parties: list[Party]) -> list[Party]:
            return [p for p in parties if ref_key(p.actor) not in taken]

        marked = [coding.roles["target"]] if "target" in coding.roles else []
        for noun in marked + frame.objects + [coding.roles[k] for k in coding.roles if k.startswith("prep")]:
            found = fresh(self.parties(noun))
            if found:
                return found
        for prep, noun in frame.preps:
            if prep.split()[0] in self.grammar.target_prepositions and not self.is_time(noun):
                found = fresh(self.parties(noun))
                if found:
                    return found
        trigger = frame.trigger
        phrases = frame.objects + [c for c in trigger.children if c.i > trigger.i and c.dep_ in REACH]
        for phrase in phrases:
            inside = sorted((t for t in phrase.subtree if t.i != phrase.i), key=lambda t: abs(t.i - phrase.i))
            for token in [phrase, *inside]:
                if self.is_time(token) or self.locative(token):
                    continue
                found = fresh([Party(p.token, p.actor, "subtree") for p in self.parties(token, depth=3)])
                if found:
                    return found
        return []

    def ref(self, party: Party | None) -> dict | None:
        """A party as the record's actor shape, with the offsets of the mention naming it."""
        if party is None:
            return None
        words = self.mentions.get(party.token.i) or party.token.doc[party.token.i : party.token.i + 1]
        how = party.actor.get("resolved_by") if party.via in ("direct", "modifier", "indirect") else party.via
        return {**party.actor, "text": words.text, "start": words.start_char, "end": words.end_char,
                "resolved_by": how}

    def locative(self, token: Token) -> bool:
        """A place named as where something happened ('met in Vienna', 'exercises near Japan')."""
        case = self.case_of(token)
        word = case.split()[0] if case else ""
        return word in self.grammar.spatial_prepositions and word not in self.grammar.target_prepositions

    def is_time(self, token: Token) -> bool:
        return token.i in self.times

    # --- building events ------------------------------------------------------------------------------------

    def code_noun(self, token: Token, noun: Noun, n: int) -> list[dict] | str:
        """An event named by a noun: 'Kim's visit to Russia', 'their meeting', 'sanctions on North Korea'."""
        frame = Frame(token)
        owners = [c for c in token.children if c.dep_ in ("nmod:poss", "poss", "compound", "amod")]
        frame.subjects = owners
        for child in token.children:
            frame.preps.extend(self.prepositional(child))
        by = [noun_ for prep, noun_ in frame.preps if prep in self.grammar.agent_prepositions]
        frame.subjects += by
        targets = [noun_ for prep, noun_ in frame.preps if prep.split()[0] in noun.target_preps]
        coding = Coding(noun.code, noun.paired, f"event noun {noun.lemma}")
        if targets:
            coding.roles["target"] = targets[0]
        return self.build(frame, coding, n, noun=noun)

    def build(self, frame: Frame, coding: Coding, n: int, noun: Noun | None) -> list[dict] | str:
        trigger = frame.trigger
        word = trigger.text
        if coding.code is None and coding.paired is None:
            return f"'{word}': no event code for this use ({coding.how})"
        negated = self.negation(trigger, frame)
        if negated:
            return f"'{word}': {negated}"
        code, paired = coding.code, coding.paired
        hedged = self.hedge(trigger)
        if hedged:
            code = self.codebook.intent(code) if code else None
            paired = self.codebook.intent(paired) if paired and paired == coding.code else None
            if code is None:
                return f"'{word}': only possible or intended ('{hedged}'), and not an act CAMEO codes as intent"
        sources = self.sources(frame, coding)
        if not sources and (frame.subjects and not frame.passive):
            role = "subject" if noun is None else "owner"
            return f"'{word}' ({code or paired}): its {role} '{frame.subjects[0].text}' is not a known actor"
        targets = self.targets(frame, coding, sources)
        pairs: list[tuple[Party | None, Party]] = [(s, t) for s in sources for t in targets if distinct(s, t)]
        group = sources if not targets else targets if not sources and paired == code else []
        if len(group) >= 2:  # 'Kim and Putin met', 'the meeting between the two leaders': each with the other
            pairs = [(s, t) for s in group for t in group if s is not t and distinct(s, t)]
            paired = None
        if not pairs and targets and frame.passive and noun is None:
            pairs = [(None, t) for t in targets]
        if not pairs:
            missing = "source" if not sources else "target"
            return f"'{word}' ({code or paired}): no {missing} actor"
        events = []
        date, date_source, date_text = self.date(trigger)
        base = 0.9 if coding.pattern is not None else 0.75 if noun is None else 0.7
        reported = self.reported_by(trigger)
        for source, target in pairs:
            common = {
                "token": trigger.i, "sentence": n, "trigger": word,
                "start": trigger.idx, "end": trigger.idx + len(word),
                "date": date, "date_source": date_source, "date_text": date_text, "location": None,
                "reported_by": reported, "hedged_by": hedged, "coded_by": coding.how,
            }
            confidence = base - 0.1 * sum(p is not None and p.via != "direct" for p in (source, target))
            confidence -= 0.15 if source is None else 0
            if code:
                events.append({**common, "cameo": code, "actor": self.ref(source), "recipient": self.ref(target),
                               "confidence": round(max(confidence, 0.1), 2)})
            if paired and source is not None:
                events.append({**common, "cameo": paired, "actor": self.ref(target), "recipient": self.ref(source),
                               "confidence": round(max(confidence - 0.05, 0.1), 2), "paired": True})
        return [self.describe(e) for e in events]

    def describe(self, event: dict) -> dict:
        """Add what the CAMEO code means: Goldstein, quad class, PLOVER type, mode and context."""
        info = self.codebook.info(event["cameo"])
        keys = {"event_type": "plover_type", "mode": "mode", "context": "context", "goldstein": "goldstein",
                "quad_class": "quad_class", "cameo_name": "name"}
        event.update({key: getattr(info, attr) if info else None for key, attr in keys.items()})
        return event

    def drop_framing(self, events: list[dict]) -> list[dict]:
        """Keep the inner event when one verb frames another ('agreed to help', 'said that X met Y', 'imposed
        sanctions' beside the noun 'sanctions'), and drop exact repeats."""
        triggers = {e["token"] for e in events}
        sourced = {e["token"] for e in events if e["actor"] is not None}
        framing = set()
        for i in triggers:
            token = self.doc[i]
            for outer, dep in self.governors(token)[:1]:  # the verb whose complement this clause is
                if dep in ("xcomp", "ccomp") and outer.i in triggers:
                    framing.add(outer.i)
            if token.pos_ in ("NOUN", "PROPN"):
                # a noun and the verb it hangs on ('imposed sanctions'): keep the verb unless only the noun says who
                for verb in (token.head, *token.children):
                    if verb.i != token.i and verb.i in triggers and verb.pos_ == "VERB":
                        framing.add(i if verb.i in sourced or i not in sourced else verb.i)
        seen = set()
        kept = []
        for e in events:
            key = (e["cameo"], ref_key(e["actor"]), ref_key(e["recipient"]))
            if e["token"] in framing or key in seen:
                continue
            seen.add(key)
            kept.append(e)
        return kept

    # --- dates ----------------------------------------------------------------------------------------------

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
        day = published(trigger.doc)
        return (day.isoformat() if day else None), "published", None


def share_sectors(parties: list[Party]) -> list[Party]:
    """Conjoined country words sharing a head noun share its sector: 'Hungarian and Romanian officials'."""
    donors = [p for p in parties if p.actor.get("sector") and len(p.actor.get("code") or "") >= 6]
    if len(parties) < 2 or not donors:
        return parties
    sector, agent = donors[0].actor["sector"], donors[0].actor["code"][3:6]
    if any(p.actor.get("sector") not in (None, sector) for p in parties):
        return parties
    out = []
    for p in parties:
        code = p.actor.get("code") or ""
        if not p.actor.get("sector") and p.actor.get("country") and len(code) == 3:
            p = Party(p.token, {**p.actor, "sector": sector, "code": code + agent}, p.via)
        out.append(p)
    return out


def distinct(a: Party, b: Party) -> bool:
    """Two parties are different actors: neither the same name nor the same full code (PRKGOV and PRKGOV)."""
    same_code = a.actor.get("code") and a.actor.get("code") == b.actor.get("code")
    return not same_code and a.actor.get("name") != b.actor.get("name")


def ref_key(ref: dict | None) -> tuple:
    return (ref.get("code"), ref.get("name")) if ref else (None, None)
