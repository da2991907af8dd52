"""The `actors` component: names, metonyms, short names, descriptions and pronouns resolved to coded actors."""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from eventwire.components.extensions import ACTORS
from eventwire.components.syntax import (
    ORIGIN,
    PERSON_LABELS,
    POSSESSIVES,
    SUBJECTS,
    case_of,
    introduced_by,
    is_subject,
)
from eventwire.resources.actors import Actor, ActorDictionary, load_actors, name_key
from eventwire.resources.grammar import Grammar, load_grammar
from eventwire.resources.lemmas import load_lemma_tables

TITLES = {"mr", "mr.", "mrs", "mrs.", "ms", "ms.", "dr", "dr.", "president", "prime", "minister", "general"}
DESCRIPTION_REACH = 1500  # tokens back that a definite description may refer to
UNKNOWN_COUNTRY = "---"  # CAMEO's country part of an actor whose country the text does not give ('---COP')

def acronym(span: Span) -> bool:
    """A one-word name in capitals in a sentence that is not all capitals: 'WHO' is the organization even where
    the tagger reads a pronoun, 'Who' and a shouted headline's 'WHO IS' are not."""
    word = span[0]
    return len(span) == 1 and len(word.text) > 1 and word.text.isupper() and not span.sent.text.isupper()


def name_parts(found: list[Mention]) -> set[str]:
    """The words of the people's names found, titles left out: what a short name may repeat."""
    return {w for m in found if m.person for w in name_key(m.actor["name"]).split() if len(w) > 1} - TITLES


def initials(span: Span) -> str:
    """The capitals of a name's words ('Rapid Support Forces': RSF; 'Economic Community of West African States':
    ECOWAS, the small words left out)."""
    return "".join(t.text[0] for t in span if t.text[:1].isupper())


@dataclass
class Mention:
    start: int
    end: int
    actor: dict
    person: bool


@Language.factory(
    "actors",
    default_config={"dictionary_dir": None, "resolve_pronouns": True, "resolve_descriptions": True, "window": 3},
    requires=["doc.ents", "token.dep", "token.pos", "token.tag"],
    assigns=["doc.spans", "doc._.actor_tokens", "span._.actor", "token._.actor"],
)
def make_actors(
    nlp: Language,
    name: str,
    dictionary_dir: str | None,
    resolve_pronouns: bool,
    resolve_descriptions: bool,
    window: int,
) -> ActorResolver:
    return ActorResolver(load_actors(dictionary_dir), resolve_pronouns, resolve_descriptions, window)


