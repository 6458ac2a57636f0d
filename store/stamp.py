"""A cheap stamp of what the citation graph is read from, so that a reader may keep its graph
until another process (or thread) changes the store.

The store changes in few ways: a document row is inserted or deleted (also when twins are
folded), a known fact only ever fills an empty column (`merge_facts`), a text overwrites facts
only while adding a version row, a deletion removes versions and clears `ingested`, and a
statement's edges are deleted and inserted again with new row ids (`replace_edges`). Counts of
rows and of filled columns, the newest version id and the sums of edge ids therefore change with
every write. The one change they miss is edges deleted and written again under the very same ids
with other content in a transaction that changes nothing else, which no writer does today.
"""

import sqlalchemy as sa

from policylink.store.schema import documents, edges, versions

_FILLED = ("key", "doc_type", "number", "issuer", "jurisdiction", "issue_date", "title")


def store_stamp(conn: sa.Connection) -> tuple:
    """Counts and sums over documents, versions and edges (one aggregate query each; a few
    milliseconds at 100,000 documents)."""
    document_row = conn.execute(
        sa.select(
            sa.func.count(),
            *(sa.func.count(documents.c[name]) for name in _FILLED),
            sa.func.sum(sa.case((documents.c.ingested, 1), else_=0)),
            sa.func.sum(documents.c.current_version),
        )
    ).one()
    version_row = conn.execute(sa.select(sa.func.count(), sa.func.max(versions.c.id))).one()
    ids, targets = edges.c.id, edges.c.target_id
    edge_row = conn.execute(
        sa.select(sa.func.count(), sa.func.max(ids), sa.func.sum(ids), sa.func.count(targets))
    ).one()
    return (*document_row, *version_row, *edge_row)
