"""Scoring eventwire against gold sets: one reader per gold format, one scorer per task."""

from __future__ import annotations

import importlib
import itertools
import os
import time
from pathlib import Path

from eventwire.errors import error

TASKS = {
    "time": "time/timebank_aquaint/TBAQ-cleaned",
    "quotes": "quotes/polnear/dev",
    "cameo": "events/petrarch2",
    "geo": "geo/gold",
}
# the gold reader and scorer of each task run through the pipeline, imported on use (scorers load spaCy)
MODULES = {"time": ("timeml", "score_times"), "quotes": ("brat", "score_quotes"), "geo": ("geogold", "score_geo")}


def shared_data() -> Path:
    """The shared data folder: $EVENTWIRE_DATA, else ../shared/data beside the checkout or the working folder."""
    if os.environ.get("EVENTWIRE_DATA"):
        return Path(os.environ["EVENTWIRE_DATA"])
    for base in (Path(__file__).resolve().parents[3], Path.cwd()):
        candidate = base.parent / "shared" / "data"
        if candidate.exists():
            return candidate
    return Path.cwd().parent / "shared" / "data"


def default_data(task: str) -> Path:
    """Where a task's dev set is expected."""
    return shared_data() / TASKS[task]


def run(task: str, data: Path | None = None, limit: int = 0, model: str | None = None) -> dict:
    """Score one task on its dev set; returns the figures with the data path, document count and seconds."""
    if task not in TASKS:
        raise error("E013", task=task, tasks=", ".join(TASKS))
    folder = data or default_data(task)
    if not folder.exists():
        raise error("E014", task=task, path=folder)
    started = time.perf_counter()
    if task == "cameo":
        from eventwire.evaluate import score_cameo

        scores = score_cameo.score(folder, model, limit)
    else:
        from eventwire.extract import Extractor

        reader, scorer = (importlib.import_module(f"eventwire.evaluate.{name}") for name in MODULES[task])
        scores = scorer.score(itertools.islice(reader.read_dir(folder), limit or None), Extractor(model))
    return {"task": task, "data": str(folder), **scores, "seconds": round(time.perf_counter() - started, 1)}
