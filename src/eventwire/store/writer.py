"""Writing to the corpus store: batches of results committed in one transaction each, so a crash loses no batch
that was committed and leaves no half-written one."""

from __future__ import annotations

import contextlib
import datetime as dt
from collections import Counter
from collections.abc import Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path

import duckdb
import pyarrow as pa

from eventwire.errors import error
from eventwire.record import Document, Failure, Record
from eventwire.store import rows, schema
from eventwire.store.duplicates import CopyFinder, assign_merged, signature, to_bytes
from eventwire.store.sql import DATED_EVENTS

KEY = ", ".join(f"e.{column}" for column in schema.DYAD_KEY)

Result = tuple[Document, Record | Failure] | Failure  # an article and what extraction made of it, or an unread input


@dataclass
class Tally:
    """What became of the inputs of a run (or of one batch): the counts the summary and the runs table give."""

    read: int = 0
    coded: int = 0
    unchanged: int = 0  # already stored with the same text: nothing to do
    replaced: int = 0  # same URL, new text: the old article's rows were replaced
    copies: int = 0  # near-duplicates of a stored article (linked, still coded)
    merged: int = 0  # events merged into an earlier report of the same happening
    skipped: int = 0
    failed: int = 0
    events: int = 0
    reasons: Counter[str] = field(default_factory=Counter)  # why inputs were skipped or failed: code -> count

    def add(self, other: Tally) -> None:
        for name in ("read", "coded", "unchanged", "replaced", "copies", "merged", "skipped", "failed", "events"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.reasons.update(other.reasons)


def connect(path: str | Path, read_only: bool = False) -> duckdb.DuckDBPyConnection:
    """Open a store file (created with its schema unless read-only); a locked or corrupt file is error E030, a file
    that cannot be written (a full disk) E033."""
    path = Path(path)
    if read_only and not path.exists():
        raise error("E031", path=path)
    con = None
    try:
        con = duckdb.connect(str(path), read_only=read_only)
        if not read_only:
            schema.create(con)
    except duckdb.Error as exc:
        if con is not None:  # else DuckDB keeps the file open in this process
            con.close()
        detail = str(exc).splitlines()[0][:300]
        raise error("E033" if cannot_write(detail) else "E030", path=path, detail=detail) from None
    return con


def cannot_write(detail: str) -> bool:
    """Whether DuckDB's message says a write failed (a full disk, a file size limit), not that the file is bad."""
    return any(words in detail for words in ("No space left", "File too large", "Could not write"))


class Store:
    """A corpus store open for writing: knows what is stored, writes batches, keeps the run log."""

    def __init__(self, path: str | Path) -> None:
        self.path = Path(path)
        self.con = connect(self.path)
        try:
            self.hashes: set[str] = {h for (h,) in self.con.execute(
                "SELECT hash FROM documents WHERE hash IS NOT NULL").fetchall()}
            self.by_url: dict[str, str] = dict(self.con.execute(
                "SELECT url, doc_id FROM documents WHERE url IS NOT NULL AND status = 'coded'").fetchall())
            self.copies = CopyFinder(self.con.execute(
                "SELECT doc_id, minhash FROM documents WHERE minhash IS NOT NULL").fetchall())
        except duckdb.Error as exc:  # a file that opens but whose tables cannot be read: damaged
            self.con.close()
            raise error("E030", path=self.path, detail=str(exc).splitlines()[0][:300]) from None

    def is_stored(self, text_hash: str) -> bool:
        return text_hash in self.hashes

    @contextlib.contextmanager
    def writing(self) -> Iterator[None]:
        """Say a failed write (a full disk, a file that went away) as error E033, which tells the user what to do."""
        try:
            yield
        except (duckdb.Error, OSError) as exc:
            raise error("E033", path=self.path, detail=str(exc).splitlines()[0][:300] if str(exc) else
                        type(exc).__name__) from None

    def start_run(self, sources: Sequence[str]) -> int:
        """Log a new run and return its id."""
        with self.writing():
            return self.log_run(sources)

    def log_run(self, sources: Sequence[str]) -> int:
        (last,) = self.con.execute("SELECT coalesce(max(run_id), 0) FROM runs").fetchone()
        run_id = int(last) + 1
        self.con.execute("INSERT INTO runs (run_id, started, sources) VALUES (?, ?, ?)",
                         [run_id, now(), " ".join(sources)])
        return run_id

    def finish_run(self, run_id: int, tally: Tally) -> None:
        names = ["read", "coded", "unchanged", "replaced", "copies", "skipped", "failed", "events"]
        with self.writing():
            self.con.execute(
                f"UPDATE runs SET finished = ?, {', '.join(f'{n} = ?' for n in names)} WHERE run_id = ?",
                [now(), *(getattr(tally, n) for n in names), run_id],
            )

    def write(self, results: Sequence[Result], run_id: int) -> Tally:
        """Store one batch in one transaction: coded articles with all their rows, skipped and failed inputs with
        the reason; an article whose URL is stored with another text replaces it."""
        tally = Tally()
        tables: dict[str, list[rows.Row]] = {name: [] for name in ["documents", *schema.PER_DOCUMENT]}
        gone: list[str] = []
        stamp = now()
        for result in results:
            tally.read += 1
            document, outcome = (None, result) if isinstance(result, Failure) else result
            if isinstance(outcome, Failure):
                tally.skipped += outcome.code == "E004"
                tally.failed += outcome.code != "E004"
                tally.reasons[outcome.code] += 1
                failed = rows.failure_row(outcome, run_id, stamp)
                gone.append(str(failed["doc_id"]))
                tables["documents"].append(failed)
                continue
            assert document is not None
            self.add_article(document, outcome, tables, gone, tally, run_id, stamp)
        coded = [str(row["doc_id"]) for row in tables["documents"] if row.get("status") == "coded"]
        with self.writing():
            self.con.execute("BEGIN TRANSACTION")
            try:
                self.dyad_keys(gone, replace=True)  # the dyad summary rows the deleted events were counted in
                self.delete(gone)
                tally.merged = assign_merged(self.con, tables["events"])
                for name, table_rows in tables.items():
                    insert(self.con, name, table_rows)
                if coded:  # the word index of the text filter, in the same transaction as the texts
                    self.con.register("coded_docs", pa.table({"doc_id": coded}))
                    schema.index_words(self.con, "SELECT doc_id FROM coded_docs")
                    self.con.unregister("coded_docs")
                self.dyad_keys(coded, replace=False)  # and the rows the new events count in
                schema.index_dyads(self.con, "dyad_keys")
                self.con.execute("COMMIT")
            except BaseException:
                with contextlib.suppress(duckdb.Error):  # a commit that failed has nothing left to roll back
                    self.con.execute("ROLLBACK")
                raise
        return tally

    def add_article(self, document: Document, record: Record, tables: dict[str, list[rows.Row]], gone: list[str],
                    tally: Tally, run_id: int, stamp: dt.datetime) -> None:
        """Queue one coded article's rows, noting the rows it replaces (an older text at its URL, a failed try)."""
        text_hash = rows.content_hash(document.text)
        doc_id = rows.doc_id_of(text_hash)
        gone.append(rows.failed_id(document.source or document.id))
        old = self.by_url.get(document.url) if document.url else None
        if old is not None and old != doc_id:
            gone.append(old)
            self.copies.remove(old)
            tally.replaced += 1
        minhash = signature(document.text)
        copy = self.copies.copy_of(minhash)
        tally.copies += copy is not None
        self.copies.add(doc_id, minhash)
        self.hashes.add(text_hash)
        if document.url:
            self.by_url[document.url] = doc_id
        tables["documents"].append(rows.document_row(document, record, text_hash, to_bytes(minhash), copy, run_id,
                                                     stamp))
        for event in record.events:
            tables["events"].append(rows.event_row(doc_id, event))
            tables["event_mentions"].extend(rows.mention_rows(doc_id, event))
            tables["event_actors"].extend(rows.event_actor_rows(doc_id, event))
        for name, table_rows in rows.annotation_rows(doc_id, record).items():
            tables[name].extend(table_rows)
        tally.coded += 1
        tally.events += len(record.events)

    def dyad_keys(self, doc_ids: list[str], replace: bool) -> None:
        """Note in the temp table dyad_keys the dyad summary keys (schema.DYAD_KEY) of these documents' events
        (`replace`: start the table afresh)."""
        if replace:
            self.con.execute(f"CREATE OR REPLACE TEMP TABLE dyad_keys AS SELECT {KEY} FROM {DATED_EVENTS} LIMIT 0")
        if doc_ids:
            self.con.register("keyed_docs", pa.table({"doc_id": doc_ids}))
            self.con.execute(f"""INSERT INTO dyad_keys SELECT DISTINCT {KEY} FROM {DATED_EVENTS}
                                 WHERE e.doc_id IN (SELECT doc_id FROM keyed_docs)""")
            self.con.unregister("keyed_docs")

    def delete(self, doc_ids: list[str]) -> None:
        """Delete documents and every row of theirs; events merged into one of theirs move to the next report, and
        copies of theirs are no longer linked."""
        if not doc_ids:
            return
        self.con.register("gone_docs", pa.table({"doc_id": doc_ids}))
        self.con.execute(
            """CREATE OR REPLACE TEMP TABLE gone_events AS
               SELECT event_id FROM events WHERE doc_id IN (SELECT doc_id FROM gone_docs)""")
        for table in [*schema.PER_DOCUMENT, "documents"]:
            self.con.execute(f"DELETE FROM {table} WHERE doc_id IN (SELECT doc_id FROM gone_docs)")
        self.con.execute("UPDATE documents SET copy_of = NULL, similarity = NULL "
                         "WHERE copy_of IN (SELECT doc_id FROM gone_docs)")
        self.con.execute(
            """UPDATE events SET merged_id = r.new_id
               FROM (SELECT merged_id AS old_id, min(event_id) AS new_id FROM events
                     WHERE merged_id IN (SELECT event_id FROM gone_events) GROUP BY merged_id) r
               WHERE events.merged_id = r.old_id""")
        self.con.unregister("gone_docs")

    def close(self) -> None:
        """Close the store, its write-ahead log folded into the file; when that cannot be written (a full disk), the
        log keeps every committed batch and DuckDB replays it on the next open."""
        try:
            self.con.execute("CHECKPOINT")
        except duckdb.Error:
            pass
        finally:
            self.con.close()


def insert(con: duckdb.DuckDBPyConnection, table: str, table_rows: list[rows.Row]) -> None:
    """Insert rows (dicts) into a table by column name, as one Arrow batch."""
    if not table_rows:
        return
    columns = schema.columns(table)
    data = pa.Table.from_pylist(table_rows, schema=pa.schema([(n, ARROW_TYPES[t]) for n, t in columns]))
    con.register("batch_rows", data)
    con.execute(f"INSERT INTO {table} BY NAME SELECT * FROM batch_rows")
    con.unregister("batch_rows")


ARROW_TYPES = {"VARCHAR": pa.string(), "INTEGER": pa.int32(), "DOUBLE": pa.float64(), "BOOLEAN": pa.bool_(),
               "DATE": pa.date32(), "TIMESTAMP": pa.timestamp("us"), "BLOB": pa.binary()}


def now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)


def save(path: str | Path, results: Sequence[Result], sources: Sequence[str]) -> Tally:
    """Store a few results as one logged run (one transaction): what `eventwire serve` does with a pasted article.
    An article whose text is stored already is counted `unchanged`, as by ingest."""
    store = Store(path)
    try:
        run_id = store.start_run(list(sources))
        fresh = [r for r in results if isinstance(r, Failure) or not store.is_stored(rows.content_hash(r[0].text))]
        tally = store.write(fresh, run_id)
        tally.unchanged += len(results) - len(fresh)
        store.finish_run(run_id, tally)
    finally:
        store.close()
    return tally
