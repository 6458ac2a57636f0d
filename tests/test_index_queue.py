"""Documents stored while another process holds the search index are queued, not lost: the
holder (a running `policylink serve`) indexes them; commands that need the index say why not."""

import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner
from store_fixtures import engine_at, make_document
from web_fixtures import DIRECTIVE, corpus_data_dir, hold_index, policylink, serve, settings_for

from policylink.api import index_status, service
from policylink.api.cli import main
from policylink.api.index_queue_worker import IndexQueueWorker
from policylink.ingest.pipeline import ingest_file
from policylink.search.index import IndexBusyError
from policylink.store.database import open_store, writing
from policylink.store.documents import save_ingested
from policylink.store.index_queue import dequeue, enqueue, record_failure, waiting
from policylink.store.schema import documents

SEARCH_WAIT_SECONDS = 120


def _directive(tmp_path: Path) -> Path:
    path = tmp_path / "chi-thi-21-thai-nguyen.txt"
    path.write_text(DIRECTIVE, encoding="utf-8")
    return path


def test_a_document_queued_again_meanwhile_stays_queued(tmp_path: Path) -> None:
    engine = engine_at(tmp_path)
    with engine.begin() as conn:
        conn.execute(documents.insert().values(id="a", origin="file", ingested=True))
        first = enqueue(conn, "a")
    time.sleep(0.01)
    with engine.begin() as conn:
        second = enqueue(conn, "a")  # a newer version stored while the first was being indexed
        dequeue(conn, first)
        assert [e.document_id for e in waiting(conn)] == ["a"]
        dequeue(conn, second)
        assert waiting(conn) == []


def test_a_failed_attempt_is_kept_on_the_entry_until_it_is_queued_again(tmp_path: Path) -> None:
    engine = engine_at(tmp_path)
    with engine.begin() as conn:
        entry = enqueue(conn, "a")
        record_failure(conn, entry, "TypeError: hỏng")
        [failed] = waiting(conn)
        assert (failed.attempts, failed.error) == (1, "TypeError: hỏng") and failed.tried_at is not None
        enqueue(conn, "a")  # a new version: its indexing starts afresh
        [again] = waiting(conn)
        assert (again.attempts, again.error, again.tried_at) == (0, None, None)


def test_status_says_why_each_queued_document_waits(tmp_path: Path) -> None:
    """As the server's status API sees it: a document never tried waits for the server; one whose
    indexing failed shows the error and when it is tried again."""
    settings = settings_for(tmp_path / "data")
    with writing(open_store(settings.database_url)) as conn:
        enqueue(conn, "cho-may-chu")
        broken = enqueue(conn, "hong")
        record_failure(conn, broken, "TypeError: phiên bản chưa có kết quả trích xuất")
    try:
        engine, worker = service.search_engine(settings), IndexQueueWorker(settings)  # worker not started
        state = index_status.index_state(settings, engine, worker)
    finally:
        service.close_search_engine(settings)
    assert state.holder == index_status.SERVER and state.queued == 2
    reasons = {w.document_id: w.reason for w in state.waiting}
    assert reasons["cho-may-chu"].startswith("chờ máy chủ lập chỉ mục")
    assert reasons["hong"].startswith("lập chỉ mục lỗi (1 lần): TypeError: phiên bản chưa có kết quả")
    assert "sẽ thử lại" in reasons["hong"]


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return corpus_data_dir(tmp_path_factory)


def test_ingest_while_the_index_is_held_stores_queues_and_is_indexed_later(
    data_dir: Path, tmp_path: Path
) -> None:
    settings = settings_for(data_dir)
    holder = hold_index(data_dir)
    try:
        with pytest.raises(IndexBusyError, match="policylink serve"):
            service.search_engine(settings)
        [outcome] = service.ingest_paths([_directive(tmp_path)], settings)
    finally:
        holder.close()
    assert (outcome.status, outcome.indexed) == ("new", False)
    assert service.get_document(settings, outcome.document_id) is not None  # stored all the same
    assert service.queued_count(settings) == 1

    assert service.index_queued_documents(settings) == 1
    try:
        assert service.queued_count(settings) == 0
        hits = service.search_passages(
            service.search_engine(settings), service.SearchQuery("giải phóng mặt bằng Thái Nguyên", limit=20)
        )
        assert outcome.document_id in {h.document_id for h in hits}
    finally:
        service.close_search_engine(settings)


