"""The benchmark corpus: real news from ../shared/data, wire copies injected, written as a folder, JSONL and WARC."""

from __future__ import annotations

import io
import json
import random
import re
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
