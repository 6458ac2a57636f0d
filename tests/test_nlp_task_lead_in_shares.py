"""Items that name only their doers under a lead-in that assigns the action (issue 12, RULINGS R1, R13):
each item is a task, with the lead-in's action and partners; a list that only names bodies under a
lead-in that assigns nothing is no task. Texts of our own."""

from pathlib import Path

from nlp_fixtures import task_starting, tasks_in

SHARED = (
    "QUYẾT ĐỊNH\nVề việc công bố danh mục thủ tục hành chính\n\n"
    "Điều 1. Công bố kèm theo Quyết định này Danh mục 05 thủ tục hành chính lĩnh vực xây dựng.\n"
    "Điều 2. Giao Sở Xây dựng, Sở Công Thương chủ trì, phối hợp với Văn phòng Ủy ban nhân dân tỉnh "
    "xây dựng quy trình nội bộ giải quyết thủ tục hành chính, cụ thể:\n"
    "- Sở Xây dựng đối với thủ tục hành chính số 01, 02 tại Danh mục kèm theo;\n"
    "- Sở Công Thương đối với các thủ tục hành chính còn lại.\n"
    "Điều 3. Các cơ quan được lấy ý kiến gồm:\n"
    "- Sở Tư pháp;\n"
    "- Sở Nội vụ.\n"
)


def test_an_item_naming_its_doer_shares_the_lead_in_action(tmp_path: Path) -> None:
    tasks = tasks_in(tmp_path, SHARED)
    first = task_starting(tasks, "Sở Xây dựng đối với")
    assert first.responsible == ["Sở Xây dựng"]
    assert first.coordinating == ["Văn phòng Ủy ban nhân dân tỉnh"]
    assert task_starting(tasks, "Sở Công Thương đối với").responsible == ["Sở Công Thương"]


def test_bodies_listed_under_a_lead_in_that_assigns_nothing_are_no_tasks(tmp_path: Path) -> None:
    tasks = tasks_in(tmp_path, SHARED)
    assert not [t for t in tasks if t.section and t.section.startswith("Điều 3")]
