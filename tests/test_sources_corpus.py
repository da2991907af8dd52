"""Reading a corpus: folders and globs, JSONL and CSV rows, RSS and Atom feeds, WARC archives, URLs and lists of URLs
(served by a local HTTP server the tests start), and non-English articles recorded with their language."""

from __future__ import annotations

import datetime as dt
import io
import json
import socket
import time

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from eventwire import sources
from eventwire.errors import EventwireError
from eventwire.record import Document, Failure
from eventwire.sources import Options

TALKS = ("The foreign ministers of Japan and South Korea met in Seoul on Monday to discuss trade and security. "
         "Officials said the two governments would hold further talks next month in Tokyo, and that a joint "
         "statement on export controls was being drafted. ")
AID = ("Mexico sent humanitarian aid to Cuba on Tuesday after a hurricane damaged homes and power lines across "
       "the west of the island. The shipment included food, water and medical supplies, the foreign ministry "
       "said in a statement. ")
GERMAN = ("Der Minister sagte am Dienstag, dass die Regierung mit der Opposition in der nächsten Woche Gespräche "
          "führen werde. Es gehe auch um die Zukunft der Koalition und um den Haushalt des kommenden Jahres.")
FRENCH = ("Le ministre a déclaré mardi que le gouvernement allait discuter avec l'opposition la semaine prochaine. "
          "Les négociations porteront aussi sur le budget de l'année prochaine et sur l'avenir de la coalition.")


def page(body: str, title: str = "Talks") -> bytes:
    return f"<html><head><title>{title}</title></head><body><article><p>{body}</p></article></body></html>".encode()


def read_all(*locations: object, **kw: object) -> list[Document | Failure]:
    return list(sources.iter_documents([str(location) for location in locations], **kw))


# folders and globs


def test_a_folder_is_read_recursively_each_file_by_its_kind(tmp_path):
    (tmp_path / "a.txt").write_text(TALKS)
    (tmp_path / "sub" / "deeper").mkdir(parents=True)
    (tmp_path / "sub" / "b.html").write_bytes(page(AID))
    (tmp_path / "sub" / "deeper" / "c.json").write_text(json.dumps({"text": TALKS, "published": "2024-03-11"}))
    (tmp_path / "sub" / "rows.jsonl").write_text(json.dumps({"text": AID}) + "\n")
    (tmp_path / "photo.png").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    (tmp_path / ".cache").mkdir()
    (tmp_path / ".cache" / "old.txt").write_text(TALKS)
    found = read_all(tmp_path)
    assert all(isinstance(item, Document) for item in found)
    assert [item.source for item in found] == [str(tmp_path / name) for name in (
        "a.txt", "sub/b.html", "sub/rows.jsonl:1", "sub/deeper/c.json")]
    assert [item.id for item in found] == ["a", "b", "rows-1", "c"]
    assert "humanitarian aid" in found[1].text and found[3].published == dt.date(2024, 3, 11)


def test_a_glob_reads_the_files_it_matches(tmp_path):
    for name in ("one.txt", "two.txt", "three.md"):
        (tmp_path / name).write_text(TALKS)
    assert [item.source for item in read_all(tmp_path / "*.txt")] == [str(tmp_path / "one.txt"),
                                                                       str(tmp_path / "two.txt")]
    assert sources.estimate([str(tmp_path / "*.txt"), str(tmp_path)]) == 5


def test_nothing_to_read_is_a_failure_naming_the_location(tmp_path):
    (tmp_path / "empty").mkdir()
    found = read_all(tmp_path / "empty", tmp_path / "*.nothing")
    assert [(item.source, item.code) for item in found] == [(str(tmp_path / "empty"), "E026"),
                                                            (str(tmp_path / "*.nothing"), "E026")]


def test_one_bad_file_in_a_folder_fails_alone(tmp_path):
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.txt").write_text(TALKS)
    found = read_all(tmp_path)
    assert (found[0].source, found[0].code) == (str(tmp_path / "a.txt"), "E001")
    assert isinstance(found[1], Document) and found[1].id == "b"


# rows


