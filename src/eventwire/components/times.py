"""The `times` component: time expressions found and normalized (TIMEX3 values) against the publication date."""

from __future__ import annotations

import calendar
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from eventwire.components.extensions import TIMES
from eventwire.resources.grammar import load_grammar
from eventwire.resources.time_lexicon import load_time_lexicon


@dataclass(frozen=True)
class Found:
    start: int
    end: int
    value: str | None
    type: str
    anchored: bool  # True when the value depends on the publication date


def alternation(words: list[str]) -> str:
    return "|".join(sorted((re.escape(w) for w in words), key=len, reverse=True))


class TimeGrammar:
    """Regular expressions over the text, built from the lexicon, each with a resolver to a TIMEX3 value."""

    def __init__(self) -> None:
        lex = load_time_lexicon()
        self.lex = lex
        month = alternation([m.title() for m in lex["months"]]) + "|" + alternation([m.upper() for m in lex["months"]])
        day_name = alternation([d.title() for d in lex["weekdays"] if len(d) > 3])
        number = alternation([n for n, v in lex["numbers"].items() if v is not None]) + r"|\d+(?:\.\d+)?"
        vague_count = alternation([n for n, v in lex["numbers"].items() if v is None])
        unit = alternation(list(lex["units"]))
        direction = alternation(list(lex["direction_words"]))
        part = alternation(list(lex["parts_of_day"]))
        season = alternation(list(lex["seasons"]))
        relative = alternation(list(lex["relative_days"]))
        ordinal = alternation(list(lex["ordinals"]))
        vague = alternation(list(lex["vague"]))
        d = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?"
        m = rf"(?P<month>{month})\.?"
        y = r"(?P<year>1[5-9]\d\d|20\d\d)"
        self.rules: list[tuple[re.Pattern[str], Callable[[re.Match[str], dt.date | None, int], Found | None]]] = [
            (re.compile(r"\b(?P<year>\d{4})-(?P<mon>\d{2})-(?P<day>\d{2})\b"), self.iso_date),
            (re.compile(rf"\b{m}\s+{d},?\s+{y}\b"), self.full_date),
            (re.compile(rf"\b{d}\s+{m},?\s+{y}\b"), self.full_date),
            (re.compile(rf"\b{m},?\s+{y}\b"), self.month_year),
            (re.compile(rf"\b{m}\s+{d}\b(?!\s*,?\s*\d)"), self.month_day),
            (re.compile(rf"\b{d}\s+{m}\b(?!,?\s*\d)"), self.month_day),
            (re.compile(rf"\b(?:(?P<dir>{direction})\s+)?(?P<wd>{day_name})(?:\s+(?P<part>{part}))?\b", re.I),
             self.weekday),
            (re.compile(rf"\b(?P<rel>{relative})(?:\s+(?P<part>{part}))?\b", re.I), self.relative_day),
            (re.compile(rf"\b(?P<dir>{direction})\s+(?P<unit>week|month|year|weekend|quarter)\b", re.I),
             self.relative_unit),
            (re.compile(rf"\b(?:(?P<dir>{direction})\s+)(?P<season>{season})\b", re.I), self.season),
            (re.compile(rf"\b(?P<num>{number})\s+(?P<unit>{unit})s?\s+(?P<ago>ago|earlier|before|later|from now)\b",
                        re.I), self.offset),
            (re.compile(rf"\b(?:the\s+)?(?:(?:past|last|next|coming|previous|first)\s+)?(?P<num>{number})[\s-]+"
                        rf"(?P<unit>{unit})s?\b(?!\s+(?:ago|earlier|later)|-old)", re.I), self.duration),
            (re.compile(rf"\b(?:the\s+)?(?:past|last|next|coming)\s+(?P<vnum>{vague_count})\s+(?P<unit>{unit})s\b",
                        re.I), self.vague_duration),
            (re.compile(rf"\b(?:the\s+)?(?P<ord>{ordinal})[\s-]+quarter\b(?:\s+of\s+{y})?", re.I), self.quarter),
            (re.compile(r"\b(?:the\s+)?(?:mid-|early\s+|late\s+)?(?P<decade>1[5-9]\d0|20[0-9]0)'?s\b"), self.decade),
            (re.compile(rf"(?:(?<=\bin )|(?<=\bsince )|(?<=\bby )|(?<=\buntil )|(?<=\bduring )|(?<=\bof )|"
                        rf"(?<=\bfrom )|(?<=\bbefore )|(?<=\bafter )|(?<=\bin early )|(?<=\bin late ))"
                        rf"{y}\b(?!\s*[-%$]|\s+(?:percent|people|troops|\w+s\b))"), self.year),
            (re.compile(rf"(?:(?<=\bin )|(?<=\bsince )|(?<=\bby )|(?<=\buntil )|(?<=\bduring )|(?<=\bearly )|"
                        rf"(?<=\blate )|(?<=\bmid-)|(?<=\bthis )|(?<=\blast )|(?<=\bnext ))"
                        rf"(?P<month>{month})\b(?!\s*\d)"), self.month_only),
            (re.compile(rf"\b(?P<vague>{vague})\b", re.I), self.vague),
        ]

    # --- resolvers: (match, publication date, tense direction) -> Found ----------------------------------------

    def found(self, match: re.Match[str], value: str | None, kind: str = "DATE", anchored: bool = True) -> Found:
        return Found(match.start(), match.end(), value, kind, anchored)

    def iso_date(self, m: re.Match[str], dct: dt.date | None, tense: int) -> Found | None:
        try:
            day = dt.date(int(m["year"]), int(m["mon"]), int(m["day"]))
        except ValueError:
            return None
        return self.found(m, day.isoformat(), anchored=False)

    def month_number(self, text: str) -> int:
        return self.lex["months"][text.lower().rstrip(".")]

    def full_date(self, m: re.Match[str], dct: dt.date | None, tense: int) -> Found | None:
        try:
            day = dt.date(int(m["year"]), self.month_number(m["month"]), int(m["day"]))
        except ValueError:
            return None
        return self.found(m, day.isoformat(), anchored=False)

    def month_year(self, m: re.Match[str], dct: dt.date | None, tense: int) -> Found:
        return self.found(m, f"{int(m['year']):04d}-{self.month_number(m['month']):02d}", anchored=False)

    def month_day(self, m: re.Match[str], dct: dt.date | None, tense: int) -> Found | None:
        month, day = self.month_number(m["month"]), int(m["day"])
        if not 1 <= day <= calendar.monthrange(2000, month)[1]:
            return None
        if dct is None:
            return self.found(m, f"XXXX-{month:02d}-{day:02d}")
        candidates = [dt.date(y, month, min(day, calendar.monthrange(y, month)[1])) for y in range(dct.year - 1,
                                                                                                   dct.year + 2)]
        return self.found(m, pick(candidates, dct, tense).isoformat())

    def month_only(self, m: re.Match[str], dct: dt.date | None, tense: int) -> Found:
        month = self.month_number(m["month"])
        if dct is None:
            return self.found(m, f"XXXX-{month:02d}")
        before = m.string[max(0, m.start() - 6) : m.start()].lower()
        if "last" in before:
            tense = -1
        elif "next" in before:
            tense = 1
        elif "this" in before:
            return self.found(m, f"{dct.year:04d}-{month:02d}")
        candidates = [dt.date(y, month, 15) for y in range(dct.year - 1, dct.year + 2)]
        if tense == 0:
            chosen = dt.date(dct.year, month, 15)
        else:
            chosen = pick(candidates, dct.replace(day=15), tense, strict=True)
        return self.found(m, f"{chosen.year:04d}-{month:02d}")

    def weekday(self, m: re.Match[str], dct: dt.date | None, tense: int) -> Found:
        target = self.lex["weekdays"][m["wd"].lower()]
        part = self.lex["parts_of_day"].get((m["part"] or "").lower())
        if dct is None:
            return self.found(m, None)
        direction = self.lex["direction_words"].get((m["dir"] or "").lower())
        if direction is not None and direction != 0:
            tense, strict = direction, True
        else:
            strict = False
        if dct.weekday() == target and not strict:
            day = dct
        else:
            past = dct - dt.timedelta(days=(dct.weekday() - target) % 7 or 7)
            future = dct + dt.timedelta(days=(target - dct.weekday()) % 7 or 7)
            day = future if tense > 0 else past  # news reports what happened: no tense reads as past
        value = day.isoformat() + (f"T{part}" if part else "")
        return self.found(m, value, "TIME" if part else "DATE")

    def relative_day(self, m: re.Match[str], dct: dt.date | None, tense: int) -> Found:
        word = m["rel"].lower()
        part = self.lex["parts_of_day"].get((m["part"] or "").lower()) or ("NI" if word == "tonight" else None)
        if dct is None:
            return self.found(m, None)
        day = dct + dt.timedelta(days=self.lex["relative_days"][word])
        return self.found(m, day.isoformat() + (f"T{part}" if part else ""), "TIME" if part else "DATE")

    def relative_unit(self, m: re.Match[str], dct: dt.date | None, tense: int) -> Found | None:
        if dct is None:
            return self.found(m, None)
        step = self.lex["direction_words"][m["dir"].lower()]
        unit = m["unit"].lower()
        if unit in ("week", "weekend"):
            year, week, _ = (dct + dt.timedelta(weeks=step)).isocalendar()
            return self.found(m, f"{year}-W{week:02d}" + ("-WE" if unit == "weekend" else ""))
        if unit == "month":
            total = dct.year * 12 + dct.month - 1 + step
            return self.found(m, f"{total // 12:04d}-{total % 12 + 1:02d}")
        if unit == "quarter":
            total = dct.year * 4 + (dct.month - 1) // 3 + step
            return self.found(m, f"{total // 4:04d}-Q{total % 4 + 1}")
        return self.found(m, f"{dct.year + step:04d}")

    def season(self, m: re.Match[str], dct: dt.date | None, tense: int) -> Found:
        code = self.lex["seasons"][m["season"].lower()]
        if dct is None:
            return self.found(m, f"XXXX-{code}")
        return self.found(m, f"{dct.year + self.lex['direction_words'][m['dir'].lower()]:04d}-{code}")

    def count(self, text: str) -> float | None:
        word = text.lower()
        if word in self.lex["numbers"]:
            return self.lex["numbers"][word]
        try:
            return float(word)
        except ValueError:
            return None

    def offset(self, m: re.Match[str], dct: dt.date | None, tense: int) -> Found | None:
        n = self.count(m["num"])
        unit = self.lex["units"][m["unit"].lower()]
        if n is None or dct is None or n != int(n):
            return self.found(m, None)
        sign = -1 if m["ago"].lower() in ("ago", "earlier", "before") else 1
        n = int(n) * sign
        if unit == "D":
            return self.found(m, (dct + dt.timedelta(days=n)).isoformat())
        if unit == "W":
            year, week, _ = (dct + dt.timedelta(weeks=n)).isocalendar()
            return self.found(m, f"{year}-W{week:02d}")
        if unit == "M":
            total = dct.year * 12 + dct.month - 1 + n
            return self.found(m, f"{total // 12:04d}-{total % 12 + 1:02d}")
        if unit == "Y":
            return self.found(m, f"{dct.year + n:04d}")
        return self.found(m, None)

    def duration(self, m: re.Match[str], dct: dt.date | None, tense: int) -> Found | None:
        n = self.count(m["num"])
        unit = self.lex["units"][m["unit"].lower()]
        if n is None or unit in ("WE", "Q", "DE", "CE"):
            return None
        amount = str(int(n)) if n == int(n) else str(n)
        value = f"PT{amount}{'M' if unit == 'MIN' else unit}" if unit in ("H", "MIN") else f"P{amount}{unit}"
        return self.found(m, value, "DURATION", anchored=False)

    def vague_duration(self, m: re.Match[str], dct: dt.date | None, tense: int) -> Found:
        unit = self.lex["units"][m["unit"].lower()]
        return self.found(m, f"PX{unit}", "DURATION", anchored=False)

    def quarter(self, m: re.Match[str], dct: dt.date | None, tense: int) -> Found:
        q = self.lex["ordinals"][m["ord"].lower()]
        if m["year"]:
            return self.found(m, f"{m['year']}-Q{q}", anchored=False)
        if dct is None:
            return self.found(m, f"XXXX-Q{q}")
        current = (dct.month - 1) // 3 + 1
        year = dct.year - 1 if q > current else dct.year
        return self.found(m, f"{year:04d}-Q{q}")

    def decade(self, m: re.Match[str], dct: dt.date | None, tense: int) -> Found:
        return self.found(m, m["decade"][:3], anchored=False)

    def year(self, m: re.Match[str], dct: dt.date | None, tense: int) -> Found:
        return self.found(m, m["year"], anchored=False)

    def vague(self, m: re.Match[str], dct: dt.date | None, tense: int) -> Found:
        return self.found(m, self.lex["vague"][m["vague"].lower()], anchored=False)


