"""Deadlines and horizons: the time expressions, the dates they mean, and the span groups
(nlp.deadlines; sentences of our own)."""

import pytest
from deadline_fixtures import deadlines, times

from policylink.nlp.deadlines import find_deadlines
from policylink.nlp.pipeline import vietnamese_doc


@pytest.mark.parametrize(
    ("text", "expression", "due", "period_start", "recurrence"),
    [
        ("báo cáo UBND tỉnh trước ngày 15/12/2024.", "ngày 15/12/2024", "2024-12-15", None, None),
        ("chậm nhất ngày 7 tháng 3 năm 2025 phải xong.", "ngày 7 tháng 3 năm 2025", "2025-03-07", None, None),
        ("xong chậm nhất đến ngày 30/9/2027.", "ngày 30/9/2027", "2027-09-30", None, None),
        ("hoàn thành trong tháng 6/2025.", "tháng 6/2025", "2025-06-30", "2025-06-01", None),
        ("tổng kết trong tháng Mười Một năm 2025.", "tháng Mười Một năm 2025", "2025-11-30", "2025-11-01",
         None),
        ("báo cáo trước tháng Tư năm 2026.", "tháng Tư năm 2026", "2026-04-30", "2026-04-01", None),
        ("xong trước tháng 02/2024.", "tháng 02/2024", "2024-02-29", "2024-02-01", None),
        ("hoàn thành trong quý IV/2024.", "quý IV/2024", "2024-12-31", "2024-10-01", None),
        ("hoàn thành trong quý 2/2025.", "quý 2/2025", "2025-06-30", "2025-04-01", None),
        ("tổ chức sơ kết trong quý III năm 2026.", "quý III năm 2026", "2026-09-30", "2026-07-01", None),
        # quarters listed before their one year: the first quarter's start to the last one's end
        ("Sở Y tế tập huấn cán bộ trong quý I, II/2027.", "quý I, II/2027", "2027-06-30", "2027-01-01", None),
        ("hoàn thành trong quý 2 và quý 3 năm 2028.", "quý 2 và quý 3 năm 2028", "2028-09-30", "2028-04-01",
         None),
        ("Khảo sát hiện trạng\tSở Xây dựng\tQuý II-IV/2029", "Quý II-IV/2029", "2029-12-31", "2029-04-01",
         None),
        # a later year closing a time cell runs the period on through it
        ("Số hóa hồ sơ\tSở Tư pháp\tQuý II, III/2027, 2028", "Quý II, III/2027, 2028", "2028-12-31",
         "2027-04-01", None),
        ("Lập bản đồ số\nSở Xây dựng\nQuý III/2026, 2027\n", "Quý III/2026, 2027", "2027-12-31", "2026-07-01",
         None),
        # the older spelling `quí`
        ("trình Ủy ban trong quí 3 năm 2027.", "quí 3 năm 2027", "2027-09-30", "2027-07-01", None),
        ("định kỳ hàng quí báo cáo Sở.", "định kỳ hàng quí", None, None, "quarterly"),
        ("khởi công trong 6 tháng đầu năm 2026.", "6 tháng đầu năm 2026", "2026-06-30", "2026-01-01", None),
        ("hoàn thành 6 tháng cuối năm 2025.", "6 tháng cuối năm 2025", "2025-12-31", "2025-07-01", None),
        ("hoàn thành trong năm 2026.", "năm 2026", "2026-12-31", "2026-01-01", None),
        ("Đào tạo nhân lực\tSở Lao động\tNăm 2025", "Năm 2025", "2025-12-31", "2025-01-01", None),
        ("bố trí ngân sách hằng năm cho quy hoạch.", "hằng năm", None, None, "annual"),
        ("đưa vào kế hoạch hàng năm.", "hàng năm", None, None, "annual"),
        ("hằng quý tổng hợp tình hình.", "hằng quý", None, None, "quarterly"),
        ("báo cáo hằng tháng.", "hằng tháng", None, None, "monthly"),
        # each period of payment or reporting
        ("Hộ thuê đất nộp tiền thuê hằng kỳ vào ngân sách.", "hằng kỳ", None, None, "periodic"),
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


def test_a_year_after_a_quarter_runs_it_on_only_where_it_closes_the_cell() -> None:
    """Mid-sentence a year after the quarter's is another clause's (`..., 2027 triển khai ...`)."""
    deadlines, _ = times("Hoàn thành thí điểm trong quý IV/2026, 2027 nhân rộng toàn tỉnh.")
    assert [(d.text, d.due) for d in deadlines] == [("quý IV/2026", "2026-12-31")]


@pytest.mark.parametrize(
    ("text", "expression", "due", "period_start"),
    [
        ("Phấn đấu đến năm 2030, tỉnh trở thành", "đến năm 2030", "2030-12-31", None),
        ("thời kỳ 2021-2030 và xa hơn", "thời kỳ 2021-2030", "2030-12-31", "2021-01-01"),
        ("trong giai đoạn 2025 - 2030 tập trung", "giai đoạn 2025 - 2030", "2030-12-31", "2025-01-01"),
        ("b) Tầm nhìn đến năm 2045", "Tầm nhìn đến năm 2045", "2045-12-31", None),
        ("mục tiêu của nhiệm kỳ 2025-2030 là", "nhiệm kỳ 2025-2030", "2030-12-31", "2025-01-01"),
        # the word that frames a horizon belongs to it; `từ (năm)` inside a range
        ("Hiện đại hóa nông nghiệp, định hướng đến năm 2035", "định hướng đến năm 2035", "2035-12-31", None),
        ("- Giai đoạn đến năm 2028: 120 tỷ đồng;", "Giai đoạn đến năm 2028", "2028-12-31", None),
        ("Giai đoạn từ nay đến 2027: cải tạo 50 km đê;", "Giai đoạn từ nay đến 2027", "2027-12-31", None),
        ("đào tạo giai đoạn từ năm 2026-2030", "giai đoạn từ năm 2026-2030", "2030-12-31", "2026-01-01"),
    ],
)
def test_horizon_forms(text: str, expression: str, due, period_start) -> None:
    deadlines, horizons = times(text)
    assert deadlines == []
    assert [(h.text, h.due, h.period_start) for h in horizons] == [(expression, due, period_start)]


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
    ("text", "first"),
    [
        ("Các ban báo cáo Thường trực Huyện ủy 6 tháng, năm.", "6 tháng"),
        ("- Định kỳ 6 tháng, năm gửi báo cáo về Văn phòng.", "Định kỳ 6 tháng"),
    ],
)
def test_six_months_and_year_are_the_semiannual_and_annual_reports(text: str, first: str) -> None:
    assert deadlines(text) == [(first, None, None, "semiannual"), ("năm", None, None, "annual")]


def test_six_months_and_every_year_are_the_semiannual_and_annual_reports() -> None:
    assert deadlines("Phòng Văn hóa lập báo cáo sáu tháng, hằng năm gửi Sở.") == [
        ("sáu tháng", None, None, "semiannual"), ("hằng năm", None, None, "annual")]


def test_six_months_then_a_school_year_is_no_pair_of_reports() -> None:
    texts = [d[0] for d in deadlines("Sơ kết học kỳ I và 6 tháng, năm học 2025 - 2026.")]
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


def test_a_year_range_alone_in_a_table_cell_is_a_deadline() -> None:
    text = "2\tXây dựng bản đồ số\tSở Khoa học và Công nghệ\t2025-2026\n"
    assert deadlines(text) == [("2025-2026", "2026-12-31", "2025-01-01", None)]


def test_a_year_range_in_a_column_header_is_no_deadline() -> None:
    assert deadlines("STT\tChỉ tiêu\t2021-2025\n") == []


@pytest.mark.parametrize(
    ("text", "expression", "recurrence"),
    [
        # a weekday and its week's recurrence are one expression, `định kỳ` with them
        ("Các tổ gửi báo cáo nhanh vào thứ Năm hằng tuần.", "thứ Năm hằng tuần", "periodic"),
        ("Định kỳ thứ Ba hàng tuần, Văn phòng tổng hợp ý kiến.", "Định kỳ thứ Ba hàng tuần", "periodic"),
        # a count of days between times, its spelled count in brackets
        ("Định kỳ 15 (mười lăm) ngày một lần, Chi cục gửi số liệu.", "Định kỳ 15 (mười lăm) ngày một lần",
         "periodic"),
        ("Định kỳ 03 (ba) tháng, Sở tổng hợp tình hình.", "Định kỳ 03 (ba) tháng", "quarterly"),
        # the count of times belongs to the recurrence; a count of months once
        ("Hội đồng họp mỗi quý một lần.", "mỗi quý một lần", "quarterly"),
        ("Việc kiểm kê được tiến hành 12 tháng một lần.", "12 tháng một lần", "annual"),
        ("Ban kiểm tra rà soát sổ sách một tháng một lần.", "một tháng một lần", "monthly"),
    ],
)
def test_recurrence_forms(text: str, expression: str, recurrence: str) -> None:
    deadlines, _ = times(text)
    assert [(d.text, d.due, d.recurrence) for d in deadlines] == [(expression, None, recurrence)]


def test_a_day_of_the_year_after_has_no_due_date() -> None:
    deadlines, _ = times("Đơn vị gửi quyết toán về Bộ Tài chính chậm nhất trước ngày 30 tháng 6 năm sau.")
    assert [(d.text, d.due, d.recurrence) for d in deadlines] == [("ngày 30 tháng 6 năm sau", None, None)]


@pytest.mark.parametrize(
    ("text", "expression", "recurrence"),
    [
        # the first days of every period: a recurring window
        ("Trong 10 ngày đầu mỗi tháng, các phường gửi số liệu.", "10 ngày đầu mỗi tháng", "monthly"),
        # a day of a month named by its place, after a cue: no due date
        ("Số liệu quý được gửi Sở vào ngày 10 của tháng tiếp theo.", "ngày 10 của tháng tiếp theo", None),
        ("Đơn vị chậm nhất vào ngày cuối cùng của tháng phải nộp đủ tiền.", "ngày cuối cùng của tháng", None),
    ],
)
def test_days_of_periods_named_by_their_place(text: str, expression: str, recurrence: str | None) -> None:
    deadlines, _ = times(text)
    assert [(d.text, d.due, d.recurrence) for d in deadlines] == [(expression, None, recurrence)]


def test_the_last_day_of_a_month_a_clause_qualifies_ends_a_covered_period() -> None:
    assert times("Đơn vị đóng bảo hiểm đến hết ngày cuối cùng của tháng nghỉ việc.")[0] == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative limit in years, counted from an event
        ("Hồ sơ được nộp trong thời hạn 02 năm, kể từ ngày dự án hoàn thành.",
         "02 năm, kể từ ngày dự án hoàn thành"),
        # a range of counts is one limit
        ("Xã trả lời trong thời hạn 05 đến 07 ngày, kể từ ngày nhận đơn.",
         "05 đến 07 ngày, kể từ ngày nhận đơn"),
        # `không vượt quá` caps a limit as `không quá` does
        ("Thời gian tạm giữ không vượt quá 03 tháng kể từ ngày lập biên bản.",
         "03 tháng kể từ ngày lập biên bản"),
        # the last of the listed actions of the event, with its object
        ("nộp trong thời hạn 15 ngày kể từ ngày được cấp trên kiểm tra, xác nhận hoặc chấp thuận hồ sơ thiết "
         "kế, "
         "dự toán có trách nhiệm gửi Sở.",
         "15 ngày kể từ ngày được cấp trên kiểm tra, xác nhận hoặc chấp thuận hồ sơ thiết kế, dự toán"),
        # the items before `có trách nhiệm` are the doers of the next clause, not the event's
        ("Trong thời hạn 20 ngày kể từ ngày nhận đủ hồ sơ, nhà thầu có trách nhiệm hoàn thiện bản vẽ.",
         "20 ngày kể từ ngày nhận đủ hồ sơ"),
        ("Trong thời hạn 12 tháng kể từ ngày Nghị định có hiệu lực, hộ gia đình, cá nhân có trách nhiệm "
         "đăng ký lại.",
         "12 tháng kể từ ngày Nghị định có hiệu lực"),
    ],
)
def test_relative_limit_grammar(text: str, expected: str) -> None:
    assert deadlines(text) == [(expected, None, None, None)]


