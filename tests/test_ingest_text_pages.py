"""Pages of a text taken from a PDF without page marks, and digital signature stamps (ingest.text_pages)."""

from policylink.ingest.clean import clean
from policylink.ingest.text_pages import text_pages, without_signature_stamps

PAGE_ONE = [
    "TẠP CHÍ LUẬT/Kỳ 12/Ngày 03-09-2026",
    "15",
    "",
    "",
    "ỦY BAN NHÂN DÂN TỈNH MẪU",
    "Điều 4. Trách nhiệm thi hành",
    "1. Sở Nội vụ chủ trì, phối hợp với các sở, ngành liên quan hướng dẫn các",
]
PAGE_TWO = [
    "",
    "TẠP CHÍ LUẬT/Kỳ 12/Ngày 03-09-2026",
    "16",
    "",
    "",
    "xã thực hiện việc sắp xếp trước ngày 30 tháng 9 năm 2026.",
    "2. Sở Tài chính bảo đảm kinh phí.",
]


def test_running_line_with_page_number_is_a_page_break() -> None:
    """The running line and its number go; the duty cut by the break is one paragraph again."""
    text = clean("\n".join([*PAGE_ONE, *PAGE_TWO])).text
    assert "TẠP CHÍ LUẬT" not in text and "\n16\n" not in text
    assert "hướng dẫn các xã thực hiện việc sắp xếp trước ngày 30 tháng 9 năm 2026." in text


def test_page_number_above_or_glued_to_the_running_line() -> None:
    """The number may stand above the running line or in its line after a column gap; spacing may vary."""
    lines = ["", "7", "BẢN TIN/ Số 3/Ngày 01-02-2026", "", "Điều 1. Phạm vi", "Nội dung một.", "", "",
             "8\tBẢN TIN/Số 3/Ngày 01-02-2026", "", "Điều 2. Đối tượng", "Nội dung hai."]
    pages = text_pages("\n".join(lines))
    assert [p.strip() for p in pages] == ["", "Điều 1. Phạm vi\nNội dung một.",
                                          "Điều 2. Đối tượng\nNội dung hai."]


def test_a_repeated_line_without_rising_page_numbers_is_no_running_line() -> None:
    """A form's line printed twice next to a number is content unless the numbers go up like pages."""
    lines = ["Mẫu số 02", "5", "", "Nội dung mẫu.", "", "Mẫu số 02", "5", "", "Nội dung mẫu khác."]
    assert text_pages("\n".join(lines)) == ["\n".join(lines)]


def test_a_single_occurrence_is_no_running_line() -> None:
    text = "BÁO CÁO/Số 4/Ngày 02-03-2026\n9\n\nNội dung."
    assert text_pages(text) == [text]


def test_signature_stamp_removed_where_it_stands() -> None:
    """The stamp's fields above its signing time go; a line of the text with a colon above them stays."""
    lines = ["Thành phần gồm:", "đại diện các sở, ngành liên quan;", "Người ký: Cổng Thông tin Mẫu",
             "Email: lienhe@mau.vn", "Cơ quan: Văn phòng Mẫu", "Thời gian ký: 04.05.2026 09:10:11 +07:00",
             "đại diện Ủy ban nhân dân cấp xã."]
    assert without_signature_stamps("\n".join(lines)).split("\n") == [
        "Thành phần gồm:", "đại diện các sở, ngành liên quan;", "đại diện Ủy ban nhân dân cấp xã."]


def test_a_time_without_time_zone_is_no_stamp() -> None:
    """A meeting's place and time stay: only a signing software writes the time zone."""
    text = "Địa điểm: Hội trường tầng 2\nThời gian: 2026-05-04 08:00:00\nNgày ban hành: 2026-05-04"
    assert without_signature_stamps(text) == text


def test_stamp_and_page_break_inside_a_duty() -> None:
    """A duty cut by the first page's end, its signature stamp and the next page's running line reads
    as one paragraph, and no stamp field is left to be read as a body."""
    first = PAGE_ONE[:-1] + ["1. Sở Nội vụ chủ trì, phối hợp với các sở, ngành liên quan hướng dẫn các",
                             "Ký bởi: TẠP CHÍ LUẬT MẪU", "Cơ quan: VĂN PHÒNG MẪU",
                             "Ngày ký: 2026-09-03 08:00:01 +07:00"]
    text = clean("\n".join([*first, *PAGE_TWO])).text
    assert "Ký bởi" not in text and "VĂN PHÒNG MẪU" not in text
    assert "hướng dẫn các xã thực hiện việc sắp xếp" in text


def test_page_number_printed_twice_goes_with_its_running_line() -> None:
    """A reader may give a page's number twice, blank lines apart; a different number stays."""
    lines = ["Điều 1. Nội dung một.", "", "", "31", "", "", "31", "BẢN TIN/Số 3/Ngày 01-02-2026",
             "Điều 2. Hai.", "5", "", "32", "BẢN TIN/Số 3/Ngày 01-02-2026", "Điều 3. Ba."]
    pages = text_pages("\n".join(lines))
    assert [p.strip() for p in pages] == ["Điều 1. Nội dung một.", "Điều 2. Hai.\n5", "Điều 3. Ba."]
