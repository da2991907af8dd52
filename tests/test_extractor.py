"""The Python API: eventwire.extract() and Extractor.pipe (texts, dicts and Documents in, one Record or Failure
out per input, in order), per-document failure isolation, and a saved pipeline loading in a fresh process."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys

import pytest
from spacy.language import Language

import eventwire
from eventwire.errors import EventwireError
from eventwire.record import Document, Failure, Record

AID = "Mexico sent humanitarian aid to Cuba on Tuesday."
TALKS = "The foreign ministers of Japan and South Korea met in Seoul on Monday to discuss trade."
FRENCH = ("Le ministre a d\u00e9clar\u00e9 mardi que le gouvernement allait discuter avec l'opposition la semaine "
          "prochaine et que les n\u00e9gociations continueraient.")


def test_extract_codes_a_text_with_its_publication_date():
    record = eventwire.extract(AID, published="2024-03-10", title="Aid", doc_id="aid-1")
    assert isinstance(record, Record)
    assert (record.document.id, record.document.title) == ("aid-1", "Aid")
    event = record.events[0]
    assert (event.actor.country, event.recipient.country, event.cameo) == ("MEX", "CUB", "073")
    assert event.date == "2024-03-05"  # the Tuesday before Sunday 2024-03-10


def test_extract_refuses_bad_text_with_a_coded_error():
    with pytest.raises(EventwireError) as info:
        eventwire.extract("   ")
    assert info.value.code == "E001"


def test_pipe_takes_texts_dicts_and_documents_and_keeps_their_order(extractor):
    items = [
        AID,
        {"text": TALKS, "published": "2024-03-12", "id": "talks"},
        Document(id="doc-3", text=AID, published=dt.date(2024, 3, 10)),
    ]
    results = list(extractor.pipe(items, batch_size=2))
    assert [type(r) for r in results] == [Record, Record, Record]
    assert results[1].document.id == "talks" and results[1].document.published == dt.date(2024, 3, 12)
    assert results[0].document.published is None and results[0].events[0].date is None
    assert results[2].events[0].date == "2024-03-05"
    assert any(e.cameo.startswith("04") and {e.actor.country, e.recipient.country} == {"JPN", "KOR"}
               for e in results[1].events)


def test_pipe_runs_the_input_checks_and_goes_on(extractor):
    items = ["", FRENCH, "\x00\x01binary\x00" * 10, {"title": "no text"}, 42, AID]
    results = list(extractor.pipe(items))
    assert len(results) == len(items)
    assert [r.code for r in results[:5]] == ["E001", "E004", "E002", "E007", "E017"]
    assert "<input 2>" in results[1].message and "fr" in results[1].message
    assert isinstance(results[5], Record) and results[5].events


def test_pipe_passes_failures_of_sources_through_in_place(extractor, tmp_path):
    from eventwire import sources

    good = tmp_path / "aid.txt"
    good.write_text(AID)
    results = list(extractor.pipe(sources.iter_documents([str(tmp_path / "missing.txt"), str(good)])))
    assert isinstance(results[0], Failure) and results[0].code == "E011"
    assert isinstance(results[1], Record) and results[1].document.id == "aid"


def test_pipe_on_two_processes_gives_what_one_gives_in_input_order(extractor):
    items = [AID, "", {"text": TALKS, "published": "2024-03-12", "id": "talks"}, 42] * 5  # over two chunks each
    one = list(extractor.pipe(items))
    two = list(extractor.pipe(items, n_process=2))
    assert [r.model_dump() for r in two] == [r.model_dump() for r in one]
    assert [type(r) for r in two[:4]] == [Record, Failure, Record, Failure] and two[2].document.id == "talks"


def test_pipe_on_processes_needs_a_pipeline_each_can_load():
    from eventwire import pipeline
    from eventwire.extract import Extractor

    with pytest.raises(EventwireError) as info:
        next(Extractor(pipeline.build()).pipe([AID], n_process=2))
    assert info.value.code == "E042" and "package name or path" in info.value.message


@Language.component("explodes_on_boom")
def explodes_on_boom(doc):
    if "BOOM" in doc.text:
        raise RuntimeError("a component failed")
    return doc


def test_an_error_inside_the_pipeline_fails_only_that_document():
    from eventwire import pipeline
    from eventwire.extract import Extractor

    nlp = pipeline.build()  # a pipeline of its own: the shared one stays as it is
    nlp.add_pipe("explodes_on_boom", before="events")
    extractor = Extractor(nlp)
    results = list(extractor.pipe([AID, "BOOM. " + AID, TALKS], batch_size=3))
    assert isinstance(results[0], Record) and isinstance(results[2], Record)
    assert isinstance(results[1], Failure) and results[1].code == "E015"
    assert "explodes_on_boom" in results[1].message and "a component failed" in results[1].message
    with pytest.raises(EventwireError) as info:
        extractor("BOOM. " + AID)
    assert info.value.code == "E015"


def test_a_saved_pipeline_loads_in_a_fresh_process_without_importing_eventwire(extractor, tmp_path):
    extractor.nlp.to_disk(tmp_path / "pipeline")
    script = (
        "import sys, spacy\n"
        f"nlp = spacy.load({str(tmp_path / 'pipeline')!r})\n"
        f"doc = nlp({AID!r})\n"
        "print(nlp.pipe_names[-10:], nlp.pipe_names.index('sentences') < nlp.pipe_names.index('parser'))\n"
        "print([(e['cameo'], e['actor']['country'], e['recipient']['country']) for e in doc._.events])\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, timeout=300, env=env,
                            cwd=tmp_path)
    assert result.returncode == 0, result.stderr
    names, events = result.stdout.strip().splitlines()
    components = ["known_lemmas", "actors", "times", "quotes", "places", "event_types", "events", "locations",
                  "happenings", "claims"]
    assert names == f"{components} True"  # and 'sentences' before the parser
    assert events == str([("073", "MEX", "CUB")])
