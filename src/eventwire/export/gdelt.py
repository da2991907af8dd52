"""GDELT 2.0 event table: 61 tab-separated columns, no header, as in GDELT's own export files.

The columns, their order and codes follow "The GDELT Event Database Data Format Codebook V2.0" (2015-02-19). Where
eventwire has no value the column is empty, as in GDELT:
- GLOBALEVENTID: GDELT numbers events itself; here it is the first 63 bits of the MD5 digest of eventwire's event
  id (article hash + event number), so the same event keeps its number in every export and every store.
- SQLDATE, MonthYear, Year, FractionDate: the event's day, else the article's publication date. FractionDate is
  YYYY + ((month - 1) * 30 + day) / 365, to 4 decimals, as GDELT's own files have it (19790101 -> 1979.0027).
- Actor1 (eventwire's source) and Actor2 (target): Code, Name and CountryCode (ISO3, as CAMEO) as coded; the rest
  split from the CAMEO actor code after its country: CAMEO religion codes go to Religion1Code/Religion2Code, CAMEO
  role and international type codes to Type1Code-Type3Code, and the last remaining part (UNO in IGOUNO, NAT in
  IGOWSTNAT) to KnownGroupCode. EthnicCode is always empty: eventwire codes no ethnicity.
- IsRootEvent: mentioned in the lead paragraph. EventCode, EventBaseCode (its first three digits), EventRootCode,
  QuadClass and GoldsteinScale as coded.
- NumMentions, NumSources, NumArticles: with --merged, the happening's counts over the articles that report it;
  else the event's mentions in its article, 1 and 1.
- AvgTone: always empty: eventwire computes no tone.
- Actor1Geo_* and Actor2Geo_*: always empty: eventwire locates events, not each actor.
- ActionGeo_*: the event's place. Type: 1 country, 2 US state, 3 US city, 4 world city, 5 world state; eventwire's
  place resolutions map onto them as country -> 1, admin1 and admin2 -> 2 or 5 (an admin2 place is located at its
  division's point), city and facility -> 3 or 4; a region (a sea, a continent, an area without a country) has no
  GDELT type and leaves the block empty. FullName: "Place, Division, Country". CountryCode: FIPS 10-4. ADM1Code: the
  FIPS country code followed by the division's GeoNames admin1 code, which is its FIPS 10-4 code for most countries
  and GDELT's state abbreviation for the US (GeoNames uses other codes for a few, e.g. France, Belgium, Switzerland,
  the UK), and the country's FIPS code for a country. ADM2Code (GAUL) is always empty. FeatureID: the GeoNames id of
  a city or site (GDELT gives a GNS or GNIS id), else the ADM1 or country code, as GDELT does.
- DATEADDED: when the article was ingested (UTC), YYYYMMDDHHMMSS. SOURCEURL: the article's URL, else where it was
  read.
"""

from __future__ import annotations

import datetime as dt

from eventwire.export.text import Event, number, tab_separated
from eventwire.resources.fips import load_fips

ACTOR = ["Code", "Name", "CountryCode", "KnownGroupCode", "EthnicCode", "Religion1Code", "Religion2Code", "Type1Code",
         "Type2Code", "Type3Code"]
GEO = ["Type", "FullName", "CountryCode", "ADM1Code", "ADM2Code", "Lat", "Long", "FeatureID"]
COLUMNS = ["GLOBALEVENTID", "SQLDATE", "MonthYear", "Year", "FractionDate",
           *(f"Actor{n}{name}" for n in (1, 2) for name in ACTOR),
           "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale", "NumMentions",
           "NumSources", "NumArticles", "AvgTone",
           *(f"{who}Geo_{name}" for who in ("Actor1", "Actor2", "Action") for name in GEO),
           "DATEADDED", "SOURCEURL"]

