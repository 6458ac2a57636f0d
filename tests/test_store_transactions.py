"""One ingest is one transaction: an exception or a killed process leaves no half document."""

import os
import signal
import subprocess
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa
from store_fixtures import engine_at, make_document, store_is_sound, table_counts

from policylink.store.documents import save_ingested
from policylink.store.edges import replace_edges
from policylink.store.records import Edge

REPO = Path(__file__).resolve().parents[1]

# Saves one document in a transaction, says so, then either commits or waits to be killed.
_CHILD = """
import sys, time
sys.path[:0] = [{repo!r}, {tests!r}]
from policylink.store.documents import save_ingested
from store_fixtures import engine_at, make_document
from pathlib import Path
engine = engine_at(Path({folder!r}))
with engine.begin() as conn:
    save_ingested(conn, make_document("Văn bản đang nạp dở."))
    if {commit!r}:
        conn.commit()
    print("saved", flush=True)
    time.sleep(120)
"""


def test_exception_inside_the_transaction_leaves_nothing(tmp_path):
    engine = engine_at(tmp_path)
    with pytest.raises(RuntimeError, match="giữa chừng"), engine.begin() as conn:
        saved = save_ingested(conn, make_document("Văn bản lỗi giữa chừng."))
        assert conn.execute(sa.text("SELECT COUNT(*) FROM versions")).scalar() == 1  # inserted, not committed
        replace_edges(conn, saved.document_id, [Edge(saved.document_id, "55-KL/TU", "cites")])
        raise RuntimeError("hỏng giữa chừng")
    assert table_counts(engine) == {"documents": 0, "versions": 0, "extractions": 0, "edges": 0}
    with engine.begin() as conn:
        assert save_ingested(conn, make_document("Văn bản lỗi giữa chừng.")).status == "new"


def _kill_child_after_save(folder: Path, commit: bool) -> None:
    engine_at(folder).dispose()  # schema created up front, so the child only writes the document
    code = _CHILD.format(repo=str(REPO), tests=str(REPO / "tests"), folder=str(folder), commit=commit)
    child = subprocess.Popen([sys.executable, "-c", code], stdout=subprocess.PIPE, text=True)
    try:
        assert child.stdout.readline().strip() == "saved"
        os.kill(child.pid, signal.SIGKILL)
    finally:
        child.wait(timeout=30)
    assert child.returncode == -signal.SIGKILL


def test_process_killed_mid_ingest_leaves_a_consistent_store(tmp_path):
    _kill_child_after_save(tmp_path, commit=False)
    engine = engine_at(tmp_path)
    assert store_is_sound(engine)
    assert table_counts(engine) == {"documents": 0, "versions": 0, "extractions": 0, "edges": 0}
    with engine.begin() as conn:
        assert save_ingested(conn, make_document("Văn bản đang nạp dở.")).status == "new"


def test_process_killed_after_commit_keeps_the_document(tmp_path):
    _kill_child_after_save(tmp_path, commit=True)
    engine = engine_at(tmp_path)
    assert table_counts(engine)["documents"] == 1
    with engine.begin() as conn:
        assert save_ingested(conn, make_document("Văn bản đang nạp dở.")).status == "unchanged"
