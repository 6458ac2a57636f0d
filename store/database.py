"""Opening the store: one engine per database URL, schema brought up to date on first use."""

import functools
from pathlib import Path

import sqlalchemy as sa

from policylink.store.migrations import migrate


def _make_sqlite_transactional(engine: sa.Engine) -> None:
    """Let SQLAlchemy, not the sqlite3 module, emit BEGIN, so DDL and reads are inside transactions.

    Python's sqlite3 only opens a transaction before data-changing statements; without this a
    migration's CREATE TABLE would commit on its own.
    """

    @sa.event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys = ON")
        cursor.execute("PRAGMA journal_mode = WAL")
        cursor.close()

    @sa.event.listens_for(engine, "begin")
    def _on_begin(conn: sa.Connection) -> None:
        conn.exec_driver_sql("BEGIN")


def create_store_engine(database_url: str) -> sa.Engine:
    """A new engine for `database_url`, with its schema migrated (creates the SQLite file's folder)."""
    url = sa.make_url(database_url)
    if url.get_backend_name() == "sqlite":
        if url.database and url.database != ":memory:":
            Path(url.database).parent.mkdir(parents=True, exist_ok=True)
        engine = sa.create_engine(url, connect_args={"timeout": 30})
        _make_sqlite_transactional(engine)
    else:
        if url.drivername == "postgresql":  # the driver policylink installs (extra `pg`): psycopg 3
            url = url.set(drivername="postgresql+psycopg")
        engine = sa.create_engine(url, pool_pre_ping=True)
    with engine.begin() as conn:
        migrate(conn)
    return engine


@functools.cache
def open_store(database_url: str) -> sa.Engine:
    """The process-wide engine for `database_url` (engines are meant to be long-lived and shared)."""
    return create_store_engine(database_url)
