"""The command line, end to end: the JSON contract, tables, and bad input as one-line errors in a batch."""

from __future__ import annotations

import json
import os
import socket
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


FULL = {  # an article in which every list of the record has something
    "id": "summit",
    "published": "2023-09-17",
    "title": "Summit in Vladivostok",
    "text": "Kim Jong Un arrived in Vladivostok on Tuesday, about 6,400 kilometers from Moscow. He met Vladimir Putin "
            "on Wednesday. \"We will always support Russia,\" Kim said. The weather was cold.",
}


def test_extract_json_contract(tmp_path):
    from eventwire import record as model

    article = tmp_path / "summit.json"
    article.write_text(json.dumps(FULL))
    result = eventwire("extract", str(article), "--explain")
    assert result.returncode == 0, result.stderr.decode()
    record = json.loads(result.stdout)
    assert record["document"]["published"] == "2023-09-17"
    assert set(record["document"]) == set(model.DocumentInfo.model_fields)
    kinds = {"entities": model.Entity, "events": model.Event, "quotes": model.Quote, "times": model.TimeRef,
             "places": model.Place, "claims": model.Claim, "explain": model.NoEvent}
    assert set(record) == set(kinds) | {"document"}
    for key, kind in kinds.items():
        assert record[key], f"no {key} in the record"
        for item in record[key]:
            assert set(item) == set(kind.model_fields), key
    event = record["events"][0]
    assert set(event["actor"]) == set(model.ActorRef.model_fields)
    assert set(event["location"]) == set(model.Location.model_fields)


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
    big.write_text(paragraph * 1600)  # about 147,000 characters, under the limit of 200,000
    result = eventwire("extract", str(big), "--published", "2023-09-17")
    assert result.returncode == 0, result.stderr.decode()
    assert len(json.loads(result.stdout)["times"]) >= 1600


def test_too_long_an_article_and_a_five_megabyte_input_are_refused_with_clear_errors(tmp_path):
    long = tmp_path / "long.txt"
    long.write_text("The minister said on Tuesday that the talks would continue next week. " * 3500)  # 248,500
    huge = tmp_path / "huge.txt"
    huge.write_text("The minister said the talks would continue. " * 120_000)  # about 5.4 MB
    result = eventwire("extract", str(long), str(huge))
    errors = result.stderr.decode()
    assert result.returncode == 1 and "Traceback" not in errors
    assert f"E006: {long}" in errors and f"E016: {huge}" in errors


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


def test_version():
    from eventwire import __version__

    result = eventwire("--version")
    assert result.returncode == 0 and result.stdout.decode().strip() == f"eventwire {__version__}"


def test_a_url_that_cannot_be_fetched_is_one_error_and_the_batch_goes_on():
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        url = f"http://127.0.0.1:{probe.getsockname()[1]}/news/1"
    result = eventwire("extract", url, str(ROOT / "examples" / "eu-sanctions.json"))
    assert result.returncode == 1
    assert "E020" in result.stderr.decode() and url in result.stderr.decode()
    assert json.loads(result.stdout.decode().strip().splitlines()[-1])["document"]["id"] == "eu-sanctions"


def test_no_publication_date_is_said_once_on_stderr():
    text = b"Mexico sent humanitarian aid to Cuba on Tuesday."
    result = eventwire("extract", "-", stdin=text)
    assert result.returncode == 0
    notes = [line for line in result.stderr.decode().splitlines() if "no publication date" in line]
    assert len(notes) == 1 and "--published" in notes[0]
    assert json.loads(result.stdout)["events"][0]["date"] is None
    dated = eventwire("extract", "-", "--published", "2024-03-10", stdin=text)
    assert "no publication date" not in dated.stderr.decode()


def test_tables_keep_whole_dates_and_explain_shows_the_sentence_at_80_columns():
    text = b"Mexico sent humanitarian aid to Cuba on Tuesday. The weather in Havana was pleasant."
    result = subprocess.run([sys.executable, "-m", "eventwire.cli", "extract", "-", "--published", "2024-03-10",
                             "--format", "table", "--explain"], input=text, capture_output=True, cwd=ROOT,
                            env={**os.environ, "COLUMNS": "80"}, timeout=300)
    out = result.stdout.decode()
    assert result.returncode == 0, result.stderr.decode()
    assert max(len(line) for line in out.splitlines()) <= 80
    row = next(line for line in out.splitlines() if "073" in line)
    assert "2024-03-05" in row
    assert "weather in Havana" in out
