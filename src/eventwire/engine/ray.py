"""Extraction on Ray: Ray Data reads the sources, an actor pool codes them (one pipeline per worker) and writes
Parquet, which the driver reads back in input order for the store."""

from __future__ import annotations

import tempfile
import warnings
from collections.abc import Iterator, Sequence

import pyarrow.parquet as pq

from eventwire import sources
from eventwire.extract import Extractor
from eventwire.record import Document, Failure, Record
from eventwire.sources.registry import Options
from eventwire.store.rows import content_hash

BATCH = 8  # documents per call of a worker's pipeline
BLOCK_BYTES = 256 * 1024  # Ray Data blocks this small spread one folder's documents over every worker


def read_location(row: dict[str, object], stored: set[str], published: str | None, kind: str,
                  options: Options | None) -> list[dict[str, object]]:
    """Every input of one location as a row: the Document (JSON), or the Failure, or 'unchanged' when its text is
    stored already; `order` and `n` keep the input order."""
    rows: list[dict[str, object]] = []
    for n, item in enumerate(sources.iter_documents([str(row["location"])], published, kind, options)):
        found = {"order": row["order"], "n": n, "document": "", "failure": "", "unchanged": False}
        if isinstance(item, Failure):
            found["failure"] = item.model_dump_json()
        elif content_hash(item.text) in stored:
            found["unchanged"] = True
        else:
            found["document"] = item.model_dump_json()
        rows.append(found)
    return rows


class Coder:
    """A Ray Data worker: loads the pipeline once, then codes batch after batch."""

    def __init__(self, **options: object) -> None:
        self.extractor = Extractor(**options)  # type: ignore[arg-type]

    def __call__(self, batch: dict[str, object]) -> dict[str, object]:
        documents = [Document.model_validate_json(d) for d in batch["document"] if d]  # type: ignore[attr-defined]
        results = iter(self.extractor.pipe(documents))
        coded = [next(results) if d else None for d in batch["document"]]  # type: ignore[attr-defined]
        return {**batch, "result": [r.model_dump_json() if r else "" for r in coded],
                "failed": [isinstance(r, Failure) for r in coded]}


def pipe(locations: Sequence[str], stored: set[str], workers: int = 2, address: str | None = None,
         published: str | None = None, kind: str = "auto", options: Options | None = None,
         **extractor: object) -> Iterator[tuple[Document, Record | Failure] | Failure | None]:
    """Code every input of `locations` on Ray; yield, in input order, each article with its Record or Failure, an
    input's Failure, or None for an article whose text is in `stored`. Without `address`, a local Ray with
    `workers` CPUs for the pipelines is started; with one ("ray://head:10001" or "auto"), that cluster is used."""
    import ray

    if not ray.is_initialized():
        # one CPU more than the workers: the tasks that read sources run beside the coding actors
        ray.init(address=address, num_cpus=None if address else workers + 1, include_dashboard=False,
                 log_to_driver=False, configure_logging=False)
    # Ray counts the locations as the inputs of the actor pool and warns it cannot use every worker; the documents a
    # location holds are spread over all of them (BLOCK_BYTES)
    warnings.filterwarnings("ignore", message="The minimum number of concurrent actors")
    context = ray.data.DataContext.get_current()
    context.enable_progress_bars = False
    context.target_max_block_size = BLOCK_BYTES
    dataset = (
        ray.data.from_items([{"order": i, "location": str(loc)} for i, loc in enumerate(locations)])
        .flat_map(read_location, fn_kwargs={"stored": stored, "published": published, "kind": kind,
                                            "options": options})
        .map_batches(Coder, fn_constructor_kwargs=extractor, compute=ray.data.ActorPoolStrategy(size=workers),
                     batch_size=BATCH, num_cpus=1)
    )
    with tempfile.TemporaryDirectory(prefix="eventwire-ray-") as folder:
        dataset.write_parquet(folder)
        table = pq.read_table(folder).sort_by([("order", "ascending"), ("n", "ascending")])
        for row in table.to_pylist():
            yield result_of(row)


def result_of(row: dict[str, object]) -> tuple[Document, Record | Failure] | Failure | None:
    """What one Parquet row says: an article and its outcome, an input's Failure, or None (unchanged)."""
    if row["unchanged"]:
        return None
    if row["failure"]:
        return Failure.model_validate_json(str(row["failure"]))
    document = Document.model_validate_json(str(row["document"]))
    kind = Failure if row["failed"] else Record
    return document, kind.model_validate_json(str(row["result"]))
