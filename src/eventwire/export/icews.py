"""ICEWS coded events: the 20 tab-separated columns of the ICEWS event files, with their header, "NA" when missing.

The columns and their order are those of the ICEWS events sample shipped with the icews R package
(events.2018.sample.tab, from ICEWS on the Harvard Dataverse), which also writes a missing value "NA". What eventwire
puts in them:
- Event ID and Story ID: the first 63 bits of the MD5 digest of eventwire's event id and article id (stable across
  exports and stores). Sentence Number counts from 1, as ICEWS does.
- Event Date: the event's day, else the article's publication date, YYYY-MM-DD.
- Source/Target Name: the actor's name; Source/Target Sectors: its PLOVER sector code (GOV, MIL, CVL, ...), since
  ICEWS' own sector names come from its actor dictionary, which eventwire does not have; Source/Target Country: the
  GeoNames name of its country (ICEWS writes names).
- Event Text and CAMEO Code: the CAMEO name and code (eventwire's names are ICEWS', from the same R package);
  Intensity: the code's Goldstein score, as ICEWS has it.
- Publisher: the article's outlet. City, District, Province, Country, Latitude, Longitude: the event's place (its
  name is the City of a city, the District of a second-level division).
"""

from __future__ import annotations

from eventwire.export.text import Event, iso_day, number, tab_separated
from eventwire.resources.fips import load_fips

COLUMNS = ["Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text", "CAMEO Code",
           "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID", "Sentence Number", "Publisher",
           "City", "District", "Province", "Country", "Latitude", "Longitude"]


def row(event: Event) -> list[object]:
    """The 20 values of an event."""
    country = load_fips().name
    resolution, place, goldstein = event["place_resolution"], event["place_name"], event["goldstein"]
    return [number(event["event_id"]), iso_day(event["event_date"]),
            event["source_name"], event["source_sector"], country(event["source_country"]),
            event["cameo_name"], event["cameo"], None if goldstein is None else f"{goldstein:g}",
            event["target_name"], event["target_sector"], country(event["target_country"]),
            number(event["doc_id"]), event["sentence"] + 1, event["outlet"],
            place if resolution == "city" else None, place if resolution == "admin2" else None,
            event["place_admin1"], country(event["place_country"]), event["lat"], event["lon"]]


FORMAT = tab_separated(COLUMNS, row, missing="NA")
