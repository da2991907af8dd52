"""The `quotes` component: direct quotations and reported speech, with speaker and cue verb."""

from __future__ import annotations

from dataclasses import dataclass

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from eventwire.components.extensions import QUOTES
from eventwire.components.syntax import AGENTS, RELATIVE_CLAUSES, SUBJECTS
from eventwire.resources.quote_cues import load_quote_cues

OPENERS = {'"': '"', "\u201c": "\u201d", "\u201e": "\u201d", "\u00ab": "\u00bb", "\u2018": "\u2019"}
ATTRIBUTION_REACH = 5  # tokens beyond a quote's sentence where its cue may stand ('..."  Kim Jong Un said.')



@dataclass
class QuoteMarks:
    start: int  # character offset of the content (after the opening mark)
    end: int  # character offset where the closing mark stands


def find_quote_marks(text: str, min_chars: int = 2) -> list[QuoteMarks]:
    """Pairs of quotation marks: straight or typographic, across sentences; apostrophes are not openers."""
    found: list[QuoteMarks] = []
    i = 0
    while i < len(text):
        ch = text[i]
        close = OPENERS.get(ch)
        if close is None or (ch == "\u2018" and i > 0 and text[i - 1].isalnum()):
            i += 1
            continue
        j = i + 1
        while j < len(text):
            if text[j] == close and not (close == "\u2019" and j + 1 < len(text) and text[j + 1].isalpha()):
                break
            if ch == '"' and text[j] == "\n" and text[j + 1 : j + 2] == "\n" and text[j + 2 : j + 3] != '"':
                j = len(text)  # a straight quote left open at a paragraph end
                break
            j += 1
        if j < len(text) and j - i - 1 >= min_chars:
            found.append(QuoteMarks(i + 1, j))
            i = j + 1
        else:
            i += 1
    return found


@Language.factory("quotes", default_config={"indirect": True}, requires=["doc.spans", "token.dep", "token.lemma"],
                  assigns=["doc.spans", "span._.speaker", "span._.cue", "span._.direct"])
def make_quotes(nlp: Language, name: str, indirect: bool) -> QuoteFinder:
    return QuoteFinder(indirect)


