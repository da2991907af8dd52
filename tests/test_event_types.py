"""The trained event type model and how `events` combines it with the dictionary: the sentence view it reads, the
probabilities it gives, and the three ways it acts (types where the dictionary has no code, proposes where the
dictionary found nothing, doubts a dictionary type). Sentences here are the tests' own."""

from __future__ import annotations

import datetime as dt

import pytest

from eventwire.errors import EventwireError
from eventwire.record import Document
from eventwire.resources.codebook import load_codebook

TYPES = {kind for kind, _, _ in load_codebook().plover.values() if kind}


@pytest.fixture(scope="module")
def nlp():
    from eventwire.extract import Extractor

    return Extractor().nlp


def annotate_until_events(nlp, text: str):
    """The Doc as the events component receives it (every component before it has run)."""
    doc = nlp.make_doc(text)
    doc._.published = dt.date(2024, 3, 10)
    for name, component in nlp.pipeline:
        if name == "events":
            return doc
        doc = component(doc)
    raise AssertionError("no events component")


def only(kind: str, p: float) -> dict[str, float]:
    return {t: (p if t == kind else 0.01) for t in TYPES}


def test_every_sentence_gets_a_probability_for_each_type(nlp):
    doc = nlp("Mexico sent humanitarian aid to Cuba.\n\nThe weather in Lisbon was mild on Sunday.")
    assert len(doc._.event_types) == len(list(doc.sents)) == 2
    for probabilities in doc._.event_types:
        assert set(probabilities) == TYPES
        assert all(0.0 <= p <= 1.0 for p in probabilities.values())
    aid, weather = doc._.event_types
    assert max(aid.values()) > max(weather.values())  # an act between two states reads more like an event


def test_the_view_masks_actors_and_adds_the_dictionary_types(nlp):
    doc = annotate_until_events(nlp, "Russian troops shelled three villages near Kharkiv.")
    view = nlp.get_pipe("event_types").model.view(next(doc.sents))
    assert view[0] == "ACTOR" and "troops" not in view  # 'Russian troops' is one actor mention
    assert "shell" in view
    after = view[view.index("shell") + 1:]
    assert any(word.endswith("ASSAULT") for word in after[:3])  # the dictionary's reading of 'shell'


def test_the_model_types_an_event_the_dictionary_cannot_code(nlp):
    text = "Serbian police roughed up Albanian students."
    doc = annotate_until_events(nlp, text)
    events = nlp.get_pipe("events")
    doc._.event_types = [only("ASSAULT", 0.9)]
    coded = events(doc)._.events
    assert [(e["actor"]["country"], e["recipient"]["country"], e["cameo"]) for e in coded] == [("SRB", "ALB", "180")]
    assert coded[0]["coded_by"].startswith("type model: ASSAULT (p=0.90)")
    assert coded[0]["confidence"] <= 0.9

    doc = annotate_until_events(nlp, text)
    doc._.event_types = [only("ASSAULT", 0.3)]  # not sure enough: nothing coded, and the miss says why
    done = events(doc)
    assert done._.events == []
    assert any("type model: at most ASSAULT (p=0.30)" in r for r in done._.event_misses[0]["reasons"])


def test_the_model_code_is_the_triggers_own_code_of_that_type(nlp):
    doc = annotate_until_events(nlp, "Iran praised Iraq.")  # 'praise' is a dictionary verb with SUPPORT codes
    doc._.event_types = [only("SUPPORT", 0.9)]
    kept = nlp.get_pipe("events")(doc)._.events
    assert kept and all(e["event_type"] == "SUPPORT" for e in kept)
    assert "type model" not in kept[0]["coded_by"]  # the dictionary coded it; the model agreed


def test_a_dictionary_type_the_model_rules_out_loses_confidence_and_gets_the_models_reading_beside_it(nlp):
    text = "Germany praised France for its reforms."
    plain = annotate_until_events(nlp, text)
    plain._.event_types = [only("SUPPORT", 0.9)]
    trusted = nlp.get_pipe("events")(plain)._.events
    doubted_doc = annotate_until_events(nlp, text)
    doubted_doc._.event_types = [only("ASSAULT", 0.9)]
    dictionary, model = nlp.get_pipe("events")(doubted_doc)._.events
    assert len(trusted) == 1 and dictionary["cameo"] == trusted[0]["cameo"]  # the dictionary's code stands
    assert dictionary["confidence"] == round(trusted[0]["confidence"] / 2, 2)
    assert "the type model doubts SUPPORT" in dictionary["coded_by"]
    # the model's reading: same parties, the type's general code ('praise' has no ASSAULT code), ranked below
    assert (model["event_type"], model["cameo"], model["trigger"]) == ("ASSAULT", "180", dictionary["trigger"])
    assert (model["actor"], model["recipient"]) == (dictionary["actor"], dictionary["recipient"])
    assert model["confidence"] < dictionary["confidence"] and model["coded_by"].startswith("type model")


