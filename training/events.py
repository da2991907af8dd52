"""Rebuild eventwire's event type model (PLOVER types of a news sentence) from the silver event gold in ../shared/data.

    python training/events.py                  # prepare, train, ship, score, write the card
    python training/events.py --steps score    # any subset, in order

Trained on events/silver/train.jsonl, selected on silver dev; the test split is scored once for the card and never
used to choose anything. The ACLED notes are measured, never trained on (their terms forbid a derived model).
The model is written to src/eventwire/data/event_types with MODEL_CARD.md and scores.json beside it.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import spacy
from spacy.cli.train import train as spacy_train
from spacy.tokens import Doc, DocBin

from eventwire.components.events.coder import Codes
from eventwire.components.events.types import SentenceView
from eventwire.formats.eventgold import GoldSentence, read_acled, read_silver
from eventwire.paths import shared_data
from eventwire.pipeline import SENTENCES, load_base
from eventwire.resources.codebook import load_codebook
from eventwire.resources.verbs import load_verbs
from shipping import ship as ship_model
from shipping import size_mb

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DATA = shared_data() / "events"
CORPUS = HERE / "corpus"
OUTPUT = HERE / "output" / "events"
MODEL = ROOT / "src" / "eventwire" / "data" / "event_types"
MODEL_NAME = "eventwire_event_types"


def labels() -> list[str]:
    """The labels the model learns: every PLOVER type of the codebook."""
    return sorted({kind for kind, _, _ in load_codebook().plover.values() if kind})


def reader() -> spacy.Language:
    """The shipped language pipeline with the actors component: what the type model's view needs."""
    import eventwire.components  # noqa: F401  (registers the factories)

    nlp = load_base()
    nlp.add_pipe(SENTENCES, before="parser")
    nlp.add_pipe("actors")
    return nlp


def views(sentences: list[GoldSentence]) -> list[list[str]]:
    """Each gold sentence as the type model reads it (the whole text as one sentence)."""
    view = SentenceView(Codes(load_verbs(), load_codebook()))
    return [view(doc[:]) for doc in reader().pipe(s.text for s in sentences)]


def prepare() -> None:
    """The silver splits as DocBins of sentence views with one category per PLOVER type (1 when some event has
    it)."""
    CORPUS.mkdir(parents=True, exist_ok=True)
    vocab = spacy.blank("en").vocab
    types = labels()
    for split in ("train", "dev"):
        sentences = list(read_silver(DATA / "silver" / f"{split}.jsonl"))
        docs = []
        for sentence, words in zip(sentences, views(sentences), strict=True):
            doc = Doc(vocab, words=words)
            found = {e.plover for e in sentence.events}
            doc.cats = {t: float(t in found) for t in types}
            docs.append(doc)
        DocBin(docs=docs).to_disk(CORPUS / f"events-{split}.spacy")
        print(f"events-{split}: {len(docs)} sentences, {sum(any(d.cats.values()) for d in docs)} with events")


def train() -> None:
    overrides = {"paths.train": str(CORPUS / "events-train.spacy"), "paths.dev": str(CORPUS / "events-dev.spacy")}
    spacy_train(HERE / "events.cfg", OUTPUT, overrides=overrides)


def ship() -> None:
    """Copy the best checkpoint into the package with eventwire's name and licence."""
    ship_model(spacy.load(OUTPUT / "model-best"), MODEL, MODEL_NAME,
               "PLOVER event types of an English news sentence (multi-label), eventwire's own.",
               "research use (weights derived from news sentences under research-use terms; see NOTICE)")


def classify(nlp: spacy.Language, sentences: list[GoldSentence]) -> list[Doc]:
    """The model's categories for each gold sentence's view."""
    return list(nlp.pipe(Doc(nlp.vocab, words=words) for words in views(sentences)))


def best(doc: Doc) -> str:
    """The most probable PLOVER type."""
    return max(doc.cats, key=doc.cats.get)


def score_silver(nlp: spacy.Language, sentences: list[GoldSentence], threshold: float) -> dict[str, float]:
    """Sentence-level type sets (micro P/R/F; the types whose probability reaches `threshold`), and the share of
    event sentences whose most probable type is a gold type."""
    tp = predicted = gold = hit = with_events = 0
    for sentence, doc in zip(sentences, classify(nlp, sentences), strict=True):
        found = {t for t, p in doc.cats.items() if p >= threshold}
        truth = {e.plover for e in sentence.events if e.plover}
        tp, predicted, gold = tp + len(found & truth), predicted + len(found), gold + len(truth)
        if truth:
            with_events += 1
            hit += best(doc) in truth
    p, r = tp / predicted if predicted else 0.0, tp / gold if gold else 0.0
    return {"p": round(100 * p, 2), "r": round(100 * r, 2), "f": round(200 * p * r / (p + r), 2) if p + r else 0.0,
            "best_type_right": round(100 * hit / with_events, 2) if with_events else 0.0}


