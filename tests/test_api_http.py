"""The JSON API through FastAPI's TestClient over a real data folder holding the shipped corpus
(real extraction, real citation graph, real search index); uploads are real PDF/DOCX files."""

import io
from collections.abc import Iterator
from pathlib import Path

import jsonschema
import networkx as nx
import pytest
from fastapi.testclient import TestClient
from ingest_fixtures import (
    build_docx,
    build_image_only_pdf,
    build_pdf,
    build_text_pdf,
    not_word_zip,
    read_blocks,
)
from web_fixtures import CONCLUSION_ID, DIRECTIVE, corpus_data_dir, settings_for

from policylink.api.app import create_app
from policylink.nlp.schema import extraction_schema

SCHEMA = extraction_schema()
DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return corpus_data_dir(tmp_path_factory)


@pytest.fixture(scope="module")
def client(data_dir: Path) -> Iterator[TestClient]:
    with TestClient(create_app(settings_for(data_dir))) as test_client:
        yield test_client


def _upload(client: TestClient, name: str, data: bytes, media: str = "application/octet-stream"):
    return client.post("/api/v1/extract", files={"file": (name, data, media)})


def _assert_conclusion_extraction(payload: dict) -> None:
    jsonschema.validate(payload, SCHEMA)
    assert payload["document"]["doc_type"] == "Kết luận"
    deadlines = {d["text"]: d["due"] for d in payload["deadlines"]}
    assert deadlines["quý IV/2024"] == "2024-12-31"
    assert any("Ban cán sự đảng Ủy ban nhân dân tỉnh" in t["responsible"] for t in payload["tasks"])
    assert {"55-KL/TU", "113-NQ/TU", "72-KL/TW"} <= {c["key"] for c in payload["citations"]}


def test_extract_a_docx_upload(client: TestClient, tmp_path: Path) -> None:
    path = build_docx(read_blocks(), tmp_path / "ket-luan.docx")
    response = _upload(client, path.name, path.read_bytes(), DOCX)
    assert response.status_code == 200, response.text
    _assert_conclusion_extraction(response.json())


def test_extract_a_pdf_upload(client: TestClient, tmp_path: Path) -> None:
    path = build_pdf(read_blocks(), tmp_path / "ket-luan.pdf")
    response = _upload(client, path.name, path.read_bytes(), "application/pdf")
    assert response.status_code == 200, response.text
    _assert_conclusion_extraction(response.json())


def test_extract_json_text_stores_nothing(client: TestClient) -> None:
    before = client.get("/api/v1/documents").json()
    response = client.post("/api/v1/extract", json={"text": DIRECTIVE, "name": "chi-thi.txt"})
    assert response.status_code == 200, response.text
    payload = response.json()
    jsonschema.validate(payload, SCHEMA)
    assert payload["document"]["key"] == "21-CT/TU"
    assert payload["document"]["jurisdiction"] == "Thái Nguyên"
    by_due = {t["deadline"]["due"]: t for t in payload["tasks"] if t["deadline"]}
    assert by_due["2025-12-15"]["responsible"] == ["Ban cán sự đảng Ủy ban nhân dân tỉnh"]
    assert "Sở Tài chính" in by_due["2025-12-15"]["coordinating"]
    assert set(by_due["2026-03-31"]["responsible"]) == {"Huyện ủy", "Thành ủy"}
    assert [c["key"] for c in payload["citations"]] == ["13-NQ/TW"]
    assert client.get("/api/v1/documents").json() == before


def test_oversized_upload_is_413_with_the_limit_and_advice(data_dir: Path) -> None:
    with TestClient(create_app(settings_for(data_dir, max_file_bytes=1024 * 1024))) as small:
        too_big = DIRECTIVE.encode("utf-8") * 3000
        assert len(too_big) > 1024 * 1024
        response = _upload(small, "lon.txt", too_big, "text/plain")
        assert response.status_code == 413
        detail = response.json()["detail"]
        assert "lon.txt" in detail and "1.0 MB" in detail and "người quản trị" in detail
        assert "POLICYLINK_" not in detail  # the setting's name is for administrators, not in front of people
        as_json = small.post("/api/v1/extract", json={"text": DIRECTIVE * 3000})
        assert as_json.status_code == 413 and "vượt giới hạn" in as_json.json()["detail"]


