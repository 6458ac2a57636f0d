"""The API under hostile requests: body limits, media types, blank and overlong input, framework
errors in Vietnamese (JSON under /api/, a page elsewhere), error bodies as documented, and the
bound on heavy requests (429/503 with Retry-After)."""

import asyncio
import sys
import threading
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import jsonschema
import pytest
from fastapi import HTTPException
from fastapi.testclient import TestClient
from web_fixtures import settings_for

from policylink.api.app import create_app
from policylink.api.guards import HeavyWork
from policylink.search.retrieval import MAX_QUERY_CHARS

DRAFT = {"text": "Thực hiện Kết luận số 55-KL/TU ngày 07/3/2021 của Ban Thường vụ Tỉnh ủy."}


@pytest.fixture(scope="module")
def app_settings(tmp_path_factory: pytest.TempPathFactory):
    return settings_for(tmp_path_factory.mktemp("data"), max_file_bytes=1024 * 1024)


@pytest.fixture(scope="module")
def client(app_settings) -> Iterator[TestClient]:
    with TestClient(create_app(app_settings)) as test_client:
        yield test_client


def _error_schema(client: TestClient, path: str, method: str, status: int) -> dict:
    spec = client.get("/openapi.json").json()
    content = spec["paths"][path][method]["responses"][str(status)]["content"]["application/json"]
    return {**content["schema"], "components": spec["components"]}


def _vietnamese_error(response, client: TestClient, path: str, method: str = "post") -> str:
    assert response.headers["content-type"].startswith("application/json")
    body = response.json()
    jsonschema.validate(body, _error_schema(client, path, method, response.status_code))
    assert any(letter in body["detail"] for letter in "ạảấầẩậắằẳặẹẻếềểệịọỏốồổộớờởợụủứừửự")
    return body["detail"]


@pytest.mark.parametrize("path", ["/api/v1/extract", "/api/v1/check-citations", "/api/v1/similar"])
def test_json_sent_as_text_plain_is_refused(client: TestClient, path: str):
    response = client.post(path, content=b'{"text": "abc"}', headers={"content-type": "text/plain"})
    assert response.status_code == 415
    assert "text/plain" in _vietnamese_error(response, client, path)


@pytest.mark.parametrize("path", ["/api/v1/extract", "/api/v1/check-citations", "/api/v1/similar"])
def test_blank_text_is_a_422_in_vietnamese(client: TestClient, path: str):
    response = client.post(path, json={"text": "  \n\t "})
    assert response.status_code == 422
    assert "khoảng trắng" in _vietnamese_error(response, client, path)


def test_blank_and_overlong_search_queries_are_refused(client: TestClient):
    blank = client.get("/api/v1/search", params={"q": "   "})
    assert blank.status_code == 422
    assert "khoảng trắng" in _vietnamese_error(blank, client, "/api/v1/search", "get")
    long = client.get("/api/v1/search", params={"q": "giải phóng mặt bằng " * 1000})
    assert long.status_code == 422
    limit = f"tối đa {MAX_QUERY_CHARS:,} ký tự".replace(",", ".")  # Vietnamese thousands separator
    assert limit in _vietnamese_error(long, client, "/api/v1/search", "get")
    page = client.get("/tra-cuu", params={"q": "a" * 20_000})
    assert page.status_code == 422 and "text/html" in page.headers["content-type"] and "rút gọn" in page.text


def test_json_body_over_the_limit_is_refused_before_parsing(client: TestClient):
    huge = {"text": "Giao Sở Xây dựng chủ trì. " * 200_000}  # about 5 MB
    response = client.post("/api/v1/check-citations", json=huge)
    assert response.status_code == 413
    assert "4 MB" in _vietnamese_error(response, client, "/api/v1/check-citations")


def test_streamed_body_without_length_is_cut_at_the_limit(client: TestClient):
    def chunks() -> Iterator[bytes]:
        yield b'{"text": "'
        for _ in range(80):
            yield b"x" * 65536
        yield b'"}'

    response = client.post(
        "/api/v1/similar", content=chunks(), headers={"content-type": "application/json"}
    )
    assert response.status_code == 413 and "vượt giới hạn" in response.json()["detail"]


