"""`policylink ingest/list/show/serve` end to end, on a real data folder and the shipped corpus."""

import json
import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import jsonschema
import pytest
from click.testing import CliRunner
from store_fixtures import CONCLUSION_CITED_KEYS

from policylink.api.cli import main
from policylink.nlp.schema import document_schema

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO / "corpus"
DOCUMENT_SCHEMA = document_schema()
DIRECTIVE = """TỈNH ỦY BẮC GIANG
BAN THƯỜNG VỤ
Số 12-CT/TU
Bắc Giang, ngày 10 tháng 5 năm 2023

CHỈ THỊ
về tăng cường công tác giải phóng mặt bằng

1. Các cấp ủy, chính quyền tập trung lãnh đạo công tác giải phóng mặt bằng.

2. Giao Ban cán sự đảng UBND tỉnh chủ trì, phối hợp với các cơ quan liên quan thực hiện Chỉ thị này.
"""


def run(data_dir: Path, *args: str, **env: str):
    runner = CliRunner()
    return runner.invoke(
        main, list(args), env={"POLICYLINK_DATA_DIR": str(data_dir), **env}, catch_exceptions=False
    )


@pytest.fixture(scope="module")
def corpus_store(tmp_path_factory) -> Path:
    """A data folder into which `policylink ingest corpus/` has run once."""
    data_dir = tmp_path_factory.mktemp("data")
    result = run(data_dir, "ingest", str(CORPUS), "--json")
    assert result.exit_code == 0, result.output
    return data_dir


def _listed(data_dir: Path) -> list[dict]:
    result = run(data_dir, "list", "--json")
    assert result.exit_code == 0, result.output
    return json.loads(result.stdout)


def _conclusion_id(data_dir: Path) -> str:
    (conclusion,) = [d for d in _listed(data_dir) if d["ingested"]]
    return conclusion["id"]


def test_ingesting_the_corpus_twice_reports_unchanged_the_second_time(tmp_path):
    first = run(tmp_path, "ingest", str(CORPUS), "--json")
    assert first.exit_code == 0, first.output
    outcomes = json.loads(first.stdout)
    assert [(Path(o["path"]).name, o["kind"], o["status"]) for o in outcomes] == [
        ("registry.yaml", "registry", "new"),
        ("ket-luan-btv-tinh-uy-bac-giang-2024-ket-cau-ha-tang.txt", "document", "new"),
    ]
    assert outcomes[0]["registry_documents"] == 10
    assert outcomes[1]["sections"] > 0
    listed_after_first = _listed(tmp_path)

    second = run(tmp_path, "ingest", str(CORPUS))
    assert second.exit_code == 0, second.output
    assert second.stdout.count("unchanged") == 2
    assert "2 không đổi" in second.stdout and "0 mới" in second.stdout
    assert outcomes[1]["document_id"] in second.stdout
    assert _listed(tmp_path) == listed_after_first


def test_list_shows_the_conclusion_and_the_ten_registry_documents(corpus_store):
    listed = _listed(corpus_store)
    ingested = [d for d in listed if d["ingested"]]
    registry = [d for d in listed if d["origin"] == "registry"]
    cited_only = [d for d in listed if d["origin"] == "citation"]
    assert len(ingested) == 1 and ingested[0]["doc_type"] == "Kết luận" and ingested[0]["origin"] == "file"
    assert {d["key"] for d in registry} == CONCLUSION_CITED_KEYS
    assert not any(d["ingested"] for d in registry + cited_only)
    # documents the conclusion names without a number are nodes too, known by their name
    assert "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX" in {d["title"] for d in cited_only}

    table = run(corpus_store, "list")
    assert table.exit_code == 0
    assert "tw/72-KL/TW/2024" in table.stdout and "2024-02-23" in table.stdout
    assert f"Tổng cộng {len(listed)} văn bản, 1 đã có toàn văn." in table.stdout


def test_show_json_gives_a_contract_v1_document_with_sections_and_footnotes(corpus_store):
    doc_id = _conclusion_id(corpus_store)
    result = run(corpus_store, "show", doc_id, "--json")
    assert result.exit_code == 0, result.output
    payload = json.loads(result.stdout)
    jsonschema.validate(payload["document"], DOCUMENT_SCHEMA)
    document = payload["document"]
    assert document["id"] == doc_id
    assert "Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy" in document["text"]
    assert document["text"].rstrip().endswith("hiện đại...")  # the footnote sits at the end of the text
    assert {"2.2.1", "2.3"} <= {s["id"] for s in payload["sections"]}
    for section in payload["sections"]:
        assert 0 <= section["start"] < section["end"] <= len(document["text"])
    assert [f["marker"] for f in payload["footnotes"]] == ["¹"]


