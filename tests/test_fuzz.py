"""Hostile documents through the whole pipeline (hypothesis): every input yields a Record whose offsets hold, or a coded
per-document Failure; the batch goes on; each document takes bounded time; ingest keeps a consistent store."""

from __future__ import annotations

import json
import re
import string
import sys
import tempfile
import time
import unicodedata
from pathlib import Path

import duckdb
import pytest
from hypothesis import HealthCheck, Phase, example, given, settings
from hypothesis import strategies as st

from eventwire import sources
from eventwire.errors import EventwireError
from eventwire.ingest import ingest
from eventwire.record import INVISIBLE, Document, Failure, Record, visible

CODE = re.compile(r"E\d{3}")
SECONDS_PER_DOCUMENT = 60  # generous on a loaded 2-core machine: a hostile document here takes a second or two
FUZZ = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])
SENTENCES = ["Russia condemned Ukraine on Monday, officials said.", "The foreign ministers of Japan and South Korea "
             "met in Seoul to discuss trade.", "Mexico sent humanitarian aid to Cuba on Tuesday.",
             "Police fired tear gas at protesters in Nairobi.", "Kenya accused Somalia of violating the border."]
INVISIBLES = [chr(c) for c in range(sys.maxunicode + 1) if unicodedata.category(chr(c)) == "Cf"
              or (unicodedata.category(chr(c)) == "Cc" and chr(c) not in "\t\n\r")]
