"""parse_repairs: verbs the parser read as participles, relatives, infinitives or nouns are main verbs again."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from eventwire.components.repairs import ParseRepairs


def parsed(words: list[str], heads: list[int], deps: list[str], tags: list[str], pos: list[str]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)


def test_a_participle_with_a_subject_becomes_the_verb_and_its_noun_the_object():
    # the parser's reading: 'lifted' an adjective of the root 'sanctions', with 'Japan' as its subject
    doc = parsed(["Japan", "lifted", "sanctions", "on", "Iran", "."], [1, 2, 2, 4, 2, 2],
                 ["nsubj", "amod", "ROOT", "case", "nmod", "punct"], ["NNP", "VBN", "NNS", "IN", "NNP", "."],
                 ["PROPN", "VERB", "NOUN", "ADP", "PROPN", "PUNCT"])
    ParseRepairs()(doc)
    assert [(t.text, t.dep_, t.head.text) for t in doc[:3]] == [
        ("Japan", "nsubj", "lifted"), ("lifted", "ROOT", "lifted"), ("sanctions", "obj", "lifted")]
    assert doc[1].tag_ == "VBD" and doc[4].head.text == "sanctions"


def test_a_participle_without_a_subject_stays_an_adjective():
    doc = parsed(["Lifted", "sanctions", "helped", "."], [1, 2, 2, 2], ["amod", "nsubj", "ROOT", "punct"],
                 ["VBN", "NNS", "VBD", "."], ["VERB", "NOUN", "VERB", "PUNCT"])
    ParseRepairs()(doc)
    assert (doc[0].dep_, doc[0].head.text, doc[1].dep_) == ("amod", "sanctions", "nsubj")


def test_a_compound_of_a_verb_without_subject_is_its_subject():
    # 'Iran' read as a compound of 'backs'; 'London-based' is a real compound and stays one
    doc = parsed(["Iran", "backs", "Syria", "."], [1, 1, 1, 1], ["compound", "ROOT", "obj", "punct"],
                 ["NNP", "VBZ", "NNP", "."], ["PROPN", "VERB", "PROPN", "PUNCT"])
    ParseRepairs()(doc)
    assert doc[0].dep_ == "nsubj" and doc[0].head.text == "backs"
    doc = parsed(["London", "-", "based", "firms", "grew", "."], [2, 2, 3, 4, 4, 4],
                 ["compound", "punct", "amod", "nsubj", "ROOT", "punct"], ["NNP", "HYPH", "VBN", "NNS", "VBD", "."],
                 ["PROPN", "PUNCT", "VERB", "NOUN", "VERB", "PUNCT"])
    ParseRepairs()(doc)
    assert doc[0].dep_ == "compound"


def test_a_headlines_infinitive_is_its_main_verb_and_the_name_its_subject():
    words = ["Queen", "Beatrix", "to", "visit", "Africa"]
    doc = parsed(words, [1, 1, 3, 1, 3], ["compound", "ROOT", "mark", "acl", "obj"], ["NNP", "NNP", "TO", "VB", "NNP"],
                 ["PROPN", "PROPN", "PART", "VERB", "PROPN"])
    ParseRepairs()(doc)
    assert [(t.dep_, t.head.text) for t in doc[1:4]] == [("nsubj", "visit"), ("mark", "visit"), ("ROOT", "visit")]
    # a common noun naming nobody, or a sentence with a finite verb, keeps its parse
    doc = parsed(["plans", "to", "visit", "Africa"], [0, 2, 0, 2], ["ROOT", "mark", "acl", "obj"],
                 ["NNS", "TO", "VB", "NNP"], ["NOUN", "PART", "VERB", "PROPN"])
    ParseRepairs()(doc)
    assert (doc[0].dep_, doc[2].dep_) == ("ROOT", "acl")


def test_a_past_tense_read_as_a_relative_is_the_verb_of_a_full_sentence():
    words = ["The", "opposition", "called", "for", "protests", "."]
    heads, deps = [1, 1, 1, 4, 2, 1], ["det", "ROOT", "acl", "case", "obl", "punct"]
    tags, pos = ["DT", "NN", "VBN", "IN", "NNS", "."], ["DET", "NOUN", "VERB", "ADP", "NOUN", "PUNCT"]
    doc = parsed(words, heads, deps, tags, pos)
    ParseRepairs()(doc)
    assert [(t.dep_, t.head.text) for t in doc[1:3]] == [("nsubj", "called"), ("ROOT", "called")]
    assert doc[2].tag_ == "VBD"
    # a headline without a full stop, or a participle with its own by-phrase, is a real passive
    doc = parsed(words[:-1], heads[:-1], deps[:-1], tags[:-1], pos[:-1])
    ParseRepairs()(doc)
    assert doc[2].dep_ == "acl"


def test_a_noun_with_a_subject_and_an_object_is_the_verb():
    doc = parsed(["Japan", "cut", "tariffs", "."], [1, 1, 1, 1], ["nsubj", "ROOT", "obj", "punct"],
                 ["NNP", "NN", "NNS", "."], ["PROPN", "NOUN", "NOUN", "PUNCT"])
    ParseRepairs()(doc)
    assert (doc[1].pos_, doc[1].tag_) == ("VERB", "VBD")
    # a noun predicate has a subject but a copula and no object: it stays a noun
    doc = parsed(["Kim", "is", "leader", "."], [2, 2, 2, 2], ["nsubj", "cop", "ROOT", "punct"],
                 ["NNP", "VBZ", "NN", "."], ["PROPN", "AUX", "NOUN", "PUNCT"])
    ParseRepairs()(doc)
    assert (doc[2].pos_, doc[2].tag_) == ("NOUN", "NN")


def test_a_perfect_read_as_possession_is_the_participles_clause():
    # the parser's reading: 'have' the main verb owning 'opposed resolutions'
    doc = parsed(["France", "has", "opposed", "resolutions", "."], [1, 1, 3, 1, 1],
                 ["nsubj", "ROOT", "amod", "obj", "punct"], ["NNP", "VBZ", "VBN", "NNS", "."],
                 ["PROPN", "VERB", "VERB", "NOUN", "PUNCT"])
    ParseRepairs()(doc)
    assert [(t.dep_, t.head.text) for t in doc] == [("nsubj", "opposed"), ("aux", "opposed"), ("ROOT", "opposed"),
                                                    ("obj", "opposed"), ("punct", "opposed")]
    # 'has new resolutions' is possession: an adjective that is no participle stays one
    doc = parsed(["France", "has", "new", "resolutions", "."], [1, 1, 3, 1, 1],
                 ["nsubj", "ROOT", "amod", "obj", "punct"], ["NNP", "VBZ", "JJ", "NNS", "."],
                 ["PROPN", "VERB", "ADJ", "NOUN", "PUNCT"])
    ParseRepairs()(doc)
    assert (doc[1].dep_, doc[2].dep_) == ("ROOT", "amod")


def test_a_conjunct_read_as_an_apposition_is_the_conjunct():
    # the parser's reading: 'Xi' an apposition of 'Biden', 'and' inside its phrase
    words = ["Biden", "and", "Chinese", "President", "Xi", "agreed", "."]
    doc = parsed(words, [5, 3, 3, 4, 0, 5, 5], ["nsubj", "cc", "amod", "nmod", "appos", "ROOT", "punct"],
                 ["NNP", "CC", "JJ", "NNP", "NNP", "VBD", "."],
                 ["PROPN", "CCONJ", "ADJ", "PROPN", "PROPN", "VERB", "PUNCT"])
    ParseRepairs()(doc)
    assert (doc[4].dep_, doc[4].head.text, doc[1].head.text) == ("conj", "Biden", "Xi")
    # 'Biden, the US president, agreed': an apposition
    doc = parsed(["Biden", ",", "the", "president", ",", "agreed", "."], [5, 3, 3, 0, 3, 5, 5],
                 ["nsubj", "punct", "det", "appos", "punct", "ROOT", "punct"],
                 ["NNP", ",", "DT", "NN", ",", "VBD", "."],
                 ["PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "VERB", "PUNCT"])
    ParseRepairs()(doc)
    assert doc[3].dep_ == "appos"


def test_the_event_behind_a_perfect_read_as_possession_is_coded(extractor):
    from eventwire.record import Document

    text = "The United Kingdom and France have opposed resolutions in the United Nations."
    events = extractor(Document(id="t", text=text)).events
    assert {(e.actor.country, e.trigger) for e in events} == {("GBR", "opposed"), ("FRA", "opposed")}


def test_a_headlines_act_is_coded_as_what_its_subject_is_to_do(extractor):
    from eventwire.record import Document

    events = extractor(Document(id="t", text="Dutch Queen Beatrix to visit South Africa in October.")).events
    assert [(e.actor.country, e.recipient.country, e.cameo, e.hedged_by) for e in events] == [
        ("NLD", "ZAF", "036", "to")]


def test_the_event_behind_a_misread_verb_is_coded(extractor):
    from eventwire.record import Document

    events = extractor(Document(id="t", text="Japan on Friday lifted sanctions on Iran.", published=None)).events
    assert [(e.actor.country, e.recipient.country, e.cameo) for e in events] == [("JPN", "IRN", "085")]


def test_both_leaders_of_a_conjunct_read_as_an_apposition_act(extractor):
    from eventwire.record import Document

    text = "U.S. President Joe Biden and Chinese President Xi Jinping agreed on Wednesday to expand trade."
    events = extractor(Document(id="t", text=text)).events
    assert {(e.actor.country, e.recipient.country) for e in events} == {("USA", "CHN"), ("CHN", "USA")}


def test_a_passive_with_its_auxiliary_left_out_is_passive():
    # the parser's reading: 'officers' injuring, 'injured' a past tense joined to 'detained'
    words = ["Twenty", "people", "were", "detained", "and", "three", "officers", "injured", "."]
    doc = parsed(words, [1, 3, 3, 3, 7, 6, 7, 3, 3],
                 ["nummod", "nsubj:pass", "aux:pass", "ROOT", "cc", "nummod", "nsubj", "conj", "punct"],
                 ["CD", "NNS", "VBD", "VBN", "CC", "CD", "NNS", "VBD", "."],
                 ["NUM", "NOUN", "AUX", "VERB", "CCONJ", "NUM", "NOUN", "VERB", "PUNCT"])
    ParseRepairs()(doc)
    assert (doc[6].dep_, doc[7].tag_) == ("nsubj:pass", "VBN")
    # 'prosecutors declined': a subject that is not counted acts
    words = ["He", "was", "charged", "but", "prosecutors", "declined", "."]
    doc = parsed(words, [2, 2, 2, 5, 5, 2, 2], ["nsubj:pass", "aux:pass", "ROOT", "cc", "nsubj", "conj", "punct"],
                 ["PRP", "VBD", "VBN", "CC", "NNS", "VBD", "."],
                 ["PRON", "AUX", "VERB", "CCONJ", "NOUN", "VERB", "PUNCT"])
    ParseRepairs()(doc)
    assert doc[4].dep_ == "nsubj"


def test_the_injured_of_an_elided_passive_are_its_targets(extractor):
    from eventwire.record import Document

    text = "Twenty people had been detained and three police officers injured."
    injured = [e for e in extractor(Document(id="t", text=text)).events if e.trigger == "injured"]
    assert injured and injured[0].actor is None and injured[0].recipient.sector == "COP"


def test_a_reduced_relative_read_as_the_main_verb_describes_its_subject():
    # the parser's reading: the Palestinians killing, 'buried' a conjunct of 'killed'
    words = ["Palestinians", "killed", "in", "the", "raid", "were", "buried", "."]
    doc = parsed(words, [1, 1, 4, 4, 1, 6, 1, 1],
                 ["nsubj", "ROOT", "case", "det", "obl", "aux:pass", "conj", "punct"],
                 ["NNPS", "VBD", "IN", "DT", "NN", "VBD", "VBN", "."],
                 ["PROPN", "VERB", "ADP", "DET", "NOUN", "AUX", "VERB", "PUNCT"])
    ParseRepairs()(doc)
    assert [(t.text, t.dep_, t.head.text) for t in doc[:2]] == [
        ("Palestinians", "nsubj:pass", "buried"), ("killed", "acl", "Palestinians")]
    assert (doc[6].dep_, doc[7].head.text, doc[4].head.text) == ("ROOT", "buried", "killed")
    # 'and' between them: two acts of one subject
    words = ["Rebels", "attacked", "and", "were", "repelled", "."]
    doc = parsed(words, [1, 1, 4, 4, 1, 1], ["nsubj", "ROOT", "cc", "aux:pass", "conj", "punct"],
                 ["NNS", "VBD", "CC", "VBD", "VBN", "."], ["NOUN", "VERB", "CCONJ", "AUX", "VERB", "PUNCT"])
    ParseRepairs()(doc)
    assert (doc[1].dep_, doc[4].dep_) == ("ROOT", "conj")


def test_the_people_a_reduced_relative_describes_are_its_targets(extractor):
    from eventwire.record import Document

    for text in ("Protesters arrested in Minsk were released by police on Monday.",
                 "Five Americans detained in Iran flew to Doha on Monday."):
        events = extractor(Document(id="t", text=text)).events
        held = [e for e in events if e.trigger in ("arrested", "detained")]
        assert held and held[0].recipient is not None and held[0].recipient.sector in ("CVL", "", None)
        assert held[0].actor is None or held[0].actor.sector == "COP"


def test_a_title_read_as_a_second_subject_titles_the_name():
    # the parser's reading: 'leader' and 'Kim' both subjects of 'ordered'
    words = ["leader", "Kim", "Jong", "Un", "ordered", "troops", "."]
    doc = parsed(words, [4, 4, 1, 1, 4, 4, 4], ["nsubj", "nsubj", "flat", "flat", "ROOT", "obj", "punct"],
                 ["NN", "NNP", "NNP", "NNP", "VBD", "NNS", "."],
                 ["NOUN", "PROPN", "PROPN", "PROPN", "VERB", "NOUN", "PUNCT"])
    for token in doc[1:4]:
        token.ent_type_ = "PER"
    ParseRepairs()(doc)
    assert (doc[0].dep_, doc[0].head.text, doc[1].dep_) == ("compound", "Kim", "nsubj")
    # two subjects that are no title and name ('the premier and his staff' misread) stay
    doc = parsed(["officials", "Friday", "said", "."], [2, 2, 2, 2], ["nsubj", "nsubj", "ROOT", "punct"],
                 ["NNS", "NNP", "VBD", "."], ["NOUN", "PROPN", "VERB", "PUNCT"])
    ParseRepairs()(doc)
    assert doc[0].dep_ == "nsubj"


def test_a_titled_leader_acts_alone(extractor):
    from eventwire.record import Document

    text = "The North's state media said leader Kim Jong Un had ordered his troops to be ready."
    ordered = [e for e in extractor(Document(id="t", text=text)).events if e.trigger == "ordered"]
    assert ordered and all(e.actor.code == "PRKELI" and e.recipient is None for e in ordered)