@pytest.mark.parametrize(
    ("name", "make", "problem"),
    [
        ("rong.txt", lambda tmp: b"", "rỗng"),
        ("hong.docx", lambda tmp: build_docx([["KẾT LUẬN"]], tmp / "g.docx").read_bytes()[:900], "hỏng"),
        ("nen.docx", lambda tmp: not_word_zip(), "không phải văn bản Word"),
        (
            "mat-khau.pdf",
            lambda tmp: build_text_pdf(tmp / "m.pdf", user_password="bi-mat").read_bytes(),
            "mã hóa",
        ),
        ("scan.pdf", lambda tmp: build_image_only_pdf(tmp / "s.pdf").read_bytes(), "bản quét"),
        ("du-lieu.bin", lambda tmp: bytes(range(256)) * 20, "không rõ định dạng"),
    ],
)
def test_unreadable_upload_is_422_with_the_ingest_message(
    client: TestClient, tmp_path: Path, name: str, make, problem: str
) -> None:
    response = _upload(client, name, make(tmp_path))
    assert response.status_code == 422
    detail = response.json()["detail"]
    assert detail.startswith("Không đọc được văn bản:") and name in detail and problem in detail


@pytest.mark.parametrize(
    ("body", "headers", "expected"),
    [
        (b'{"text": "Chi thi', {"content-type": "application/json"}, "không phải JSON hợp lệ"),
        (b'{"name": "a.txt"}', {"content-type": "application/json"}, "'text' thiếu"),
        (b'{"text": ""}', {"content-type": "application/json"}, "'text' không được để trống"),
        (b'["text"]', {"content-type": "application/json"}, "phải là một đối tượng JSON"),
    ],
)
def test_malformed_json_is_422_in_vietnamese(
    client: TestClient, body: bytes, headers: dict, expected: str
) -> None:
    response = client.post("/api/v1/extract", content=body, headers=headers)
    assert response.status_code == 422
    assert expected in response.json()["detail"] and "Yêu cầu không hợp lệ" in response.json()["detail"]


def test_multipart_without_a_file_is_422(client: TestClient) -> None:
    response = client.post(
        "/api/v1/extract", data={"text": "không phải tệp"}, files={"khac": ("a.txt", b"x")}
    )
    assert response.status_code == 422 and "'file'" in response.json()["detail"]


def test_stored_extraction_of_the_current_version(client: TestClient) -> None:
    response = client.get(f"/api/v1/documents/{CONCLUSION_ID}/extraction")
    assert response.status_code == 200
    payload = response.json()
    _assert_conclusion_extraction(payload)
    resolved = {c["key"]: c["target_id"] for c in payload["citations"]}
    assert resolved["55-KL/TU"] == "bac-giang/55-KL/TU/2021"
    cited_only = client.get("/api/v1/documents/bac-giang/55-KL/TU/2021/extraction")
    assert cited_only.status_code == 404 and "chưa có toàn văn" in cited_only.json()["detail"]
    unknown = client.get("/api/v1/documents/bac-giang/1-KL/TU/1999/extraction")
    assert unknown.status_code == 404 and "/api/v1/documents" in unknown.json()["detail"]


