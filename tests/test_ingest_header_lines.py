"""Header parts run together on one line (ingest.header_lines): each part on its own line, so the number,
date, type and subject are read as from a header printed line by line; the same from a page's plain-text
copy, a DOCX and a PDF."""

from pathlib import Path

from ingest_fixtures import build_docx, build_pdf

from policylink.ingest.header_lines import split_header_lines
from policylink.ingest.pipeline import ingest_file

MAX = 1_000_000
HEADER = [
    "ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN",
    "Số: 88/QĐ-UBND Điện Biên Phủ, ngày 12 tháng 3 năm 2021 QUYẾT ĐỊNH V/V PHÊ DUYỆT KẾ HOẠCH TRỒNG RỪNG",
    "Căn cứ Luật Lâm nghiệp ngày 15 tháng 11 năm 2017;",
    "Điều 1. Phê duyệt Kế hoạch trồng rừng năm 2021.",
]


def test_number_place_and_date_type_and_subject_each_on_a_line() -> None:
    assert split_header_lines(HEADER) == [
        "ỦY BAN NHÂN DÂN TỈNH ĐIỆN BIÊN", "Số: 88/QĐ-UBND", "Điện Biên Phủ, ngày 12 tháng 3 năm 2021",
        "QUYẾT ĐỊNH", "V/V PHÊ DUYỆT KẾ HOẠCH TRỒNG RỪNG", *HEADER[2:]]


def test_a_letter_s_number_subject_and_date_addressees() -> None:
    lines = ["Số: 45/BYT-KH V/v hướng dẫn tiêm chủng",
             "Hà Nội, ngày 02 tháng 02 năm 2021 Kính gửi: Sở Y tế các tỉnh."]
    assert split_header_lines(lines) == ["Số: 45/BYT-KH", "V/v hướng dẫn tiêm chủng",
                                         "Hà Nội, ngày 02 tháng 02 năm 2021", "Kính gửi: Sở Y tế các tỉnh."]


def test_a_date_inside_a_sentence_and_body_lines_stay() -> None:
    lines = ["KẾ HOẠCH", "Triển khai Kết luận số 12-KL/TU",
             "Thực hiện Kết luận của Ban Thường vụ, ngày 12 tháng 3 năm 2021 Sở Y tế chủ trì họp."]
    assert split_header_lines(lines) == lines


def _fields(doc) -> tuple:
    h = doc.header
    return h.doc_type, h.key, h.issue_date, h.place, h.title


EXPECTED = ("Quyết định", "88/QĐ-UBND", "2021-03-12", "Điện Biên Phủ", "V/V PHÊ DUYỆT KẾ HOẠCH TRỒNG RỪNG")


def test_the_header_of_a_page_copy(tmp_path: Path) -> None:
    path = tmp_path / "quyet-dinh.txt"
    path.write_text("\n".join(HEADER) + "\n", encoding="utf-8")
    assert _fields(ingest_file(path, max_bytes=MAX)) == EXPECTED


def test_the_header_of_a_docx(tmp_path: Path) -> None:
    path = build_docx([HEADER], tmp_path / "quyet-dinh.docx")
    assert _fields(ingest_file(path, max_bytes=MAX)) == EXPECTED


def test_the_header_of_a_pdf(tmp_path: Path) -> None:
    path = build_pdf([HEADER[:1], HEADER[1:2], HEADER[2:]], tmp_path / "quyet-dinh.pdf")
    assert _fields(ingest_file(path, max_bytes=MAX)) == EXPECTED
