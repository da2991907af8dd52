"""The quotes scorer on hand-made PolNeAR-style gold and a fake extractor: span overlap, soft overlap, speakers."""

from __future__ import annotations

import datetime as dt

from eventwire.evaluate import score_quotes
from eventwire.formats.brat import AttributedDoc, Attribution
from eventwire.record import ActorRef, Document, Quote

TEXT = 'Rossi said "we will stay" today. Critics claimed that taxes rose. It was "a good day".'
NAME = "rome_2016-09-12_budget"


def span(words: str) -> tuple[int, int]:
    start = TEXT.index(words)
    return start, start + len(words)


def brat_line(tid: str, kind: str, words: str) -> str:
    start, end = span(words)
    return f"T{tid}\t{kind} {start} {end}\t{words}\n"


def write_gold(folder) -> None:
    (folder / "text").mkdir()
    (folder / "attributions").mkdir()
    (folder / "text" / f"{NAME}.txt").write_text(TEXT)
    (folder / "attributions" / f"{NAME}_ab12.ann").write_text(
        brat_line("1", "Source", "Rossi") + brat_line("2", "Cue", "said") + brat_line("3", "Content", '"we will stay"')
        + brat_line("4", "Source", "Critics") + brat_line("5", "Cue", "claimed")
        + brat_line("6", "Content", "that taxes rose") + brat_line("7", "Content", '"a good day"')
        + "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\nE2\tAttribution:T5 Content:T6 Cue:T5 Source:T4\n"
        + "E3\tAttribution:T7 Content:T7\n"
    )


def quote(words: str, speaker: ActorRef | None) -> Quote:
    start, end = span(words)
    return Quote(text=words, start=start, end=end, speaker=speaker, cue=None, direct=False)


def actor(name: str, start: int | None, end: int | None) -> ActorRef:
    return ActorRef(text=name, name=name, start=start, end=end)


PREDICTED = [
    # inside the quote marks (overlap F1 12/13); the speaker is named elsewhere, but "Mario Rossi" contains "Rossi"
    quote("we will stay", actor("Mario Rossi", *span("today"))),
    # "taxes rose" of "that taxes rose" (overlap F1 0.8), given to the wrong speaker
    quote("taxes rose", actor("Rossi", *span("Rossi"))),
    # no quote at all
    quote("today", None),
]


def test_quote_scores_by_hand(tmp_path, fake_extractor):
    write_gold(tmp_path)
    seen: list[Document] = []
    extract = fake_extractor({NAME: {"quotes": PREDICTED}}, seen)
    scores = score_quotes.score(tmp_path, lambda: extract)  # the quotes scorer asks for no other dictionaries
    assert [(d.id, d.text, d.published) for d in seen] == [(NAME, TEXT, dt.date(2016, 9, 12))]
    assert (scores["documents"], scores["gold"], scores["predicted"]) == (1, 3, 3)
    assert scores["span_overlap"] == {"p": 66.67, "r": 66.67, "f": 66.67}
    assert scores["span_soft"] == {"p": 57.44, "r": 57.44, "f": 57.44}  # (12/13 + 0.8) / 3
    assert scores["speaker_accuracy"] == 50.0  # Rossi right, the critics wrong; the third has no source
    assert scores["direct_recall"] == 50.0  # two attributions in quote marks, one found


def test_each_quote_serves_the_attribution_it_overlaps_most_once():
    doc = AttributedDoc("d", "word " * 6, None, [
        Attribution(content=(10, 20), source=None, cue=None),
        Attribution(content=(12, 20), source=None, cue=None),
    ])
    quotes = [Quote(text="", start=0, end=12, speaker=None, cue=None, direct=False),
              Quote(text="", start=10, end=20, speaker=None, cue=None, direct=False)]
    tally = score_quotes.match(doc, quotes)
    # the first attribution takes the quote it overlaps most, (10, 20), not (0, 12); that quote is then used up,
    # and (0, 12) does not reach (12, 20): the second attribution is missed
    assert tally.overlap == [1.0] and (tally.direct_gold, tally.with_source) == (0, 0)


def test_speaker_by_span_or_by_name():
    source = span("Critics")
    assert score_quotes.same_speaker(actor("the critics' union", *source), source, TEXT)  # span overlap
    assert score_quotes.same_speaker(actor("Critics", None, None), source, TEXT) is False  # no span: not counted
    assert score_quotes.same_speaker(actor("critics", 90, 95), source, TEXT)  # same words elsewhere
    assert not score_quotes.same_speaker(actor("Rossi", *span("Rossi")), source, TEXT)
    assert not score_quotes.same_speaker(None, source, TEXT)
