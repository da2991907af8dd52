"""Reader for CoNLL-U treebanks (UD): sentences into spaCy Docs with tags, morphs, lemmas and trees."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from spacy.tokens import Doc
from spacy.vocab import Vocab


def read_sentences(path: Path) -> Iterator[list[list[str]]]:
    """Yield each sentence of a CoNLL-U file as its word rows (multiword ranges and empty nodes dropped)."""
    rows: list[list[str]] = []
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            line = line.rstrip("\n")
            if not line:
                if rows:
                    yield rows
                rows = []
                continue
            if line.startswith("#"):
                continue
            cols = line.split("\t")
            if len(cols) != 10 or not cols[0].isdigit():
                continue
            rows.append(cols)
    if rows:
        yield rows


def sentences_to_doc(vocab: Vocab, sentences: list[list[list[str]]]) -> Doc:
    """Build one Doc from several CoNLL-U sentences, keeping gold tags, lemmas, morphs and dependencies."""
    words: list[str] = []
    spaces: list[bool] = []
    tags: list[str] = []
    pos: list[str] = []
    morphs: list[str] = []
    lemmas: list[str] = []
    heads: list[int] = []
    deps: list[str] = []
    sent_starts: list[bool] = []
    for rows in sentences:
        offset = len(words)
        for i, cols in enumerate(rows):
            words.append(cols[1])
            spaces.append("SpaceAfter=No" not in cols[9].split("|"))
            lemmas.append(cols[2])
            pos.append(cols[3])
            tags.append(cols[4])
            morphs.append("" if cols[5] == "_" else cols[5])
            head = int(cols[6])
            heads.append(offset + head - 1 if head else offset + i)
            deps.append("ROOT" if cols[7] == "root" else cols[7])
            sent_starts.append(i == 0)
    return Doc(
        vocab,
        words=words,
        spaces=spaces,
        tags=tags,
        pos=pos,
        morphs=morphs,
        lemmas=lemmas,
        heads=heads,
        deps=deps,
        sent_starts=sent_starts,
    )


def read_docs(vocab: Vocab, paths: Iterable[Path], sentences_per_doc: int = 10) -> Iterator[Doc]:
    """Read CoNLL-U files as Docs of up to `sentences_per_doc` sentences each."""
    for path in paths:
        batch: list[list[list[str]]] = []
        for rows in read_sentences(path):
            batch.append(rows)
            if len(batch) == sentences_per_doc:
                yield sentences_to_doc(vocab, batch)
                batch = []
        if batch:
            yield sentences_to_doc(vocab, batch)
