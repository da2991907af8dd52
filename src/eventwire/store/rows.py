"""Records as store rows: one function per table, each turning one article's Record into that table's rows."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
from pathlib import Path
from urllib.parse import urlsplit

from eventwire.record import ActorRef, Document, Event, Failure, Record

Row = dict[str, object]

ENTRY_SUFFIX = re.compile(r"(#\d+|:\d+)$")  # a row of a JSONL/CSV file, an entry of a feed, a record of a WARC


def content_hash(text: str) -> str:
    """The hash a document's text is known by: the same text is the same article."""
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def doc_id_of(text_hash: str) -> str:
    return text_hash[:16]


def failed_id(source: str) -> str:
    """The id of an input that gave no article (skipped or failed): a hash of its name, so a retry replaces it."""
    return "input:" + hashlib.sha1(source.encode("utf-8")).hexdigest()[:16]


def outlet(document: Document) -> str | None:
    """Who published an article: its URL's host; else the file, feed or archive it came from (a plain file: its
    folder, the corpus it belongs to)."""
    if document.url:
        host = urlsplit(document.url).hostname
        if host:
            return host.removeprefix("www.")
    if not document.source or document.source.startswith("<"):
        return None
    if ENTRY_SUFFIX.search(document.source):
        return ENTRY_SUFFIX.sub("", document.source)
    if "://" in document.source:
        return urlsplit(document.source).hostname
    return str(Path(document.source).parent)


def document_row(document: Document, record: Record, text_hash: str, minhash: bytes | None,
                 copy: tuple[str, float] | None, run_id: int, now: dt.datetime) -> Row:
    """The documents row of a coded article."""
    return {
        "doc_id": doc_id_of(text_hash), "name": document.id, "source": document.source, "outlet": outlet(document),
        "url": document.url, "title": document.title, "published": document.published,
        "language": document.language, "status": "coded", "reason": None, "text": document.text,
        "hash": text_hash, "chars": len(document.text), "events": len(record.events),
        "copy_of": copy[0] if copy else None, "similarity": copy[1] if copy else None, "minhash": minhash,
        "run_id": run_id, "ingested_at": now,
    }


def failure_row(failure: Failure, run_id: int, now: dt.datetime) -> Row:
    """The documents row of an input that gave no article: skipped when it is not English, else failed."""
    return {
        "doc_id": failed_id(failure.source), "source": failure.source,
        "status": "skipped" if failure.code == "E004" else "failed", "reason": failure.message,
        "language": failure.language, "run_id": run_id, "ingested_at": now,
    }


def actor_columns(prefix: str, actor: ActorRef | None) -> Row:
    return {f"{prefix}_name": actor.name if actor else None, f"{prefix}_country": actor.country if actor else None,
            f"{prefix}_code": actor.code if actor else None}


def local_id(event: Event) -> str:
    """The event's number inside its article ('e3'), without the article id the record prefixes."""
    return event.id.rsplit(":", 1)[-1]


def event_row(doc_id: str, event: Event) -> Row:
    """The events row of one event (merged_id is set by the writer)."""
    location = event.location
    return {
        "event_id": f"{doc_id}:{local_id(event)}", "doc_id": doc_id, "merged_id": None,
        "sentence": event.sentence, "start": event.start, "end": event.end, "trigger": event.trigger,
        "cameo": event.cameo, "cameo_root": event.cameo[:2], "cameo_name": event.cameo_name,
        "event_type": event.event_type, "mode": event.mode, "context": event.context,
        "goldstein": event.goldstein, "quad_class": event.quad_class,
        **actor_columns("source", event.actor), **actor_columns("target", event.recipient),
        "date": event.date, "day": day_of(event.date), "date_source": event.date_source,
        "date_text": event.date_text,
        "place_name": location.name if location else None, "lat": location.lat if location else None,
        "lon": location.lon if location else None, "place_country": location.country if location else None,
        "place_admin1": location.admin1 if location else None,
        "geonameid": location.geonameid if location else None,
        "place_resolution": location.resolution if location else None,
        "confidence": event.confidence, "coded_by": event.coded_by, "root": event.root,
        "background": event.background, "paired": event.paired, "hedged_by": event.hedged_by,
        "mentions": max(1, len(event.mentions)),
    }


def day_of(value: str | None) -> dt.date | None:
    """The day of a coded date, when it is one (not a month, a year or a range)."""
    try:
        return dt.date.fromisoformat(value) if value and len(value) == 10 else None
    except ValueError:
        return None


def mention_rows(doc_id: str, event: Event) -> list[Row]:
    event_id = f"{doc_id}:{local_id(event)}"
    mentions = event.mentions or []
    if not mentions:
        return [{"event_id": event_id, "doc_id": doc_id, "sentence": event.sentence, "trigger": event.trigger,
                 "start": event.start, "end": event.end}]
    return [{"event_id": event_id, "doc_id": doc_id, **m.model_dump()} for m in mentions]


def event_actor_rows(doc_id: str, event: Event) -> list[Row]:
    event_id = f"{doc_id}:{local_id(event)}"
    roles = {"source": event.actor, "target": event.recipient, "reporter": event.reported_by}
    return [
        {"event_id": event_id, "doc_id": doc_id, "role": role, "text": actor.text, "name": actor.name,
         "country": actor.country, "sector": actor.sector, "code": actor.code, "resolved_by": actor.resolved_by,
         "start": actor.start, "end": actor.end}
        for role, actor in roles.items() if actor is not None
    ]


def annotation_rows(doc_id: str, record: Record) -> dict[str, list[Row]]:
    """Rows of every per-article table but documents and events: entities, quotes, times, places, claims."""
    entities = [
        {"doc_id": doc_id, "sentence": e.sentence, "start": e.start, "end": e.end, "text": e.text,
         "label": e.label, "actor_name": e.actor.name if e.actor else None,
         "actor_country": e.actor.country if e.actor else None, "actor_code": e.actor.code if e.actor else None}
        for e in record.entities
    ]
    quotes = [
        {"doc_id": doc_id, "sentence": q.sentence, "start": q.start, "end": q.end, "text": q.text,
         "speaker_name": q.speaker.name if q.speaker else None,
         "speaker_country": q.speaker.country if q.speaker else None,
         "speaker_code": q.speaker.code if q.speaker else None,
         "speaker_start": q.speaker.start if q.speaker else None, "speaker_end": q.speaker.end if q.speaker else None,
         "cue": q.cue, "direct": q.direct}
        for q in record.quotes
    ]
    times = [{"doc_id": doc_id, **t.model_dump()} for t in record.times]
    place_keys = ["sentence", "start", "end", "text", "name", "lat", "lon", "country", "admin1", "geonameid",
                  "feature_class", "feature_code", "resolution", "confidence"]
    places = [{"doc_id": doc_id, **p.model_dump(include=set(place_keys))} for p in record.places]
    claims = [{"doc_id": doc_id, **c.model_dump()} for c in record.claims]
    return {"entities": entities, "quotes": quotes, "times": times, "places": places, "claims": claims}