QUOTE_MARKS = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e\u2039\u203a`"
ABSURD_DATES = ["on 31 February 2023", "in the year 99999999999999999999", "on 0000-00-00", "on 1/1/-5",
                "10000000000 years ago", "on the 45th of Smarch", "in 1e308", "on 2023-13-45", "next 9999999999 weeks",
                "since 9999-12-31", "at 25:61", "3000000000 BC", "last -7 days"]


# --- strategies: the hostile documents ------------------------------------------------------------------------------

english = st.lists(st.sampled_from(SENTENCES), min_size=1, max_size=4).map(" ".join)
empty = st.text(alphabet=" \t\n\r\u00a0\u3000", max_size=30)
invisible = st.sampled_from(INVISIBLES)
mixed_scripts = st.text(alphabet=st.characters(categories=["L", "M", "N", "P", "S", "Zs"]), max_size=300)


@st.composite
def salted(draw: st.DrawFn, salt: st.SearchStrategy[str]) -> str:
    """An English text with `salt` strings put at random places."""
    text = draw(english)
    for _ in range(draw(st.integers(1, 12))):
        at = draw(st.integers(0, len(text)))
        text = text[:at] + draw(salt) + text[at:]
    return text


def html_tree(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    tags = st.sampled_from(["div", "p", "article", "b", "i", "span", "table", "td", "script", "style", "li", "a"])
    return st.builds(lambda tag, inner, closed: f"<{tag}>{''.join(inner)}" + (f"</{tag}>" if closed else ""),
                     tags, st.lists(children, max_size=3), st.booleans())


nested_html = st.recursive(english | st.sampled_from(["", "<", ">", "&amp;", "&#0;", "<!--", "]]>"]), html_tree,
                           max_leaves=30).map(lambda body: f"<html><body>{body}</body></html>")
deep_html = st.integers(100, 3000).map(
    lambda depth: "<html><body>" + "<div><p>" * depth + SENTENCES[0] + ("</p></div>" * (depth // 2)))
quotes = salted(st.text(alphabet=QUOTE_MARKS, min_size=1, max_size=4))
absurd_dates = salted(st.sampled_from(ABSURD_DATES).map(lambda date: f" {date} "))
controls = salted(st.text(alphabet=st.sampled_from(INVISIBLES), min_size=1, max_size=3))
texts = st.one_of(empty, english, mixed_scripts, salted(mixed_scripts), nested_html, deep_html, quotes, absurd_dates,
                  controls, st.binary(max_size=600).map(lambda data: data.decode("latin-1")))
published = st.one_of(st.none(), st.dates().map(str), st.sampled_from(
    ["0000-00-00", "2023-02-30", "9999-12-31", "0001-01-01", "yesterday", "", "  ", "2023-09-17T99:99", "\x07"]),
    st.integers(-10**20, 10**20), st.floats(allow_nan=True), st.lists(st.integers(), max_size=2),
    st.text(max_size=20))
items = st.one_of(texts, st.fixed_dictionaries({"text": texts}, optional={
    "published": published, "title": st.one_of(st.none(), st.text(max_size=40), st.integers()),
    "id": st.one_of(st.text(max_size=20), st.integers()), "url": st.one_of(st.none(), st.text(max_size=40))}))
files = st.one_of(st.binary(max_size=2000), texts.map(lambda text: text.encode("utf-8", "surrogatepass")),
                  st.builds(lambda text, date: json.dumps({"text": text, "published": date}).encode(), texts,
                            published.filter(lambda value: not isinstance(value, float))))


# --- what every result must be ----------------------------------------------------------------------------------------


def assert_sound(result: Record | Failure, document: Document | None) -> None:
    """A Record's every span is the words at its offsets in the document's text, with nothing invisible in it; a
    Failure has a code and says what to do, and is not E015 (eventwire failing on a document is a bug to fix)."""
    if isinstance(result, Failure):
        assert CODE.fullmatch(result.code) and result.message.startswith(result.code) and result.source
        assert result.code != "E015", result.message
        return
    assert isinstance(result, Record) and document is not None
    text = document.text
    spans = [*result.entities, *result.quotes, *result.times, *result.places]
    spans += [actor for event in result.events for actor in (event.actor, event.recipient) if actor]
    spans += [entity.actor for entity in result.entities if entity.actor and entity.actor.start is not None]
    for span in spans:
        start, end = span.start, span.end
        if start is None:
            continue
        assert 0 <= start <= end <= len(text)
        assert text[start:end] == span.text, (span, text[start:end])
        assert not INVISIBLE.search(span.text)
    for event in result.events:
        assert 0 <= event.start <= event.end <= len(text)


def checked_document(item: object, n: int) -> Document | None:
    """The Document the Extractor makes of an input (None when it refuses it)."""
    try:
        return sources.as_document(item, f"<input {n + 1}>")  # type: ignore[arg-type]
    except Exception:  # noqa: BLE001
        return None


# --- the pipeline ---------------------------------------------------------------------------------------------------


@FUZZ
@given(item=items)
@example(item={"text": "Russia said tomorrow it would meet China next week.", "published": "9999-12-31"})
def test_every_hostile_input_gives_a_sound_record_or_a_coded_failure_in_bounded_time(extractor, item):
    start = time.perf_counter()
    [result] = extractor.pipe([item])
    assert time.perf_counter() - start < SECONDS_PER_DOCUMENT
    assert_sound(result, checked_document(item, 0))


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(batch=st.lists(items, min_size=1, max_size=6))
def test_a_batch_of_hostile_inputs_goes_on_and_keeps_its_order(extractor, batch):
    good = {"text": SENTENCES[2], "id": "the-good-one", "published": "2024-03-10"}
    given_items = [*batch, good, *batch]
    results = list(extractor.pipe(given_items, batch_size=4))
    assert len(results) == len(given_items)
    for n, (item, result) in enumerate(zip(given_items, results, strict=True)):
        assert_sound(result, checked_document(item, n))
    middle = results[len(batch)]
    assert isinstance(middle, Record) and middle.document.id == "the-good-one" and middle.events


@settings(max_examples=40, deadline=None)
@given(text=st.text(alphabet=st.characters(codec="utf-8") | invisible, max_size=200) | controls)
def test_invisible_characters_become_spaces_and_offsets_hold(text):
    document = Document(id="x", text=text, title=text)
    assert len(document.text) == len(text) and document.title == document.text
    assert not INVISIBLE.search(document.text)
    assert all(a == b or b == " " for a, b in zip(text, document.text, strict=True))


@settings(max_examples=25, deadline=None)
@given(char=invisible.filter(lambda char: char != "\x00"), where=st.sampled_from(["before", "after", "both"]))
def test_an_invisible_character_beside_a_name_leaves_the_actor_whole(extractor, char, where):
    # (a NUL byte is read as a sign of binary data: E002)
    name = {"before": f"{char}Ukraine", "after": f"Ukraine{char}", "both": f"{char}Ukraine{char}"}[where]
    record = extractor(f"Russia condemned {name} on Monday, officials said.")
    ukraine = [entity for entity in record.entities if "Ukraine" in entity.text]
    assert ukraine and all(e.text == "Ukraine" and e.actor and e.actor.country == "UKR" for e in ukraine)


# --- sizes ----------------------------------------------------------------------------------------------------------

TEN_MB = 10_000_000


@pytest.mark.parametrize("kind", ["text", "html", "json", "str"])
def test_a_10_mb_document_is_refused_at_once_and_the_batch_goes_on(extractor, tmp_path, kind):
    body = (SENTENCES[0] + " ") * (TEN_MB // (len(SENTENCES[0]) + 1))
    data = {"text": body.encode(), "html": f"<html><body><p>{body}</p></body></html>".encode(),
            "json": json.dumps({"text": body}).encode(), "str": b""}[kind]
    start = time.perf_counter()
    if kind == "str":
        huge: object = body
    else:
        huge = tmp_path / f"huge.{'txt' if kind == 'text' else kind}"
        huge.write_bytes(data)
        [huge] = sources.iter_documents([huge])
    huge_result, good = extractor.pipe([huge, SENTENCES[2]])
    assert time.perf_counter() - start < 30
    assert isinstance(huge_result, Failure) and huge_result.code in ("E006", "E016")
    assert "limit" in huge_result.message and "Split" in huge_result.message
    assert isinstance(good, Record) and good.events


def test_the_longest_article_allowed_is_coded_in_bounded_time(extractor):
    from eventwire.sources.checks import MAX_CHARS

    paragraphs = [" ".join(SENTENCES[(n + k) % len(SENTENCES)] for k in range(3)) for n in range(10_000)]
    text = "\n\n".join(paragraphs)[: MAX_CHARS // 8]
    start = time.perf_counter()
    [result] = extractor.pipe([text])
    assert isinstance(result, Record) and result.events
    assert time.perf_counter() - start < 120  # 25,000 characters: about 5 s alone on this machine


# --- language and dates -----------------------------------------------------------------------------------------------

HEADLINE_WORDS = ["Breaking", "Markets", "rally", "as", "the", "Fed", "holds", "rates", "Ukraine", "says", "drones",
                  "hit", "oil", "depot", "near", "border", "LIVE", "Watch", "speech", "tonight", "in", "of", "final"]
emoji = st.characters(categories=["So", "Sk"]) | st.sampled_from(["\U0001f525", "\U0001f680", "\U0001f1fa\U0001f1e6",
                                                                 "\u2764\ufe0f", "\U0001f468\u200d\U0001f469"])


@settings(max_examples=30, deadline=None)
@given(words=st.lists(st.sampled_from(HEADLINE_WORDS) | emoji, min_size=3, max_size=14), times=st.integers(1, 8))
def test_repeated_headline_english_with_emoji_is_english(words, times):
    line = " ".join(words)
    if not any(word in HEADLINE_WORDS for word in words):
        return
    assert sources.from_text((line + " ") * times).text


GERMAN = ("Der Minister sagte am Dienstag, dass die Regierung mit der Opposition in der naechsten Woche Gespraeche "
          "fuehren werde. Es gehe auch um die Zukunft der Koalition und um den Haushalt des kommenden Jahres. ")


@settings(max_examples=15, deadline=None)
@given(salt=st.lists(emoji, min_size=1, max_size=10))
def test_german_with_emoji_is_still_refused_as_german(salt):
    with pytest.raises(EventwireError) as info:
        sources.from_text(GERMAN + " ".join(salt) + " " + GERMAN)
    assert (info.value.code, info.value.values["language"]) == ("E004", "de")


bad_dates = st.text(max_size=20).filter(lambda value: not re.match(r"\s*\d{4}-\d\d-\d\d", value) and value.strip()
                                        and not re.fullmatch(r"\s*\d{8}.*", value))


@settings(max_examples=25, deadline=None)
@given(value=bad_dates | st.sampled_from(["2023-02-30", "0000-00-00", "2023-13-01"]))
def test_a_bad_published_date_names_the_file_and_the_line(value):
    with tempfile.TemporaryDirectory() as folder:
        one = Path(folder) / "story.json"
        one.write_text(json.dumps({"text": SENTENCES[0], "published": value}))
        rows = Path(folder) / "rows.jsonl"
        rows.write_text("\n".join(json.dumps({"text": s, "published": value if n == 2 else None})
                                  for n, s in enumerate(SENTENCES, 1)))
        found = list(sources.iter_documents([one, rows]))
    assert [type(item) for item in found] == [Failure, Document, Failure, Document, Document, Document]
    assert found[0].code == "E005" and str(one) in found[0].message
    assert found[2].code == "E005" and f"{rows}:2" in found[2].message


# --- ingest into a real store -----------------------------------------------------------------------------------------

SUFFIXES = [".txt", ".html", ".json", ".md"]
UNIQUE = ["Brazil praised Argentina in Buenos Aires on Friday, the ministry said.",
          "Egypt thanked India for the wheat shipment on Thursday."]


@settings(max_examples=5, deadline=None, suppress_health_check=[HealthCheck.too_slow],
          phases=[Phase.explicit, Phase.reuse, Phase.generate])  # an example is a whole ingest: too slow to shrink
@given(contents=st.lists(files, min_size=2, max_size=6), rows=st.lists(files, max_size=4))
@example(contents=[b"", b"c 9999-12-31 Russia condemned"], rows=[])  # found: the last day there is crashed ingest
def test_hostile_files_are_ingested_or_recorded_as_failed_and_the_store_stays_consistent(extractor, contents, rows):
    with tempfile.TemporaryDirectory() as folder:
        news = Path(folder) / "news"
        news.mkdir()
        for n, data in enumerate(contents):
            (news / f"{n}{SUFFIXES[n % len(SUFFIXES)]}").write_bytes(data)
        (news / "good.txt").write_text(UNIQUE[0])  # texts no strategy makes: not taken for a copy of another file
        (news / "rows.jsonl").write_bytes(b"\n".join([*(data.replace(b"\n", b" ") for data in rows),
                                                      json.dumps({"text": UNIQUE[1]}).encode()]))
        db = Path(folder) / "c.duckdb"
        summary = ingest([str(news)], db, model=extractor.nlp, batch_size=3)
        tally = summary.tally
        assert tally.read == tally.coded + tally.unchanged + tally.skipped + tally.failed
        with duckdb.connect(str(db), read_only=True) as con:
            stored = dict(con.execute("SELECT status, count(*) FROM documents GROUP BY status").fetchall())
            assert stored.get("coded", 0) == tally.coded and stored.get("failed", 0) == tally.failed
            assert con.execute("SELECT count(*) FROM documents WHERE status <> 'coded' AND reason NOT SIMILAR TO "
                               "'E[0-9]{3}:.*'").fetchone() == (0,)
            assert con.execute("SELECT sum(events) FROM documents").fetchone()[0] == con.execute(
                "SELECT count(*) FROM events").fetchone()[0]
            assert con.execute("SELECT count(*) FROM runs WHERE finished IS NULL").fetchone() == (0,)
            names = {name for (name,) in con.execute("SELECT name FROM documents WHERE status = 'coded'").fetchall()}
        assert any("good" in name for name in names) and any("rows" in name for name in names)


def test_printable_text_is_left_as_it_is_and_half_a_character_is_replaced():
    printable = string.printable.replace("\x0b", "").replace("\x0c", "") + "\u00e9\u4e2d\U0001f525"
    assert visible(printable) == printable and visible("\x0b\x0c") == "  "
    assert visible("a\ud800b") == "a\ufffdb"
