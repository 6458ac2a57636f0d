"""Schema creation and versioning; portability of the table definitions to PostgreSQL."""

import pytest
import sqlalchemy as sa
from sqlalchemy.dialects import postgresql
from store_fixtures import engine_at

from policylink.store.database import create_store_engine
from policylink.store.index_queue import waiting
from policylink.store.migrations import MIGRATIONS, Migration, SchemaTooNewError, current_version, migrate
from policylink.store.schema import metadata, schema_version

LATEST = MIGRATIONS[-1].version


def _recorded_versions(engine: sa.Engine) -> list[int]:
    with engine.connect() as conn:
        return list(
            conn.execute(sa.select(schema_version.c.version).order_by(schema_version.c.version)).scalars()
        )


def test_first_use_creates_the_tables_and_records_the_schema_version(tmp_path):
    engine = create_store_engine(f"sqlite:///{tmp_path / 'nested' / 'folder' / 'store.db'}")
    assert (tmp_path / "nested" / "folder" / "store.db").is_file()
    assert set(sa.inspect(engine).get_table_names()) == {
        "schema_version",
        "documents",
        "versions",
        "extractions",
        "edges",
        "index_queue",
        "users",
        "api_keys",
        "store_generation",
    }
    assert _recorded_versions(engine) == [m.version for m in MIGRATIONS]
    engine.dispose()
    reopened = engine_at(tmp_path / "nested" / "folder")
    assert _recorded_versions(reopened) == [m.version for m in MIGRATIONS]  # nothing re-applied


def test_a_version_1_database_gets_the_index_queue_and_the_accounts(tmp_path):
    engine = engine_at(tmp_path)
    with engine.begin() as conn:  # as policylink left it before migration 2
        for table in ("index_queue", "users", "api_keys"):
            conn.exec_driver_sql(f"DROP TABLE {table}")
        conn.execute(schema_version.delete().where(schema_version.c.version > 1))
    engine.dispose()
    upgraded = engine_at(tmp_path)
    assert {"index_queue", "users", "api_keys"} <= set(sa.inspect(upgraded).get_table_names())
    assert _recorded_versions(upgraded) == [m.version for m in MIGRATIONS]


def test_a_version_2_database_gets_the_accounts_and_keeps_its_documents(tmp_path):
    engine = engine_at(tmp_path)
    with engine.begin() as conn:  # as policylink left it before migration 3
        conn.exec_driver_sql("DROP TABLE users")
        conn.exec_driver_sql("DROP TABLE api_keys")
        conn.execute(schema_version.delete().where(schema_version.c.version > 2))
        conn.exec_driver_sql("INSERT INTO index_queue (document_id, queued_at) VALUES ('tw/1-CT/TW/2020', "
                             "CURRENT_TIMESTAMP)")
    engine.dispose()
    upgraded = engine_at(tmp_path)
    assert {"users", "api_keys"} <= set(sa.inspect(upgraded).get_table_names())
    with upgraded.connect() as conn:
        queued = conn.exec_driver_sql("SELECT document_id FROM index_queue").scalars().all()
    assert queued == ["tw/1-CT/TW/2020"]
    assert _recorded_versions(upgraded) == [m.version for m in MIGRATIONS]


def test_a_version_2_database_gets_the_queue_failure_columns_and_keeps_its_entries(tmp_path):
    engine = engine_at(tmp_path)
    with engine.begin() as conn:  # the queue as migration 2 made it, one document waiting
        for table in ("index_queue", "users", "api_keys"):
            conn.exec_driver_sql(f"DROP TABLE {table}")
        conn.exec_driver_sql("CREATE TABLE index_queue (document_id VARCHAR(300) PRIMARY KEY, "
                             "queued_at TIMESTAMP WITH TIME ZONE NOT NULL)")
        conn.exec_driver_sql("INSERT INTO index_queue VALUES ('a', '2025-01-01 00:00:00')")
        conn.execute(schema_version.delete().where(schema_version.c.version > 2))
    engine.dispose()
    upgraded = engine_at(tmp_path)
    with upgraded.connect() as conn:
        [entry] = waiting(conn)
    assert (entry.document_id, entry.attempts, entry.error, entry.tried_at) == ("a", 0, None, None)
    assert _recorded_versions(upgraded) == [m.version for m in MIGRATIONS]


def _add_labels_table(conn: sa.Connection) -> None:
    conn.exec_driver_sql("CREATE TABLE labels (id INTEGER PRIMARY KEY, name TEXT)")


def _half_then_fail(conn: sa.Connection) -> None:
    conn.exec_driver_sql("CREATE TABLE half_done (id INTEGER PRIMARY KEY)")
    raise RuntimeError("migration 3 failed midway")


def test_later_migrations_are_applied_in_order_to_an_existing_database(tmp_path):
    engine = engine_at(tmp_path)
    upgraded = (*MIGRATIONS, Migration(LATEST + 1, "labels", _add_labels_table))
    with engine.begin() as conn:
        assert migrate(conn, upgraded) == LATEST + 1
    assert "labels" in sa.inspect(engine).get_table_names()
    assert _recorded_versions(engine)[-1] == LATEST + 1


def test_a_failing_migration_leaves_the_database_at_its_previous_version(tmp_path):
    engine = engine_at(tmp_path)
    failing = (*MIGRATIONS, Migration(LATEST + 1, "half done", _half_then_fail))
    with pytest.raises(RuntimeError, match="midway"), engine.begin() as conn:
        migrate(conn, failing)
    assert "half_done" not in sa.inspect(engine).get_table_names()
    with engine.connect() as conn:
        assert current_version(conn) == LATEST


def test_a_database_from_a_newer_program_is_refused_with_advice(tmp_path):
    engine = engine_at(tmp_path)
    with engine.begin() as conn:
        conn.execute(
            schema_version.insert().values(version=LATEST + 5, description="future", applied_at=sa.func.now())
        )
    engine.dispose()
    with pytest.raises(SchemaTooNewError, match="POLICYLINK_DATA_DIR"):
        engine_at(tmp_path)


@pytest.mark.parametrize("table", sorted(metadata.tables))
def test_tables_compile_for_postgresql(table):
    ddl = str(sa.schema.CreateTable(metadata.tables[table]).compile(dialect=postgresql.dialect()))
    assert f"CREATE TABLE {table}" in ddl
    assert "AUTOINCREMENT" not in ddl  # SQLite-only keyword
