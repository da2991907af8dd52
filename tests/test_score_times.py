"""The time scorer on hand-made TimeML gold and a fake extractor: relaxed and strict spans, value accuracy."""

from __future__ import annotations

import datetime as dt

from eventwire.evaluate import score_times
from eventwire.formats import timeml
from eventwire.formats.timeml import Timex
from eventwire.record import Document, TimeRef

TEXT_A = "He left on Tuesday and returns next week. It rained in 1997."
TEXT_B = "Talks resume in March."


def tml(dct: str, body: str) -> str:
    return (f'<?xml version="1.0" ?><TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="{dct}">{dct}</TIMEX3></DCT>'
            f"<TEXT>{body}</TEXT></TimeML>")


def timex3(value: str, words: str) -> str:
    return f'<TIMEX3 tid="t" type="DATE" value="{value}">{words}</TIMEX3>'


def time(text: str, words: str, value: str) -> TimeRef:
    start = text.index(words)
    return TimeRef(text=words, start=start, end=start + len(words), value=value)


def write_gold(folder) -> None:
    (folder / "a.tml").write_text(tml("1998-01-08", f"He left on {timex3('1998-01-06', 'Tuesday')} and returns "
                                         f"{timex3('1998-W03', 'next week')}. It rained in {timex3('1997', '1997')}."))
    (folder / "b.tml").write_text(tml("2024-02-01", f"Talks resume in {timex3('2024-03', 'March')}."))


PREDICTED = {
    # Tuesday exact and right; "week" inside "next week" with a wrong value; "rained" is no time; 1997 is missed
    "a": [time(TEXT_A, "Tuesday", "1998-01-06"), time(TEXT_A, "week", "1998-W02"), time(TEXT_A, "rained", "X")],
    "b": [time(TEXT_B, "March", "2024-03")],
}


def test_time_scores_by_hand(tmp_path, fake_extractor):
    write_gold(tmp_path)
    seen: list[Document] = []
    extract = fake_extractor({k: {"times": v} for k, v in PREDICTED.items()}, seen)
    scores = score_times.score(tmp_path, lambda: extract)  # the time scorer asks for no other dictionaries
    assert [(d.id, d.text, d.published) for d in seen] == [
        ("a", TEXT_A, dt.date(1998, 1, 8)), ("b", TEXT_B, dt.date(2024, 2, 1))]
    assert (scores["documents"], scores["gold"], scores["predicted"]) == (2, 4, 4)
    assert scores["span_relaxed"] == {"p": 75.0, "r": 75.0, "f": 75.0}  # Tuesday, week, March
    assert scores["span_strict"] == {"p": 50.0, "r": 50.0, "f": 50.0}  # Tuesday, March
    assert scores["value_accuracy"] == 66.67  # two right values of three matched
    assert scores["value"] == {"p": 50.0, "r": 50.0, "f": 50.0}


def test_limit_scores_the_first_documents(tmp_path, fake_extractor):
    write_gold(tmp_path)
    seen: list[Document] = []
    extract = fake_extractor({k: {"times": v} for k, v in PREDICTED.items()}, seen)
    scores = score_times.score(tmp_path, lambda: extract, limit=1)
    assert [d.id for d in seen] == ["a"] and (scores["documents"], scores["gold"], scores["predicted"]) == (1, 3, 3)
    assert scores["span_relaxed"] == {"p": 66.67, "r": 66.67, "f": 66.67}
    assert scores["value_accuracy"] == 50.0


def test_each_prediction_matches_one_gold_expression():
    gold = [Timex(0, 10, "", "DATE", "A"), Timex(5, 15, "", "DATE", "B"), Timex(20, 30, "", "DATE", "C")]
    # the first prediction overlaps the first two gold expressions but serves only the first
    predicted = [TimeRef(text="", start=0, end=10, value="A"), TimeRef(text="", start=8, end=12, value="B")]
    assert score_times.match(gold, predicted) == (2, 2, 1)  # matches, right values, exact spans
    assert score_times.match(gold, predicted[:1]) == (1, 1, 1)
    assert score_times.match(gold, []) == (0, 0, 0)
    assert score_times.match(gold[:1], [TimeRef(text="", start=10, end=12, value="A")]) == (0, 0, 0)  # touching


def test_nothing_found_scores_zero_and_still_counts_the_gold(tmp_path, fake_extractor):
    write_gold(tmp_path)
    scores = score_times.score_gold(timeml.read_dir(tmp_path), fake_extractor({"a": {}, "b": {}}))
    assert (scores["documents"], scores["gold"], scores["predicted"]) == (2, 4, 0)
    assert scores["span_relaxed"] == {"p": 0.0, "r": 0.0, "f": 0.0} and scores["value_accuracy"] == 0.0
