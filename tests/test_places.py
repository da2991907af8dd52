"""The places component and its gazetteer: toponyms found, resolved with a reason, demonyms as countries.
Sentences here are the tests' own."""

from __future__ import annotations

import pytest

from eventwire.resources.gazetteer import load_gazetteer, toponym_key


def places(record) -> dict[str, object]:
    return {p.text: p for p in record.places}


def test_toponym_key_folds_accents_case_hyphens_and_the():
    assert toponym_key("the Élysée-Palace") == "elysee palace"


def test_lookup_drops_division_designators():
    found = load_gazetteer().lookup("Helmand province")
    assert any(p.resolution == "admin1" and p.country == "AFG" for p in found)


def test_a_country_outranks_a_small_namesake():
    found = sorted(load_gazetteer().lookup("Mexico"), key=lambda p: -p.prior())
    assert found[0].resolution == "country" and found[0].country == "MEX"


def test_city_resolved_with_reason_and_coordinates(run):
    p = places(run("Talks between the two delegations opened in Geneva on Monday."))["Geneva"]
    assert (p.country, p.resolution, p.feature_class) == ("CHE", "city", "P")
    assert abs(p.lat - 46.2) < 0.2 and abs(p.lon - 6.15) < 0.2
    assert p.reason and 0 < p.confidence <= 1


def test_comma_qualifier_picks_the_namesake_in_that_division(run):
    found = places(run("The storm hit Paris, Texas, late on Friday."))
    assert found["Paris"].country == "USA" and found["Texas"].resolution == "admin1"
    assert "qualified by 'Texas'" in found["Paris"].reason


def test_the_article_context_does_not_beat_a_far_larger_city(run):
    text = "U.S. envoys arrived in Washington and then in New York. Later they met in Geneva."
    assert places(run(text))["Geneva"].country == "CHE"


def test_demonyms_are_countries_not_points(run):
    found = places(run("Russian and North Korean officials signed the deal."))
    assert found["Russian"].country == "RUS" and found["Russian"].resolution == "country"
    assert found["North Korean"].country == "PRK"


def test_abbreviated_division_after_a_city(run):
    found = places(run("The plant in Louisville, Ky., closed on Tuesday."))
    assert found["Ky."].name == "Kentucky" and found["Ky."].resolution == "admin1"


def test_alias_table_names_buildings_and_sites(run):
    found = places(run("Protesters gathered outside the White House on Saturday."))
    site = found["White House"]
    assert (site.resolution, site.country, site.feature_class) == ("facility", "USA", "S")


def test_short_words_and_months_are_not_places(run):
    record = run("Us and them. In August, the Mobile phone market grew in Nairobi.")
    assert not [p for p in record.places if p.text in ("Us", "August", "Mobile")]
    assert places(record)["Nairobi"].country == "KEN"  # the place the sentence does name is still found


def test_a_place_named_again_keeps_its_sense(run):
    text = "Shelling continued in Aleppo on Monday. Residents said Aleppo had no power."
    found = [p for p in run(text).places if p.text == "Aleppo"]
    assert len(found) == 2 and {p.country for p in found} == {"SYR"}


def test_a_toponym_inside_an_organization_name(run):
    found = places(run("The Kentucky State Police said the road was closed."))
    assert found.get("Kentucky") is not None and found["Kentucky"].resolution == "admin1"


@pytest.mark.parametrize("size", [15000])
def test_gazetteer_size_is_configurable(size):
    small, default = load_gazetteer(size), load_gazetteer()
    assert len(small.names) < len(default.names)


def test_gazetteer_cache_is_written_read_and_rebuilt_when_broken(tmp_path, monkeypatch):
    monkeypatch.setenv("EVENTWIRE_CACHE", str(tmp_path))
    build = load_gazetteer.__wrapped__  # past the per-process cache
    first = build(15000)
    files = list(tmp_path.glob("gazetteer-15000-*.pickle"))
    assert len(files) == 1
    again = build(15000)
    assert len(again.names) == len(first.names) and again.lookup("Geneva") == first.lookup("Geneva")
    files[0].write_bytes(b"not a pickle")
    rebuilt = build(15000)
    assert len(rebuilt.names) == len(first.names)


def test_ontonotes_labels_of_other_pipelines():
    """spaCy's English models tag GPE, FAC and NORP: places reads them as it reads LOC and MISC."""
    from spacy.tokens import Span

    from eventwire.pipeline import load

    nlp = load()
    doc = nlp.make_doc("Turkish troops crossed into Syria near the Incirlik base.")
    for name, proc in nlp.pipeline:
        if name == "ner":
            doc.ents = [Span(doc, 0, 1, label="NORP"), Span(doc, 4, 5, label="GPE")]
        elif name != "places":
            doc = proc(doc) if name not in ("events", "claims") else doc
    doc = nlp.get_pipe("places")(doc)
    found = {s.text: s._.place for s in doc.spans["places"]}
    assert found["Turkish"]["country"] == "TUR" and found["Turkish"]["resolution"] == "country"
    assert found["Syria"]["country"] == "SYR"


def test_a_person_named_in_full_before_is_no_place(run):
    record = run("Senator Ted Cruz spoke in Texas on Monday. Later Trump and Cruz clashed again.")
    assert "Texas" in places(record) and not [p for p in record.places if p.text == "Cruz"]


def test_an_acronym_is_no_city(run):
    record = run("The plans were warmly welcomed by NATO allies.")
    assert "NATO" not in places(record)
    assert [e.label for e in record.entities if e.text == "NATO"] == ["ORG"]  # still found, as an organization


def test_a_place_entity_the_gazetteer_does_not_know_is_kept_only_when_asked():
    from spacy.tokens import Span

    from eventwire.components.places import PlaceFinder
    from eventwire.pipeline import load
    from eventwire.resources.gazetteer import load_place_cues

    nlp = load()
    text = "Fighting spread from Qarvenzia Heights to Aleppo on Sunday."
    doc = nlp.make_doc(text)
    for name, proc in nlp.pipeline:
        if name == "ner":
            doc.ents = [Span(doc, 3, 5, label="LOC"), Span(doc, 6, 7, label="LOC")]
        elif name not in ("places", "events", "claims", "locations", "happenings"):
            doc = proc(doc)
    found = {s.text for s in nlp.get_pipe("places")(doc).spans["places"]}
    assert "Aleppo" in found and "Qarvenzia Heights" not in found
    keeping = PlaceFinder(nlp.get_pipe("places").gazetteer, load_place_cues(), keep_unresolved=True)
    kept = {s.text: s._.place for s in keeping(doc).spans["places"]}
    assert kept["Qarvenzia Heights"]["lat"] is None and "not in the gazetteer" in kept["Qarvenzia Heights"]["reason"]
