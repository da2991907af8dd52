"""The `sentences` component: sentence boundaries the layout of the text already gives, set before the parser.

A paragraph break is a sentence boundary: a blank line always; a single newline when the text puts one paragraph
on each line (HTML extracted by trafilatura), not when it is hard-wrapped (lines that break inside sentences).
Whitespace and a lone closing quote mark belong to the sentence before, the opening quote mark of a paragraph
to the sentence after. No sentence starts inside a paragraph except after final punctuation (with a closing quote
mark or bracket after it) or a line break: the parser split notes such as "On 17 June 2023, two factions of rival
Chhatra League (BCL) clashed ..." before "clashed". The parser respects boundaries set before it
(`token.is_sent_start` True or False) and decides the rest.

A paragraph's dateline is a sentence of its own: "BEIJING, March 21 (Xinhua) --", "CESME, Turkey --", "ISLAMABAD:"
(a place in capitals, or one followed by a dash, with an optional region, date and news agency). Read as part of
the sentence after it, its place became the speaker ("WASHINGTON ... Buttigieg announced" coded Washington's
announcement); on its own it still names the article's place.

Which single newlines are paragraph breaks is decided per text, by measurement (issue 11): on the place gold
(547 news articles) the 118 texts with single newlines fall in two groups. Where one paragraph is on each line, no
line is followed by a lowercase word (0 in 85 texts, 1 in the others) and 75-100% of lines end in a sentence's
final punctuation; hard-wrapped texts have 13-60% of their lines followed by a lowercase word. TimeBank and PolNeAR
separate paragraphs by blank lines. So single newlines are paragraph breaks when at most `max_lowercase` of them
(10% by default) are followed by a lowercase letter.
"""

from __future__ import annotations

import re

from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc, Token

from eventwire.components import extensions  # noqa: F401  (registers the Doc contract)

BLANK_LINE = re.compile(r"\n[^\S\n]*\n")
SINGLE_NEWLINE = re.compile(r"(?<=\S)[^\S\n]*\n[^\S\n]*(?=\S)")  # a newline with text on both sides
CLOSING_QUOTES = ("”", "’", "''", "»")  # always close a quotation
OPENING_QUOTES = ("“", "‘", "``", "«")  # always open one
STRAIGHT_QUOTES = ('"',)  # opens or closes by count in the paragraph (a straight ' is also an apostrophe)
FINAL = (".", "!", "?", "…", "...")
# a dateline at a paragraph's start: a place, an optional region or country, date and news agency in brackets, then
# a dash; after a place in capitals (three letters at least: 'US:' heads a headline) also a colon or a hyphen
_PLACE_WORD = r"[A-Z][A-Za-z.'\-]*"
_REGION = rf"(?:,\s*{_PLACE_WORD}(?:\s+{_PLACE_WORD})?)?"  # ', Turkey', ', New Mexico'
_REST = rf"{_REGION}(?:,?\s*[A-Z][a-z]{{2,8}}\.?\s+\d{{1,2}})?(?:\s*\([^()\n]{{2,40}}\))?"  # date, (agency)
DATELINE = re.compile(
    rf"(?:[A-Z][A-Z.'\-]{{2,}}(?:\s+[A-Z][A-Z.'\-]+){{0,3}}{_REST}\s*(?:--|—|–|:|\s-)"
    rf"|{_PLACE_WORD}(?:\s+{_PLACE_WORD}){{0,3}}{_REST}\s*(?:--|—|–))\s+(?=\S)")


@Language.factory(
    "sentences",
    default_config={"single_newlines": "auto", "max_lowercase": 0.1},
    requires=[],
    assigns=["token.is_sent_start", "doc._.paragraphs"],
)
def make_sentences(nlp: Language, name: str, single_newlines: str, max_lowercase: float) -> Sentences:
    """`single_newlines`: "auto" (decided per text, see the module), "paragraph" (always a break) or "wrap" (never:
    the parser decides)."""
    if single_newlines not in ("auto", "paragraph", "wrap"):
        raise ValueError(f"single_newlines must be auto, paragraph or wrap, not {single_newlines!r}")
    return Sentences(single_newlines, max_lowercase)


