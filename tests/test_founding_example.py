"""Acceptance on the founding example (published Sunday 2023-09-17), read from ../shared."""

from __future__ import annotations

import pytest


@pytest.fixture(scope="module")
def record(run, founding_text):
    return run(founding_text, published="2023-09-17")


@pytest.mark.parametrize(
    ("phrase", "value"), [("on Tuesday", "2023-09-12"), ("on Wednesday", "2023-09-13"), ("on Sunday", "2023-09-17")]
)
def test_weekdays(record, founding_text, phrase, value):
    start = founding_text.index(phrase) + len("on ")
    hits = [t for t in record.times if t.start == start]
    assert hits and hits[0].value == value


def quote_containing(record, words: str):
    return next(q for q in record.quotes if q.direct and words in q.text)


def test_kim_speaks_the_support_quote(record):
    s = quote_containing(record, "We have always expressed full and unconditional support").speaker
    assert (s.name, s.country, s.sector) == ("Kim Jong Un", "PRK", "GOV")


def test_putin_is_very_happy(record):
    s = quote_containing(record, "very happy").speaker
    assert (s.name, s.country, s.sector) == ("Vladimir Putin", "RUS", "GOV")


def test_kcna_is_a_north_korean_media_actor(record):
    kcna = [e.actor for e in record.entities if e.actor and e.actor.name == "Korean Central News Agency"]
    speakers = [q.speaker for q in record.quotes if q.speaker and q.speaker.name == "Korean Central News Agency"]
    actor = (kcna or speakers)[0]
    assert (actor.country, actor.sector) == ("PRK", "JRN")
