"""The ACLED scorer and reader on hand-made notes and a fake extractor: the top event's PLOVER type against the
types accepted for the note's ACLED sub-event type, overall and by ACLED event type."""

from __future__ import annotations

import json

from eventwire.evaluate.score_events import penta_of, score_acled
from eventwire.formats.eventgold import GoldSentence, acled_types, read_acled
from eventwire.record import ActorRef, Event


def event(kind: str | None, confidence: float) -> Event:
    actor = ActorRef(text="police", name="police", code="---COP")
    return Event(id="e", cameo="180", event_type=kind, actor=actor, recipient=None, sentence=0, trigger="x", start=0,
                 end=1, confidence=confidence)


NOTES = [
    GoldSentence(id="a", text="Police fired on protesters.", kind="Protests", types=["PROTEST"]),
    GoldSentence(id="b", text="Students marched.", kind="Protests", types=["PROTEST"]),
    GoldSentence(id="c", text="Rebels attacked a village.", kind="Battles", types=["ASSAULT"]),
    GoldSentence(id="d", text="Nothing coded here.", kind="Battles", types=["ASSAULT"]),
]
PREDICTED = {
    "a": [event("ASSAULT", 0.9), event("PROTEST", 0.5)],  # the accepted type, but not on the top event
    "b": [event("PROTEST", 0.7)],
    "c": [event("ASSAULT", 0.6)],
    "d": [],
}


def test_acled_scores_by_hand(fake_extractor):
    scores = score_acled(NOTES, fake_extractor({k: {"events": v} for k, v in PREDICTED.items()}))
    assert (scores["notes"], scores["top_type"], scores["some_type"], scores["no_event"]) == (4, 50.0, 75.0, 25.0)
    assert scores["by_type"]["Protests"] == {"notes": 2, "top_type": 50.0, "some_type": 100.0, "no_event": 0.0}
    assert scores["by_type"]["Battles"] == {"notes": 2, "top_type": 50.0, "some_type": 50.0, "no_event": 50.0}


def test_the_acled_sample_is_fixed_distinct_and_capped_per_event_type(tmp_path):
    rows = [{"id": f"x{n}", "text": f"note {n % 7}", "date": "2020-05-09",
             "labels": {"event_type": "Battles" if n % 2 else "Protests",
                        "sub_event_type": "Armed clash" if n % 2 else "Peaceful protest"}} for n in range(20)]
    rows.append({"id": "y", "text": "unscored", "date": "2020-05-09",
                 "labels": {"event_type": "Strategic developments", "sub_event_type": "Other"}})
    path = tmp_path / "notes.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    first = list(read_acled(path, per_type=2))
    assert [n.id for n in first] == [n.id for n in read_acled(path, per_type=2)]  # the same sample every run
    assert len({n.text for n in first}) == len(first) == 4  # distinct texts, two per event type
    assert all(n.types == acled_types()[("Armed clash" if n.kind == "Battles" else "Peaceful protest")] for n in first)
    assert "Other" not in acled_types()  # a sub-type with no PLOVER reading is not scored
    assert first[0].published.isoformat() == "2020-05-09"


def test_the_five_way_class_follows_the_sets_pentaclass():
    # statements and appeals are class 0, reduced relations verbal conflict, protests material conflict
    assert [penta_of(c) for c in ("010", "0233", "036", "057", "0841", "112", "163", "141", "173", "190")] == [
        0, 0, 1, 1, 2, 3, 3, 4, 4, 4]
