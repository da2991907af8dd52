"""Reading eventwire's packaged data files: one place that knows where they live, how tables are read and how
sorted name keys are searched."""

from __future__ import annotations

import json
from bisect import bisect_left
from importlib import resources
from pathlib import Path
from typing import Any


def data_path(*parts: str) -> Path:
    """The path of a packaged data file or folder, e.g. data_path("events", "nouns.tsv")."""
    return Path(str(resources.files("eventwire").joinpath("data", *parts)))


def read_json(*parts: str) -> dict[str, Any]:
    """A packaged JSON object without its comment keys (those starting with '_')."""
    raw = json.loads(data_path(*parts).read_text(encoding="utf-8"))
    return {key: value for key, value in raw.items() if not key.startswith("_")}


def read_tsv(path: Path) -> list[list[str]]:
    """Rows of a tab-separated data file, comments and blank lines skipped."""
    with open(path, encoding="utf-8") as handle:
        return [line.rstrip("\n").split("\t") for line in handle if line.strip() and not line.startswith("#")]


def begins_any(keys: list[str], key: str) -> bool:
    """Whether some key of the sorted list begins with `key` (a name span worth extending by a token)."""
    k = bisect_left(keys, key)
    return k < len(keys) and keys[k].startswith(key)
