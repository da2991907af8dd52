"""Building the spaCy pipeline: eventwire's shipped model or a user's, plus eventwire's components."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import spacy
from spacy.language import Language

from eventwire.errors import error
from eventwire.ops import use_blas
from eventwire.resources.files import data_path

SENTENCES = "sentences"  # added before the parser: the boundaries the layout gives (paragraphs, closing quotes)
COMPONENTS = ("parse_repairs", "known_lemmas", "actors", "times", "quotes", "places", "event_types", "events",
              "locations", "happenings", "claims")
ERROR_KEY = "eventwire_error"  # Doc.user_data key: what failed on a document inside the pipeline


def keep_error(name: str, component: object, docs: list, exc: Exception) -> None:
    """spaCy's error handler: note on each document of the failed batch what failed, so the caller reports that
    document (and only it) as failed while the rest of the stream goes on."""
    for doc in docs:
        doc.user_data[ERROR_KEY] = f"{name}: {type(exc).__name__}: {exc}"[:300]


def shipped_model_path() -> Path:
    """Where the model eventwire trained and ships lives inside the package."""
    return data_path("model")


def load_base(model: str | Path | None = None) -> Language:
    """Load the language pipeline: eventwire's own by default, else any spaCy package name or path."""
    name = str(model) if model else str(shipped_model_path())
    use_blas()
    try:
        nlp = spacy.load(name)
    except (OSError, ValueError, ImportError) as exc:
        raise error("E010", name=name, detail=str(exc).splitlines()[0][:300]) from None
    missing = [p for p in ("parser", "ner") if not nlp.has_pipe(p)]
    if missing:
        raise error("E012", name=name, missing=" and ".join(missing))
    return nlp


def build(model: str | None = None, actors: str | None = None, verbs: str | None = None,
          combine: str = "both") -> Language:
    """A new full pipeline: the base model and eventwire's components, failures kept per document.
    `actors` is a folder of actor dictionaries and `verbs` a verbs.jsonl file to use instead of the shipped ones;
    `combine` says who types events: the dictionary and the trained type model together ("both"), or either alone
    ("dictionary", "model")."""
    import eventwire.components  # noqa: F401  (registers the factories)

    nlp = load_base(model)
    if not nlp.has_pipe(SENTENCES):
        nlp.add_pipe(SENTENCES, before="parser")
    settings = {"actors": {"dictionary_dir": actors}, "event_types": {"verbs_path": verbs},
                "events": {"verbs_path": verbs, "combine": combine}}
    for name in COMPONENTS:
        if not nlp.has_pipe(name):
            nlp.add_pipe(name, config=settings.get(name, {}))
    nlp.default_error_handler = keep_error  # what spaCy calls when one of eventwire's components fails
    for _, component in nlp.pipeline:
        try:
            component.set_error_handler(keep_error)
        except AttributeError:  # spaCy 3.8's parser and NER lack the attribute: their errors still propagate
            pass
    return nlp


load = cache(build)  # the full pipeline, built once per process and settings