class Sentences:
    """Sets `token.is_sent_start` at paragraph breaks, after whitespace and before a lone closing quote mark, and
    `doc._.paragraphs` (the character spans of the paragraphs)."""

    def __init__(self, single_newlines: str = "auto", max_lowercase: float = 0.1) -> None:
        self.single_newlines = single_newlines
        self.max_lowercase = max_lowercase

    def __call__(self, doc: Doc) -> Doc:
        text = doc.text  # spaCy joins the tokens' texts on each call
        doc._.paragraphs = paragraphs(text, self.lines_are_paragraphs(text))
        starts = {start for start, _ in doc._.paragraphs}
        after_datelines = {m.end() for start, end in doc._.paragraphs  # m.end() counts from the text's start
                           if (m := DATELINE.match(text, start, end)) is not None}
        quotes_open = 0
        # set in one pass at the end: setting Token.is_sent_start scans the whole Doc each time (quadratic)
        starts_here = doc.to_array([SENT_START]).astype("int64")
        for token in doc:
            if token.idx in starts:
                quotes_open = 0
                if token.i > 0:
                    starts_here[token.i] = 1
            elif token.idx in after_datelines:
                starts_here[token.i] = 1  # 'BEIJING, March 21 (Xinhua) --' | 'Chinese authorities announced ...'
            elif token.i == 0:
                pass
            elif token.is_space:
                starts_here[token.i] = -1  # whitespace ends the sentence before
            elif closes_quote(token, quotes_open) and doc[token.i - 1].text in FINAL + CLOSING_QUOTES + STRAIGHT_QUOTES:
                starts_here[token.i] = -1  # '... the end.”' : the mark belongs to the sentence before
            elif doc[token.i - 1].idx in starts and opens_quote(doc[token.i - 1], quotes_open):
                starts_here[token.i] = -1  # a paragraph opening '“We will ...': the mark and its sentence
            elif not after_an_end(token):
                starts_here[token.i] = -1  # no sentence starts inside one: '... Chhatra League (BCL) clashed
            if token.text in STRAIGHT_QUOTES:
                quotes_open ^= 1
        doc.from_array([SENT_START], starts_here.astype("uint64"))  # -1 as spaCy stores it
        return doc

    def lines_are_paragraphs(self, text: str) -> bool:
        """Whether a single newline separates paragraphs in this text (one paragraph per line) rather than wrapping
        lines inside a paragraph."""
        if self.single_newlines != "auto":
            return self.single_newlines == "paragraph"
        ends = [m.end() for m in SINGLE_NEWLINE.finditer(text)]
        if not ends:
            return False
        lowercase = sum(text[end].islower() for end in ends)
        return lowercase <= self.max_lowercase * len(ends)


def after_an_end(token: Token) -> bool:
    """Whether a sentence may start at `token`: after final punctuation (or an abbreviation's full stop), after a
    closing quote mark or bracket that follows one, or after a line break (the parser decides those)."""
    doc = token.doc
    before = doc[token.i - 1]
    if before.is_space:
        return "\n" in before.text or token.i < 2 or after_an_end(before)
    if before.text[-1] in ".!?…":
        return True
    closing = before.text in CLOSING_QUOTES + STRAIGHT_QUOTES or before.text in (")", "]")
    return closing and before.i > 0 and doc[before.i - 1].text[-1:] in (".", "!", "?", "…")


def opens_quote(token: Token, quotes_open: int) -> bool:
    """A quotation mark that opens a quotation (`quotes_open` counts the straight marks up to and with it)."""
    return token.text in OPENING_QUOTES or token.text in STRAIGHT_QUOTES and quotes_open == 1


def closes_quote(token: Token, quotes_open: int) -> bool:
    """A quotation mark that closes a quotation: a closing curly mark, or a straight one after an opening one."""
    return token.text in CLOSING_QUOTES or token.text in STRAIGHT_QUOTES and quotes_open == 1


def paragraphs(text: str, lines_are_paragraphs: bool) -> list[tuple[int, int]]:
    """The (start, end) character offsets of each paragraph with text in it, whitespace around it left out."""
    splitter = re.compile(r"\n" if lines_are_paragraphs else BLANK_LINE.pattern)
    out = []
    start = 0
    for m in [*splitter.finditer(text), None]:
        end = m.start() if m else len(text)
        chunk = text[start:end]
        if chunk.strip():
            left = start + len(chunk) - len(chunk.lstrip())
            out.append((left, start + len(chunk.rstrip())))
        start = m.end() if m else len(text)
    return out
