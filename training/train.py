"""Rebuild eventwire's shipped English pipeline from the treebanks and NER sets in ../shared/data.

    python training/train.py              # prepare, train, assemble, score, write the card
    python training/train.py --steps prepare,score   # any subset, in order
    python training/train.py --steps train --max-steps 500 --set components.tok2vec.model.encode.depth=3  # a pilot

One pipeline (training/pipeline.cfg): tagger, morphologizer, lemmatizer, parser and NER all listen to one shared
tok2vec and are trained together, in one run, on GUM train + UD EWT train (syntax) and CoNLL-2003 train (entities);
the checkpoint is selected on GUM dev + EWT dev + CoNLL-2003 testa. The best checkpoint is written to
src/eventwire/data/model with MODEL_CARD.md and scores.json beside it.
"""

from __future__ import annotations

import argparse
import json
import re
import time
from pathlib import Path

import spacy
from spacy.cli.train import train as spacy_train
from spacy.scorer import Scorer
from spacy.tokens import DocBin
from spacy.training import Example

from eventwire.formats import conllu, iob
from eventwire.ops import use_blas
from eventwire.paths import shared_data
from shipping import ship, size_mb

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
DATA = shared_data()
CORPUS = HERE / "corpus"
OUTPUT = HERE / "output"
MODEL = ROOT / "src" / "eventwire" / "data" / "model"
MODEL_NAME = "eventwire_core"
VERSION = "0.3.0"
MAX_STEPS = 4500
PATIENCE = 3000
EVAL_FREQUENCY = 500


def gum_split(name: str) -> list[Path]:
    """The GUM files of one split named in meta/splits.md (files absent from the snapshot are skipped)."""
    text = (DATA / "treebanks/gum/meta/splits.md").read_text(encoding="utf-8")
    section = re.search(rf"^## {name}\n(.*?)(?=^## |\Z)", text, re.S | re.M)
    if section is None:
        raise SystemExit(f"split {name!r} not found in GUM meta/splits.md")
    names = re.findall(r"^\s*\*\s*(\S+)", section.group(1), re.M)
    return [p for n in names if (p := DATA / "treebanks/gum" / f"{n}.conllu").exists()]


def prepare() -> None:
    """Convert the shared data into spaCy DocBins under training/corpus.

    train/ and dev/ hold one DocBin per source; spaCy reads every .spacy file of the folder as one corpus, in name
    order. The dev files are numbered so that the treebanks come before CoNLL-2003: spaCy 3.8's Scorer.score_deps
    keeps its set of token indices without a gold dependency across documents, so a doc without trees scored first
    would hide those token positions in every treebank doc after it (dev UAS/LAS 0).
    Treebank docs carry tags, morphs, lemmas and trees but no entities (ENT_IOB missing), CoNLL-2003 docs carry
    entities but no syntax (TAG, POS, MORPH, LEMMA, DEP missing): each component learns only from the docs that
    have its annotation, and all of them train the one shared tok2vec.
    """
    vocab = spacy.blank("en").vocab
    ewt = DATA / "treebanks/ud_english_ewt"
    treebanks = {
        "train/gum": gum_split("train"),
        "train/ewt": [ewt / "en_ewt-ud-train.conllu"],
        "dev/1-gum": gum_split("dev"),
        "dev/2-ewt": [ewt / "en_ewt-ud-dev.conllu"],
        "gum-test": gum_split("test"),
        "ewt-test": [ewt / "en_ewt-ud-test.conllu"],
    }
    ner = {
        "train/conll": DATA / "ner/conll2003/eng.train",
        "dev/3-conll": DATA / "ner/conll2003/eng.testa",
        "conll-test": DATA / "ner/conll2003/eng.testb",
        "uner-test": DATA / "ner/uner_english_ewt/en_ewt-ud-test.iob2",
    }
    for sub in ("train", "dev"):
        (CORPUS / sub).mkdir(parents=True, exist_ok=True)
    for name, paths in treebanks.items():
        docs = list(conllu.read_docs(vocab, paths))
        DocBin(docs=docs, store_user_data=False).to_disk(CORPUS / f"{name}.spacy")
        print(f"{name}: {len(docs)} docs, {sum(len(d) for d in docs)} words from {len(paths)} files")
    for name, path in ner.items():
        docs = list(iob.read_docs(vocab, path))
        DocBin(docs=docs).to_disk(CORPUS / f"{name}.spacy")
        print(f"{name}: {len(docs)} docs, {sum(len(d) for d in docs)} words, {sum(len(d.ents) for d in docs)} entities")


