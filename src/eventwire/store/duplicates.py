"""Duplicates across articles: near-duplicate texts (wire copies) and one happening reported by several articles."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from typing import TYPE_CHECKING

import duckdb
import numpy as np
import pyarrow as pa

if TYPE_CHECKING:  # datasketch imports scipy (0.6 s): loaded when a signature is first made, not with eventwire
    from datasketch import MinHash

PERMUTATIONS = 128
THRESHOLD = 0.8  # estimated Jaccard similarity of word 5-shingles above which two texts are copies
# LSH bands tuned to miss few copies (weights: false positives 0.1, false negatives 0.9): a pair at similarity 0.85
# is a candidate 97% of the time, at 0.5 3% (candidates are then checked against THRESHOLD)
WEIGHTS = (0.1, 0.9)
SHINGLE = 5
SCHEME = "affine32"  # datasketch's hashing scheme: stored signatures are only comparable within one scheme
WORD = re.compile(r"\w+")
SAME_DAY = 1  # reports of one happening may date it a day apart (time zones, "yesterday" in late editions)


def signature(text: str) -> MinHash:
    """The MinHash of a text's word 5-shingles (lowercased, punctuation and spacing ignored)."""
    from datasketch import MinHash

    words = WORD.findall(text.lower())
    shingles = {" ".join(words[i:i + SHINGLE]) for i in range(max(1, len(words) - SHINGLE + 1))}
    minhash = MinHash(num_perm=PERMUTATIONS, scheme=SCHEME)
    minhash.update_batch([s.encode("utf-8") for s in shingles])
    return minhash


def to_bytes(minhash: MinHash) -> bytes:
    return minhash.hashvalues.astype(np.uint32).tobytes()


def from_bytes(data: bytes) -> MinHash:
    from datasketch import MinHash

    return MinHash(num_perm=PERMUTATIONS, hashvalues=np.frombuffer(data, dtype=np.uint32), scheme=SCHEME)


class CopyFinder:
    """An LSH index of the stored articles' signatures: which earlier article a new one is a copy of."""

    def __init__(self, stored: Iterable[tuple[str, bytes]] = ()) -> None:
        from datasketch import MinHashLSH

        self.lsh = MinHashLSH(threshold=THRESHOLD, num_perm=PERMUTATIONS, weights=WEIGHTS)
        self.signatures: dict[str, MinHash] = {}
        for doc_id, data in stored:
            self.add(doc_id, from_bytes(data))

    def add(self, doc_id: str, minhash: MinHash) -> None:
        if doc_id not in self.signatures:
            self.lsh.insert(doc_id, minhash)
            self.signatures[doc_id] = minhash

    def remove(self, doc_id: str) -> None:
        if self.signatures.pop(doc_id, None) is not None:
            self.lsh.remove(doc_id)

    def copy_of(self, minhash: MinHash) -> tuple[str, float] | None:
        """The most similar stored article above the threshold, with the estimated similarity; None if none."""
        scored = [(self.signatures[c].jaccard(minhash), c) for c in self.lsh.query(minhash)]
        scored = [(s, c) for s, c in scored if s >= THRESHOLD]
        if not scored:
            return None
        similarity, doc_id = max(scored)
        return doc_id, round(similarity, 3)


def actor_key(name: object, code: object) -> str | None:
    """Who an actor is for merging: its CAMEO code, else its name (case-folded)."""
    value = code or name
    return str(value).lower() if value else None


MergeKey = tuple[str, str, str]  # source, target ('' when none), CAMEO root


def merge_key(row: dict[str, object]) -> MergeKey | None:
    """The key reports of one happening share; None for an event that cannot be merged (no source or no day)."""
    source = actor_key(row["source_name"], row["source_code"])
    if source is None or row["day"] is None:
        return None
    return source, actor_key(row["target_name"], row["target_code"]) or "", str(row["cameo_root"])


def shifted(day: dt.date, days: int) -> dt.date:
    """`day` moved by `days`, kept within the calendar (an article may date an event 9999-12-31)."""
    try:
        return day + dt.timedelta(days=days)
    except OverflowError:
        return dt.date.max if days > 0 else dt.date.min


def same_happening(a_day: dt.date, a_place: object, b_day: dt.date, b_place: object) -> bool:
    """Two reports with the same key are one happening when their days are at most a day apart and their places
    agree where both have one."""
    return abs((a_day - b_day).days) <= SAME_DAY and (a_place is None or b_place is None or a_place == b_place)


def assign_merged(con: duckdb.DuckDBPyConnection, events: list[dict[str, object]]) -> int:
    """Set each new event's merged_id: the first report of the same happening by another article (stored, or
    earlier in the batch), else itself; an article's own events stay apart (its coder already joined the mentions
    of one happening). Returns how many new events were merged into another article's report."""
    keyed = [(merge_key(e), e) for e in events]
    wanted = {key for key, _ in keyed if key is not None}
    candidates: dict[MergeKey, list[tuple[dt.date, object, str, str]]] = {}
    days = [e["day"] for key, e in keyed if key is not None]
    if wanted:
        keys = pa.table(dict(zip(["s", "t", "r"], map(list, zip(*wanted, strict=True)), strict=True)))
        con.register("wanted_keys", keys)
        rows = con.execute(
            """SELECT k.s, k.t, k.r, e.day, e.geonameid, e.merged_id, e.doc_id
               FROM (SELECT coalesce(lower(source_code), lower(source_name)) AS s,
                            coalesce(lower(target_code), lower(target_name), '') AS t,
                            cameo_root AS r, day, geonameid, merged_id, event_id, doc_id
                     FROM events WHERE day BETWEEN ? AND ?) e
               JOIN wanted_keys k ON e.s = k.s AND e.t = k.t AND e.r = k.r
               ORDER BY e.event_id""",
            [shifted(min(days), -SAME_DAY), shifted(max(days), SAME_DAY)],
        ).fetchall()
        con.unregister("wanted_keys")
        for source, target, root, day, place, merged, doc_id in rows:
            candidates.setdefault((source, target, root), []).append((day, place, merged, doc_id))
    merged = 0
    for key, event in keyed:
        event["merged_id"] = event["event_id"]
        if key is None:
            continue
        match = next((m for day, place, m, doc_id in candidates.get(key, [])
                      if doc_id != event["doc_id"] and same_happening(day, place, event["day"], event["geonameid"])),
                     None)
        if match is not None:
            event["merged_id"] = match
            merged += 1
        candidates.setdefault(key, []).append((event["day"], event["geonameid"], event["merged_id"],
                                               event["doc_id"]))
    return merged
