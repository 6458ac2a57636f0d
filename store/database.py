"""Opening the store: one engine per database URL, schema brought up to date on first use.

Read with `engine.connect()`; write with `writing(engine)`, which on SQLite takes the write lock
when the transaction begins (`BEGIN IMMEDIATE`). A plain (deferred) transaction that reads first
and writes later cannot wait for another process's write: once that one commits, the reader's
snapshot is stale and SQLite answers "database is locked" at once, whatever the busy timeout.
Taking the lock first makes a second writer wait its turn (up to BUSY_TIMEOUT_S) instead.
"""

import functools
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import sqlalchemy as sa

from policylink.store.migrations import migrate
from policylink.store.schema import store_generation

BUSY_TIMEOUT_S = 30  # how long a SQLite writer waits for another process's write transaction
_WRITE_OPTION = "policylink_writes"


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
        writes = conn.get_execution_options().get(_WRITE_OPTION, False)
        conn.exec_driver_sql("BEGIN IMMEDIATE" if writes else "BEGIN")


@contextmanager
def writing(engine: sa.Engine) -> Iterator[sa.Connection]:
    """A transaction that writes, committed on leaving (rolled back on an exception); on SQLite
    it holds the write lock from its start, so concurrent writers queue instead of failing. It
    moves the store's generation (`generation`) in the same transaction."""
    with engine.connect() as conn:
        conn.execution_options(**{_WRITE_OPTION: True})
        with conn.begin():
            yield conn
            moved = store_generation.update().values(generation=store_generation.c.generation + 1)
            bumped = conn.execute(moved)
            if not bumped.rowcount:  # a database made fresh: migration 1 made the table, no row yet
                conn.execute(store_generation.insert().values(id=1, generation=1))


def generation(conn: sa.Connection) -> int:
    """How many write transactions the store has committed (0 before the first): what was derived
    from the store at one generation is still true while it stays the same."""
    return conn.execute(sa.select(store_generation.c.generation)).scalar() or 0


def create_store_engine(database_url: str) -> sa.Engine:
    """A new engine for `database_url`, with its schema migrated (creates the SQLite file's folder)."""
    url = sa.make_url(database_url)
    if url.get_backend_name() == "sqlite":
        if url.database and url.database != ":memory:":
            Path(url.database).parent.mkdir(parents=True, exist_ok=True)
        engine = sa.create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_S})
        _make_sqlite_transactional(engine)
    else:
        if url.drivername == "postgresql":  # the driver policylink installs (extra `pg`): psycopg 3
            url = url.set(drivername="postgresql+psycopg")
        engine = sa.create_engine(url, pool_pre_ping=True)
    with writing(engine) as conn:
        migrate(conn)
    return engine


@functools.cache
def open_store(database_url: str) -> sa.Engine:
    """The process-wide engine for `database_url` (engines are meant to be long-lived and shared)."""
    return create_store_engine(database_url)
