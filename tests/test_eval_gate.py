"""The eval gate: each recorded dev-set score may not drop, and each task keeps its number of documents and gold
items (scores and counts in tests/eval_scores.json).

Without the dev data the gate skips, except in CI (the CI variable set), where it fails. Record one task after a
real improvement, or after a deliberate change of its gold or reader, with

    python tests/test_eval_gate.py --record TASK                # refuses to lower a recorded score or count
    python tests/test_eval_gate.py --record TASK --allow-drop   # lowers them; say why in the commit message
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

import pytest

from eventwire.evaluate import TASKS, default_data, run

RECORDED = Path(__file__).with_name("eval_scores.json")
TOLERANCE = 0.5  # points; scores are deterministic, this only absorbs float noise across platforms
GATED = {
    "time": [("span_relaxed", "f"), ("value_accuracy",), ("value", "f")],
    "quotes": [("span_overlap", "f"), ("span_soft", "f"), ("speaker_accuracy",)],
    "cameo": [("cameo", "f"), ("root", "f"), ("plover", "f")],
    "geo": [("toponym", "f"), ("acc161",), ("acc161_all",)],
    "events": [("silver_test", "plover", "p"), ("silver_test", "plover", "f"), ("silver_test", "tuple", "f"),
               ("silver_test", "type_found"), ("silver_test", "quiet"), ("tagtog", "relevance", "f"),
               ("tagtog", "root_some"), ("penta", "class_accuracy"), ("acled", "top_type")],
}
# what was scored: a reader that drops (hard) items changes these, whatever the scores do
COUNTED = {
    "time": [("documents",), ("gold",)],
    "quotes": [("documents",), ("gold",)],
    "cameo": [("sentences",), ("cameo", "gold"), ("root", "gold"), ("plover", "gold")],
    "geo": [("documents",), ("gold",)],
    "events": [("silver_test", "sentences"), ("silver_test", "with_events"), ("tagtog", "sentences"),
               ("penta", "sentences"), ("acled", "sentences")],
}


def in_ci() -> bool:
    return os.environ.get("CI", "").strip().lower() not in ("", "0", "false", "no")


def pick(scores: dict, path: tuple[str, ...]) -> float:
    for key in path:
        scores = scores[key]
    return scores  # type: ignore[return-value]


def figures(task: str, scores: dict) -> dict[str, dict]:
    """The gated scores and the counts of one run, as eval_scores.json keeps them."""
    return {
        "scores": {".".join(p): float(pick(scores, p)) for p in GATED[task]},
        "counts": {".".join(p): int(pick(scores, p)) for p in COUNTED[task]},
    }


def recorded() -> dict:
    return json.loads(RECORDED.read_text()) if RECORDED.exists() else {}


def test_every_task_is_gated():
    ungated = sorted(set(TASKS) - (set(GATED) & set(COUNTED)))
    assert not ungated, f"evaluated but not gated: {ungated}; add to GATED and COUNTED, then --record each"
    assert set(GATED) == set(COUNTED) == set(TASKS)


@pytest.mark.parametrize("task", sorted(GATED))
def test_scores_do_not_drop(task):
    folder = default_data(task)
    if not folder.exists():
        message = f"no dev data for {task} at {folder} (set EVENTWIRE_DATA or put ../shared/data beside the checkout)"
        if in_ci():
            pytest.fail(f"{message}: in CI the eval gate may not skip")
        pytest.skip(message)
    old = recorded().get(task)
    assert old, f"no recorded scores for {task} in {RECORDED.name}: python tests/test_eval_gate.py --record {task}"
    scores = run(task)
    new = figures(task, scores)
    assert new["counts"] == old["counts"], (
        f"{task} scored other documents or gold items than recorded ({old['counts']} -> {new['counts']}): "
        "a reader or the data changed; if that is intended, record the task again"
    )
    for name, value in old["scores"].items():
        assert new["scores"][name] >= value - TOLERANCE, f"{task} {name} dropped: {value} -> {new['scores'][name]}"


def lowered(old: dict, new: dict) -> list[str]:
    """Recorded scores and counts the new figures would lower."""
    return [
        f"{kind} {name}: {value} -> {new[kind][name]}"
        for kind in ("scores", "counts")
        for name, value in old.get(kind, {}).items()
        if name in new[kind] and new[kind][name] < value
    ]


def record(task: str, allow_drop: bool = False) -> int:
    """Run one task and record its figures; lowering a recorded one needs allow_drop. Returns the exit status."""
    scores = run(task)
    print(task, json.dumps(scores))
    everything = recorded()
    new = figures(task, scores)
    drops = lowered(everything.get(task, {}), new)
    if drops and not allow_drop:
        print(f"not recorded: {task} would lower", "; ".join(drops))
        print("If the drop is intended, run again with --allow-drop and give the reason in the commit message.")
        return 1
    everything[task] = new
    ordered = {name: everything[name] for name in [*GATED, *sorted(set(everything) - set(GATED))] if name in everything}
    RECORDED.write_text(json.dumps(ordered, indent=2) + "\n")
    print(f"recorded {task} in {RECORDED.name}: {json.dumps(new)}")
    if drops:
        print(f"lowered ({'; '.join(drops)}): the reason must go in the commit message.")
    return 0


def fake_time_scores(relaxed: float, gold: int) -> dict:
    return {"documents": 2, "gold": gold, "span_relaxed": {"f": relaxed}, "value_accuracy": 80.0, "value": {"f": 70.0}}


def test_missing_dev_data_skips_here_but_fails_in_ci(monkeypatch, tmp_path):
    monkeypatch.setattr(sys.modules[__name__], "default_data", lambda task: tmp_path / "absent")
    monkeypatch.delenv("CI", raising=False)
    with pytest.raises(pytest.skip.Exception):
        test_scores_do_not_drop("time")
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="in CI the eval gate may not skip"):
        test_scores_do_not_drop("time")


def test_fewer_gold_items_fail_the_gate_even_with_higher_scores(monkeypatch, tmp_path):
    module = sys.modules[__name__]
    monkeypatch.setattr(module, "RECORDED", tmp_path / "scores.json")
    monkeypatch.setattr(module, "default_data", lambda task: tmp_path)
    module.RECORDED.write_text(json.dumps({"time": figures("time", fake_time_scores(80.0, 10))}))
    monkeypatch.setattr(module, "run", lambda task: fake_time_scores(90.0, 9))
    with pytest.raises(AssertionError, match="other documents or gold items"):
        test_scores_do_not_drop("time")
    monkeypatch.setattr(module, "run", lambda task: fake_time_scores(70.0, 10))
    with pytest.raises(AssertionError, match="span_relaxed.f dropped"):
        test_scores_do_not_drop("time")
    monkeypatch.setattr(module, "run", lambda task: fake_time_scores(79.9, 10))
    test_scores_do_not_drop("time")  # within the tolerance


def test_recording_a_lower_score_needs_allow_drop(monkeypatch, tmp_path, capsys):
    module = sys.modules[__name__]
    monkeypatch.setattr(module, "RECORDED", tmp_path / "scores.json")
    before = {"time": figures("time", fake_time_scores(80.0, 10)), "geo": {"scores": {}, "counts": {}}}
    module.RECORDED.write_text(json.dumps(before))
    monkeypatch.setattr(module, "run", lambda task: fake_time_scores(79.0, 10))
    assert main(["--record", "time"]) == 1
    assert json.loads(module.RECORDED.read_text()) == before
    assert "--allow-drop" in capsys.readouterr().out
    assert main(["--record", "time", "--allow-drop"]) == 0
    after = json.loads(module.RECORDED.read_text())
    assert after["time"]["scores"]["span_relaxed.f"] == 79.0 and after["geo"] == before["geo"]
    assert "the reason must go in the commit message" in capsys.readouterr().out
    monkeypatch.setattr(module, "run", lambda task: fake_time_scores(85.0, 12))
    assert main(["--record", "time"]) == 0
    assert json.loads(module.RECORDED.read_text())["time"]["counts"] == {"documents": 2, "gold": 12}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Record one task's dev-set scores and counts for the eval gate.")
    parser.add_argument("--record", metavar="TASK", choices=sorted(GATED), required=True, help="the task to record")
    parser.add_argument("--allow-drop", action="store_true", help="allow lowering a recorded score or count")
    args = parser.parse_args(argv)
    return record(args.record, args.allow_drop)


if __name__ == "__main__":
    raise SystemExit(main())
