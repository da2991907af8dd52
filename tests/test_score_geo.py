"""The geoparsing scorer on hand-made gold and a fake extractor: span P/R/F, acc@161 km and distances."""

from __future__ import annotations

import datetime as dt
import math

from eventwire.evaluate import score_geo
from eventwire.formats.geogold import GeoDoc, GoldToponym
from eventwire.record import Document, Place
from eventwire.resources.geodesy import EARTH_RADIUS_KM

KM_PER_DEGREE = math.pi * EARTH_RADIUS_KM / 180  # along a meridian


def north(lat: float, km: float) -> float:
    return lat + km / KM_PER_DEGREE


def place(text: str, fragment: str, lat: float | None, lon: float | None) -> dict:
    start = text.index(fragment)
    return {"text": fragment, "start": start, "end": start + len(fragment), "lat": lat, "lon": lon}


GWN_TEXT = "Troops left Kyiv for Kharkiv, Odesa and Lviv."
TR_TEXT = "Ankara protested."
GOLD = [
    GeoDoc("GWN:0", GWN_TEXT, None, [
        GoldToponym(12, 16, "Kyiv", 50.45, 30.52),
        GoldToponym(21, 28, "Kharkiv", 49.99, 36.23),
        GoldToponym(30, 35, "Odesa", 46.48, 30.72),
        GoldToponym(40, 44, "Lviv", 49.84, 24.03),
    ]),
    GeoDoc("TR-News:1", TR_TEXT, dt.date(2016, 12, 19), [GoldToponym(0, 6, "Ankara", 39.92, 32.85)]),
]
PLACES = {
    # Kyiv exact, 100 km off; Kharkiv by a part of it, 500 km off; Odesa exact but unresolved; Troops is no place;
    # Lviv is missed.
    "GWN:0": [
        place(GWN_TEXT, "Kyiv", north(50.45, 100), 30.52),
        place(GWN_TEXT, "Khark", north(49.99, 500), 36.23),
        place(GWN_TEXT, "Odesa", None, None),
        place(GWN_TEXT, "Troops", 0.0, 0.0),
    ],
    "TR-News:1": [place(TR_TEXT, "Ankara", 39.92, 32.85)],
}


def test_geo_scores_by_hand(fake_extractor):
    seen: list[Document] = []
    scores = score_geo.score_gold(GOLD, fake_extractor({k: {"places": v} for k, v in PLACES.items()}, seen))
    assert [(d.id, d.text, d.published) for d in seen] == [(g.id, g.text, g.published) for g in GOLD]
    gwn = scores["corpora"]["GWN"]
    assert (gwn["documents"], gwn["gold"], gwn["predicted"], gwn["resolved"]) == (1, 4, 4, 2)
    assert gwn["toponym"] == {"p": 75.0, "r": 75.0, "f": 75.0}
    assert gwn["toponym_strict"] == {"p": 50.0, "r": 50.0, "f": 50.0}
    assert gwn["acc161"] == 33.33 and gwn["acc161_all"] == 25.0
    assert gwn["mean_km"] == 300.0 and gwn["median_km"] == 300.0
    tr = scores["corpora"]["TR-News"]
    assert tr["toponym"]["f"] == 100.0 and tr["acc161"] == 100.0 and tr["mean_km"] == 0.0
    assert (scores["documents"], scores["gold"], scores["predicted"]) == (2, 5, 5)
    assert scores["toponym"]["f"] == 80.0 and scores["toponym_strict"]["f"] == 60.0
    assert scores["acc161"] == 50.0 and scores["acc161_all"] == 40.0
    assert scores["mean_km"] == 200.0 and scores["median_km"] == 100.0
    assert list(scores["corpora"]) == ["GWN", "TR-News"]


def test_no_resolved_places_give_no_distances(fake_extractor):
    only_kyiv = {"GWN:0": {"places": [place(GWN_TEXT, "Kyiv", None, None)]}}
    scores = score_geo.score_gold(GOLD[:1], fake_extractor(only_kyiv))
    assert scores["toponym"]["r"] == 25.0 and scores["resolved"] == 0
    assert scores["acc161"] == 0.0 and scores["mean_km"] is None


def test_a_place_is_matched_to_one_toponym():
    toponyms = [GoldToponym(0, 8, "New York", 40.71, -74.01), GoldToponym(4, 12, "York City", 40.71, -74.01)]
    new_york = Place.model_validate(place("New York City", "New York", 40.71, -74.01))
    matched, exact, km = score_geo.match(toponyms, [new_york])
    assert (matched, exact, km) == (1, 1, [0.0])
