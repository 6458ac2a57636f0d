"""Deadlines and horizons: forms, cues, recurrences, past periods, and the date normaliser."""

import calendar
import re
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st
from policylink.nlp.dates import DAY_DATE_RE, day_date_iso, month_period, quarter_number, quarter_period
from policylink.nlp.deadlines import find_deadlines
from policylink.nlp.pipeline import vietnamese_doc


def times(text: str, exclude: list[tuple[int, int]] | None = None):
    return find_deadlines(vietnamese_doc(text), exclude=exclude or [])


@pytest.mark.parametrize(
    ("text", "expression", "due", "period_start", "recurrence"),
    [
        ("báo cáo UBND tỉnh trước ngày 15/12/2024.", "ngày 15/12/2024", "2024-12-15", None, None),
        ("chậm nhất ngày 7 tháng 3 năm 2025 phải xong.", "ngày 7 tháng 3 năm 2025", "2025-03-07", None, None),
        ("hoàn thành trong tháng 6/2025.", "tháng 6/2025", "2025-06-30", "2025-06-01", None),
        ("tổng kết trong tháng Mười Một năm 2025.", "tháng Mười Một năm 2025", "2025-11-30", "2025-11-01",
         None),
        ("báo cáo trước tháng Tư năm 2026.", "tháng Tư năm 2026", "2026-04-30", "2026-04-01", None),
        ("xong trước tháng 02/2024.", "tháng 02/2024", "2024-02-29", "2024-02-01", None),
        ("hoàn thành trong quý IV/2024.", "quý IV/2024", "2024-12-31", "2024-10-01", None),
        ("hoàn thành trong quý 2/2025.", "quý 2/2025", "2025-06-30", "2025-04-01", None),
        ("tổ chức sơ kết trong quý III năm 2026.", "quý III năm 2026", "2026-09-30", "2026-07-01", None),
        ("khởi công trong 6 tháng đầu năm 2026.", "6 tháng đầu năm 2026", "2026-06-30", "2026-01-01", None),
        ("hoàn thành 6 tháng cuối năm 2025.", "6 tháng cuối năm 2025", "2025-12-31", "2025-07-01", None),
        ("hoàn thành trong năm 2026.", "năm 2026", "2026-12-31", "2026-01-01", None),
        ("Đào tạo nhân lực\tSở Lao động\tNăm 2025", "Năm 2025", "2025-12-31", "2025-01-01", None),
        ("bố trí ngân sách hằng năm cho quy hoạch.", "hằng năm", None, None, "annual"),
        ("đưa vào kế hoạch hàng năm.", "hàng năm", None, None, "annual"),
        ("hằng quý tổng hợp tình hình.", "hằng quý", None, None, "quarterly"),
        ("báo cáo hằng tháng.", "hằng tháng", None, None, "monthly"),
        ("định kỳ 6 tháng báo cáo kết quả.", "định kỳ 6 tháng", None, None, "semiannual"),
        ("định kỳ hằng năm tổ chức sơ kết.", "định kỳ hằng năm", None, None, "annual"),
        ("định kỳ báo cáo kết quả với Ban Thường vụ.", "định kỳ", None, None, "periodic"),
        ("báo cáo trước ngày 15/12 hằng năm.", "ngày 15/12 hằng năm", None, None, "annual"),
        ("Trước ngày 30 hằng tháng, báo cáo kết quả.", "ngày 30 hằng tháng", None, None, "monthly"),
    ],
)
def test_deadline_forms(text: str, expression: str, due, period_start, recurrence) -> None:
    deadlines, horizons = times(text)
    assert horizons == []
    assert [(d.text, d.due, d.period_start, d.recurrence) for d in deadlines] == [
        (expression, due, period_start, recurrence)
    ]
    assert text[deadlines[0].start : deadlines[0].end] == expression


