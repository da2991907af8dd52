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


# --- events (issue 3) ------------------------------------------------------------------------------------------


def events_of(record, *, plover=None, cameo=None, source=None, target=None):
    return [e for e in record.events
            if (plover is None or e.event_type == plover) and (cameo is None or e.cameo.startswith(cameo))
            and (source is None or e.actor and e.actor.country == source)
            and (target is None or e.recipient and e.recipient.country == target)]


def test_kim_visits_russia(record):
    assert events_of(record, cameo="042", source="PRK", target="RUS")


def test_kim_and_putin_meet_on_wednesday(record):
    meetings = events_of(record, plover="CONSULT", source="PRK", target="RUS")
    assert any(e.date == "2023-09-13" and e.date_source == "text" for e in meetings)


def test_putin_accepts_the_invitation(record):
    accepted = [e for e in events_of(record, cameo="036", source="RUS", target="PRK") if e.trigger == "accepted"]
    assert accepted and accepted[0].event_type == "AGREE"


def test_sanctions_on_north_korea(record):
    assert events_of(record, plover="SANCTION", target="PRK")


def test_moscow_would_help_pyongyang_is_an_intent_to_aid(record):
    help_ = [e for e in events_of(record, source="RUS", target="PRK") if e.trigger == "help"]
    assert help_ and help_[0].cameo.startswith("033") and help_[0].hedged_by == "would"


def test_no_agreement_event_for_the_kremlin_denial(record, founding_text):
    start = founding_text.index("The Kremlin stressed")
    end = founding_text.index("\n", start)
    assert not [e for e in record.events if start <= e.start < end and e.cameo.startswith(("057", "03"))]
    # the denial is still read, as the Kremlin's words
    assert any(start <= q.start < end and "no cooperation agreement" in q.text and q.cue == "stressed"
               and q.speaker and q.speaker.country == "RUS" for q in record.quotes)


def place(record, text: str):
    return next(p for p in record.places if p.text == text)


def test_vostochny_resolved_within_50_km_in_russia(record):
    from eventwire.resources.geodesy import distance_km

    site = next(p for p in record.places if p.text.startswith("Vostochny"))
    assert site.country == "RUS" and site.resolution == "facility"
    assert distance_km(site.lat, site.lon, 51.88, 128.33) < 50


@pytest.mark.parametrize(("text", "country"), [("Moscow", "RUS"), ("Pyongyang", "PRK")])
def test_capitals_resolved(record, text, country):
    capital = place(record, text)
    assert (capital.country, capital.feature_code) == (country, "PPLC")


def test_the_kim_putin_meeting_is_located_at_vostochny(record):
    meetings = [e for e in record.events if e.cameo.startswith("04") and e.actor and e.recipient
                and {e.actor.country, e.recipient.country} == {"PRK", "RUS"} and e.date == "2023-09-13"]
    assert meetings and all(e.location and e.location.name.startswith("Vostochny") for e in meetings)


def test_every_event_has_a_location_with_a_reason(record):
    assert record.events and all(e.location and e.location.reason for e in record.events)


def test_the_distance_claim_differs(record):
    claim = next(c for c in record.claims if c.kind == "distance")
    assert claim.text.endswith("from Moscow") and claim.stated == 8000 and claim.verdict == "differs"
    assert abs(claim.computed - 5530) < 100 and "road" in claim.note


def test_the_six_days_are_consistent(record):
    claim = next(c for c in record.claims if c.kind == "duration")
    assert claim.stated == 6 and claim.computed == 6 and claim.verdict == "consistent"
    assert "2023-09-12" in claim.compared and "2023-09-17" in claim.compared


# --- sentences and happenings (issue 11) -----------------------------------------------------------------------


def test_sentences_follow_the_paragraphs(extractor, founding_text):
    sents = [s.text.strip() for s in extractor.annotate({"text": founding_text}).sents]
    paragraphs = [p.strip() for p in founding_text.split("\n\n") if p.strip()]
    assert all(s and "\n\n" not in s and s not in ("”", "“") for s in sents)
    assert len(sents) == len(paragraphs)


def test_the_summit_is_one_event_each_way_dated_and_placed(record):
    words = ("meeting", "held", "summit")
    summit = [e for e in record.events if any(m.trigger in words for m in e.mentions)]
    assert summit and len(summit) <= 2  # Kim met Putin and Putin met Kim; it was six events with two dates
    assert {(e.actor.country, e.recipient.country) for e in summit} == {("PRK", "RUS"), ("RUS", "PRK")}
    for event in summit:
        assert len(event.mentions) >= 2 and (event.date, event.date_source) == ("2023-09-13", "text")
        assert event.location.name.startswith("Vostochny")


def test_the_sanctions_are_background_not_dated_to_publication(record):
    sanctions = events_of(record, plover="SANCTION", target="PRK")
    assert sanctions and all(e.background and e.date is None and e.date_source == "background" for e in sanctions)


def test_only_the_lead_paragraph_is_root(record, founding_text):
    lead_end = founding_text.index("\n\n")  # the lead may have no event once 'Kim left Russia' is not one
    assert all(e.root == any(m.start < lead_end for m in e.mentions) for e in record.events)
