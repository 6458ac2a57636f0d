"""The role of a time expression in its clause: a limit on an action, or the period figures are for,
a stage a date bounds, a past event, an extension, a subject's year in a title, a project's expected
years, a quoted provision's limit (nlp.deadline_context, nlp.deadline_rules, nlp.quoted_provisions;
sentences of our own)."""

import pytest
from deadline_fixtures import deadlines, times

from policylink.nlp.deadline_context import in_purpose
from policylink.nlp.deadlines import find_deadlines
from policylink.nlp.pipeline import vietnamese_doc
from policylink.nlp.quoted_provisions import quoted_provisions


def texts(text: str) -> list[str]:
    return [d[0] for d in deadlines(text)]


def horizon_texts(text: str) -> list[str]:
    return [h.text for h in times(text)[1]]


def test_a_quarter_without_its_year_limits_only_after_a_cue() -> None:
    assert texts("Đánh giá tình hình kinh tế trên địa bàn quý IV của tỉnh.") == []
    assert deadlines("Các xã hoàn thành rà soát trong quý III.") == [("quý III", None, None, None)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Cột 5 ghi giá trị dự tính quý II/2026 của từng công trình.",
        "Số liệu ước tính tháng 9/2026 là số liệu từ đầu tháng đến ngày 20.",
        "Cột 7 ghi giá trị cộng dồn từ đầu năm đến cuối quý III năm 2026.",
    ],
)
def test_the_period_figures_are_for_is_no_limit(sentence: str) -> None:
    assert texts(sentence) == []


def test_a_period_of_figures_beside_a_limit_leaves_the_limit() -> None:
    sentence = "Các Sở gửi số liệu ước tính quý IV năm 2026 về Cục Thống kê trước ngày 20/11/2026."
    assert texts(sentence) == ["ngày 20/11/2026"]


def test_a_year_after_a_blank_day_and_month_is_a_documents_own_date() -> None:
    heading = "(Kèm theo Quyết định số 123/QĐ-UBND ngày    tháng    năm 2026 của UBND tỉnh)"
    assert times(heading) == ([], [])


@pytest.mark.parametrize(
    "header", ["Hà Giang, ngày      tháng 9 năm 2026", "Sơn La, ngày /  tháng 10 năm 2026"])
def test_a_month_after_a_blank_day_is_a_documents_own_date(header: str) -> None:
    assert times(header) == ([], [])


@pytest.mark.parametrize(
    "sentence",
    [
        "Đối với giai đoạn trước ngày 01/7/2026, việc kê khai thực hiện theo quy định cũ.",
        "Bảng giá áp dụng trong giai đoạn chuyển tiếp (quý 3, quý 4/2026) được giữ nguyên.",
    ],
)
def test_a_stage_a_date_bounds_or_a_bracket_restates_is_no_limit(sentence: str) -> None:
    assert texts(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Trong tháng 10 năm 2026, mưa lớn kéo dài đã gây ngập sâu nhiều khu dân cư.",
        "Trong các ngày 12 và 13 tháng 10 năm 2026, đoàn công tác đã làm việc với tỉnh.",
    ],
)
def test_a_time_opening_a_report_of_what_happened_is_past(sentence: str) -> None:
    assert texts(sentence) == []


def test_a_time_opening_a_sentence_that_directs_still_limits() -> None:
    sentence = "Trong tháng 12 năm 2026, các xã hoàn thành việc sửa chữa nhà ở cho các hộ dân."
    assert texts(sentence) == ["tháng 12 năm 2026"]


def test_an_extension_of_a_limit_is_no_limit_of_its_own() -> None:
    sentence = "Trường hợp hồ sơ phức tạp thì thời hạn được kéo dài thêm không quá 03 ngày làm việc."
    assert texts(sentence) == []


def test_at_the_latest_after_a_count_of_days_is_a_limit() -> None:
    sentence = "Sở cập nhật quy trình chậm nhất sau 05 ngày làm việc, kể từ ngày nhận được văn bản."
    assert texts(sentence) == ["05 ngày làm việc, kể từ ngày nhận được văn bản"]


def test_the_same_day_as_an_event_is_a_limit_up_to_its_variant() -> None:
    sentence = ("Thời hạn giải quyết là ngay trong ngày bộ phận một cửa, cơ quan chuyên môn tiếp nhận hồ sơ "
                "hoặc trong ngày làm việc tiếp theo.")
    limit = "trong ngày bộ phận một cửa, cơ quan chuyên môn tiếp nhận hồ sơ"
    assert deadlines(sentence) == [(limit, None, None, None)]
    assert texts("Hồ sơ đủ điều kiện thì trả kết quả ngay trong ngày.") == []


