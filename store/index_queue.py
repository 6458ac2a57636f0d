"""The queue of stored documents waiting for the search index (`schema.index_queue`).

Each entry carries the time it was (last) queued: whoever indexes a document takes it off the
queue only if nobody queued it again meanwhile (a newer version stored while the older one was
being indexed stays queued). Functions work inside the caller's transaction.
"""

from dataclasses import dataclass
from datetime import UTC, datetime

import sqlalchemy as sa
from sqlalchemy.dialects import postgresql, sqlite

from policylink.store.schema import index_queue

_DIALECT_INSERT = {"sqlite": sqlite.insert, "postgresql": postgresql.insert}  # both have ON CONFLICT


@dataclass(frozen=True)
class QueueEntry:
    document_id: str
    queued_at: datetime


def enqueue(conn: sa.Connection, document_id: str) -> QueueEntry:
    """Queue `document_id` (again): one entry per document, stamped now."""
    entry = QueueEntry(document_id, datetime.now(UTC))
    # one statement, so two writers queueing the same document at once cannot both insert it
    insert = _DIALECT_INSERT[conn.dialect.name](index_queue).values(
        document_id=document_id, queued_at=entry.queued_at
    )
    upsert = insert.on_conflict_do_update(index_elements=["document_id"], set_={"queued_at": entry.queued_at})
    conn.execute(upsert)
    return entry


def dequeue(conn: sa.Connection, entry: QueueEntry) -> None:
    """Take `entry` off the queue, unless the document was queued again since."""
    conn.execute(
        index_queue.delete().where(
            index_queue.c.document_id == entry.document_id, index_queue.c.queued_at == entry.queued_at
        )
    )


def waiting(conn: sa.Connection) -> list[QueueEntry]:
    """The entries, oldest first."""
    rows = conn.execute(
        sa.select(index_queue.c.document_id, index_queue.c.queued_at).order_by(
            index_queue.c.queued_at, index_queue.c.document_id
        )
    )
    return [QueueEntry(row.document_id, row.queued_at) for row in rows]