class QuoteFinder:
    """Writes quotes to `doc.spans["quotes"]`: content spans with `._.speaker` (actor span or None),
    `._.cue` (the cue verb token index) and `._.direct`."""

    def __init__(self, indirect: bool = True) -> None:
        self.indirect = indirect
        self.cues = load_quote_cues()

    def __call__(self, doc: Doc) -> Doc:
        quotes: list[Span] = []
        covered: set[int] = set()
        for marks in find_quote_marks(doc.text):
            span = doc.char_span(marks.start, marks.end, alignment_mode="contract")
            if span is None or len(span) == 0:
                continue
            cue = self.cue_for(span)
            quotes.append(self.make(doc, span, cue, direct=True))
            covered.update(range(span.start, span.end))
        if self.indirect:
            for token in doc:
                according = according_to(token)
                if according is not None and not all(t.i in covered for t in according[0]):
                    content, source = according
                    quotes.append(self.make(doc, content, token, direct=False, speaker=subject_phrase(source)))
                elif token.i not in covered and self.is_cue(token) and not self.cues[token.lemma_.lower()]:
                    content = self.reported_clause(token, covered)
                    if content is not None:
                        quotes.append(self.make(doc, content, token, direct=False))
        doc.spans[QUOTES] = sorted(quotes, key=lambda s: s.start)
        return doc

    def make(self, doc: Doc, content: Span, cue: Token | None, direct: bool, speaker: Span | None = None) -> Span:
        """The quote span with its cue and speaker (the cue verb's subject unless a speaker is given)."""
        span = Span(doc, content.start, content.end, label="DIRECT" if direct else "INDIRECT")
        span._.cue = cue.i if cue is not None else None
        if speaker is None and cue is not None:
            speaker = self.speaker_of(cue)
        span._.speaker = speaker
        span._.direct = direct
        return span

    def is_cue(self, token: Token) -> bool:
        return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in self.cues

    def cue_for(self, quote: Span) -> Token | None:
        """The cue verb of a direct quote: the nearest cue verb governing the quote's words, else a cue verb in
        the quote's sentences outside the marks (''..., Putin said'', 'Kim said: ...')."""
        for token in quote:
            head = token
            for _ in range(8):
                if head.head.i == head.i:
                    break
                head = head.head
                if head.i < quote.start or head.i >= quote.end:
                    if self.is_cue(head):
                        return head
        doc = quote.doc
        sentences = {t.sent.start: t.sent for t in (quote[0], quote[-1])}
        outside = [t for s in sentences.values() for t in s if (t.i < quote.start - 1 or t.i > quote.end)
                   and self.is_cue(t)]
        # the parser may split '"...," X said.' after the closing mark: look just beyond either end
        after = quote.end + 1
        if not outside and after < len(doc) and doc[after].is_sent_start:
            outside = [t for t in doc[after : min(after + ATTRIBUTION_REACH, len(doc))] if self.is_cue(t)]
        before = quote.start - 2
        if not outside and before > 0 and doc[quote.start - 1].is_sent_start:
            outside = [t for t in doc[max(0, before - ATTRIBUTION_REACH) : before + 1] if self.is_cue(t)]
        if not outside:
            return None
        return min(outside, key=lambda t: min(abs(t.i - quote.start), abs(t.i - quote.end)))

    def speaker_of(self, cue: Token) -> Span | None:
        """The subject of the cue verb (through 'X was quoted as saying', coordination and relative clauses)."""
        verb = cue
        for _ in range(3):
            subjects = [c for c in verb.children if c.dep_ in SUBJECTS]
            if subjects:
                return subject_phrase(subjects[0])
            agents = [c for c in verb.children if c.dep_ in AGENTS]
            if agents:
                return subject_phrase(agents[0])
            if verb.dep_ in ("conj", "xcomp", "advcl", *RELATIVE_CLAUSES) and verb.head.i != verb.i:
                if verb.dep_ in RELATIVE_CLAUSES:
                    return subject_phrase(verb.head)
                verb = verb.head
                continue
            break
        return None

    def reported_clause(self, cue: Token, covered: set[int]) -> Span | None:
        """The clause a cue verb reports ('X said (that) ...'), when the parse gives it a subject and a clause."""
        if not any(c.dep_ in SUBJECTS for c in cue.children):
            return None
        clauses = [c for c in cue.children if c.dep_ in ("ccomp",) and c.i > cue.i]
        if not clauses:
            return None
        tokens = [t for t in clauses[0].subtree if not (t.dep_ == "mark" and t.head.i == clauses[0].i)]
        if len(tokens) < 3 or all(t.i in covered for t in tokens):
            return None
        start, end = tokens[0].i, tokens[-1].i + 1
        while end > start and cue.doc[end - 1].is_punct:
            end -= 1
        return cue.doc[start:end]


def according_to(token: Token) -> tuple[Span, Token] | None:
    """'Y happened, according to X' / 'According to X, Y': the clause Y and the source X's head word."""
    doc = token.doc
    if token.lower_ != "according" or token.i + 1 >= len(doc) or doc[token.i + 1].lower_ != "to":
        return None
    after = [t for t in doc[token.i + 2 : token.sent.end] if t.pos_ in ("NOUN", "PROPN", "PRON")]
    if not after:
        return None
    source = token.head if token.head.i > token.i + 1 else after[0]
    phrase = {token.i, token.i + 1} | {t.i for t in source.subtree}
    predicate = source.head if source.head.i not in phrase else token.sent.root
    clause = [t for t in predicate.subtree if t.i not in phrase and not t.is_space]
    before = [t for t in clause if t.i < token.i]
    later = [t for t in clause if t.i > max(phrase)]
    side = before if len(before) >= len(later) else later
    while side and side[0].is_punct:
        side = side[1:]
    while side and side[-1].is_punct:
        side = side[:-1]
    if len(side) < 3:
        return None
    return doc[side[0].i : side[-1].i + 1], source


def subject_phrase(token: Token) -> Span:
    """The noun phrase a subject token heads, without relative clauses or appositions."""
    skip = ("acl:relcl", "relcl", "appos", "acl", "punct", "cc", "conj")
    keep = [t for t in token.subtree if not t.is_space and not any(a.dep_ in skip for a in path(t, token))]
    if not keep:
        return token.doc[token.i : token.i + 1]
    start, end = min(t.i for t in keep), max(t.i for t in keep) + 1
    return token.doc[start:end]


def path(token: Token, top: Token) -> list[Token]:
    """The tokens from `token` up to (not including) `top`."""
    out = []
    while token.i != top.i and token.head.i != token.i:
        out.append(token)
        token = token.head
    return out