LEMMATIZER = "trainable_lemmatizer"
RUNS = ["lemmatizer", "resumed", "pipeline"]  # the runs under OUTPUT, latest stage first


def sourced_config(source: Path, stage: str) -> Path:
    """pipeline.cfg with components sourced from a trained pipeline, for a later training stage.

    resumed: every component goes on training from its weights. lemmatizer: a new lemmatizer is trained on the
    frozen encoder, every other component frozen (spaCy 3.8's edit-tree lemmatizer, when sourced and resumed,
    gets no gradient, and the encoder moving under it turns its output into the word itself: lemma accuracy fell
    from 96.3 to 76.7 on dev in the resumed run).
    The batches start at their full size: the compounding schedule already ran in the first run.
    """
    config = spacy.util.load_config(HERE / "pipeline.cfg")
    for name in config["nlp"]["pipeline"]:
        if stage == "resumed" or name != LEMMATIZER:
            config["components"][name] = {"source": str(source)}
    if stage == "lemmatizer":
        width = spacy.util.load_config(HERE / "pipeline.cfg", interpolate=True)["components"]["tok2vec"]["model"][
            "encode"]["width"]
        config["components"][LEMMATIZER]["model"]["tok2vec"]["width"] = width  # its ${...} names a sourced block
        config["training"]["frozen_components"] = [n for n in config["nlp"]["pipeline"] if n != LEMMATIZER]
        config["training"]["annotating_components"] = ["tok2vec"]
    config["training"]["batcher"]["size"]["start"] = config["training"]["batcher"]["size"]["stop"]
    path = OUTPUT / f"{stage}.cfg"
    path.parent.mkdir(parents=True, exist_ok=True)
    config.to_disk(path)
    return path


def best_run() -> Path:
    """The best checkpoint of the latest training stage that ran."""
    return next(path for run in RUNS if (path := OUTPUT / run / "model-best").exists())


def train(
    max_steps: int, patience: int, eval_frequency: int, overrides: dict[str, object], stage: str = "pipeline"
) -> float:
    """Train on the combined corpus; return the wall-clock minutes.

    Stages, each written to OUTPUT/STAGE: pipeline (the whole pipeline, one shared tok2vec, from scratch), resumed
    (goes on from the pipeline's best checkpoint), lemmatizer (a new lemmatizer on the resumed run's frozen encoder).
    """
    settings: dict[str, object] = {
        "paths.train": str(CORPUS / "train"),
        "paths.dev": str(CORPUS / "dev"),
        "training.max_steps": max_steps,
        "training.patience": patience,
        "training.eval_frequency": eval_frequency,
        **overrides,
    }
    # the lemmatizer stage starts from the resumed run's last checkpoint: that run's own choice of best is skewed by
    # the decaying lemmatizer (step 0 won on the weighted dev score), and the lemmatizer is trained anew anyway
    previous = {"resumed": OUTPUT / "pipeline" / "model-best", "lemmatizer": OUTPUT / "resumed" / "model-last"}
    config = sourced_config(previous[stage], stage) if stage in previous else HERE / "pipeline.cfg"
    out = OUTPUT / stage
    start = time.perf_counter()
    use_blas()  # matrix products through NumPy's BLAS: the same training, faster on these CPUs
    spacy_train(config, out, overrides=settings)
    minutes = (time.perf_counter() - start) / 60
    (out / "training_time.json").write_text(
        json.dumps({"minutes": round(minutes, 1), "max_steps": max_steps, "patience": patience}) + "\n"
    )
    return minutes


