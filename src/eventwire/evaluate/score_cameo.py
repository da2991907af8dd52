"""Scoring event coding on PETRARCH2's unit-test records: P/R/F1 on (source, target, code), root code, PLOVER type."""

from __future__ import annotations

import json
import shutil
import tempfile
from collections.abc import Iterable
from pathlib import Path

from eventwire.evaluate import Extract, ExtractorFactory
from eventwire.evaluate.metrics import prf
from eventwire.formats import petrarch
from eventwire.record import Document, Event
from eventwire.resources.codebook import load_codebook

RECORDS = "PETR.UnitTest.records.xml"
SUITE = {"actors": "PETR.Validate.actors.txt", "agents": "PETR.Validate.agents.txt", "verbs": "PETR.Validate.verbs.txt"}


def suite_dictionaries(folder: Path, target: Path) -> Path:
    """Write the suite's actor and agent dictionaries in eventwire's format (its fictional countries included)."""
    shipped = Path(__file__).resolve().parents[1] / "data" / "actors"
    actors = petrarch.read_actor_file(folder / SUITE["actors"])
    with open(target / "petrarch2.jsonl", "w", encoding="utf-8") as handle:
        handle.writelines(json.dumps(a) + "\n" for a in actors)
    countries = {a["code"]: a["name"].title() for a in actors if a["code"] and len(a["code"]) == 3}
    (target / "countries.tsv").write_text("".join(f"{c}\t{n}\n" for c, n in countries.items() if c != "---"))
    agents = petrarch.read_agent_file(folder / SUITE["agents"])
    (target / "agents.tsv").write_text("".join("\t".join(row) + "\n" for row in agents))
    for name in ("eventwire.jsonl", "agents_eventwire.tsv", "metonyms.tsv"):
        (target / name).write_text("")
    shutil.copy(shipped / "sectors.tsv", target / "sectors.tsv")
    return target


def suite_verbs(folder: Path, target: Path) -> Path:
    """The suite's verb dictionary converted to eventwire's verbs.jsonl."""
    return petrarch.write_verbs(petrarch.read_verb_file(folder / SUITE["verbs"]), target / "verbs.jsonl")


SECTORLESS = {"GOV", "MIL", "REB", "OPP", "BUS", "MED", "CVL", "COP", "JUD", "LEG", "IGO", "NGO", "---"}


def country(code: str | None) -> str:
    """The first three letters of an actor code, '---' when it has no country part."""
    return code[:3] if code and code[:3].isupper() and code[:3] not in SECTORLESS else "---"


def triples(codes: Iterable[tuple[str | None, str | None, str]]) -> dict[str, set]:
    """The three views an event is scored in: exact code, root code, PLOVER type (when the code has one)."""
    book = load_codebook()
    views: dict[str, set] = {"cameo": set(), "root": set(), "plover": set()}
    for source, target, code in codes:
        pair = (country(source), country(target))
        views["cameo"].add((*pair, code))
        views["root"].add((*pair, code[:2]))
        info = book.info(code)
        if info is not None and info.plover_type:
            views["plover"].add((*pair, info.plover_type))
    return views


def predicted(events: list[Event]) -> list[tuple[str | None, str | None, str]]:
    """The triples of the events that have a recipient: the suite codes dyads the way PETRARCH does, so an event
    eventwire codes with no recipient ('fired a missile') is outside what it can judge (counted apart)."""
    return [(e.actor.code if e.actor else None, e.recipient.code, e.cameo) for e in events if e.recipient]


def score_gold(records: Iterable[petrarch.UnitRecord], extract: Extract) -> dict:
    """P/R/F1 of (source country, target country, code) triples per view over the records not marked `skip`, and
    how many events with no recipient were left out of the comparison."""
    counts = {view: [0, 0, 0] for view in ("cameo", "root", "plover")}  # true positives, predicted, gold
    sentences = one_sided = 0
    for record in records:
        if record.skip:
            continue
        sentences += 1
        result = extract(Document(id=record.id, text=record.text, published=record.date))
        gold = triples((c.source, c.target, c.code) for c in record.codings)
        found = triples(predicted(result.events))
        one_sided += sum(e.recipient is None for e in result.events)
        for view, counter in counts.items():
            counter[0] += len(gold[view] & found[view])
            counter[1] += len(found[view])
            counter[2] += len(gold[view])
    out: dict = {"sentences": sentences, "one_sided": one_sided}
    for view, (tp, pred, gold_n) in counts.items():
        out[view] = {**prf(tp, pred, gold_n), "gold": gold_n, "predicted": pred}
    return out


def score(folder: Path, extractor: ExtractorFactory, limit: int = 0) -> dict:
    """The suite's records (the first `limit`, all when 0) scored with an extractor given the suite's own actor,
    agent and verb dictionaries: its countries are fictional (Arnor, Gondor) and its codes come from its own verb
    file (many are WEIS, not CAMEO), so this measures eventwire's matcher, parse, actors and negation/modality
    rules, not the shipped verb patterns. The matcher is the dictionary alone; `with_type_model` gives the figures
    with the trained type model beside it, which learned the shipped dictionary's types, not the suite's."""
    records = petrarch.read_records(folder / RECORDS)[: limit or None]
    with tempfile.TemporaryDirectory() as tmp:
        actors = suite_dictionaries(folder, Path(tmp))
        verbs = suite_verbs(folder, Path(tmp))
        scores = score_gold(records, extractor(actors=str(actors), verbs=str(verbs), combine="dictionary"))
        both = score_gold(records, extractor(actors=str(actors), verbs=str(verbs)))
    scores["with_type_model"] = {view: both[view] for view in ("cameo", "root", "plover")}
    return scores