def test_lineage_follows_citations_transitively(client: TestClient) -> None:
    payload = client.get(f"/api/v1/graph/lineage/{CONCLUSION_ID}").json()
    depth = {d["key"]: d["depth"] for d in payload["documents"] if d["key"]}
    assert depth["55-KL/TU"] == 1 and depth["113-NQ/TU"] == 2
    assert depth["2987-CV/TU"] == 1 and depth["72-KL/TW"] == 2 and depth["13-NQ/TW"] == 3
    edges = {(e["source"], e["target"], e["relation"]) for e in payload["edges"]}
    assert ("bac-giang/55-KL/TU/2021", "bac-giang/113-NQ/TU/2016", "implements") in edges
    by_key = client.get("/api/v1/graph/lineage/55-KL/TU").json()
    assert by_key["root"] == "bac-giang/55-KL/TU/2021"
    assert [d["key"] for d in by_key["documents"]] == ["55-KL/TU", "113-NQ/TU"]


def test_cited_by_and_unknown_reference(client: TestClient) -> None:
    payload = client.get("/api/v1/graph/cited-by/113-NQ/TU").json()
    assert payload["id"] == "bac-giang/113-NQ/TU/2016"
    citing = {(c["key"], c["relation"]) for c in payload["cited_by"]}
    assert ("55-KL/TU", "implements") in citing
    missing = client.get("/api/v1/graph/cited-by/999-NQ/TU")
    assert missing.status_code == 404 and "/api/v1/documents" in missing.json()["detail"]


def test_missing_lists_documents_to_ingest_next(client: TestClient) -> None:
    payload = client.get("/api/v1/graph/missing").json()
    counts = {m["key"]: m["cited_by"] for m in payload["missing"]}
    assert counts["55-KL/TU"] >= 1 and counts["113-NQ/TU"] >= 1
    assert CONCLUSION_ID not in {m["id"] for m in payload["missing"]}
    assert all(not m["ingested"] for m in payload["missing"])


def test_export_formats(client: TestClient) -> None:
    def export(fmt: str):
        response = client.get("/api/v1/graph/export", params={"format": fmt, "root": "55-KL/TU"})
        assert response.status_code == 200, response.text
        return response

    as_json = export("json").json()
    assert {n["key"] for n in as_json["nodes"]} >= {"55-KL/TU", "113-NQ/TU"}
    graphml = nx.read_graphml(io.BytesIO(export("graphml").content))
    assert graphml.has_edge("bac-giang/55-KL/TU/2021", "bac-giang/113-NQ/TU/2016")
    assert "digraph" in export("dot").text and "flowchart LR" in export("mermaid").text
    svg = export("svg")
    assert svg.headers["content-type"] == "image/svg+xml" and "Kết luận" in svg.text
    png = export("png")
    assert png.headers["content-type"] == "image/png" and png.content.startswith(b"\x89PNG")
    whole = client.get("/api/v1/graph/export").json()
    assert len(whole["nodes"]) > len(as_json["nodes"])
    wrong = client.get("/api/v1/graph/export", params={"format": "pdf"})
    assert (
        wrong.status_code == 422 and "'format'" in wrong.json()["detail"] and "png" in wrong.json()["detail"]
    )


def test_check_citations_finds_the_wrong_date_and_the_unknown_document(client: TestClient) -> None:
    text = (
        "Thực hiện Nghị quyết số 113-NQ/TU ngày 22/7/2017 của Ban Chấp hành Đảng bộ tỉnh và "
        "Nghị quyết số 999-NQ/TU ngày 01/01/2020 của Tỉnh ủy."
    )
    payload = client.post("/api/v1/check-citations", json={"text": text, "jurisdiction": "Bắc Giang"}).json()
    by_key = {c["key"]: c for c in payload["citations"]}
    known = by_key["113-NQ/TU"]
    assert known["status"] == "known" and known["document_id"] == "bac-giang/113-NQ/TU/2016"
    assert [(p["field"], p["expected"]) for p in known["problems"]] == [("date", "2016-07-22")]
    assert "ngày 22/7/2016" in known["canonical"]
    assert by_key["999-NQ/TU"]["status"] == "unknown"
    empty = client.post("/api/v1/check-citations", json={})
    assert empty.status_code == 422 and "'text' thiếu" in empty.json()["detail"]


