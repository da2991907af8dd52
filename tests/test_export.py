"""`eventwire export`: every format written from one small store and read back with readers that are not
eventwire's (pandas with each format's published column list, the csv and json modules, pyarrow), checked for
columns, types and code lists, and against the store row by row (exports are ordered by date, then event id)."""

from __future__ import annotations

import csv
import json
import re
import subprocess
import sys
from pathlib import Path

import duckdb
import pandas as pd
import pyarrow.parquet as pq
import pytest

from eventwire.errors import EventwireError
from eventwire.export import export
from eventwire.ingest import ingest

ARTICLES = {
    "visit": ("WASHINGTON, April 11 (Wire) - U.S. President Joe Biden met Japanese Prime Minister Fumio Kishida in "
              "Washington on Tuesday. China's foreign ministry criticised the talks on Wednesday.", "2023-04-11",
              "https://wire.example/visit"),
    "retold": ("On Tuesday, U.S. President Joe Biden met Japanese Prime Minister Fumio Kishida at the White House, "
               "officials said.", "2023-04-12", "https://paper.example/retold"),
    "texas": ("Police arrested dozens of protesters in Texas on Friday. Thousands of protesters marched in Paris on "
              "Saturday against the pension reform.", "2023-04-15", "https://news.example/texas"),
    "sanctions": ("The European Union imposed new sanctions on Iran on Thursday over drone deliveries to Russia. "
                  "Russian forces shelled Kharkiv on Monday, Ukraine's military said.", "2023-04-20", None),
}

# the published column lists (GDELT Event Codebook V2.0; the ICEWS event files; POLECAT's weekly files)
GDELT = ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate", "Actor1Code", "Actor1Name",
         "Actor1CountryCode", "Actor1KnownGroupCode", "Actor1EthnicCode", "Actor1Religion1Code", "Actor1Religion2Code",
         "Actor1Type1Code", "Actor1Type2Code", "Actor1Type3Code", "Actor2Code", "Actor2Name", "Actor2CountryCode",
         "Actor2KnownGroupCode", "Actor2EthnicCode", "Actor2Religion1Code", "Actor2Religion2Code", "Actor2Type1Code",
         "Actor2Type2Code", "Actor2Type3Code", "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode",
         "QuadClass", "GoldsteinScale", "NumMentions", "NumSources", "NumArticles", "AvgTone", "Actor1Geo_Type",
         "Actor1Geo_FullName", "Actor1Geo_CountryCode", "Actor1Geo_ADM1Code", "Actor1Geo_ADM2Code", "Actor1Geo_Lat",
         "Actor1Geo_Long", "Actor1Geo_FeatureID", "Actor2Geo_Type", "Actor2Geo_FullName", "Actor2Geo_CountryCode",
         "Actor2Geo_ADM1Code", "Actor2Geo_ADM2Code", "Actor2Geo_Lat", "Actor2Geo_Long", "Actor2Geo_FeatureID",
         "ActionGeo_Type", "ActionGeo_FullName", "ActionGeo_CountryCode", "ActionGeo_ADM1Code", "ActionGeo_ADM2Code",
         "ActionGeo_Lat", "ActionGeo_Long", "ActionGeo_FeatureID", "DATEADDED", "SOURCEURL"]
ICEWS = ["Event ID", "Event Date", "Source Name", "Source Sectors", "Source Country", "Event Text", "CAMEO Code",
         "Intensity", "Target Name", "Target Sectors", "Target Country", "Story ID", "Sentence Number", "Publisher",
         "City", "District", "Province", "Country", "Latitude", "Longitude"]
