"""Rows of a table of measures (nlp.task_measures): an indicator and its scale's numeric bands."""

from pathlib import Path

from nlp_fixtures import rule_tasks

from policylink.nlp.task_measures import measure_row


def _first_line(text: str) -> bool:
    end = text.find("\n")
    return measure_row(text, 0, end if end >= 0 else len(text))


def test_an_indicator_over_a_line_of_bands_is_a_measure() -> None:
    assert _first_line("Tăng nhiệt độ cơ thể cuối ca so với đầu ca (độ C).\n≤ 0,5\n"
                       "0,6 - 1,0 1,1 - 1,5\n> 1,5")
    assert _first_line("Giảm thị lực sau ca làm việc (%).\nDưới 5 >5 - 10 > 10 - 20\n")


def test_an_indicator_holding_its_scale_is_a_measure() -> None:
    assert _first_line("Thời gian đứng liên tục (giờ/ca) Tới 2 >2 - 4 > 4 - 6 >6")


def test_a_duty_with_a_span_or_a_period_of_years_is_no_measure() -> None:
    assert not _first_line("Sở Y tế giảm tỷ lệ suy dinh dưỡng từ 5 - 7% mỗi năm.\n"
                           "Sở Tài chính bố trí kinh phí.")
    assert not _first_line("Các sở xây dựng kế hoạch giai đoạn 2021-2025, đánh giá giai đoạn 2016 - 2020 "
                           "và dự kiến giai đoạn 2026-2030.")
    assert not _first_line("Sở Nội vụ báo cáo kết quả.\n2026\n")


def test_a_table_of_measures_in_a_circular_holds_no_task(tmp_path: Path) -> None:
    text = (
        "THÔNG TƯ\nQuy định chỉ tiêu đánh giá điều kiện lao động\n"
        "Điều 3. Chỉ tiêu đánh giá\n"
        "1.1 Nhịp thở trung bình: lấy bình quân của nhóm trong suốt ca lao động (lần/phút).\n"
        "Tới 10 >10 - 20 > 20 - 30\n"
        ">30\n"
        "Điều 4. Tổ chức thực hiện\n"
        "Cục An toàn lao động có trách nhiệm hướng dẫn, kiểm tra việc thực hiện Thông tư này.\n"
    )
    tasks = rule_tasks(tmp_path, text)
    assert len(tasks) == 1 and "Cục An toàn lao động" in tasks[0].text
