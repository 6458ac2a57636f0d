"""Two writers at once on one store — two threads, or two processes as a `policylink ingest`
beside a running server — both land, and the index queue keeps one entry per document; run on
SQLite and on PostgreSQL (see conftest). On SQLite a write transaction takes the write lock when
it begins (`store.database.writing`), so the second writer waits instead of failing with
"database is locked"."""

import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path

from store_fixtures import engine_at, make_document, store_url, table_counts

from policylink.store.database import writing
from policylink.store.documents import save_ingested
from policylink.store.index_queue import enqueue, waiting

ROUNDS = 40
TESTS = Path(__file__).resolve().parent
PER_PROCESS = 80
# A process storing PER_PROCESS documents numbered from `first` once the file `go` exists (so both
# start together), each in its own write transaction that reads (the document's identity, its
# versions) before it writes, as an ingest does.
_WRITER = """
import sys, time
from pathlib import Path
sys.path.insert(0, {tests!r})
from store_fixtures import make_document
from policylink.store.database import create_store_engine, writing
from policylink.store.documents import save_ingested
from policylink.store.index_queue import enqueue

engine = create_store_engine({url!r})
while not Path({go!r}).exists():
    time.sleep(0.01)
for n in range({first}, {first} + {count}):
    with writing(engine) as conn:
        saved = save_ingested(conn, make_document(f"Văn bản số {{n}}.", key=f"{{n}}-CT/TU"))
        enqueue(conn, saved.document_id)
"""


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
            with writing(engine) as conn:
                enqueue(conn, f"doc-{n % 3}")

    assert _together(writer, writer) == []
    with engine.connect() as conn:
        assert sorted(e.document_id for e in waiting(conn)) == ["doc-0", "doc-1", "doc-2"]


def test_two_writers_storing_different_documents_both_land(tmp_path: Path):
    engine = engine_at(tmp_path)

    def writer(first: int) -> Callable[[], None]:
        def work() -> None:
            for n in range(first, first + 10):
                with writing(engine) as conn:
                    saved = save_ingested(conn, make_document(f"Văn bản số {n}.", key=f"{n}-CT/TU"))
                    enqueue(conn, saved.document_id)

        return work

    assert _together(writer(1), writer(11)) == []
    assert table_counts(engine) == {"documents": 20, "versions": 20, "extractions": 0, "edges": 0}
    with engine.connect() as conn:
        assert len(waiting(conn)) == 20


def test_two_processes_storing_documents_at_once_both_land(tmp_path: Path):
    url, go = store_url(tmp_path), tmp_path / "go"
    engine_at(tmp_path)  # the schema, made once before the writers start
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", _WRITER.format(tests=str(TESTS), url=url, go=str(go), first=first,
                                                  count=PER_PROCESS)],
            stderr=subprocess.PIPE,
            text=True,
        )
        for first in (1, 1 + PER_PROCESS)
    ]
    time.sleep(1)  # both import and open the store; neither writes before `go`
    go.touch()
    errors = [writer.communicate(timeout=300)[1] for writer in writers]
    assert [writer.returncode for writer in writers] == [0, 0], errors
    engine, total = engine_at(tmp_path), 2 * PER_PROCESS
    assert table_counts(engine) == {"documents": total, "versions": total, "extractions": 0, "edges": 0}
    with engine.connect() as conn:
        assert len(waiting(conn)) == total
