"""The `claims` component: distances and durations the article states, checked against its own places and dates."""

from __future__ import annotations

import datetime as dt
import re

from spacy.language import Language
from spacy.tokens import Doc, Span

from eventwire.components.extensions import PLACES, TIMES
from eventwire.components.syntax import subjects_of
from eventwire.resources.claims import ClaimWords, load_claim_words
from eventwire.resources.geodesy import distance_km
from eventwire.resources.time_lexicon import load_time_lexicon

POINTS = ("facility", "city")  # places precise enough to measure a stated distance from
DURATION = re.compile(r"^P(\d+(?:\.\d+)?)([A-Z])$")
DAY = re.compile(r"\d{4}-\d\d-\d\d")
MAX_NOUNS = 2  # words between a distance's unit and its 'from' ('8,000 km rail journey from')
FOLLOWING = 5  # how many words after a duration its stay verb may come ('the six days that Kim Jong Un spent')


@Language.factory("claims", default_config={}, requires=["doc._.events", "doc.spans"], assigns=["doc._.claims"])
def make_claims(nlp: Language, name: str) -> ClaimChecker:
    return ClaimChecker(load_claim_words())


class ClaimChecker:
    """Writes `doc._.claims`: each stated distance between two places and each stated duration of an actor's stay,
    with what eventwire computed from the article's resolved places and event dates, and a verdict."""

    def __init__(self, words: ClaimWords) -> None:
        self.words = words
        self.numbers = {k: v for k, v in load_time_lexicon()["numbers"].items() if v is not None and k not in
                        ("a", "an")}
        self.max_unit = max(u.count(" ") + 1 for u in words.units)
        self.unit_starts = {u.split(" ")[0] for u in words.units}

    def __call__(self, doc: Doc) -> Doc:
        claims = [c for i in range(len(doc)) if (c := self.distance(doc, i))]
        claims += [c for span in doc.spans.get(TIMES, []) if (c := self.duration(span))]
        doc._.claims = sorted(claims, key=lambda c: c["start"])
        return doc

    # --- reading figures ------------------------------------------------------------------------------------

    def unit_at(self, doc: Doc, i: int) -> tuple[str, int] | None:
        """The distance unit starting at token i ('km', 'nautical miles') and the index after it."""
        if doc[i].lower_ not in self.unit_starts:
            return None
        for n in range(self.max_unit, 0, -1):
            words = " ".join(t.lower_ for t in doc[i : i + n])
            if words in self.words.units and i + n <= len(doc):
                return words, i + n
        return None

    def number_before(self, doc: Doc, end: int) -> tuple[float, int] | None:
        """The number ending just before token `end`: '8,000', 'eight thousand', '1.5 million', 'two hundred',
        '8,000-km'."""
        i, total, scale = end - 1, 0.0, 1.0
        if i > 0 and doc[i].text == "-":
            i -= 1
        found = False
        while i >= 0:
            word = doc[i].lower_.replace(",", "")
            if word in self.words.scales:
                scale *= self.words.scales[word]
            elif word in self.numbers or re.fullmatch(r"\d+(\.\d+)?", word):
                total += (self.numbers.get(word) or float(word)) * scale
                found = True
            elif word not in ("-", "and") or not found:
                break
            i -= 1
        if not found:
            return None
        return total, i + 1

    def hedge_before(self, doc: Doc, start: int) -> tuple[str, int] | None:
        """A hedge or bound just before the number ('about', 'more than')."""
        for n in (2, 1):
            if start - n >= 0:
                words = " ".join(t.lower_ for t in doc[start - n : start])
                if words in self.words.hedges or words in self.words.at_least or words in self.words.at_most:
                    return words, start - n
        return None

    # --- distances ------------------------------------------------------------------------------------------

    def distance(self, doc: Doc, i: int) -> dict | None:
        """'about eight thousand kilometers from Moscow', said of the place named before it in the sentence."""
        unit = self.unit_at(doc, i)
        number = self.number_before(doc, i) if unit else None
        if unit is None or number is None:
            return None
        (word, after), (value, start) = unit, number
        hedge = self.hedge_before(doc, start)
        sent = doc[i].sent
        places = [s for s in doc.spans.get(PLACES, []) if s.sent.start == sent.start and s._.place["lat"]]
        reference = self.reference(doc, after, places)
        if reference is None:
            return None
        first = hedge[1] if hedge else start
        stated = round(value * self.words.units[word], 1)
        onward = self.onward(doc, reference, places)  # 'the 9,000 km from Moscow to Vladivostok'
        end = onward or reference
        claim = {"kind": "distance", "text": doc[first : end.end].text, "start": doc[first].idx,
                 "end": end.end_char, "sentence": sentence_number(sent), "stated": stated, "unit": "km"}
        before = [onward] if onward else [s for s in places if s.end <= start and place_of(s) != place_of(reference)]
        points = [s for s in before if s._.place["resolution"] in POINTS]
        coarse = ([] if points else before[-1:]) + [s for s in [reference] if s._.place["resolution"] not in POINTS]
        if not points or coarse:
            why = (f"'{coarse[0].text}' is a {coarse[0]._.place['resolution']}, not a point" if coarse else
                   "no place to measure from is named before the figure")
            return {**claim, "computed": None, "verdict": "unverifiable", "compared": f"nothing: {why}", "note": ""}
        a, b = (reference._.place, onward._.place) if onward else (points[-1]._.place, reference._.place)
        computed = round(distance_km(a["lat"], a["lon"], b["lat"], b["lon"]))
        verdict, note = self.compare_distance(stated, computed, hedge[0] if hedge else None)
        if word not in ("km", "kms") and not word.startswith("kilomet"):
            note = f"{value:,g} {word} = {stated:,g} km. {note}".strip()
        compared = (f"great-circle distance from {a['name']} ({a['lat']:.2f}, {a['lon']:.2f}) to {b['name']} "
                    f"({b['lat']:.2f}, {b['lon']:.2f})")
        return {**claim, "computed": computed, "verdict": verdict, "compared": compared, "note": note}

    def reference(self, doc: Doc, after: int, places: list[Span]) -> Span | None:
        """The place a distance is measured to: right after 'from', 'away from', 'north of' ..., which may follow
        a noun or two ('the 9,000-kilometre rail journey from Moscow')."""
        for skip in range(MAX_NOUNS + 1):
            if skip and doc[after + skip - 1].pos_ not in ("NOUN", "ADJ"):
                break
            for n in (2, 1):
                words = " ".join(t.lower_ for t in doc[after + skip : after + skip + n])
                if words in self.words.relations:
                    return next((s for s in places if after + skip + n <= s.start <= after + skip + n + 2), None)
        return None

    @staticmethod
    def onward(doc: Doc, reference: Span, places: list[Span]) -> Span | None:
        """The place right after 'to' that follows the reference ('from Moscow to Vladivostok')."""
        after = reference.end
        if after < len(doc) and doc[after].lower_ == "to":
            return next((s for s in places if after + 1 <= s.start <= after + 2), None)
        return None

    def compare_distance(self, stated: float, computed: float, hedge: str | None) -> tuple[str, str]:
        """Consistent within the hedge's tolerance (or the rounding a plain figure allows), else differs, with a
        note on which way and what that may mean."""
        tolerance = self.words.hedges.get(hedge or "", self.words.exact_tolerance)
        if hedge in self.words.at_least:
            ok = computed >= stated * (1 - tolerance)
        elif hedge in self.words.at_most:
            ok = computed <= stated * (1 + tolerance)
        else:
            ok = abs(stated - computed) <= tolerance * computed
        if ok:
            return "consistent", ""
        share = abs(stated - computed) / computed if computed else 0.0
        if stated > computed:
            return "differs", (f"the stated distance is {share:.0%} longer than the straight line; it may be a road, "
                               "rail or flight distance, which is longer than the great circle")
        return "differs", (f"the stated distance is {share:.0%} shorter than the straight line, which no route can "
                           "be: the figure is wrong, or a place was resolved to the wrong point")

    # --- durations ------------------------------------------------------------------------------------------

    def duration(self, span: Span) -> dict | None:
        """'the six days that Kim spent in Russia', 'Kim stayed for six days': the stated length of an actor's
        stay, against the first and last dates of that actor's events dated in the text."""
        match = DURATION.match(span._.time_value or "") if span._.time_type == "DURATION" else None
        if match is None or match[2] not in self.words.day_units:
            return None
        holder = self.holder(span)
        if holder is None:
            return None
        stated = float(match[1]) * self.words.day_units[match[2]]
        claim = {"kind": "duration", "text": span.text, "start": span.start_char, "end": span.end_char,
                 "sentence": sentence_number(span.sent), "stated": stated, "unit": "days"}
        dated = sorted(self.dates_of(span.doc, holder), key=lambda pair: pair[0])
        if len({d for d, _ in dated}) < 2:
            return {**claim, "computed": None, "verdict": "unverifiable", "note": "",
                    "compared": f"nothing: fewer than two dates of what {holder['name']} did in the text"}
        (first, e1), (last, e2) = dated[0], dated[-1]
        both_ends, between = (last - first).days + 1, (last - first).days
        verdict = "consistent" if stated in (both_ends, between) else "differs"
        note = ("counting both the first and the last day" if stated == both_ends else
                "counting the days between the first and the last" if stated == between else
                f"the events span {both_ends} days counting both ends")
        compared = (f"dates of what {holder['name']} did, in the text: '{e1[0]}' {first} (sentence {e1[1]}) to "
                    f"'{e2[0]}' {last} (sentence {e2[1]})")
        return {**claim, "computed": float(both_ends if stated != between else between), "verdict": verdict,
                "compared": compared, "note": note}

    def dates_of(self, doc: Doc, holder: dict) -> list[tuple[dt.date, tuple[str, int]]]:
        """Days on which the text dates something the holder did: its events dated in the text, and clauses
        whose subject is the holder with a day in them ('Kim arrived on Tuesday')."""
        out = [(dt.date.fromisoformat(e["date"]), (e["trigger"], e["sentence"])) for e in doc._.events or []
               if e["date_source"] == "text" and DAY.fullmatch(e["date"] or "") and involves(e, holder)]
        for span in doc.spans.get(TIMES, []):
            verb = span.root.head
            subjects = subjects_of(verb) if verb.pos_ == "VERB" else []
            if DAY.fullmatch(span._.time_value or "") and any((s._.actor or {}).get("name") == holder["name"]
                                                              for s in subjects):
                out.append((dt.date.fromisoformat(span._.time_value), (verb.text, sentence_number(span.sent))))
        return out

    def holder(self, span: Span) -> dict | None:
        """Whose stay a duration measures: the subject of a stay verb it is the object of ('Kim spent six days')
        or that follows it closely ('the six days that Kim spent in Russia')."""
        doc = span.doc
        verbs = [span.root.head] if span.root.dep_ in ("obj", "dobj", "obl", "obl:tmod", "npadvmod") else []
        verbs += [t for t in doc[span.end : span.end + FOLLOWING] if t.pos_ == "VERB"]
        for verb in verbs:
            if verb.lemma_.lower() not in self.words.stay_verbs:
                continue
            for subject in subjects_of(verb):
                actor = subject._.actor
                if actor is not None:
                    return actor
        return None


def sentence_number(sent: Span) -> int:
    """The number of a sentence in its document (0 for the first)."""
    return sum(1 for s in sent.doc.sents if s.start < sent.start)


def place_of(span: Span) -> tuple:
    return span._.place["name"], span._.place["country"]


def involves(event: dict, actor: dict) -> bool:
    """The event's source or target is this actor (by name: 'Kim' and 'the North Korean leader' resolve to it)."""
    return any(party and party.get("name") == actor.get("name") for party in (event["actor"], event["recipient"]))

