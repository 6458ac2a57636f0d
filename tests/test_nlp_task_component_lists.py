"""A paragraph that states an action in a sentence of its own and then introduces what a thing consists of
(`... lập hồ sơ đề nghị quyết toán. Hồ sơ gồm:`) is judged by its action: the items list the components
(nlp.task_actions), not duties the paragraph would introduce; a lead-in alone stays none."""

from pathlib import Path

from nlp_fixtures import task_starting, tasks_in

REGULATION = (
    "QUY ĐỊNH\nVề quyết toán kinh phí chỉnh lý bản đồ\n\n"
    "Điều 7. Quyết toán\n"
    "1. Khi hoàn thành công trình, Sở Tài chính lập hồ sơ đề nghị quyết toán gửi Ủy ban nhân dân tỉnh. "
    "Hồ sơ đề nghị quyết toán bao gồm:\n"
    "a) Tờ trình đề nghị phê duyệt quyết toán;\n"
    "b) Bảng kê chi phí đã thực hiện theo từng hạng mục;\n"
    "2. Chậm nhất 10 ngày sau khi nghiệm thu, đơn vị thi công có trách nhiệm bàn giao sản phẩm cho chủ "
    "đầu tư. "
    "Việc bàn giao được thực hiện theo biên bản. Nội dung bàn giao gồm các nội dung sau:\n"
    "a) Bản đồ địa chính dạng số;\n"
    "b) Sổ mục kê đất đai;\n"
    "3. Hồ sơ thẩm định gồm:\n"
    "a) Biên bản nghiệm thu cấp đơn vị thi công;\n"
    "b) Báo cáo giám sát của chủ đầu tư;\n"
)


def test_an_action_stated_before_a_list_of_components_is_a_task(tmp_path: Path) -> None:
    tasks = tasks_in(tmp_path, REGULATION)
    assert task_starting(tasks, "Khi hoàn thành công trình").responsible == ["Sở Tài chính"]
    assert task_starting(tasks, "Chậm nhất 10 ngày").responsible == []


def test_the_components_and_a_bare_lead_in_are_no_tasks(tmp_path: Path) -> None:
    texts = [t.text for t in tasks_in(tmp_path, REGULATION)]
    listed = ("Hồ sơ thẩm định", "Tờ trình", "Bảng kê", "Bản đồ", "Biên bản")
    assert not any(t.startswith(listed) for t in texts)
