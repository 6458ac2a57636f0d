"""Bad input: every refusal is an IngestError naming the file, the problem and what to do."""

from pathlib import Path

import pytest
from ingest_fixtures import build_docx, build_image_only_pdf, build_pdf, build_text_pdf, not_word_zip

from policylink.ingest.model import IngestError
from policylink.ingest.pipeline import ingest_bytes, ingest_file

MAX = 10 * 1024 * 1024
BODY = [["KẾT LUẬN"], ["1. Giao Sở Xây dựng chủ trì thực hiện."]]


def _refusal(path: Path, max_bytes: int = MAX) -> IngestError:
    with pytest.raises(IngestError) as caught:
        ingest_file(path, max_bytes=max_bytes)
    error = caught.value
    assert error.source == path.name and path.name in str(error)
    assert error.problem and error.remedy
    return error


def test_empty_file(tmp_path: Path):
    path = tmp_path / "rong.txt"
    path.write_bytes(b"")
    assert "rỗng" in _refusal(path).problem


def test_whitespace_only_file(tmp_path: Path):
    path = tmp_path / "trang.txt"
    path.write_bytes(b" \n\n\t \n")
    assert "rỗng" in _refusal(path).problem


def test_corrupt_pdf(tmp_path: Path):
    whole = build_pdf(BODY, tmp_path / "goc.pdf").read_bytes()
    path = tmp_path / "hong.pdf"
    path.write_bytes(whole[: len(whole) // 3])
    error = _refusal(path)
    assert "hỏng" in error.problem and "PDF" in error.remedy


def test_encrypted_pdf(tmp_path: Path):
    error = _refusal(build_text_pdf(tmp_path / "mat-khau.pdf", user_password="bi-mat"))
    assert "mã hóa" in error.problem and "mật khẩu" in error.remedy


def test_pdf_without_text_layer_asks_for_ocr(tmp_path: Path):
    error = _refusal(build_image_only_pdf(tmp_path / "scan.pdf"))
    assert "bản quét" in error.problem and "--ocr" in error.remedy


def test_unknown_binary(tmp_path: Path):
    path = tmp_path / "du-lieu.bin"
    path.write_bytes(bytes(range(256)) * 20)
    assert "không rõ định dạng" in _refusal(path).problem


def test_zip_that_is_not_docx(tmp_path: Path):
    path = tmp_path / "van-ban.docx"
    path.write_bytes(not_word_zip())
    assert "không phải văn bản Word" in _refusal(path).problem


def test_damaged_docx(tmp_path: Path):
    whole = build_docx(BODY, tmp_path / "goc.docx").read_bytes()
    path = tmp_path / "hong.docx"
    path.write_bytes(whole[: len(whole) // 2])
    assert "hỏng" in _refusal(path).problem


def test_legacy_doc_is_refused_with_conversion_advice(tmp_path: Path):
    path = tmp_path / "cu.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(2000))
    assert "--convert-to docx" in _refusal(path).remedy


def test_oversized_file_is_refused_before_reading(tmp_path: Path):
    path = tmp_path / "lon.txt"
    path.write_text("1. Giao Sở Xây dựng chủ trì.\n" * 2000, encoding="utf-8")
    error = _refusal(path, max_bytes=10_000)
    assert "vượt giới hạn" in error.problem
    with pytest.raises(IngestError, match="vượt giới hạn"):
        ingest_bytes(path.read_bytes(), "lon.txt", max_bytes=10_000)


def test_missing_file(tmp_path: Path):
    assert "không tồn tại" in _refusal(tmp_path / "khong-co.txt").problem


def test_format_is_detected_by_content_not_extension(tmp_path: Path):
    pdf_as_txt = tmp_path / "thuc-ra-la-pdf.txt"
    pdf_as_txt.write_bytes(build_text_pdf(tmp_path / "a.pdf").read_bytes())
    docx_as_pdf = tmp_path / "thuc-ra-la-docx.pdf"
    docx_as_pdf.write_bytes(build_docx(BODY, tmp_path / "b.docx").read_bytes())
    for path, expected in ((pdf_as_txt, "pdf"), (docx_as_pdf, "docx")):
        doc = ingest_file(path, max_bytes=MAX)
        assert doc.source_format == expected
        assert "1. Giao Sở Xây dựng chủ trì thực hiện." in doc.text
