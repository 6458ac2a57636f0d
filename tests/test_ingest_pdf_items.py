"""PDF layout: a line that opens a list item (`a)`, `-`, `1.`, `Điều 5.`) starts a new paragraph,
even right after an unpunctuated item title that reaches the right edge of the text block."""

from pathlib import Path

from ingest_fixtures import PdfLayout, build_pdf

from policylink.ingest.pipeline import ingest_file

MAX = 20 * 1024 * 1024
# The unpunctuated item titles are the widest lines of the page, so the line under each of them
# would fit after no word: only its marker tells that a new paragraph starts.
BLOCKS = [
    ["KẾ HOẠCH", "sắp xếp tổ chức bộ máy các cơ quan đảng"],
    ["I. NHIỆM VỤ"],
    [
        "1. Rà soát chức năng, nhiệm vụ của các cơ quan tham mưu, giúp việc Khối",
        "- Các đảng bộ cơ sở báo cáo số liệu;",
        "- Các chi bộ trực thuộc lập danh sách.",
        "2. Kiện toàn tổ chức bộ máy của các chi bộ, đảng bộ cơ sở trực thuộc Khối",
        "a) Ban Tổ chức chủ trì rà soát đề án;",
        "b) Văn phòng tổng hợp kết quả.",
    ],
]


def _ingest(tmp_path: Path):
    layout = PdfLayout(centred_blocks={0})
    return ingest_file(build_pdf(BLOCKS, tmp_path / "ke-hoach.pdf", layout), max_bytes=MAX)


def test_item_lines_under_an_unpunctuated_title_open_their_own_sections(tmp_path: Path) -> None:
    doc = _ingest(tmp_path)
    ids = [s.id for s in doc.sections]
    assert ids == ["I", "I.1", "I.1-b1", "I.1-b2", "I.2", "I.2.a", "I.2.b"]
    lines = doc.text.split("\n")
    assert "2. Kiện toàn tổ chức bộ máy của các chi bộ, đảng bộ cơ sở trực thuộc Khối" in lines
    assert "a) Ban Tổ chức chủ trì rà soát đề án;" in lines


def test_item_title_keeps_its_words_as_the_heading(tmp_path: Path) -> None:
    doc = _ingest(tmp_path)
    headings = {s.id: s.heading for s in doc.sections}
    assert headings["I.1"] == "Rà soát chức năng, nhiệm vụ của các cơ quan tham mưu, giúp việc Khối"
    assert headings["I.1-b1"] == "Các đảng bộ cơ sở báo cáo số liệu;"
