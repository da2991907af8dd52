"""The `places` component: toponyms found in the text and resolved to gazetteer entries, each with its reason."""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span

from eventwire.components.extensions import ACTORS, PLACES, TIMES
from eventwire.components.syntax import PERSON_LABELS, PLACE_LABELS
from eventwire.resources.gazetteer import Cues, Gazetteer, Place, load_gazetteer, load_place_cues, toponym_key
from eventwire.resources.time_lexicon import load_time_lexicon

ADJECTIVE_LABELS = ("MISC", "NORP")  # entity labels of demonyms and adjectives ('Russian')
PERSON_REFERENCES = ("short name", "pronoun")  # how the actors component links a word to a person it named in full
MAX_WORDS = 6
CONTEXT = 2.5  # the most an entry gains from lying in a country or division the article names again and again
QUALIFIED = 6.0  # bonus for 'Paris, Texas': the entry lies in the country or division that follows the comma
PRIMARY_NAME = 1.0  # bonus when the text is the entry's own name, not one of its alternate names
ONLY_ENTRY = 4.0  # the margin of a name with one entry (a confidence of 0.98)
NAMESAKE = 2.0  # bonus for a city in a division of the name written ('Aleppo', 'New York': the city, not the division)


@dataclass
class Mention:
    """A stretch of text that names a place, its candidate entries and how it was found."""

    start: int
    end: int
    candidates: list[Place]
    how: str


@Language.factory("places", default_config={"min_population": 5000, "keep_unresolved": False},
                  requires=["doc.ents", "doc.spans"], assigns=["doc.spans", "span._.place"])
def make_places(nlp: Language, name: str, min_population: int, keep_unresolved: bool) -> PlaceFinder:
    """`keep_unresolved`: keep place entities the gazetteer does not know, as places with no coordinates (measured
    on the geo dev set, only 22% of them are toponyms: 'Disease Control', 'Twitter', 'Easter')."""
    return PlaceFinder(load_gazetteer(min_population), load_place_cues(), keep_unresolved)


