"""Brown-cluster word features for the shared encoder of eventwire's trained pipeline (layers its config names)."""

from __future__ import annotations

from typing import Any

import numpy
from spacy.lookups import Lookups
from spacy.ml.featureextractor import FeatureExtractor
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import HashEmbed, Maxout, Model, chain, concatenate, list2ragged, ragged2list, with_array
from thinc.types import Floats2d, Ints2d

from eventwire.errors import error

TABLE = "lexeme_cluster"  # the vocab's lookups table: a word's Brown cluster, its bit path reversed into an int


@registry.misc("eventwire.cluster_lookups.v1")
def cluster_lookups() -> Lookups:
    """The Brown clusters spacy-lookups-data ships for English (1,000 clusters over 190,000 words), as the vocab
    table the encoder reads; words without a cluster are left out. Needed only to train (the `rebuild` extra):
    the trained pipeline carries the table in its vocab."""
    from spacy.lookups import load_lookups

    clusters = load_lookups("en", [TABLE]).get_table(TABLE)
    lookups = Lookups()
    lookups.add_table(TABLE, {key: value for key, value in clusters.items() if value})
    return lookups


def cluster_features(prefixes: list[int]) -> Model[list[Doc], list[Ints2d]]:
    """Per token, its cluster's path cut to each prefix length (the word's own form first, then its lower case);
    0 in every column for a word without a cluster."""
    masks = numpy.asarray([(1 << p) - 1 for p in prefixes], dtype="uint64")
    return Model("cluster_features", _cluster_forward, attrs={"masks": masks})


def _cluster_forward(model: Model, docs: list[Doc], is_train: bool) -> tuple[list[Ints2d], Any]:
    masks = model.attrs["masks"]
    features = []
    for doc in docs:
        lookups = doc.vocab.lookups
        if not lookups.has_table(TABLE):
            raise error("E058", table=TABLE)
        table = lookups.get_table(TABLE)
        paths = numpy.fromiter((table.get(t.orth) or table.get(t.lower) or 0 for t in doc), dtype="uint64",
                               count=len(doc))
        features.append(model.ops.asarray2i(paths[:, None] & masks[None, :], dtype="uint64"))
    return features, lambda d_features: []


@registry.architectures("eventwire.ClusterHashEmbed.v1")
def cluster_hash_embed(width: int, attrs: list[str], rows: list[int], prefixes: list[int], prefix_rows: list[int],
                       prefix_width: int) -> Model[list[Doc], list[Floats2d]]:
    """spaCy's MultiHashEmbed (a hash embedding per lexical attribute, mixed by a maxout layer) with one more
    embedding per Brown-cluster prefix, so words the treebanks never show share what their cluster learned."""
    if len(rows) != len(attrs) or len(prefix_rows) != len(prefixes):
        raise error("E059", attrs=len(attrs), rows=len(rows), prefixes=len(prefixes), prefix_rows=len(prefix_rows))
    embeddings = [HashEmbed(width, n, column=i, seed=7 + i, dropout=0.0) for i, n in enumerate(rows)]
    embeddings += [HashEmbed(prefix_width, n, column=len(attrs) + i, seed=31 + i, dropout=0.0)
                   for i, n in enumerate(prefix_rows)]
    return chain(
        concatenate(FeatureExtractor(attrs), cluster_features(prefixes)),
        list2ragged(),
        with_array(concatenate(*embeddings)),
        with_array(Maxout(width, len(rows) * width + len(prefix_rows) * prefix_width, nP=3, dropout=0.0,
                          normalize=True)),
        ragged2list(),
    )
