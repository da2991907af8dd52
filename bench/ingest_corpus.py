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
import io
import json
import random
import re
import resource
import shutil
import time
from pathlib import Path

from eventwire.paths import shared_data

COPIES = 0.10


def news(limit: int) -> list[dict[str, object]]:
    """Real news articles with their publication date where the set gives one."""
    from eventwire.formats import geogold, timeml

    data = shared_data()
    found: list[dict[str, object]] = []
    for split in ("train", "dev"):
        for path in sorted((data / "quotes/polnear" / split / "text").glob("*.txt")):
            found.append({"id": f"polnear-{path.stem}", "text": path.read_text(encoding="utf-8"), "published": None})
    for folder in ("TimeBank", "AQUAINT"):
        for doc in timeml.read_dir(data / "time/timebank_aquaint" / folder):
            found.append({"id": f"timeml-{doc.id}", "text": doc.text, "published": doc.dct.isoformat()})
    for doc in geogold.read_dir(data / "geo/gold"):
        found.append({"id": doc.id.replace(":", "-"), "text": doc.text,
                      "published": doc.published.isoformat() if doc.published else None})
    found.extend(conll_documents(data / "ner/conll2003/eng.train"))
    return [a for a in found if len(str(a["text"]).split()) >= 40][:limit]


def conll_documents(path: Path) -> list[dict[str, object]]:
    """CoNLL-2003's Reuters documents as text (tokens joined, spaces before punctuation removed)."""
    documents, words = [], []
    for line in path.read_text(encoding="utf-8").splitlines() + ["-DOCSTART- -X- -X- O"]:
        if line.startswith("-DOCSTART-"):
            if words:
                text = re.sub(r" ([.,;:!?')])", r"\1", " ".join(words)).replace("( ", "(")
                documents.append({"id": f"conll-{len(documents)}", "text": text, "published": None})
            words = []
        elif line.strip():
            words.append(line.split()[0])
        elif words and words[-1] != "\n":
            words.append("\n")
    return documents


def with_copies(articles: list[dict[str, object]], n: int, rng: random.Random) -> list[dict[str, object]]:
    """n articles, COPIES of them wire copies of another: another outlet, a new dateline, one sentence reworded."""
    originals = articles[: n - int(n * COPIES)]
    copies = []
    for i, source in enumerate(rng.sample(originals, int(n * COPIES))):
        text = str(source["text"])
        sentences = text.split(". ")
        k = rng.randrange(len(sentences))
        sentences[k] = sentences[k].replace(" the ", " a ", 1) + " (updated)"
        copies.append({**source, "id": f"copy-{i}-{source['id']}", "text": "COPY DESK - " + ". ".join(sentences)})
    for n_, article in enumerate(originals):
        article["url"] = f"https://outlet{n_ % 7}.example/{article['id']}"
    for article in copies:
        article["url"] = f"https://wire.example/{article['id']}"
    return originals + copies


def write_formats(articles: list[dict[str, object]], out: Path) -> dict[str, Path]:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    folder = out / "folder"
    folder.mkdir(parents=True)
    for article in articles:
        (folder / f"{article['id']}.json").write_text(json.dumps(article), encoding="utf-8")
    jsonl = out / "corpus.jsonl"
    jsonl.write_text("".join(json.dumps(a) + "\n" for a in articles), encoding="utf-8")
    warc = out / "corpus.warc.gz"
    with warc.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for article in articles:
            paragraphs = "".join(f"<p>{p}</p>" for p in str(article["text"]).split("\n") if p.strip())
            date = f'<meta property="article:published_time" content="{article["published"]}">' \
                if article["published"] else ""
            page = f"<html><head><title>{article['id']}</title>{date}</head><body><article>{paragraphs}" \
                   f"</article></body></html>".encode()
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/html; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(str(article["url"]), "response",
                                                          payload=io.BytesIO(page), http_headers=headers))
    return {"folder": folder, "jsonl": jsonl, "warc": warc}


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