def score_acled(nlp: spacy.Language, notes: list[GoldSentence]) -> dict[str, float]:
    """The share of ACLED notes whose best type is one an analyst accepts for the note."""
    right = sum(best(doc) in note.types for note, doc in zip(notes, classify(nlp, notes), strict=True))
    return {"best_type_right": round(100 * right / len(notes), 2)}


def score(threshold: float) -> None:
    nlp = spacy.load(MODEL)
    dev = list(read_silver(DATA / "silver" / "dev.jsonl"))
    test = list(read_silver(DATA / "silver" / "test.jsonl"))
    notes = list(read_acled(DATA / "acled_notes" / "acled_notes.jsonl"))
    docs = [Doc(nlp.vocab, words=words) for words in views(dev)] * 5
    started = time.perf_counter()
    words = sum(len(d) for d in nlp.pipe(docs))
    scores = {
        "threshold": threshold,
        "silver-dev": score_silver(nlp, dev, threshold),
        "silver-test": score_silver(nlp, test, threshold),
        "acled-sample": score_acled(nlp, notes),
        "words_per_second": round(words / (time.perf_counter() - started)),
        "size_mb": round(size_mb(MODEL), 1),
    }
    (MODEL / "scores.json").write_text(json.dumps(scores, indent=2) + "\n", encoding="utf-8")
    write_card(nlp, scores)


def write_card(nlp: spacy.Language, scores: dict) -> None:
    def row(name: str) -> str:
        s = scores[name]
        return f"| {name} | {s['p']} | {s['r']} | {s['f']} | {s['best_type_right']} |"

    card = f"""# {nlp.meta['name']} {nlp.meta['version']}: PLOVER event types of a news sentence

Trained by `python training/events.py` (config `training/events.cfg`), spaCy {spacy.__version__}, CPU, no
pretrained vectors: a multi-label text classifier (bag of words and bigrams beside a small CNN over hashed word
features) giving each of the {len(nlp.pipeline[-1][1].labels)} PLOVER types a probability (all low: no event; an
exclusive classifier with a NONE label was tried and typed 20 points fewer event sentences right).

It reads a sentence as `SentenceView` (`components/events/types.py`) gives it: lemmas of content words, one `ACTOR`
per actor mention, and after each dictionary verb or event noun the PLOVER types the dictionary gives it, so it
learns when to trust the dictionary. Size on disk: {scores['size_mb']} MB. Speed of the classifier on sentence
views: {scores['words_per_second']:,} words/s on one core.

## Data
- Train: `events/silver/train.jsonl` (1,548 news sentences, 907 events; small classes SANCTION, MOBILIZE,
  CONCEDE have under 10 events each, so the dictionary decides those). Selected on `silver/dev.jsonl`.
- `silver/test.jsonl` is scored here once for this card and never used to choose anything.
- The ACLED notes are measured only (a fixed sample of 720, 120 per ACLED event type): their terms forbid a model
  derived from them.

## Scores
Sentence-level PLOVER type sets at threshold {scores['threshold']} (micro P/R/F), and the share of event sentences
whose most probable type is a gold type:

| set | P | R | F | best type right |
|---|---|---|---|---|
{row("silver-dev")}
{row("silver-test")}

ACLED sample: the most probable type is one an analyst accepts for {scores['acled-sample']['best_type_right']}% of
the notes.

How eventwire combines it with the dictionary, and what the combination scores, is in the README
("Event types: dictionary and model") and `eventwire evaluate events`.
"""
    (MODEL / "MODEL_CARD.md").write_text(card, encoding="utf-8")
    print(card)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--steps", default="prepare,train,ship,score")
    parser.add_argument("--threshold", type=float, default=0.3)
    args = parser.parse_args()
    if not DATA.exists():
        raise SystemExit(f"training needs the shared data at {DATA}")
    steps = args.steps.split(",")
    for step, run in (("prepare", prepare), ("train", train), ("ship", ship)):
        if step in steps:
            run()
    if "score" in steps:
        score(args.threshold)


if __name__ == "__main__":
    main()
