"""Schema versioning: a `schema_version` table and an ordered list of migrations.

Migration 1 creates the tables from `schema.py` as they stand. A later schema change edits
`schema.py` *and* appends a migration that alters databases made before it. A fresh database
therefore only runs migration 1 and records every later version as satisfied, since the tables
it creates already have the change. All of it runs in the caller's transaction: a failing
migration leaves the database at its previous version.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

import sqlalchemy as sa

from policylink.store.schema import api_keys, index_queue, metadata, schema_version, store_generation, users


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    apply: Callable[[sa.Connection], None]


class SchemaTooNewError(RuntimeError):
    """The database was written by a newer policylink than the one running."""


def _create_tables(conn: sa.Connection) -> None:
    metadata.create_all(conn)


def _create_index_queue(conn: sa.Connection) -> None:
    index_queue.create(conn)


def _create_accounts(conn: sa.Connection) -> None:
    users.create(conn)
    api_keys.create(conn)


def _add_index_queue_failures(conn: sa.Connection) -> None:
    # a database at version 1 got the queue from migration 2 as `schema.py` has it now: columns and all
    present = {column["name"] for column in sa.inspect(conn).get_columns("index_queue")}
    for name, kind in (("attempts", "INTEGER NOT NULL DEFAULT 0"), ("error", "TEXT"),
                       ("tried_at", "TIMESTAMP WITH TIME ZONE")):
        if name not in present:
            conn.exec_driver_sql(f"ALTER TABLE index_queue ADD COLUMN {name} {kind}")


def _create_store_generation(conn: sa.Connection) -> None:
    store_generation.create(conn, checkfirst=True)  # a version-1 database made it in migration 1


MIGRATIONS: tuple[Migration, ...] = (
    Migration(1, "documents, versions, extractions, edges", _create_tables),
    Migration(2, "index queue: stored documents waiting for the search index", _create_index_queue),
    Migration(3, "users and API keys: who may write", _create_accounts),
    Migration(4, "index queue: failed attempts and the last error", _add_index_queue_failures),
    Migration(5, "store generation: write transactions committed", _create_store_generation),
)


def current_version(conn: sa.Connection) -> int:
    """The highest version recorded, 0 for an empty database."""
    schema_version.create(conn, checkfirst=True)
    return conn.execute(sa.select(sa.func.max(schema_version.c.version))).scalar() or 0


def migrate(conn: sa.Connection, migrations: Sequence[Migration] = MIGRATIONS) -> int:
    """Bring the database to the last of `migrations`; returns the version it is now at."""
    latest = migrations[-1].version
    found = current_version(conn)
    if found > latest:
        raise SchemaTooNewError(
            f"Cơ sở dữ liệu ở phiên bản lược đồ {found}, mới hơn phiên bản {latest} mà chương trình này "
            "hiểu. Hãy cập nhật policylink hoặc dùng thư mục dữ liệu khác (POLICYLINK_DATA_DIR)."
        )
    if found == 0:
        to_apply, to_record = migrations[:1], migrations
    else:
        to_apply = to_record = [m for m in migrations if m.version > found]
    for migration in to_apply:
        migration.apply(conn)
    now = datetime.now(UTC)
    for migration in to_record:
        conn.execute(
            schema_version.insert().values(
                version=migration.version, description=migration.description, applied_at=now
            )
        )
    return latest