def test_a_type_the_model_learned_from_few_sentences_is_the_dictionarys(nlp):
    doc = annotate_until_events(nlp, "Mexico sent humanitarian aid to Cuba.")
    doc._.event_types = [only("ASSAULT", 0.9)]  # AID: 11 training sentences
    events = nlp.get_pipe("events")(doc)._.events
    assert [(e["cameo"], "doubts" in e["coded_by"]) for e in events] == [("073", False)]


@pytest.mark.parametrize("text", ["Russia attacked Ukraine.", "The army attacked the village.",
                                  "Police attacked the rebels."])
def test_violence_between_states_or_with_an_armed_party_is_not_doubted(nlp, text):
    doc = annotate_until_events(nlp, text)
    doc._.event_types = [only("ACCUSE", 0.95)]
    events = nlp.get_pipe("events")(doc)._.events
    assert [(e["event_type"], "doubts" in e["coded_by"]) for e in events] == [("ASSAULT", False)]


def test_a_type_of_the_same_quad_class_does_not_doubt_the_dictionary(nlp):
    doc = annotate_until_events(nlp, "Washington warned Beijing against an invasion of Taiwan.")
    doc._.event_types = [only("ACCUSE", 0.95)]  # verbal conflict, as THREATEN is
    events = nlp.get_pipe("events")(doc)._.events
    assert [(e["event_type"], "doubts" in e["coded_by"]) for e in events] == [("THREATEN", False)]


def test_words_between_people_may_be_doubted(nlp):
    doc = annotate_until_events(nlp, "The senator attacked the president.")
    doc._.event_types = [only("ACCUSE", 0.95)]
    events = nlp.get_pipe("events")(doc)._.events
    assert "the type model doubts" in events[0]["coded_by"] and events[-1]["event_type"] == "ACCUSE"


def test_a_bare_statement_is_the_act_the_model_is_sure_it_reports(nlp):
    text = "Ryan said Obama's words amount to a form of intimidation."
    plain = annotate_until_events(nlp, text)
    plain._.event_types = [only("ACCUSE", 0.2)]
    assert [e["cameo"] for e in nlp.get_pipe("events")(plain)._.events] == ["010"]  # unsure: the statement stands
    sure = annotate_until_events(nlp, text)
    sure._.event_types = [only("ACCUSE", 0.8)]
    (event,) = nlp.get_pipe("events")(sure)._.events
    assert (event["event_type"], event["cameo"], event["trigger"]) == ("ACCUSE", "110", "said")
    assert event["actor"]["text"] == "Ryan" and event["coded_by"].startswith("type model: ACCUSE")
    specific = annotate_until_events(nlp, "Putin expressed his condolences to the British people.")
    specific._.event_types = [only("ACCUSE", 0.8)]
    assert [e["cameo"] for e in nlp.get_pipe("events")(specific)._.events] == ["018"]  # a specific statement stays


def test_combine_chooses_who_types_events():
    from eventwire.extract import Extractor

    text = "Serbian police roughed up Albanian students. Mexico sent humanitarian aid to Cuba."
    document = Document(id="t", text=text, published=dt.date(2024, 3, 10))
    dictionary = Extractor(combine="dictionary")(document)
    assert all("type model" not in e.coded_by for e in dictionary.events)
    assert any(e.cameo == "073" for e in dictionary.events)
    with pytest.raises(EventwireError) as info:
        Extractor(combine="oracle")
    assert info.value.code == "E018" and "dictionary" in str(info.value)


def test_the_model_proposes_nothing_where_the_dictionary_refused_a_negated_or_denied_act(nlp):
    doc = annotate_until_events(nlp, "Kenya denied that its troops attacked Somalia.")
    doc._.event_types = [only("ACCUSE", 0.95)]
    done = nlp.get_pipe("events")(doc)
    assert done._.events == []
    assert "type model not asked: the sentence negates or denies an act" in done._.event_misses[0]["reasons"]


def test_the_view_never_gives_the_model_an_empty_word(nlp):
    doc = annotate_until_events(nlp, "The talks were ongoing in Geneva.")
    for token in doc:
        token.lemma_ = ""  # the lemmatizer leaves some fragments ('ing') without a lemma
    view = nlp.get_pipe("event_types").model.view(next(doc.sents))
    assert view and all(word.strip() for word in view)
    assert len(nlp.get_pipe("event_types").model.probabilities([next(doc.sents)])) == 1