def test_a_bare_length_in_years_is_no_limit() -> None:
    assert deadlines("Trong thời hạn 5 năm tới, tỉnh phát triển du lịch.") == []


@pytest.mark.parametrize(
    "sentence",
    ["Mỏ cát có thời hạn khai thác 25 năm, kể từ ngày cấp giấy phép.",
     "Thời hạn hoạt động của dự án là 50 năm kể từ ngày được chấp thuận chủ trương đầu tư."],
)
def test_the_term_of_a_right_in_years_is_no_limit(sentence: str) -> None:
    assert deadlines(sentence) == []


@pytest.mark.parametrize(
    ("text", "expression", "recurrence"),
    [
        ("Sổ theo dõi được kiểm tra 1 năm 1 lần tại cơ sở.", "1 năm 1 lần", "annual"),
        ("Đoàn kiểm tra 6 tháng một lần.", "6 tháng một lần", "semiannual"),
        ("Tổ giao ban 2 tuần một lần.", "2 tuần một lần", "periodic"),
        ("Sở định kỳ ba năm một lần tổng kết.", "định kỳ ba năm một lần", "periodic"),
        ("Các xã định kỳ hằng quý (trước ngày 20/3) báo cáo.", "định kỳ hằng quý (trước ngày 20/3)",
         "quarterly"),
        # a bare `định kỳ` before a dated limit: the day and its recurrence are the deadline
        ("Định kỳ trước ngày 10 tháng 11 hằng năm gửi báo cáo.", "ngày 10 tháng 11 hằng năm", "annual"),
        ("các xã định kỳ trước 20 hằng tháng gửi số liệu.", "20 hằng tháng", "monthly"),
    ],
)
def test_frequencies_and_recurrences_on_a_day(text: str, expression: str, recurrence: str) -> None:
    assert deadlines(text) == [(expression, None, None, recurrence)]


@pytest.mark.parametrize(
    "text",
    [
        "Doanh nghiệp lập Báo cáo định kỳ kết quả sản xuất theo mẫu.",
        "Số liệu được đưa vào báo cáo định kỳ tình hình thu chi.",
        "Nộp báo cáo năm (báo cáo định kỳ) cho Sở.",
    ],
)
def test_a_periodic_report_named_as_a_kind_is_no_deadline(text: str) -> None:
    assert deadlines(text) == []


def test_reporting_periodically_is_a_recurrence() -> None:
    assert deadlines("Các phòng báo cáo định kỳ về Văn phòng.") == [("định kỳ", None, None, "periodic")]


def test_a_day_of_a_year_named_after_another() -> None:
    assert deadlines("Nộp trước ngày 20 tháng 01 của năm liền kề sau năm kế hoạch.") == [
        ("ngày 20 tháng 01 của năm liền kề sau năm kế hoạch", None, None, None)]
