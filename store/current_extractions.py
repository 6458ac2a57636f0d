"""The stored extraction of every document's current version, read for views across documents."""

from datetime import datetime

import sqlalchemy as sa

from policylink.store.schema import documents, extractions, versions


def current_extraction_stamps(conn: sa.Connection) -> list[tuple[str, int, datetime]]:
    """(document id, version id, extraction time) for each document whose current version has an
    extraction; cheap, so that a caller can reload only what changed (`load_extraction`)."""
    query = (
        sa.select(documents.c.id, versions.c.id, extractions.c.created_at)
        .join(versions, (versions.c.document_id == documents.c.id)
              & (versions.c.number == documents.c.current_version))
        .join(extractions, extractions.c.version_id == versions.c.id)
        .order_by(documents.c.id)
    )
    return [(doc_id, version_id, created) for doc_id, version_id, created in conn.execute(query)]
