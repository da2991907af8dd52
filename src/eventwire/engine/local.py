"""Extraction on every core of one machine: one pipeline per worker process, results in input order."""

from __future__ import annotations

import multiprocessing
import os
from collections import deque
from collections.abc import Iterable, Iterator
from itertools import chain, islice
from multiprocessing.pool import AsyncResult, Pool

from threadpoolctl import threadpool_limits

from eventwire.extract import Extractor, Input
from eventwire.record import Failure, Record

CHUNK = 8  # documents sent to a worker at a time
AHEAD = 2  # chunks in flight per worker: enough to keep every worker busy, few enough to bound memory

_extractor: Extractor | None = None


def default_workers() -> int:
    """One worker per core this process may use."""
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def pipe(items: Iterable[Input], workers: int = 1, **options: object) -> Iterator[Record | Failure]:
    """One Record or Failure per input, in input order. With workers > 1, each worker process loads its own pipeline
    (`options` are Extractor's) and the inputs are read only as fast as the workers take them. No pipeline is loaded
    when there is no input (a re-ingest of a stored corpus)."""
    stream = iter(items)
    first = next(stream, None)
    if first is None:
        return
    stream = chain([first], stream)
    if workers <= 1:
        yield from Extractor(**options).pipe(stream)  # type: ignore[arg-type]
        return
    context = multiprocessing.get_context("spawn")
    with context.Pool(workers, initializer=start_worker, initargs=(options,)) as pool:
        yield from ordered(pool, stream, workers * AHEAD)


def ordered(pool: Pool, items: Iterator[Input], window: int) -> Iterator[Record | Failure]:
    """Keep `window` chunks in flight and yield their results in the order the chunks were sent."""
    pending: deque[AsyncResult[list[Record | Failure]]] = deque()
    sent = 0
    while True:
        while len(pending) < window and (chunk := list(islice(items, CHUNK))):
            pending.append(pool.apply_async(run_chunk, (chunk, sent)))
            sent += len(chunk)
        if not pending:
            return
        yield from pending.popleft().get()


def start_worker(options: dict[str, object]) -> None:
    """Load the worker's pipeline, its matrix products on one thread: the other cores run the other workers."""
    global _extractor
    threadpool_limits(1, user_api="blas")
    _extractor = Extractor(**options)  # type: ignore[arg-type]


def run_chunk(chunk: list[Input], start: int) -> list[Record | Failure]:
    """The results of a chunk whose first input is input number `start` (0-based) of the stream."""
    assert _extractor is not None
    return list(_extractor.pipe(chunk, start=start))