def pick(candidates: list[dt.date], dct: dt.date, tense: int, strict: bool = False) -> dt.date:
    """The candidate date the tense points to: the latest not after `dct` for past, the earliest not before it
    for future, else the nearest."""
    if tense < 0:
        eligible = [c for c in candidates if (c < dct if strict else c <= dct)]
        if eligible:
            return max(eligible)
    if tense > 0:
        eligible = [c for c in candidates if (c > dct if strict else c >= dct)]
        if eligible:
            return min(eligible)
    return min(candidates, key=lambda c: abs(c - dct))


def tense_of(token: Token) -> int:
    """-1 past, +1 future, 0 present or unknown, for the clause governing `token`."""
    grammar = load_grammar()
    verb = token
    for _ in range(6):
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    auxes = [c for c in verb.children if c.dep_ in ("aux", "aux:pass", "auxpass")]
    words = {a.lower_ for a in auxes}
    if words & grammar.future_auxiliaries:
        return 1
    if "going" in words or any(c.lower_ == "going" for c in verb.children):
        return 1
    if words & grammar.modal_auxiliaries:
        return 0
    if verb.tag_ == "VBD" or any(a.tag_ == "VBD" for a in auxes):
        return -1
    if verb.tag_ == "VBN" and words & {"has", "have", "had"}:
        return -1
    return 0


