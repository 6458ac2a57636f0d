"""Round trips: the shipped conclusion rendered to real PDF, DOCX and HTML files reads back as
the same cleaned text, header, section tree and footnote as the `.txt`."""

import html
import re
from pathlib import Path

import pdfplumber
import pytest
from ingest_fixtures import (
    CONCLUSION,
    PdfLayout,
    build_docx,
    build_pdf,
    is_footnote,
    join_blocks,
    read_blocks,
)

from policylink.ingest.pdf_reader import read_pdf
from policylink.ingest.pipeline import ingest_file

MAX = 20 * 1024 * 1024
RUNNING_HEADER = "TỈNH ỦY BẮC GIANG - Tài liệu lưu hành nội bộ"
TASKS = [
    ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời hạn"],
    ["1", "Xây dựng Đề án đào tạo, bồi dưỡng quản lý đô thị", "UBND tỉnh", "Quý IV/2024"],
    ["2", "Rà soát quy hoạch khu công nghiệp", "Sở Xây dựng", "Hằng năm"],
]


def _squash(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def _continuations(blocks: list[list[str]]) -> set[int]:
    """Blocks that the `.txt` shows split off their paragraph by a page break of the original
    (they start in lower case or with `(`): the PDF puts a page break before each of them."""
    return {i for i, block in enumerate(blocks) if i and (block[0][0].islower() or block[0][0] == "(")}


def _tree(doc) -> list[tuple]:
    return [(s.id, s.heading, s.level, s.parent) for s in doc.sections]


def _assert_same_document(doc, reference) -> None:
    assert _squash(doc.text) == _squash(reference.text)
    assert doc.header == reference.header
    assert _tree(doc) == _tree(reference)
    assert [(n.marker, n.text) for n in doc.footnotes] == [(n.marker, n.text) for n in reference.footnotes]
    for note in doc.footnotes:
        assert doc.text[note.anchor: note.anchor + len(note.marker)] == note.marker
        assert doc.text.rstrip().endswith(f"{note.marker} {note.text}")


@pytest.fixture(scope="module")
def reference():
    return ingest_file(CONCLUSION, max_bytes=MAX)


@pytest.fixture(scope="module")
def blocks():
    return read_blocks(CONCLUSION)


@pytest.fixture(scope="module")
def conclusion_pdf(tmp_path_factory, blocks) -> Path:
    layout = PdfLayout(running_header=RUNNING_HEADER, break_before=_continuations(blocks))
    return build_pdf(blocks, tmp_path_factory.mktemp("pdf") / "ket-luan.pdf", layout)


def test_pdf_fixture_has_the_features_the_cleaner_must_undo(conclusion_pdf):
    with pdfplumber.open(conclusion_pdf) as pdf:
        pages = [page.extract_text() for page in pdf.pages]
        chars = [c for page in pdf.pages for c in page.chars]
    assert len(pages) >= 5
    assert all(RUNNING_HEADER in page for page in pages)
    assert all(page.rstrip().endswith(str(number)) for number, page in enumerate(pages, start=1))
    keys = ("trục kết nối", "(kết nối giữa")
    page_of = {key: next(i for i, page in enumerate(pages) if key in page) for key in keys}
    assert page_of["(kết nối giữa"] == page_of["trục kết nối"] + 1
    body_size = max(c["size"] for c in chars if c["text"] == "K")
    markers = [c for c in chars if c["text"] == "1" and c["size"] < 0.8 * body_size]
    assert len(markers) >= 2  # the raised marker in the body and the one before the footnote
    footnote_chars = [c for c in chars if c["size"] <= 8.5 and c["text"] == "K"]
    assert footnote_chars, "footnote text must be in a smaller font"


def test_pdf_reads_as_the_txt(conclusion_pdf, reference):
    doc = ingest_file(conclusion_pdf, max_bytes=MAX)
    assert doc.source_format == "pdf"
    _assert_same_document(doc, reference)
    assert RUNNING_HEADER not in doc.text
    assert "trục kết nối (kết nối giữa" in doc.text


def test_pdf_reader_marks_pages_and_superscripts(conclusion_pdf):
    raw = read_pdf(conclusion_pdf.read_bytes(), conclusion_pdf.name)
    assert raw.count("\f") >= 4
    assert "Tỉnh ủy¹." in raw
    assert re.search(r"^¹ Kết luận số 55-KL/TU", raw, re.MULTILINE)


def test_pdf_two_column_header(tmp_path: Path):
    body = [["KẾT LUẬN"], ["về tiếp tục thực hiện Nghị quyết số 113-NQ/TU"],
            ["1. Giao Ban cán sự đảng UBND tỉnh chủ trì, phối hợp với các cơ quan có liên quan."]]
    layout = PdfLayout(
        header_left=["TỈNH ỦY BẮC GIANG", "BAN THƯỜNG VỤ", "*", "Số 55-KL/TU"],
        header_right=["ĐẢNG CỘNG SẢN VIỆT NAM", "", "", "Bắc Giang, ngày 7 tháng 3 năm 2021"],
    )
    doc = ingest_file(build_pdf(body, tmp_path / "hai-cot.pdf", layout), max_bytes=MAX)
    header = doc.header
    assert (header.issuer, header.jurisdiction) == ("Ban Thường vụ Tỉnh ủy", "Bắc Giang")
    assert header.key == "55-KL/TU"
    assert (header.place, header.issue_date, header.doc_type) == ("Bắc Giang", "2021-03-07", "Kết luận")
    assert header.title == "về tiếp tục thực hiện Nghị quyết số 113-NQ/TU"
    assert [s.id for s in doc.sections] == ["1"]


def test_docx_with_real_footnote_and_task_table_reads_as_the_txt(tmp_path: Path, blocks, reference):
    paragraphs = join_blocks(blocks, _continuations(blocks))
    after = next(i for i, block in enumerate(paragraphs) if block[0].startswith("3. Giao"))
    path = build_docx(paragraphs, tmp_path / "ket-luan.docx", table_after=after, table_rows=TASKS)
    doc = ingest_file(path, max_bytes=MAX)
    assert doc.source_format == "docx"
    rows = ["\t".join(row) for row in TASKS]
    for row in rows:
        assert f"\n{row}\n" in doc.text
    section_3 = next(s for s in doc.sections if s.id == "3")
    assert all(row in doc.text[section_3.start:section_3.end] for row in rows)
    without_table = "\n".join(line for line in doc.text.split("\n") if line not in rows)
    assert _squash(without_table) == _squash(reference.text)
    assert doc.header == reference.header
    assert _tree(doc) == _tree(reference)
    assert [(n.marker, n.text) for n in doc.footnotes] == [(n.marker, n.text) for n in reference.footnotes]


def test_docx_two_column_header_table(tmp_path: Path):
    body = [["KẾT LUẬN"], ["về tiếp tục thực hiện Nghị quyết số 113-NQ/TU"], ["1. Giao Sở Xây dựng chủ trì."]]
    columns = (["TỈNH ỦY BẮC GIANG", "BAN THƯỜNG VỤ", "*", "Số 55-KL/TU"],
               ["ĐẢNG CỘNG SẢN VIỆT NAM", "Bắc Giang, ngày 7 tháng 3 năm 2021"])
    doc = ingest_file(build_docx(body, tmp_path / "hai-cot.docx", header_columns=columns), max_bytes=MAX)
    header = doc.header
    assert (header.issuer, header.jurisdiction) == ("Ban Thường vụ Tỉnh ủy", "Bắc Giang")
    assert header.key == "55-KL/TU"
    assert (header.issue_date, header.doc_type) == ("2021-03-07", "Kết luận")
    assert "\t" not in doc.text  # a layout table is read column by column, not as a data row


def test_html_reads_as_the_txt(tmp_path: Path, blocks, reference):
    paragraphs = join_blocks(blocks, _continuations(blocks))
    body = []
    for block in paragraphs:
        for line in block:
            escaped = re.sub(r"¹", "<sup>1</sup>", html.escape(line))
            body.append(f"<div class='{'footnote' if is_footnote(block) else 'p'}'>{escaped}</div>")
    page = ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>Kết luận</title>"
            f"<style>.p {{margin: 0}}</style></head><body>{''.join(body)}</body></html>")
    path = tmp_path / "ket-luan.html"
    path.write_text(page, encoding="utf-8")
    doc = ingest_file(path, max_bytes=MAX)
    assert doc.source_format == "html"
    assert "Kết luận\n" not in doc.text.split("KẾT LUẬN")[0]  # the <title> in <head> is dropped
    assert doc.header == reference.header
    assert _tree(doc) == _tree(reference)
    assert [(n.marker, n.text) for n in doc.footnotes] == [(n.marker, n.text) for n in reference.footnotes]
    assert _squash(doc.text) == _squash(reference.text)
