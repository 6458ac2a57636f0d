"""What limits an action and what only dates something: past dates, spans of application, a blank
document date, column labels, procedure limits and their reference events (nlp.deadlines,
nlp.deadline_context; sentences of our own)."""

import pytest
from deadline_fixtures import deadlines

from policylink.nlp.deadlines import find_deadlines
from policylink.nlp.pipeline import vietnamese_doc


def texts(sentence: str) -> list[str]:
    return [d[0] for d in deadlines(sentence)]


def test_a_limit_that_ended_before_the_document_was_issued_is_a_past_event() -> None:
    sentence = "Các xã rà soát trong tháng 3 năm 2026 và báo cáo trước ngày 30/9/2026."
    found, _ = find_deadlines(vietnamese_doc(sentence), exclude=[], issued="2026-05-04")
    assert [d.text for d in found] == ["ngày 30/9/2026"]
    unknown_date, _ = find_deadlines(vietnamese_doc(sentence), exclude=[])
    assert [d.text for d in unknown_date] == ["tháng 3 năm 2026", "ngày 30/9/2026"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Mức thu này được áp dụng từ ngày 01/01/2026 đến hết ngày 31/12/2027.",
        "Thời hạn ủy quyền: kể từ ngày ký đến hết ngày 30 tháng 6 năm 2028.",
        # a validity, or a norm that applies until then, with no start
        "Nghị quyết này có hiệu lực thi hành đến hết ngày 31/12/2029.",
        "Chứng chỉ có thời hạn sử dụng đến hết năm 2028.",
        "3. Quy định tại khoản 1 Điều này được thực hiện đến hết ngày 31 tháng 12 năm 2027.",
        "- Các chính sách hỗ trợ nêu trên áp dụng đến hết năm 2028.",
    ],
)
def test_the_end_of_a_span_of_application_is_no_limit(sentence: str) -> None:
    assert texts(sentence) == []


def test_a_body_that_applies_or_carries_out_something_until_a_date_is_limited() -> None:
    assert texts("Các Sở áp dụng thử nghiệm phần mềm, hoàn thành đến hết tháng 6/2027.") == ["tháng 6/2027"]
    assert texts("Các xã thực hiện rà soát theo quy định đến hết ngày 31/12/2027.") == ["ngày 31/12/2027"]


def test_until_the_end_of_a_day_still_limits_an_action_without_a_start() -> None:
    assert texts("Các phường nộp báo cáo đến hết ngày 15/01/2027.") == ["ngày 15/01/2027"]


def test_a_blank_document_date_in_an_appendix_heading_is_no_limit() -> None:
    heading = "(Ban hành kèm theo Quyết định số      /QĐ-UBND ngày     tháng 12 năm 2026 của UBND tỉnh)"
    assert texts(heading) == []


def test_period_labels_of_a_table_header_are_no_limits_but_a_row_time_cell_is() -> None:
    table = (
        "Chỉ tiêu\tĐơn vị\tQuý I\tQuý II\tƯớc tính cả năm\n"
        "1\tRà soát hồ sơ đất công\tSở Tài chính\tQuý II/2026\n"
    )
    assert texts(table) == ["Quý II/2026"]


def test_a_weekday_belongs_to_the_date() -> None:
    assert texts("Gửi báo cáo về Sở Nội vụ trước Thứ Sáu ngày 09/01/2026.") == ["Thứ Sáu ngày 09/01/2026"]


