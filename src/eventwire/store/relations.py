"""Relations in a corpus: how two actors treat each other over time (dyads) and who acts on whom (the network)."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING

import duckdb

from eventwire.errors import error
from eventwire.store.sql import DATED_EVENTS, EVENTS, as_date, records, require

if TYPE_CHECKING:  # networkx (0.2 s) is imported by the functions that build graphs
    import networkx as nx

PERIODS = ("day", "week", "month", "year")
QUADS = ("verbal_cooperation", "material_cooperation", "verbal_conflict", "material_conflict")  # quad classes 1-4


def side(prefix: str) -> str:
    """SQL that is true when an actor spec (its parameters: side_params) names one side of an event: its country
    (RUS), its CAMEO code (RUSGOV, or a code it starts with) or its name (case-insensitive)."""
    return (f"({prefix}_country = ? OR {prefix}_code = ? OR "
            f"starts_with({prefix}_code, ?) AND ? OR upper({prefix}_name) = ?)")


def side_params(actor: str) -> list[object]:
    """The parameters of side() for an actor spec, upper-cased here so DuckDB compares plain values."""
    spec = actor.upper()
    return [spec, spec, spec, len(spec) >= 3, spec]


PAIR = f"({side('source')} AND {side('target')})"  # an event from one actor spec to another (pair_params)


def pair_params(a: str, b: str) -> list[object]:
    """The parameters of `side('source') AND side('target')` for a as source and b as target."""
    return side_params(a) + side_params(b)


def dyad(con: duckdb.DuckDBPyConnection, a: str, b: str, by: str = "month") -> list[dict[str, object]]:
    """For each period and each direction (a->b, b->a): events, counts per quad class and PLOVER type, summed and
    mean Goldstein, and the number of articles. Events are dated by their day, else their article's publication."""
    if by not in PERIODS:
        raise error("E032", what="period", value=by, choices=", ".join(PERIODS))
    require(con, "dyad_days", "dyad summary", "a dyad")
    # read from the dyad summary (schema.index_dyads: events per day, actor columns, PLOVER type and quad class),
    # which the pair condition picks from as it would from the events; summed per PLOVER type, then per period
    quads = ", ".join(f"sum(events) FILTER (quad_class = {q}) AS q{q}" for q in range(1, 5))
    counts = ", ".join(f"coalesce(sum(q{q}), 0)::INTEGER AS {name}" for q, name in enumerate(QUADS, 1))
    sql = f"""
        WITH typed AS (
            SELECT date_trunc('{by}', e.dated)::DATE AS period, coalesce({PAIR}, false) AS forward, e.event_type,
                   sum(e.events)::BIGINT AS n, {quads}, sum(e.goldstein_sum) AS gs, sum(e.goldstein_n) AS gn,
                   flatten(list(e.docs)) AS docs
            FROM dyad_days e
            WHERE ({PAIR} OR {PAIR})
            GROUP BY ALL)
        SELECT period, CASE WHEN forward THEN ? ELSE ? END AS direction, sum(n)::INTEGER AS events, {counts},
               round(sum(gs), 2) AS goldstein_sum, round(sum(gs) / nullif(sum(gn), 0), 2) AS goldstein_mean,
               map_from_entries(list((event_type, n)) FILTER (event_type IS NOT NULL)) AS plover,
               len(list_distinct(flatten(list(docs))))::INTEGER AS articles
        FROM typed GROUP BY period, forward ORDER BY period, direction"""
    ab, ba = pair_params(a, b), pair_params(b, a)
    found = records(con, sql, [*ab, *ab, *ba, f"{a}->{b}", f"{b}->{a}"])
    for row in found:
        row["plover"] = dict(row["plover"] or {})
    return found


def network(con: duckdb.DuckDBPyConnection, start: str | dt.date | None = None, end: str | dt.date | None = None,
            types: Sequence[str] | None = None) -> nx.DiGraph:
    """Actors as nodes (CAMEO code, else country, else name), events as weighted edges from source to target: the
    number of events, their mean Goldstein and counts per quad class; optionally within dates and PLOVER types."""
    actor = "coalesce({p}_code, {p}_country, {p}_name)"
    clauses, params = [f"{actor.format(p='source')} IS NOT NULL", f"{actor.format(p='target')} IS NOT NULL"], []
    day = "e.dated"
    if start:
        clauses.append(f"{day} >= ?")
        params.append(as_date(start))
    if end:
        clauses.append(f"{day} <= ?")
        params.append(as_date(end))
    if types:
        clauses.append("list_contains(?, e.event_type)")
        params.append([t.upper() for t in types])
    edges = records(con, f"""
        SELECT {actor.format(p='source')} AS source, {actor.format(p='target')} AS target,
               count(*)::INTEGER AS weight, round(avg(goldstein), 2) AS goldstein_mean,
               count(*) FILTER (quad_class = 1)::INTEGER AS quad1, count(*) FILTER (quad_class = 2)::INTEGER AS quad2,
               count(*) FILTER (quad_class = 3)::INTEGER AS quad3, count(*) FILTER (quad_class = 4)::INTEGER AS quad4
        FROM {DATED_EVENTS if start or end else EVENTS}
        WHERE {' AND '.join(clauses)} GROUP BY ALL ORDER BY weight DESC""", params)
    import networkx as nx

    graph = nx.DiGraph()
    for edge in edges:
        source, target = edge.pop("source"), edge.pop("target")
        if edge["goldstein_mean"] is None:
            edge["goldstein_mean"] = 0.0
        graph.add_edge(source, target, **edge)
    for node in graph.nodes:
        graph.nodes[node]["events"] = graph.out_degree(node, weight="weight") + graph.in_degree(node, weight="weight")
    return graph
