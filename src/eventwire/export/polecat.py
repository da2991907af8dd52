"""POLECAT weekly files: 40 tab-separated columns with their header, "None" when missing, PLOVER-coded events only.

The columns and their order are the header line of POLECAT's weekly TSV files (Harvard Dataverse, as produced by
the NGEC coder; a few releases call Intensity "Event Intensity"). POLECAT writes a missing value "None", and so does
this export. Events without a PLOVER type (CAMEO 01 and 02) are left out, as POLECAT has none. What eventwire puts
in the columns:
- Event ID: eventwire's event id. Event Date: the event's day, else the article's publication date.
- Event Type, Event Mode, Contexts: PLOVER, as coded. Intensity: the CAMEO code's Goldstein score (eventwire has
  no PLOVER intensity). Quad Code: VERBAL COOPERATION, MATERIAL COOPERATION, VERBAL CONFLICT or MATERIAL CONFLICT.
- Actor (eventwire's source) and Recipient (target): Name; Country, the GeoNames name of its ISO3 country;
  Primary Sector and Sectors, its PLOVER sector; Name Raw, the words of the mention. COW codes, titles and
  Wikipedia ids are not coded by eventwire and are "None".
- Placename, City (a city's name), District (a second-level division's), Province, Country (ISO3), Latitude,
  Longitude, GeoNames ID: the event's place. Raw Placename and Feature Type are not stored with events: "None".
- Source: the article's outlet. Story People, Story Organizations, Story Locations: the article's named entities,
  "; "-separated. Language: the article's. Version: eventwire's.
"""

from __future__ import annotations

from eventwire import __version__
from eventwire.export.text import Event, iso_day, tab_separated
from eventwire.resources.fips import load_fips

COLUMNS = ["Event ID", "Event Date", "Event Type", "Event Mode", "Intensity", "Quad Code", "Contexts", "Actor Name",
           "Actor Country", "Actor COW", "Primary Actor Sector", "Actor Sectors", "Actor Title", "Actor Name Raw",
           "Wikipedia Actor ID", "Recipient Name", "Recipient Country", "Recipient COW", "Primary Recipient Sector",
           "Recipient Sectors", "Recipient Title", "Recipient Name Raw", "Wikipedia Recipient ID", "Placename", "City",
           "District", "Province", "Country", "Latitude", "Longitude", "GeoNames ID", "Raw Placename", "Feature Type",
           "Source", "Publication Date", "Story People", "Story Organizations", "Story Locations", "Language",
           "Version"]
QUADS = {1: "VERBAL COOPERATION", 2: "MATERIAL COOPERATION", 3: "VERBAL CONFLICT", 4: "MATERIAL CONFLICT"}


def row(event: Event) -> list[object] | None:
    """The 40 values of an event; None for an event without a PLOVER type."""
    if not event["event_type"]:
        return None
    resolution, place = event["place_resolution"], event["place_name"]
    return [event["event_id"], iso_day(event["event_date"]), event["event_type"], event["mode"], event["goldstein"],
            QUADS.get(event["quad_class"]), event["context"], *party(event, "source"), *party(event, "target"),
            place, place if resolution == "city" else None, place if resolution == "admin2" else None,
            event["place_admin1"], event["place_country"], event["lat"], event["lon"], event["geonameid"], None, None,
            event["outlet"], iso_day(event["published"]), event["story_people"], event["story_organizations"],
            event["story_locations"], event["language"], f"eventwire {__version__}"]


def party(event: Event, side: str) -> list[object]:
    """Name, country, COW code, primary sector, sectors, title, raw name and Wikipedia id of an actor."""
    sector = event[f"{side}_sector"]
    return [event[f"{side}_name"], load_fips().name(event[f"{side}_country"]), None, sector, sector, None,
            event[f"{side}_text"], None]


FORMAT = tab_separated(COLUMNS, row, missing="None")
