"""A larger fuzz run than the tests: tests/test_fuzz.py's hostile documents through the Extractor and an ingest."""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import tempfile
import time
import traceback
from collections import Counter
from pathlib import Path

from hypothesis import HealthCheck, given, seed, settings

ROOT = Path(__file__).resolve().parents[1]


def load_fuzz_tests() -> object:
    """tests/test_fuzz.py as a module: its strategies and its checks."""
    spec = importlib.util.spec_from_file_location("test_fuzz", ROOT / "tests" / "test_fuzz.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--documents", type=int, default=1000, help="hostile inputs given to the Extractor")
    parser.add_argument("--files", type=int, default=300, help="hostile files ingested into one store")
    parser.add_argument("--seed", type=int, default=17, help="hypothesis seed: the same run again")
    args = parser.parse_args()
    import duckdb

    from eventwire.extract import Extractor
    from eventwire.ingest import ingest
    from eventwire.record import Failure

    fuzz = load_fuzz_tests()
    extractor = Extractor()
    outcomes: Counter[str] = Counter()
    errors: list[str] = []
    slowest = 0.0
    many = settings(max_examples=args.documents, deadline=None, database=None, derandomize=False,
                    suppress_health_check=list(HealthCheck))

    @seed(args.seed)
    @many
    @given(item=fuzz.items)  # type: ignore[attr-defined]
    def one(item: object) -> None:
        nonlocal slowest
        start = time.perf_counter()
        try:
            [result] = extractor.pipe([item])
            slowest = max(slowest, time.perf_counter() - start)
            fuzz.assert_sound(result, fuzz.checked_document(item, 0))  # type: ignore[attr-defined]
            outcomes[result.code if isinstance(result, Failure) else "record"] += 1
        except Exception:  # noqa: BLE001  (counted and shown, the run goes on)
            errors.append(f"{item!r:.200}\n{traceback.format_exc(limit=3)}")

    started = time.perf_counter()
    one()
    extract_seconds = time.perf_counter() - started

    written = 0
    with tempfile.TemporaryDirectory() as folder:
        news = Path(folder) / "news"
        news.mkdir()

        @seed(args.seed)
        @settings(max_examples=args.files, deadline=None, database=None, suppress_health_check=list(HealthCheck))
        @given(data=fuzz.files)  # type: ignore[attr-defined]
        def write(data: bytes) -> None:
            nonlocal written
            suffixes = fuzz.SUFFIXES  # type: ignore[attr-defined]
            (news / f"{written:05d}{suffixes[written % len(suffixes)]}").write_bytes(data)
            written += 1

        write()
        db = Path(folder) / "fuzz.duckdb"
        started = time.perf_counter()
        try:
            summary = ingest([str(news)], db, model=extractor.nlp)
            tally = summary.tally
            with duckdb.connect(str(db), read_only=True) as con:
                stored = con.execute("SELECT count(*) FROM documents").fetchone()[0]
                consistent = con.execute("SELECT sum(events) FROM documents").fetchone()[0] == con.execute(
                    "SELECT count(*) FROM events").fetchone()[0]
            ingest_figures = {"files": written, "read": tally.read, "coded": tally.coded, "unchanged": tally.unchanged,
                              "skipped": tally.skipped, "failed": tally.failed, "reasons": dict(tally.reasons),
                              "documents stored": stored, "events stored": tally.events, "consistent": consistent,
                              "seconds": round(time.perf_counter() - started, 1)}
        except Exception:  # noqa: BLE001
            errors.append(f"ingest\n{traceback.format_exc(limit=5)}")
            ingest_figures = {"files": written, "crashed": True}

    figures = {"documents fuzzed": sum(outcomes.values()) + len(errors), "records": outcomes["record"],
               "failures by code": {k: v for k, v in sorted(outcomes.items()) if k != "record"},
               "errors (crash or unsound record)": len(errors), "slowest document s": round(slowest, 2),
               "extract seconds": round(extract_seconds, 1), "ingest": ingest_figures}
    json.dump(figures, sys.stdout, indent=2)
    sys.stdout.write("\n")
    for error in errors[:10]:
        sys.stderr.write(error + "\n")


if __name__ == "__main__":
    main()
