"""Benchmark (issue 15): articles/s from text to records and to stored events on 1 and 2 processes, against the
tokenizer floor measured on the same texts in the same run; time per pipeline component; the cold start and peak
memory of one process (each worker is one: the same pipeline, the same chunks).

    python bench/throughput.py [--n 2000] [--stages 150] [--out /tmp/eventwire-throughput-bench]

The corpus is the ingest benchmark's (bench/corpus.py: real news from ../shared/data, 10% wire copies). Printed as
JSON; quote it with this command. The ratio to the floor holds on a noisy machine better than the rates do.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
import subprocess
import sys
import time
from pathlib import Path

from corpus import news, with_copies, write_formats  # bench/ is on sys.path when this script runs

# run first, in a fresh process (a child forked later would inherit this process's peak): the cold start, then the
# peak memory of one process coding the stage sample, as each worker does
ONE_PROCESS = """
import json, resource, sys, time
started = time.perf_counter()
from eventwire import sources
from eventwire.engine.local import CHUNK
from eventwire.extract import Extractor
extractor = Extractor()
cold = time.perf_counter() - started
for _ in extractor.pipe(sources.iter_documents([sys.argv[1]]), batch_size=CHUNK):  # a worker's batches
    pass
print(json.dumps([cold, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024]))
"""


def floor(nlp: object, texts: list[str]) -> float:
    """Articles a second through spaCy's tokenizer alone (one core)."""
    started = time.perf_counter()
    for text in texts:
        nlp.make_doc(text)  # type: ignore[attr-defined]
    return len(texts) / (time.perf_counter() - started)


def stages(extractor: object, documents: list[object]) -> dict[str, float]:
    """Seconds per pipeline component over `documents`, one component at a time over all of them."""
    nlp = extractor.nlp  # type: ignore[attr-defined]
    docs = [extractor.make_doc(d) for d in documents]  # type: ignore[attr-defined]
    seconds = {}
    for name, component in nlp.pipeline:
        started = time.perf_counter()
        docs = list(component.pipe(docs, batch_size=16)) if hasattr(component, "pipe") else [component(d) for d in docs]
        seconds[name] = round(time.perf_counter() - started, 2)
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=2000, help="articles in the corpus")
    parser.add_argument("--stages", type=int, default=150, help="articles timed component by component")
    parser.add_argument("--out", type=Path, default=Path("/tmp/eventwire-throughput-bench"))
    args = parser.parse_args()
    from eventwire import sources
    from eventwire.engine import local
    from eventwire.extract import Extractor
    from eventwire.ingest import ingest
    from eventwire.record import Document, Record

    shutil.rmtree(args.out, ignore_errors=True)
    paths = write_formats(with_copies(news(args.n), args.n, random.Random(13)), args.out)
    documents = [d for d in sources.iter_documents([str(paths["jsonl"])]) if isinstance(d, Document)]
    sample = args.out / "sample.jsonl"
    sample.write_text("".join(line + "\n" for line in paths["jsonl"].read_text().splitlines()[: args.stages]))
    cold, peak = json.loads(subprocess.run([sys.executable, "-c", ONE_PROCESS, str(sample)], capture_output=True,
                                           text=True, check=True).stdout)
    extractor = Extractor()
    figures: dict[str, object] = {
        "articles": len(documents), "words_per_article": round(sum(len(d.text.split()) for d in documents)
                                                               / len(documents)),
        "cold_start_s": round(cold, 1), "tokenizer_floor_per_core": round(floor(extractor.nlp, [
            d.text for d in documents]), 1), "peak_rss_mb_one_process": round(peak)}
    sample_documents = documents[: args.stages]
    seconds = stages(extractor, sample_documents)
    figures["stages"] = {"articles": len(sample_documents), "seconds": seconds,
                         "articles_per_second": round(len(sample_documents) / sum(seconds.values()), 2)}
    del extractor
    for workers in (1, 2):
        started = time.perf_counter()
        coded = sum(isinstance(r, Record) for r in local.pipe(documents, workers))
        rate = coded / (time.perf_counter() - started)
        db = args.out / f"store-{workers}.duckdb"
        stored = ingest([str(paths["folder"])], db, workers=workers)
        figures[f"{workers}_process"] = {
            "extract_per_second": round(rate, 2), "ingest_per_second": round(stored.per_second, 2),
            "ingest_coded": stored.tally.coded, "events": stored.tally.events,
            "ingest_to_floor": round(stored.per_second / float(figures["tokenizer_floor_per_core"]), 4)}
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