def test_a_year_in_a_plans_title_is_a_horizon_in_anothers_title_nothing() -> None:
    plan = "ỦY BAN NHÂN DÂN\nXÃ AN PHÚ\n\nKẾ HOẠCH\nPhát triển du lịch xã An Phú năm 2026\n\nI. MỤC ĐÍCH\n"
    assert horizon_texts(plan) == ["năm 2026"]
    dispatch = "THỦ TƯỚNG CHÍNH PHỦ\n\nCÔNG ĐIỆN\nVề việc ứng phó với bão số 7 năm 2026\n\nThủ tướng điện:\n"
    assert times(dispatch) == ([], [])


def test_the_term_of_an_elected_body_in_capitals_is_no_horizon() -> None:
    text = "KINH PHÍ BẦU CỬ ĐẠI BIỂU QUỐC HỘI KHÓA XVI VÀ ĐẠI BIỂU HĐND CÁC CẤP NHIỆM KỲ 2026 - 2031"
    assert horizon_texts(text) == []


def test_a_projects_expected_years_are_no_limits_a_plan_rows_are() -> None:
    projects = ("TT\tDự án\tCông suất (MW)\tĐịa điểm\tDự kiến thời gian vận hành\tGhi chú\n"
                "1\tNhà máy điện khí Bắc Sơn\t1.500\tTỉnh X\t2029-2030\n")
    assert texts(projects) == []
    plan = ("STT\tNhiệm vụ\tCơ quan chủ trì\tThời gian hoàn thành\n"
            "1\tXây dựng cơ sở dữ liệu du lịch\tSở Văn hóa\t2026-2027\n")
    assert texts(plan) == ["2026-2027"]


def test_the_limits_inside_a_quoted_new_wording_are_not_this_documents() -> None:
    text = ("Điều 1. Sửa đổi, bổ sung khoản 2 Điều 4 như sau:\n"
            "“2. Trong thời hạn 10 ngày, kể từ ngày nhận đủ hồ sơ, Sở Xây dựng cấp giấy phép.\n"
            "Trường hợp hồ sơ chưa đủ, trong thời hạn 03 ngày làm việc, Sở thông báo cho tổ chức.”\n"
            "Điều 2. Sở Xây dựng báo cáo kết quả trước ngày 15/12/2026.\n")
    spans = quoted_provisions(text)
    assert [text[s : e][:4] for s, e in spans] == ["“2. "]
    found, _ = find_deadlines(vietnamese_doc(text), exclude=spans)
    assert [d.text for d in found] == ["ngày 15/12/2026"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Các tỉnh sửa chữa xong nhà ở cho Nhân dân trước Tết nguyên đán năm 2027.",
         ("Tết nguyên đán năm 2027", "2027-02-06", None, None)),
        ("Hoàn thành chi trả trợ cấp trước Tết Nguyên đán Bính Ngọ 2026.",
         ("Tết Nguyên đán Bính Ngọ 2026", "2026-02-17", None, None)),
        ("Thanh toán dứt điểm khối lượng trước Tết Dương lịch năm 2027.",
         ("Tết Dương lịch năm 2027", "2027-01-01", None, None)),
    ],
)
def test_a_named_holiday_with_its_year_is_due_on_its_first_day(sentence: str, expected: tuple) -> None:
    assert deadlines(sentence) == [expected]


def test_a_holiday_without_a_limiting_cue_is_no_limit() -> None:
    assert texts("Bảo đảm hàng hóa phục vụ Nhân dân dịp Tết Nguyên đán 2027.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Nội dung này sẽ được hướng dẫn khi Luật Thuế được thông qua vào tháng 6/2027.",
        "Các chỉ tiêu sẽ được điều chỉnh sau khi Quy hoạch được phê duyệt trong quý II/2027.",
    ],
)
def test_when_a_text_is_enacted_is_no_limit(sentence: str) -> None:
    assert texts(sentence) == []


def test_a_limits_event_may_run_through_a_cited_provision_to_its_cells_end() -> None:
    event = ("10 ngày làm việc kể từ thời điểm có cơ sở xác định giấy phép hoạt động điện lực thuộc trường "
             "hợp bị thu hồi quy định tại khoản 2 Điều 15 Nghị định số 99/2026/NĐ-CP")
    row = f"8\tThu hồi giấy phép hoạt động\tThời hạn giải quyết: {event}\tSở Công Thương\n"
    assert texts(row) == [event]


def test_a_stages_own_limit_in_brackets_still_limits() -> None:
    sentence = "Giai đoạn 1 (hoàn thành trước ngày 30/6/2027): các xã lập danh sách hộ cần hỗ trợ."
    assert texts(sentence) == ["ngày 30/6/2027"]