@pytest.mark.parametrize(
    ("sentence", "expression"),
    [
        ("Thời hạn: không quá 04 (bốn) ngày làm việc kể từ ngày nhận được đơn hợp lệ.",
         "04 (bốn) ngày làm việc kể từ ngày nhận được đơn hợp lệ"),
        ("Tổng thời gian: 48 giờ (tức 2 ngày) kể từ khi nhận đủ giấy tờ.",
         "48 giờ (tức 2 ngày) kể từ khi nhận đủ giấy tờ"),
        ("Giải quyết trong 07 ngày làm việc kể từ ngày nhận đủ giấy tờ theo quy định trong trường hợp duyệt.",
         "07 ngày làm việc kể từ ngày nhận đủ giấy tờ"),
        ("Trả kết quả trong 06 ngày làm việc kể từ ngày nhận giấy tờ đúng theo quy định.",
         "06 ngày làm việc kể từ ngày nhận giấy tờ đúng theo quy định"),
        ("Giải quyết trong 40 ngày kể từ ngày nhận đủ giấy tờ - Trường hợp phải thẩm tra thêm: 60 ngày.",
         "40 ngày kể từ ngày nhận đủ giấy tờ"),
        ("Cấp bản sao trong 02 ngày làm việc kể từ ngày nhận yêu cầu hoặc lâu hơn nếu hai bên thỏa thuận.",
         "02 ngày làm việc kể từ ngày nhận yêu cầu"),
        # the count in words, its digits in brackets
        ("Thời hạn giải quyết: Mười lăm (15) ngày kể từ ngày nhận đủ đơn.",
         "Mười lăm (15) ngày kể từ ngày nhận đủ đơn"),
        ("Trong thời hạn bảy (07) ngày làm việc, Phòng Tư pháp trả lời.", "bảy (07) ngày làm việc"),
        # the event ends where a body starts the next clause, or the next field's label is written on
        ("Trong 04 ngày làm việc kể từ ngày nhận đủ đơn Sở Nội vụ thẩm định và trình ký.",
         "04 ngày làm việc kể từ ngày nhận đủ đơn"),
        ("Thời hạn: 12 ngày kể từ ngày nhận giấy tờ hợp lệ Lĩnh vực: Đất đai",
         "12 ngày kể từ ngày nhận giấy tờ hợp lệ"),
        # `từ ngày` without `kể` counts from the event too
        ("1.000123\tCấp phép khai thác\t20 ngày làm việc từ ngày nhận được đơn đầy đủ\tTrực tuyến",
         "20 ngày làm việc từ ngày nhận được đơn đầy đủ"),
        # ... but a body the event names stays in it
        ("Công khai trong 03 ngày làm việc kể từ ngày được Ủy ban nhân dân huyện phê duyệt.",
         "03 ngày làm việc kể từ ngày được Ủy ban nhân dân huyện phê duyệt"),
        # short items listed after the event's last word by commas belong to it; a proper name does not list
        ("Trong thời hạn 05 ngày kể từ ngày nhận được đơn của hộ gia đình, cá nhân, Phòng Kinh tế trả lời.",
         "05 ngày kể từ ngày nhận được đơn của hộ gia đình, cá nhân"),
        ("Trong thời hạn 03 ngày kể từ ngày đến Hà Nội, đoàn, nhóm khách phải khai báo.",
         "03 ngày kể từ ngày đến Hà Nội"),
    ],
)
def test_a_procedure_limit_runs_from_its_count_to_the_end_of_its_reference_event(
    sentence: str, expression: str
) -> None:
    assert texts(sentence) == [expression]


def test_an_event_ends_where_the_next_limit_begins() -> None:
    sentence = ("Trong thời hạn 07 ngày kể từ ngày nhận được hồ sơ đầy đủ, hợp lệ và trong thời hạn 10 ngày "
                "kể từ ngày thẩm định, Sở Y tế cấp phép.")
    assert texts(sentence) == [
        "07 ngày kể từ ngày nhận được hồ sơ đầy đủ, hợp lệ", "10 ngày kể từ ngày thẩm định"]


def test_a_count_of_days_from_a_date_is_no_limit_of_an_event() -> None:
    assert texts("Tạm dừng 15 ngày từ ngày 01/7/2026 đến hết ngày 15/7/2026.") == []


def test_a_citation_inside_the_reference_event_does_not_hide_the_limit() -> None:
    sentence = "Công bố thủ tục chậm nhất 05 ngày làm việc kể từ ngày ký Quyết định."
    document = sentence.index("Quyết định")
    found, _ = find_deadlines(vietnamese_doc(sentence), exclude=[(document, document + len("Quyết định"))])
    assert [d.text for d in found] == ["05 ngày làm việc kể từ ngày ký Quyết định"]


@pytest.mark.parametrize(
    ("sentence", "expression"),
    [("Các trạm cập nhật số liệu mưa hằng ngày.", "hằng ngày"),
     ("Định kỳ hằng tuần, các tổ báo cáo tiến độ.", "Định kỳ hằng tuần"),
     # a time of every day is one expression with its hour
     ("Đơn nhận sau 16 giờ 30 phút hằng ngày được chuyển sang hôm sau.", "16 giờ 30 phút hằng ngày"),
     ("Các xã gửi số liệu trước 9h hàng ngày.", "9h hàng ngày")],
)
def test_daily_and_weekly_are_periodic(sentence: str, expression: str) -> None:
    assert deadlines(sentence) == [(expression, None, None, "periodic")]


def test_a_school_year_is_no_annual_recurrence() -> None:
    assert texts("Cấp sách giáo khoa cho học sinh mỗi năm học.") == []


def test_a_count_at_the_start_of_a_cell_of_a_column_of_limits_is_a_limit() -> None:
    text = ("STT\tTên thủ tục\tThời hạn giải quyết\tCách thức thực hiện\n"
            "1\tCấp phép khai thác nước mặt\t12 ngày làm việc\tTrực tuyến\n"
            "2\tGia hạn giấy phép\t- 06 ngày\tTrực tiếp\n"
            "Bước 1\tTiếp nhận hồ sơ\t\t\n")
    assert texts(text) == ["12 ngày làm việc", "06 ngày"]
    # in another column a bare count is no limit
    assert texts("STT\tTên thủ tục\tSố ngày lưu trữ\n1\tCấp phép\t12 ngày làm việc\n") == []


def test_a_procedure_limit_after_its_label_needs_no_other_cue() -> None:
    assert texts("Cấp giấy phép khai thác - Thời gian giải quyết: 08 ngày làm việc\tTrực tuyến") == [
        "08 ngày làm việc"]