def test_show_of_a_registry_document_validates_and_says_it_has_no_text(corpus_store):
    result = run(corpus_store, "show", "tw/13-NQ/TW/2012", "--json")
    payload = json.loads(result.stdout)
    jsonschema.validate(payload["document"], DOCUMENT_SCHEMA)
    assert payload["document"]["issue_date"] == "2012-01-16" and payload["document"]["text"] == ""
    assert payload["ingested"] is False and payload["sections"] == []

    plain = run(corpus_store, "show", "tw/13-NQ/TW/2012")
    assert "Chưa có toàn văn" in plain.stdout and "policylink ingest" in plain.stdout


def test_show_prints_header_outline_and_footnotes(corpus_store):
    result = run(corpus_store, "show", _conclusion_id(corpus_store))
    assert result.exit_code == 0
    assert "Loại: Kết luận" in result.stdout
    assert "Bố cục (" in result.stdout and "2.2.1" in result.stdout
    assert "¹ Kết luận số 55-KL/TU" in result.stdout


def test_show_of_an_unknown_id_exits_1_and_says_where_to_find_ids(corpus_store):
    result = run(corpus_store, "show", "bac-giang/999-KL/TU/2020")
    assert result.exit_code == 1
    assert "Không tìm thấy văn bản" in result.output and "policylink list" in result.output


def test_a_batch_with_bad_files_stores_the_good_ones_names_the_bad_and_exits_1(tmp_path):
    batch = tmp_path / "batch"
    batch.mkdir()
    shutil.copy(CORPUS / "ket-luan-btv-tinh-uy-bac-giang-2024-ket-cau-ha-tang.txt", batch / "ket-luan.txt")
    (batch / "chi-thi-12.txt").write_text(DIRECTIVE, encoding="utf-8")
    (batch / "ban-cu.doc").write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(512))  # legacy Word
    data_dir = tmp_path / "data"
    result = run(data_dir, "ingest", str(batch), str(tmp_path / "khong-co.txt"))
    assert result.exit_code == 1
    error_lines = [line for line in result.stderr.splitlines() if line.startswith("Lỗi:")]
    assert len(error_lines) == 2
    assert "ban-cu.doc" in error_lines[0] and "docx" in error_lines[0]
    assert "khong-co.txt" in error_lines[1]
    assert result.stdout.count("failed") == 2 and "2 lỗi" in result.stdout
    listed = _listed(data_dir)
    assert len([d for d in listed if d["ingested"]]) == 2
    assert "bac-giang/12-CT/TU/2023" in {d["id"] for d in listed}


def test_many_files_show_a_progress_bar_on_stderr_and_json_stays_clean(tmp_path):
    batch = tmp_path / "batch"
    batch.mkdir()
    for n in range(1, 6):
        (batch / f"chi-thi-{n}.txt").write_text(DIRECTIVE.replace("12-CT/TU", f"{n}-CT/TU"), encoding="utf-8")
    result = run(tmp_path / "data", "ingest", str(batch), "--json")
    assert result.exit_code == 0, result.output
    assert "Đang nạp" in result.stderr
    assert [o["status"] for o in json.loads(result.stdout)] == ["new"] * 5


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_serve_answers_the_home_page_and_the_documents_api(corpus_store):
    port = _free_port()
    env = {**os.environ, "POLICYLINK_DATA_DIR": str(corpus_store), "PYTHONPATH": str(REPO)}
    code = f"from api.cli import main; main(['serve', '--port', '{port}'])"
    server = subprocess.Popen([sys.executable, "-c", code], env=env, stderr=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/", timeout=2) as response:
                    home = response.read().decode("utf-8")
                    content_type = response.headers["content-type"]
                break
            except OSError:
                assert time.monotonic() < deadline, "the server did not start within 60 s"
                time.sleep(0.3)
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/v1/documents/tw/72-KL/TW/2024") as response:
            document = json.loads(response.read())
    finally:
        server.terminate()
        server.wait(timeout=30)
    assert content_type == "text/html; charset=utf-8"
    assert '<meta charset="utf-8">' in home and "Kho văn bản" in home and "72-KL/TW" in home
    assert document["document"]["key"] == "72-KL/TW"
