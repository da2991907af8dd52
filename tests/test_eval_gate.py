"""The eval gate: each recorded dev-set score may not drop (scores in tests/eval_scores.json).

Re-record after a real improvement with `python tests/test_eval_gate.py --record`.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest

from eventwire.evaluate import default_data, run

RECORDED = Path(__file__).with_name("eval_scores.json")
TOLERANCE = 0.5  # points; scores are deterministic, this only absorbs float noise across platforms
GATED = {
    "time": [("span_relaxed", "f"), ("value_accuracy",), ("value", "f")],
    "quotes": [("span_overlap", "f"), ("span_soft", "f"), ("speaker_accuracy",)],
    "cameo": [("cameo", "f"), ("root", "f"), ("plover", "f")],
    "geo": [("toponym", "f"), ("acc161",), ("acc161_all",)],
}


def pick(scores: dict, path: tuple[str, ...]) -> float:
    for key in path:
        scores = scores[key]
    return float(scores)  # type: ignore[arg-type]


@pytest.mark.parametrize("task", sorted(GATED))
def test_scores_do_not_drop(task, shared):
    if not default_data(task).exists():
        pytest.skip(f"no dev data for {task}")
    recorded = json.loads(RECORDED.read_text()).get(task)
    if recorded is None:
        pytest.skip(f"no recorded scores for {task} in {RECORDED.name}: record them with --record")
    scores = run(task)
    for path in GATED[task]:
        name = ".".join(path)
        assert pick(scores, path) >= recorded[name] - TOLERANCE, f"{task} {name} dropped: {scores}"


def record() -> None:
    out = {}
    for task, paths in GATED.items():
        scores = run(task)
        out[task] = {".".join(p): pick(scores, p) for p in paths}
        print(task, json.dumps(scores))
    RECORDED.write_text(json.dumps(out, indent=2) + "\n")


if __name__ == "__main__" and "--record" in sys.argv:
    record()
