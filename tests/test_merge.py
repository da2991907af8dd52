"""The `happenings` component (issue 11, part 7): one event per happening, with its mentions, the most informative
date and place, background situations undated and the lead paragraph's events marked root."""

from __future__ import annotations

import pytest

from eventwire.components.happenings import lead_paragraph, merge

PUBLISHED = "2024-03-06"  # a Wednesday: 'on Monday' is 2024-03-04


@pytest.fixture(scope="module")
def code(run):
    return lambda text: run(text, published=PUBLISHED)


def between(record, a: str, b: str, cameo: str = "04"):
    return [e for e in record.events if e.cameo.startswith(cameo) and e.actor and e.recipient
            and {e.actor.country, e.recipient.country} == {a, b}]


def test_three_mentions_of_one_meeting_are_one_event_each_way(code):
    record = code("Emmanuel Macron and Olaf Scholz met to discuss trade.\n\n"
                  "Their meeting on Monday focused on energy.\n\n"
                  "The meeting between Macron and Scholz was held at the chancellery in Berlin.")
    meetings = between(record, "FRA", "DEU")
    assert len(meetings) == 2  # Macron met Scholz and Scholz met Macron
    assert {(e.actor.country, e.recipient.country) for e in meetings} == {("FRA", "DEU"), ("DEU", "FRA")}
    for event in meetings:
        assert [m.sentence for m in event.mentions] == [0, 1, 2]
        assert (event.sentence, event.trigger) == (0, "met")  # the first mention's words
        # the date and the place from the clauses of other mentions, not the publication date or the focus place
        assert (event.date, event.date_source, event.date_text) == ("2024-03-04", "text", "Monday")
        assert event.location.name == "Berlin" and "another mention" in event.location.reason
    assert [e.id for e in record.events] == [f"t:e{n + 1}" for n in range(len(record.events))]


def test_meetings_on_different_days_stay_apart(code):
    record = code("Emmanuel Macron and Olaf Scholz met in Berlin on Monday.\n\n"
                  "Macron and Scholz met again in Paris on Friday.")
    meetings = between(record, "FRA", "DEU")
    assert sorted({(e.date, e.location.name) for e in meetings}) == [("2024-03-01", "Paris"), ("2024-03-04", "Berlin")]
    assert all(len(e.mentions) == 1 for e in meetings)


def test_sanctions_in_the_background_are_not_dated_to_the_publication_day(code):
    record = code("Emmanuel Macron and Olaf Scholz met in Berlin on Monday, despite the sanctions imposed on Russia "
                  "by the European Union.")
    sanctions = [e for e in record.events if e.event_type == "SANCTION"]
    assert sanctions and all(e.background and e.date is None and e.date_source == "background" for e in sanctions)
    met = [e for e in record.events if e.trigger == "met"]
    assert met and not any(e.background for e in met) and met[0].date == "2024-03-04"


def test_events_of_the_lead_paragraph_are_root(code):
    record = code("Leaders meet in Berlin\n\n"
                  "Emmanuel Macron and Olaf Scholz met in Berlin on Monday.\n\n"
                  "Macron visited Poland on Friday.")
    met = [e for e in record.events if e.trigger == "met"]
    visit = [e for e in record.events if e.trigger == "visited"]
    assert met and visit
    assert all(e.root for e in met) and not any(e.root for e in visit)


# --- merging rules on event dicts -------------------------------------------------------------------------------


def event(start: int, *, cameo="040", date="2024-03-06", source="published", actor="FRAGOV", recipient="DEUGOV",
          reason="no place in the event's clause: the article's focus place, named 1 time", place="Europe", **more):
    return {"id": "", "sentence": start // 100, "trigger": "met", "start": start, "end": start + 3, "cameo": cameo,
            "actor": {"name": actor, "code": actor}, "recipient": {"name": recipient, "code": recipient},
            "date": date, "date_source": source, "date_text": None if source != "text" else "on Monday",
            "location": {"name": place, "text": place, "reason": reason}, "confidence": 0.7, "background": False,
            "root": False, "mentions": [{"sentence": start // 100, "trigger": "met", "start": start,
                                         "end": start + 3}], **more}


