"""eventwire's coded errors: each says what happened and what to do about it."""

from __future__ import annotations


class EventwireError(Exception):
    """An error a user can act on; `code` is stable, the message says what to do."""

    def __init__(self, code: str, message: str, values: dict[str, object] | None = None) -> None:
        super().__init__(f"{code}: {message}")
        self.code = code
        self.message = message
        self.values = values or {}


class Errors:
    """Message templates by code, formatted with keyword arguments (spaCy's errors.py pattern)."""

    E001 = "{source} is empty: there is no text to read. Give a news article as plain text, HTML or JSON."
    E002 = (
        "{source} looks like binary data ({detail}), not an article. Give plain text, HTML or JSON with a 'text' key."
    )
    E003 = (
        "{source} is not valid UTF-8 (bad byte at offset {offset}). Convert it first, e.g. "
        "`iconv -f latin1 -t utf-8 FILE`."
    )
    E004 = (
        "{source} is not in English: it reads as {name} (guessed language: {language}; {evidence}). eventwire's "
        "model reads English news only: give the article in English, or leave it out."
    )
    E005 = "{where}: cannot read the publication date {value!r}: give it as YYYY-MM-DD, e.g. 2023-09-17."
    E006 = (
        "{source} is {size:,} characters long, over the limit of {limit:,} for one article. Split it into its "
        "articles (or parts) and give them as separate inputs."
    )
    E007 = "{source}: JSON input needs a non-empty 'text' string (got keys: {keys})."
    E008 = "{source}: invalid JSON ({detail}). Fix the file, or read it as plain text with --input text."
    E009 = "{source}: no main text found in the HTML page. Pass the article text itself."
    E010 = (
        "cannot load the spaCy pipeline {name!r}: {detail}. Give an installed package name or a path to a "
        "pipeline directory, or omit --model to use eventwire's own model."
    )
    E011 = "{source} cannot be read: {detail}."
    E012 = "the spaCy pipeline {name!r} has no {missing}: eventwire's components need a parser and an NER."
    E013 = "unknown evaluation task {task!r}: choose one of {tasks}."
    E014 = "no gold data for {task} at {path}: put ../shared/data beside the checkout, or pass --data FOLDER."
    E015 = (
        "{source}: eventwire failed on this document ({detail}). The other documents go on; please report it "
        "with the document."
    )
    E016 = (
        "{source} is {size:,} bytes, over the limit of {limit:,} for one input: it is not one article. Split it into "
        "its articles (a JSONL file holds one a line), or give the article's text without the rest of the page."
    )
    E017 = "cannot read input of type {kind}: give a Document, the article's text (str) or a dict with 'text'."
    E018 = "unknown way to combine the dictionary and the type model {combine!r}: choose one of {choices}."
    E020 = (
        "{url} cannot be fetched: {reason}. Check the address and the network (a slow site: give a longer "
        "timeout), or save the page and give the file."
    )
    E021 = (
        "{source}: the row has no article text in a {column!r} column (its columns: {columns}). Name the column "
        "holding the text with --field text=COLUMN."
    )
    E022 = (
        "{source}: unreadable row ({detail}). A JSONL file holds one JSON object a line, a CSV file a header line "
        "then one row a line: fix or remove it."
    )
    E023 = "{source} cannot be read as an RSS or Atom feed ({detail}). Check that the file or URL is the feed itself."
    E024 = "{source}: the feed entry has no text and no link to its page. Give the article another way (its page)."
    E025 = (
        "{source} cannot be read as a WARC archive ({detail}). Give a .warc or .warc.gz file as written by "
        "wget --warc-file or warcio."
    )
    E026 = "{source}: nothing to read there ({detail}). Check the path, the pattern or the file."
    E027 = "bad --field {spec!r}: give FIELD=COLUMN with FIELD one of {fields}, e.g. --field text=body."

    E030 = (
        "cannot open the store {path}: {detail}. If another eventwire process is writing to it, wait for it to "
        "finish; if the file is damaged, ingest into a new --db file."
    )
    E031 = "there is no store at {path}: run `eventwire ingest SOURCE... --db {path}` first, or give the right --db."
    E032 = "unknown {what} {value!r}: choose one of {choices}."
    E033 = (
        "cannot write to the store {path}: {detail}. What was stored before is kept; free disk space (or fix the "
        "cause) and run the same command again: it goes on where it stopped."
    )
    E034 = (
        "the store {path} is damaged: {detail}. Some of its rows cannot be read: ingest the sources again into a new "
        "store (eventwire ingest SOURCE... --db NEW.duckdb); the damaged file can be moved away."
    )
    E036 = "the cursor after={after!r} cannot be used here: {reason}. Start again from the first page (no after=)."
    E037 = (
        "page {page} starts at row {row:,}, deeper than numbered pages go ({limit:,} rows): follow the `next` cursor "
        "of the page before (after=...), or narrow the filters."
    )
    E038 = (
        "this store was made before the {index} that {what} reads: open it for writing once (any `eventwire "
        "ingest ... --db` run on it builds the index from what is stored first), then ask again."
    )
    E040 = "a {format} export is a binary file, not text for the terminal: give the file to write with -o FILE."
    E041 = "cannot write the export to {path}: {detail}. Give a file in a folder that exists and can be written."
    E042 = (
        "extracting with {n_process} processes needs a pipeline each process can load itself, and this Extractor "
        "was given a loaded spaCy pipeline: give its package name or path as `model`, or use n_process=1."
    )

    E050 = (
        "the web page's scripts, styles and map data are not installed at {path}: run `npm ci --prefix {folder}` "
        "(Node 18 or later) and reload; the JSON API under /api/ works without them."
    )
    E051 = (
        "storing an article needs the write token, and {reason}: start the server with `eventwire serve "
        "--write-token TOKEN` (or EVENTWIRE_WRITE_TOKEN=TOKEN) and send `Authorization: Bearer TOKEN`, or extract "
        "without storing."
    )
    E052 = "there is no article {doc_id!r} in this store: pick one from /api/events or the events page."
    E053 = "cannot serve on {host}:{port}: {detail}. Choose another --port, or stop the program using it."
    E054 = (
        "the request body is {size} bytes, over this server's limit of {limit:,}: send a shorter article (split a "
        "long one), or start the server with a larger `eventwire serve --max-body BYTES`."
    )
    E055 = (
        "the query string is {size:,} bytes, over this server's limit of {limit:,}: send shorter filter values."
    )
    E056 = (
        "too many requests from this address (over {rate:g} a second): wait {seconds} s (Retry-After) and ask "
        "again, or start the server with a higher `eventwire serve --rate-limit N` (0: no limit)."
    )
    E057 = (
        "serving on {host}, which other machines can reach: anyone who can connect can read the whole store{writes}. "
        "Serve on 127.0.0.1 (the default) unless that is meant, and keep the store free of what must stay private."
    )
    E058 = (
        "the spaCy pipeline's encoder reads Brown clusters from the vocab table {table!r}, which this pipeline's vocab "
        "lacks: load the pipeline from the folder it was saved in (the table is saved with its vocab), or retrain it "
        "with `python training/train.py` (the `rebuild` extra)."
    )
    E059 = (
        "eventwire.ClusterHashEmbed.v1 needs one row count per attribute and per cluster prefix: got {attrs} attrs "
        "and {rows} rows, {prefixes} prefixes and {prefix_rows} prefix_rows. Fix the [components.tok2vec.model.embed] "
        "section of the config."
    )


def error(code: str, **values: object) -> EventwireError:
    """Build the EventwireError for `code`, formatting its template with `values`."""
    return EventwireError(code, getattr(Errors, code).format(**values), values)


def unexpected(source: str, exc: BaseException) -> EventwireError:
    """Error E015: eventwire itself failed on one input (its bug, or a library's), named with the exception."""
    return error("E015", source=source, detail=f"{type(exc).__name__}: {exc}"[:300])
