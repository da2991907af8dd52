"""Readers for PETRARCH2's files: verb, actor and agent dictionaries and the unit-test records (dictionaries.rst)."""

from __future__ import annotations

import datetime as dt
import json
import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

CODE = re.compile(r"\[([^\]\s]+)(?:\s+([^\]]+))?\]")
PATTERN_CODE = re.compile(r"\[\s*([0-9A-Fa-f-]*)\s*(?::\s*([0-9A-Fa-f-]*))?\s*\]")
BLOCK = re.compile(r"^---\s+(\S+)\s+\[([^\]]*)\]")
ELEMENT = re.compile(r"\([^)]*\)|\{[^}]*\}|[^\s(){}]+")


def phrase(raw: str) -> str:
    """PETRARCH phrase (WORDS_JOINED_BY_UNDERSCORES_) to a plain lower-case phrase."""
    return " ".join(raw.replace("_", " ").split()).lower()


def strip_comment(line: str) -> str:
    return re.sub(r"<!--.*?-->", "", line.split("#", 1)[0]).rstrip()


def split_code(raw: str) -> tuple[str | None, str | None]:
    """'042:043' -> ('042', '043'); ':020' -> (None, '020'); '---' -> (None, None)."""
    primary, _, paired = raw.strip().partition(":")
    def clean(code: str) -> str | None:
        code = code.strip()
        return code if code and code != "---" else None
    return clean(primary), clean(paired)


# --- verb dictionary ------------------------------------------------------------------------------------------


def verb_entry(raw: str) -> dict | None:
    """One verb line ('MEET {MEETS MET MEETING}', '+MEET_WITH {...} [040]', 'WIRE_+TAP') as a verb record."""
    code = PATTERN_CODE.search(raw)
    forms_match = re.search(r"\{([^}]*)\}", raw)
    head = re.sub(r"\{[^}]*\}|\[[^\]]*\]", "", raw).strip()
    if not head:
        return None
    words = [w for w in head.lower().split("_") if w]
    marked = [k for k, w in enumerate(words) if w.startswith("+")]
    at = marked[0] if marked else 0
    words = [w.lstrip("+") for w in words]
    forms: list[str] = []
    if forms_match:
        for form in forms_match.group(1).split():
            parts = [p for p in form.lower().split("_") if p]
            verb = [p for p in parts if p.startswith("+")]
            forms.append((verb[0] if verb else parts[min(at, len(parts) - 1)]).lstrip("+"))
    entry: dict = {"lemma": words[at], "before": words[:at], "after": words[at + 1 :], "forms": forms}
    if code:
        entry["code"], entry["paired"] = split_code(f"{code.group(1)}:{code.group(2) or ''}")
    return entry


def pattern_elements(text: str) -> list[dict]:
    """Elements of one side of a pattern: words, {noun phrases}, (PREP phrases) and $ / + actor markers."""
    elements: list[dict] = []
    for raw in ELEMENT.findall(text):
        if raw.startswith("("):
            inner = ELEMENT.findall(raw[1:-1])
            if not inner:
                continue
            element: dict = {"prep": inner[0].lower().replace("_", " ")}
            rest = [w for w in inner[1:] if w not in ("$", "+", "^", "%")]
            if "$" in inner[1:]:
                element["role"] = "source"
            elif "+" in inner[1:]:
                element["role"] = "target"
            if rest:
                element["object"] = noun_element(rest[-1] if not rest[-1].startswith("{") else rest[-1])
            elements.append(element)
        elif raw in ("$", "+"):
            elements.append({"role": "source" if raw == "$" else "target"})
        elif raw in ("^", "%", "*"):
            continue
        else:
            elements.append(noun_element(raw))
    return elements


def noun_element(raw: str) -> dict:
    """A word, &SYNSET or {MODIFIER ... HEAD} phrase (head last)."""
    if raw.startswith("{"):
        words = [w.lower() for w in raw.strip("{}").split()]
        return {"head": words[-1], "mods": words[:-1]} if words else {"head": ""}
    return {"head": raw.lower().replace("_", " ")}


