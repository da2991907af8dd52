"""Quotes: marks of every kind, speakers before and after, partial quotes in reported speech, indirect speech."""

from __future__ import annotations

from eventwire.components.quotes import find_quote_marks


def contents(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quote_marks(text)]


def test_straight_and_curly_marks():
    assert contents('He said "yes" and \u201cno\u201d.') == ["yes", "no"]


def test_apostrophes_are_not_quotes():
    assert contents("The country\u2019s leader didn\u2019t comment.") == []


def test_single_curly_quotes():
    assert contents("She called it \u2018a disgrace\u2019 on Monday.") == ["a disgrace"]


def test_quote_spanning_sentences():
    text = "\u201cWe will not stop. We will win,\u201d he said."
    assert contents(text) == ["We will not stop. We will win,"]


def test_speaker_after_the_quote(run):
    quote = run("\u201cThe talks were useful,\u201d Emmanuel Macron said on Friday.").quotes[0]
    assert quote.direct and quote.cue == "said"
    assert quote.speaker.name == "Emmanuel Macron"


def test_speaker_before_the_quote(run):
    quote = run('Olaf Scholz said: "Germany stands with its partners."').quotes[0]
    assert quote.speaker.name == "Olaf Scholz" and quote.speaker.country == "DEU"


def test_partial_quote_inside_reported_speech_belongs_to_the_reported_speaker(run):
    text = "The agency reported that Narendra Modi expressed his \u201cdeep gratitude\u201d for the support."
    record = run(text)
    partial = next(q for q in record.quotes if q.direct)
    assert partial.text == "deep gratitude"
    assert partial.speaker.name == "Narendra Modi"


def test_indirect_speech(run):
    record = run("Antonio Guterres said that the ceasefire must hold.")
    indirect = [q for q in record.quotes if not q.direct]
    assert indirect and indirect[0].speaker.name == "Antonio Guterres"
    assert "ceasefire must hold" in indirect[0].text


def test_quote_offsets_point_at_the_text(run):
    text = "\u201cNo comment,\u201d the spokesman said."
    quote = run(text).quotes[0]
    assert text[quote.start : quote.end] == quote.text


def test_according_to_after_the_claim(run):
    text = "The army withdrew from the town on Monday, according to local officials."
    quote = next(q for q in run(text).quotes if q.cue == "according")
    assert quote.text.startswith("The army withdrew from the town")
    assert "officials" in quote.speaker.text and not quote.direct


def test_according_to_before_the_claim(run):
    record = run("According to Xinhua, the talks ended without a deal.")
    quote = next(q for q in record.quotes if (q.cue or "").lower() == "according")
    assert quote.speaker.name == "Xinhua" and "talks ended without a deal" in quote.text
