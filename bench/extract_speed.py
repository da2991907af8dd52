"""Benchmark: `extract` cold start, articles, sentences, events and places per second, peak memory (200 articles).

    python bench/extract_speed.py [--n 200]

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
    args = parser.parse_args()
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "eventwire.cli", "extract", str(ROOT / "examples" / "eu-sanctions.json")],
        check=True,
        capture_output=True,
    )
    cold = time.perf_counter() - started

    from eventwire.assemble import to_record
    from eventwire.extract import Extractor
    from eventwire.record import Document

    extractor = Extractor()
    docs = [Document(id=name, text=text) for name, text in articles(args.n)]
    words = sum(len(d.text.split()) for d in docs)
    started = time.perf_counter()
    annotated = list(extractor.annotate_many(docs))
    records = [to_record(doc, document) for doc, document in zip(annotated, docs, strict=True)]
    seconds = time.perf_counter() - started
    sentences = sum(1 for doc in annotated for sent in doc.sents if sent.text.strip())
    events = sum(len(record.events) for record in records)
    places = sum(len(record.places) for record in records)
    claims = sum(len(record.claims) for record in records)
    print(
        json.dumps(
            {
                "articles": len(annotated),
                "words": words,
                "cold_start_seconds": round(cold, 2),
                "sentences": sentences,
                "events": events,
                "places": places,
                "claims": claims,
                "articles_per_second": round(len(annotated) / seconds, 2),
                "sentences_per_second": round(sentences / seconds, 1),
                "words_per_second": round(words / seconds),
                "peak_rss_mb": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
            },
            indent=2,
        )
    )


if __name__ == "__main__":
    main()