@pytest.mark.parametrize(
    ("text", "expression", "due", "period_start"),
    [
        ("Phấn đấu đến năm 2030, tỉnh trở thành", "đến năm 2030", "2030-12-31", None),
        ("thời kỳ 2021-2030 và xa hơn", "thời kỳ 2021-2030", "2030-12-31", "2021-01-01"),
        ("trong giai đoạn 2025 - 2030 tập trung", "giai đoạn 2025 - 2030", "2030-12-31", "2025-01-01"),
        ("b) Tầm nhìn đến năm 2045", "Tầm nhìn đến năm 2045", "2045-12-31", None),
        ("mục tiêu của nhiệm kỳ 2025-2030 là", "nhiệm kỳ 2025-2030", "2030-12-31", "2025-01-01"),
    ],
)
def test_horizon_forms(text: str, expression: str, due, period_start) -> None:
    deadlines, horizons = times(text)
    assert deadlines == []
    assert [(h.text, h.due, h.period_start) for h in horizons] == [(expression, due, period_start)]


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


def test_excluded_spans_are_skipped() -> None:
    text = "xây dựng “Đề án phát triển đô thị giai đoạn 2025-2030”, hoàn thành trong quý IV/2024."
    quoted = (text.index("“"), text.index("”") + 1)
    deadlines, horizons = times(text, exclude=[quoted])
    assert horizons == []
    assert [d.text for d in deadlines] == ["quý IV/2024"]


def test_results_are_span_groups() -> None:
    doc = vietnamese_doc("Đến năm 2030 hoàn thành; báo cáo hằng quý.")
    deadlines, horizons = find_deadlines(doc, exclude=[])
    assert [s.text for s in doc.spans["deadlines"]] == ["hằng quý"]
    assert [s.text for s in doc.spans["horizons"]] == ["Đến năm 2030"]
    assert len(deadlines) == len(horizons) == 1


@given(st.dates(min_value=date(1945, 1, 1), max_value=date(2099, 12, 31)), st.sampled_from(["/", "-", "."]),
       st.booleans())
def test_day_dates_normalise_to_iso_in_every_written_form(day: date, sep: str, padded: bool) -> None:
    d, m = (f"{day.day:02d}", f"{day.month:02d}") if padded else (str(day.day), str(day.month))
    for written in (f"ngày {d}{sep}{m}{sep}{day.year}", f"ngày {d} tháng {m} năm {day.year}"):
        match = DAY_DATE_RE.fullmatch(written)
        assert match is not None
        assert day_date_iso(match) == day.isoformat()


@given(st.integers(1, 31), st.integers(1, 12), st.integers(1900, 2100))
def test_impossible_days_give_no_date(day: int, month: int, year: int) -> None:
    match = DAY_DATE_RE.fullmatch(f"ngày {day}/{month}/{year}")
    assert match is not None
    valid = day <= calendar.monthrange(year, month)[1]
    assert (day_date_iso(match) is not None) == valid


@given(st.integers(1900, 2100), st.integers(1, 4))
def test_quarters_tile_the_year(year: int, quarter: int) -> None:
    start, end = quarter_period(year, quarter)
    assert start == month_period(year, 3 * quarter - 2)[0]
    assert end == month_period(year, 3 * quarter)[1]
    roman = ["I", "II", "III", "IV"][quarter - 1]
    assert quarter_number(roman) == quarter_number(str(quarter)) == quarter


@given(st.integers(1900, 2100), st.integers(1, 12))
def test_month_period_ends_on_the_last_day(year: int, month: int) -> None:
    start, end = month_period(year, month)
    assert re.fullmatch(r"\d{4}-\d{2}-01", start)
    assert date.fromisoformat(end).day == calendar.monthrange(year, month)[1]


def test_the_year_in_the_documents_own_subject_line_is_a_horizon() -> None:
    text = ("ỦY BAN NHÂN DÂN\nHUYỆN TÂN YÊN\n\nKẾ HOẠCH\nCải cách hành chính huyện Tân Yên năm 2026\n\n"
            "1. Phòng Nội vụ huyện rà soát thủ tục trong năm 2026.\n")
    deadlines, horizons = times(text)
    assert [(h.text, h.due, h.period_start) for h in horizons] == [("năm 2026", "2026-12-31", "2026-01-01")]
    assert [d.text for d in deadlines] == ["năm 2026"]
    assert deadlines[0].start > horizons[0].start