def test_an_announced_new_wording_runs_over_the_table_it_holds() -> None:
    text = ("Nội dung “Tiến độ” tại khoản 3 Điều 1 được điều chỉnh như sau:\n"
            "“3. Tiến độ thực hiện:\nHạng mục\tThời gian\nNhà xưởng\tQuý II/2027\n"
            "- Đưa dự án vào hoạt động: Quý IV/2027”.\n"
            "Điều 2. Nhà đầu tư báo cáo tiến độ trước ngày 15/12/2026.\n")
    spans = quoted_provisions(text)
    assert [text[s : e][-6:] for s, e in spans] == ["/2027”"]
    found, _ = find_deadlines(vietnamese_doc(text), exclude=spans)
    assert [d.text for d in found] == ["ngày 15/12/2026"]


def test_a_quotation_no_line_announces_stops_at_a_table() -> None:
    text = ("Các đơn vị thực hiện:\n“Rà soát hồ sơ\nHạng mục\tThời gian\nNhà xưởng\tQuý II/2027”.\n")
    assert quoted_provisions(text) == []


def test_an_unclosed_quotation_excludes_nothing() -> None:
    text = ("Điều 1. Sửa đổi khoản 2 Điều 4 như sau:\n“2. Sở Xây dựng cấp giấy phép.\n"
            "Điều 2. Sở Xây dựng báo cáo trước ngày 15/12/2026 theo mẫu “Báo cáo nhanh”.\n")
    assert quoted_provisions(text) == []


def test_a_time_in_the_purpose_an_introduction_opens_with_is_not_its_items_limit() -> None:
    intro = ("Để bảo đảm chỗ ở cho Nhân dân trước Tết Nguyên đán năm 2027, Thủ tướng Chính phủ yêu cầu "
             "các Bộ hoàn thành trước ngày 15/12/2026 các việc sau:")
    assert in_purpose(intro, 0, intro.index("Tết"))
    assert not in_purpose(intro, 0, intro.index("ngày 15/12"))
    plain = "Các Bộ hoàn thành trước ngày 15/12/2026 các việc sau:"
    assert not in_purpose(plain, 0, plain.index("ngày"))


def test_at_the_end_of_a_year_is_a_limit_of_that_year() -> None:
    sentence = "Sở Tài nguyên tổ chức sơ kết kết quả vào cuối năm 2027 và báo cáo UBND tỉnh."
    assert deadlines(sentence) == [("năm 2027", "2027-12-31", "2027-01-01", None)]


def test_a_year_closing_a_target_listed_after_a_colon_is_a_horizon() -> None:
    sentence = ("Kiểm soát bụi tại công trường; bảo đảm mục tiêu về công trình xanh: tỉnh A có tối thiểu "
                "50 công trình, tỉnh B có tối thiểu 80 công trình xanh vào năm 2030.")
    found, horizons = times(sentence)
    assert found == [] and [h.text for h in horizons] == ["năm 2030"]


@pytest.mark.parametrize(("opens", "closes"), [('"', '"'), ("“", "”"), ('"', "”")])
def test_a_quoted_article_runs_over_its_lines_to_the_closing_mark(opens: str, closes: str) -> None:
    text = ("Điều 3. Sửa đổi, bổ sung Điều 9\n"
            f"{opens}Điều 9. Cấp lại chứng chỉ hành nghề\n"
            "1. Trong thời hạn 15 ngày, Sở Y tế cấp lại chứng chỉ.\n"
            'a) Thay cụm từ "bản chính" bằng cụm từ "bản sao".\n'
            f"b) Sở Y tế công bố danh sách trên cổng thông tin.{closes}\n"
            "Điều 4. Sở Y tế báo cáo Bộ Y tế trước ngày 30/11/2026.\n")
    spans = quoted_provisions(text)
    assert [text[s:e][1:9] for s, e in spans] == ["Điều 9. "]
    assert text[spans[0][1] :].startswith("\nĐiều 4.")
    found, _ = find_deadlines(vietnamese_doc(text), exclude=spans)
    assert [d.text for d in found] == ["ngày 30/11/2026"]


def test_a_quoted_name_opening_a_sentence_is_no_quoted_provision() -> None:
    text = ('"Chương trình sức khỏe học đường" do Sở Giáo dục chủ trì, hoàn thành trong tháng 10/2026.\n'
            '"a) Trường học tổ chức khám sức khỏe định kỳ;"\n')
    assert [text[s:e][:12] for s, e in quoted_provisions(text)] == ['"a) Trường h']
