"""Loader for the event triggers: verb blocks with their patterns (data/events/verbs.jsonl) and event nouns."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path

from eventwire.resources.files import data_path, read_tsv

UNSET = "unset"


INVARIANT = frozenset({"news", "series", "species", "headquarters", "means"})  # plural in form only: 'news' is no
# plural of 'new' ('gave 625 new firearms' matched CAMEO.2.0's 'give news', a statement)


def singular(word: str) -> str:
    """A crude singular for matching dictionary words to text ('sanctions' ~ 'sanction', 'talks' ~ 'talk')."""
    if word in INVARIANT:
        return word
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    if len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")):
        return word[:-1]
    return word


@dataclass(frozen=True)
class Element:
    """One element of a pattern: a word or noun phrase, a prepositional phrase, an actor marker, or a verb
    complement opened by a word ({"clause": "to"}: 'told them to leave')."""

    words: frozenset[str] = frozenset()
    phrases: tuple[str, ...] = ()
    mods: tuple[Element, ...] = ()
    prep: str | None = None
    obj: Element | None = None
    role: str | None = None
    clause: str | None = None

    @property
    def weight(self) -> int:
        """How specific the element is: one for each word it requires."""
        own = 1 if self.words or self.phrases or self.prep or self.clause else 0
        return own + sum(m.weight for m in self.mods) + (self.obj.weight if self.obj else 0)


@dataclass(frozen=True)
class Pattern:
    """A verb pattern: elements before and after the verb, the code it gives and the paired (reverse) code."""

    pre: tuple[Element, ...]
    post: tuple[Element, ...]
    code: str | None
    paired: str | None
    weight: int

    @cached_property
    def needs(self) -> tuple[tuple[frozenset[str], ...], tuple[frozenset[str], ...]]:
        """Before and after the verb, the word sets of the elements matched by their words alone: a frame can
        satisfy the pattern only if each side holds a word of each set."""
        return tuple(tuple(e.words for e in side if e.words and not (e.phrases or e.prep or e.clause or e.role))
                     for side in (self.pre, self.post))  # type: ignore[return-value]


@dataclass
class Verb:
    """One verb of a block: its lemma, the words a multi-word verb needs around it, irregular forms, own codes."""

    lemma: str
    block: Block
    before: tuple[str, ...] = ()
    after: tuple[str, ...] = ()
    forms: frozenset[str] = frozenset()
    code: str | None | object = UNSET
    paired: str | None = None

    def codes(self) -> tuple[str | None, str | None]:
        """The codes of the verb alone: its own, else its block's."""
        if self.code is UNSET:
            return self.block.code, self.block.paired
        return self.code, self.paired  # type: ignore[return-value]


@dataclass
class Block:
    """A verb synonym block: verbs sharing patterns, with the block's default codes."""

    name: str
    code: str | None
    paired: str | None
    patterns: list[Pattern] = field(default_factory=list)

    def candidates(self, before: set[str], after: set[str]) -> list[Pattern]:
        """The patterns, in order, that frames with these words before and after the verb may satisfy: each word
        set a pattern needs on a side meets that side's words (most patterns of a block name words a frame lacks)."""
        free, indexed = self.index
        found = set(free)
        for words, side in ((before, 0), (after, 1)):
            for word in words:
                found.update(k for k in indexed.get((side, word), ()) if k not in found and all(
                    need & (before, after)[s] for s in (0, 1) for need in self.patterns[k].needs[s]))
        return [self.patterns[k] for k in sorted(found)]

    @cached_property
    def index(self) -> tuple[list[int], dict[tuple[int, str], list[int]]]:
        """The patterns that need no word, and for each (side, word) the patterns needing it there."""
        free, indexed = [], {}
        for k, pattern in enumerate(self.patterns):
            if not any(pattern.needs):
                free.append(k)
            for side, needs in enumerate(pattern.needs):
                for word in {w for need in needs for w in need}:
                    indexed.setdefault((side, word), []).append(k)
        return free, indexed


@dataclass(frozen=True)
class Noun:
    """A noun that names an event, with its codes and the prepositions that introduce its target."""

    lemma: str
    code: str
    paired: str | None
    target_preps: frozenset[str]
    modifiers: frozenset[str] = frozenset()  # this sense needs one of these words modifying the noun; none: default


@dataclass
class VerbDictionary:
    """Verbs by lemma (multi-word verbs first), and event nouns by lemma."""

    verbs: dict[str, list[Verb]] = field(default_factory=dict)
    nouns: dict[str, list[Noun]] = field(default_factory=dict)  # senses by lemma, those with modifiers first
    blocks: int = 0
    patterns: int = 0