def read_verb_file(path: Path) -> dict:
    """A PETRARCH verb dictionary as eventwire's pattern data: {"synsets": {...}, "blocks": [...]}.

    Each block has its primary verb name, default code and paired code, verbs (lemma, words before and after a
    multi-word verb, irregular forms, own code) and patterns (pre-verb and post-verb elements, code, paired code).
    A code of None means the pattern blocks an event ([---]). Transformations (~ lines) are not read."""
    synsets: dict[str, list[str]] = {}
    blocks: list[dict] = []
    synset: str | None = None
    block: dict | None = None
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        raw = line.split("#", 1)[0]
        if line.startswith("---"):
            match = BLOCK.match(line)
            if match:
                code, paired = split_code(match.group(2))
                block = {"name": match.group(1).lower(), "code": code, "paired": paired, "verbs": [], "patterns": []}
                blocks.append(block)
                synset = None
            continue
        body = strip_comment(raw)
        if not body.strip() or body.lstrip().startswith("~"):
            continue
        if body.startswith("&"):
            synset = body.split()[0][1:].rstrip("_").lower()
            synsets[synset] = []
            block = None
            continue
        if synset is not None and block is None and body.startswith("+"):
            synsets[synset].append(phrase(body[1:]).replace("&", ""))
            continue
        if block is None:
            continue
        if body.startswith("-"):
            pattern = read_pattern(body[1:])
            if pattern is not None:
                block["patterns"].append(pattern)
        else:
            entry = verb_entry(body.strip())
            if entry is not None:
                block["verbs"].append(entry)
    return {"synsets": synsets, "blocks": [b for b in blocks if b["verbs"]]}


def write_verbs(verbs: dict, path: Path) -> Path:
    """Write read_verb_file's result as eventwire's verbs.jsonl: a line of synonym sets, then one line a block."""
    with open(path, "w", encoding="utf-8") as handle:
        handle.write(json.dumps({"synsets": verbs["synsets"]}, ensure_ascii=False) + "\n")
        handle.writelines(json.dumps(block, ensure_ascii=False) + "\n" for block in verbs["blocks"])
    return path


def read_pattern(body: str) -> dict | None:
    """'PRE * POST [A:B]' as {"pre": [...], "post": [...], "code": A, "paired": B}."""
    code = PATTERN_CODE.search(body)
    if code is None or "*" not in body:
        return None
    text = body[: code.start()]
    pre, _, post = text.partition("*")
    primary, paired = split_code(f"{code.group(1)}:{code.group(2) or ''}")
    return {"pre": pattern_elements(pre), "post": pattern_elements(post), "code": primary, "paired": paired}


# --- actor and agent dictionaries -----------------------------------------------------------------------------


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


def read_actor_file(path: Path) -> list[dict]:
    """A PETRARCH actor dictionary as actor records: name, aliases, default code, dated roles."""
    actors: list[dict] = []
    current: dict | None = None
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        body = strip_comment(line).split(";", 1)[0].rstrip()
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


def read_agent_file(path: Path) -> list[tuple[str, str, str]]:
    """An agents dictionary as (phrase, code, position) rows, with plurals and substitution sets expanded."""
    substitutions: dict[str, list[str]] = {}
    rows: list[tuple[str, str, str]] = []
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        body = strip_comment(line).strip()
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


# --- unit-test records ----------------------------------------------------------------------------------------


@dataclass
class Coding:
    """One expected event: source and target actor codes and the CAMEO code."""

    source: str
    target: str
    code: str


@dataclass
class UnitRecord:
    """One PETRARCH validation sentence with its expected codings (none when it expects no event)."""

    id: str
    category: str
    date: dt.date
    text: str
    codings: list[Coding] = field(default_factory=list)
    skip: str | None = None


def read_records(path: Path) -> list[UnitRecord]:
    """The <Sentence> records of a PETRARCH validation file. Records expecting an error or a discard are marked
    `skip` with the reason; codings naming actors by quoted text (no code) are skipped too."""
    root = ET.fromstring(path.read_text(encoding="utf-8", errors="replace"))
    records = []
    for node in root.iter("Sentence"):
        raw_date = node.get("date", "")
        day = dt.date(int(raw_date[:4]), int(raw_date[4:6]), int(raw_date[6:8]))
        text = " ".join((node.findtext("Text") or "").split())
        record = UnitRecord(node.get("id", ""), node.get("category", ""), day, text)
        for coding in node.iter("EventCoding"):
            if coding.get("error"):
                record.skip = coding.get("error")
            source, target, code = (coding.get(k) for k in ("sourcecode", "targetcode", "eventcode"))
            if source and target and code and '"' not in source + target:
                record.codings.append(Coding(source, target, code))
            elif coding.get("noevents") is None and not coding.get("error"):
                record.skip = "coding without actor codes"
        records.append(record)
    return records