def assemble() -> None:
    """Copy the best checkpoint into the shipped model with eventwire's name and licence."""
    ship(spacy.load(best_run()), MODEL, MODEL_NAME, "eventwire's own English pipeline, trained on GUM, UD EWT and "
         "CoNLL-2003.", "CC BY-SA 4.0 (weights derived from GUM, UD EWT; see NOTICE)", version=VERSION)


def score_set(nlp: spacy.Language, name: str, labels: set[str] | None = None) -> dict[str, float]:
    """Score the model on one DocBin: tags and trees for treebanks, entities (optionally some labels) for NER sets."""
    gold = list(DocBin().from_disk(CORPUS / f"{name}.spacy").get_docs(nlp.vocab))
    if labels is not None:
        for doc in gold:
            doc.ents = [e for e in doc.ents if e.label_ in labels]
    start = time.perf_counter()
    predicted = list(nlp.pipe(d.text for d in gold))
    seconds = time.perf_counter() - start
    if labels is not None:
        for doc in predicted:
            doc.ents = [e for e in doc.ents if e.label_ in labels]
    examples = [Example(p, g) for p, g in zip(predicted, gold, strict=True)]
    scores = Scorer(nlp).score(examples)
    words = sum(len(d) for d in gold)
    keys = ["token_acc", "tag_acc", "pos_acc", "morph_acc", "lemma_acc", "dep_uas", "dep_las", "sents_f"]
    if name.startswith(("conll", "uner")):
        keys = ["ents_p", "ents_r", "ents_f"]
    result = {k: round(100 * scores[k], 2) for k in keys if scores.get(k) is not None}
    result["words_per_second"] = round(words / seconds)
    print(name, result)
    return result


def score() -> None:
    """Score the shipped model on every test set and write scores.json and MODEL_CARD.md beside it."""
    nlp = spacy.load(MODEL)
    scores = {
        "gum-test": score_set(nlp, "gum-test"),
        "ewt-test": score_set(nlp, "ewt-test"),
        "conll-test": score_set(nlp, "conll-test"),
        "uner-test": score_set(nlp, "uner-test", labels={"PER", "ORG", "LOC"}),
        "selection": selection_scores(),
    }
    (MODEL / "scores.json").write_text(json.dumps(scores, indent=2) + "\n", encoding="utf-8")
    write_card(nlp, scores)


def selection_scores() -> dict[str, object]:
    """The dev-set scores the shipped checkpoint was selected on, from its training meta, and each training stage
    that ran with its length (stage -> minutes, max_steps, patience)."""
    performance = json.loads((best_run() / "meta.json").read_text())["performance"]
    keys = ("dep_uas", "dep_las", "ents_f", "lemma_acc")
    out: dict[str, object] = {k: round(100 * performance[k], 2) for k in keys if k in performance}
    out["stages"] = {run: json.loads((OUTPUT / run / "training_time.json").read_text())
                     for run in reversed(RUNS) if (OUTPUT / run / "training_time.json").exists()}
    return out


# the held-out scores of the model this one replaces (0.2.0: the same data and stages, no cluster features)
PREVIOUS = {"gum-test": {"dep_uas": 87.01, "dep_las": 83.76, "pos_acc": 96.3, "morph_acc": 93.85, "lemma_acc": 96.95},
            "ewt-test": {"dep_uas": 84.57, "dep_las": 81.22, "pos_acc": 94.69, "morph_acc": 94.03, "lemma_acc": 93.74},
            "conll-test": {"ents_f": 78.81}, "uner-test": {"ents_f": 44.84}}


