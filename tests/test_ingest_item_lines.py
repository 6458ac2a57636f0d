"""Item numbers printed apart from their item (ingest.item_lines): alone on a line, run onto the end of
the heading above, glued to the first word, or after a web page's breadcrumb; the same sections from a
page's plain-text copy, a DOCX and a PDF."""

from pathlib import Path

from ingest_fixtures import build_docx, build_pdf

from policylink.ingest.item_lines import rejoin_item_numbers
from policylink.ingest.pipeline import ingest_file

MAX = 1_000_000


ITEM = "Rà soát quy hoạch mạng lưới trường học, sắp xếp các điểm trường lẻ ở vùng khó khăn."


def test_a_number_alone_on_its_line_joins_the_words_after_it() -> None:
    assert rejoin_item_numbers(["Thời gian: năm 2022.", "2.3.", ITEM, "2.4.", "- Sở A"]) == [
        "Thời gian: năm 2022.", f"2.3. {ITEM}", "2.4.", "- Sở A"]
    assert rejoin_item_numbers(["II. NHIỆM VỤ", "2.", "Giao Sở Tài chính:"]) == [
        "II. NHIỆM VỤ", "2. Giao Sở Tài chính:"]


def test_a_table_read_one_cell_a_line_keeps_its_row_numbers() -> None:
    """A PDF reader's table: the row number follows a header label or a row's last cell."""
    cells = ["Cơ quan", "chủ trì", "1.", "Rà soát quy hoạch.", "Sở Giáo dục", "Quý II/2022", "2.",
             "Sắp xếp trường."]
    assert rejoin_item_numbers(cells) == cells


def test_a_first_child_run_onto_its_heading_starts_its_own_line() -> None:
    assert rejoin_item_numbers(["2. Phát triển nguồn nhân lực 2.1.", "Đào tạo lại giáo viên."]) == [
        "2. Phát triển nguồn nhân lực", "2.1. Đào tạo lại giáo viên."]
    assert rejoin_item_numbers(["3. Về thủ tục 3.1. Thời hạn nộp hồ sơ: 30 ngày."]) == [
        "3. Về thủ tục", "3.1. Thời hạn nộp hồ sơ: 30 ngày."]


def test_a_number_in_the_text_that_is_not_the_first_child_stays() -> None:
    lines = ["2. Thực hiện theo khoản 3.1. và khoản 2.2. của Quy chế.", "1. Tăng 1.1. lần"]
    assert rejoin_item_numbers(lines) == lines


def test_a_number_glued_to_its_first_word_gets_its_space() -> None:
    glued = ["1.Các sở, ngành chủ động triển khai."]
    assert rejoin_item_numbers(glued) == ["1. Các sở, ngành chủ động triển khai."]
    assert rejoin_item_numbers(["Tỷ lệ đạt 1.5 lần."]) == ["Tỷ lệ đạt 1.5 lần."]


def test_a_breadcrumb_before_a_heading_is_dropped() -> None:
    lines = ["Kế hoạch 12/KH-UBND năm 2021. Điều 1.", "Kế hoạch 12/KH-UBND năm 2021. PHỤ LỤC. II. NHIỆM VỤ",
             "Kế hoạch 12/KH-UBND năm 2021. QUY CHẾ. VỀ PHỐI HỢP (Ban hành kèm theo ...)"]
    assert rejoin_item_numbers(lines) == ["Điều 1.", "II. NHIỆM VỤ",
                                          "QUY CHẾ. VỀ PHỐI HỢP (Ban hành kèm theo ...)"]


PAGE = [
    "KẾ HOẠCH",
    "Phát triển giáo dục nghề nghiệp năm 2022",
    "Kế hoạch 7/KH-UBND năm 2022. I. NHIỆM VỤ",
    "1. Phát triển mạng lưới cơ sở đào tạo 1.1.",
    "Rà soát mạng lưới trường nghề.",
    "1.2.",
    "Sắp xếp các trung tâm giáo dục nghề nghiệp công lập theo hướng tinh gọn, hiệu quả.",
    "2. Nâng cao chất lượng đào tạo 2.1. Chuẩn hóa đội ngũ giáo viên.",
]
SECTIONS = ["I", "I.1", "I.1.1", "I.1.2", "I.2", "I.2.1"]


def test_the_sections_of_a_page_copy(tmp_path: Path) -> None:
    path = tmp_path / "ke-hoach.txt"
    path.write_text("\n".join(PAGE) + "\n", encoding="utf-8")
    doc = ingest_file(path, max_bytes=MAX)
    assert [s.id for s in doc.sections] == SECTIONS
    assert f"1.2. {PAGE[6]}" in doc.text.split("\n")


def test_the_sections_of_a_docx_with_numbers_in_paragraphs_of_their_own(tmp_path: Path) -> None:
    path = build_docx([PAGE], tmp_path / "ke-hoach.docx")
    assert [s.id for s in ingest_file(path, max_bytes=MAX).sections] == SECTIONS


def test_the_sections_of_a_pdf_with_numbers_on_lines_of_their_own(tmp_path: Path) -> None:
    path = build_pdf([PAGE[:2], PAGE[2:]], tmp_path / "ke-hoach.pdf")
    assert [s.id for s in ingest_file(path, max_bytes=MAX).sections] == SECTIONS