# CAMEO manual 1.1b3: the role codes of table 3.1 with PTY, the generic international codes (section 3.1.1), and
# the religions of table 4.1 with the two PETRARCH2 writes differently (CTH Catholic, MUS for MOS)
TYPES = frozenset("COP GOV INS JUD MIL OPP PTY REB SEP SPY UAF AGR BUS CRM CVL DEV EDU ELI ENV HLH HRI LAB LEG MED REF "
                  "MOD RAD IGO IMG NGO NGM MNC UIS INT".split())
RELIGIONS = frozenset("ATH BAH BUD CHR CON HIN JAN JEW MOS SHN SIK TAO ABR ADR EAR INR IRR ITR NRM CTH MUS".split())
PLACE_TYPES = {"country": (1, 1), "admin1": (2, 5), "admin2": (2, 5), "city": (3, 4), "facility": (3, 4)}  # US, else


def row(event: Event) -> list[object]:
    """The 61 values of an event."""
    day, cameo = sqldate(event["event_date"]), event["cameo"]
    return [number(event["event_id"]), day, *dates(day), *actor(event, "source"), *actor(event, "target"),
            int(bool(event["root"])), cameo, cameo[:3], event["cameo_root"], event["quad_class"], event["goldstein"],
            event["num_mentions"], event["num_sources"], event["num_articles"], None, *[None] * 2 * len(GEO),
            *place(event), added(event["ingested_at"]), event["url"] or event["document_source"]]


def sqldate(day: object) -> int | None:
    """A date as YYYYMMDD."""
    return day.year * 10_000 + day.month * 100 + day.day if isinstance(day, dt.date) else None


def dates(day: int | None) -> tuple[object, ...]:
    """MonthYear, Year and FractionDate of a SQLDATE."""
    if day is None:
        return None, None, None
    year, month = day // 10_000, day // 100 % 100
    return year * 100 + month, year, f"{year + ((month - 1) * 30 + day % 100) / 365:.4f}"


def added(stamp: dt.datetime | None) -> int | None:
    """DATEADDED: YYYYMMDDHHMMSS."""
    return None if stamp is None else sqldate(stamp) * 1_000_000 + stamp.hour * 10_000 + stamp.minute * 100 \
        + stamp.second


def actor(event: Event, side: str) -> list[object]:
    """An actor's ten columns: code, name, country, known group, ethnicity, two religions and three types."""
    code, country = event[f"{side}_code"], event[f"{side}_country"]
    group, religions, types = code_parts(str(code or ""), str(country or ""))
    return [code, event[f"{side}_name"], country, group, None, *pad(religions, 2), *pad(types, 3)]


def code_parts(code: str, country: str) -> tuple[str | None, list[str], list[str]]:
    """A CAMEO actor code after its country, in three-letter parts: the known group, the religions, the types."""
    rest = code[len(country):] if country and code.startswith(country) else code
    parts = [rest[i : i + 3] for i in range(0, len(rest) - 2, 3)]
    groups = [p for p in parts if p not in TYPES and p not in RELIGIONS]
    return (groups[-1] if groups else None), [p for p in parts if p in RELIGIONS], [p for p in parts if p in TYPES]


def pad(values: list[str], size: int) -> list[str | None]:
    return [*values, *[None] * size][:size]


def place(event: Event) -> list[object]:
    """The ActionGeo block: type, full name, FIPS country, ADM1 code, ADM2 code, latitude, longitude, feature id."""
    kinds = PLACE_TYPES.get(event["place_resolution"])
    if kinds is None or event["lat"] is None:
        return [None] * len(GEO)
    codes = load_fips()
    iso3, name, division = event["place_country"], event["place_name"], event["place_admin1"]
    kind = kinds[0] if iso3 == "USA" else kinds[1]
    country = codes.country(iso3)
    adm1 = country if kind == 1 else codes.division(iso3, division)
    parts = [name] if kind == 1 else [name, division, codes.name(iso3)]
    full = ", ".join(dict.fromkeys(str(p) for p in parts if p))
    feature = event["geonameid"] if kind in (3, 4) else adm1
    return [kind, full, country, adm1, None, event["lat"], event["lon"], feature]


FORMAT = tab_separated(COLUMNS, row, missing="", header=False)
