"""Scoring eventwire against gold sets: one scorer per task, all with one signature, run on a task's dev set.

Every scorer module has `score(folder, extractor, limit=0) -> dict`: `folder` holds the task's gold (read with
`eventwire.formats`), `extractor` builds the extractor to score (keyword overrides such as `actors=` and `verbs=`
go to `Extractor`), `limit` keeps the first documents (0: all). Its `score_gold(gold, extract)` scores gold already
read with any function from Document to Record, which is how the scorers are tested on hand-made cases.
"""

from __future__ import annotations

import functools
import importlib
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from eventwire.errors import error
from eventwire.paths import shared_data

if TYPE_CHECKING:
    from eventwire.record import Document, Record

Extract = Callable[["Document"], "Record"]  # what a scorer runs on each gold document
ExtractorFactory = Callable[..., Extract]  # builds it; keyword overrides go to Extractor

TASKS = {
    "time": "time/timebank_aquaint/TBAQ-cleaned",
    "quotes": "quotes/polnear/dev",
    "cameo": "events/petrarch2",
    "geo": "geo/gold",
    "events": "events",
}
# the scorer module of each task, imported on use (scorers load spaCy)
SCORERS = {"time": "score_times", "quotes": "score_quotes", "cameo": "score_cameo", "geo": "score_geo",
           "events": "score_events"}


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
    from eventwire.extract import Extractor

    started = time.perf_counter()
    scorer = importlib.import_module(f"eventwire.evaluate.{SCORERS[task]}")
    scores = scorer.score(folder, functools.partial(Extractor, model), limit)
    return {"task": task, "data": str(folder), **scores, "seconds": round(time.perf_counter() - started, 1)}
