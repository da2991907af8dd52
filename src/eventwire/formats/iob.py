"""Reader for IOB-tagged NER files (CoNLL-2003 IOB1, Universal NER IOB2) into spaCy Docs with entities."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from spacy.tokens import Doc
from spacy.vocab import Vocab


def read_sentences(path: Path) -> Iterator[tuple[list[str], list[str], bool]]:
    """Yield (words, tags, starts_new_document) per sentence of a CoNLL-2003 (spaces) or UNER (tabs) file."""
    words: list[str] = []
    tags: list[str] = []
    new_doc = True
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if line.startswith("-DOCSTART-"):
                new_doc = True
                continue
            if line.startswith("# newdoc"):
                new_doc = True
                continue
            if line.startswith("#"):
                continue
            if not line.strip():
                if words:
                    yield words, tags, new_doc
                    new_doc = False
                words, tags = [], []
                continue
            if "\t" in line:  # Universal NER: id, word, tag, ...
                cols = line.split("\t")
                words.append(cols[1])
                tags.append(cols[2])
            else:  # CoNLL-2003: word, POS, chunk, tag
                cols = line.split(" ")
                words.append(cols[0])
                tags.append(cols[-1])
    if words:
        yield words, tags, new_doc


def to_iob2(tags: list[str]) -> list[str]:
    """Turn IOB1 or IOB2 tags into IOB2 (every entity starts with B-)."""
    out: list[str] = []
    previous = "O"
    for tag in tags:
        if tag.startswith("I-") and (previous == "O" or previous[2:] != tag[2:]):
            tag = "B-" + tag[2:]
        out.append(tag)
        previous = tag
    return out


def read_docs(vocab: Vocab, path: Path, max_sentences: int = 10) -> Iterator[Doc]:
    """Read an IOB file as Docs grouped by document, at most `max_sentences` sentences each."""
    batch: list[tuple[list[str], list[str]]] = []
    for words, tags, new_doc in read_sentences(path):
        if batch and (new_doc or len(batch) == max_sentences):
            yield _to_doc(vocab, batch)
            batch = []
        batch.append((words, to_iob2(tags)))
    if batch:
        yield _to_doc(vocab, batch)


def _to_doc(vocab: Vocab, sentences: list[tuple[list[str], list[str]]]) -> Doc:
    words = [w for sent, _ in sentences for w in sent]
    ents = [t for _, tags in sentences for t in tags]
    starts = [i == 0 for sent, _ in sentences for i in range(len(sent))]
    return Doc(vocab, words=words, ents=ents, sent_starts=starts)
