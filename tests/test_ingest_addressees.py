"""Where a letter's `Kính gửi` list ends (ingest.addressees), on lists of our own: its wrapped names,
bullets and address notes belong to it; the body's first line, with or without a full stop closing
the last addressee, does not."""

from policylink.ingest.addressees import addressees_end
from policylink.ingest.attachments import text_lines


def _list(*lines: str) -> str:
    """The list read from `lines` (the `Kính gửi` line first), as ingestion cuts it."""
    text = "\n".join(lines)
    return text[: addressees_end(text_lines(text), 0)]


BODY = "Thực hiện Công văn số 15/UBND-TH ngày 02/3/2026 của Ủy ban nhân dân tỉnh về việc rà soát hồ sơ;"


def test_the_body_s_first_line_ends_a_list_without_a_full_stop() -> None:
    for first in ("Căn cứ Luật Thủy lợi ngày 19 tháng 6 năm 2017;", "Ngày 12/3/2026, Bộ Xây dựng ban hành"
                  " Thông tư số 04/2026/TT-BXD.", "Sở Xây dựng nhận được Công văn số 20/CT ngày 01/3/2026."):
        assert _list("Kính gửi: Các doanh nghiệp vận tải hành khách trên địa bàn tỉnh", first) \
            == "Kính gửi: Các doanh nghiệp vận tải hành khách trên địa bàn tỉnh"


def test_a_name_wraps_into_a_lower_case_line() -> None:
    assert _list("Kính gửi:  Các hợp tác xã nuôi trồng thủy sản", "ven biển tỉnh Hòa An.", BODY) \
        == "Kính gửi:  Các hợp tác xã nuôi trồng thủy sản\nven biển tỉnh Hòa An."


def test_bullets_their_wrapped_lines_and_address_notes_belong_to_the_list() -> None:
    lines = ("Kính gửi:", "- Sở Giáo dục và Đào tạo;", "- Các ban quản lý dự án chuyên ngành",
             "Ủy ban nhân dân tỉnh,", "- Công ty TNHH Thủy sản Đông Hải;",
             "(Địa chỉ: số 8 đường Trần Phú, phường Bắc Sơn)", "", "- Hộ kinh doanh Lê Văn Hòa.")
    assert _list(*lines, BODY) == "\n".join(lines)


def test_addressees_without_bullets_follow_a_bare_opening_or_a_separator() -> None:
    lines = ("Kính gửi:", "Hợp tác xã Nông nghiệp Tân Phú;", "Mã số thuế: 0201234567;",
             "Địa chỉ: thôn Đông, xã Tân Phú.")
    assert _list(*lines, BODY) == "\n".join(lines)
    assert _list("Kính gửi:", "", "Hộ kinh doanh Lê Văn Hòa.", BODY) \
        == "Kính gửi:\n\nHộ kinh doanh Lê Văn Hòa."


def test_after_a_full_stop_or_a_blank_line_only_bullets_and_notes_go_on() -> None:
    assert _list("Kính gửi: Công ty Cổ phần Cấp nước Hòa An.", "(Địa chỉ: số 2 đường Lý Bôn)", BODY) \
        == "Kính gửi: Công ty Cổ phần Cấp nước Hòa An.\n(Địa chỉ: số 2 đường Lý Bôn)"
    assert _list("Kính gửi: Công ty Cổ phần Cấp nước Hòa An.", "Trung tâm Kiểm định chất lượng nước có ý"
                 " kiến như sau:") == "Kính gửi: Công ty Cổ phần Cấp nước Hòa An."
    assert _list("Kính gửi: Ủy ban nhân dân các xã", "", "trong thời gian qua, công tác phòng chống dịch") \
        == "Kính gửi: Ủy ban nhân dân các xã"