def test_jsonl_rows_with_a_field_mapping(tmp_path):
    rows = tmp_path / "news.jsonl"
    rows.write_text("\n".join([
        json.dumps({"body": TALKS, "date": "2024-03-11T09:30:00Z", "url": "https://example.org/talks", "title": "T"}),
        "",
        json.dumps({"body": AID, "published": "2024-03-12", "id": 77}),
        '{"body": "unfinished',
        json.dumps({"text": TALKS}),
        json.dumps(["a", "list"]),
    ]) + "\n")
    found = read_all(rows, options=Options.parse(["text=body"]))
    assert [item.source for item in found] == [f"{rows}:{n}" for n in (1, 3, 4, 5, 6)]
    first, second = found[:2]
    assert (first.text, first.published, first.url, first.title, first.id) == (
        TALKS, dt.date(2024, 3, 11), "https://example.org/talks", "T", "news-1")
    assert (second.published, second.id) == (dt.date(2024, 3, 12), "77")
    assert [item.code for item in found[2:]] == ["E022", "E021", "E022"]
    assert "--field text=COLUMN" in found[3].message and "'body'" in found[3].message


def test_a_row_that_is_not_utf8_fails_alone(tmp_path):
    rows = tmp_path / "news.jsonl"
    rows.write_bytes(json.dumps({"text": "Caf\u00e9 " + TALKS}).encode().replace(b"\\u00e9", b"\xe9") + b"\n"
                     + json.dumps({"text": AID}).encode() + b"\n")
    bad, good = read_all(rows)
    assert (bad.source, bad.code) == (f"{rows}:1", "E003") and isinstance(good, Document)


def test_csv_rows_with_a_field_mapping(tmp_path):
    rows = tmp_path / "news.csv"
    rows.write_text('headline,story,day,link\n'
                    f'Talks,"{TALKS}\nA second paragraph, with a comma.",2024-03-11,https://example.org/talks\n'
                    f'Aid,"{AID}",2024-03-12,\n'
                    'Nothing,,2024-03-13,\n')
    options = Options.parse(["text=story", "published=day", "title=headline", "url=link"])
    found = read_all(rows, options=options)
    assert [item.source for item in found] == [f"{rows}:2", f"{rows}:4", f"{rows}:5"]
    talks, aid, nothing = found
    assert talks.text.endswith("with a comma.") and (talks.title, talks.url) == ("Talks", "https://example.org/talks")
    assert (aid.published, aid.url, aid.id) == (dt.date(2024, 3, 12), None, "news-4")
    assert nothing.code == "E021"
    assert sources.estimate([rows]) == 4  # lines after the header: a quoted line break counts


def test_a_csv_without_its_text_column_is_one_failure_naming_the_columns(tmp_path):
    rows = tmp_path / "news.csv"
    rows.write_text(f'title,body\nTalks,"{TALKS}"\n')
    [failure] = read_all(rows)
    assert (failure.source, failure.code) == (str(rows), "E021")
    assert "title, body" in failure.message


@pytest.mark.parametrize("spec", ["text", "text=", "colour=body"])
def test_a_bad_field_mapping_is_refused(spec):
    with pytest.raises(EventwireError) as info:
        Options.parse([spec])
    assert info.value.code == "E027" and "text=body" in info.value.message


# feeds

RSS = f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>World news</title><link>https://example.org/</link>
<item><title>Ministers meet in Seoul</title><link>https://example.org/seoul</link>
<guid>seoul-1</guid><pubDate>Mon, 11 Mar 2024 09:30:00 GMT</pubDate>
<description>&lt;p&gt;{TALKS}&lt;/p&gt;&lt;p&gt;{TALKS}&lt;/p&gt;&lt;p&gt;{TALKS}&lt;/p&gt;</description></item>
<item><title>Aid for Cuba</title><pubDate>Tue, 12 Mar 2024 08:00:00 GMT</pubDate>
<description>{AID}</description></item>
</channel></rss>"""

ATOM = f"""<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>World news</title><id>urn:feed</id>
<updated>2024-03-12T10:00:00Z</updated>
<entry><title>Aid for Cuba</title><id>urn:aid</id><link href="https://example.org/aid"/>
<published>2024-03-12T08:00:00Z</published><updated>2024-03-13T08:00:00Z</updated>
<content type="html">&lt;p&gt;{AID}&lt;/p&gt;&lt;p&gt;{AID}&lt;/p&gt;&lt;p&gt;{AID}&lt;/p&gt;</content></entry>
<entry><title>Talks</title><id>urn:talks</id><updated>2024-03-14T08:00:00Z</updated>
<summary>{TALKS}</summary></entry>
</feed>"""


def test_an_rss_file_gives_an_article_an_entry_dated_by_the_entry(tmp_path):
    feed = tmp_path / "world.rss"
    feed.write_text(RSS)
    seoul, aid = read_all(feed)
    assert (seoul.source, aid.source) == (f"{feed}#1", f"{feed}#2")
    assert (seoul.published, seoul.title, seoul.url) == (dt.date(2024, 3, 11), "Ministers meet in Seoul",
                                                         "https://example.org/seoul")
    assert seoul.text.count("Seoul on Monday") == 3 and "<p>" not in seoul.text and "\n" in seoul.text
    assert (aid.published, aid.text) == (dt.date(2024, 3, 12), AID.strip())
    assert seoul.id != aid.id
    assert sources.estimate([feed]) == 2


def test_an_atom_file_in_a_folder_is_read_as_a_feed(tmp_path):
    (tmp_path / "world.xml").write_text(ATOM)
    aid, talks = read_all(tmp_path)
    assert (aid.published, aid.url, aid.title) == (dt.date(2024, 3, 12), "https://example.org/aid", "Aid for Cuba")
    assert talks.published == dt.date(2024, 3, 14)  # no <published>: the date of its last update


def test_a_feed_entry_with_only_a_summary_and_a_link_fetches_the_page(server):
    server.pages["/feed.xml"] = ("application/rss+xml", f"""<?xml version="1.0"?>
