"""Building the spaCy pipeline: eventwire's shipped model or a user's, plus eventwire's components."""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path

import spacy
from spacy.language import Language

from eventwire.errors import error

COMPONENTS = ("actors", "times", "quotes", "places", "events", "claims")


def shipped_model_path() -> Path:
    """Where the model eventwire trained and ships lives inside the package."""
    return Path(str(resources.files("eventwire").joinpath("data", "model")))


def load_base(model: str | Path | None = None) -> Language:
    """Load the language pipeline: eventwire's own by default, else any spaCy package name or path."""
    name = str(model) if model else str(shipped_model_path())
    try:
        nlp = spacy.load(name)
    except (OSError, ValueError, ImportError) as exc:
        raise error("E010", name=name, detail=str(exc).splitlines()[0][:300]) from None
    missing = [p for p in ("parser", "ner") if not nlp.has_pipe(p)]
    if missing:
        raise error("E012", name=name, missing=" and ".join(missing))
    return nlp


@cache
def load(model: str | None = None, actors: str | None = None, verbs: str | None = None) -> Language:
    """The full pipeline (base model + eventwire's components), built once per process and settings.
    `actors` is a folder of actor dictionaries and `verbs` a verbs.jsonl file to use instead of the shipped ones."""
    import eventwire.components  # noqa: F401  (registers the factories)

    nlp = load_base(model)
    settings = {"actors": {"dictionary_dir": actors}, "events": {"verbs_path": verbs}}
    for name in COMPONENTS:
        if not nlp.has_pipe(name):
            nlp.add_pipe(name, config=settings.get(name, {}))
    return nlp
