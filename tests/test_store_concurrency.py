"""Two writers at once on one store (two threads, two connections): the index queue keeps one
entry per document and nobody fails; run on SQLite and on PostgreSQL (see conftest).

Storing two documents at once is tested on PostgreSQL only: SQLite in WAL mode lets one writer
in at a time, and a transaction that read before a concurrent commit fails ("database is
locked") instead of waiting — the CLI and the server each write from one thread."""

import threading
from collections.abc import Callable
from pathlib import Path

from postgres_fixtures import database_url
from store_fixtures import engine_at, make_document, table_counts

from policylink.store.database import create_store_engine
from policylink.store.documents import save_ingested
from policylink.store.index_queue import enqueue, waiting

ROUNDS = 40


def _together(*works) -> list[BaseException]:
    """Run each work in its own thread, started together; the exceptions they raised."""
    start, failures = threading.Barrier(len(works)), []

    def run(work) -> None:
        start.wait()
        try:
            work()
        except BaseException as exc:  # noqa: BLE001 - collected and asserted on
            failures.append(exc)

    threads = [threading.Thread(target=run, args=(work,)) for work in works]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return failures


def test_two_writers_queueing_the_same_documents_leave_one_entry_each(tmp_path: Path):
    engine = engine_at(tmp_path)

    def writer() -> None:
        for n in range(ROUNDS):
            with engine.begin() as conn:
                enqueue(conn, f"doc-{n % 3}")

    assert _together(writer, writer) == []
    with engine.connect() as conn:
        assert sorted(e.document_id for e in waiting(conn)) == ["doc-0", "doc-1", "doc-2"]


def test_two_writers_storing_different_documents_both_land_on_postgresql(tmp_path: Path, postgres_cluster):
    engine = create_store_engine(database_url(postgres_cluster.server_url, tmp_path))

    def writer(first: int) -> Callable[[], None]:
        def work() -> None:
            for n in range(first, first + 10):
                with engine.begin() as conn:
                    saved = save_ingested(conn, make_document(f"Văn bản số {n}.", key=f"{n}-CT/TU"))
                    enqueue(conn, saved.document_id)

        return work

    assert _together(writer(1), writer(11)) == []
    assert table_counts(engine) == {"documents": 20, "versions": 20, "extractions": 0, "edges": 0}
    with engine.connect() as conn:
        assert len(waiting(conn)) == 20
