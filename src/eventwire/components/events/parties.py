"""Who takes part in an event: the actors a noun phrase names (conjoined, grouped, the speaker for 'we'), the
source and the target of a frame, and the record's shape of each."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.tokens import Doc, Span, Token

from eventwire.components.context import clause_place, focus_country, resolved_places
from eventwire.components.events.frame import Frame
from eventwire.components.events.meaning import mandated
from eventwire.components.extensions import ACTORS, QUOTES, TIMES
from eventwire.components.syntax import (
    DIRECT_OBJECTS,
    INDIRECT_OBJECTS,
    MODIFIERS,
    ORIGIN,
    PERSON_LABELS,
    PLACE_LABELS,
    POSSESSIVES,
    REACH,
    SUBJECTS,
    case_of,
    nearest_sentences,
    trimmed,
)
from eventwire.resources.grammar import Grammar

PLURAL_NOUNS = ("NNS", "NNPS")  # plural nouns: actors in the plural are people ('the five Americans'); a
# counted plural ('both sides') is a pair
ORGANIZATION_LABELS = ("ORG",)  # an organization's plural name is no people ('the Department of Rural Affairs')
NAME_PARTS = ("flat", "flat:name", "compound")  # the words of a name after its first
GROUP_REACH = 8  # sentences back where 'they' may find its pair (news repeats a pair across short paragraphs)
INDIRECT = ("pronoun", "description", "group", "speaker", "subtree", "inherited")


@dataclass
class Party:
    """An actor taking part in an event, with the token that names it and how it was reached."""

    token: Token
    actor: dict
    via: str = "direct"


class Parties:
    """The actors of one document as events see them (built per document: it holds the document's mentions,
    quotes and time words)."""

    def __init__(self, doc: Doc, grammar: Grammar, locative: frozenset[str]) -> None:
        self.grammar = grammar
        self.locative_words = locative
        self.mentions = {t.i: span for span in doc.spans.get(ACTORS, []) for t in span}
        self.quotes: dict[int, Span] = {}  # token -> the first quote with a speaker that contains it
        for quote in doc.spans.get(QUOTES, []):
            if quote._.speaker is not None:
                for i in range(quote.start, quote.end):
                    self.quotes.setdefault(i, quote)
        self.times = {t.i for s in doc.spans.get(TIMES, []) for t in s}
        self.places = resolved_places(doc)
        self.focus_country = focus_country(self.places, locative)

    def of(self, token: Token, via: str = "direct", depth: int = 0, groups: bool = True) -> list[Party]:
        """The actors a noun phrase names: its own, conjoined ones ('Kim and Putin', 'Hungarian and Romanian
        officials'), a group for 'they', the speaker for 'we' in a quote, else an actor modifying it."""
        g = self.grammar
        found: list[Party] = []
        actor = token._.actor
        counted = token.tag_ in PLURAL_NOUNS and any(c.lower_ in g.group_determiners for c in token.children)
        if actor is not None and actor.get("resolved_by") == "group" and groups:  # 'the two leaders'
            found.extend(self.group(token, pair=True) or [Party(token, actor, via)])
        elif actor is not None:
            found.append(Party(token, actor, via if actor.get("resolved_by") not in INDIRECT else "indirect"))
        elif groups and (token.lower_ in g.plural_pronouns or counted):  # 'they'; 'both sides', a pair counted
            found.extend(self.group(token, pair=counted) or self.speaking_for(token) or unidentified(token, g))
        elif token.lower_ in g.first_person_pronouns:
            speaker = self.reported_by(token)
            found.extend([Party(token, speaker, "speaker")] if speaker is not None else unidentified(token, g))
        elif token.lower_ in g.person_pronouns:
            found.extend(unidentified(token, g))
        elif token.lower_ in g.crowd_numbers and not any(case_of(c) == "of" for c in token.children):
            found.append(civilians(token, "crowd"))  # 'thousands rallied in Tbilisi', 'hundreds were detained'
        elif depth < 2:
            for child in token.children:
                if self.venue(child) or self.bearing(child):
                    continue  # where: 'the Vienna talks', 'an estate south of San Francisco'; not whose
                if child.dep_ in MODIFIERS and (child.dep_ != "nmod" or case_of(child) in ORIGIN
                                                or case_of(child) in g.agent_prepositions):  # 'a strike by X'
                    # a role with no country ('a senior official' in apposition) names nobody in particular,
                    # unless the head only counts it ('hundreds of workers', 'members of the union')
                    collective = token.lower_ in g.collective_nouns and case_of(child) == "of"
                    found = [p for p in self.of(child, "modifier", depth + 1) if collective or not unplaced(p.actor)]
                    if found:
                        break
        for child in token.children:
            if child.dep_ == "conj" and depth < 4:
                found.extend(self.of(child, via, depth + 1, groups))
            elif child.dep_ in ("amod", "compound") and found:  # 'Chinese and Russian warships'
                conjuncts = [x for x in child.children if x.dep_ == "conj"]
                for word in [child, *conjuncts] if conjuncts else []:
                    actor = word._.actor
                    if actor and actor.get("country") and all(actor.get("code") != p.actor.get("code") for p in found):
                        found.append(Party(word, actor, via))
        return share_sectors(found)

    def speaking_for(self, pronoun: Token) -> list[Party]:
        """'they' as the subject of what a group or organization says of itself: 'The FARC said that they will lay
        down arms', 'Rebel fighters said they will release two guards' (not a person: 'he said they')."""
        if pronoun.dep_ not in SUBJECTS or pronoun.head.dep_ != "ccomp":
            return []
        speakers = [p for c in pronoun.head.head.children if c.dep_ in SUBJECTS and c.i != pronoun.i
                    for p in self.of(c, groups=False)]
        if len(speakers) == 1 and speakers[0].actor.get("code") and not speakers[0].actor.get("kind") == "person" \
                and speakers[0].token.lower_ not in self.grammar.person_pronouns:
            return [Party(speakers[0].token, speakers[0].actor, "pronoun")]
        return []

    def group(self, pronoun: Token, pair: bool = False) -> list[Party]:
        """'they', 'their', 'the two countries': the conjoined actors of the nearest subject with two or more of
        them, in this sentence or the GROUP_REACH before it. With `pair` (a noun counting its members: 'the two
        leaders', 'both sides'), also a subject and its verb's object ('Merkel met Macron. The two leaders ...')."""
        for sent in nearest_sentences(pronoun, GROUP_REACH + 1):
            for token in sorted(sent, key=lambda t: abs(t.i - pronoun.i)):
                if token.dep_ in SUBJECTS and token.i != pronoun.i:
                    members = [p for p in self.of(token, depth=3, groups=False) if p.token.i != pronoun.i]
                    if len(members) == 1 and pair:
                        members += [p for o in partners(token.head) if o.i != pronoun.i
                                    for p in self.of(o, depth=3, groups=False) if distinct(members[0], p)]
                    if len(members) >= 2:
                        return [Party(p.token, p.actor, "group") for p in members]
        return []

    def reported_by(self, trigger: Token) -> dict | None:
        """The speaker whose quote or reported speech contains the trigger: the channel, not the actor."""
        quote = self.quotes.get(trigger.i)
        if quote is None:
            return None
        speaker = trimmed(quote._.speaker)
        actor = next((a for t in [speaker.root, *speaker] if (a := t._.actor)), None)
        actor = actor or {"name": speaker.text, "country": None, "sector": None, "code": None}
        return {**actor, "text": speaker.text, "start": speaker.start_char, "end": speaker.end_char}

    def sources(self, frame: Frame, roles: dict[str, Token]) -> list[Party]:
        """The source: a pattern's $ role, the by-agent of a passive, else the subjects."""
        marked = self.of(roles["source"]) if "source" in roles else []
        if marked:
            return marked
        if frame.passive:
            agents = [n for p, n in frame.preps if p in self.grammar.agent_prepositions]
            return [p for a in agents for p in self.of(a)]
        return [p for s in frame.subjects for p in self.of(s)]

    def targets(self, frame: Frame, roles: dict[str, Token], sources: list[Party]) -> list[Party]:
        """The target: a pattern's + role, the object (the patient in the passive), an actor in a prepositional
        phrase of the verb or its object, else the nearest actor inside the object's phrase."""
        taken = {ref_key(p.actor) for p in sources}
        # one travels to another country: 'Mnangagwa arrived in Harare' is no visit to Zimbabwe
        home = {p.actor.get("country") for p in sources} - {None} \
            if frame.trigger.lemma_.lower() in self.grammar.travel_verbs else set()

        def fresh(parties: list[Party]) -> list[Party]:
            """Not the source, nor the source's own people ('recalled its envoy to Austria': Austria), nor for a
            traveller the state of his own country."""
            return [p for p in parties if ref_key(p.actor) not in taken and not any(
                c.dep_ in POSSESSIVES and c._.actor and ref_key(c._.actor) in taken for c in p.token.children)
                and not (p.actor.get("country") in home and p.actor.get("code") in (
                    p.actor.get("country"), f"{p.actor.get('country')}GOV"))]

        marked = [roles["target"]] if "target" in roles else []
        # what one leaves or flees is a place, not a target ('Kim left Russia'); what one sends is sent, not sent to
        # ('sent troops to Syria', 'deployed troops to the border': the troops are no recipient)
        lemma = frame.trigger.lemma_.lower()
        sending = lemma in self.grammar.transfer_verbs
        objects = [] if lemma in self.grammar.departure_verbs else [
            o for o in frame.objects if o.dep_ in INDIRECT_OBJECTS] if sending else frame.objects
        for noun in marked + objects + [roles[k] for k in roles if k.startswith("prep")]:
            found = fresh(self.of(noun))
            if found:
                return found
        for prep, noun in frame.preps:
            if sending and noun.head.i != frame.trigger.i and prep in ORIGIN:
                continue  # who is sent, not to whom: 'thousands of soldiers', 'a team of experts'
            if prep.split()[0] in self.grammar.target_prepositions and noun.i not in self.times:
                found = fresh(self.of(noun))
                if found:
                    return found
        trigger = frame.trigger
        phrases = objects + [c for c in trigger.children if c.i > trigger.i and c.dep_ in REACH]
        for phrase in phrases:
            inside = sorted((t for t in phrase.subtree if t.i != phrase.i), key=lambda t: abs(t.i - phrase.i))
            for token in [phrase, *inside]:
                own_clause = token.dep_ in SUBJECTS and token.head.i != trigger.i  # '..., officials said'
                # the people of a place are a target ('shelled towns in southern Armenia'); not where it was done
                peopled = token.head.lemma_.lower() in self.grammar.settlement_nouns and token.head.i == phrase.i
                if token.i in self.times or self.locative(token) and not peopled or own_clause or self.venue(token):
                    continue
                found = fresh([Party(p.token, p.actor, "subtree") for p in self.of(token, depth=3)])
                if found:
                    return found
        return []

    def patients(self, frame: Frame, names: bool = False) -> list[Party]:
        """People named as the patient of an act, though no actor of the dictionaries ('a man was arrested', 'police
        detained two suspects', 'John Smith and Ann Lee were jailed'): civilians, with no country. `names`: every
        proper name is a person's, whatever the entity recognizer read (a place or nothing): one arrests, jails or
        deports people, never places ('Bozkina and Glowacki were jailed', both read as places)."""
        words = object_words(frame)
        return [civilians(w, "patient") for w in words
                if w.ent_type_ in PERSON_LABELS or w.lemma_.lower() in self.grammar.person_nouns
                or names and w.pos_ == "PROPN"]

    def addressees(self, frame: Frame, sources: list[Party]) -> list[Party]:
        """Who is asked to act in a that-clause saying what must be done: its subject ('demanded that the government
        resign', 'urged that Israel allow aid into Gaza'), not the asker itself."""
        taken = {ref_key(p.actor) for p in sources}
        for clause in (c for c in frame.trigger.children if c.dep_ == "ccomp" and mandated(c, self.grammar)):
            for subject in (c for c in clause.children if c.dep_ in SUBJECTS):
                found = [p for p in self.of(subject) if ref_key(p.actor) not in taken]
                if found:
                    return found
        return []

    def reciprocal(self, frame: Frame) -> bool:
        """Whether the verb's object is 'each other' or 'one another' ('both sides accused each other'), whichever
        of its words the parser makes the head."""
        doc = frame.trigger.doc
        return any(doc[i : i + 2].text.lower() in self.grammar.reciprocal_words
                   for o in frame.objects for i in (o.i - 1, o.i) if i >= 0)

    def people(self, frame: Frame) -> bool:
        """Whether what the verb acts on is people: a person's name or a person noun ('freed businessman Siamak
        Namazi', 'released a woman'), or actors in the plural ('freed the five Americans', 'released 12 activists'),
        not a state, a group as such or a thing ('released funds')."""
        words = object_words(frame)
        return any(w.ent_type_ in PERSON_LABELS or w.lemma_.lower() in self.grammar.person_nouns
                   or w.tag_ in PLURAL_NOUNS and w.i in self.mentions and w.ent_type_ not in ORGANIZATION_LABELS
                   for w in words)

    def locative(self, token: Token) -> bool:
        """A place named as where something happened ('met in Vienna', 'exercises near Japan', 'talks at an estate
        south of San Francisco'), not a target."""
        while token.dep_ in NAME_PARTS and token.head.i != token.i:  # 'Francisco' of 'San Francisco'
            token = token.head
        case = case_of(token)
        word = case.split()[0] if case else ""
        return self.bearing(token) or word in self.grammar.spatial_prepositions and (
            word not in self.grammar.target_prepositions)

    def venue(self, token: Token) -> bool:
        """A place named before a meeting noun, in the actor mention of this token, says where they meet: 'the
        Vienna talks', 'a California summit'."""
        words = self.mentions.get(token.i) or [token]
        return any(t.dep_ == "compound" and t.ent_type_ in PLACE_LABELS and t.head.lower_ in self.grammar.meeting_nouns
                   for t in words)

    def bearing(self, token: Token) -> bool:
        """A place after a compass word and 'of' ('an estate south of San Francisco', however the parser hangs
        'south'): where something lies, never a party, though 'of' may name whose people ('the ministers of X')."""
        case = case_of(token)
        return bool(case) and case.split()[0] == "of" and (
            token.doc[max(token.left_edge.i - 1, 0)].lower_ in self.grammar.compass_words)

    def ref(self, party: Party | None, trigger: Token) -> dict | None:
        """A party as the record's actor shape, with the offsets of the mention naming it; an actor named by its
        role alone ('police') gets the country of the place of the clause ('in Tbilisi'), else of the article's
        focus place, and says which; with neither, or when its phrase says where it is from, its country stays
        unknown."""
        if party is None:
            return None
        words = trimmed(self.mentions.get(party.token.i) or party.token.doc[party.token.i : party.token.i + 1])
        how = party.actor.get("resolved_by") if party.via in ("direct", "modifier", "indirect") else party.via
        state = party.actor.get("code") and party.actor.get("code") == party.actor.get("country")
        if party.via == "modifier" and state:
            how = "modifier"  # a state's word modifying what acts ('Iranian missiles', 'the British concern')
        actor = {**party.actor, "text": words.text, "start": words.start_char, "end": words.end_char,
                 "resolved_by": how}
        if actor.get("country") is None and actor.get("sector") and unplaced(actor) and not any(
                c.dep_ == "nmod" and case_of(c) == "from" for c in party.token.children):  # 'diplomats from seven
            actor.update(self.context_country(trigger, actor["code"][3:]))  # Latin American countries' come from
        return actor  # elsewhere, whatever the place of the clause

    def abroad(self, trigger: Token, sources: list[Party]) -> bool:
        """Whether the trigger's clause happens in a country not its sources' own ('sent 200 troops in Syria')."""
        place = clause_place(trigger.sent, self.places, self.locative_words)
        return place is not None and all(p.actor.get("country") not in (None, place._.place["country"])
                                         for p in sources)

    def context_country(self, trigger: Token, agent: str) -> dict:
        """The country (and code) the context gives an actor named by its role, and where it comes from."""
        place = clause_place(trigger.sent, self.places, self.locative_words)
        country, source = (place._.place["country"], "clause place") if place else (self.focus_country,
                                                                                   "article focus")
        return {"country": country, "code": country + agent, "country_source": source} if country else {}


def object_words(frame: Frame) -> list[Token]:
    """The nouns a verb acts on, conjoined ones included ('John Smith and Ann Lee were jailed')."""
    return [w for o in frame.objects for w in (o, *(c for c in o.children if c.dep_ == "conj"))]


def partners(verb: Token) -> list[Token]:
    """Whom a subject met or dealt with: the verb's object, its 'with' phrase, or the 'with' phrase of a noun it
    governs ('arrived for talks with Isaias', 'held a meeting with Macron')."""
    near = [o for o in verb.children if o.dep_ in DIRECT_OBJECTS or o.dep_ == "obl" and case_of(o) == "with"]
    return near + [c for o in verb.children if o.dep_ in ("obl", *DIRECT_OBJECTS) for c in o.children
                   if c.dep_ == "nmod" and case_of(c) == "with"]


def share_sectors(parties: list[Party]) -> list[Party]:
    """Conjoined country words sharing a head noun share its sector: 'Hungarian and Romanian officials'; a state
    named by itself beside another actor keeps its own ('Israel and Hamas' is no Israeli armed group)."""
    donors = [p for p in parties if p.actor.get("sector") and len(p.actor.get("code") or "") >= 6]
    if len(parties) < 2 or not donors:
        return parties
    sector, agent = donors[0].actor["sector"], donors[0].actor["code"][3:6]
    if any(p.actor.get("sector") not in (None, sector) for p in parties):
        return parties
    out = []
    for p in parties:
        code = p.actor.get("code") or ""
        if not p.actor.get("sector") and p.actor.get("country") and len(code) == 3 and (
                p.token.pos_ == "ADJ" or p.token.dep_ in ("amod", "compound")):
            p = Party(p.token, {**p.actor, "sector": sector, "code": code + agent}, p.via)
        out.append(p)
    return out


def civilians(word: Token, how: str) -> Party:
    """People no dictionary knows, named by a noun or a name: civilians with no country ('---CVL'); `how` is how they
    were found (a coerced 'patient', a 'crowd')."""
    actor = {"text": word.text, "name": trimmed(word.doc[word.left_edge.i : word.i + 1]).text, "country": None,
             "sector": "CVL", "code": "---CVL", "resolved_by": how}
    return Party(word, actor, how)


def unidentified(token: Token, grammar: Grammar) -> list[Party]:
    """A personal pronoun no earlier actor resolves ('He urged Albright to...' as a report's first sentence): the
    event is still reported, by someone the text does not name; a possessive ('his son') names nobody."""
    if token.dep_ in POSSESSIVES or token.lower_ not in grammar.unresolved_pronouns:
        return []
    actor = {"text": token.text, "name": f"unidentified ({token.lower_})", "country": None, "sector": None,
             "code": None, "resolved_by": "unresolved pronoun"}
    return [Party(token, actor, "unresolved")]


def unplaced(actor: dict) -> bool:
    """An actor named by its role alone, with no country yet ('police', 'a senior official')."""
    return (actor.get("code") or "").startswith("---")


def distinct(a: Party, b: Party) -> bool:
    """Two parties are different actors: neither the same name nor the same full code (PRKGOV and PRKGOV)."""
    same_code = a.actor.get("code") and a.actor.get("code") == b.actor.get("code")
    return not same_code and a.actor.get("name") != b.actor.get("name")


def ref_key(ref: dict | None) -> tuple:
    return (ref.get("code"), ref.get("name")) if ref else (None, None)