POLECAT = ["Event ID", "Event Date", "Event Type", "Event Mode", "Intensity", "Quad Code", "Contexts", "Actor Name",
           "Actor Country", "Actor COW", "Primary Actor Sector", "Actor Sectors", "Actor Title", "Actor Name Raw",
           "Wikipedia Actor ID", "Recipient Name", "Recipient Country", "Recipient COW", "Primary Recipient Sector",
           "Recipient Sectors", "Recipient Title", "Recipient Name Raw", "Wikipedia Recipient ID", "Placename", "City",
           "District", "Province", "Country", "Latitude", "Longitude", "GeoNames ID", "Raw Placename", "Feature Type",
           "Source", "Publication Date", "Story People", "Story Organizations", "Story Locations", "Language",
           "Version"]
PLOVER_TYPES = {"AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST", "ACCUSE", "REJECT",
                "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT"}
QUADS = ["VERBAL COOPERATION", "MATERIAL COOPERATION", "VERBAL CONFLICT", "MATERIAL CONFLICT"]
FORMATS = {"gdelt": "tsv", "icews": "tab", "polecat": "txt", "plover": "jsonl", "parquet": "parquet", "csv": "csv"}


@pytest.fixture(scope="module")
def db(extractor, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("export")
    paths = []
    for name, (text, published, url) in ARTICLES.items():
        path = folder / f"{name}.json"
        path.write_text(json.dumps({"text": text, "published": published, "url": url, "title": name}),
                        encoding="utf-8")
        paths.append(str(path))
    store = folder / "corpus.duckdb"
    ingest(paths, store, model=extractor.nlp)
    return store


@pytest.fixture(scope="module")
def files(db) -> dict[str, Path]:
    written = {}
    for name, suffix in FORMATS.items():
        written[name] = db.parent / f"events.{suffix}"
        export(db, name, written[name])
    return written


def stored(db: Path, sql: str = "TRUE", table: str = "events") -> list[dict]:
    """The store's events (with their article's fields) in export order."""
    with duckdb.connect(str(db), read_only=True) as con:
        cursor = con.execute(f"""SELECT e.*, coalesce(e.day, d.published) AS event_date, d.url, d.source, d.outlet
                                 FROM {table} e JOIN documents d USING (doc_id) WHERE {sql}
                                 ORDER BY event_date, e.event_id""")
        names = [c[0] for c in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor.fetchall()]


def read_gdelt(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, sep="\t", header=None, names=GDELT, quoting=csv.QUOTE_NONE,
                       dtype={"EventCode": str, "EventBaseCode": str, "EventRootCode": str})


def test_gdelt_has_the_61_columns_codes_and_values_of_the_store(db, files):
    events = stored(db)
    assert events, "the articles give events"
    with open(files["gdelt"], encoding="utf-8", newline="") as handle:
        lines = list(csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE))
    assert len(lines) == len(events) and {len(line) for line in lines} == {61}, "no header, 61 columns a row"
    frame = read_gdelt(files["gdelt"])
    for column in ("GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "IsRootEvent", "QuadClass", "NumMentions",
                   "NumSources", "NumArticles", "DATEADDED"):
        assert frame[column].dtype == "int64", column
    for column in ("FractionDate", "GoldsteinScale", "ActionGeo_Lat", "ActionGeo_Long"):
        assert frame[column].dtype == "float64", column
    assert frame["GLOBALEVENTID"].is_unique and frame["GLOBALEVENTID"].between(0, 2**63 - 1).all()
    for row, event in zip(frame.to_dict("records"), events, strict=True):
        day = event["event_date"]
        assert row["SQLDATE"] == int(day.strftime("%Y%m%d")) and str(row["SQLDATE"]).startswith(str(row["MonthYear"]))
        assert row["Year"] == day.year and day.year <= row["FractionDate"] < day.year + 1
        assert re.fullmatch(r"\d{2}", row["EventRootCode"]) and row["EventCode"].startswith(row["EventBaseCode"])
        assert row["EventBaseCode"].startswith(row["EventRootCode"]) and len(row["EventBaseCode"]) == 3
        assert (row["EventCode"], row["EventRootCode"], row["QuadClass"]) == (
            event["cameo"], event["cameo_root"], event["quad_class"])
        assert row["QuadClass"] in (1, 2, 3, 4) and -10 <= row["GoldsteinScale"] <= 10
        assert row["GoldsteinScale"] == event["goldstein"] and row["IsRootEvent"] == int(event["root"])
        for side, n in (("source", 1), ("target", 2)):
            assert blank(row[f"Actor{n}Code"]) == event[f"{side}_code"]
            assert blank(row[f"Actor{n}Name"]) == event[f"{side}_name"]
            assert blank(row[f"Actor{n}CountryCode"]) == event[f"{side}_country"]
            types = [row[f"Actor{n}Type{k}Code"] for k in (1, 2, 3) if not pd.isna(row[f"Actor{n}Type{k}Code"])]
            assert all(t in (event[f"{side}_code"] or "") for t in types)
        assert (row["NumMentions"], row["NumArticles"], row["NumSources"]) == (event["mentions"], 1, 1)
        assert pd.isna(row["AvgTone"]), "eventwire computes no tone"
        assert all(pd.isna(row[c]) for c in GDELT[35:51]), "actors are not located, events are"
        assert len(str(row["DATEADDED"])) == 14 and row["SOURCEURL"] == (event["url"] or event["source"])
        check_action_geo(row, event)
    assert frame["ActionGeo_Type"].notna().any(), "some event has a place"