def test_search_without_diacritics_with_filters(client: TestClient) -> None:
    payload = client.get("/api/v1/search", params={"q": "ha tang giao thong", "limit": 5}).json()
    assert payload["results"], payload
    first = payload["results"][0]
    assert first["document_id"] == CONCLUSION_ID and first["heading_path"]
    assert "**hạ tầng giao thông**" in first["snippet"]
    assert payload["documents"][0]["document_id"] == CONCLUSION_ID
    kept = client.get("/api/v1/search", params={"q": "ha tang giao thong", "type": "ket luan"}).json()
    assert kept["results"]
    filtered = client.get("/api/v1/search", params={"q": "ha tang giao thong", "type": "Chỉ thị"}).json()
    assert filtered["results"] == []
    by_body = client.get(
        "/api/v1/search", params={"q": "đề án đào tạo", "body": "Ban cán sự đảng Ủy ban nhân dân tỉnh"}
    )
    assert all("Ban cán sự đảng Ủy ban nhân dân tỉnh" in r["bodies"] for r in by_body.json()["results"])
    typed = client.get("/api/v1/search", params={"q": "đề án đào tạo", "body": "bcs dang ubnd tinh"})
    assert typed.json()["results"] and typed.json()["results"] == by_body.json()["results"]
    assert client.get("/api/v1/search").status_code == 422
    later = {"q": "ha tang giao thong", "year_from": 2030}
    assert client.get("/api/v1/search", params=later).json()["results"] == []
    assert client.get("/api/v1/search", params={**later, "undated": True}).json()["results"]  # undated kept
    bad_year = client.get("/api/v1/search", params={**later, "year_from": "abc"})
    assert bad_year.status_code == 422 and "year_from" in bad_year.json()["detail"]
    too_long = client.get("/api/v1/search", params={"q": "đất " * 600})
    assert too_long.status_code == 422 and "quá dài" in too_long.json()["detail"]


def test_similar_returns_precedents_and_checks_citations(client: TestClient) -> None:
    draft = (
        "Tiếp tục thực hiện Kết luận số 55-KL/TU ngày 07/3/2021, tập trung đầu tư kết cấu hạ tầng giao thông "
        "đi trước một bước, kết nối các trục giao thông động lực với các tỉnh lân cận."
    )
    payload = client.post(
        "/api/v1/similar", json={"text": draft, "jurisdiction": "Bắc Giang", "limit": 3}
    ).json()
    assert 1 <= len(payload["precedents"]) <= 3
    assert payload["precedents"][0]["document_id"] == CONCLUSION_ID
    (check,) = payload["citations"]
    assert check["key"] == "55-KL/TU" and check["status"] == "known" and check["problems"] == []


def test_openapi_documents_both_extract_bodies(client: TestClient) -> None:
    spec = client.get("/openapi.json").json()
    extract = spec["paths"]["/api/v1/extract"]["post"]
    assert {"multipart/form-data", "application/json"} <= set(extract["requestBody"]["content"])
    assert {"413", "422"} <= set(extract["responses"])
    for path in ("/api/v1/search", "/api/v1/similar", "/api/v1/graph/missing", "/api/v1/check-citations"):
        assert path in spec["paths"]


def test_tasks_csv_for_excel_and_for_a_document_without_text(client: TestClient) -> None:
    response = client.get(f"/xuat/nhiem-vu/{CONCLUSION_ID}")
    assert response.status_code == 200 and response.content.startswith(b"\xef\xbb\xbf")
    assert "attachment" in response.headers["content-disposition"]
    rows = response.content.decode("utf-8-sig").splitlines()
    assert rows[0].split(",")[:3] == ["Mã", "Mục", "Nhiệm vụ"] and len(rows) > 10
    cited_only = client.get("/xuat/nhiem-vu/bac-giang/55-KL/TU/2021")
    assert cited_only.status_code == 404 and "chưa có toàn văn" in cited_only.text
