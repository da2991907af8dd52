"""Faults on real parts: an export killed part-way, a full disk during ingest and export, a corrupt or locked store
file, feeds and pages that time out or return garbage. Each ends in a clear coded message, and the store is the same
(counts checked before and after) or goes on where it stopped. (A SIGKILL during ingest is in test_store.py.)"""

from __future__ import annotations

import contextlib
import errno
import importlib.util
import json
import os
import random
import resource
import signal
import subprocess
import sys
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import duckdb
import pytest

from eventwire import sources
from eventwire.errors import EventwireError
from eventwire.export import export
from eventwire.ingest import ingest
from eventwire.record import Document, Failure
from eventwire.sources import Options
from eventwire.store import Corpus

ROOT = Path(__file__).resolve().parents[1]
ENV = {**os.environ, "PYTHONPATH": os.pathsep.join(sys.path)}
ACTORS = ["Russia", "China", "Ukraine", "France", "Germany", "Japan", "India", "Brazil", "Kenya", "Egypt"]
VERBS = ["criticized", "praised", "met", "accused", "thanked", "warned", "visited", "condemned"]
TABLES = ["documents", "events", "event_mentions", "event_actors", "entities", "quotes", "times", "places", "claims"]


def news(folder: Path, count: int, first: int = 0) -> Path:
    """A folder of `count` one-line articles, each a distinct text."""
    folder.mkdir(parents=True, exist_ok=True)
    for n in range(first, first + count):
        a, b, verb = ACTORS[n % 10], ACTORS[(n // 10 + 1 + n) % 10], VERBS[(n // 3) % 8]
        (folder / f"{n:04d}.txt").write_text(f"{a} {verb} {b} on Monday, officials said in report {n}.\n")
    return folder


def counts(db: Path) -> dict[str, int]:
    """The rows of every table, checked for consistency: no row without its document, events counted right."""
    with duckdb.connect(str(db), read_only=True) as con:
        found = {table: con.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in TABLES}
        for table in TABLES[1:]:
            assert con.execute(f"SELECT count(*) FROM {table} WHERE doc_id NOT IN (SELECT doc_id FROM documents)"
                               ).fetchone() == (0,), f"{table} rows without their document"
        assert (con.execute("SELECT coalesce(sum(events), 0) FROM documents").fetchone()[0] == found["events"])
        found["finished runs"] = con.execute("SELECT count(*) FROM runs WHERE finished IS NOT NULL").fetchone()[0]
    return found


def generated_store(db: Path, events: int) -> None:
    """A store of `events` events written in SQL by bench/export_speed.py (no model needed)."""
    spec = importlib.util.spec_from_file_location("export_speed", ROOT / "bench" / "export_speed.py")
    assert spec is not None and spec.loader is not None
    bench = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(bench)
    bench.generate(db, events)


@pytest.fixture(scope="module")
def big_db(tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("big") / "big.duckdb"
    generated_store(db, 150_000)
    return db


@pytest.fixture(scope="module")
def coded_db(extractor, tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("coded")
    db = folder / "c.duckdb"
    ingest([str(news(folder / "news", 12))], db, model=extractor.nlp)
    return db


# --- an export killed part-way --------------------------------------------------------------------------------------

KILLED_EXPORT = "import sys\nfrom eventwire.export import export\nexport(sys.argv[1], sys.argv[2], sys.argv[3])\n"


@pytest.mark.parametrize("format", ["gdelt", "csv"])
def test_an_export_killed_part_way_leaves_no_file_that_looks_whole(big_db, tmp_path, format):
    before = counts(big_db)
    out = tmp_path / f"events.{format}"
    partial = Path(f"{out}.partial")
    child = subprocess.Popen([sys.executable, "-c", KILLED_EXPORT, str(big_db), format, str(out)], env=ENV)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline and child.poll() is None:
        if partial.exists() and partial.stat().st_size > 100_000:
            break
        time.sleep(0.02)
    child.send_signal(signal.SIGKILL)
    assert child.wait() == -signal.SIGKILL, "the export ended before it could be killed: give it more events"
    assert not out.exists(), "a killed export must not leave a file under the name asked for"
    assert counts(big_db) == before
    written = export(big_db, format, out)
    assert written == before["events"] and out.exists() and not partial.exists()
    lines = sum(1 for _ in out.open(encoding="utf-8"))
    assert lines == written + (format == "csv")  # the CSV header


# --- a full disk ----------------------------------------------------------------------------------------------------


class Disk:
    """A folder on a small file system of its own (tmpfs, mounted as root); without one, a full disk is simulated
    with RLIMIT_FSIZE, which makes writing past a file size fail (EFBIG) as writing to a full disk does (ENOSPC)."""

    def __init__(self, folder: Path) -> None:
        self.folder = folder
        folder.mkdir()
        self.mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(folder)],
                                      capture_output=True).returncode == 0

    @contextlib.contextmanager
    def full(self) -> Iterator[None]:
        """The disk full while inside: every byte taken (tmpfs), or no file may grow past 64 KB (RLIMIT_FSIZE)."""
        if self.mounted:
            filler = self.folder / "filler"
            with contextlib.suppress(OSError), filler.open("wb") as stream:
                while True:
                    stream.write(b"\0" * 65536)
                    stream.flush()
            try:
                yield
            finally:
                filler.unlink()
            return
        limits = resource.getrlimit(resource.RLIMIT_FSIZE)
        handler = signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a write past the limit raises, not kills
        resource.setrlimit(resource.RLIMIT_FSIZE, (65536, limits[1]))
        try:
            yield
        finally:
            resource.setrlimit(resource.RLIMIT_FSIZE, limits)
            signal.signal(signal.SIGXFSZ, handler)

    def close(self) -> None:
        if self.mounted:
            subprocess.run(["umount", "-l", str(self.folder)], capture_output=True)


@pytest.fixture
def disk(tmp_path) -> Iterator[Disk]:
    small = Disk(tmp_path / "disk")
    yield small
    small.close()


def test_a_full_disk_during_ingest_is_a_clear_error_and_the_next_run_goes_on(extractor, disk, tmp_path):
    db = disk.folder / "c.duckdb"
    ingest([str(news(tmp_path / "first", 8))], db, model=extractor.nlp)
    before = counts(db)
    more = news(tmp_path / "more", 40, first=100)
    with disk.full(), pytest.raises(EventwireError) as info:
        ingest([str(more)], db, model=extractor.nlp, batch_size=4)
    message = info.value.message
    assert info.value.code == "E033" and str(db) in message and "free disk space" in message, message
    after = counts(db)
    assert after["documents"] >= before["documents"] and after["finished runs"] == before["finished runs"]
    summary = ingest([str(more)], db, model=extractor.nlp)
    assert summary.tally.coded + summary.tally.unchanged == 40
    assert counts(db)["documents"] == before["documents"] + 40


@pytest.mark.parametrize("format", ["gdelt", "parquet"])
def test_a_full_disk_during_export_is_a_clear_error_and_leaves_no_file(big_db, disk, format):
    before = counts(big_db)
    out = disk.folder / f"events.{format}"
    with disk.full(), pytest.raises(EventwireError) as info:
        export(big_db, format, out)
    assert info.value.code == "E041" and str(out) in info.value.message
    assert not out.exists() and not Path(f"{out}.partial").exists()
    assert counts(big_db) == before


# --- a corrupt or locked store ----------------------------------------------------------------------------------------


def eventwire_cli(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "eventwire.cli", *args], capture_output=True, text=True, env=ENV,
                          timeout=120)


def assert_one_clear_line(done: subprocess.CompletedProcess[str], code: str) -> None:
    assert done.returncode != 0 and "Traceback" not in done.stderr, done.stderr
    errors = [line for line in done.stderr.splitlines() if line.startswith("eventwire: error:")]
    assert len(errors) == 1 and code in errors[0], done.stderr


@pytest.mark.parametrize("damage", ["random bytes", "cut short", "bytes overwritten"])
def test_a_corrupt_store_is_a_clear_error_saying_what_to_do(coded_db, tmp_path, damage):
    db = tmp_path / "c.duckdb"
    data = bytearray(coded_db.read_bytes())
    rng = random.Random(17)
    if damage == "random bytes":
        data = bytearray(rng.randbytes(len(data)))
    elif damage == "cut short":
        data = data[:20_000]  # DuckDB's headers and a little of the first block
    else:
        for at in range(4096, len(data), 8192):  # past DuckDB's file header: the blocks holding the tables
            data[at : at + 64] = rng.randbytes(64)
    db.write_bytes(bytes(data))
    for command in (["stats", "--db", str(db)], ["events", "--db", str(db)],
                    ["export", "--format", "gdelt", "--db", str(db), "-o", str(tmp_path / "out.tsv")]):
        done = eventwire_cli(*command)
        assert_one_clear_line(done, "E03")
        assert "damaged" in done.stderr or "new --db" in done.stderr
    assert not (tmp_path / "out.tsv").exists()


def test_a_store_damaged_inside_its_tables_is_a_clear_error_when_read(big_db, tmp_path):
    original = big_db.read_bytes()
    found = []
    for at in (13_288, len(original) // 8):  # DuckDB checks a block's checksum when it reads the block
        data = bytearray(original)
        data[at : at + 64] = random.Random(at).randbytes(64)
        db = tmp_path / "damaged.duckdb"
        db.write_bytes(bytes(data))
        out = tmp_path / "out.csv"
        for command in (["events", "--db", str(db), "--limit", "5"],
                        ["export", "--format", "csv", "--db", str(db), "-o", str(out)]):
            done = eventwire_cli(*command)
            assert "Traceback" not in done.stderr and done.returncode in (0, 2), done.stderr
            if done.returncode:
                assert_one_clear_line(done, "E03")
                found.append(done.stderr)
                assert not out.exists()
    assert any("E034" in message and "new store" in message for message in found)


HOLD = textwrap.dedent("""
    import sys, time, duckdb
    con = duckdb.connect(sys.argv[1])
    print("holding", flush=True)
    time.sleep(120)
""")


def test_a_locked_store_is_a_clear_error_and_is_left_as_it_was(extractor, coded_db, tmp_path):
    before = counts(coded_db)
    holder = subprocess.Popen([sys.executable, "-c", HOLD, str(coded_db)], stdout=subprocess.PIPE, text=True, env=ENV)
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "holding"
        with pytest.raises(EventwireError) as info:
            ingest([str(news(tmp_path / "more", 3, first=50))], coded_db, model=extractor.nlp)
        assert info.value.code == "E030" and "another eventwire process" in info.value.message
        with pytest.raises(EventwireError) as info:
            Corpus(coded_db)
        assert info.value.code == "E030"
        assert_one_clear_line(eventwire_cli("stats", "--db", str(coded_db)), "E030")
    finally:
        holder.kill()
        holder.wait()
    assert counts(coded_db) == before


# --- feeds and pages that time out or return garbage ------------------------------------------------------------------

GOOD = "Japan and South Korea held talks in Seoul on Monday about trade and security, officials said."


@pytest.fixture
def site(server) -> str:
    """The local HTTP server (conftest.py) with a page that answers too late, garbage as a feed and as a page, a cut
    feed, a feed whose entries link to those pages, and a good page."""
    base = server.base
    server.delays["/slow"] = 3
    server.pages.update({
        "/slow": ("text/html", f"<html><body><p>{GOOD}</p></body></html>".encode()),
        "/garbage.xml": ("application/rss+xml", random.Random(1).randbytes(5000)),
        "/garbage": ("text/html", random.Random(2).randbytes(5000)),
        "/cut.xml": ("application/rss+xml", b'<?xml version="1.0"?><rss version="2.0"><channel><item><title>'),
        "/feed.xml": ("application/rss+xml", (
            f'<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
            f'<item><title>slow</title><link>{base}/slow</link><description>teaser</description></item>'
            f'<item><title>garbage</title><link>{base}/garbage</link><description>teaser</description></item>'
            f'<item><title>good</title><description>{" ".join([GOOD] * 6)}</description></item>'
            f'</channel></rss>').encode()),
        "/good": ("text/html", f"<html><body><article><p>{GOOD}</p></article></body></html>".encode()),
    })
    return base


def test_feeds_and_pages_that_time_out_or_return_garbage_fail_alone(extractor, site, tmp_path):
    urls = [f"{site}/{path}" for path in ("slow", "garbage.xml", "garbage", "cut.xml", "feed.xml", "good")]
    options = Options(timeout=0.5)
    start = time.perf_counter()
    found = list(sources.iter_documents(urls, options=options))
    assert time.perf_counter() - start < 15
    outcome = {item.source: item.code if isinstance(item, Failure) else "ok" for item in found}
    assert outcome[f"{site}/slow"] == "E020" and outcome[f"{site}/feed.xml#1"] == "E020"
    for garbage in (f"{site}/garbage.xml", f"{site}/garbage", f"{site}/feed.xml#2"):
        assert outcome[garbage] in ("E002", "E003", "E009", "E023")
    cut = [code for source, code in outcome.items() if source.startswith(f"{site}/cut.xml")]
    assert cut and all(code in ("E023", "E024", "E026") for code in cut), outcome
    assert outcome[f"{site}/feed.xml#3"] == outcome[f"{site}/good"] == "ok"
    assert all(f"{site}" in item.message for item in found if isinstance(item, Failure))
    assert all("no answer within 0.5 s" in item.message for item in found if getattr(item, "code", "") == "E020")
    db = tmp_path / "c.duckdb"
    summary = ingest(urls, db, options=options, model=extractor.nlp)
    failures = sum(isinstance(item, Failure) for item in found)
    assert (summary.tally.failed + summary.tally.skipped, summary.tally.coded) == (failures, 2)
    stored = counts(db)
    assert stored["documents"] == failures + 2 and stored["finished runs"] == 1


def test_garbage_rows_in_a_jsonl_file_fail_alone_naming_their_line(tmp_path):
    rows = tmp_path / "rows.jsonl"
    garbage = random.Random(3).randbytes(300).replace(b"\n", b" ")
    rows.write_bytes(b"\n".join([json.dumps({"text": GOOD}).encode(), garbage,
                                 b'{"text": "' + b"\xff\xfe" * 10 + b'"}', json.dumps({"text": GOOD + " 2"}).encode()]))
    found = list(sources.iter_documents([rows]))
    assert [type(item) for item in found] == [Document, Failure, Failure, Document]
    assert [item.source for item in found[1:3]] == [f"{rows}:2", f"{rows}:3"]
    assert found[1].code == "E022" and found[2].code == "E003"


def test_writing_past_a_full_disk_raises_what_the_fixture_promises(disk):
    with disk.full(), pytest.raises(OSError) as info, (disk.folder / "x").open("wb") as stream:
        for _ in range(64):
            stream.write(b"\0" * 65536)
            stream.flush()
    assert info.value.errno in (errno.ENOSPC, errno.EFBIG)