def blank(value: object) -> object:
    return None if pd.isna(value) else value


def check_action_geo(row: dict, event: dict) -> None:
    if event["place_resolution"] in (None, "region"):
        assert all(pd.isna(row[c]) for c in GDELT[51:59])
        return
    kind = int(row["ActionGeo_Type"])
    assert kind in (1, 2, 3, 4, 5) and re.fullmatch(r"[A-Z]{2}", row["ActionGeo_CountryCode"])
    assert (kind in (2, 3)) == (row["ActionGeo_CountryCode"] == "US" and kind != 1), "types 2 and 3 are the US's"
    assert -90 <= row["ActionGeo_Lat"] <= 90 and -180 <= row["ActionGeo_Long"] <= 180
    assert (row["ActionGeo_Lat"], row["ActionGeo_Long"]) == (event["lat"], event["lon"])
    assert row["ActionGeo_FullName"].startswith(event["place_name"])
    if not pd.isna(row["ActionGeo_ADM1Code"]):
        assert row["ActionGeo_ADM1Code"].startswith(row["ActionGeo_CountryCode"])
    assert pd.isna(row["ActionGeo_ADM2Code"])


def test_gdelt_country_codes_are_geonames_fips_codes(db, files, shared):
    info = shared / "geo" / "geonames" / "countryInfo.txt"
    fips = {r[1]: r[3] for r in csv.reader(open(info, encoding="utf-8"), delimiter="\t") if len(r) > 4}
    frame = read_gdelt(files["gdelt"])
    checked = 0
    for row, event in zip(frame.to_dict("records"), stored(db), strict=True):
        if not pd.isna(row["ActionGeo_Type"]):
            assert row["ActionGeo_CountryCode"] == fips[event["place_country"]]
            checked += 1
    assert checked


def test_gdelt_ids_are_stable_and_merged_rows_carry_the_happening_counts(db, files, tmp_path):
    again = tmp_path / "again.tsv"
    export(db, "gdelt", again)
    assert again.read_text(encoding="utf-8") == files["gdelt"].read_text(encoding="utf-8")
    merged = tmp_path / "merged.tsv"
    assert export(db, "gdelt", merged, merged=True) == len(stored(db, table="merged_events"))
    frame = read_gdelt(merged)
    happenings = stored(db, table="merged_events")
    assert [(r["NumMentions"], r["NumArticles"], r["NumSources"]) for r in frame.to_dict("records")] == [
        (h["num_mentions"], h["num_articles"], h["num_sources"]) for h in happenings]
    assert frame["NumArticles"].min() >= 1 and frame["NumSources"].le(frame["NumArticles"]).all()
    assert set(frame["GLOBALEVENTID"]) <= set(read_gdelt(files["gdelt"])["GLOBALEVENTID"]), "numbered by first report"


