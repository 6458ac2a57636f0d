"""Task fields printed as labelled lines under the items of an action programme (nlp.labelled_fields):
the doer, partners and time of each item come from its `Cơ quan thực hiện:` / `Đơn vị phối hợp:` /
`Thời gian thực hiện:` lines, and the lines printed after a group of items hold for the whole group."""

from pathlib import Path

from nlp_fixtures import task_starting, tasks_in

from policylink.nlp.labelled_fields import labelled_runs

PROGRAMME = """ỦY BAN NHÂN DÂN TỈNH HÀ GIANG
CHƯƠNG TRÌNH HÀNH ĐỘNG
Phát triển du lịch cộng đồng giai đoạn 2021-2025
I. NHIỆM VỤ
1. Quảng bá điểm đến
1.1. Xây dựng bộ tài liệu giới thiệu các làng du lịch cộng đồng.
1.2. Tổ chức hội chợ du lịch tại các huyện vùng cao.
- Cơ quan thực hiện: Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Sở Công Thương; Ủy ban nhân \
dân các huyện.
- Thời gian thực hiện: Hoàn thành trong quý III/2021.
1.3. Xây dựng chuyên mục du lịch trên cổng thông tin điện tử của tỉnh.
- Cơ quan chủ trì: Sở Thông tin và Truyền thông
- Đơn vị phối hợp: Sở Tài chính
- Thời gian hoàn thành: Tháng 12/2021
2. Đào tạo nguồn nhân lực
2.1. Mở lớp bồi dưỡng kỹ năng phục vụ khách cho các hộ làm du lịch.
- Cơ quan thực hiện: Sở Lao động - Thương binh và Xã hội chủ trì -Thời gian thực hiện: Thực hiện hằng năm.
"""


def test_each_item_takes_the_fields_of_the_lines_after_its_group(tmp_path: Path) -> None:
    tasks = tasks_in(tmp_path, PROGRAMME)
    for words in ("Xây dựng bộ tài liệu", "Tổ chức hội chợ"):
        task = task_starting(tasks, words)
        assert task.responsible == ["Sở Văn hóa, Thể thao và Du lịch"]
        assert task.coordinating == ["Sở Công Thương", "Ủy ban nhân dân các huyện"]
        assert task.deadline is not None and task.deadline.due == "2021-09-30"


def test_separate_lines_for_doer_partner_and_time(tmp_path: Path) -> None:
    task = task_starting(tasks_in(tmp_path, PROGRAMME), "Xây dựng chuyên mục")
    assert (task.responsible, task.coordinating) == (["Sở Thông tin và Truyền thông"], ["Sở Tài chính"])
    assert task.deadline is not None and task.deadline.due == "2021-12-31"


def test_a_time_label_run_onto_the_doer_line(tmp_path: Path) -> None:
    task = task_starting(tasks_in(tmp_path, PROGRAMME), "Mở lớp bồi dưỡng")
    assert task.responsible == ["Sở Lao động - Thương binh và Xã hội"]
    assert task.recurrence == "annual"


def test_the_labelled_lines_are_no_tasks(tmp_path: Path) -> None:
    tasks = tasks_in(tmp_path, PROGRAMME)
    assert not [t for t in tasks if "thực hiện:" in t.text or "chủ trì:" in t.text]


def test_runs_need_a_doer_label() -> None:
    text = "3. Thời gian thực hiện: Từ năm 2026 đến năm 2030.\n- Sản phẩm: Báo cáo tổng kết.\n"
    assert labelled_runs(text) == []


def test_a_procedure_record_gets_no_task_from_its_labels(tmp_path: Path) -> None:
    record = """ỦY BAN NHÂN DÂN TỈNH HÀ GIANG
QUYẾT ĐỊNH
Công bố thủ tục hành chính lĩnh vực du lịch
Điều 1. Công bố kèm theo Quyết định này thủ tục công nhận điểm du lịch.
1. Trình tự thực hiện: Tổ chức nộp hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh.
- Cơ quan thực hiện: Sở Văn hóa, Thể thao và Du lịch.
- Thời gian thực hiện: 10 ngày làm việc.
"""
    tasks = tasks_in(tmp_path, record)
    assert not [t for t in tasks if "Sở Văn hóa, Thể thao và Du lịch" in t.responsible]


def test_a_hard_wrapped_doer_line_goes_on_to_the_next_line(tmp_path: Path) -> None:
    wrapped = PROGRAMME.replace("phối hợp với Sở Công Thương;", "phối hợp với\nSở Công Thương;")
    task = task_starting(tasks_in(tmp_path, wrapped), "Tổ chức hội chợ")
    assert task.coordinating == ["Sở Công Thương", "Ủy ban nhân dân các huyện"]
