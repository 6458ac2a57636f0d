"""Citation-graph edges, grouped by who states them so that re-extraction replaces them cleanly."""

from collections.abc import Iterable, Iterator, Sequence
from dataclasses import fields

import sqlalchemy as sa

from policylink.store.records import Edge
from policylink.store.schema import edges


def replace_edges(conn: sa.Connection, stated_by: str, new_edges: Iterable[Edge]) -> int:
    """Make `new_edges` the complete set of edges stated by `stated_by` (a document id whose text
    states them, also for edges nested in its citations, or `registry:NAME`); returns how many."""
    conn.execute(edges.delete().where(edges.c.stated_by == stated_by))
    rows = [{"stated_by": stated_by, **{f.name: getattr(e, f.name) for f in fields(Edge)}} for e in new_edges]
    if rows:
        conn.execute(edges.insert(), rows)
    return len(rows)


def iter_edges(conn: sa.Connection) -> Iterator[Edge]:
    """Every stored edge, in insertion order."""
    columns = [edges.c[f.name] for f in fields(Edge)]
    for row in conn.execute(sa.select(*columns).order_by(edges.c.id)).all():  # one fetch, not one per row
        yield Edge(*row)  # columns selected in field order


def resolved_relations(conn: sa.Connection) -> Sequence[sa.Row]:
    """(source, target, relation, evidence) of every edge whose target is resolved, in insertion
    order: what the graph needs of them, as rows (a load at 100k documents reads ~250k)."""
    query = (
        sa.select(edges.c.source_id, edges.c.target_id, edges.c.relation, edges.c.evidence)
        .where(edges.c.target_id.isnot(None))
        .order_by(edges.c.id)
    )
    return conn.execute(query).all()


def unresolved_edges(conn: sa.Connection) -> list[Edge]:
    """Every edge whose target is not resolved to a stored document, in insertion order."""
    columns = [edges.c[f.name] for f in fields(Edge)]
    query = sa.select(*columns).where(edges.c.target_id.is_(None)).order_by(edges.c.id)
    return [Edge(*row) for row in conn.execute(query)]
