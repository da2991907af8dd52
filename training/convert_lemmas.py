"""Convert the English verb and noun tables of spacy-lookups-data (WordNet 3.0's exception lists, its lemmas and
spaCy's suffix rules) into eventwire's lemma file.

    pip install -e ".[rebuild]"          # spacy-lookups-data
    python training/convert_lemmas.py
    python training/convert_lemmas.py --measure   # lemma accuracy with and without the known_lemmas component
                                                  # on GUM dev + EWT dev (after `train.py --steps prepare`)

Writes src/eventwire/data/lemmas/lemmas.json (read by eventwire.resources.lemmas), for "verb" and "noun" each:
`exceptions` (irregular forms: "fought" -> ["fight"], "lay" -> ["lie"], "mice" -> ["mouse"]), `lemmas` (every
lemma WordNet knows) and `rules` (suffix rules, tried in order: "ed" -> "e", "ed" -> "", ...).
"""

from __future__ import annotations

import argparse
import gzip
import json
from collections import Counter
from importlib import resources
from pathlib import Path

import spacy
from spacy.tokens import DocBin
from spacy.training import Example

HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "src" / "eventwire" / "data" / "lemmas" / "lemmas.json"
MODEL = HERE.parent / "src" / "eventwire" / "data" / "model"
DEV = ("dev/1-gum", "dev/2-ewt")
PARTS = ("verb", "noun")


def table(name: str) -> dict:
    """One English table of spacy-lookups-data."""
    path = Path(str(resources.files("spacy_lookups_data").joinpath("data", f"en_{name}.json.gz")))
    return json.loads(gzip.decompress(path.read_bytes()))


def convert() -> None:
    """Write OUT from the installed spacy-lookups-data."""
    rules, exceptions, lemmas = table("lemma_rules"), table("lemma_exc"), table("lemma_index")
    out: dict[str, object] = {
        "_source": "spacy-lookups-data (MIT): en_lemma_exc, en_lemma_index and en_lemma_rules, verb and noun "
                   "tables; the exceptions and lemmas are WordNet 3.0's (Princeton University, WordNet licence, see "
                   "NOTICE)"}
    for part in PARTS:
        out[part] = {"rules": rules[part], "exceptions": dict(sorted(exceptions[part].items())),
                     "lemmas": sorted(lemmas[part])}
        print(f"{part}: {len(exceptions[part])} exceptions, {len(lemmas[part])} lemmas, {len(rules[part])} rules")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(out, ensure_ascii=False, separators=(",", ":")) + "\n", encoding="utf-8")


def measure() -> None:
    """Lemmas right against the gold of GUM dev + EWT dev, before and after the known_lemmas component, with the
    words each part of speech it fixes and breaks (the shipped model's own tags decide the part of speech)."""
    from eventwire.components.lemmas import make_known_lemmas

    nlp = spacy.load(MODEL)
    known = make_known_lemmas(nlp, "known_lemmas")
    counts: Counter = Counter()
    for name in DEV:
        for gold in DocBin().from_disk(HERE / "corpus" / f"{name}.spacy").get_docs(nlp.vocab):
            doc = nlp(gold.text)
            before = [t.lemma_ for t in doc]
            known(doc)
            aligned = Example(doc, gold).alignment.x2y
            for token in doc:
                if len(aligned[token.i]) != 1:
                    continue
                right = gold[aligned[token.i][0]].lemma_
                was, now = before[token.i] == right, token.lemma_ == right
                counts["words"] += 1
                counts["right before"] += was
                counts["right after"] += now
                counts[f"{token.pos_} words"] += 1
                counts[f"{token.pos_} fixed"] += now and not was
                counts[f"{token.pos_} broken"] += was and not now
    print({key: counts[key] for key in sorted(counts) if key.split()[0] in ("VERB", "NOUN", "words", "right")})
    print(f"lemmas right: {100 * counts['right before'] / counts['words']:.2f}% -> "
          f"{100 * counts['right after'] / counts['words']:.2f}%")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--measure", action="store_true", help="measure the component instead of converting")
    measure() if parser.parse_args().measure else convert()


if __name__ == "__main__":
    main()
