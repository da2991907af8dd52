"""Ingest: sources read into Documents, coded on every core, written to the corpus store batch by batch."""

from __future__ import annotations

import datetime as dt
import time
from collections import deque
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from eventwire import sources
from eventwire.engine import local
from eventwire.errors import error
from eventwire.extract import Input
from eventwire.record import Document, Failure
from eventwire.store.rows import content_hash
from eventwire.store.writer import Result, Store, Tally

if TYPE_CHECKING:
    from eventwire.sources.registry import Options

DEFAULT_DB = "eventwire.duckdb"
ENGINES = ("local", "ray")
BATCH = 32  # articles per transaction: a crash loses at most the batch being written


@dataclass
class Summary:
    """What an ingest run did."""

    db: Path
    run_id: int
    tally: Tally
    seconds: float

    @property
    def per_second(self) -> float:
        return self.tally.read / self.seconds if self.seconds else 0.0


def ingest(
    locations: Sequence[str],
    db: str | Path = DEFAULT_DB,
    published: str | dt.date | None = None,
    kind: str = "auto",
    options: Options | None = None,
    workers: int = 1,
    batch_size: int = BATCH,
    progress: Callable[[Tally], None] | None = None,
    engine: str = "local",
    address: str | None = None,
    **extractor: object,
) -> Summary:
    """Read every input of `locations`, code the articles not stored yet, and store them in `db`.

    Run again after a crash, it goes on where it stopped: stored articles (same text) are not coded again. An
    article stored with another text at the same URL is replaced. `extractor` options (model, combine, ...) go to
    each worker's Extractor; `progress` is called with the running tally after every batch. `engine`: "local"
    (worker processes on this machine) or "ray" (Ray Data on a local Ray, or the cluster at `address`)."""
    if engine not in ENGINES:
        raise error("E032", what="engine", value=engine, choices=", ".join(ENGINES))
    start = time.perf_counter()
    store = Store(db)
    try:
        run_id = store.start_run(list(locations))
    except BaseException:
        store.close()
        raise
    tally = Tally()
    pending: set[str] = set()

    def is_new(document: Document) -> bool:
        """Not stored, and not met earlier in this run: count it as unchanged otherwise."""
        text_hash = content_hash(document.text)
        if store.is_stored(text_hash) or text_hash in pending:
            tally.read += 1
            tally.unchanged += 1
            return False
        pending.add(text_hash)
        return True

    if engine == "ray":
        from eventwire.engine import ray as ray_engine

        coded = coded_on_ray(ray_engine.pipe(locations, store.hashes, workers, address, published, kind, options,
                                             **extractor), is_new, tally)
    else:
        coded = coded_locally(sources.iter_documents(locations, published, kind, options), is_new, workers,
                              extractor)
    batch: list[Result] = []
    try:
        for result in coded:
            batch.append(result)
            if len(batch) >= batch_size:
                tally.add(store.write(batch, run_id))
                batch = []
                if progress:
                    progress(tally)
        tally.add(store.write(batch, run_id))
        store.finish_run(run_id, tally)
    finally:
        store.close()
    if progress:
        progress(tally)
    return Summary(Path(db), run_id, tally, time.perf_counter() - start)


def coded_locally(items: Iterator[Document | Failure], is_new: Callable[[Document], bool], workers: int,
                  extractor: dict[str, object]) -> Iterator[Result]:
    """The new articles among `items` coded by the local engine, each paired with its outcome, in input order."""
    sent: deque[Document | Failure] = deque()

    def to_code() -> Iterator[Input]:
        for item in items:
            if isinstance(item, Failure) or is_new(item):
                sent.append(item)
                yield item

    for result in local.pipe(to_code(), workers, **extractor):
        yield paired(sent.popleft(), result)


def coded_on_ray(results: Iterator[tuple[Document, object] | Failure | None], is_new: Callable[[Document], bool],
                 tally: Tally) -> Iterator[Result]:
    """What the Ray engine coded, in input order, but inputs whose text was stored already (None) or met twice."""
    for result in results:
        if result is None:
            tally.read += 1
            tally.unchanged += 1
        elif isinstance(result, Failure):
            yield result
        elif is_new(result[0]):
            yield paired(*result)


def paired(item: Document | Failure, result: object) -> Result:
    """An input with what extraction made of it; a failure is named by the input's source, not its id."""
    if isinstance(item, Failure):
        return item
    if isinstance(result, Failure):
        result = result.model_copy(update={"source": item.source or item.id})
    return item, result  # type: ignore[return-value]
