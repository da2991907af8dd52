"""Shared fixtures: the pipeline (loaded once) and the ../shared folder (tests that need it skip without it)."""

from __future__ import annotations

from pathlib import Path

import pytest

from eventwire.paths import shared_data

ROOT = Path(__file__).resolve().parents[1]
FOUNDING = shared_data().parent / "examples" / "kim-putin-2023.txt"


@pytest.fixture(scope="session")
def extractor():
    from eventwire.extract import Extractor

    return Extractor()


@pytest.fixture(scope="session")
def run(extractor):
    """Extract a record from text with a publication date."""
    from eventwire.record import Document

    def _run(text: str, published: str | None = "2023-09-17"):
        from eventwire.sources import published_date

        return extractor(Document(id="t", text=text, published=published_date(published)))

    return _run


@pytest.fixture(scope="session")
def shared() -> Path:
    data = shared_data()
    if not data.exists():
        pytest.skip("../shared/data is not beside the checkout")
    return data


@pytest.fixture(scope="session")
def founding_text() -> str:
    if not FOUNDING.exists():
        pytest.skip("the founding example ../shared/examples/kim-putin-2023.txt is absent")
    return FOUNDING.read_text(encoding="utf-8")


@pytest.fixture(scope="session")
def fake_extractor():
    """A stand-in for the Extractor in scorer tests: `fake_extractor(fields, seen)` returns, for each document, a
    record with the fields given for its id (places, times, quotes, events) and notes the documents in `seen`."""
    from eventwire.record import DocumentInfo, Record

    def make(fields: dict[str, dict], seen: list | None = None):
        def extract(document):
            if seen is not None:
                seen.append(document)
            info = DocumentInfo(id=document.id, published=document.published, title=None, language="en")
            return Record(document=info, **fields[document.id])

        return extract

    return make


@pytest.fixture(scope="session")
def example_store(extractor, tmp_path_factory) -> Path:
    """A store ingested from the bundled examples (examples/*), with the session's pipeline; read it, don't write."""
    from eventwire.ingest import ingest

    db = tmp_path_factory.mktemp("example-store") / "examples.duckdb"
    ingest(sorted(str(p) for p in (ROOT / "examples").iterdir()), db, model=extractor.nlp)
    return db
