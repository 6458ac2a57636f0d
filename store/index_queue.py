"""The queue of stored documents waiting for the search index (`schema.index_queue`).

Each entry carries the time it was (last) queued: whoever indexes a document takes it off the
queue only if nobody queued it again meanwhile (a newer version stored while the older one was
being indexed stays queued). A failed attempt is recorded on the entry (count, error, time) and
the entry stays for a later try; queueing the document again starts its count afresh. Functions
work inside the caller's transaction.
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
    attempts: int = 0  # failed indexing attempts since it was queued
    error: str | None = None  # the last attempt's error
    tried_at: datetime | None = None  # when the last attempt failed


def enqueue(conn: sa.Connection, document_id: str) -> QueueEntry:
    """Queue `document_id` (again): one entry per document, stamped now."""
    entry = QueueEntry(document_id, datetime.now(UTC))
    # one statement, so two writers queueing the same document at once cannot both insert it
    insert = _DIALECT_INSERT[conn.dialect.name](index_queue).values(
        document_id=document_id, queued_at=entry.queued_at
    )
    again = {"queued_at": entry.queued_at, "attempts": 0, "error": None, "tried_at": None}
    upsert = insert.on_conflict_do_update(index_elements=["document_id"], set_=again)
    conn.execute(upsert)
    return entry


def _same_entry(entry: QueueEntry) -> sa.ColumnElement[bool]:
    return sa.and_(index_queue.c.document_id == entry.document_id, index_queue.c.queued_at == entry.queued_at)


def dequeue(conn: sa.Connection, entry: QueueEntry) -> None:
    """Take `entry` off the queue, unless the document was queued again since."""
    conn.execute(index_queue.delete().where(_same_entry(entry)))


def record_failure(conn: sa.Connection, entry: QueueEntry, error: str) -> None:
    """Note a failed attempt on `entry` (unless the document was queued again since); it stays queued."""
    conn.execute(
        index_queue.update()
        .where(_same_entry(entry))
        .values(attempts=index_queue.c.attempts + 1, error=error, tried_at=datetime.now(UTC))
    )


def waiting(conn: sa.Connection, limit: int | None = None) -> list[QueueEntry]:
    """The entries (the first `limit`), oldest first."""
    c = index_queue.c
    query = sa.select(c.document_id, c.queued_at, c.attempts, c.error, c.tried_at).order_by(
        c.queued_at, c.document_id
    )
    rows = conn.execute(query.limit(limit) if limit is not None else query)
    return [QueueEntry(r.document_id, r.queued_at, r.attempts, r.error, r.tried_at) for r in rows]


def queue_length(conn: sa.Connection) -> int:
    return conn.execute(sa.select(sa.func.count()).select_from(index_queue)).scalar_one()
