"""The PDF reader (PDFium characters, pdfplumber's word rules) reads every PDF the tests build to the
same text, character for character, as pdfplumber's own words put through the same layout step.

The reference (`ingest_fixtures.pdfplumber_layout_text`) is pdfplumber used directly, the way the
reader worked before it moved to PDFium; besides the test builders' PDFs it covers stretched
and spaced text, a rotated line and a font scaled by the text matrix instead of its size.
"""

from pathlib import Path

import pytest
from fpdf import FPDF
from ingest_fixtures import (
    FONT_DIR,
    PdfLayout,
    build_image_only_pdf,
    build_pdf,
    build_scanned_pdf,
    build_text_pdf,
    pdfplumber_layout_text,
    read_blocks,
)

from policylink.ingest.model import IngestError
from policylink.ingest.pdf_reader import read_pdf

CONCLUSION_BLOCKS = read_blocks()
SHORT = [["KẾT LUẬN"], ["1. Giao Sở Xây dựng chủ trì thực hiện."]]
ITEMS = [
    ["KẾ HOẠCH", "sắp xếp tổ chức bộ máy các cơ quan đảng"],
    ["I. NHIỆM VỤ"],
    ["1. Rà soát chức năng, nhiệm vụ của các cơ quan tham mưu, giúp việc Khối",
     "- Các đảng bộ cơ sở báo cáo số liệu;", "a) Ban Tổ chức chủ trì rà soát đề án;"],
]
TWO_COLUMNS = PdfLayout(
    header_left=["TỈNH ỦY BẮC GIANG", "BAN THƯỜNG VỤ", "*", "Số 55-KL/TU"],
    header_right=["ĐẢNG CỘNG SẢN VIỆT NAM", "", "", "Bắc Giang, ngày 7 tháng 3 năm 2021"],
)
# A page break before each block the `.txt` shows split off its paragraph by a page break.
RUNNING_HEADER = PdfLayout(
    running_header="TỈNH ỦY BẮC GIANG - Nội bộ",
    break_before={i for i, b in enumerate(CONCLUSION_BLOCKS) if i and (b[0][0].islower() or b[0][0] == "(")},
)


def _odd_text_pdf(path: Path) -> Path:
    """Stretched text, spaced letters, a rotated line and a smaller size, in one page (fpdf2)."""
    pdf = FPDF()
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSerif.ttf"))
    pdf.add_page()
    pdf.set_font("DejaVu", size=12)
    pdf.set_stretching(80)
    pdf.write(6, "Kết luận số 55-KL/TU, chữ giãn 80 phần trăm.\n")
    pdf.set_stretching(100)
    pdf.set_char_spacing(1.5)
    pdf.write(6, "Giãn khoảng cách giữa các ký tự của dòng này.\n")
    pdf.set_char_spacing(0)
    with pdf.rotation(90, x=100, y=200):
        pdf.text(100, 200, "Dòng chữ xoay dọc lề")
    pdf.set_font("DejaVu", size=11)
    pdf.write(6, "Dòng cuối cỡ 11.\n")
    pdf.output(str(path))
    return path


def _matrix_scaled_pdf(path: Path) -> Path:
    """Helvetica set at size 1 and scaled to 12 pt by the text matrix, as some converters write it."""
    content = b"BT /F1 1 Tf 12 0 0 12 72 700 Tm (Giao So Xay dung chu tri) Tj 0 -1.5 Td (thuc hien.) Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n%s\nendstream" % (len(content), content),
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n%s\nendobj\n" % (number, body)
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    path.write_bytes(bytes(out))
    return path


def _landscape_pdf(path: Path) -> Path:
    """A landscape A4 page whose size the page tree gives (fpdf2 writes it there, not on the page)."""
    pdf = FPDF(orientation="L", format="A4")
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSerif.ttf"))
    pdf.add_page()
    pdf.set_font("DejaVu", size=12)
    for line in ("PHỤ LỤC", "Danh mục nhiệm vụ năm 2026", "1. Sở Tài chính chủ trì rà soát."):
        pdf.multi_cell(0, 7, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(path))
    return path


BUILDERS = {
    "conclusion": lambda tmp: build_pdf(CONCLUSION_BLOCKS, tmp / "a.pdf"),
    "conclusion-running-header": lambda tmp: build_pdf(CONCLUSION_BLOCKS, tmp / "a.pdf", RUNNING_HEADER),
    "two-column-header": lambda tmp: build_pdf(SHORT, tmp / "a.pdf", TWO_COLUMNS),
    "items": lambda tmp: build_pdf(ITEMS, tmp / "a.pdf", PdfLayout(centred_blocks={0})),
    "short": lambda tmp: build_pdf(SHORT, tmp / "a.pdf"),
    "one-line": lambda tmp: build_text_pdf(tmp / "a.pdf"),
    "odd-text": lambda tmp: _odd_text_pdf(tmp / "a.pdf"),
    "matrix-scaled": lambda tmp: _matrix_scaled_pdf(tmp / "a.pdf"),
    "landscape-inherited-size": lambda tmp: _landscape_pdf(tmp / "a.pdf"),
}


@pytest.mark.parametrize("kind", sorted(BUILDERS))
def test_reader_gives_pdfplumbers_text(kind: str, tmp_path: Path) -> None:
    data = BUILDERS[kind](tmp_path).read_bytes()
    text = read_pdf(data, "a.pdf")
    assert text.strip()
    assert text == pdfplumber_layout_text(data)


NO_TEXT_LAYER = {
    "image-only": lambda tmp: build_image_only_pdf(tmp / "scan.pdf"),
    "scanned": lambda tmp: build_scanned_pdf(build_pdf(SHORT, tmp / "goc.pdf"), tmp / "scan.pdf", dpi=50),
}


@pytest.mark.parametrize("kind", sorted(NO_TEXT_LAYER))
def test_pdf_without_text_layer_has_no_words_either_way(kind: str, tmp_path: Path) -> None:
    data = NO_TEXT_LAYER[kind](tmp_path).read_bytes()
    assert pdfplumber_layout_text(data).strip() == ""
    with pytest.raises(IngestError) as caught:
        read_pdf(data, "scan.pdf")
    assert "--ocr" in caught.value.remedy
