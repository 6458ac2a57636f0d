"""Contract v1 extraction results, one per stored version."""

from datetime import UTC, datetime

import sqlalchemy as sa

from policylink.store.schema import extractions


def save_extraction(conn: sa.Connection, version_id: int, data: dict) -> None:
    """Store (or replace) the extraction of one version (`SaveResult.version_id`)."""
    conn.execute(extractions.delete().where(extractions.c.version_id == version_id))
    conn.execute(extractions.insert().values(version_id=version_id, data=data, created_at=datetime.now(UTC)))


def load_extraction(conn: sa.Connection, version_id: int) -> dict | None:
    """The stored extraction of a version, None when it has not been extracted."""
    query = sa.select(extractions.c.data).where(extractions.c.version_id == version_id)
    return conn.execute(query).scalar()
