"""Loader for the event codebooks: CAMEO names and Goldstein scores, PLOVER types, the intent (modality) map, the
code of an event known only by its PLOVER type, the speakers whose bare statements are events and the codes of
refusals."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from eventwire.resources.files import data_path, read_tsv

QUADS = {1: "verbal cooperation", 2: "material cooperation", 3: "verbal conflict", 4: "material conflict"}


def quad_of(code: str) -> int:
    """CAMEO quad class from the root code: 01-05 verbal and 06-08 material cooperation, 09-13 verbal and 14-20
    material conflict."""
    root = int(code[:2])
    return 1 if root <= 5 else 2 if root <= 8 else 3 if root <= 13 else 4


@dataclass(frozen=True)
class CodeInfo:
    """What a CAMEO event code means, in CAMEO and in PLOVER."""

    code: str
    name: str
    goldstein: float
    root: str
    quad_class: int
    plover_type: str | None
    mode: str | None
    context: str | None


class Codebook:
    """CAMEO codes with their Goldstein scores and PLOVER equivalents; the intent form of an act."""

    def __init__(self, cameo: dict[str, tuple[str, float]], plover: dict[str, tuple[str, str, str]],
                 intents: dict[str, str], needs_target: dict[str, bool] | None = None,
                 type_codes: dict[str, str] | None = None, speakers: frozenset[str] = frozenset(),
                 refusals: dict[str, str] | None = None) -> None:
        self.cameo = cameo
        self.plover = plover
        self.intents = intents
        self.needs_target = needs_target or {}  # code prefix -> whether it needs a recipient (False: an exception)
        self.type_codes = type_codes or {}  # PLOVER type -> its general CAMEO code (data/events/type_codes.tsv)
        self.speakers = speakers  # actor code parts whose bare statements are events (data/events/speakers.tsv)
        self.refusals = refusals or {}  # refused act's code prefix -> the rejection's code (data/events/refusals.tsv)
        self.known: dict[str, CodeInfo | None] = {}  # the meanings worked out so far, by code

    @staticmethod
    def longest(table: dict, code: str) -> str | None:
        """The longest prefix of `code` that is a key of `table`."""
        for size in range(len(code), 1, -1):
            if code[:size] in table:
                return code[:size]
        return None

    def info(self, code: str) -> CodeInfo | None:
        """The meaning of a CAMEO code, or None for a code the codebook does not know."""
        if code not in self.known:
            self.known[code] = self.meaning(code)
        return self.known[code]

    def meaning(self, code: str) -> CodeInfo | None:
        known = self.longest(self.cameo, code)
        if known is None or not code[:2].isdigit():
            return None
        name, goldstein = self.cameo[known]
        plover = self.longest(self.plover, code)
        kind, mode, context = self.plover[plover] if plover else (None, None, None)
        return CodeInfo(code, name, goldstein, code[:2], quad_of(code), kind, mode, context)

    def one_sided(self, code: str) -> bool:
        """Whether an event of this code may be coded with one of its parties unnamed: no recipient ('fired a
        missile'), or no source for an event noun ('the attack on X'); data/events/needs_target.tsv says which not."""
        key = self.longest(self.needs_target, code)
        return key is None or not self.needs_target[key]

    def on_record(self, actor: dict | None) -> bool:
        """Whether a speaker's bare statement ('X said ...', nobody addressed) is an event: a state named alone, or
        an actor code with a part listed in data/events/speakers.tsv (RUSGOV, ---COP, IGOUNO, FRAELI); a state's word
        modifying the speaker's noun is not the state speaking."""
        code = (actor or {}).get("code") or ""
        if code and code == (actor or {}).get("country"):
            return (actor or {}).get("resolved_by") != "modifier"  # 'the British concern said' is no state's word
        return self.political(actor)

    def political(self, actor: dict | None) -> bool:
        """Whether an actor's code names a part of political life (speakers.tsv: GOV, MIL, COP, REB, IGO, ...)."""
        code = (actor or {}).get("code") or ""
        return any(code[i : i + 3] in self.speakers for i in range(0, len(code), 3))

    def refusal(self, code: str, default: str | None = "120") -> str | None:
        """The code of refusing an act of this code: 'refused to negotiate' (046) is 125, by refusals.tsv;
        `default` when it names no rejection for the act; None when refusing it is none ('declined to comment')."""
        key = self.longest(self.refusals, code)
        found = self.refusals[key] if key else default
        return None if found == "-" else found

    def code_of_type(self, kind: str, candidates: list[str]) -> str:
        """The CAMEO code of an event known by its PLOVER type: the first candidate (the trigger's own dictionary
        codes) of that type, else the type's general code."""
        for code in candidates:
            info = self.info(code)
            if info is not None and info.plover_type == kind:
                return code
        return self.type_codes[kind]

    def intent(self, code: str) -> str | None:
        """The code of the intent to do `code` ('will help' -> 033), or None when a hedged act is not coded."""
        key = self.longest(self.intents, code)
        if key is None:
            return None
        return code if self.intents[key] == "=" else self.intents[key]


def _rows(name: str) -> list[list[str]]:
    return read_tsv(data_path("events", name))


@cache
def load_codebook() -> Codebook:
    """Read cameo.tsv, plover.tsv (overridden by plover_eventwire.tsv), modality.tsv, needs_target.tsv,
    type_codes.tsv, speakers.tsv and refusals.tsv once."""
    cameo = {code: (name, float(goldstein)) for code, name, goldstein in _rows("cameo.tsv")}
    plover: dict[str, tuple[str, str, str]] = {}
    for row in _rows("plover.tsv") + _rows("plover_eventwire.tsv"):
        code, kind, mode, context = (row + ["", "", ""])[:4]
        plover[code] = (kind, mode or None, context or None)
    intents = {prefix: code for prefix, code in _rows("modality.tsv")}
    needs_target = {row[0].lstrip("!"): not row[0].startswith("!") for row in _rows("needs_target.tsv")}
    type_codes = {kind: code for kind, code in _rows("type_codes.tsv")}
    speakers = frozenset(row[0] for row in _rows("speakers.tsv"))
    refusals = {prefix: code for prefix, code, _ in _rows("refusals.tsv")}
    return Codebook(cameo, plover, intents, needs_target, type_codes, speakers, refusals)
