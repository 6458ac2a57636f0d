"""Which limit a task inherits from the lines around it: a closing `Hoàn thành trước ngày …` line of its
article (RULINGS R12), not a time in the purpose its introduction opens with (R23); a time line is no
task of its own (nlp.tasks; texts of our own)."""

from pathlib import Path

from nlp_fixtures import rule_tasks, tasks_in

CLOSING_LINE = """QUYẾT ĐỊNH
Về việc công bố thủ tục hành chính

Điều 1. Công bố kèm theo Quyết định này danh mục thủ tục hành chính.
Điều 2. Sở Xây dựng có trách nhiệm rà soát, xây dựng và trình UBND tỉnh phê duyệt quy trình nội bộ.
Hoàn thành trước ngày 15/12/2026.
Điều 3. Quyết định này có hiệu lực kể từ ngày ký.
"""

PURPOSE = """CÔNG ĐIỆN
Về khắc phục hậu quả bão

Để bảo đảm chỗ ở ổn định cho Nhân dân trước Tết Nguyên đán năm 2027, Thủ tướng Chính phủ yêu cầu:
1. Bộ Xây dựng hướng dẫn các địa phương gia cố nhà ở, hoàn thành trước ngày 20/12/2026.
2. Bộ Quốc phòng chỉ đạo lực lượng hỗ trợ Nhân dân dựng lại nhà.
"""


def test_a_closing_completion_line_is_its_articles_limit(tmp_path: Path) -> None:
    limits = [(t.responsible, t.deadline and t.deadline.due) for t in tasks_in(tmp_path, CLOSING_LINE)]
    assert (["Sở Xây dựng"], "2026-12-15") in limits


def test_a_time_in_the_purpose_of_an_introduction_is_not_its_items_limit(tmp_path: Path) -> None:
    limits = [(t.responsible, t.deadline and t.deadline.due) for t in tasks_in(tmp_path, PURPOSE)]
    assert limits == [(["Bộ Xây dựng"], "2026-12-20"), (["Bộ Quốc phòng"], None)]


TIME_LINE_ITEM = """QUYẾT ĐỊNH
Về việc sắp xếp các đơn vị sự nghiệp

Điều 2. Tổ chức thực hiện
Sở Nội vụ có nhiệm vụ:
a) Hướng dẫn các đơn vị xây dựng đề án sắp xếp bộ máy.
b) Thẩm định đề án, trình Ủy ban nhân dân tỉnh phê duyệt.
Thời gian thực hiện trong quý II năm 2027.
c) Thời gian tới, tiếp tục rà soát biên chế của các đơn vị sau sắp xếp.
"""


def test_a_time_line_under_duty_items_is_no_duty_of_its_own(tmp_path: Path) -> None:
    for tasks in (rule_tasks(tmp_path, TIME_LINE_ITEM), tasks_in(tmp_path, TIME_LINE_ITEM)):
        assert [t.text.split()[0] for t in tasks] == ["Hướng", "Thẩm", "Thời"]
        assert all(t.responsible == ["Sở Nội vụ"] for t in tasks)