def test_icews_has_the_sample_header_and_types(db, files, shared):
    sample = shared / "events" / "cameo" / "icews_events_2018_sample.tab"
    reference = pd.read_csv(sample, sep="\t")
    assert list(reference.columns) == ICEWS
    frame = pd.read_csv(files["icews"], sep="\t", dtype={"CAMEO Code": str})
    assert list(frame.columns) == ICEWS
    for column in ("Event ID", "Story ID", "Sentence Number"):
        assert frame[column].dtype == reference[column].dtype == "int64", column
    for column in ("Intensity", "Latitude", "Longitude"):
        assert pd.api.types.is_numeric_dtype(frame[column]) and reference[column].dtype == "float64", column
    assert frame["CAMEO Code"].str.fullmatch(r"\d{3,4}").all()


def test_icews_values_match_the_store(db, files):
    frame = pd.read_csv(files["icews"], sep="\t", dtype={"CAMEO Code": str}, keep_default_na=False)
    events = stored(db)
    assert len(frame) == len(events)
    stories = {}
    for row, event in zip(frame.to_dict("records"), events, strict=True):
        assert row["Event Date"] == event["event_date"].isoformat()
        assert row["CAMEO Code"] == event["cameo"] and row["Event Text"] == event["cameo_name"]
        assert float(row["Intensity"]) == event["goldstein"] and row["Sentence Number"] == event["sentence"] + 1
        assert row["Source Name"] == (event["source_name"] or "NA")
        assert row["Target Name"] == (event["target_name"] or "NA")
        assert row["Publisher"] == event["outlet"]
        stories.setdefault(row["Story ID"], set()).add(event["doc_id"])
        if event["place_resolution"] == "city":
            assert row["City"] == event["place_name"]
    assert all(len(docs) == 1 for docs in stories.values()) and len(stories) == len({e["doc_id"] for e in events})


def test_polecat_has_its_40_columns_and_plover_codes(db, files):
    frame = pd.read_csv(files["polecat"], sep="\t", dtype=str)
    assert list(frame.columns) == POLECAT
    typed = stored(db, "event_type IS NOT NULL")
    assert len(frame) == len(typed), "only events with a PLOVER type"
    assert set(frame["Event Type"]) <= PLOVER_TYPES and set(frame["Quad Code"]) <= set(QUADS)
    for row, event in zip(frame.to_dict("records"), typed, strict=True):
        assert row["Event ID"] == event["event_id"] and row["Event Type"] == event["event_type"]
        assert row["Quad Code"] == QUADS[event["quad_class"] - 1] and -10 <= float(row["Intensity"]) <= 10
        assert blank(row["Actor Name"]) == event["source_name"] and blank(row["Recipient Name"]) == event["target_name"]
        if not pd.isna(row["Country"]):
            assert re.fullmatch(r"[A-Z]{3}", row["Country"]) and row["Country"] == event["place_country"]
    assert "None" in open(files["polecat"], encoding="utf-8").read(), "missing values are written None"


def test_plover_lines_have_the_manual_fields(db, files):
    records = [json.loads(line) for line in open(files["plover"], encoding="utf-8")]
    typed = stored(db, "event_type IS NOT NULL")
    assert [r["id"] for r in records] == [e["event_id"] for e in typed]
    for record, event in zip(records, typed, strict=True):
        assert {"id", "date", "actor", "event"} <= set(record), "the required fields"
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", record["date"]) and record["event"] == [event["event_type"]]
        assert record["quad_code"] in (1, 2, 3, 4) and record["link"] == event["merged_id"]
        for key, side in (("actor", "source"), ("recipient", "target")):
            assert [e["identifier_text"] for e in record[key]] == [n for n in [event[f"{side}_name"]] if n]
            assert all(e["code"] is None or re.fullmatch(r"[A-Z]{3}", e["code"]) for e in record[key])
        if record["event_loc"]:
            assert record["event_loc"]["resolution"] in (1, 2, 3, 4, 5, None)
            assert record["event_loc"]["country_code"] == event["place_country"]
        assert record["text_info"] == {"sequence": event["sentence"], "start": event["start"], "end": event["end"]}


