"""The command line, end to end: the JSON contract, tables, and bad input as one-line errors in a batch."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
EXAMPLES = sorted((ROOT / "examples").glob("*"))


def eventwire(*args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "eventwire.cli", *args],
        input=stdin,
        capture_output=True,
        cwd=ROOT,
        env={**os.environ, "COLUMNS": "200"},
        timeout=300,
    )


def test_extract_json_contract():
    result = eventwire("extract", str(ROOT / "examples" / "eu-sanctions.json"))
    assert result.returncode == 0, result.stderr.decode()
    record = json.loads(result.stdout)
    assert set(record) >= {"document", "entities", "events", "quotes", "times", "places"}
    assert set(record["document"]) >= {"id", "published", "title", "language"}
    for entity in record["entities"]:
        assert set(entity) >= {"text", "start", "end", "label", "actor"}
    for quote in record["quotes"]:
        assert set(quote) >= {"text", "start", "end", "speaker", "cue", "direct"}
    for time in record["times"]:
        assert set(time) >= {"text", "start", "end", "value"}
    assert record["document"]["published"] == "2024-05-20"


def test_extract_reads_stdin_with_published_option():
    text = b"The prime minister resigned on Tuesday after the vote."
    result = eventwire("extract", "-", "--published", "2023-09-17", stdin=text)
    assert result.returncode == 0, result.stderr.decode()
    assert json.loads(result.stdout)["times"][0]["value"] == "2023-09-12"


def test_table_format_on_all_examples():
    result = eventwire("extract", *map(str, EXAMPLES), "--format", "table")
    assert result.returncode == 0, result.stderr.decode()
    out = result.stdout.decode()
    assert "quotes" in out and "times" in out
    assert out.count("published") == len(EXAMPLES)


def test_batch_goes_on_after_bad_input(tmp_path):
    empty = tmp_path / "empty.txt"
    empty.write_bytes(b"")
    binary = tmp_path / "blob.bin"
    binary.write_bytes(bytes(range(256)) * 4)
    result = eventwire("extract", str(empty), str(binary), str(ROOT / "examples" / "eu-sanctions.json"))
    assert result.returncode == 1
    errors = result.stderr.decode().strip().splitlines()
    assert len(errors) == 2 and "E001" in errors[0] and "E002" in errors[1]
    assert "Traceback" not in result.stderr.decode()
    assert json.loads(result.stdout.decode().strip().splitlines()[-1])["document"]["id"] == "eu-sanctions"


@pytest.mark.parametrize(
    ("args", "code"),
    [(["--published", "yesterday"], "E005"), (["--model", "/no/such/model"], "E010")],
)
def test_bad_options_are_one_line_errors(args, code):
    result = eventwire("extract", str(ROOT / "examples" / "eu-sanctions.json"), *args)
    assert result.returncode == 2
    assert code in result.stderr.decode() and "Traceback" not in result.stderr.decode()


def test_missing_file_is_an_error():
    result = eventwire("extract", "no-such-file.txt")
    assert result.returncode == 1 and "E011" in result.stderr.decode()


def test_large_article_is_processed(tmp_path):
    paragraph = "The minister said on Tuesday that the talks with the opposition would continue next week. "
    big = tmp_path / "big.txt"
    big.write_text(paragraph * 2500)  # about 230,000 characters
    result = eventwire("extract", str(big), "--published", "2023-09-17")
    assert result.returncode == 0, result.stderr.decode()
    assert len(json.loads(result.stdout)["times"]) >= 2500


def test_five_megabyte_article_is_refused_with_a_clear_error(tmp_path):
    huge = tmp_path / "huge.txt"
    huge.write_text("The minister said the talks would continue. " * 120_000)  # about 5.4 MB
    result = eventwire("extract", str(huge))
    assert result.returncode == 1
    assert "E006" in result.stderr.decode() and "Traceback" not in result.stderr.decode()


def test_model_option_takes_a_pipeline_path():
    from eventwire.pipeline import shipped_model_path

    result = eventwire("extract", str(ROOT / "examples" / "eu-sanctions.json"), "--model", str(shipped_model_path()))
    assert result.returncode == 0, result.stderr.decode()
    assert json.loads(result.stdout)["quotes"]


def test_explain_says_why_sentences_have_no_event():
    text = b"Mexico sent humanitarian aid to Cuba. The weather in Havana was pleasant on Monday."
    result = eventwire("extract", "-", "--published", "2024-03-10", "--explain", stdin=text)
    assert result.returncode == 0, result.stderr.decode()
    record = json.loads(result.stdout)
    assert [e["cameo"] for e in record["events"]] == ["073"]
    assert [m["sentence"] for m in record["explain"]] == [1]
    assert record["explain"][0]["reasons"]
    plain = json.loads(eventwire("extract", "-", "--published", "2024-03-10", stdin=text).stdout)
    assert plain["explain"] is None


def test_table_lists_events():
    text = b"Mexico sent humanitarian aid to Cuba."
    result = eventwire("extract", "-", "--format", "table", stdin=text)
    assert result.returncode == 0 and "events" in result.stdout.decode()
    row = next(line for line in result.stdout.decode().splitlines() if "073" in line)
    assert "MEX" in row and "CUB" in row and "AID" in row
