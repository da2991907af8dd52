"""The Brown-cluster features of the shared encoder (eventwire.clusters), on a vocab table written here."""

from __future__ import annotations

import pytest
import spacy
from spacy.lookups import Lookups

from eventwire import clusters
from eventwire.errors import EventwireError

# paths as the table stores them: the bit path from the root, reversed, so the low bits are the first branches
PATHS = {"troops": 0b111111101101, "soldiers": 0b111101101, "Attacked": 0b111010101010, "attacked": 0b1010}


@pytest.fixture
def nlp() -> spacy.Language:
    nlp = spacy.blank("en")
    lookups = Lookups()
    lookups.add_table(clusters.TABLE, PATHS)
    nlp.vocab.lookups = lookups
    return nlp


def test_features_cut_the_path_to_each_prefix(nlp: spacy.Language) -> None:
    doc = nlp.make_doc("troops soldiers Blorfs")
    troops, soldiers, unknown = clusters.cluster_features([4, 6, 10, 20]).predict([doc])[0].tolist()
    assert troops[:2] == soldiers[:2]  # the first 9 branches are shared
    assert troops[2] != soldiers[2] and troops[3] != soldiers[3]
    assert troops[3] == PATHS["troops"]
    assert unknown == [0, 0, 0, 0]


def test_a_word_is_looked_up_as_written_before_its_lower_case(nlp: spacy.Language) -> None:
    doc = nlp.make_doc("Attacked ATTACKED")
    written, shouted = clusters.cluster_features([20]).predict([doc])[0].tolist()
    assert written == [PATHS["Attacked"]]
    assert shouted == [PATHS["attacked"]]


def test_embedding_gives_one_vector_of_the_width_per_token(nlp: spacy.Language) -> None:
    embed = clusters.cluster_hash_embed(16, ["NORM", "SHAPE"], [100, 50], [4, 10], [16, 64], 8)
    docs = [nlp.make_doc("troops attacked"), nlp.make_doc("soldiers")]
    embed.initialize(X=docs)
    assert [v.shape for v in embed.predict(docs)] == [(2, 16), (1, 16)]


def test_a_vocab_without_the_table_is_an_error_that_says_what_to_do() -> None:
    doc = spacy.blank("en").make_doc("troops")
    with pytest.raises(EventwireError) as caught:
        clusters.cluster_features([4]).predict([doc])
    assert caught.value.code == "E058"


def test_rows_must_match_their_features() -> None:
    with pytest.raises(EventwireError) as caught:
        clusters.cluster_hash_embed(16, ["NORM", "SHAPE"], [100], [4], [16], 8)
    assert caught.value.code == "E059"


def test_the_shipped_model_carries_its_clusters() -> None:
    from eventwire import pipeline

    nlp = pipeline.load_base()
    assert any(layer.name == "cluster_features" for layer in nlp.get_pipe("tok2vec").model.walk())
    assert len(nlp.vocab.lookups.get_table(clusters.TABLE)) > 100_000
    soldiers, troops, says = clusters.cluster_features([8]).predict([nlp.make_doc("soldiers troops says")])[0].tolist()
    assert soldiers == troops != says  # the two nouns share their first eight branches, the verb does not