class PlaceFinder:
    """Writes toponyms to `doc.spans["places"]`, each span carrying `span._.place` (the record's place dict)."""

    def __init__(self, gazetteer: Gazetteer, cues: Cues, keep_unresolved: bool = False) -> None:
        self.gazetteer = gazetteer
        self.cues = cues
        self.keep_unresolved = keep_unresolved
        self.max_words = min(gazetteer.max_words, MAX_WORDS)
        lexicon = load_time_lexicon()
        # words that are never places: common words ('Mobile'), months and weekdays ('August')
        self.never = cues.common_words | frozenset(lexicon["months"]) | frozenset(lexicon["weekdays"])

    def __call__(self, doc: Doc) -> Doc:
        mentions = self.choose(self.entity_mentions(doc) + self.name_mentions(doc))
        mentions = self.choose(mentions + self.repeats(doc, mentions))
        first = [self.rank(doc, m, Counter(), Counter())[0] for m in mentions]
        keys = [toponym_key(doc[m.start : m.end].text) for m in mentions]
        taken = {i for m in mentions for i in range(m.start, m.end)}
        actors = Counter(a["country"] for a in (s.root._.actor for s in doc.spans.get(ACTORS, [])
                                                if s.root.i not in taken) if a and a.get("country"))
        # the context of a mention: what the other names (not its own repeats) and the actors point to
        own_countries: dict[str, Counter] = defaultdict(Counter)
        own_divisions: dict[str, Counter] = defaultdict(Counter)
        for place, key in zip(first, keys, strict=True):
            own_countries[key].update([place.country] if place is not None and place.country else [])
            own_divisions[key].update([place.admin1] if place is not None and place.admin1 else [])
        all_countries = sum(own_countries.values(), Counter())
        all_divisions = sum(own_divisions.values(), Counter())
        spans = []
        for mention, key in zip(mentions, keys, strict=True):
            countries = actors + (all_countries - own_countries[key])
            divisions = all_divisions - own_divisions[key]
            best, reason, confidence = self.rank(doc, mention, countries, divisions)
            span = Span(doc, mention.start, mention.end, label=best.resolution if best else "UNRESOLVED")
            span._.place = describe(span, best, reason, confidence)
            spans.append(span)
        doc.spans[PLACES] = spans
        return doc

    # --- finding toponyms -----------------------------------------------------------------------------------

    def entity_mentions(self, doc: Doc) -> list[Mention]:
        """Place entities (resolved or not) and demonym entities the gazetteer knows ('Russian')."""
        out = []
        for ent in doc.ents:
            if ent.label_ not in PLACE_LABELS + ADJECTIVE_LABELS:
                continue
            span = trim(ent)
            if not len(span) or not cased(span) or span.text.lower() in self.never or person(span):
                continue  # person: 'Stein voters', after 'Jill Stein'
            candidates, how = self.gazetteer.lookup(span.text), f"entity {ent.label_}"
            if not candidates and len(span) > 1 and span[0].lower_ in self.cues.modifiers and span[0].pos_ == "ADJ":
                candidates = self.gazetteer.lookup(span[1:].text)  # 'Northern Europe': Europe
                how += f", resolved without '{span[0].text}'" if candidates else ""
            if not candidates and (len(span.text) <= 3 or not self.keep_unresolved):
                continue  # an unknown acronym ('BA') is more likely a company; other unknown names mostly no place
            if ent.label_ in ADJECTIVE_LABELS:
                candidates = [c for c in candidates if c.resolution == "country"]
                if not candidates:
                    continue
            out.append(Mention(span.start, span.end, candidates, how))
        return out

    def name_mentions(self, doc: Doc) -> list[Mention]:
        """Gazetteer names in capitals, outside time expressions (see `accept` for when one is a place)."""
        inside = {t.i: ent for ent in doc.ents if ent.label_ not in PLACE_LABELS for t in ent}
        times = {t.i for span in doc.spans.get(TIMES, []) for t in span}
        out = []
        for sent in doc.sents:
            for i in range(sent.start, sent.end):
                if not doc[i].text[:1].isupper() or doc[i].lower_ == "the" or i in times:
                    continue
                named = []  # (span, candidates) of each name from i, shortest first
                for end in range(i + 1, min(i + self.max_words, sent.end) + 1):
                    span = doc[i:end]
                    key = toponym_key(span.text)
                    if not self.gazetteer.begins_name(key):
                        break
                    if not (span[-1].is_punct or span[-1].is_space or not times.isdisjoint(range(i, end))):
                        named.append((span, self.gazetteer.names.get(key)))
                for span, candidates in reversed(named):
                    how = self.accept(span, candidates, inside) if candidates and cased(span) else None
                    if how:
                        out.append(Mention(span.start, span.end, candidates, how))
                        break
        return out

    def accept(self, span: Span, candidates: list[Place], inside: dict[int, Span]) -> str | None:
        """How a gazetteer name is a place here, or None. A city needs a cue ('in', 'near', '-based') or a large
        population, and a single common word ('Mobile') is never one. A name that is a whole person or organization
        entity is a place when it is an alias ('White House') or follows a locative preposition ('in Aleppo');
        inside a longer organization name it is a place when it is not a small city ('Kentucky State Police')."""
        if span.text.lower() in self.never or person(span):  # person: 'Trump and Cruz'
            return None
        kinds = {c.resolution for c in candidates}
        biggest = max(c.population for c in candidates)
        acronym = len(span) == 1 and span.text.isupper() and len(span.text) > 3  # 'NATO' is no city 'Nato'
        county = "admin2" in kinds and bool(set(toponym_key(span.text).split()) & self.gazetteer.designators)
        big = biggest >= self.cues.city_without_cue and not acronym
        prominent = bool(kinds - {"city", "admin2"}) or county or big  # 'Metcalfe County' names itself
        entities = {(inside[t.i].start, inside[t.i].end): inside[t.i] for t in span if t.i in inside}
        if not entities:
            return "gazetteer name" if prominent or self.cued(span) else None
        if len(entities) > 1:
            return None
        (start, end), ent = entities.popitem()
        if (start, end) == (span.start, span.end):
            before = span.doc[start - 1].lower_ if start else ""
            qualifier = before == "," and bool(kinds & {"country", "admin1"})  # 'Louisville, Ky.' tagged PER
            route = before == "to" and any(t.lower_ == "from" for t in span.doc[max(start - 6, 0) : start - 1])
            if kinds & {"facility", "region"} or before in self.cues.override or qualifier or route:
                return f"entity {ent.label_} named as a place"
            return None
        embedded = start <= span.start and span.end <= end and ent.label_ not in PERSON_LABELS
        return f"inside the name '{ent.text}'" if embedded and prominent else None

    def repeats(self, doc: Doc, mentions: list[Mention]) -> list[Mention]:
        """One sense per article: a person or organization entity that is exactly a name resolved as a place
        elsewhere in the article is that place too ('Don't forget Aleppo' after 'in Aleppo'), unless it is the
        short name of a person the article names in full."""
        found = {toponym_key(doc[m.start : m.end].text): m.candidates for m in mentions if m.candidates}
        out = []
        for ent in doc.ents:
            span = trim(ent)
            if not len(span) or ent.label_ in PLACE_LABELS or person(span):
                continue
            candidates = found.get(toponym_key(span.text))
            if candidates:
                out.append(Mention(span.start, span.end, candidates, f"entity {ent.label_}, a place elsewhere in "
                                   "the article"))
        return out

    def cued(self, span: Span) -> bool:
        """A cue word just before the name ('in', 'near', 'eastern') or just after it ('-based', 'province')."""
        doc = span.doc
        before = {doc[k].lower_ for k in range(max(span.start - 2, 0), span.start)}
        after = "".join(t.text for t in doc[span.end : span.end + 2]).lower()
        words = self.cues.prepositions | self.cues.verbs | self.cues.modifiers
        return bool(before & words) or any(after.startswith(w) for w in self.cues.after)

    @staticmethod
    def choose(mentions: list[Mention]) -> list[Mention]:
        """Non-overlapping mentions: resolved ones before unresolved ones ('Zimbabwe' in an unknown 'Air Zimbabwe'
        tagged as a place), then the longest first."""
        taken: set[int] = set()
        kept = []
        for m in sorted(mentions, key=lambda m: (not m.candidates, -(m.end - m.start), m.start)):
            if taken.isdisjoint(range(m.start, m.end)):
                taken.update(range(m.start, m.end))
                kept.append(m)
        return sorted(kept, key=lambda m: m.start)

    # --- resolving ------------------------------------------------------------------------------------------

    def rank(self, doc: Doc, mention: Mention, countries: Counter, divisions: Counter
             ) -> tuple[Place | None, str, float]:
        """The best entry for a mention with the reason it won and a confidence (the margin over the next)."""
        if not mention.candidates:
            return None, f"{mention.how}: not in the gazetteer", 0.0
        text = doc[mention.start : mention.end].text
        qualifier = self.qualifier(doc, mention.end)
        scored = []
        for place in mention.candidates:
            score, why, context = place.prior(), [], 0.0
            if place.resolution != "country" and countries[place.country]:
                context += context_bonus(countries[place.country])
                why.append(f"in {place.country}, where {countries[place.country]} other places and actors of the "
                           "article are")
            if place.admin1 and divisions[place.admin1]:
                context += context_bonus(divisions[place.admin1])
                why.append(f"in {place.admin1}, where {divisions[place.admin1]} other places of the article are")
            score += min(context, CONTEXT)
            if qualifier and any(q.country == place.country and q.resolution == "country"
                                 or q.admin1 and q.admin1 == place.admin1 for q in qualifier):
                score += QUALIFIED
                why.append(f"qualified by '{doc[mention.end + 1].text}'")
            if toponym_key(place.name) == toponym_key(text):
                score += PRIMARY_NAME
            if place.resolution == "city" and place.admin1 and toponym_key(place.admin1) == toponym_key(text):
                score += NAMESAKE
            scored.append((score, place, why))
        scored.sort(key=lambda s: -s[0])
        score, best, why = scored[0]
        if best.resolution == "admin2" and not countries[best.country]:  # a bare name with no point of its own
            return None, (f"{mention.how}: only a second-level division in {best.country} has this name, and "
                          "nothing else in the article is there"), 0.0
        margin = score - scored[1][0] if len(scored) > 1 else ONLY_ENTRY
        confidence = round(1 / (1 + math.exp(-margin)), 2)
        return best, self.reason(mention, best, why, len(scored)), confidence

    def qualifier(self, doc: Doc, end: int) -> list[Place]:
        """The entries of a country or division named right after a comma ('Paris, Texas')."""
        if end + 1 >= len(doc) or doc[end].text != ",":
            return []
        for n in range(min(4, len(doc) - end - 1), 0, -1):
            found = [p for p in self.gazetteer.names.get(toponym_key(doc[end + 1 : end + 1 + n].text), [])
                     if p.resolution in ("country", "admin1")]
            if found:
                return found
        return []

    @staticmethod
    def reason(mention: Mention, best: Place, why: list[str], count: int) -> str:
        kind = {"country": "a country (name or adjective)", "facility": "eventwire's alias table",
                "region": "eventwire's alias table or a continent",
                "admin2": f"a second-level division, located at its first-level division {best.admin1}'s point "
                          "(GeoNames gives none)"}.get(best.resolution)
        if count == 1:
            base = f"the only gazetteer entry for the name: {kind or best.resolution}"
        else:
            base = f"best of {count} entries: {kind or best.resolution}, population {best.population:,}"
        return "; ".join([f"{mention.how}", base, *why])


