"""The web pages in a real headless Chromium, served by a real `policylink serve` process."""

import os
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from playwright.sync_api import Browser, sync_playwright

REPO = Path(__file__).resolve().parents[1]
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


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _policylink(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "api", *args], cwd=REPO, env=env, capture_output=True, text=True, check=True
    )


@pytest.fixture(scope="module")
def server_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    env = {**os.environ, "POLICYLINK_DATA_DIR": str(tmp_path_factory.mktemp("data"))}
    _policylink("ingest", "corpus/", env=env)
    port = _free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "api", "serve", "--host", "127.0.0.1", "--port", str(port)],
        cwd=REPO,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    url = f"http://127.0.0.1:{port}"
    try:
        for _ in range(300):
            try:
                httpx.get(url + "/api/v1/documents", timeout=1)
                break
            except httpx.TransportError:
                assert process.poll() is None, process.stderr.read().decode()
                time.sleep(0.1)
        yield url
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture(scope="module")
def browser() -> Iterator[Browser]:
    with sync_playwright() as playwright:
        instance = playwright.chromium.launch(executable_path=CHROMIUM, headless=True, args=CHROMIUM_ARGS)
        yield instance
        instance.close()


def test_home_page_lists_the_corpus_in_vietnamese(server_url: str, browser: Browser, tmp_path: Path) -> None:
    page = browser.new_page()
    page.goto(server_url + "/")
    assert page.evaluate("document.characterSet") == "UTF-8"
    assert "Kho văn bản chỉ đạo" in page.locator("h1").inner_text()
    table_text = page.locator("table").inner_text()
    for key in ("55-KL/TU", "113-NQ/TU", "72-KL/TW", "13-NQ/TW"):
        assert key in table_text
    assert "về kết quả nghiên cứu, tổng kết thực tiễn" in table_text
    page.screenshot(path=str(tmp_path / "home.png"), full_page=True)
    assert (tmp_path / "home.png").stat().st_size > 10_000
