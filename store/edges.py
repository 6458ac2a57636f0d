"""Citation-graph edges, grouped by who states them so that re-extraction replaces them cleanly."""

from collections.abc import Iterable, Iterator
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
