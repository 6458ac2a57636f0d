"""Citations in the text as it is read: footnote markers blanked (nlp.citation_text), wrapped lines
rejoined (ingest.wrapped_lines)."""

import pytest
from citation_fixtures import cite, cited

from policylink.nlp.citation_text import working_text


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # a footnote marker after the symbol
        ("Thực hiện Kết luận số 14-KL/TW¹ ngày 22/9/2021 của Bộ Chính trị", [("14-KL/TW", "2021-09-22")]),
    ],
)
def test_a_footnote_marker_after_the_symbol(text: str, keys: list[tuple[str, str | None]]) -> None:
    assert [(c.key, c.date) for c in cited(text)] == keys


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # a mention cut by a line break
        ("Thực hiện Nghị quyết số 57-NQ/TW ngày\n22/12/2024 của Bộ Chính trị về phát triển", ["57-NQ/TW"]),
        ("Căn cứ Luật Đầu tư theo phương thức\nđối tác công tư ngày 18/6/2020;",
         ["Luật Đầu tư theo phương thức đối tác công tư"]),
    ],
)
def test_a_mention_cut_by_a_line_break(text: str, keys: list[str]) -> None:
    assert [" ".join(c.key.split()) for c in cited(text)] == keys


def test_date_on_the_next_line() -> None:
    (found,) = cite("Thực hiện Nghị quyết số 57-NQ/TW ngày\n22/12/2024 của Bộ Chính trị về phát triển")
    assert (found.date, found.issuer, found.relation) == ("2024-12-22", "Bộ Chính trị", "implements")


def test_cue_on_the_previous_line() -> None:
    found = cite("Để tiếp tục lãnh đạo, chỉ đạo có hiệu quả việc triển khai thực hiện\n"
                 "Kết luận số 14-KL/TW ngày 22/9/2021 của Bộ Chính trị, Ban Thường vụ yêu cầu")
    assert [(c.key, c.relation) for c in found] == [("14-KL/TW", "implements")]


def test_a_line_ending_a_sentence_part_is_not_joined_to_a_capitalised_line() -> None:
    text = "Các cơ quan báo cáo kết quả theo yêu cầu của Nghị quyết\nCác sở, ngành chủ động rà soát."
    assert cite(text) == []


def test_a_law_type_word_ending_a_line_joins_the_name_opening_the_next() -> None:
    text = "theo khoản 2 Điều 5 của Luật\nThủy lợi và Điều 3.\nLuật\nThủy lợi"
    assert working_text(text) == "theo khoản 2 Điều 5 của Luật Thủy lợi và Điều 3.\nLuật\nThủy lợi"


def test_an_issuing_organs_head_word_ending_a_line_joins_its_name() -> None:
    text = ("Thực hiện Công văn số 812/BYT-KCB ngày 3/3/2026 của Bộ\nY tế về phòng bệnh và Công văn số "
            "95/SYT-NV ngày 9/3/2026 của Sở\nY tế.\nĐề nghị báo cáo Bộ\nCác đơn vị thực hiện.")
    assert working_text(text) == text.replace("Bộ\nY", "Bộ Y").replace("Sở\nY", "Sở Y")
    assert [(c.key, c.relation) for c in cite(text)] == [
        ("812/BYT-KCB", "implements"), ("95/SYT-NV", "implements")]


def test_the_wrapped_lines_of_a_based_on_paragraph_are_joined_whatever_case_they_open_with() -> None:
    text = ("Căn cứ Nghị định số 40/2031/NĐ-CP ngày 2 tháng 3 năm 2031 của Chính phủ quy định chức năng, "
            "nhiệm vụ của Bộ\nXây dựng được sửa đổi, bổ sung bởi Nghị định số 12/2032/NĐ-CP ngày 5 tháng 1 "
            "năm 2032;\nCăn cứ Nghị định số 50/2031/NĐ-CP ngày 4 tháng 3 năm 2031 hướng dẫn thi hành\n"
            "Luật Xây dựng;\nTheo đề nghị của Vụ trưởng Vụ Pháp chế.\nQUYẾT ĐỊNH:")
    assert working_text(text).count("\n") == 3
    assert [(c.key, c.relation) for c in cite(text)] == [
        ("40/2031/NĐ-CP", "amends"), ("12/2032/NĐ-CP", "based_on"),
        ("50/2031/NĐ-CP", "based_on"), ("Luật Xây dựng", "implements")]
    # a table's `Căn cứ pháp lý` heading cell is no paragraph
    assert working_text("Căn cứ pháp lý\nGhi chú") == "Căn cứ pháp lý\nGhi chú"


def test_the_title_lines_under_the_type_heading_are_one_title() -> None:
    text = ("NGHỊ ĐỊNH\nSửa đổi, bổ sung một số điều của Nghị định số 40/2031/NĐ-CP\nngày 2 tháng 3 năm 2031 "
            "của Chính phủ quy định chi tiết một số điều\ncủa Luật Nhà ở (đã được sửa đổi,\nbổ sung tại "
            "Nghị định số 12/2032/NĐ-CP)\n\nCăn cứ Luật Tổ chức Chính phủ số 63/2025/QH15;")
    assert working_text(text).count("\n") == 3
    assert [(c.key, c.relation) for c in cite(text)][:3] == [
        ("40/2031/NĐ-CP", "amends"), ("Luật Nhà ở", "implements"), ("12/2032/NĐ-CP", "amends")]
    # an upper-case title line and the issuer's line after it stay apart
    text = "QUYẾT ĐỊNH\nBÃI BỎ QUY ĐỊNH VỀ QUẢN LÝ CHỢ\nỦY BAN NHÂN DÂN TỈNH\nCăn cứ Luật Tổ chức chính quyền"
    assert working_text(text) == text


def test_a_title_hard_wrapped_over_eight_lines_is_one_title() -> None:
    lines = ["Về việc đính chính Thông tư số 10/2031/TT-BTC sửa đổi, bổ sung một số", "điều của Thông tư số",
             "20/2029/TT-BTC ngày 5 tháng 6 năm 2029 của Bộ trưởng", "Bộ Tài chính hướng dẫn quản lý",
             "quỹ đầu tư và Thông tư số", "30/2029/TT-BTC ngày 7 tháng 8", "năm 2029 của Bộ trưởng Bộ Tài",
             "chính hướng dẫn giám sát thị trường"]
    text = "THÔNG TƯ\n" + "\n".join(lines) + "\nBỘ TRƯỞNG BỘ TÀI CHÍNH\nCăn cứ Luật Chứng khoán;"
    assert working_text(text).count("\n") == 3


def test_a_comma_line_end_before_a_heading_its_colon_closes_is_no_wrap() -> None:
    text = "Xét đề nghị tại Tờ trình số 5/TTr-SXD về Quy chế quản lý chợ trên địa bàn,\nQuyết định:\nĐiều 1."
    assert working_text(text) == text
    assert working_text("tại Điều 4, Điều 5,\nĐiều 6 Nghị định số 1/2024/NĐ-CP") == (
        "tại Điều 4, Điều 5, Điều 6 Nghị định số 1/2024/NĐ-CP")
