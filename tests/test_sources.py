"""Reading input: text, JSON, HTML, and every kind of bad input refused with a coded one-line error."""

from __future__ import annotations

import datetime as dt
import json
import socket

import pytest

from eventwire import sources
from eventwire.errors import EventwireError

ENGLISH = "The minister said on Tuesday that the government would hold talks with the opposition next week."


def code_of(data: bytes, **kw) -> str:
    with pytest.raises(EventwireError) as info:
        sources.read_bytes(data, "x.txt", **kw)
    return info.value.code


def test_plain_text_keeps_text_and_date():
    doc = sources.read_bytes(ENGLISH.encode(), "story.txt", published="2023-09-17")
    assert doc.text == ENGLISH
    assert doc.published == dt.date(2023, 9, 17)
    assert doc.id == "story"


def test_json_input_reads_text_title_and_date():
    raw = json.dumps({"text": ENGLISH, "published": "2021-01-02", "title": "Talks"}).encode()
    doc = sources.read_bytes(raw, "a.json")
    assert (doc.title, doc.published) == ("Talks", dt.date(2021, 1, 2))


def test_html_input_finds_main_text_and_date():
    html = (
        "<html><head><title>Talks</title><meta property='article:published_time' content='2022-05-06'></head>"
        f"<body><nav>menu</nav><article><p>{ENGLISH}</p><p>{ENGLISH}</p></article></body></html>"
    )
    doc = sources.read_bytes(html.encode(), "page.html")
    assert "opposition" in doc.text and "menu" not in doc.text
    assert doc.published == dt.date(2022, 5, 6)


@pytest.mark.parametrize(
    ("data", "code"),
    [
        (b"", "E001"),
        (b"   \n\t ", "E001"),
        (b"\x00\x01\x02binary\x00" * 20, "E002"),
        ("Caf\u00e9 ".encode("latin-1") + ENGLISH.encode(), "E003"),
        ("Der Minister sagte am Dienstag, dass die Regierung mit der Opposition in der n\u00e4chsten Woche "
         "Gespr\u00e4che f\u00fchren werde und dass es auch um die Zukunft der Koalition gehe.".encode(), "E004"),
        (b'{"title": "no text"}', "E007"),
        (b'{"text": ', "E008"),
    ],
)
def test_bad_input_is_refused_with_its_code(data, code):
    assert code_of(data) == code


def test_non_english_names_the_language():
    text = (
        "Le ministre a d\u00e9clar\u00e9 mardi que le gouvernement allait discuter avec l'opposition "
        "la semaine prochaine."
    )
    with pytest.raises(EventwireError) as info:
        sources.read_bytes(text.encode(), "article.txt")
    assert "guessed language: fr" in info.value.message


def test_oversized_text_is_refused():
    from eventwire.sources import checks

    with pytest.raises(EventwireError) as info:
        checks.check_text(ENGLISH * 10, "big.txt", max_chars=100)
    assert info.value.code == "E006"


def test_unparseable_published_date():
    assert code_of(ENGLISH.encode(), published="17/09/2023") == "E005"


def test_a_bad_date_inside_a_json_file_names_the_file():
    raw = json.dumps({"text": ENGLISH, "published": "last Tuesday"}).encode()
    with pytest.raises(EventwireError) as info:
        sources.read_bytes(raw, "story.json")
    assert info.value.code == "E005" and "story.json" in info.value.message


def test_bad_json_hint_names_a_real_option():
    with pytest.raises(EventwireError) as info:
        sources.read_bytes(b'{"text": ', "a.json")
    assert "--input text" in info.value.message and "at at" not in info.value.message


def test_iter_documents_yields_a_document_or_a_failure_per_input(tmp_path):
    (tmp_path / "a.txt").write_text(ENGLISH)
    (tmp_path / "b.txt").write_bytes(b"")
    with socket.socket() as probe:  # a port nothing listens on: the URL cannot be fetched
        probe.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{probe.getsockname()[1]}/news"
    found = list(sources.iter_documents([tmp_path / "a.txt", url, tmp_path / "b.txt"]))
    assert found[0].id == "a" and found[0].text == ENGLISH
    assert [(f.source, f.code) for f in found[1:]] == [(url, "E020"), (str(tmp_path / "b.txt"), "E001")]


def test_english_without_function_words_is_not_refused():
    for text in ("Kenneth Carlsen (Denmark) beat Patrick Rafter (Australia)", "SOCCER - MEXICAN CHAMPIONSHIP RESULTS",
                 "Negotiators met yesterday."):
        assert sources.read_bytes(text.encode(), "x.txt").text == text
