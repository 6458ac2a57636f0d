"""Removing a document's text from the store (`policylink delete`).

A document ingested by mistake goes back to what the store knew before its file: its versions,
extractions and the edges it stated go; the document itself stays as a node known only by
citation or registry when something still refers to it, and goes otherwise. Documents that were
known only because it cited them, and that nothing else refers to, go too. Works inside the
caller's transaction.
"""

import sqlalchemy as sa

from policylink.store.documents import get_document
from policylink.store.schema import documents, edges, extractions, versions


class NotStoredError(LookupError):
    """No full text is stored under that id: the message says what to do."""


def _referenced(conn: sa.Connection, doc_id: str) -> bool:
    query = sa.select(edges.c.id).where(sa.or_(edges.c.target_id == doc_id, edges.c.source_id == doc_id))
    return conn.execute(query.limit(1)).first() is not None


def _drop_unreferenced_citations(conn: sa.Connection) -> None:
    """Delete citation-only documents no edge mentions any more."""
    mentioned = sa.union(
        sa.select(edges.c.source_id), sa.select(edges.c.target_id).where(edges.c.target_id.is_not(None))
    )
    orphans = sa.select(documents.c.id).where(
        documents.c.origin == "citation", documents.c.ingested.is_(False), documents.c.id.not_in(mentioned)
    )
    conn.execute(documents.delete().where(documents.c.id.in_(orphans)))


def remove_document_text(conn: sa.Connection, doc_id: str) -> str:
    """Remove the stored text of `doc_id`; returns 'deleted' (the document is gone) or
    'reference' (it stays, known by citation or registry). Raises NotStoredError."""
    record = get_document(conn, doc_id)
    if record is None or not record.ingested:
        raise NotStoredError(
            f"Không có toàn văn nào trong kho với mã '{doc_id}'. Xem mã các văn bản bằng `policylink list`."
        )
    version_ids = sa.select(versions.c.id).where(versions.c.document_id == doc_id)
    conn.execute(extractions.delete().where(extractions.c.version_id.in_(version_ids)))
    conn.execute(versions.delete().where(versions.c.document_id == doc_id))
    conn.execute(edges.delete().where(edges.c.stated_by == doc_id))
    if record.origin != "file" or _referenced(conn, doc_id):
        origin = record.origin if record.origin != "file" else "citation"
        conn.execute(
            documents.update()
            .where(documents.c.id == doc_id)
            .values(ingested=False, current_version=None, origin=origin)
        )
        status = "reference"
    else:
        conn.execute(documents.delete().where(documents.c.id == doc_id))
        status = "deleted"
    _drop_unreferenced_citations(conn)
    return status