def context_bonus(count: int) -> float:
    """What the article's other mentions of a country or division add: more with each, up to CONTEXT."""
    return min(CONTEXT, 0.5 + math.log2(1 + count))


def person(span: Span) -> bool:
    """A word of the span is a person the actors component resolved by part of their name or a pronoun."""
    return any((t._.actor or {}).get("resolved_by") in PERSON_REFERENCES for t in span)


def cased(span: Span) -> bool:
    """A name of three letters or fewer is a place only in capitals or abbreviated ('US', 'Ky.', not 'Us')."""
    return len(span.text) > 3 or span.text.isupper() or span.text.endswith(".")


def trim(span: Span) -> Span:
    """A place entity without a leading 'the' or a trailing possessive."""
    start, end = span.start, span.end
    while start < end and span.doc[start].lower_ == "the":
        start += 1
    while end > start and span.doc[end - 1].tag_ == "POS":
        end -= 1
    return span.doc[start:end]


def describe(span: Span, place: Place | None, reason: str, confidence: float) -> dict:
    """The record's shape of a resolved (or unresolved) toponym."""
    found = {"text": span.text, "start": span.start_char, "end": span.end_char, "reason": reason,
             "confidence": confidence}
    if place is None:
        return {**found, "name": None, "lat": None, "lon": None, "country": None, "admin1": None, "geonameid": None,
                "feature_class": None, "feature_code": None, "resolution": None}
    return {**found, "name": place.name, "lat": place.lat, "lon": place.lon, "country": place.country,
            "admin1": place.admin1, "geonameid": place.geonameid, "feature_class": place.feature_class,
            "feature_code": place.feature_code, "resolution": place.resolution}
