"""Deadlines, fifth round: limits counted from an event, and an hour before the day."""

import pytest
from policylink.nlp.deadlines import find_deadlines
from policylink.nlp.pipeline import vietnamese_doc


def deadlines(text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    found, _ = find_deadlines(vietnamese_doc(text), exclude=[])
    return [(d.text, d.due, d.period_start, d.recurrence) for d in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Phòng Tư pháp trả lời trong thời hạn 07 ngày làm việc kể từ ngày nhận được công văn xin ý kiến; "
         "quá hạn thì coi như đồng ý.", "07 ngày làm việc kể từ ngày nhận được công văn xin ý kiến"),
        ("Trong thời hạn 20 ngày kể từ ngày nhận đủ hồ sơ, Sở Tài chính thẩm định.",
         "20 ngày kể từ ngày nhận đủ hồ sơ"),
        ("nộp không quá 15 ngày kể từ khi có kết quả kiểm tra thì được xét.",
         "15 ngày kể từ khi có kết quả kiểm tra"),
        ("Các xã gửi báo cáo trong vòng 30 ngày.", "30 ngày"),
    ],
)
def test_a_limit_counted_from_an_event_has_no_calendar_date(text: str, expected: str) -> None:
    assert deadlines(text) == [(expected, None, None, None)]


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


@pytest.mark.parametrize(
    ("text", "expected", "due"),
    [
        ("gửi Sở Nội vụ trước 9 giờ 30 phút ngày 12/8/2025 để tổng hợp.", "9 giờ 30 phút ngày 12/8/2025",
         "2025-08-12"),
        ("báo cáo chậm nhất 16h00 ngày 3/9/2025.", "16h00 ngày 3/9/2025", "2025-09-03"),
        ("hoàn thành trước 17 giờ, ngày 20 tháng 10 năm 2025.", "17 giờ, ngày 20 tháng 10 năm 2025",
         "2025-10-20"),
    ],
)
def test_an_hour_before_the_day_belongs_to_the_deadline(text: str, expected: str, due: str) -> None:
    assert deadlines(text) == [(expected, due, None, None)]


def test_a_meeting_hour_is_no_deadline_and_day_dates_are_kept() -> None:
    assert deadlines("Hội nghị khai mạc lúc 8 giờ ngày 12/8/2025 tại hội trường.") == []
    assert deadlines("trình UBND tỉnh trước ngày 15 tháng 12 năm 2025, trong vòng 2 tuần.") == [
        ("ngày 15 tháng 12 năm 2025", "2025-12-15", None, None), ("2 tuần", None, None, None)]
