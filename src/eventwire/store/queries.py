"""Reading the corpus store: events and documents with filters, summary counts, dyads and the actor network."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import duckdb

from eventwire.errors import error
from eventwire.store import relations
from eventwire.store.schema import WORD
from eventwire.store.sql import as_date, contains, records, require
from eventwire.store.writer import connect

if TYPE_CHECKING:  # networkx (0.2 s) is imported by the functions that build graphs
    import networkx as nx

OUTPUTS = ("relation", "pandas", "arrow", "records")


@dataclass
class Filters:
    """What to keep: every filter given must hold (dates inclusive; text: every word of it is a word of the
    article, case-insensitive: see where)."""

    start: str | dt.date | None = None
    end: str | dt.date | None = None
    actor: str | None = None  # a name, a CAMEO actor code (RUSGOV) or a country (RUS), on either side
    country: str | None = None  # ISO3 of the source or the target
    root: str | None = None  # CAMEO root code, e.g. "04"
    plover: str | None = None  # PLOVER event type, e.g. "CONSULT"
    quad: int | None = None
    place: str | None = None  # place name or its ISO3 country
    text: str | None = None  # words that must all be in the article's text


def where(filters: Filters, day: str, doc: str) -> tuple[str, list[object]]:
    """The SQL condition and its parameters for the filters (columns named as in the events table; `day` the date
    to filter by, `doc` the article's id).

    The text filter is a word search through the word index (schema.index_words): its words (runs of letters and
    digits) must all be words of the article, in any order and case: "sanctions Russia" finds an article saying
    "Russia ... new sanctions", not one saying "sanctioned"; a text without a letter or digit matches nothing."""
    clauses: list[str] = []
    params: list[object] = []
    if filters.start:
        clauses.append(f"{day} >= ?")
        params.append(as_date(filters.start))
    if filters.end:
        clauses.append(f"{day} <= ?")
        params.append(as_date(filters.end))
    # values are upper-cased here, not in SQL: DuckDB then compares a plain value on every row
    if filters.actor:
        sides = " OR ".join(f"upper({prefix}_{col}) = ?" for prefix in ("source", "target")
                            for col in ("name", "code", "country"))
        clauses.append(f"({sides})")
        params.extend([filters.actor.upper()] * 6)
    if filters.country:
        clauses.append("(source_country = ? OR target_country = ?)")
        params.extend([filters.country.upper()] * 2)
    if filters.root:
        clauses.append("cameo_root = ?")
        params.append(filters.root.zfill(2))
    if filters.plover:
        clauses.append("event_type = ?")
        params.append(filters.plover.upper())
    if filters.quad:
        clauses.append("quad_class = ?")
        params.append(int(filters.quad))
    if filters.place:
        clauses.append("(place_name ILIKE ? ESCAPE '\\' OR place_country = ?)")
        params.extend([contains(filters.place), filters.place.upper()])
    if filters.text:
        words = f"regexp_extract_all(lower(?), '{WORD}')"
        clauses.append(f"""{doc} IN (SELECT doc_id FROM words WHERE word IN (SELECT unnest({words}))
                                    GROUP BY doc_id HAVING count(*) = (SELECT len(list_distinct({words}))))""")
        params.extend([filters.text, filters.text])
    return (" AND ".join(clauses) or "TRUE"), params


def check_words(con: duckdb.DuckDBPyConnection, filters: Filters) -> None:
    """A text filter needs the word index (E038 in a store made before it, read-only)."""
    if filters.text:
        require(con, "words", "word index", "the text filter")


class Corpus:
    """A corpus store opened for reading: `events(...)`, `documents(...)`, `stats()`.

    Results are DuckDB relations (lazy, composable with more SQL), or pandas, Arrow or a list of dicts, as asked.
    """

    def __init__(self, path: str | Path = "eventwire.duckdb") -> None:
        self.path = Path(path)
        self.con = connect(self.path, read_only=True)

    def events(self, output: str = "relation", merged: bool = False, limit: int | None = None,
               **filters: object) -> object:
        """Events matching the filters (see Filters), by date; `merged`: one row per happening, with GDELT's
        num_mentions, num_sources and num_articles."""
        table = "merged_events" if merged else "events"
        check_words(self.con, Filters(**filters))  # type: ignore[arg-type]
        condition, params = where(Filters(**filters), "coalesce(e.day, d.published)", "e.doc_id")  # type: ignore[arg-type]
        sql = (f"SELECT e.*, d.published, d.url, d.title FROM {table} e JOIN documents d USING (doc_id) "
               f"WHERE {condition} ORDER BY coalesce(e.day, d.published), e.event_id")
        return self.result(sql, params, output, limit)

    def documents(self, output: str = "relation", status: str | None = "coded", limit: int | None = None,
                  **filters: object) -> object:
        """Documents (without their text) with the given status (None: any); date filters apply to publication,
        text to the article's text."""
        known = {k: v for k, v in filters.items() if k in ("start", "end", "text")}
        check_words(self.con, Filters(**known))  # type: ignore[arg-type]
        condition, params = where(Filters(**known), "published", "doc_id")  # type: ignore[arg-type]
        if status:
            condition += " AND status = ?"
            params.append(status)
        sql = (f"SELECT * EXCLUDE (text, minhash) FROM documents WHERE {condition} "
               f"ORDER BY published NULLS LAST, doc_id")
        return self.result(sql, params, output, limit)

    def result(self, sql: str, params: list[object], output: str, limit: int | None) -> object:
        if output not in OUTPUTS:
            raise error("E032", what="output", value=output, choices=", ".join(OUTPUTS))
        if limit is not None:
            sql += f" LIMIT {int(limit)}"
        if output == "records":
            return records(self.con, sql, params)
        relation = self.con.sql(sql, params=params)
        if output == "pandas":
            return relation.df()
        if output == "arrow":
            return relation.to_arrow_table()
        return relation

    def stats(self, top: int = 10) -> dict[str, list[dict[str, object]]]:
        """Counts of a corpus: documents by status, events per day, the top actors and the top dyads."""
        return summary(self.con, top)

    def last_run(self) -> dict[str, object] | None:
        """The log row of the latest ingest run, with the reasons inputs were skipped or failed."""
        found = records(self.con, "SELECT * FROM runs ORDER BY run_id DESC LIMIT 1")
        if not found:
            return None
        run = found[0]
        run["reasons"] = self.con.execute(
            """SELECT status, split_part(reason, ':', 1) AS code, count(*) AS inputs, min(reason) AS example
               FROM documents WHERE status <> 'coded' GROUP BY ALL ORDER BY inputs DESC""").fetchall()
        return run

    def dyad(self, a: str, b: str, by: str = "month") -> list[dict[str, object]]:
        """How a and b treat each other per period, both directions (see relations.dyad); actors are countries
        (RUS), CAMEO codes (RUSGOV) or names."""
        return relations.dyad(self.con, a, b, by)

    def network(self, start: str | dt.date | None = None, end: str | dt.date | None = None,
                types: list[str] | None = None) -> nx.DiGraph:
        """Actors as nodes and events as weighted edges (a networkx DiGraph; nx.write_graphml saves it)."""
        return relations.network(self.con, start, end, types)

    def close(self) -> None:
        self.con.close()

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def summary(con: duckdb.DuckDBPyConnection, top: int = 10) -> dict[str, list[dict[str, object]]]:
    """Counts of a corpus: documents by status, events per day, the top actors and the top dyads."""
    def rows(sql: str) -> list[dict[str, object]]:
        return records(con, sql)

    top = int(top)
    actor = "coalesce({p}_code, {p}_country, {p}_name)"
    return {
        "documents": rows("SELECT status, count(*) AS documents FROM documents GROUP BY status ORDER BY status"),
        "days": rows("SELECT day, count(*) AS events FROM events WHERE day IS NOT NULL "
                     "GROUP BY day ORDER BY day"),
        "actors": rows(f"""SELECT actor, count(*) AS events FROM (
                               SELECT {actor.format(p='source')} AS actor FROM events UNION ALL
                               SELECT {actor.format(p='target')} FROM events)
                           WHERE actor IS NOT NULL GROUP BY actor ORDER BY events DESC, actor LIMIT {top}"""),
        "dyads": rows(f"""SELECT {actor.format(p='source')} AS source, {actor.format(p='target')} AS target,
                                 count(*) AS events, round(avg(goldstein), 2) AS mean_goldstein
                          FROM events WHERE {actor.format(p='source')} IS NOT NULL
                            AND {actor.format(p='target')} IS NOT NULL
                          GROUP BY ALL ORDER BY events DESC, source, target LIMIT {top}"""),
    }
