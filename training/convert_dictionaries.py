"""Convert the PETRARCH2 dictionaries, the CAMEO codebook and the CAMEO-to-PLOVER table into eventwire's data.

    python training/convert_dictionaries.py

Writes, under src/eventwire/data:
- actors/petrarch2.jsonl (one actor a line: name, aliases, default code, dated roles) and actors/agents.tsv
  (noun phrase, CAMEO agent code, prefix or suffix), read by eventwire.resources.actors;
- events/verbs.jsonl (a line of synonym sets, then one line a verb block with its verbs and patterns, from
  CAMEO.2.0.txt), events/cameo.tsv (code, name, Goldstein score) and events/plover.tsv (CAMEO code -> PLOVER
  type, mode, context), read by eventwire.resources.verbs and eventwire.resources.codebook.
The PETRARCH formats are described in its docs (dictionaries.rst); the readers are eventwire.formats.petrarch.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path

from eventwire.formats.petrarch import read_actor_file, read_agent_file, read_verb_file, write_verbs
from eventwire.paths import shared_data

HERE = Path(__file__).resolve().parent
EVENTS = shared_data() / "events"
SOURCE = EVENTS / "petrarch2"
DATA = HERE.parent / "src" / "eventwire" / "data"
TARGET = DATA / "actors"
ACTOR_FILES = ["Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt"]


PLOVER_LINE = re.compile(r"^(\d{3,4}):\s*([A-Z]+)\s*,([^,#]*),?([^#]*)")


def convert_events() -> None:
    """Write data/events: verbs.json from CAMEO.2.0.txt, cameo.tsv from the codebook, plover.tsv from the table."""
    target = DATA / "events"
    target.mkdir(parents=True, exist_ok=True)
    verbs = read_verb_file(SOURCE / "CAMEO.2.0.txt")
    write_verbs(verbs, target / "verbs.jsonl")
    with open(EVENTS / "cameo" / "cameo_codes.csv", encoding="utf-8") as handle:
        codes = [(r["code"], r["name"], r["goldstein"]) for r in csv.DictReader(handle)]
    with open(target / "cameo.tsv", "w", encoding="utf-8") as handle:
        handle.write("# CAMEO event codebook (Schrodt et al., CAMEO 1.1b3): code, name, Goldstein score\n")
        handle.writelines("\t".join(row) + "\n" for row in codes)
    rows = []
    for line in (EVENTS / "plover" / "CAMEO2PLOVER-2021.txt").read_text(encoding="utf-8").splitlines():
        match = PLOVER_LINE.match(line)
        if match:
            code, kind, mode, context = (g.strip() for g in match.groups())
            context = ";".join(c.strip() for c in context.split(";") if c.strip())
            rows.append((code, kind, mode, context))
    with open(target / "plover.tsv", "w", encoding="utf-8") as handle:
        handle.write("# CAMEO code -> PLOVER event type, mode, context (CAMEO2PLOVER-2021.txt, PLOVER manual 0.8)\n")
        handle.writelines("\t".join(row) + "\n" for row in rows)
    patterns = sum(len(b["patterns"]) for b in verbs["blocks"])
    print(f"{len(verbs['blocks'])} verb blocks, {patterns} patterns; {len(codes)} CAMEO codes; {len(rows)} PLOVER rows")


def main() -> None:
    convert_events()
    TARGET.mkdir(parents=True, exist_ok=True)
    actors = [actor for name in ACTOR_FILES for actor in read_actor_file(SOURCE / name)]
    with open(TARGET / "petrarch2.jsonl", "w", encoding="utf-8") as handle:
        for actor in actors:
            handle.write(json.dumps(actor, ensure_ascii=False) + "\n")
    agents = read_agent_file(SOURCE / "Phoenix.agents.txt")
    with open(TARGET / "agents.tsv", "w", encoding="utf-8") as handle:
        handle.write("# phrase\tcameo_agent_code\tposition (suffix: code follows the actor's, prefix: precedes)\n")
        for row in agents:
            handle.write("\t".join(row) + "\n")
    print(f"{len(actors)} actors, {sum(len(a['aliases']) + 1 for a in actors)} names; {len(agents)} agent phrases")


if __name__ == "__main__":
    main()
