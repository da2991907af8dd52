"""Where the shared data folder (gold sets, treebanks, source dictionaries) is: the one place that decides it."""

from __future__ import annotations

import os
from pathlib import Path

CHECKOUT = Path(__file__).resolve().parents[2]


def shared_data() -> Path:
    """The shared data folder: $EVENTWIRE_DATA, else ../shared/data beside the checkout or the working folder."""
    if os.environ.get("EVENTWIRE_DATA"):
        return Path(os.environ["EVENTWIRE_DATA"])
    for base in (CHECKOUT, Path.cwd()):
        candidate = base.parent / "shared" / "data"
        if candidate.exists():
            return candidate
    return Path.cwd().parent / "shared" / "data"
