"""Benchmark: `extract` cold start, articles, sentences, events and places per second, peak memory (200 articles).

    python bench/extract_speed.py [--n 200] [--disable event_types]   # a component off: what it costs

Articles are PolNeAR train texts from ../shared/data when present (real news, 2015-2016), else the bundled
examples repeated. Results are printed as JSON; quote them in the closing note with this command.
"""

from __future__ import annotations

import argparse
import json
import resource
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def articles(n: int) -> list[tuple[str, str]]:
    from eventwire.paths import shared_data

    folder = shared_data() / "quotes" / "polnear" / "train" / "text"
    paths = sorted(folder.glob("*.txt"))[:n] if folder.exists() else []
    if paths:
        return [(p.stem, p.read_text(encoding="utf-8")) for p in paths]
    examples = [(p.stem, p.read_text(encoding="utf-8")) for p in sorted((ROOT / "examples").glob("*.json"))]
    texts = [(name, json.loads(raw)["text"]) for name, raw in examples]
    return [texts[i % len(texts)] for i in range(n)]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=200)
    parser.add_argument("--disable", action="append", default=[], help="a pipeline component to switch off")
    args = parser.parse_args()
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "eventwire.cli", "extract", str(ROOT / "examples" / "eu-sanctions.json")],
        check=True,
        capture_output=True,
    )
    cold = time.perf_counter() - started

    from eventwire.extract import Extractor
    from eventwire.record import Document, Record

    extractor = Extractor(explain=True)  # the sentences without events are counted from --explain's list
    for name in args.disable:
        extractor.nlp.disable_pipe(name)
    docs = [Document(id=name, text=text) for name, text in articles(args.n)]
    words = sum(len(d.text.split()) for d in docs)
    started = time.perf_counter()
    records = [r for r in extractor.pipe(docs) if isinstance(r, Record)]
    seconds = time.perf_counter() - started
    sentences = sum(len(r.explain or []) + len({e.sentence for e in r.events}) for r in records)
    events = sum(len(record.events) for record in records)
    places = sum(len(record.places) for record in records)
    claims = sum(len(record.claims) for record in records)
    print(
        json.dumps(
            {
                "articles": len(records),
                "disabled": args.disable,
                "words": words,
                "cold_start_seconds": round(cold, 2),
                "sentences": sentences,
                "events": events,
                "places": places,
                "claims": claims,
                "articles_per_second": round(len(records) / seconds, 2),
                "sentences_per_second": round(sentences / seconds, 1),
                "words_per_second": round(words / seconds),
                "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
