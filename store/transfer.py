"""Moving a whole store to another database — an office's SQLite file to a PostgreSQL server when
one machine is outgrown. Rows keep their ids; the target is written in one transaction, so a
failed move leaves it empty."""

import sqlalchemy as sa

from policylink.store.database import writing
from policylink.store.schema import api_keys, documents, edges, extractions, index_queue, users, versions

# every table before those citing it
TABLES = (documents, versions, extractions, edges, index_queue, users, api_keys)
_SERIAL = (versions, edges)  # ids the database numbers: its counter continues after the copied ones
BATCH_ROWS = 500


class TargetNotEmpty(RuntimeError):
    """The target store already holds documents; the message (Vietnamese) says what to do."""


def copy_store(source: sa.Engine, target: sa.Engine) -> dict[str, int]:
    """Copy every row of `source` into the empty, migrated `target`; rows copied per table."""
    counts: dict[str, int] = {}
    with source.connect() as read, writing(target) as write:
        if write.execute(sa.select(sa.func.count()).select_from(documents)).scalar():
            raise TargetNotEmpty(
                "Cơ sở dữ liệu đích đã có văn bản; chỉ chuyển được sang một kho trống. "
                "Hãy tạo một cơ sở dữ liệu mới (vd. `createdb policylink`) rồi chạy lại."
            )
        for table in TABLES:
            counts[table.name] = 0
            result = read.execute(table.select().order_by(*table.primary_key.columns))
            for rows in result.mappings().partitions(BATCH_ROWS):
                write.execute(table.insert(), [dict(row) for row in rows])
                counts[table.name] += len(rows)
        if write.dialect.name == "postgresql":
            for table in _SERIAL:
                write.execute(
                    sa.text(
                        f"SELECT setval(pg_get_serial_sequence('{table.name}', 'id'), "
                        f"COALESCE(MAX(id), 0) + 1, false) FROM {table.name}"
                    )
                )
    return counts