@pytest.mark.parametrize(
    ("sentence", "expression"),
    [
        ("Hỗ trợ tiền ăn 50.000 đồng/người/ngày, thời gian hỗ trợ tối đa không quá 10 ngày.", None),
        ("Thời gian tập trung dân quân làm nhiệm vụ không quá 20 ngày.", None),
        ("Phòng Tư pháp trả lời trong thời hạn không quá 05 ngày làm việc.", "05 ngày làm việc"),
        ("Sở Y tế có ý kiến trong thời gian tối đa 07 ngày.", "07 ngày"),
        # a cap on a count in words from an event is a limit, as in digits
        ("Cơ quan được hỏi trả lời nhưng tối đa không quá năm ngày, kể từ ngày nhận được văn bản.",
         "năm ngày, kể từ ngày nhận được văn bản"),
        ("Thời gian tạm giữ tối đa không quá ba ngày.", None),
    ],
)
def test_a_capped_length_is_no_limit_but_a_capped_limit_is(sentence: str, expression: str | None) -> None:
    # `không quá`, `tối đa` alone say how long something lasts; after `trong thời hạn` they bound a limit
    assert texts(sentence) == ([expression] if expression else [])


def test_days_listed_before_their_month_date_an_event_unless_a_cue_limits_them() -> None:
    # the month of a meeting's days is no period to act in
    assert texts("Hội nghị sơ kết họp ngày 14 và 15 tháng 3 năm 2027 tại Hà Nội.") == []
    assert texts("Trong các ngày 08, 09 tháng 4 năm 2027, Đoàn kiểm tra làm việc với tỉnh.") == []
    assert texts("Các xã hoàn thành rà soát trong tháng 5 năm 2027.") == ["tháng 5 năm 2027"]


def test_the_period_a_meeting_reviews_is_part_of_its_name() -> None:
    assert texts("Tại Hội nghị sơ kết công tác 6 tháng đầu năm 2027, các đơn vị đã thống nhất.") == []
    assert texts("Các sở hoàn thành báo cáo trong 6 tháng đầu năm 2027.") == ["6 tháng đầu năm 2027"]


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # a count written in words alone is a limit after a limit's own cue, with its reference event
        ("Trong thời hạn năm ngày, kể từ ngày nhận đủ hồ sơ, Sở Tư pháp cấp giấy phép.",
         ["năm ngày, kể từ ngày nhận đủ hồ sơ"]),
        ("Chậm nhất mười lăm ngày làm việc, đơn vị phải trả lời bằng văn bản.", ["mười lăm ngày làm việc"]),
        # without the cue, words before a unit count nothing (`năm tháng qua`: the five months past)
        ("Năm tháng qua, hai ngày kể từ khi khai mạc hội chợ, lượng khách tăng.", []),
    ],
)
def test_a_count_in_words_after_a_limit_cue_is_a_relative_limit(sentence: str, found: list[str]) -> None:
    assert texts(sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # the subject after the time, then `đã`: a state the time dates, reached already
        ("Tính đến hết tháng 6/2012 toàn tỉnh đã có 120 hợp tác xã nông nghiệp.", []),
        ("Trong năm 2011 các huyện đã hoàn thành rà soát hộ nghèo.", []),
        # `đã được giao` qualifies the object: the time still limits the action
        ("Các sở hoàn thành trong quý IV/2026 các nhiệm vụ đã được giao.", ["quý IV/2026"]),
    ],
)
def test_a_time_whose_clause_goes_on_in_the_past_is_no_limit(sentence: str, found: list[str]) -> None:
    assert texts(sentence) == found


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        # mid-sentence, a time before the copula qualifies the subject of a description
        ("Sự phối hợp giữa các sở trong năm 2011 là kinh nghiệm cần phát huy.", []),
        # opening the sentence, the year is its topic and stays
        ("Năm 2027 là năm tăng tốc; các sở hoàn thành chỉ tiêu được giao.", ["Năm 2027"]),
    ],
)
def test_a_time_closing_the_subject_of_a_description_is_no_limit(sentence: str, found: list[str]) -> None:
    assert texts(sentence) == found


@pytest.mark.parametrize(
    "sentence",
    [
        "Thẻ tạm trú đã cấp có giá trị trong thời hạn 24 tháng, kể từ ngày cấp.",
        "Người được điều động được bảo lưu mức lương cũ trong thời gian tối đa 06 tháng.",
        "Hàng hóa sản xuất tại khu công nghệ cao được miễn thuế xuất khẩu đến hết ngày 31 tháng 12 năm 2027.",
        "Giấy phép bị thu hồi nếu không sử dụng trong thời gian 18 tháng liên tục.",
    ],
)
def test_how_long_a_state_lasts_is_no_limit(sentence: str) -> None:
    assert texts(sentence) == []


def test_a_duty_continued_after_a_clause_with_thi_is_still_limited() -> None:
    sentence = ("Các kế hoạch đã có giá trị trước ngày ký thì tiếp tục thực hiện trong thời hạn 03 tháng "
                "kể từ ngày ký.")
    assert texts(sentence) == ["03 tháng kể từ ngày ký"]
