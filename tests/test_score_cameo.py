"""The CAMEO scorer on hand-made PETRARCH records and a fake extractor: exact code, root code and PLOVER type."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from eventwire.evaluate import score_cameo
from eventwire.formats.petrarch import Coding, UnitRecord
from eventwire.record import ActorRef, Document, Event

DAY = dt.date(2015, 3, 1)


def event(source: str | None, target: str | None, code: str) -> Event:
    def ref(actor_code: str | None) -> ActorRef | None:
        return ActorRef(text=actor_code, name=actor_code, code=actor_code) if actor_code else None

    return Event(id="e", cameo=code, actor=ref(source), recipient=ref(target), sentence=0, trigger="x", start=0, end=1,
                 confidence=1.0)


RECORDS = [
    UnitRecord("visit", "", DAY, "The US president visited Moscow.", [Coding("USAGOV", "RUSGOV", "042")]),
    UnitRecord("intent", "", DAY, "France will cooperate with Germany.", [Coding("FRAGOV", "DEUGOV", "0311")]),
    UnitRecord("error", "", DAY, "An error record.", [], skip="expected error"),
    UnitRecord("statement", "", DAY, "Britain said nothing.", []),
    UnitRecord("fight", "", DAY, "UN troops fought Syrian rebels.", [Coding("IGOUNO", "SYR", "193")]),
]
PREDICTED = {
    # the same event twice (a set per record: counted once); the sectors differ, the countries do not
    "visit": [event("USA", "RUSMIL", "042"), event("USA", "RUSMIL", "042")],
    # wrong code, same root (03) and same PLOVER type (AGREE)
    "intent": [event("FRA", "DEU", "036")],
    # no event expected; 010 has no PLOVER type, so only the CAMEO and root views count it; an event with no
    # recipient is outside the dyads the suite codes: counted apart, not scored
    "statement": [event("GBR", "FRA", "010"), event("GBR", None, "111")],
    # an IGO and an unknown source both have no country part
    "fight": [event(None, "SYRREB", "193")],
}


def test_cameo_scores_by_hand(fake_extractor):
    seen: list[Document] = []
    scores = score_cameo.score_gold(RECORDS, fake_extractor({k: {"events": v} for k, v in PREDICTED.items()}, seen))
    assert [(d.id, d.published) for d in seen] == [(r.id, DAY) for r in RECORDS if not r.skip]
    assert scores["sentences"] == 4 and scores["one_sided"] == 1
    assert scores["cameo"] == {"p": 50.0, "r": 66.67, "f": 57.14, "gold": 3, "predicted": 4}
    assert scores["root"] == {"p": 75.0, "r": 100.0, "f": 85.71, "gold": 3, "predicted": 4}
    assert scores["plover"] == {"p": 100.0, "r": 100.0, "f": 100.0, "gold": 3, "predicted": 3}


def test_country_part_of_actor_codes():
    assert [score_cameo.country(c) for c in ("USAGOV", "RUS", "IGOUNO", "GOV", None, "")] == [
        "USA", "RUS", "---", "---", "---", "---"]


def test_views_of_one_event():
    views = score_cameo.triples([("USAGOV", "RUSMIL", "0311")])
    assert views == {"cameo": {("USA", "RUS", "0311")}, "root": {("USA", "RUS", "03")},
                     "plover": {("USA", "RUS", "AGREE")}}


def test_score_runs_the_suite_dictionaries_and_the_limit(tmp_path, fake_extractor):
    records = "".join(
        f'<Sentence date="20150301" id="s{k}" category="x"><Text>Sentence {k}.</Text>'
        f'<EventCoding sourcecode="USA" targetcode="RUS" eventcode="042"/></Sentence>' for k in range(3))
    (tmp_path / score_cameo.RECORDS).write_text(f"<Sentences>{records}</Sentences>")
    (tmp_path / score_cameo.SUITE["actors"]).write_text("ARNOR_ [ARN]\n")
    (tmp_path / score_cameo.SUITE["agents"]).write_text("")
    (tmp_path / score_cameo.SUITE["verbs"]).write_text("")
    given: list[dict] = []
    seen: list[Document] = []

    def make(**overrides):
        given.append(overrides)  # read here: the converted dictionaries live while the scorer runs
        given.append((Path(overrides["actors"]) / "petrarch2.jsonl").read_text(encoding="utf-8"))
        extract = fake_extractor({"visit": {"events": PREDICTED["visit"]}}, seen)
        return lambda document: extract(document.model_copy(update={"id": "visit"}))

    scores = score_cameo.score(tmp_path, make, limit=2)
    matcher, converted, with_model, _ = given  # the matcher (dictionary alone), then with the type model
    assert matcher == {**with_model, "combine": "dictionary"}
    assert set(with_model) == {"actors", "verbs"} and with_model["verbs"].endswith("verbs.jsonl")
    (actor,) = [json.loads(line) for line in converted.splitlines()]
    assert (actor["name"], actor["code"]) == ("arnor", "ARN")  # the suite's own dictionary, converted
    assert len(seen) == 4 and scores["sentences"] == 2
    assert scores["cameo"] == {"p": 100.0, "r": 100.0, "f": 100.0, "gold": 2, "predicted": 2}
    assert scores["with_type_model"]["cameo"] == scores["cameo"]
