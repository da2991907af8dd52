"""The known_lemmas component: verb and noun lemmas a trained lemmatizer got wrong are set to ones their forms can
have; lemmas that are right, or words no known lemma explains, are left alone. Docs here are built by hand."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from eventwire.components.lemmas import make_known_lemmas


def lemmatized(words: list[tuple[str, str, str]]) -> list[str]:
    """Run the component over a doc of (word, part of speech, lemma the lemmatizer gave) and return the lemmas."""
    nlp = spacy.blank("en")
    doc = Doc(nlp.vocab, words=[w for w, _, _ in words], pos=[p for _, p, _ in words],
              lemmas=[lemma for _, _, lemma in words])
    return [t.lemma_ for t in make_known_lemmas(nlp, "known_lemmas")(doc)]


def test_verbs_cut_short_or_irregular_get_their_lemma():
    assert lemmatized([("celebrated", "VERB", "celebrat"), ("summoned", "VERB", "summone"),
                       ("fought", "VERB", "fought"), ("Posted", "VERB", "Posted")]) == [
        "celebrate", "summon", "fight", "post"]


def test_a_verb_lemma_its_form_can_have_stays():
    # 'lay' is the past of 'lie' and a verb of its own: the lemmatizer's choice stands
    assert lemmatized([("lay", "VERB", "lay"), ("lay", "VERB", "lie"), ("found", "VERB", "found")]) == [
        "lay", "lie", "found"]


def test_nouns_get_a_known_lemma_only_when_theirs_is_none():
    assert lemmatized([("clashes", "NOUN", "clashe"), ("countries", "NOUN", "countrie")]) == ["clash", "country"]
    # conventions of the lemmatizer are known nouns, abbreviations in capitals are left alone
    assert lemmatized([("people", "NOUN", "person"), ("PM", "NOUN", "p.m.")]) == ["person", "p.m."]


def test_words_no_known_lemma_explains_keep_theirs():
    assert lemmatized([("zorbled", "VERB", "zorble"), ("Navalny", "PROPN", "Navalny"),
                       ("quickly", "ADV", "quick")]) == ["zorble", "Navalny", "quick"]
