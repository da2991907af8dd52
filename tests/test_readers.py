"""Gold-format readers on small files written here: CoNLL-U, IOB, TimeML, brat, the geoparsing gold sets."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy

from eventwire.formats import brat, conllu, geogold, iob, timeml

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


# "Russian" has coordinates (an adjectival modifier); "Troops" has none; the "US" offsets are negative (they point into
# the title): counted from the end of the text they would hit the "US" there.
GWN = """<?xml version="1.0" ?>
<articles>
	<article file="7">
		<title>US troops leave</title>
		<link>http://example.com/a</link>
		<text>Troops left Kyiv. Russian guns fell silent. US jets flew on.</text>
		<toponyms>
			<toponym><extractedName>Troops</extractedName><type>Non_Lit_Expression</type><nonLocational>Yes</nonLocational>
				<start>0</start><end>6</end></toponym>
			<toponym><extractedName>Kyiv</extractedName><type>Literal</type><nonLocational>No</nonLocational>
				<start>12</start><end>16</end><geonamesID>703448</geonamesID>
				<latitude>50.45466</latitude><longitude>30.5238</longitude></toponym>
			<toponym><extractedName>Russian</extractedName><type>Non_Literal_Modifier</type><nonLocational>No</nonLocational>
				<start>18</start><end>25</end><geonamesID/><latitude>60.0</latitude><longitude>100.0</longitude></toponym>
			<toponym><extractedName>US</extractedName><type>Non_Literal_Modifier</type><nonLocational>No</nonLocational>
				<start>-16</start><end>-14</end><geonamesID/><latitude>39.76</latitude><longitude>-98.5</longitude></toponym>
		</toponyms>
	</article>
</articles>
"""

# "Aleppo" sits two characters before its offsets (TR-News texts lost characters the offsets count); "Main Street" has
# no gaztag.
TRNEWS = """<?xml version="1.0" encoding="utf-8"?>
<articles>
    <article docid="1040001">
        <title>Ambassador shot</title>
        <url>http://example.com/b</url>
        <domain>example.com</domain>
        <dltime>Dec 17, 2016 8:46 AM ET</dltime>
        <text><![CDATA[A Turkish policeman shot him.
Don't forget Aleppo, he shouted on Main Street.]]></text>
        <toponyms>
            <toponym><phrase>Turkish</phrase><start>2</start><end>9</end>
                <gaztag geonameid="298795"><name>Turkey</name><fclass>A</fclass><fcode>PCLI</fcode>
                    <lat>39</lat><lon>35</lon></gaztag></toponym>
            <toponym><phrase>Aleppo</phrase><start>45</start><end>51</end>
                <gaztag geonameid="170063"><name>Aleppo</name><lat>36.20124</lat><lon>37.16117</lon></gaztag></toponym>
            <toponym><phrase>Main Street</phrase><start>64</start><end>75</end></toponym>
        </toponyms>
    </article>
    <article docid="1040002">
        <title>Undated</title>
        <dltime></dltime>
        <text><![CDATA[Nothing here.]]></text>
        <toponyms/>
    </article>
</articles>
"""

# GeoVirus offsets run one character ahead of the text; one location wrongly encloses another.
GEOVIRUS = """<articles>
    <!--<article>-->
        <!--<text></text>-->
    <!--</article>-->
    <article>
        <source>https://en.wikinews.org/wiki/A</source>
        <text>Farms in Pandi, Bulacan were culled.</text>
        <locations>
            <location>
                <location><name>Bulacan</name><start>17</start><end>24</end><lat>15</lat><lon>121.08</lon>
                    <page>https://en.wikipedia.org/wiki/Bulacan</page></location>
                <name>Pandi</name><start>9</start><end>14</end><lat>14.87</lat><lon>120.95</lon>
                <page>https://en.wikipedia.org/wiki/Pandi,_Bulacan</page>
            </location>
        </locations>
    </article>
    <article>
        <source>https://en.wikinews.org/wiki/A</source>
        <text>Luzon was spared.</text>
        <locations><location><name>Luzon</name><start>1</start><end>6</end><lat>16.5</lat><lon>121</lon>
            <page>https://en.wikipedia.org/wiki/Luzon</page></location></locations>
    </article>
</articles>
"""


@pytest.fixture
def geo_gold(tmp_path):
    for name, content in (("GWN", GWN), ("TR-News", TRNEWS), ("GeoVirus", GEOVIRUS)):
        (tmp_path / f"{name}.xml").write_text(content, encoding="utf-8")
    return tmp_path


def spans(doc: geogold.GeoDoc) -> list[str]:
    assert all(doc.text[t.start : t.end] == t.text for t in doc.toponyms), doc.toponyms
    return [t.text for t in doc.toponyms]


def test_geo_gold_gwn_keeps_toponyms_with_coordinates(geo_gold):
    (doc,) = geogold.read_gwn(geo_gold / "GWN.xml")
    assert doc.id == "GWN:7" and doc.corpus == "GWN" and doc.published is None
    assert spans(doc) == ["Kyiv", "Russian"]
    kyiv = doc.toponyms[0]
    assert (kyiv.start, kyiv.end, kyiv.lat, kyiv.lon) == (12, 16, 50.45466, 30.5238)


def test_geo_gold_trnews_dates_and_drifted_offsets(geo_gold):
    doc, undated = geogold.read_trnews(geo_gold / "TR-News.xml")
    assert doc.id == "TR-News:1040001" and doc.corpus == "TR-News"
    assert doc.published == dt.date(2016, 12, 17) and undated.published is None
    assert spans(doc) == ["Turkish", "Aleppo"]
    aleppo = doc.toponyms[1]
    assert (aleppo.start, aleppo.end, aleppo.lat, aleppo.lon) == (43, 49, 36.20124, 37.16117)


def test_geo_gold_geovirus_shifted_and_nested_locations(geo_gold):
    first, second = geogold.read_geovirus(geo_gold / "GeoVirus.xml")
    assert (first.id, second.id) == ("GeoVirus:0", "GeoVirus:1") and first.corpus == "GeoVirus"
    assert sorted(spans(first)) == ["Bulacan", "Pandi"] and spans(second) == ["Luzon"]
    assert (second.toponyms[0].start, second.toponyms[0].end, second.toponyms[0].lon) == (0, 5, 121.0)


def test_geo_gold_read_dir_order(geo_gold):
    assert [d.corpus for d in geogold.read_dir(geo_gold)] == ["GWN", "TR-News", "TR-News", "GeoVirus", "GeoVirus"]


def test_geo_gold_offsets_on_the_shared_sets(shared):
    folder = shared / "geo" / "gold"
    if not folder.exists():
        pytest.skip("no geoparsing gold in ../shared/data/geo/gold")
    docs = list(geogold.read_dir(folder))
    assert [c for c in geogold.CORPORA if any(d.corpus == c for d in docs)] == list(geogold.CORPORA)
    assert len({d.id for d in docs}) == len(docs)
    for doc in docs:
        spans(doc)
        assert all(-90 <= t.lat <= 90 and -180 <= t.lon <= 180 for t in doc.toponyms), doc.id
