"""Benchmark: corpus ingest on real news (issue 13): throughput on every core, extract alone, peak memory, store
size, a re-ingest, and the cost of linking wire copies.

    python bench/ingest_corpus.py [--n 2000] [--workers 2] [--out /tmp/eventwire-ingest-bench]

The corpus is built from the news texts in ../shared/data (PolNeAR, TimeBank/AQUAINT, GeoWebNews, TR-News,
GeoVirus, then CoNLL-2003 documents), 10% of it wire copies of other articles (another outlet, a changed dateline and
a reworded sentence). It is written three ways: a folder of JSON files, one JSONL file and a WARC of HTML pages;
each is read back (sources only, no coding), the folder is ingested, then ingested again. Figures are printed as
JSON; quote them with this command.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import shutil
import time
from pathlib import Path

from corpus import COPIES, news, with_copies, write_formats


def read_rate(location: Path) -> dict[str, float]:
    """Sources alone: documents read per second from one location."""
    from eventwire import sources
    from eventwire.record import Document

    started = time.perf_counter()
    read = sum(isinstance(item, Document) for item in sources.iter_documents([str(location)]))
    seconds = time.perf_counter() - started
    return {"documents": read, "documents_per_second": round(read / seconds, 1)}


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--workers", type=int, default=2)
    parser.add_argument("--out", type=Path, default=Path("/tmp/eventwire-ingest-bench"))
    args = parser.parse_args()
    from eventwire import sources
    from eventwire.engine import local
    from eventwire.ingest import ingest
    from eventwire.record import Document, Record
    from eventwire.store.duplicates import CopyFinder, signature

    shutil.rmtree(args.out, ignore_errors=True)
    articles = with_copies(news(args.n), args.n, random.Random(13))
    paths = write_formats(articles, args.out)
    figures: dict[str, object] = {"articles": len(articles), "workers": args.workers,
                                  "words": sum(len(str(a["text"]).split()) for a in articles)}
    figures["read"] = {name: read_rate(path) for name, path in paths.items()}

    documents = [d for d in sources.iter_documents([str(paths["jsonl"])]) if isinstance(d, Document)]
    started = time.perf_counter()
    coded = sum(isinstance(r, Record) for r in local.pipe(documents, args.workers))
    figures["extract_alone"] = {"articles": coded,
                                "articles_per_second": round(coded / (time.perf_counter() - started), 2)}

    db = args.out / "corpus.duckdb"
    first = ingest([str(paths["folder"])], db, workers=args.workers)
    tally = first.tally
    figures["ingest"] = {"articles_per_second": round(first.per_second, 2), "seconds": round(first.seconds),
                         "coded": tally.coded, "events": tally.events, "copies_linked": tally.copies,
                         "copies_injected": int(args.n * COPIES), "events_merged": tally.merged,
                         "skipped": tally.skipped, "failed": tally.failed, "reasons": dict(tally.reasons),
                         "store_mb": round(db.stat().st_size / 1e6, 1),
                         "store_mb_per_1000_articles": round(db.stat().st_size / 1e6 / max(tally.coded, 1) * 1000, 1)}
    again = ingest([str(paths["folder"])], db, workers=args.workers)
    figures["reingest"] = {"seconds": round(again.seconds, 1), "unchanged": again.tally.unchanged,
                           "coded": again.tally.coded}

    started = time.perf_counter()
    finder = CopyFinder()
    for n, document in enumerate(documents):
        minhash = signature(document.text)
        finder.copy_of(minhash)
        finder.add(str(n), minhash)
    figures["copy_linking_ms_per_article"] = round((time.perf_counter() - started) * 1000 / len(documents), 2)
    figures["peak_rss_mb"] = {
        "ingest_process": round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024),
        "largest_worker": round(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024),
    }
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
