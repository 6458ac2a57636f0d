"""Extractions and citation checks in NLP worker processes (`POLICYLINK_NLP_WORKERS`): the same
answers as in the server's own process on real documents, the same limits (429, 503 with
Retry-After), a lost job that frees its place, and no process left behind when the server stops."""

import asyncio
import os
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import httpx
import pytest
from fastapi import HTTPException
from fastapi.testclient import TestClient
from ingest_fixtures import build_docx, build_pdf, read_blocks
from web_fixtures import DIRECTIVE, REPO, _free_port, settings_for

from policylink.api.app import create_app
from policylink.api.guards import HeavyWork
from policylink.api.nlp_worker import NlpWorkers

REAL_DOCS = REPO.parent / "shared" / "real" / "docs"
DRAFT = {"text": "Thực hiện Nghị quyết số 13-NQ/TW ngày 16/01/2012 và Kết luận số 55-KL/TU của Tỉnh ủy."}


@pytest.fixture(scope="module")
def inside(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """The server doing its extractions in its own process."""
    settings = settings_for(tmp_path_factory.mktemp("inside"))
    with TestClient(create_app(settings)) as client:
        yield client


@pytest.fixture(scope="module")
def beside(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    """The same server with one NLP worker process."""
    settings = replace(settings_for(tmp_path_factory.mktemp("beside")), nlp_workers=1)
    with TestClient(create_app(settings)) as client:
        yield client


def _both(inside: TestClient, beside: TestClient, path: str, **request) -> tuple[httpx.Response, ...]:
    """The same POST to the server without and with a worker process."""
    return inside.post(path, **request), beside.post(path, **request)


def _real_files() -> list[Path]:
    """Five published documents spread over the real set (a telegram, decisions, directives...)."""
    texts = sorted(REAL_DOCS.glob("*.txt"))
    assert len(texts) >= 100
    return texts[:: len(texts) // 5][:5]


def test_extracting_real_documents_in_a_worker_gives_the_same_json(inside, beside) -> None:
    tasks = 0
    for path in _real_files():
        upload = {"file": (path.name, path.read_bytes(), "text/plain")}
        here, there = _both(inside, beside, "/api/v1/extract", files=upload)
        assert here.status_code == there.status_code == 200, (path.name, there.text[:300])
        assert here.json() == there.json(), path.name
        tasks += len(there.json()["tasks"])
    assert tasks >= 5  # real work, not empty answers
    pasted = {"text": DIRECTIVE, "name": "chi-thi.md"}
    here, there = _both(inside, beside, "/api/v1/extract", json=pasted)
    assert here.status_code == 200 and here.json() == there.json()


def test_pdf_and_docx_uploads_extract_alike_in_a_worker(inside, beside, tmp_path: Path) -> None:
    blocks = read_blocks()
    files = build_pdf(blocks, tmp_path / "ket-luan.pdf"), build_docx(blocks, tmp_path / "ket-luan.docx")
    for path in files:
        upload = {"file": (path.name, path.read_bytes(), "application/octet-stream")}
        here, there = _both(inside, beside, "/api/v1/extract", files=upload)
        assert here.status_code == there.status_code == 200, there.text[:300]
        assert here.json() == there.json() and there.json()["tasks"]


def test_a_refused_file_gets_the_same_422_message_from_a_worker(inside, beside) -> None:
    program = {"file": ("bao-cao.txt", b"\x7fELF\x02\x01\x01" + bytes(4000), "text/plain")}
    here, there = _both(inside, beside, "/api/v1/extract", files=program)
    assert here.status_code == there.status_code == 422
    assert there.json() == here.json() and "chương trình" in there.json()["detail"]


def test_checking_a_drafts_citations_in_a_worker_gives_the_same_answer(inside, beside) -> None:
    here, there = _both(inside, beside, "/api/v1/check-citations", json=DRAFT)
    assert here.status_code == there.status_code == 200
    assert here.json() == there.json() and len(there.json()["citations"]) == 2


def test_the_extraction_page_works_through_a_worker(beside) -> None:
    page = beside.post("/trich-xuat", data={"text": DIRECTIVE})
    assert page.status_code == 200 and "Sở Tài nguyên và Môi trường" in page.text


# Jobs for the worker process: module-level, so that it can import them by name.
def _echo(value: int) -> int:
    return value


def _wait_for(path: str) -> str:
    while not os.path.exists(path):
        time.sleep(0.01)
    return path


def _die() -> None:
    os._exit(1)  # as a worker killed from outside (out of memory) would: no answer ever comes


def test_worker_queue_limits_429_503_and_a_lost_job_frees_its_place(tmp_path: Path) -> None:
    workers = NlpWorkers(1, settings_for(tmp_path / "data"), lost_after_s=600)
    heavy = HeavyWork(slots=1, wait_s=0.0, timeout_s=600, start=workers.start)
    gate = tmp_path / "gate"

    async def status(work, *args) -> int:
        try:
            await heavy.run(work, *args)
        except HTTPException as exc:
            assert "retry-after" in {k.lower() for k in exc.headers}
            return exc.status_code
        return 200

    async def scenario() -> list[int]:
        codes = [await status(_echo, 1)]  # the worker has started (and loaded its models)
        heavy.timeout_s = 0.0
        codes.append(await status(_wait_for, str(gate)))  # over its time: 503, it keeps its place
        codes.append(await status(_echo, 2))  # the place is taken and no wait allowed: 429
        gate.touch()
        heavy.wait_s, heavy.timeout_s = 600, 600
        codes.append(await status(_echo, 3))  # its place comes back when the job ends
        workers.lost_after_s = 3.0
        codes.append(await status(_die))  # no answer: after lost_after_s, 503 and the place back
        workers.lost_after_s = 600
        codes.append(await status(_echo, 4))  # a new worker took the lost one's place
        return codes

    try:
        assert asyncio.run(scenario()) == [200, 503, 429, 200, 503, 200]
    finally:
        workers.close()


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and (entry / "stat").read_text().rsplit(")", 1)[1].split()[1] == str(pid):
                found.append(int(entry.name))
        except OSError:
            continue
    return found


def _alive(pid: int) -> bool:
    try:
        return (Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]) != "Z"
    except OSError:
        return False


def _gone(pids: list[int], cap_s: float = 60.0) -> list[int]:
    """The `pids` still running after up to `cap_s` (polled; a worker of a killed server notices
    within a second)."""
    deadline = time.monotonic() + cap_s
    while any(map(_alive, pids)) and time.monotonic() < deadline:
        time.sleep(0.2)
    return [pid for pid in pids if _alive(pid)]


def _serve_with_a_worker(data_dir: Path) -> tuple[subprocess.Popen, str]:
    port = _free_port()
    env = {**os.environ, "POLICYLINK_DATA_DIR": str(data_dir), "POLICYLINK_NLP_WORKERS": "1"}
    server = subprocess.Popen(
        [sys.executable, "-m", "policylink.api", "serve", "--host", "127.0.0.1", "--port", str(port)],
        cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(1200):
        try:
            httpx.get(url + "/api/v1/documents", timeout=5)
            return server, url
        except httpx.TransportError:
            assert server.poll() is None, server.stderr.read().decode()
            time.sleep(0.1)
    raise AssertionError("the server did not start")


@pytest.mark.parametrize("stop", [signal.SIGTERM, signal.SIGKILL], ids=["stopped", "killed"])
def test_no_worker_process_outlives_the_server(tmp_path: Path, stop: signal.Signals) -> None:
    server, url = _serve_with_a_worker(tmp_path / "data")
    try:
        answer = httpx.post(url + "/api/v1/extract", json={"text": DIRECTIVE}, timeout=600)
        assert answer.status_code == 200 and answer.json()["tasks"]
        workers = [pid for pid in _children(server.pid)
                   if b"multiprocessing" in Path(f"/proc/{pid}/cmdline").read_bytes()]
        assert workers, "the server started no worker process"
    finally:
        server.send_signal(stop)
        server.wait(timeout=120)
    assert _gone(workers) == []
