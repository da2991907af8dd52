"""The claims component: stated distances and stays checked against the article's own places and dates.
Sentences here are the tests' own."""

from __future__ import annotations

from eventwire.resources.geodesy import distance_km


def only(record, kind: str):
    found = [c for c in record.claims if c.kind == kind]
    assert len(found) == 1, record.claims
    return found[0]


def test_great_circle_distance_is_symmetric_and_known():
    assert distance_km(0, 0, 0, 1) == distance_km(0, 1, 0, 0)
    assert abs(distance_km(48.8566, 2.3522, 51.5074, -0.1278) - 344) < 5  # Paris-London


def test_a_hedged_distance_within_tolerance_is_consistent(run):
    claim = only(run("The talks took place in Geneva, some 400 km from Paris."), "distance")
    assert claim.verdict == "consistent" and claim.unit == "km" and claim.stated == 400
    assert abs(claim.computed - 410) < 15 and "Geneva" in claim.compared and "Paris" in claim.compared


def test_a_longer_stated_distance_differs_and_says_it_may_be_a_route(run):
    claim = only(run("Officials met in Madrid, about 2,000 kilometers from Paris."), "distance")
    assert claim.verdict == "differs" and claim.stated == 2000 and claim.computed < 1100
    assert "road" in claim.note


def test_miles_are_converted_and_bounds_respected(run):
    claim = only(run("The ship sank off Tripoli, more than 300 miles from Valletta."), "distance")
    assert abs(claim.stated - 482.8) < 1 and "miles" in claim.note
    assert claim.verdict == "differs"  # Tripoli-Valletta is about 350 km


def test_a_distance_from_a_country_cannot_be_checked(run):
    claim = only(run("Troops gathered in Brazil, about 500 km from Lima."), "distance")
    assert claim.verdict == "unverifiable" and claim.computed is None and "country" in claim.compared


def test_a_stay_matches_the_dates_of_what_its_holder_did(run):
    text = "Macron spent four days in Germany. He arrived in Berlin on Monday and left on Thursday."
    claim = only(run(text, published="2024-03-08"), "duration")
    assert claim.verdict == "consistent" and claim.stated == 4 and claim.unit == "days"
    assert "2024-03-04" in claim.compared and "2024-03-07" in claim.compared


def test_a_stay_that_the_dates_contradict_differs(run):
    text = "Macron spent ten days in Germany. He arrived in Berlin on Monday and left on Thursday."
    claim = only(run(text, published="2024-03-08"), "duration")
    assert claim.verdict == "differs" and claim.computed == 4


def test_a_stay_without_dates_is_unverifiable(run):
    claim = only(run("Macron spent four days in Germany.", published="2024-03-08"), "duration")
    assert claim.verdict == "unverifiable" and claim.computed is None


def test_a_duration_without_a_holder_is_no_claim(run):
    record = run("The fighting lasted six days.", published="2024-03-08")
    assert not record.claims
    assert [(t.text, t.value) for t in record.times] == [("six days", "P6D")]  # the duration itself is found


def test_a_route_from_one_place_to_another(run):
    claim = only(run("Kim took the 9,000-kilometre rail journey from Moscow to Vladivostok."), "distance")
    assert claim.stated == 9000 and claim.verdict == "differs" and abs(claim.computed - 6420) < 100
    assert claim.compared.index("Moscow") < claim.compared.index("Vladivostok")


def test_a_distance_to_a_country_cannot_be_checked(run):
    claim = only(run("Troops massed in Belgorod, 50 km from Russia."), "distance")
    assert claim.verdict == "unverifiable" and "'Russia' is a country" in claim.compared
