"""Where a time expression stands: limiting cues, past events, targets in the goals, the document's
own title block (nlp.deadline_context; sentences of our own)."""

import pytest
from deadline_fixtures import deadlines, time_tuples, times


@pytest.mark.parametrize(
    "text",
    [
        "Từ năm 2010 đến nay, tỉnh đã đạt nhiều kết quả.",
        "kết cấu hạ tầng trên địa bàn tỉnh từ năm 2010 đến nay",
        "Tháng 5/2024, Ban Thường vụ đã họp.",
        "Ngày 10/5/2024, tỉnh tổ chức hội nghị.",
        "Năm 2023, tổng lượng hàng hóa đạt 3,2 triệu tấn.",
        "Giai đoạn 2016-2023, hạ tầng logistics được quan tâm đầu tư.",
        "Bắc Ninh, ngày 20 tháng 9 năm 2024",
        "trình Đại hội đại biểu Đảng bộ tỉnh lần thứ XX, nhiệm kỳ 2025-2030.",
        "so với năm 2020 tăng 15%",
        "ghi nhận các chỉ tiêu huyện đã đạt trong năm 2024",
        "biểu dương kết quả xã đạt được trong quý I/2025",
        "trước ngày 30/2/2025",
    ],
)
def test_past_events_header_dates_and_impossible_dates_are_not_deadlines(text: str) -> None:
    assert times(text) == ([], [])


def test_a_past_period_opening_a_report_sentence_stays_out() -> None:
    text = "Kết quả nổi bật. Giai đoạn 2016 - 2020, toàn tỉnh đã hỗ trợ ít nhất 900 hộ."
    assert time_tuples(text)[1] == []


@pytest.mark.parametrize(
    "text",
    [
        "Quyết định này có hiệu lực sau 10 ngày kể từ ngày ký.",  # entry into force
        "Thời gian thực hiện 3 tháng.",  # a duration, no limiting cue
        "Hồ sơ đã quá 30 ngày kể từ ngày hẹn trả.",  # an overrun
    ],
)
def test_durations_that_limit_nothing_are_left_out(text: str) -> None:
    assert deadlines(text) == []


def test_a_meeting_hour_is_no_deadline_and_day_dates_are_kept() -> None:
    assert deadlines("Hội nghị khai mạc lúc 8 giờ ngày 12/8/2025 tại hội trường.") == []
    assert deadlines("trình UBND tỉnh trước ngày 15 tháng 12 năm 2025, trong vòng 2 tuần.") == [
        ("ngày 15 tháng 12 năm 2025", "2025-12-15", None, None), ("2 tuần", None, None, None)]


@pytest.mark.parametrize(
    "text",
    [
        "Số liệu cập nhật 31/3/2026 cho thấy tỷ lệ tăng.",  # no limiting cue
        "trước 31/2/2026",  # no such day
    ],
)
def test_a_full_date_without_ngay_needs_a_cue_and_a_real_day(text: str) -> None:
    assert deadlines(text) == []


def test_six_months_then_a_year_number_is_no_pair_of_reports() -> None:
    texts = [d[0] for d in deadlines("Sơ kết trong 6 tháng, năm 2025 hoàn thành 80% chỉ tiêu.")]
    assert "năm" not in texts


def test_the_year_in_the_documents_own_subject_line_is_a_horizon() -> None:
    text = ("ỦY BAN NHÂN DÂN\nHUYỆN TÂN YÊN\n\nKẾ HOẠCH\nCải cách hành chính huyện Tân Yên năm 2026\n\n"
            "1. Phòng Nội vụ huyện rà soát thủ tục trong năm 2026.\n")
    deadlines, horizons = times(text)
    assert [(h.text, h.due, h.period_start) for h in horizons] == [("năm 2026", "2026-12-31", "2026-01-01")]
    assert [d.text for d in deadlines] == ["năm 2026"]
    assert deadlines[0].start > horizons[0].start


def test_a_target_year_in_the_goals_is_a_horizon() -> None:
    text = ("II. MỤC TIÊU\n2. Mục tiêu cụ thể\n- Tỷ lệ hộ dùng nước sạch tăng đều; năm 2027 đạt 90% số hộ "
            "được cấp nước sạch.\nIII. NHIỆM VỤ\n1. Sở Xây dựng báo cáo trong năm 2027.")
    found, horizons = time_tuples(text)
    assert horizons == [("năm 2027", "2027-12-31", "2027-01-01")]
    assert found == [("năm 2027", "2027-12-31", "2027-01-01", None)]


def test_a_year_with_a_result_outside_the_goals_is_no_horizon() -> None:
    text = "I. KẾT QUẢ\n1. Công tác cấp nước\nTỷ lệ hộ dùng nước sạch tăng; năm 2023 đạt 85% số hộ."
    assert time_tuples(text) == ([], [])


def test_a_period_framing_a_target_is_a_horizon_after_a_semicolon() -> None:
    text = "Hội Phụ nữ tỉnh vận động hội viên; giai đoạn 2026 - 2030, mỗi năm hỗ trợ ít nhất 200 hộ."
    found, horizons = time_tuples(text)
    assert horizons == [("giai đoạn 2026 - 2030", "2030-12-31", "2026-01-01")]
    assert found == [("mỗi năm", None, None, "annual")]
