"""Terminal tables of a record (rich): entities and actors, times, places, events, claims, quotes, and with
--explain the sentences without events."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table

from eventwire.record import ActorRef, Record

DATE = 10  # YYYY-MM-DD: never cut, or every event looks the same day
WIDE = 120  # from this width on, places show why their entry won (always in the JSON)
SHORT_QUOTE = 120


class TableWriter:
    """Prints each record as a set of tables on a rich Console."""

    def __init__(self, console: Console | None = None) -> None:
        self.out = console or Console(soft_wrap=True)

    def write(self, record: Record) -> None:
        out = self.out
        doc = record.document
        out.rule(f"{doc.id}  published {doc.published or 'unknown'}  {doc.title or ''}")
        actors = Table("entity", "label", "actor", "country", "sector", "how", title="entities and actors")
        for e in record.entities:
            a = e.actor
            actors.add_row(e.text, e.label, *([a.name, a.country or "", a.sector or "", a.resolved_by or ""] if a
                                              else ["", "", "", ""]))
        out.print(actors)
        times = Table("expression", title="times")
        times.add_column("value", no_wrap=True, min_width=DATE)
        times.add_column("type")
        for t in record.times:
            times.add_row(t.text, t.value or "?", t.type)
        out.print(times)
        wide = out.width >= WIDE
        places = Table("place", "resolved to", "country", "kind", title="places")
        places.add_column("lat, lon", no_wrap=True)
        if wide:
            places.add_column("why", overflow="ellipsis", no_wrap=True, max_width=out.width // 2)
        for p in record.places:
            point = f"{p.lat:.2f}, {p.lon:.2f}" if p.lat is not None and p.lon is not None else ""
            places.add_row(p.text, p.name or "?", p.country or "", p.resolution or "", point, *[p.reason][:wide])
        out.print(places)
        events = Table(title="events")
        events.add_column("date", no_wrap=True, min_width=DATE)
        for name in ("actor", "CAMEO", "PLOVER", "recipient", "trigger", "where", "conf"):
            events.add_column(name)
        for ev in record.events:
            trigger = ev.trigger + (f" ({ev.hedged_by})" if ev.hedged_by else "")
            events.add_row(ev.date or "", who(ev.actor), ev.cameo, ev.event_type or "", who(ev.recipient), trigger,
                           ev.location.name if ev.location else "", f"{ev.confidence:.2f}")
        out.print(events)
        claims = Table("claim", "stated", "computed", "verdict", "compared", title="claims checked")
        for c in record.claims:
            computed = f"{c.computed:,g} {c.unit}" if c.computed is not None else "-"
            claims.add_row(c.text, f"{c.stated:,g} {c.unit}", computed, c.verdict,
                           f"{c.compared}. {c.note}".strip(". "))
        out.print(claims)
        if record.explain is not None:
            why = Table("#", "sentence", "why no event", title="sentences without events")
            for miss in record.explain:
                why.add_row(str(miss.sentence), shorten(miss.text), "; ".join(miss.reasons))
            out.print(why)
        quotes = Table("speaker", "country", "cue", "direct", "quote", title="quotes")
        for q in record.quotes:
            s = q.speaker
            quotes.add_row(s.name if s else "?", (s.country or "") if s else "", q.cue or "", "yes" if q.direct else "",
                           shorten(q.text))
        out.print(quotes)

    def close(self) -> None:
        self.out.file.flush()


def who(actor: ActorRef | None) -> str:
    """An actor for a table cell: its code, else its name."""
    return (actor.code or actor.name) if actor else "-"


def shorten(text: str, size: int = SHORT_QUOTE) -> str:
    text = " ".join(text.split())
    return text if len(text) < size else text[: size - 3] + "..."