def against_previous(scores: dict[str, dict[str, float]]) -> str:
    """Each held-out score against the replaced model's: 'GUM test LAS 83.76 -> 84.10 (+0.34)'."""
    names = {"dep_uas": "UAS", "dep_las": "LAS", "pos_acc": "UPOS", "morph_acc": "morph", "lemma_acc": "lemma",
             "ents_f": "F"}
    return "; ".join(f"{test} {names[key]} {before} -> {scores[test][key]} ({scores[test][key] - before:+.2f})"
                     for test, keys in PREVIOUS.items() for key, before in keys.items() if key in scores[test])


def write_card(nlp: spacy.Language, scores: dict[str, dict[str, float]]) -> None:
    def row(name: str, keys: list[str]) -> str:
        return "| " + name + " | " + " | ".join(str(scores[name].get(k, "")) for k in keys) + " |"

    syntax_keys = ["tag_acc", "pos_acc", "morph_acc", "lemma_acc", "dep_uas", "dep_las", "sents_f", "words_per_second"]
    ner_keys = ["ents_p", "ents_r", "ents_f", "words_per_second"]
    chosen = scores.get("selection", {})
    stages = "; ".join(f"{stage}: {t['max_steps']} updates at most, {t['minutes']} minutes"
                       for stage, t in chosen.get("stages", {}).items())
    config = nlp.config
    encode = config["components"]["tok2vec"]["model"]["encode"]
    embed = config["components"]["tok2vec"]["model"]["embed"]
    card = f"""# {nlp.meta['name']} {nlp.meta['version']}: eventwire's English pipeline

Trained by `python training/train.py` from `../shared/data` (config `training/pipeline.cfg`),
spaCy {spacy.__version__}, CPU, no pretrained vectors; Brown clusters as word features. Pipeline:
{", ".join(nlp.pipe_names)}.
Size on disk: {size_mb(MODEL):.1f} MB.

## Data
- tagger, morphologizer, lemmatizer, parser: GUM train (CC BY 4.0 annotations) + UD English EWT train
  (CC BY-SA 4.0). Labels are Universal Dependencies (nsubj, obj, obl, nsubj:pass, ...), tags PTB.
- ner: CoNLL-2003 English train (PER, ORG, LOC, MISC). GUM's entity annotation is not used: its spans are
  whole mentions (common nouns and pronouns too, e.g. "Australian children" as a person), not names, so it does not
  map cleanly to CoNLL's name types.
- Word features: the Brown clusters of spacy-lookups-data (`en_lexeme_cluster`, MIT License: 1,000 clusters over
  190,129 words), kept in the vocab's lookups table `lexeme_cluster` and read by the encoder, so words the
  treebanks never show ("overran", "shelled", "Kyiv") share what their cluster's words taught it.
- Model selection on GUM dev + EWT dev (syntax) and CoNLL-2003 testa (entities), one weighted dev score.

## Config
One run, one shared encoder: every component (tagger, morphologizer, lemmatizer, parser, ner) listens to the same
tok2vec and all their losses train it. Treebank docs carry no entities and CoNLL docs no syntax; spaCy treats that
annotation as missing (the tagger, morphologizer and lemmatizer mask the tokens, the parser and NER skip docs without
gold), so each head learns only from its own data while the encoder learns from all of it.
- tok2vec: hash embeddings of {list(embed["attrs"])} (rows {list(embed["rows"])}, width {embed["width"]}) and of
  each word's Brown-cluster path cut to {list(embed["prefixes"])} branches (rows {list(embed["prefix_rows"])}, width
  {embed["prefix_width"]}), mixed by a maxout layer (`eventwire.ClusterHashEmbed.v1`, src/eventwire/clusters.py);
  MaxoutWindowEncoder width {encode["width"]}, depth {encode["depth"]}, window {encode["window_size"]}.
- parser hidden width {config["components"]["parser"]["model"]["hidden_width"]}, ner hidden width \
{config["components"]["ner"]["model"]["hidden_width"]}; Adam, learn rate 0.001, batches compounding 100 to 1000 words.
- Training, in stages (dev scored every 500 updates, the best checkpoint of each stage kept): \
{stages}.
  `pipeline` trains everything from scratch (batches compounding from 100 to 1,000 words); `resumed` goes on from
  its best checkpoint with parameter averaging (`--set training.optimizer.use_averages=true`); `lemmatizer` trains a
  new lemmatizer on the frozen encoder (spaCy 3.8's edit-tree lemmatizer, sourced and resumed, gets no gradient and
  decays to copying the word as the encoder moves). Reproduce with
  `python training/train.py --steps prepare,train --max-steps 4500`, then
  `python training/train.py --steps train --stage resumed --max-steps 6000 --set training.optimizer.use_averages=true`,
  then `python training/train.py --steps train,assemble,score --stage lemmatizer --max-steps 2000 --patience 1000`.

## Scores (held-out test sets, raw text in, so tokenization and sentence errors count)

| set | tag | UPOS | morph | lemma | UAS | LAS | sentence F | words/s |
|---|---|---|---|---|---|---|---|---|
{row("gum-test", syntax_keys)}
{row("ewt-test", syntax_keys)}

| set | P | R | F | words/s |
|---|---|---|---|---|
{row("conll-test", ner_keys)}
{row("uner-test", ner_keys)}

Selection sets (the best checkpoint): GUM + EWT dev UAS {chosen.get("dep_uas")} / LAS {chosen.get("dep_las")};
CoNLL-2003 testa F {chosen.get("ents_f")}.

UNER EWT is scored on PER, ORG and LOC only (its label set); MISC predictions are dropped there.
Words per second: one CPU process, `nlp.pipe` with default batching, measured during `--steps score`; they depend on
what else the machine runs, so compare models measured side by side.

## Before
Against 0.2.0 (the same data, config and stages without the cluster features): {against_previous(scores)}.
0.2.0 against 0.1.0 (GUM train + EWT dev syntax, a separate NER encoder): GUM LAS 81.40 -> 83.76, EWT LAS 76.73 ->
81.22, CoNLL-2003 testb F 77.53 -> 78.81, UNER F 39.74 -> 44.84. Goals (issue 10): LAS 84 on GUM test, 82 on EWT
test, NER F 83 on CoNLL-2003 testb.
"""
    (MODEL / "MODEL_CARD.md").write_text(card, encoding="utf-8")
    print(card)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--steps", default="prepare,train,assemble,score")
    parser.add_argument("--max-steps", type=int, default=MAX_STEPS, help="stop training after this many updates")
    parser.add_argument(
        "--patience", type=int, default=PATIENCE, help="stop after this many updates without a better dev score"
    )
    parser.add_argument("--eval-frequency", type=int, default=EVAL_FREQUENCY, help="score the dev set every N updates")
    parser.add_argument("--set", action="append", default=[], metavar="KEY=VALUE",
                        help="override a config value, e.g. components.tok2vec.model.encode.width=128")
    parser.add_argument("--stage", choices=["pipeline", "resumed", "lemmatizer"], default="pipeline",
                        help="what --steps train trains: the whole pipeline from scratch, then goes on from its best "
                             "checkpoint (resumed), then a new lemmatizer on the frozen encoder")
    args = parser.parse_args()
    if not DATA.exists():
        raise SystemExit(f"training needs the shared data at {DATA}")
    steps = args.steps.split(",")
    if "prepare" in steps:
        prepare()
    if "train" in steps:
        overrides = {key: json.loads(value) for key, value in (item.split("=", 1) for item in args.set)}
        minutes = train(args.max_steps, args.patience, args.eval_frequency, overrides, args.stage)
        print(f"training took {minutes:.1f} minutes")
    if "assemble" in steps:
        assemble()
    if "score" in steps:
        score()


if __name__ == "__main__":
    main()