def test_a_text_date_and_a_place_in_the_clause_win():
    merged = merge([event(0), event(100, cameo="046", date="2024-03-04", source="text"),
                    event(200, reason="named in the event's clause: 'Berlin'", place="Berlin")])
    assert len(merged) == 1
    one = merged[0]
    assert (one["cameo"], one["date"], one["date_source"], one["location"]["name"]) == ("040", "2024-03-04", "text",
                                                                                      "Berlin")
    assert [m["start"] for m in one["mentions"]] == [0, 100, 200] and one["id"] == "e1"


def test_a_day_within_a_month_is_one_happening_and_the_day_wins():
    merged = merge([event(0, date="2024-03", source="text"), event(100, date="2024-03-04", source="text")])
    assert len(merged) == 1 and merged[0]["date"] == "2024-03-04"


@pytest.mark.parametrize(
    "other",
    [{"date": "2024-03-01", "source": "text"},  # another day
     {"cameo": "042"},  # a visit is not a negotiation, nor a meeting of another kind
     {"recipient": "POLGOV"},  # another target
     {"paired": True},  # the reverse event a pattern implies
     {"hedged_by": "will"},  # an intent is not the act
     {"background": True}],
)
def test_not_one_happening(other):
    first = event(0, cameo="046", date="2024-03-04", source="text")
    second = event(100, **{"cameo": "046", "date": "2024-03-04", "source": "text", **other})
    assert len(merge([first, second])) == 2


def test_the_lead_paragraph_skips_a_dateline(extractor):
    doc = extractor.annotate({"text": "PARIS (AP) _\n\nThe minister resigned on Monday.\n\nHe left."})
    start, end = lead_paragraph(doc)
    assert doc.text[start:end] == "The minister resigned on Monday."


def test_a_participle_alone_is_not_background(code):
    record = code("Canada welcomed the sanctions imposed on Russia by the European Union.\n\n"
                  "The European Union imposed sanctions on Russia amid the ongoing war in Ukraine.")
    sanctions = [e for e in record.events if e.event_type == "SANCTION"]
    assert sanctions and not any(e.background for e in sanctions)  # news of the day, the war its background
    assert all(e.date == PUBLISHED for e in sanctions)


def test_an_unstated_party_is_the_one_another_mention_names():
    unstated = event(0, actor=None)
    unstated["actor"] = None
    merged = merge([unstated, event(100, date="2024-03-04", source="text")])
    assert len(merged) == 1 and merged[0]["actor"]["code"] == "FRAGOV" and merged[0]["date"] == "2024-03-04"
    assert [m["start"] for m in merged[0]["mentions"]] == [0, 100]


def test_unstated_parties_do_not_join_events_with_no_party_in_common():
    no_source, no_target = event(0), event(100, actor="POLGOV")
    no_source["actor"], no_target["recipient"] = None, None
    assert len(merge([no_source, no_target])) == 2
    other_target = event(200, recipient="ITAGOV")
    assert len(merge([event(0), other_target])) == 2


def test_mentions_with_the_same_code_join_first():
    visit = event(0, cameo="042", date="2024-03-04", source="text")
    meeting_with = event(10)  # '... a visit which included a meeting with Scholz': no source named
    meeting_with["actor"] = None
    meeting = event(100, date="2024-03-05", source="text")  # 'their meeting on Tuesday'
    merged = merge([visit, meeting_with, meeting])
    assert [[m["start"] for m in e["mentions"]] for e in merged] == [[0], [10, 100]]
    assert merged[1]["actor"]["code"] == "FRAGOV" and merged[1]["date"] == "2024-03-05"


def test_a_place_from_another_mention_still_beats_the_focus_place():
    in_clause = "named in the event's clause: 'Berlin'"
    first = merge([event(0), event(100, reason=in_clause, place="Berlin")])  # joined in the first pass
    first[0]["cameo"] = "046"
    merged = merge([event(200, cameo="040"), *first])  # joined in the second: the place in a clause still wins
    assert len(merged) == 1 and merged[0]["location"]["name"] == "Berlin"
