"""The `sentences` component (issue 11, part 1): paragraph breaks are sentence boundaries, a lone closing quote mark
belongs to the sentence before, and hard-wrapped lines are not broken."""

from __future__ import annotations

import pytest

from eventwire.components.sentences import Sentences, paragraphs


@pytest.fixture(scope="module")
def sents(extractor):
    def _sents(text: str) -> list[str]:
        return [s.text.strip() for s in extractor.annotate({"text": text}).sents]

    return _sents


def test_the_component_runs_before_the_parser(extractor):
    names = extractor.nlp.pipe_names
    assert names.index("sentences") < names.index("parser")
    assert names.index("locations") < names.index("happenings") < names.index("claims")


def test_a_blank_line_is_a_boundary_even_without_a_full_stop(sents):
    text = ("Ministers agree on grain corridor after long talks\n\n"
            "The foreign ministers of Chad and Niger signed the accord on Monday.\n\n"
            "Officials from both sides welcomed it")
    assert sents(text) == ["Ministers agree on grain corridor after long talks",
                           "The foreign ministers of Chad and Niger signed the accord on Monday.",
                           "Officials from both sides welcomed it"]


def test_no_sentence_spans_paragraphs_or_is_only_whitespace(sents):
    text = ("The envoy arrived in Lisbon on Friday\n\n\n"
            "He met the prime minister the same day and the two men spoke for an hour\n\n"
            "  Reporters waited outside  \n\n")
    found = sents(text)
    assert len(found) == 3 and all(s and "\n\n" not in s for s in found)


def test_a_lone_closing_quote_belongs_to_the_sentence_before(sents):
    text = "The envoy told reporters: “We will come back with a better offer.”\n\nTalks resume next week."
    found = sents(text)
    assert [s for s in found if "offer" in s][0].endswith("offer.”") and found[-1] == "Talks resume next week."
    assert "”" not in found


@pytest.mark.parametrize("text", ["He thanked them for their “care and hospitality.”\n\nThe talks ended.",
                                  'He thanked them for their "care and hospitality." The talks ended.'])
def test_the_closing_mark_is_preset_as_no_sentence_start(extractor, text):
    doc = Sentences()(extractor.nlp.make_doc(text))  # before any parser
    mark = next(t for t in doc if t.text in "”\"" and t.i > 8)
    assert mark.is_sent_start is False
    assert next(t for t in doc if t.text == "The" and t.i > mark.i).is_sent_start is (text.count("\n") > 0 or None)


def test_a_straight_closing_quote_belongs_to_the_sentence_before(sents):
    text = 'The mayor said: "The bridge will open in May." The council agreed.'
    assert sents(text)[0] == 'The mayor said: "The bridge will open in May."'


def test_one_paragraph_per_line(sents):
    text = ("Flooding hits the coast\n"
            "Rescuers searched three villages on Tuesday\n"
            "The army sent boats to the area.")
    assert sents(text) == ["Flooding hits the coast", "Rescuers searched three villages on Tuesday",
                           "The army sent boats to the area."]


def test_hard_wrapped_lines_are_not_broken(sents):
    text = ("The committee voted on Tuesday to approve the\n"
            "budget that the finance minister had proposed in\n"
            "March after months of difficult talks with unions.")
    assert len(sents(text)) == 1


@pytest.mark.parametrize(
    ("text", "lines"),
    [("A headline\nThe first paragraph.\nThe second paragraph.", True),
     ("A sentence that goes on\nand on over\nthree lines.", False),
     ("One paragraph.\n\nAnother one.", False),
     ("No newline at all.", False)],
)
def test_which_single_newlines_are_paragraph_breaks(text, lines):
    assert Sentences().lines_are_paragraphs(text) is lines


def test_single_newline_modes_can_be_forced():
    text = "A sentence that goes on\nand on."
    assert Sentences("paragraph").lines_are_paragraphs(text)
    assert not Sentences("wrap").lines_are_paragraphs("A headline\nA paragraph.")


def test_paragraph_offsets():
    text = "\n  First one.  \n\nSecond\none.\n\n\n"
    assert [text[s:e] for s, e in paragraphs(text, False)] == ["First one.", "Second\none."]
    assert [text[s:e] for s, e in paragraphs(text, True)] == ["First one.", "Second", "one."]


def test_a_users_pipeline_gets_the_component_before_its_parser():
    from eventwire.pipeline import build, shipped_model_path

    nlp = build(str(shipped_model_path()))
    assert nlp.pipe_names.index("sentences") < nlp.pipe_names.index("parser")


@pytest.mark.parametrize("mark", ['"', "“"])
def test_an_opening_mark_is_preset_to_belong_to_the_sentence_after(extractor, mark):
    text = f"The minister spoke at length.\n\n{mark}We will not give up,{'”' if mark == '“' else mark} she said."
    doc = Sentences()(extractor.nlp.make_doc(text))
    opening = next(t for t in doc if t.text == mark)
    assert opening.is_sent_start is True and doc[opening.i + 1].is_sent_start is False
    closing = next(t for t in doc if t.text in '”"' and t.i > opening.i)
    assert closing.is_sent_start is False and closing.nbor().is_sent_start is False  # after a comma: no new sentence


def test_no_sentence_starts_inside_one_but_the_parser_keeps_the_rest(extractor):
    text = ("On 3 June 2024, two factions of the Workers Union (WU) clashed in Dhaka. Police came. "
            "\"Stop,\" he said (loudly). Then the U.S. envoy left\nthe town")
    doc = Sentences()(extractor.nlp.make_doc(text))
    preset = {t.text: t.is_sent_start for t in doc}
    assert preset["clashed"] is False and preset["two"] is False and preset["he"] is False
    assert preset["Police"] is None and preset["Then"] is None  # after final punctuation: the parser decides
    assert preset["the"] is None  # after a line break too
    assert [s.text for s in extractor.nlp(text).sents][0].endswith("clashed in Dhaka.")


@pytest.mark.parametrize(("text", "dateline"), [
    ("BEIJING, March 21 (Xinhua) -- Chinese authorities announced new measures.", "BEIJING, March 21 (Xinhua) --"),
    ("CESME, Turkey -- NATO defense ministers are discussing nuclear planning.", "CESME, Turkey --"),
    ("ISLAMABAD: The party chairman ridiculed the call.", "ISLAMABAD:"),
    ("NEW YORK (Reuters) - Stocks fell on Monday.", "NEW YORK (Reuters) -"),
])
def test_a_dateline_is_a_sentence_of_its_own(sents, text, dateline):
    assert sents(text) == [dateline, text[len(dateline):].strip()]


def test_a_dateline_after_a_headline_is_a_sentence_of_its_own(sents):
    text = "Russia and China sign a deal\n\nMOSCOW, May 2 (Reuters) - Russia and China signed a deal on Friday."
    assert sents(text) == ["Russia and China sign a deal", "MOSCOW, May 2 (Reuters) -",
                           "Russia and China signed a deal on Friday."]


@pytest.mark.parametrize("text", ["US: sanctions on Iran stay.", "Kim Jong Un - the leader - arrived.",
                                  "Issa: Hillary Clinton's honesty is in question."])
def test_a_speaker_or_a_name_is_no_dateline(sents, text):
    assert sents(text) == [text]


def test_a_datelines_place_is_not_the_speaker(extractor):
    from eventwire.record import Document

    text = "WASHINGTON, March 1 (Xinhua) -- Russia's foreign minister announced he would visit China."
    events = extractor(Document(id="t", text=text)).events
    assert events and all(e.actor is None or e.actor.country != "USA" for e in events)