def test_upload_over_the_file_limit_is_413(client: TestClient):
    big = b"a" * (2 * 1024 * 1024)
    response = client.post("/api/v1/extract", files={"file": ("lon.txt", big, "text/plain")})
    assert response.status_code == 413
    detail = _vietnamese_error(response, client, "/api/v1/extract")
    assert "tách văn bản" in detail and "người quản trị" in detail and "POLICYLINK_" not in detail


def test_executable_upload_is_refused_as_a_program(client: TestClient):
    elf = Path(sys.executable).resolve().read_bytes()[:200_000]
    response = client.post("/api/v1/extract", files={"file": ("ghi-chu.txt", elf, "text/plain")})
    assert response.status_code == 422
    assert "chương trình" in _vietnamese_error(response, client, "/api/v1/extract")


def test_text_over_the_stated_length_is_422(client: TestClient):
    response = client.post("/api/v1/extract", json={"text": "x" * 1_000_001})
    assert response.status_code == 422
    assert "tối đa 1.000.000 ký tự" in _vietnamese_error(response, client, "/api/v1/extract")


def test_framework_errors_are_in_vietnamese(client: TestClient):
    missing = client.get("/api/v1/khong-co")
    assert missing.status_code == 404 and "/docs" in missing.json()["detail"]
    wrong_method = client.get("/api/v1/extract")
    assert wrong_method.status_code == 405 and "phương thức GET" in wrong_method.json()["detail"]
    page = client.get("/trang-khong-co")
    assert page.status_code == 404 and "text/html" in page.headers["content-type"]
    assert "Không có địa chỉ này" in page.text and "Not Found" not in page.text


def test_broken_multipart_body_is_a_vietnamese_error(client: TestClient):
    response = client.post(
        "/api/v1/extract",
        content=b"--xyz\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.txt\"\r\n\r\nabc",
        headers={"content-type": "multipart/form-data; boundary=xyz"},
    )
    assert response.status_code in {400, 422}
    assert "tiếng" not in response.json()["detail"] and "multipart" in response.json()["detail"]


def test_heavy_requests_over_the_bound_get_429_with_retry_after(app_settings):
    settings = replace(app_settings, heavy_slots=0, heavy_wait_s=0.0)
    with TestClient(create_app(settings)) as client:
        response = client.post("/api/v1/check-citations", json=DRAFT)
        assert response.status_code == 429 and int(response.headers["retry-after"]) >= 1
        assert "thử lại" in _vietnamese_error(response, client, "/api/v1/check-citations")


def test_heavy_request_over_its_time_gets_503_with_retry_after(app_settings):
    settings = replace(app_settings, heavy_timeout_s=0.0)
    with TestClient(create_app(settings)) as client:
        response = client.post("/api/v1/extract", json=DRAFT)
        assert response.status_code == 503 and "retry-after" in response.headers
        assert "vượt thời hạn" in _vietnamese_error(response, client, "/api/v1/extract")


def test_a_timed_out_computation_keeps_its_slot_until_it_ends():
    heavy = HeavyWork(slots=1, wait_s=0.0, timeout_s=0.0)
    release = threading.Event()

    async def scenario() -> list[int]:
        codes = []
        for _ in range(2):
            try:
                await heavy.run(release.wait, 30)
            except HTTPException as exc:
                codes.append(exc.status_code)
        release.set()
        await asyncio.sleep(0.2)
        heavy.timeout_s = 30
        codes.append(200 if await heavy.run(lambda: True) else 0)
        return codes

    assert asyncio.run(scenario()) == [503, 429, 200]


def test_heavy_requests_waiting_for_a_slot_take_it_in_arrival_order():
    heavy = HeavyWork(slots=1, wait_s=60.0, timeout_s=60.0)
    release = threading.Event()
    order: list[int] = []

    async def scenario() -> None:
        holder = asyncio.create_task(heavy.run(release.wait, 30))
        await asyncio.sleep(0.1)  # the holder has the only slot
        waiters = []
        for number in range(5):
            waiters.append(asyncio.create_task(heavy.run(order.append, number)))
            await asyncio.sleep(0.03)  # each has polled (and queued) before the next arrives
        release.set()
        await asyncio.gather(holder, *waiters)

    asyncio.run(scenario())
    assert order == [0, 1, 2, 3, 4]
