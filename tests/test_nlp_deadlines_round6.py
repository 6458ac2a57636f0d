"""Deadlines and horizons, sixth round: table cells, dates without `ngày`, the semiannual and annual
reports, several dates sharing one recurrence, and target years (sentences of our own)."""

import pytest
from policylink.nlp.deadlines import find_deadlines
from policylink.nlp.pipeline import vietnamese_doc


def times(text: str) -> tuple[list[tuple], list[tuple]]:
    found, horizons = find_deadlines(vietnamese_doc(text), exclude=[])
    return (
        [(d.text, d.due, d.period_start, d.recurrence) for d in found],
        [(h.text, h.due, h.period_start) for h in horizons],
    )


def deadlines(text: str) -> list[tuple]:
    return times(text)[0]


def test_a_deadline_does_not_cross_a_table_row() -> None:
    text = ("STT\tNội dung\tThời gian\n3\tKiểm tra an toàn\tQuý III/2025\n"
            "4\tTổng hợp số liệu\tHằng tháng\n9\tRà soát hồ sơ\tĐịnh kỳ 3 tháng\n12\tTập huấn\tNăm 2026\n")
    texts = [d[0] for d in deadlines(text)]
    assert texts == ["Quý III/2025", "Hằng tháng", "Định kỳ 3 tháng", "Năm 2026"]


def test_a_month_does_not_reach_into_the_next_cell() -> None:
    assert deadlines("Báo cáo kết quả trước tháng\t5\tSở Tài chính") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Hoàn thiện hồ sơ\tSở Xây dựng\tTrước 15/11/2025\n", ("15/11/2025", "2025-11-15")),
        ("gửi Sở Nội vụ chậm nhất 31/3/2026 để tổng hợp.", ("31/3/2026", "2026-03-31")),
    ],
)
def test_a_full_date_without_ngay_after_a_limiting_cue(text: str, expected: tuple[str, str]) -> None:
    assert deadlines(text) == [(expected[0], expected[1], None, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Số liệu cập nhật 31/3/2026 cho thấy tỷ lệ tăng.",  # no limiting cue
        "trước 31/2/2026",  # no such day
    ],
)
def test_a_full_date_without_ngay_needs_a_cue_and_a_real_day(text: str) -> None:
    assert deadlines(text) == []


@pytest.mark.parametrize(
    ("text", "first"),
    [
        ("Các ban báo cáo Thường trực Huyện ủy 6 tháng, năm.", "6 tháng"),
        ("- Định kỳ 6 tháng, năm gửi báo cáo về Văn phòng.", "Định kỳ 6 tháng"),
    ],
)
def test_six_months_and_year_are_the_semiannual_and_annual_reports(text: str, first: str) -> None:
    assert deadlines(text) == [(first, None, None, "semiannual"), ("năm", None, None, "annual")]


def test_six_months_then_a_year_number_is_no_pair_of_reports() -> None:
    texts = [d[0] for d in deadlines("Sơ kết trong 6 tháng, năm 2025 hoàn thành 80% chỉ tiêu.")]
    assert "năm" not in texts


def test_several_dates_share_one_recurrence() -> None:
    text = "Các xã gửi báo cáo trước ngày 20/3, 20/6 và 20/9 hằng năm."
    expected = ("ngày 20/3, 20/6 và 20/9 hằng năm", None, None, "annual")
    assert deadlines(text) == [expected, expected, expected]


def test_a_month_and_its_recurrence_are_one_deadline() -> None:
    assert deadlines("Hội nghị tổng kết vào tháng 11 hằng năm.") == [
        ("tháng 11 hằng năm", None, None, "annual")]
    assert deadlines("Hoàn thành trong tháng 11 năm 2025.") == [
        ("tháng 11 năm 2025", "2025-11-30", "2025-11-01", None)]


def test_a_target_year_in_the_goals_is_a_horizon() -> None:
    text = ("II. MỤC TIÊU\n2. Mục tiêu cụ thể\n- Tỷ lệ hộ dùng nước sạch tăng đều; năm 2027 đạt 90% số hộ "
            "được cấp nước sạch.\nIII. NHIỆM VỤ\n1. Sở Xây dựng báo cáo trong năm 2027.")
    found, horizons = times(text)
    assert horizons == [("năm 2027", "2027-12-31", "2027-01-01")]
    assert found == [("năm 2027", "2027-12-31", "2027-01-01", None)]


def test_a_year_with_a_result_outside_the_goals_is_no_horizon() -> None:
    text = "I. KẾT QUẢ\n1. Công tác cấp nước\nTỷ lệ hộ dùng nước sạch tăng; năm 2023 đạt 85% số hộ."
    assert times(text) == ([], [])


def test_a_period_framing_a_target_is_a_horizon_after_a_semicolon() -> None:
    text = "Hội Phụ nữ tỉnh vận động hội viên; giai đoạn 2026 - 2030, mỗi năm hỗ trợ ít nhất 200 hộ."
    found, horizons = times(text)
    assert horizons == [("giai đoạn 2026 - 2030", "2030-12-31", "2026-01-01")]
    assert found == [("mỗi năm", None, None, "annual")]


def test_a_past_period_opening_a_report_sentence_stays_out() -> None:
    text = "Kết quả nổi bật. Giai đoạn 2016 - 2020, toàn tỉnh đã hỗ trợ ít nhất 900 hộ."
    assert times(text)[1] == []


def test_a_year_range_alone_in_a_table_cell_is_a_deadline() -> None:
    text = "2\tXây dựng bản đồ số\tSở Khoa học và Công nghệ\t2025-2026\n"
    assert deadlines(text) == [("2025-2026", "2026-12-31", "2025-01-01", None)]


def test_a_year_range_in_a_column_header_is_no_deadline() -> None:
    assert deadlines("STT\tChỉ tiêu\t2021-2025\n") == []


def test_six_months_then_a_school_year_is_no_pair_of_reports() -> None:
    texts = [d[0] for d in deadlines("Sơ kết học kỳ I và 6 tháng, năm học 2025 - 2026.")]
    assert "năm" not in texts
