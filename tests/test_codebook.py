"""The codebook (CAMEO -> Goldstein, quad class, PLOVER) and the verb-pattern loader and PETRARCH reader."""

from __future__ import annotations

from eventwire.formats.petrarch import read_verb_file
from eventwire.resources.codebook import load_codebook, quad_of
from eventwire.resources.verbs import read_verbs


def test_quad_class_follows_the_root_code():
    assert [quad_of(c) for c in ("010", "057", "061", "084", "090", "138", "141", "204")] == [1, 1, 2, 2, 3, 3, 4, 4]


def test_plover_types_come_from_the_longest_known_prefix():
    book = load_codebook()
    assert book.info("0841").plover_type == "RETREAT" and book.info("0841").mode == "release"
    assert book.info("081").plover_type == "CONCEDE"
    assert book.info("163").plover_type == "SANCTION"  # the manual, over the 2021 table's COERCE
    assert book.info("010").plover_type is None  # statements have no PLOVER type
    assert book.info("999") is None


def test_speakers_on_record_are_states_their_organs_and_organizations():
    book = load_codebook()
    on = [{"code": "RUS", "country": "RUS"}, {"code": "---COP"}, {"code": "IGOUNO"}, {"code": "USAGOVHLH"},
          {"code": "FRAELI", "country": "FRA"}, {"code": "NGOHRIAMN"}]
    off = [{"code": "---BUS"}, {"code": "MED"}, {"code": "USACVL", "country": "USA"}, {"code": None}, None]
    assert [book.on_record(a) for a in on] == [True] * len(on)
    assert [book.on_record(a) for a in off] == [False] * len(off)


def test_refusals_are_rejections_by_what_is_refused():
    book = load_codebook()
    assert [book.refusal(c) for c in ("046", "0841", "057", "0871", "173")] == ["125", "1243", "127", "1246", "120"]
    assert book.refusal("010") is None  # declining to comment is a statement of its own
    assert all(book.info(c).plover_type == "REJECT" for c in ("125", "1243", "127", "1246", "120"))


def test_intent_forms_of_acts():
    book = load_codebook()
    assert [book.intent(c) for c in ("070", "0732", "042", "190", "036", "111")] == ["033", "0333", "036", "1384",
                                                                                    "036", None]


VERBS = """
&WEAPON
+RIFLE
+TANK

---  TALK   [040:040]  ---
+TALK_WITH {+TALKED_WITH}
CHAT [---]
- * (ABOUT &WEAPON)                     [0312]    # TALK
- $ * (WITH +) {PEACE DEAL}             [046:046] # TALK
- * NONSENSE                            [---]     # TALK
"""


def test_petrarch_verb_file_to_patterns(tmp_path):
    path = tmp_path / "verbs.txt"
    path.write_text(VERBS)
    data = read_verb_file(path)
    assert data["synsets"] == {"weapon": ["rifle", "tank"]}
    (block,) = data["blocks"]
    assert (block["name"], block["code"], block["paired"]) == ("talk", "040", "040")
    assert block["verbs"][0] == {"lemma": "talk", "before": [], "after": ["with"], "forms": ["talked"]}
    assert (block["verbs"][1]["code"], block["verbs"][1]["paired"]) == (None, None)
    about, deal, nonsense = block["patterns"]
    assert about["post"] == [{"prep": "about", "object": {"head": "&weapon"}}] and about["code"] == "0312"
    assert deal["pre"] == [{"role": "source"}] and deal["post"][0] == {"prep": "with", "role": "target"}
    assert deal["post"][1] == {"head": "deal", "mods": ["peace"]} and deal["paired"] == "046"
    assert nonsense["code"] is None


def test_compiled_patterns_expand_synsets_and_weigh_specificity(tmp_path):
    import json

    data = read_verb_file((tmp_path / "v.txt", (tmp_path / "v.txt").write_text(VERBS))[0])
    path = tmp_path / "verbs.jsonl"
    path.write_text(json.dumps({"synsets": data["synsets"]}) + "\n" + "\n".join(json.dumps(b) for b in data["blocks"]))
    book = read_verbs(path)
    talk = book.verbs["talk"][0]
    assert talk.after == ("with",) and talk.codes() == ("040", "040")
    assert book.verbs["chat"][0].codes() == (None, None)
    about = talk.block.patterns[0]
    assert about.post[0].obj.words == frozenset({"rifle", "tank"}) and about.weight == 2


def test_an_event_known_by_its_type_gets_the_triggers_code_of_that_type_else_the_types_general_code():
    book = load_codebook()
    assert book.code_of_type("ASSAULT", ["040", "186"]) == "186"  # the trigger's own code of that type
    assert book.code_of_type("ASSAULT", ["040"]) == "180"  # none of that type: the general code, no made-up detail
    for kind, code in book.type_codes.items():  # every type's general code is a 3-digit code of that very type
        assert len(code) == 3 and book.info(code).plover_type == kind
    assert set(book.type_codes) == {kind for kind, _, _ in book.plover.values() if kind}