def compile_element(raw: dict, synsets: dict[str, list[str]]) -> Element | None:
    """A pattern element from its data form; None if it names an unknown synset (the pattern is then dropped)."""
    if "prep" in raw:
        obj = compile_element(raw["object"], synsets) if raw.get("object") else None
        if raw.get("object") and obj is None:
            return None
        return Element(prep=raw["prep"], obj=obj, role=raw.get("role"))
    if "role" in raw:
        return Element(role=raw["role"])
    if "clause" in raw:
        return Element(clause=raw["clause"])
    head = raw["head"]
    options = synsets.get(head[1:]) if head.startswith("&") else [head]
    if options is None:
        return None
    words = frozenset(singular(o) for o in options if " " not in o)
    # spaCy's tokenizer splits a hyphenated word ('sit-in' is 'sit', '-', 'in'): it is matched as those words
    phrases = tuple(o for o in options if " " in o) + tuple(o.replace("-", " - ") for o in options
                                                           if "-" in o.strip("-") and " " not in o)
    mods = tuple(compile_element({"head": m}, synsets) for m in raw.get("mods", []))
    if any(m is None for m in mods):
        return None
    return Element(words=words, phrases=phrases, mods=mods)  # type: ignore[arg-type]


def compile_block(raw: dict, synsets: dict[str, list[str]]) -> tuple[Block, list[Verb]]:
    block = Block(raw["name"], raw["code"], raw["paired"])
    for p in raw["patterns"]:
        pre = [compile_element(e, synsets) for e in p["pre"]]
        post = [compile_element(e, synsets) for e in p["post"]]
        if any(e is None for e in pre + post):
            continue
        weight = sum(e.weight for e in pre + post)  # type: ignore[union-attr]
        block.patterns.append(Pattern(tuple(pre), tuple(post), p["code"], p["paired"], weight))  # type: ignore[arg-type]
    verbs = []
    for v in raw["verbs"]:
        verb = Verb(v["lemma"], block, tuple(v["before"]), tuple(v["after"]), frozenset(v["forms"]))
        if "code" in v:
            verb.code, verb.paired = v["code"], v["paired"]
        verbs.append(verb)
    return block, verbs


def verb_key(raw: dict) -> tuple:
    return raw["lemma"], tuple(raw["before"]), tuple(raw["after"])


def read_verbs(path: Path, additions: Path | None = None) -> VerbDictionary:
    """Read a verbs.jsonl file (a line of synonym sets, then one line a block); blocks in `additions` put their
    patterns before those of the block of the same name (or add a block), and a verb they list replaces the same
    verb (lemma and words around it) wherever the base file has it. A `{"synsets": ...}` line there adds synsets, or
    words to a synset of the base file's name."""
    book = VerbDictionary()
    with open(path, encoding="utf-8") as handle:
        synsets: dict[str, list[str]] = json.loads(handle.readline())["synsets"]
        raw = {block["name"]: block for block in map(json.loads, handle)}
    lines = additions.read_text(encoding="utf-8").splitlines() if additions else []
    extras = [json.loads(line) for line in lines if line.strip() and not line.startswith("#")]
    for extra in extras:
        for name, words in extra.get("synsets", {}).items():
            synsets[name] = [*synsets.get(name, []), *words]
    moved = {verb_key(v) for extra in extras for v in extra.get("verbs", [])}
    for block in raw.values():
        block["verbs"] = [v for v in block["verbs"] if verb_key(v) not in moved]
    for extra in extras:
        if "name" in extra:
            base = raw.setdefault(extra["name"], {**extra, "verbs": [], "patterns": []})
            base["patterns"] = extra["patterns"] + base["patterns"]
            base["verbs"] = base["verbs"] + extra["verbs"]
    for entry in raw.values():
        block, verbs = compile_block(entry, synsets)
        book.blocks += 1
        book.patterns += len(block.patterns)
        for verb in verbs:
            book.verbs.setdefault(verb.lemma, []).append(verb)
    for entries in book.verbs.values():
        entries.sort(key=lambda v: -(len(v.before) + len(v.after)))
    return book


def read_nouns(path: Path) -> dict[str, list[Noun]]:
    """The event nouns of a nouns.tsv file: lemma, code, paired code (or -), the prepositions of a target, and for
    a sense of its own the words that mark it ('hunger' strike), each lemma's marked senses first."""
    nouns: dict[str, list[Noun]] = {}
    for lemma, code, paired, preps, *marks in read_tsv(path):
        modifiers = frozenset(marks[0].split("|")) if marks and marks[0] else frozenset()
        noun = Noun(lemma, code, None if paired == "-" else paired, frozenset(preps.split("|")), modifiers)
        nouns.setdefault(lemma, []).append(noun)
    return {lemma: sorted(senses, key=lambda n: not n.modifiers) for lemma, senses in nouns.items()}


@cache
def load_verbs(path: str | None = None) -> VerbDictionary:
    """The shipped verb patterns with eventwire's additions, and the event nouns; or the verbs.jsonl at `path`
    alone (with the shipped nouns). Read once per path."""
    data = data_path("events")
    book = read_verbs(Path(path), None) if path else read_verbs(data / "verbs.jsonl", data / "verbs_eventwire.jsonl")
    book.nouns = read_nouns(data / "nouns.tsv")
    return book