<rss version="2.0"><channel><title>Wire</title>
<item><title>Talks in Seoul</title><link>{server.base}/story.html</link>
<pubDate>Mon, 11 Mar 2024 09:30:00 GMT</pubDate><description>Ministers met in Seoul.</description></item>
</channel></rss>""".encode())
    server.pages["/story.html"] = ("text/html; charset=utf-8", page(TALKS + AID))
    [story] = read_all(f"{server.base}/feed.xml")
    assert isinstance(story, Document), story
    assert "hurricane" in story.text and story.published == dt.date(2024, 3, 11)
    assert (story.source, story.url) == (f"{server.base}/feed.xml#1", f"{server.base}/story.html")
    assert len(server.agents) == 2 and all(agent.startswith("eventwire/") for agent in server.agents)


def test_a_teaser_whose_page_cannot_be_fetched_fails_naming_the_page(server, tmp_path):
    feed = tmp_path / "feed.rss"
    feed.write_text(f"""<rss version="2.0"><channel><title>Wire</title><item><title>Gone</title>
<link>{server.base}/gone.html</link><description>Short.</description></item></channel></rss>""")
    [failure] = read_all(feed)
    assert (failure.source, failure.code) == (f"{feed}#1", "E020")
    assert f"{server.base}/gone.html" in failure.message and "404" in failure.message


def test_a_broken_feed_and_an_entry_without_text_are_failures(tmp_path):
    broken, textless = tmp_path / "broken.rss", tmp_path / "textless.rss"
    broken.write_text("<rss><channel><title>cut short")
    textless.write_text("<rss><channel><item><title>No text, no link</title></item></channel></rss>")
    found = read_all(broken, textless)
    assert [(item.source, item.code) for item in found] == [(str(broken), "E023"), (f"{textless}#1", "E024")]


# WARC


def write_warc(path, records: list[tuple[str, str, str, bytes]]) -> None:
    """A gzipped WARC: a warcinfo record, then a response record for each (URI, status, content type, body)."""
    with open(path, "wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        writer.write_record(writer.create_warcinfo_record("test.warc.gz", {"software": "eventwire tests"}))
        for uri, status, content_type, body in records:
            headers = StatusAndHeaders(status, [("Content-Type", content_type)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(uri, "response", payload=io.BytesIO(body),
                                                          http_headers=headers))


def test_a_warc_gives_its_html_pages_with_status_200(tmp_path):
    archive = tmp_path / "crawl.warc.gz"
    write_warc(archive, [
        ("https://example.org/data.json", "200 OK", "application/json", json.dumps({"text": TALKS}).encode()),
        ("https://example.org/aid", "200 OK", "text/html; charset=iso-8859-1", page(AID + "Caf\u00e9.").replace(
            b"Caf\xc3\xa9", b"Caf\xe9")),
        ("https://example.org/missing", "404 Not Found", "text/html", page(TALKS)),
    ])
    [aid] = read_all(archive)
    assert isinstance(aid, Document), aid
    assert (aid.source, aid.url, aid.id) == (f"{archive}#3", "https://example.org/aid", "crawl-3")
    assert "Caf\u00e9" in aid.text  # decoded with the charset the response names
    assert sources.estimate([archive]) is None


def test_a_file_that_is_not_a_warc_is_a_failure(tmp_path):
    archive = tmp_path / "crawl.warc"
    archive.write_text("not an archive")
    [failure] = read_all(archive)
    assert (failure.source, failure.code) == (str(archive), "E025")


# URLs and lists of URLs


def test_a_url_is_fetched(server):
    server.pages["/talks"] = ("text/html", page(TALKS + AID))
    [talks] = read_all(f"{server.base}/talks")
    assert "Seoul" in talks.text and (talks.source, talks.url) == (f"{server.base}/talks", f"{server.base}/talks")
    assert talks.id.startswith("doc-")


def test_a_list_of_urls_fetches_each_page_and_a_bad_one_fails_alone(server, tmp_path):
    server.pages["/talks"] = ("text/html", page(TALKS))
    server.pages["/aid"] = ("text/html", page(AID))
    urls = tmp_path / "urls.txt"
    urls.write_text(f"{server.base}/talks\n\n{server.base}/missing\n  {server.base}/aid  \n")
    found = read_all(urls)
    assert [item.source for item in found] == [f"{server.base}/{name}" for name in ("talks", "missing", "aid")]
    assert isinstance(found[0], Document) and isinstance(found[2], Document)
    assert found[1].code == "E020" and "404" in found[1].message
    assert sources.estimate([urls]) == 3


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def test_an_unreachable_url_is_a_clear_failure_at_once():
    url = f"http://127.0.0.1:{free_port()}/news"
    start = time.perf_counter()
    [failure] = read_all(url, options=Options(timeout=2))
    assert time.perf_counter() - start < 2
    assert (failure.source, failure.code) == (url, "E020") and url in failure.message


def test_a_server_that_does_not_answer_times_out():
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen()
        url = f"http://127.0.0.1:{silent.getsockname()[1]}/news"
        start = time.perf_counter()
        [failure] = read_all(url, options=Options(timeout=0.3))
    assert time.perf_counter() - start < 3
    assert failure.code == "E020" and "no answer within 0.3 s" in failure.message


# language


@pytest.mark.parametrize(("text", "language", "name"), [(GERMAN, "de", "German"), (FRENCH, "fr", "French")])
def test_non_english_articles_fail_with_their_language(tmp_path, text, language, name):
    article = tmp_path / "article.txt"
    article.write_text(text)
    [failure] = read_all(article)
    assert (failure.code, failure.language) == ("E004", language) and name in failure.message


def test_a_non_english_feed_entry_fails_with_its_language_and_the_rest_go_on(tmp_path):
    feed = tmp_path / "feed.rss"
    feed.write_text(f"""<rss version="2.0"><channel><title>Mixed</title>
