"""Bare recurrences that time an action and those that name a kind of thing (nlp.deadline_scope);
sentences of our own."""

import pytest

from policylink.nlp.deadline_scope import of_actions
from policylink.nlp.deadlines import find_deadlines
from policylink.nlp.model import Task
from policylink.nlp.pipeline import vietnamese_doc


def kept(text: str, duty: str | None = None) -> list[str]:
    """The deadlines of `text` kept when `duty` (a stretch of it) is its one task."""
    doc = vietnamese_doc(text)
    deadlines, _ = find_deadlines(doc, exclude=[])
    tasks = []
    if duty is not None:
        start = text.index(duty)
        tasks = [Task(id="t1", start=start, end=start + len(duty), text=duty, section=None, action=None,
                      responsible=[], coordinating=[], report_to=[], deadline=None, recurrence=None)]
    return [d.text for d in of_actions(doc, deadlines, tasks)]


@pytest.mark.parametrize(
    "text",
    [
        "Người thuê đất trả tiền thuê mặt nước hằng năm theo đơn giá của Nhà nước.",
        "Diện tích cây hằng năm bị ngập úng được tính theo hiện trạng.",
        "Sản lượng khai thác thủy sản mỗi năm của hợp tác xã là 200 tấn.",
    ],
)
def test_a_recurrence_that_names_a_kind_of_thing_outside_any_duty_is_none(text: str) -> None:
    assert kept(text) == []


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        # it opens a clause or a table cell
        ("Nâng cao chất lượng dịch vụ; mỗi năm tập huấn ít nhất hai lớp cho cán bộ.", "mỗi năm"),
        ("Kiểm tra an toàn đập\tSở Nông nghiệp và Môi trường\tHằng quý", "Hằng quý"),
        # it follows a verb
        ("Danh mục mặt hàng do Bộ Công Thương công bố hằng năm.", "hằng năm"),
    ],
)
def test_a_recurrence_that_times_an_action_by_its_form_is_kept(text: str, expression: str) -> None:
    assert kept(text) == [expression]


def test_inside_a_duty_a_recurrence_after_a_noun_is_kept() -> None:
    text = "Sở Tài chính thu tiền thuê đất hằng năm của các doanh nghiệp."
    assert kept(text) == []
    assert kept(text, duty=text) == ["hằng năm"]


def test_periodic_and_dated_recurrences_are_not_judged() -> None:
    assert kept("Các xã gửi số liệu định kỳ hằng quý và trước ngày 20 hằng tháng.") == [
        "định kỳ hằng quý", "ngày 20 hằng tháng"]



@pytest.mark.parametrize(
    ("text", "expression"),
    [
        ("Chi phí mua sắm thiết bị được bố trí trong dự toán ngân sách hằng năm của huyện.", "hằng năm"),
        ("Mức phụ cấp hằng tháng của cộng tác viên dân số là 300.000 đồng.", "hằng tháng"),
        ("Kết quả thi đua là căn cứ để đánh giá, xếp loại chất lượng hằng năm.", "hằng năm"),
        ("b) Nghiên cứu, xây dựng kế hoạch dài hạn, kế hoạch hàng năm về phát triển thư viện.", "hàng năm"),
    ],
)
def test_a_recurrence_of_a_cycles_product_outside_any_duty_is_kept(text: str, expression: str) -> None:
    # a plan, budget, allowance or rating made or paid each period: how often it is done (RULINGS R47)
    assert kept(text) == [expression]


@pytest.mark.parametrize(
    ("text", "expression"),
    [
        # a product with a longer qualifier, or a period coordinated with the recurrence
        ("Mức phụ cấp trách nhiệm theo công việc hằng tháng của kế toán xã tính theo hệ số.", "hằng tháng"),
        ("Thủ trưởng đơn vị giao kế hoạch đầu tư ngắn hạn, 03 năm và hằng năm cho các phòng.", "hằng năm"),
        ("Mức đóng kinh phí công đoàn hằng tháng bằng 2% quỹ tiền lương.", "hằng tháng"),
        ("Tiền thưởng được trả cùng với kỳ lương hằng tháng của người lao động.", "hằng tháng"),
        # a frequency at least
        ("Giám đốc có thể ủy quyền, nhưng ít nhất mỗi quý Giám đốc phải tiếp dân một buổi.", "mỗi quý"),
    ],
)
def test_a_recurrence_of_a_qualified_product_or_a_least_frequency_is_kept(text: str, expression: str) -> None:
    assert kept(text) == [expression]


@pytest.mark.parametrize(
    "text",
    [
        "Người làm thuê có thu nhập bình quân hằng tháng thấp hơn mức lương tối thiểu vùng.",
        "Kinh phí hỗ trợ trung bình mỗi năm khoảng 300 triệu đồng.",
    ],
)
def test_an_average_per_period_is_no_recurrence(text: str) -> None:
    assert kept(text) == []
