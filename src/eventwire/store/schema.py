"""The corpus store's schema: every table and view of the DuckDB file, in one place.

Every row that comes from an article carries its `doc_id` and, where the text has one, its sentence number and
character offsets (`start`, `end`) in the article's text, so every figure can be traced back to its words.
"""

from __future__ import annotations

import duckdb

VERSION = 1

TABLES: dict[str, str] = {
    "meta": """
        key VARCHAR PRIMARY KEY,
        value VARCHAR""",
    # one row per input: coded articles keep their text; skipped and failed inputs keep the reason
    "documents": """
        doc_id VARCHAR PRIMARY KEY,      -- the text's content hash (16 hex), or 'input:' + a hash of the source name
        name VARCHAR,                    -- the article's own id (file stem, 'id' column, feed entry id)
        source VARCHAR,                  -- where it was read: file, URL, feed entry, archive record, row
        outlet VARCHAR,                  -- who published it: the URL's host, else the file or feed it came from
        url VARCHAR,
        title VARCHAR,
        published DATE,
        language VARCHAR,
        status VARCHAR,                  -- coded | skipped (not English) | failed
        reason VARCHAR,                  -- why skipped or failed: the coded error message
        text VARCHAR,
        hash VARCHAR,                    -- sha256 of the text
        chars INTEGER,
        events INTEGER,
        copy_of VARCHAR,                 -- an earlier article this one is a near-duplicate of (wire copy)
        similarity DOUBLE,               -- estimated Jaccard similarity of their word shingles
        minhash BLOB,                    -- the MinHash signature near-duplicates are found with
        run_id INTEGER,
        ingested_at TIMESTAMP""",
    # one row per event an article reports (mentions inside the article are in event_mentions)
    "events": """
        event_id VARCHAR PRIMARY KEY,    -- doc_id + ':' + the event's number in its article
        doc_id VARCHAR,
        merged_id VARCHAR,               -- the event this one is merged into across articles (its first report)
        sentence INTEGER,
        start INTEGER,                   -- the trigger's character offsets
        "end" INTEGER,
        trigger VARCHAR,
        cameo VARCHAR,
        cameo_root VARCHAR,
        cameo_name VARCHAR,
        event_type VARCHAR,              -- PLOVER
        mode VARCHAR,
        context VARCHAR,
        goldstein DOUBLE,
        quad_class INTEGER,
        source_name VARCHAR,
        source_country VARCHAR,
        source_code VARCHAR,
        target_name VARCHAR,
        target_country VARCHAR,
        target_code VARCHAR,
        date VARCHAR,                    -- as coded: a day, a month or a year
        day DATE,                        -- the date when it is a day
        date_source VARCHAR,
        date_text VARCHAR,
        place_name VARCHAR,
        lat DOUBLE,
        lon DOUBLE,
        place_country VARCHAR,
        place_admin1 VARCHAR,
        geonameid INTEGER,
        place_resolution VARCHAR,
        confidence DOUBLE,
        coded_by VARCHAR,
        root BOOLEAN,
        background BOOLEAN,
        paired BOOLEAN,
        hedged_by VARCHAR,
        mentions INTEGER""",
    "event_mentions": """
        event_id VARCHAR,
        doc_id VARCHAR,
        sentence INTEGER,
        trigger VARCHAR,
        start INTEGER,
        "end" INTEGER""",
    # the actors of events: source, target, and who relayed the report
    "event_actors": """
        event_id VARCHAR,
        doc_id VARCHAR,
        role VARCHAR,                    -- source | target | reporter
        text VARCHAR,
        name VARCHAR,
        country VARCHAR,
        sector VARCHAR,
        code VARCHAR,
        resolved_by VARCHAR,
        start INTEGER,
        "end" INTEGER""",
    "entities": """
        doc_id VARCHAR,
        sentence INTEGER,
        start INTEGER,
        "end" INTEGER,
        text VARCHAR,
        label VARCHAR,
        actor_name VARCHAR,
        actor_country VARCHAR,
        actor_code VARCHAR""",
    "quotes": """
        doc_id VARCHAR,
        sentence INTEGER,
        start INTEGER,
        "end" INTEGER,
        text VARCHAR,
        speaker_name VARCHAR,
        speaker_country VARCHAR,
        speaker_code VARCHAR,
        speaker_start INTEGER,
        speaker_end INTEGER,
        cue VARCHAR,
        direct BOOLEAN""",
    "times": """
        doc_id VARCHAR,
        sentence INTEGER,
        start INTEGER,
        "end" INTEGER,
        text VARCHAR,
        value VARCHAR,
        type VARCHAR,
        anchor VARCHAR""",
    "places": """
        doc_id VARCHAR,
        sentence INTEGER,
        start INTEGER,
        "end" INTEGER,
        text VARCHAR,
        name VARCHAR,
        lat DOUBLE,
        lon DOUBLE,
        country VARCHAR,
        admin1 VARCHAR,
        geonameid INTEGER,
        feature_class VARCHAR,
        feature_code VARCHAR,
        resolution VARCHAR,
        confidence DOUBLE""",
    "claims": """
        doc_id VARCHAR,
        sentence INTEGER,
        start INTEGER,
        "end" INTEGER,
        kind VARCHAR,
        text VARCHAR,
        stated DOUBLE,
        computed DOUBLE,
        unit VARCHAR,
        verdict VARCHAR,
        compared VARCHAR,
        note VARCHAR""",
    # the word index of the text filter: each distinct word of each coded article's text (words: runs of letters
    # and digits, lower-cased; index_words), so `--text` / `text=` looks words up instead of reading every text
    "words": """
        doc_id VARCHAR,
        word VARCHAR""",
    # the dyad summary: events per day, pair of actor columns, PLOVER type and quad class, with their Goldstein sum
    # and articles, kept by the writer (index_dyads) so a dyad reads thousands of rows, not every event
    "dyad_days": """
        dated DATE,                      -- the event's day, else its article's publication date
        source_name VARCHAR,
        source_country VARCHAR,
        source_code VARCHAR,
        target_name VARCHAR,
        target_country VARCHAR,
        target_code VARCHAR,
        event_type VARCHAR,
        quad_class INTEGER,
        events INTEGER,
        goldstein_sum DOUBLE,
        goldstein_n INTEGER,             -- events with a Goldstein score; docs: hash(doc_id) of its articles
        docs UBIGINT[]""",
    # one row per `eventwire ingest`: what it was given and what became of it
    "runs": """
        run_id INTEGER PRIMARY KEY,
        started TIMESTAMP,
        finished TIMESTAMP,           -- NULL: the run was interrupted (a later run goes on where it stopped)
        sources VARCHAR,
        read INTEGER,
        coded INTEGER,
        unchanged INTEGER,
        replaced INTEGER,
        copies INTEGER,
        skipped INTEGER,
        failed INTEGER,
        events INTEGER""",
}

