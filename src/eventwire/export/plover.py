"""PLOVER JSON lines: one event a line with the named fields of the PLOVER manual's Data Fields chapter.

Fields (PLOVER_MANUAL.tex, "Data Fields", tables PLOVER JSON, entities, text, citations and location): id, date
(the event's day, else the article's publication date), actor and recipient (lists of one entity: code, sector,
entity_text, identifier_text), event (the PLOVER type), event_text (the trigger), quad_code, event_scale (the CAMEO
code's Goldstein score: eventwire has no PLOVER scale), mode, context, link (the id of the happening's first report:
events linked across articles), text_info (sentence number and the trigger's character offsets), cite_info (url,
title, language, publication, coder, codebook), event_loc (resolved_place, geonameid, lat, lon, city, district,
province, country, country_code, resolution 1 country .. 5 sub-city), coder, coded_date and coded_time (when the
article was ingested, UTC). As the manual allows, the records add GDELT's counts: num_mentions, num_articles,
num_sources. An entity's code is its ISO3 country, else the PLOVER code of an international actor (UNO, EUR, IGO,
ISM, IMG, MNC, NGO) read from its CAMEO code. Events without a PLOVER type (CAMEO 01 and 02) are left out: PLOVER
requires one.
"""

from __future__ import annotations

import json

from eventwire import __version__
from eventwire.export.text import Event, TextFormat, iso_day
from eventwire.resources.fips import load_fips

INTERNATIONAL = {"UNO": "UNO", "EEC": "EUR", "IGO": "IGO", "NGM": "ISM", "IMG": "IMG", "MNC": "MNC", "NGO": "NGO"}
RESOLUTIONS = {"country": 1, "admin1": 2, "admin2": 3, "city": 4, "facility": 5}
CODEBOOK = "PLOVER 0.8"  # the manual's version (16 event types)


def record(event: Event) -> dict[str, object] | None:
    """The PLOVER record of an event; None for an event without a PLOVER type."""
    if not event["event_type"]:
        return None
    coder = f"eventwire {__version__}"
    added = event["ingested_at"]
    return {
        "id": event["event_id"], "date": iso_day(event["event_date"]),
        "actor": entities(event, "source"), "recipient": entities(event, "target"), "event": [event["event_type"]],
        "event_loc": location(event), "event_text": [event["trigger"]], "quad_code": event["quad_class"],
        "event_scale": event["goldstein"], "mode": [m for m in [event["mode"]] if m],
        "context": [c for c in [event["context"]] if c], "link": event["merged_id"],
        "text_info": {"sequence": event["sentence"], "start": event["start"], "end": event["end"]},
        "cite_info": {"url": event["url"], "title": event["title"], "language": event["language"],
                      "publication": event["outlet"], "coder": coder, "codebook": CODEBOOK},
        "coder": coder, "coded_date": iso_day(added.date()) if added else None,
        "coded_time": added.time().isoformat(timespec="seconds") if added else None,
        "num_mentions": event["num_mentions"], "num_articles": event["num_articles"],
        "num_sources": event["num_sources"],
    }


def entities(event: Event, side: str) -> list[dict[str, object]]:
    """The actor (or recipient) as a list of PLOVER entity objects: empty when the text leaves it unstated."""
    if not event[f"{side}_name"]:
        return []
    return [{"code": entity_code(event[f"{side}_country"], event[f"{side}_code"]), "sector": event[f"{side}_sector"],
             "entity_text": event[f"{side}_text"], "identifier_text": event[f"{side}_name"]}]


def entity_code(country: str | None, code: str | None) -> str | None:
    """An entity's ISO3 country, else the PLOVER code of the international actor its CAMEO code names."""
    if country:
        return country
    parts = [(code or "")[i : i + 3] for i in range(0, len(code or "") - 2, 3)]
    found = [INTERNATIONAL[p] for p in parts if p in INTERNATIONAL]
    named = [f for f in found if f in ("UNO", "EUR")]  # the UN and the EU before the generic IGO
    return (named or found or [None])[0]


def location(event: Event) -> dict[str, object] | None:
    """The event's place as a PLOVER location object."""
    if not event["place_name"]:
        return None
    resolution, place = event["place_resolution"], event["place_name"]
    return {"resolved_place": place, "geonameid": event["geonameid"], "lat": event["lat"], "lon": event["lon"],
            "city": place if resolution == "city" else None, "district": place if resolution == "admin2" else None,
            "province": event["place_admin1"], "country": load_fips().name(event["place_country"]),
            "country_code": event["place_country"], "resolution": RESOLUTIONS.get(resolution)}


def line(event: Event) -> str | None:
    found = record(event)
    return None if found is None else json.dumps(found, ensure_ascii=False)


FORMAT = TextFormat(None, line)