class ActorResolver:
    """Finds actor mentions and writes them to `doc.spans["actors"]`, each span carrying `span._.actor`."""

    def __init__(self, book: ActorDictionary, pronouns: bool = True, descriptions: bool = True, window: int = 3):
        self.book = book
        self.grammar: Grammar = load_grammar()
        self.nouns = load_lemma_tables()["noun"]
        self.pronouns = pronouns
        self.descriptions = descriptions
        self.window = window

    def __call__(self, doc: Doc) -> Doc:
        day = doc._.published
        mentions = self.named_mentions(doc, day)
        if self.pronouns or self.descriptions:
            mentions = self.resolve_references(doc, mentions, day)
        if self.descriptions:
            mentions = self.role_countries(doc, self.appositions(doc, mentions))
        spans = []
        index: dict[int, dict] = {}
        for m in sorted(mentions, key=lambda m: m.start):
            span = Span(doc, m.start, m.end, label=m.actor["code"] or "ACTOR")
            span._.actor = m.actor
            spans.append(span)
            for i in range(m.start, m.end):
                index[i] = m.actor
        doc.spans[ACTORS] = spans
        doc._.actor_tokens = index
        return doc

    # --- named mentions -------------------------------------------------------------------------------------

    def named_mentions(self, doc: Doc, day: dt.date | None) -> list[Mention]:
        """Dictionary names and NER entities; a short name ('Kim') is linked to the full name it shortens,
        preferring one used before it, else one used later in the article."""
        ent_at = {t.i: ent for ent in doc.ents for t in ent}
        spaced = [t.text_with_ws for t in doc]
        found: list[Mention] = []
        i = 0
        while i < len(doc):
            match = self.dictionary_match(doc, i, ent_at, spaced)
            if match is None:
                i += 1
                continue
            end, actor, via = match
            if self.inside_organization(doc, i, end, ent_at):
                i = end
                continue
            person = actor.person or (i in ent_at and ent_at[i].label_ in PERSON_LABELS)
            found.append(self.mention(doc, i, end, actor, via, day, person))
            i = end
        taken = {i for m in found for i in range(m.start, m.end)}
        for ent in doc.ents:
            if any(t.i in taken for t in ent) or self.common_plural(ent):
                continue
            if ent.label_ in PERSON_LABELS:
                found.append(Mention(ent.start, ent.end, self.unknown(ent), True))
            elif ent.label_ in ("ORG", "NORP"):
                found.append(Mention(ent.start, ent.end, self.unknown(ent), False))
        found += self.unlabelled_surnames(doc, found)
        parts = name_parts(found)  # a person's short name the NER took for an organization ('Isaias' after
        found = [Mention(m.start, m.end, m.actor, True) if not m.person and m.end - m.start == 1  # Isaias Afwerki)
                 and not m.actor.get("code") and name_key(m.actor["text"]) in parts else m for m in found]
        found.sort(key=lambda m: m.start)
        return self.acronyms(doc, [self.expand_short_name(m, found) for m in found])

    @staticmethod
    def acronyms(doc: Doc, found: list[Mention]) -> list[Mention]:
        """An organization named by the initials of one named before ('the Rapid Support Forces' ... 'the RSF') is
        that one, when the dictionaries do not know the initials themselves."""
        out: list[Mention] = []
        for m in found:
            text = m.actor["text"]
            if not m.person and not m.actor.get("country") and 2 <= len(text) <= 6 and text.isalpha() \
                    and text.isupper():
                named = next((e for e in reversed(out) if not e.person and e.actor.get("code") and initials(
                    doc[e.start : e.end]) == text), None)
                if named is not None:
                    m = Mention(m.start, m.end, {**named.actor, "text": text, "resolved_by": "acronym"}, False)
            out.append(m)
        return out

    def common_plural(self, ent: Span) -> bool:
        """A plural common noun the NER took for a name ('Sanctions imposed on Iran ...', 'Talks resumed'): one
        word tagged as a plural noun whose singular is a noun WordNet knows ('Houthis' is not one)."""
        return len(ent) == 1 and ent[0].tag_ == "NNS" and bool(self.nouns.candidates(ent[0].text))

    def unlabelled_surnames(self, doc: Doc, found: list[Mention]) -> list[Mention]:
        """Proper nouns the NER missed that repeat one word of a person's full name ('Kim' for Kim Jong Un)."""
        taken = {i for m in found for i in range(m.start, m.end)}
        parts = name_parts(found)
        extra = []
        for token in doc:
            if token.i not in taken and token.pos_ == "PROPN" and name_key(token.text) in parts:
                actor = {"text": token.text, "name": token.text, "country": None, "sector": None, "code": None,
                         "resolved_by": "name"}
                extra.append(Mention(token.i, token.i + 1, actor, True))
        return extra

    def expand_short_name(self, mention: Mention, found: list[Mention]) -> Mention:
        """Link a person named by part of their name to the fuller name: the nearest earlier one, else later."""
        if not mention.person:
            return mention
        words = set(name_key(mention.actor["text"]).split()) - TITLES
        if not words or len(words) > 1 and mention.actor["resolved_by"] == "dictionary":
            return mention
        fuller = [m for m in found if m.person and m is not mention and words < set(name_key(m.actor["name"]).split())
                  and m.actor["resolved_by"] != "short name"]
        if not fuller:
            return mention
        earlier = [m for m in fuller if m.start < mention.start]
        target = earlier[-1] if earlier else fuller[0]
        return Mention(mention.start, mention.end, {**target.actor, "text": mention.actor["text"],
                                                     "resolved_by": "short name"}, True)

    def dictionary_match(self, doc: Doc, i: int, ent_at: dict[int, Span],
                         spaced: list[str]) -> tuple[int, Actor, str] | None:
        """The longest dictionary or metonym name starting at token i (capitalized, a name, not a common word);
        `spaced` holds each token's text with its trailing space."""
        first = doc[i]
        if first.lower_ == "the" and i + 1 < len(doc):
            return self.dictionary_match(doc, i + 1, ent_at, spaced)
        if not first.text[:1].isupper():
            return None
        named = []  # (end, key) of each span from i that is a name, shortest first
        for end in range(i + 1, len(doc) + 1):
            text = "".join(spaced[i : end - 1]) + doc[end - 1].text
            key = name_key(text)
            if "\n" in text or not self.book.begins_name(key):
                break
            if key in self.book.metonyms or key in self.book.names:
                named.append((end, key))
        for end, key in reversed(named):
            if key in self.book.metonyms:
                actor, via = self.book.metonyms[key], "metonym"
            else:
                actor, via = self.book.names[key], "dictionary"
            span = doc[i:end]
            if any(t.pos_ == "PROPN" or t.i in ent_at for t in span) or (
                    span[0].is_sent_start and not span[0].is_stop and all(t.text[:1].isupper() for t in span)) or (
                    acronym(span)):
                return end, actor, via
        return None

    @staticmethod
    def inside_organization(doc: Doc, start: int, end: int, ent_at: dict[int, Span]) -> bool:
        """A one-word name that ends a longer organization entity is that organization's head noun, not the actor
        it names alone ('Organization' in 'World Trade Organization'); the entity is read as a whole. A conjunct is
        no head noun: 'Putin and Xi', taken by the NER for one organization, are two actors."""
        ent = ent_at.get(start)
        return (end - start == 1 and ent is not None and ent.label_ == "ORG" and len(ent) > 1
                and ent.end == end and doc[start].text[:1].isupper() and doc[start].dep_ != "conj")

    def mention(
        self, doc: Doc, start: int, end: int, actor: Actor, via: str, day: dt.date | None, person: bool
    ) -> Mention:
        """A mention of a dictionary actor; a capital standing as an agent is its government (metonymy)."""
        code = actor.code_on(day)
        span = doc[start:end]
        key = name_key(span.text)
        if actor.kind == "country" and self.book.capitals.get(key) == code and not self.locative(span.root):
            code, via = f"{code}GOV", "metonym"
        return Mention(start, end, self.ref(span.text, actor.name, code, via), person)

    def ref(self, text: str, name: str, code: str | None, via: str) -> dict:
        parts = self.book.split_code(code)
        return {
            "text": text,
            "name": name,
            "country": parts.country,
            "sector": parts.sector,
            "code": code,
            "resolved_by": via,
        }

    def locative(self, token: Token) -> bool:
        """Whether a place name stands as a place here ('in Moscow', 'from Moscow'), not as an agent."""
        return introduced_by(token, self.grammar.spatial_prepositions)

    def unknown(self, ent: Span) -> dict:
        """An actor not in the dictionary: its name as written, country and sector from its modifiers; a one-word
        plural entity that is a group noun of the agent list ('Sikhs' tagged as an organization) is that group."""
        country, sector = self.modifier_codes(ent)
        agent = self.book.agent(ent.text) if len(ent) == 1 and ent[0].tag_ in ("NNS", "NNPS") else None
        sector = sector or (agent[0] if agent else None)
        code = (country or UNKNOWN_COUNTRY) + sector if sector else country  # 'Prime Minister X': '---GOV'
        return self.ref(ent.text, ent.text, code, "modifiers" if code else "name")

    def country_of(self, text: str, day: dt.date | None) -> str | None:
        """The country a name or demonym stands for ('Ukrainian': UKR, a role it holds since 1991), if any."""
        actor = self.book.lookup(text)
        code = actor.code_on(day) if actor is not None else None
        return code if code and len(code) == 3 and code in self.book.countries else None

    def modifier_codes(self, span: Span) -> tuple[str | None, str | None]:
        """Country and CAMEO agent from the words modifying a phrase ('Russian President X', 'the North Korean
        leader'): the longest runs of modifier words found in the dictionary or the agent list."""
        doc = span.doc
        mods = sorted(t.i for t in span.root.subtree if t.i < span.root.i and t.dep_ not in ("det", "punct", "case"))
        country = agent = None
        for size in range(min(len(mods), 4), 0, -1):
            for k in range(len(mods) - size + 1):
                run = mods[k : k + size]
                if run[-1] - run[0] != size - 1:
                    continue
                text = doc[run[0] : run[-1] + 1].text
                country = country or self.country_of(text, doc._.published)
                hit = self.book.agent(text)
                if agent is None and hit is not None:
                    agent = hit[0]
        return country, agent[:3] if agent else None

    # --- pronouns and descriptions --------------------------------------------------------------------------

    def resolve_references(self, doc: Doc, named: list[Mention], day: dt.date | None) -> list[Mention]:
        """Add pronouns ('he', 'his') and descriptions ('the North Korean leader') resolved to earlier actors."""
        mentions = sorted(named, key=lambda m: m.start)
        covered = {i for m in mentions for i in range(m.start, m.end)}
        sentences = list(doc.sents)
        for token in doc:
            if token.i in covered:
                continue
            resolved = None
            if self.pronouns and token.pos_ == "PRON" and (token.lower_ in self.grammar.person_pronouns
                                                          or self.stands_for_an_actor(token)):
                person = token.lower_ in self.grammar.person_pronouns
                target = self.pronoun_antecedent(token, [m for m in mentions if m.person == person], sentences)
                if target is not None:
                    actor = {**target.actor, "text": token.text, "resolved_by": "pronoun"}
                    resolved = Mention(token.i, token.i + 1, actor, person)
            elif self.descriptions and token.pos_ in ("NOUN", "PROPN") and token.dep_ != "compound":
                resolved = self.description(doc, token, mentions)
            if resolved is not None:
                # a description absorbs the names modifying it ('North Korean' in 'the North Korean leader')
                mentions = [m for m in mentions if not resolved.start <= m.start < resolved.end]
                mentions += self.coordinated(doc, token, resolved) if resolved.end == token.i + 1 else [resolved]
                mentions.sort(key=lambda m: m.start)
                covered = {i for m in mentions for i in range(m.start, m.end)}
        return mentions

    def appositions(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """A person the dictionaries do not know takes the role an apposition gives them ('John Smith, a spokesman
        for the Russian foreign ministry', 'the ministry's spokesman, John Smith'): its code, and a role with no
        country takes the country of the actor its 'of' or 'for' phrase names. A title no agent list knows ('chief
        executive') gives no role."""
        at = {i: m for m in mentions for i in range(m.start, m.end)}
        out = []
        for m in mentions:
            head = doc[m.start : m.end].root
            if m.person and not m.actor.get("code"):
                roles = [c for c in head.children if c.dep_ == "appos"] + ([head.head] if head.dep_ == "appos" else [])
                role = next((at[r.i] for r in roles if r.i in at and not at[r.i].person and at[r.i].actor.get("code")
                             and at[r.i].actor.get("sector")), None)
                if role is not None:
                    code = role.actor["code"]
                    if code.startswith(UNKNOWN_COUNTRY):
                        owner = next((at[t.i] for c in doc[role.start : role.end].root.children
                                      if c.dep_ == "nmod" and case_of(c) in ("of", "for")
                                      for t in c.subtree if t.i in at and at[t.i].actor.get("country")), None)
                        code = owner.actor["country"] + code[3:] if owner is not None else code
                    m = Mention(m.start, m.end, self.ref(m.actor["text"], m.actor["name"], code, "apposition"), True)
            out.append(m)
        return out

    def role_countries(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """A person whose title names a role but no country ('ambassador Sylvain Itte') holds the role an earlier
        description with a country named ('the French ambassador'): its country, the title's sector."""
        out = []
        for m in mentions:
            code = m.actor.get("code") or ""
            if m.person and m.actor.get("resolved_by") == "modifiers" and code.startswith(UNKNOWN_COUNTRY):
                titles = {t.lower_ for t in doc[m.start : m.end].root.subtree
                          if t.i < m.start and t.pos_ == "NOUN" and self.book.agent(t.text)}
                earlier = next((e for e in reversed(out) if e.end <= m.start and not e.person and e.actor.get(
                    "country") and doc[e.end - 1].lower_ in titles), None)
                if earlier is not None:
                    actor = self.ref(m.actor["text"], m.actor["name"], earlier.actor["country"] + code[3:], "title")
                    m = Mention(m.start, m.end, {**actor, "country_source": "title"}, True)
            out.append(m)
        return out

    def antecedent(self, doc: Doc, head: Token, span: Span, country: str | None, sector: str | None,
                   mentions: list[Mention]) -> Mention | None:
        """The actor a definite description ('the ministry', 'the Russian government') names again: of the earlier
        actors of its country and sector (a state named alone serves a government's organ), one whose own
        head is the same noun ('the foreign ministry'), else the nearest that is the subject of a clause in this
        sentence or the one before ('Poland expelled ... Belarus's envoy, the ministry said': Poland), else the
        nearest with a country."""
        sent = head.sent
        previous = doc[sent.start - 1].sent.start if sent.start > 0 else sent.start  # not a walk over all sentences
        fits = []
        for m in mentions:
            if m.end > span.start or m.start < sent.start - DESCRIPTION_REACH:
                continue
            state = m.actor["code"] is not None and m.actor["code"] == m.actor["country"]
            if (country is None or m.actor["country"] == country) and (
                    sector is None or m.actor["sector"] == sector or state and sector == "GOV"):
                fits.append(m)
        same_noun = [m for m in fits if doc[m.end - 1].lemma_.lower() == head.lemma_.lower()]
        placed = [m for m in fits if m.actor["country"]]
        subjects = [m for m in placed if m.start >= previous and doc[m.end - 1].dep_ in SUBJECTS]
        for found in (same_noun, subjects, placed):
            if found:
                return found[-1]
        return None

    def coordinated(self, doc: Doc, head: Token, resolved: Mention) -> list[Mention]:
        """'Hungarian and Romanian officials': one actor per conjoined country word, each with the head's agent
        code; the description keeps the last one. Otherwise just the description."""
        words = [c for c in head.children if c.dep_ in ("amod", "compound") and c.i >= resolved.start]
        words += [x for c in words for x in c.children if x.dep_ == "conj"]
        day = doc._.published
        countries = sorted(((w, c) for w in words if (c := self.country_of(w.text, day))), key=lambda wc: wc[0].i)
        agent = (resolved.actor["code"] or "")[3:]
        if len(countries) < 2 or not agent:
            return [resolved]
        out = []
        for k, (word, country) in enumerate(countries):
            start = word.i
            end = head.i + 1 if k == len(countries) - 1 else word.i + 1
            name = f"{self.book.country_name(country)} ({head.text.lower()})"
            out.append(Mention(start, end, self.ref(doc[start:end].text, name, country + agent, "agent"), False))
        return out

    @staticmethod
    def owner_country(span: Span, head: Token, mentions: list[Mention]) -> str | None:
        """The country of an actor named inside a role's phrase ('White House security officials') or possessing
        it ('its' resolved to Turkey in 'its ambassador')."""
        owners = {c.i for c in head.children if c.dep_ in POSSESSIVES} | set(range(span.start, head.i))
        for m in mentions:
            if m.actor.get("country") and any(m.start <= i < m.end for i in owners):
                return m.actor["country"]
        return None

    @staticmethod
    def organization_owner(span: Span, head: Token, mentions: list[Mention]) -> Mention | None:
        """An organization named inside a government role's phrase, whose role it is: not a person, nor a state
        named alone ('the Russian leader' is Russia's government's)."""
        for m in mentions:
            code, country = m.actor.get("code"), m.actor.get("country")
            if span.start <= m.start and m.end <= head.i and not m.person and code and code != country:
                return m
        return None

    def stands_for_an_actor(self, token: Token) -> bool:
        """'it' or 'its' standing for a state or organization ('Russia said it had...'), not the 'it' of 'it is
        likely that' (an expletive, or the subject of a bare 'be')."""
        return (token.lower_ in self.grammar.thing_pronouns and token.dep_ != "expl"
                and not (token.head.lemma_.lower() == "be" and token.head.pos_ in ("AUX", "VERB")))

    def pronoun_antecedent(self, pronoun: Token, people: list[Mention], sentences: list[Span]) -> Mention | None:
        """The actor a third-person pronoun stands for, among `people` (persons for 'he', states and organizations
        for 'it'): a later subject for a fronted possessive ('For his part, Kim said'), else the nearest earlier one
        in the sentence, else the subject of a recent sentence (`sentences`: the Doc's, in order)."""
        index = bisect_right(sentences, pronoun.i, key=lambda s: s.start) - 1
        sent = sentences[index]
        if pronoun.i < sent.root.i and pronoun.dep_ in POSSESSIVES:
            for m in people:
                if pronoun.i < m.start < sent.end and is_subject(pronoun.doc[m.start:m.end].root):
                    return m
        before = [m for m in people if sent.start <= m.start < pronoun.i]
        if before:
            subjects = [m for m in before if is_subject(pronoun.doc[m.start:m.end].root)]
            return (subjects or before)[-1]
        earlier = [m for m in people if m.start < sent.start]
        if not earlier:
            return None
        for back in range(1, self.window + 1):
            if index - back < 0:
                break
            prev = sentences[index - back]
            inside = [m for m in earlier if prev.start <= m.start < prev.end]
            subjects = [m for m in inside if is_subject(pronoun.doc[m.start:m.end].root)]
            if subjects or inside:
                return (subjects or inside)[0]
        return None

    def description(self, doc: Doc, head: Token, mentions: list[Mention]) -> Mention | None:
        """A noun phrase headed by an agent noun ('the North Korean leader', 'Russian officials', 'the official
        North Korean news agency'): the matching actor named before, else a generic country-sector actor."""
        if not self.book.may_end_agent(head.text):
            return None
        start = min(t.i for t in head.subtree if t.i <= head.i and t.dep_ in ("det", "amod", "compound")
                    or t.i == head.i)
        span = doc[start : head.i + 1]
        agent = None
        for first in range(span.start, span.end):
            agent = self.book.agent(doc[first : span.end].text)
            if agent is not None:
                break
        if agent is None or any(m.person and m.start < span.end and span.start < m.end for m in mentions):
            return None
        country, _ = self.modifier_codes(span)
        country = country or self.owner_country(span, head, mentions)  # 'its ambassador', 'White House aides'
        # 'the hospital spokesman', 'the company spokesman': a common noun before a government role names whose
        # role it is, and the role takes its sector (HLH, BUS); a noun the dictionaries do not know there ('an
        # ambulance spokesman', 'immigration officials') keeps the role's sector but names no earlier actor again
        owner = next((t for t in reversed(doc[span.start : first]) if t.pos_ == "NOUN" and t.dep_ == "compound"
                      and t.head.i == head.i), None)
        owners = self.book.agent(owner.text) if owner is not None else None
        owned = owner is not None and owners is None
        if owners is not None and agent[0] == "GOV":
            agent = owners
        organization = self.organization_owner(span, head, mentions) if agent[0] == "GOV" else None
        if organization is not None:  # 'the Taliban leader', 'a Hamas official', 'the Pentagon spokesman': theirs
            return Mention(span.start, span.end, {**organization.actor, "text": span.text,
                                                  "resolved_by": "description"}, False)
        sector = self.book.sector_of(agent[0])
        definite = span[0].lower_ in self.grammar.definite_determiners
        singular = head.tag_ in ("NN", "NNP") or "Number=Sing" in str(head.morph)
        if definite and singular and not owned:
            antecedent = self.antecedent(doc, head, span, country, sector, mentions)
            if antecedent is not None:
                actor = {**antecedent.actor, "text": span.text, "resolved_by": "description"}
                return Mention(span.start, span.end, actor, antecedent.person)
        if country is None and sector is None and not self.book.split_code(UNKNOWN_COUNTRY + agent[0]).other:
            return None  # 'men': no sector of political life; 'Muslims' (a religion: secondary) act
        if country is None and any(c.dep_ == "nmod" and case_of(c) in ORIGIN and any(
                m.start <= t.i < m.end for t in c.subtree for m in mentions) for c in head.children):
            return None  # 'the ministers of Russia and China' (theirs); not 'workers of a knitting factory' ('of'
            # names no actor)
        role = span[-1].text.lower()
        if country is None and any(c.lower_ in self.grammar.group_determiners and (definite or c.i == span.start)
                                   for c in head.children):  # 'the two leaders', 'both sides': a group named
            # before, which the events component looks for; the role alone when none is (not 'two people', a count)
            return Mention(span.start, span.end, self.ref(span.text, role, UNKNOWN_COUNTRY + agent[0], "group"), False)
        if country is None:  # 'police', 'protesters': the events component may place them from the context
            return Mention(span.start, span.end, self.ref(span.text, role, UNKNOWN_COUNTRY + agent[0], "agent"), False)
        name = f"{self.book.country_name(country)} ({role})"
        actor = {**self.ref(span.text, name, country + agent[0], "agent"), "country_source": "phrase"}
        return Mention(span.start, span.end, actor, False)

