"""Shared by the HTTP API, browser and index-queue tests: a data folder holding the shipped corpus
(store, citation graph and search index with its dense vectors) made by the real ingest use case, a
real `policylink serve` process over it, its index held as another process would, a real headless
Chromium."""

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Browser, Locator, Page, sync_playwright

from policylink.api import service
from policylink.api.settings import Settings
from policylink.search.embedders import make_embedder
from policylink.search.index import IndexMeta, VectorIndex, open_index
from policylink.search.lexical import DEFAULT_ANALYZER

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpus"
CONCLUSION_ID = "bac-giang/ket-luan/ban-thuong-vu-tinh-uy/undated-175eaeaa"
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
# A short directive of the same genre as the corpus, written for these tests.
DIRECTIVE = """TỈNH ỦY THÁI NGUYÊN
Số 21-CT/TU
Thái Nguyên, ngày 05 tháng 3 năm 2025

CHỈ THỊ
về tăng cường công tác giải phóng mặt bằng

Thực hiện Nghị quyết số 13-NQ/TW ngày 16/01/2012 của Ban Chấp hành Trung ương, Ban Thường vụ Tỉnh ủy yêu cầu:

1. Ban cán sự đảng UBND tỉnh chỉ đạo Sở Tài nguyên và Môi trường chủ trì, phối hợp với Sở Tài chính rà soát \
các dự án chậm giải phóng mặt bằng, báo cáo Ban Thường vụ Tỉnh ủy trước ngày 15/12/2025.

2. Các huyện ủy, thành ủy tổ chức quán triệt Chỉ thị này trong quý I/2026.
"""


def settings_for(data_dir: Path, max_file_bytes: int = 10 * 1024 * 1024) -> Settings:
    return replace(Settings.from_env(data_dir), max_file_bytes=max_file_bytes)


def corpus_data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A new data folder with the corpus ingested by the real use case (store, graph, search
    index); returns once every passage has its dense vector (from the session's shared cache
    after the first folder, see conftest)."""
    data_dir = tmp_path_factory.mktemp("data")
    settings = settings_for(data_dir)
    outcomes = service.ingest_paths([CORPUS], settings)
    service.close_search_engine(settings)
    assert [o.status for o in outcomes] == ["new", "new"], outcomes
    return data_dir


def hold_index(data_dir: Path) -> VectorIndex:
    """Open the data folder's search index as another process holding it would (a running
    `policylink serve`): with the metadata of the embedder the settings name."""
    model = make_embedder(settings_for(data_dir).embedder)
    return open_index(data_dir, IndexMeta(model.name, model.dim, DEFAULT_ANALYZER))


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def serve(data_dir: Path) -> Iterator[str]:
    """A `policylink serve` process over `data_dir`, until the generator is closed."""
    env = {**os.environ, "POLICYLINK_DATA_DIR": str(data_dir)}
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "policylink.api", "serve", "--host", "127.0.0.1", "--port", str(port)],
        cwd=REPO,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(600):
            try:
                httpx.get(url + "/api/v1/documents", timeout=1)
                break
            except httpx.TransportError:
                assert process.poll() is None, process.stderr.read().decode()
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=30)


def policylink(data_dir: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    """The real command line (`python -m policylink.api ARGS`) over `data_dir`."""
    env = {**os.environ, "POLICYLINK_DATA_DIR": str(data_dir)}
    return subprocess.run([sys.executable, "-m", "policylink.api", *args], cwd=REPO, env=env, input=stdin,
                          capture_output=True, text=True, timeout=600)


def chromium() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


def follow(target: Locator) -> None:
    """Click a link or submit button and return once the page it opens has loaded. A bare click
    returns when the new page starts arriving, so a read that does not wait (a row count, every
    cell's text) can meet the document half parsed and find its table empty."""
    with target.page.expect_navigation():
        target.click()


def screenshot(page: Page, folder: Path, name: str) -> Path:
    """The whole page as `folder/name.png`, for a person to look at (it must hold a drawn page)."""
    path = folder / f"{name}.png"
    page.screenshot(path=str(path), full_page=True)
    assert path.stat().st_size > 10_000
    return path