@Language.factory("times", default_config={}, requires=["token.dep", "token.tag"],
                  assigns=["doc.spans", "span._.time_value", "span._.time_type", "span._.time_anchor"])
def make_times(nlp: Language, name: str) -> TimeTagger:
    return TimeTagger()


class TimeTagger:
    """Writes time expressions to `doc.spans["times"]` with `span._.time_value` (TIMEX3) and `._.time_type`."""

    def __init__(self) -> None:
        self.grammar = TimeGrammar()

    def find(self, doc: Doc) -> list[tuple[Span, Found]]:
        """Every time expression in the doc, longest first where two overlap, resolved against its clause."""
        dct = doc._.published
        taken: list[tuple[int, int]] = []
        out: list[tuple[Span, Found]] = []
        candidates = []
        text = doc.text  # built from the tokens at each access
        for pattern, resolve in self.grammar.rules:
            for match in pattern.finditer(text):
                candidates.append((match, resolve))
        candidates.sort(key=lambda c: (-(c[0].end() - c[0].start()), c[0].start()))
        for match, resolve in candidates:
            if any(match.start() < e and s < match.end() for s, e in taken):
                continue
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is None:
                continue
            try:
                found = resolve(match, dct, tense_of(span.root))
            except OverflowError:  # past either end of the calendar ('tomorrow' published 9999-12-31): no value
                found = self.grammar.found(match, None)
            if found is None:
                continue
            taken.append((match.start(), match.end()))
            out.append((span, found))
        return sorted(out, key=lambda pair: pair[0].start_char)

    def __call__(self, doc: Doc) -> Doc:
        dct = doc._.published
        spans = []
        for span, found in self.find(doc):
            span = Span(doc, span.start, span.end, label=found.type)
            span._.time_value = found.value
            span._.time_type = found.type
            span._.time_anchor = dct.isoformat() if (found.anchored and dct) else None
            spans.append(span)
        doc.spans[TIMES] = spans
        return doc