@pytest.fixture
def served(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    data_dir = corpus_data_dir(tmp_path_factory)
    server = serve(data_dir)
    url = next(server)
    httpx.get(url + "/api/v1/search", params={"q": "hạ tầng"}, timeout=60)  # the server opens the index
    yield data_dir, url
    server.close()


def test_cli_ingest_beside_a_running_server_is_searchable_through_it(
    served: tuple[Path, str], tmp_path: Path
) -> None:
    data_dir, url = served
    ingested = policylink(data_dir, "ingest", str(_directive(tmp_path)))
    assert ingested.returncode == 0, ingested.stderr
    assert "chờ đưa vào chỉ mục" in ingested.stderr and "Traceback" not in ingested.stderr

    # answered by the server holding the index
    searched = policylink(data_dir, "search", "giải phóng mặt bằng")
    assert searched.returncode == 0, searched.stderr
    assert "1. " in searched.stdout and "Traceback" not in searched.stderr

    deadline = time.monotonic() + SEARCH_WAIT_SECONDS
    found: set[str] = set()
    while time.monotonic() < deadline and not any(d.startswith("thai-nguyen/") for d in found):
        time.sleep(1)
        answer = httpx.get(url + "/api/v1/search", params={"q": "Chỉ thị 21-CT/TU Thái Nguyên"}, timeout=60)
        found = {r["document_id"] for r in answer.json()["results"]}
    assert any(d.startswith("thai-nguyen/") for d in found), found


def test_a_cli_ingest_drains_what_a_crash_left_queued(tmp_path: Path) -> None:
    """A document committed to the store and queued, whose process died before indexing it, is
    indexed by the next CLI ingest (no server holds the index) and leaves the queue."""
    settings = settings_for(tmp_path / "data")
    left = ingest_file(_directive(tmp_path), max_bytes=settings.max_file_bytes)
    with engine_at(settings.data_dir).begin() as conn:  # the crashed ingest's committed transaction
        stored = service.store_document(conn, left)
    other = tmp_path / "ghi-chu.txt"
    other.write_text("Ghi chú: họp giao ban tuần về tiến độ dự án đường vành đai.\n", encoding="utf-8")
    assert service.queued_count(settings) == 1
    env = {"POLICYLINK_DATA_DIR": str(settings.data_dir)}
    result = CliRunner().invoke(main, ["ingest", str(other)], env=env)
    assert result.exit_code == 0, result.output
    assert service.queued_count(settings) == 0
    query = service.SearchQuery("giải phóng mặt bằng", None, None, None, None, None, 5)
    found = service.search_passages(service.search_engine(settings), query)
    service.close_search_engine(settings)
    assert stored.saved.document_id in {r.document_id for r in found}


def test_status_beside_a_running_server_shows_a_failing_document_and_why(
    served: tuple[Path, str], tmp_path: Path
) -> None:
    """A queued document the worker cannot index (a stored version without its extraction) stays
    queued with its error; the server's status API and `policylink status` run beside it say so."""
    data_dir, url = served
    with writing(open_store(settings_for(data_dir).database_url)) as conn:
        saved = save_ingested(conn, make_document("Văn bản chưa trích xuất.", key="77-CT/TU"))
        enqueue(conn, saved.document_id)
    deadline = time.monotonic() + SEARCH_WAIT_SECONDS
    waiting_now: dict[str, dict] = {}
    while time.monotonic() < deadline and not waiting_now.get(saved.document_id, {}).get("attempts"):
        time.sleep(0.5)
        state = httpx.get(url + "/api/v1/status", timeout=60).json()
        waiting_now = {w["document_id"]: w for w in state["waiting"]}
    entry = waiting_now[saved.document_id]
    assert entry["attempts"] >= 1 and entry["reason"].startswith("lập chỉ mục lỗi"), entry
    assert state["holder"] == "server" and state["worker"]["alive"] and state["index"]["passages"] > 0

    shown = policylink(data_dir, "status")
    assert shown.returncode == 0 and "Traceback" not in shown.stderr, shown.stderr
    assert "Máy chủ (pid" in shown.stdout and saved.document_id in shown.stdout
    assert "lập chỉ mục lỗi" in shown.stdout
