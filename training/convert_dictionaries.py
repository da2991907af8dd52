"""Convert the PETRARCH2 actor and agent dictionaries in ../shared/data into eventwire's own data files.

    python training/convert_dictionaries.py

Writes src/eventwire/data/actors/petrarch2.jsonl (one actor a line: name, aliases, default code, dated roles) and
src/eventwire/data/actors/agents.tsv (noun phrase, CAMEO agent code, prefix or suffix). The formats are read by
eventwire.resources.actors; the source format is described in the PETRARCH2 docs (dictionaries.rst).
"""

from __future__ import annotations

import datetime as dt
import json
import re
from pathlib import Path

HERE = Path(__file__).resolve().parent
SOURCE = HERE.parent.parent / "shared" / "data" / "events" / "petrarch2"
TARGET = HERE.parent / "src" / "eventwire" / "data" / "actors"
ACTOR_FILES = ["Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"]
CODE = re.compile(r"\[([^\]\s]+)(?:\s+([^\]]+))?\]")


def phrase(raw: str) -> str:
    """PETRARCH phrase (WORDS_JOINED_BY_UNDERSCORES_) to a plain lower-case phrase."""
    return " ".join(raw.replace("_", " ").split()).lower()


def date(raw: str) -> str | None:
    """YYMMDD or YYYYMMDD to ISO (two-digit years above 30 are 19xx); None for a malformed date."""
    raw = raw.strip()
    if len(raw) == 6 and raw.isdigit():
        year = int(raw[:2])
        raw = f"{1900 + year if year > 30 else 2000 + year}{raw[2:]}"
    try:
        return dt.date(int(raw[:4]), int(raw[4:6]), int(raw[6:8])).isoformat() if len(raw) == 8 else None
    except ValueError:
        return None


def restriction(code: str, span: str | None) -> dict[str, str | None] | None:
    """One dated role: code with an inclusive from/to (either may be open); None when a date is malformed."""
    role: dict[str, str | None] = {"code": code, "from": None, "to": None}
    if span:
        span = span.strip()
        if span.startswith("<"):
            role["to"] = date(span[1:])
        elif span.startswith(">"):
            role["from"] = date(span[1:])
        elif "-" in span:
            start, end = span.split("-", 1)
            role["from"], role["to"] = date(start), date(end)
            if role["from"] is None or role["to"] is None:
                return None
        if role["from"] is None and role["to"] is None:
            return None
    return role


def parse_actor_file(path: Path) -> list[dict]:
    """Parse a PETRARCH actor dictionary into actor records."""
    actors: list[dict] = []
    current: dict | None = None
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        body = line.split("#", 1)[0].split(";", 1)[0].rstrip()
        if not body.strip():
            continue
        if body.startswith(("\t", " ")) and body.strip().startswith("["):
            if current is not None:
                for code, span in CODE.findall(body):
                    if not span:
                        current["code"] = code
                    elif role := restriction(code, span):
                        current["roles"].append(role)
            continue
        codes = CODE.findall(body)
        name = phrase(CODE.sub("", body).lstrip("+"))
        if not name or name.startswith("<"):
            continue
        if body.startswith("+") and current is not None:
            current["aliases"].append(name)
            if codes and not current["code"]:
                current["code"] = codes[0][0]
            continue
        current = {"name": name, "aliases": [], "code": codes[0][0] if codes else None, "roles": []}
        actors.append(current)
    return [a for a in actors if a["code"] or a["roles"]]


def parse_agents(path: Path) -> list[tuple[str, str, str]]:
    """Parse the agents dictionary into (phrase, code, position) rows, with plurals and substitution sets expanded."""
    substitutions: dict[str, list[str]] = {}
    rows: list[tuple[str, str, str]] = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        body = line.split("#", 1)[0].strip()
        if not body:
            continue
        if body.startswith("!") and "=" in body:
            marker, values = body.split("=", 1)
            substitutions[marker.strip()] = [v.strip() for v in values.split(",")]
            continue
        match = re.search(r"\[(~?)([A-Z]+)(~?)[\]}]", body)
        if not match:
            continue
        code = match.group(2)
        position = "suffix" if match.group(1) else "prefix"
        head = body[: match.start()].strip()
        plural_match = re.search(r"\{([^}]*)\}", head)
        explicit_plural = plural_match.group(1) if plural_match else None
        head = re.sub(r"\{[^}]*\}", "", head).strip()
        forms = [head]
        for marker, values in substitutions.items():
            if marker in head:
                forms = [head.replace(marker, v) for v in values]
                explicit_plural = ""
        for form in forms:
            rows.append((phrase(form), code, position))
            for plural in plurals(form, explicit_plural):
                rows.append((phrase(plural), code, position))
    return sorted(set(rows))


def plurals(form: str, explicit: str | None) -> list[str]:
    """Regular plurals as PETRARCH generates them, unless a {plural} (possibly empty) is given."""
    if explicit is not None:
        return [p for p in explicit.split(",") if p.strip()]
    if form.endswith("Y") and not form.endswith(("AY", "EY", "OY", "UY")):
        return [form[:-1] + "IES"]
    if form.endswith(("SS", "SH", "CH", "X")):
        return [form + "ES"]
    return [form + "S"]


def main() -> None:
    TARGET.mkdir(parents=True, exist_ok=True)
    actors = [actor for name in ACTOR_FILES for actor in parse_actor_file(SOURCE / name)]
    with open(TARGET / "petrarch2.jsonl", "w", encoding="utf-8") as handle:
        for actor in actors:
            handle.write(json.dumps(actor, ensure_ascii=False) + "\n")
    agents = parse_agents(SOURCE / "Phoenix.agents.txt")
    with open(TARGET / "agents.tsv", "w", encoding="utf-8") as handle:
        handle.write("# phrase\tcameo_agent_code\tposition (suffix: code follows the actor's, prefix: precedes)\n")
        for row in agents:
            handle.write("\t".join(row) + "\n")
    print(f"{len(actors)} actors, {sum(len(a['aliases']) + 1 for a in actors)} names; {len(agents)} agent phrases")


if __name__ == "__main__":
    main()
