"""Gold-format readers on small files written here: CoNLL-U, IOB, TimeML, brat."""

from __future__ import annotations

import datetime as dt

import spacy

from eventwire.evaluate import brat, conllu, iob, timeml

CONLLU = """# sent_id = 1
# text = Kim left Russia.
1\tKim\tKim\tPROPN\tNNP\tNumber=Sing\t2\tnsubj\t_\t_
2\tleft\tleave\tVERB\tVBD\tTense=Past\t0\troot\t_\t_
3-4\tRussia.\t_\t_\t_\t_\t_\t_\t_\t_
3\tRussia\tRussia\tPROPN\tNNP\tNumber=Sing\t2\tobj\t_\tSpaceAfter=No
4\t.\t.\tPUNCT\t.\t_\t2\tpunct\t_\t_

"""


def test_conllu_reader_keeps_trees_and_spacing(tmp_path):
    path = tmp_path / "a.conllu"
    path.write_text(CONLLU * 2)
    docs = list(conllu.read_docs(spacy.blank("en").vocab, [path], sentences_per_doc=10))
    assert len(docs) == 1 and len(list(docs[0].sents)) == 2
    doc = docs[0]
    assert doc.text.startswith("Kim left Russia. Kim")
    assert [t.dep_ for t in doc[:4]] == ["nsubj", "ROOT", "obj", "punct"]
    assert doc[0].head.i == 1 and doc[1].lemma_ == "leave"


def test_iob1_and_iob2_give_the_same_entities(tmp_path):
    iob1 = tmp_path / "a.iob1"
    iob1.write_text("-DOCSTART- -X- -X- O\n\nKim NNP B-NP I-PER\nJong NNP I-NP I-PER\nUn NNP I-NP I-PER\n"
                    "met VBD B-VP O\nPutin NNP B-NP I-PER\n\n")
    iob2 = tmp_path / "a.iob2"
    iob2.write_text("# newdoc id = x\n1\tKim\tB-PER\t-\t-\n2\tJong\tI-PER\t-\t-\n3\tUn\tI-PER\t-\t-\n"
                    "4\tmet\tO\t-\t-\n5\tPutin\tB-PER\t-\t-\n\n")
    vocab = spacy.blank("en").vocab
    for path in (iob1, iob2):
        doc = next(iob.read_docs(vocab, path))
        assert [(e.text, e.label_) for e in doc.ents] == [("Kim Jong Un", "PER"), ("Putin", "PER")]


def test_timeml_offsets(tmp_path):
    path = tmp_path / "a.tml"
    path.write_text(
        '<?xml version="1.0" ?><TimeML><DCT><TIMEX3 tid="t0" type="DATE" value="1998-01-08">x</TIMEX3></DCT>'
        '<TEXT>Stocks <EVENT eid="e1">fell</EVENT> &amp; rose <TIMEX3 tid="t1" type="DATE" value="1998-01-06">'
        "Tuesday</TIMEX3>.</TEXT></TimeML>"
    )
    doc = timeml.read_file(path)
    assert doc.dct == dt.date(1998, 1, 8)
    (timex,) = doc.timexes
    assert doc.text[timex.start : timex.end] == "Tuesday" and timex.value == "1998-01-06"
    assert "&" in doc.text


def test_brat_attributions(tmp_path):
    (tmp_path / "text").mkdir()
    (tmp_path / "attributions").mkdir()
    text = "The Post reports that taxes rose."
    (tmp_path / "text" / "post_2016-09-12_taxes.txt").write_text(text)
    (tmp_path / "attributions" / "post_2016-09-12_taxes_ab12.ann").write_text(
        "T1\tSource 0 8\tThe Post\nT2\tCue 9 16\treports\nT3\tContent 17 32\tthat taxes rose\n"
        "E1\tAttribution:T2 Content:T3 Cue:T2 Source:T1\n"
    )
    (doc,) = brat.read_dir(tmp_path)
    assert doc.published == dt.date(2016, 9, 12)
    (a,) = doc.attributions
    assert text[a.content[0] : a.content[1]] == "that taxes rose" and text[a.source[0] : a.source[1]] == "The Post"
