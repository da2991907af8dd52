"""Benchmark: the Ray engine against the local one on the same corpus, with 1 and 2 workers (issue 14).

    python bench/ray_scaling.py [--n 300] [--out /tmp/eventwire-ray-bench]

Each run ingests the same JSONL corpus (real news from ../shared/data, see corpus.py) into a new store and reports
articles/s end to end (model loading included, as a user would see it) and the scale-out ratio per added worker.
Figures are printed as JSON; quote them with this command.
"""

from __future__ import annotations

import argparse
import json
import random
import shutil
from pathlib import Path

from corpus import news, with_copies, write_formats


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--n", type=int, default=300)
    parser.add_argument("--out", type=Path, default=Path("/tmp/eventwire-ray-bench"))
    args = parser.parse_args()
    import ray

    from eventwire.ingest import ingest

    shutil.rmtree(args.out, ignore_errors=True)
    articles = with_copies(news(args.n), args.n, random.Random(14))
    jsonl = write_formats(articles, args.out)["jsonl"]
    figures: dict[str, object] = {"articles": len(articles)}
    for engine in ("local", "ray"):
        for workers in (1, 2):
            if engine == "ray":
                ray.shutdown()
                ray.init(num_cpus=workers + 1, include_dashboard=False, log_to_driver=False, configure_logging=False)
            summary = ingest([str(jsonl)], args.out / f"{engine}-{workers}.duckdb", engine=engine, workers=workers)
            figures[f"{engine}_{workers}_workers"] = {"articles_per_second": round(summary.per_second, 2),
                                                     "seconds": round(summary.seconds, 1),
                                                     "coded": summary.tally.coded}
    for engine in ("local", "ray"):
        one, two = (figures[f"{engine}_{w}_workers"]["articles_per_second"] for w in (1, 2))  # type: ignore[index]
        figures[f"{engine}_scale_out_per_added_worker"] = round(two / one, 2)
    print(json.dumps(figures, indent=2))


if __name__ == "__main__":
    main()