# the tables whose rows belong to one document: a replaced or re-coded article loses them all in one transaction
PER_DOCUMENT = ["events", "event_mentions", "event_actors", "entities", "quotes", "times", "places", "claims",
                "words"]

# a word, for the word index and the text filter alike: a run of Unicode letters and digits (RE2, lower-cased first)
WORD = r"[\pL\pN]+"


# GDELT's counts of one happening reported by several articles: one row per merged event
MERGED_EVENTS = """
CREATE OR REPLACE VIEW merged_events AS
SELECT e.*, m.num_mentions, m.num_articles, m.num_sources
FROM events e
JOIN (
    SELECT x.merged_id,
           sum(x.mentions)::INTEGER AS num_mentions,
           count(DISTINCT x.doc_id)::INTEGER AS num_articles,
           count(DISTINCT d.outlet)::INTEGER AS num_sources
    FROM events x JOIN documents d USING (doc_id)
    GROUP BY x.merged_id
) m ON e.event_id = m.merged_id
"""


def create(con: duckdb.DuckDBPyConnection) -> None:
    """Create every table and view that is not there yet, and record the schema version. A store made before the
    word index gets it here, built from its stored texts (once, the first time it is opened for writing)."""
    existing = {name for (name,) in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
    for name, columns in TABLES.items():
        con.execute(f"CREATE TABLE IF NOT EXISTS {name} ({columns})")
    con.execute(MERGED_EVENTS)
    if "documents" in existing and "words" not in existing:
        index_words(con)
    if "events" in existing and "dyad_days" not in existing:
        index_dyads(con)
    con.execute("INSERT OR REPLACE INTO meta VALUES ('schema_version', ?)", [str(VERSION)])


def index_words(con: duckdb.DuckDBPyConnection, doc_ids: str = "SELECT doc_id FROM documents") -> None:
    """Add the words of the coded articles whose ids the query `doc_ids` gives to the word index (one row per
    distinct word of an article), sorted by word: DuckDB's min/max per row group then skips most of the index when
    looking a word up (fully so for an index built at once, as for an older store; per batch for ingest)."""
    con.execute(f"""INSERT INTO words
        SELECT DISTINCT doc_id, unnest(regexp_extract_all(lower(text), '{WORD}')) AS word FROM documents
        WHERE status = 'coded' AND text IS NOT NULL AND doc_id IN ({doc_ids})
        ORDER BY word, doc_id""")


DYAD_KEY = ["dated", "source_name", "source_country", "source_code", "target_name", "target_country", "target_code",
            "event_type", "quad_class"]


def index_dyads(con: duckdb.DuckDBPyConnection, keys: str | None = None) -> None:
    """(Re)compute the dyad summary rows of the keys the table `keys` lists (columns DYAD_KEY; None: all) from the
    events, after a batch's events were added or deleted."""
    from eventwire.store.sql import DATED_EVENTS

    same = " AND ".join(f"s.{c} IS NOT DISTINCT FROM k.{c}" for c in DYAD_KEY)
    if keys is None:
        con.execute("DELETE FROM dyad_days")
    else:
        con.execute(f"DELETE FROM dyad_days s USING {keys} k WHERE {same}")
    pick = "" if keys is None else f"SEMI JOIN {keys} k ON {same.replace('s.', 'e.')}"
    con.execute(f"""INSERT INTO dyad_days
        SELECT {', '.join(f'e.{c}' for c in DYAD_KEY)}, count(*), sum(e.goldstein), count(e.goldstein),
               list_distinct(list(hash(e.doc_id)))
        FROM {DATED_EVENTS} {pick} WHERE e.dated IS NOT NULL GROUP BY ALL ORDER BY e.dated""")


def columns(table: str) -> list[tuple[str, str]]:
    """The columns of a table, in order: name and SQL type."""
    found = []
    for line in TABLES[table].splitlines():
        words = line.split("--")[0].split()
        if words:
            found.append((words[0].strip('"'), words[1].rstrip(",")))
    return found
