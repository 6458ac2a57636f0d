"""The tasks of the corpus conclusion, every field together (nlp.tasks): sections, inherited
bodies, coordination, report addressees, deadlines, recurrences and actions."""

from pathlib import Path

import pytest
from nlp_fixtures import tasks_of

from policylink.nlp.model import Task

CORPUS = Path(__file__).parents[1] / "corpus" / "ket-luan-btv-tinh-uy-bac-giang-2024-ket-cau-ha-tang.txt"


@pytest.fixture(scope="module")
def conclusion() -> list[Task]:
    return tasks_of(CORPUS)


def test_conclusion_bullets_inherit_the_heading_body(conclusion: list[Task]) -> None:
    bullets = [t for t in conclusion if (t.section or "").startswith("2.3-b")]
    assert [t.section for t in bullets] == [f"2.3-b{i}" for i in range(1, 6)]
    for task in bullets:
        assert task.responsible == ["Ban cán sự đảng Ủy ban nhân dân tỉnh"]


def test_conclusion_item_3_follow_up(conclusion: list[Task]) -> None:
    (item,) = [t for t in conclusion if t.section == "3"]
    assert item.responsible == ["Ban cán sự đảng Ủy ban nhân dân tỉnh"]
    assert item.coordinating == ["Cơ quan, đơn vị"]
    assert item.report_to == ["Ban Thường vụ Tỉnh ủy"]
    assert item.recurrence == "periodic"


def test_conclusion_deadline_and_instruction_addressees(conclusion: list[Task]) -> None:
    (project,) = [t for t in conclusion if t.section == "2.3-b2"]
    assert project.deadline is not None and project.deadline.text == "quý IV/2024"
    (item,) = [t for t in conclusion if t.section == "2.2.2"]
    assert item.responsible == ["Cấp ủy", "Chính quyền", "Mặt trận Tổ quốc",
                                "Tổ chức chính trị - xã hội", "Cơ quan, đơn vị"]
    assert not any(t.text.startswith(("Cơ bản nhất trí", "Mục tiêu")) for t in conclusion)
    (first,) = [t for t in conclusion if t.section == "1"]
    assert first.action == "hoàn thiện Báo cáo nghiên cứu, tổng kết thực tiễn"
