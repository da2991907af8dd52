"""Writing a trained pipeline into the package: eventwire's name, version and licence in its meta, and its size."""

from __future__ import annotations

import shutil
from pathlib import Path

import spacy


def ship(nlp: spacy.Language, target: Path, name: str, description: str, licence: str, version: str = "0.1.0"
         ) -> None:
    """Replace the model at `target` with `nlp`, named, versioned and licensed as eventwire's."""
    nlp.meta.update({"name": name, "version": version, "description": description, "license": licence,
                     "author": "eventwire"})
    if target.exists():
        shutil.rmtree(target)
    nlp.to_disk(target)
    print(f"model written to {target} ({size_mb(target):.1f} MB)")


def size_mb(target: Path) -> float:
    """The model's size on disk in MB."""
    return sum(p.stat().st_size for p in target.rglob("*") if p.is_file()) / 1e6