def test_parquet_holds_the_nested_record_and_csv_the_flat_one(db, files):
    events = stored(db)
    table = pq.read_table(files["parquet"])
    assert table.num_rows == len(events)
    assert table.schema.field("actor").type.num_fields == 6 and table.schema.field("mentions").type.value_type
    with duckdb.connect(str(db), read_only=True) as con:
        mentions = dict(con.execute("SELECT event_id, count(*) FROM event_mentions GROUP BY event_id").fetchall())
    for row, event in zip(table.to_pylist(), events, strict=True):
        assert row["id"] == event["event_id"] and row["cameo"] == event["cameo"]
        assert (row["actor"] or {}).get("name") == event["source_name"]
        assert (row["recipient"] or {}).get("code") == event["target_code"]
        assert len(row["mentions"]) == mentions.get(event["event_id"], 0)
        assert row["document"]["url"] == event["url"]
        assert (row["location"] or {}).get("lat") == event["lat"]
    with open(files["csv"], encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["event_id"] for r in rows] == [e["event_id"] for e in events]
    assert {"cameo", "source_name", "num_mentions", "num_articles", "url", "source_sector"} <= set(rows[0])


def test_filters_apply_to_every_format(db, tmp_path):
    country = next(e["source_country"] for e in stored(db) if e["source_country"])
    expected = stored(db, f"'{country}' IN (source_country, target_country)")
    out = tmp_path / "some.csv"
    assert export(db, "csv", out, country=country) == len(expected)
    assert [r["event_id"] for r in csv.DictReader(open(out, encoding="utf-8"))] == [e["event_id"] for e in expected]
    root = expected[0]["cameo_root"]
    assert export(db, "gdelt", tmp_path / "some.tsv", country=country, root=root) == sum(
        e["cameo_root"] == root for e in expected)
    assert set(read_gdelt(tmp_path / "some.tsv")["EventRootCode"]) == {root}
    assert export(db, "icews", tmp_path / "none.tab", start="2030-01-01") == 0


def test_an_unknown_format_or_a_terminal_parquet_is_a_coded_error(db, tmp_path):
    with pytest.raises(EventwireError) as caught:
        export(db, "xml", tmp_path / "x.xml")
    assert caught.value.code == "E032" and "gdelt" in str(caught.value)
    with pytest.raises(EventwireError) as caught:
        export(db, "parquet")
    assert caught.value.code == "E040"
    with pytest.raises(EventwireError) as caught:
        export(db, "icews", tmp_path / "missing" / "x.tab")
    assert caught.value.code == "E041"
    done = subprocess.run([sys.executable, "-m", "eventwire.cli", "export", "--db", str(db), "--format", "xml"],
                          capture_output=True, text=True, timeout=300)
    assert done.returncode == 2 and "E032" in done.stderr and not done.stdout


def test_the_command_writes_to_stdout_with_filters(db):
    done = subprocess.run([sys.executable, "-m", "eventwire.cli", "export", "--db", str(db), "--format", "plover",
                           "--merged", "--quad", "1"], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    records = [json.loads(line) for line in done.stdout.splitlines()]
    expected = stored(db, "quad_class = 1 AND event_type IS NOT NULL", table="merged_events")
    assert [r["id"] for r in records] == [e["event_id"] for e in expected]
    assert [r["num_articles"] for r in records] == [e["num_articles"] for e in expected]