<item><title>Gespräche</title><description>{GERMAN}</description></item>
<item><title>Aid</title><description>{AID}</description></item></channel></rss>""")
    german, aid = read_all(feed)
    assert (german.source, german.code, german.language) == (f"{feed}#1", "E004", "de")
    assert isinstance(aid, Document)


def test_a_non_latin_script_names_the_script():
    with pytest.raises(EventwireError) as info:
        sources.from_text("Министр заявил во вторник, что правительство проведёт переговоры с оппозицией.")
    assert info.value.code == "E004" and "Cyrillic" in info.value.message and info.value.values["language"]


@pytest.mark.parametrize("text", [
    "Biden, Xi meet in Bali",
    "Scholz visits Paris",
    "UPDATE 2-Germany's Scholz says Berlin will send tanks to Kyiv",
    "BREAKING \U0001f525\U0001f525 Markets rally as Fed holds rates \U0001f680 " * 5 + "BREAKING",  # issue 17
    "EU sanctions on Russia extended",
    "Defenders - Jorge Costa , Paulinho Santos , Helder Cristovao , Carlos Secretario",
])
def test_short_english_headlines_and_name_lists_pass(text):
    assert sources.from_text(text).text == text


def test_only_the_start_of_a_long_text_is_looked_at():
    sources.from_text(TALKS * 20 + GERMAN * 500)
    with pytest.raises(EventwireError) as info:
        sources.from_text(GERMAN * 20 + TALKS * 500)
    assert info.value.code == "E004"
