"""Duty lines of Vietnamese administrative writing: `Body: duty`, remit adverbials, time openings,
modals, directed instructions over lettered items, roles after `báo cáo`, assessments and
closing formulas that assign nothing."""

from pathlib import Path

from nlp_fixtures import tasks_in
from policylink.nlp.model import Task

DUTIES = """KẾ HOẠCH
Thực hiện công tác cải cách hành chính năm 2026

I. TỔ CHỨC THỰC HIỆN

1. Sở Nội vụ: chủ trì hướng dẫn các cơ quan rà soát thủ tục hành chính.

2. Các phòng, ban chuyên môn huyện căn cứ chức năng, nhiệm vụ được giao chủ động rà soát quy trình nội bộ.

3. Năm tới, UBND các xã, thị trấn cần tiếp tục rà soát thủ tục hành chính.

4. UBND huyện chỉ đạo các phòng, ban chuyên môn:

a) Rà soát danh mục dữ liệu dùng chung, báo cáo Chủ tịch UBND huyện.

5. Ban Thường vụ Huyện ủy ghi nhận, đánh giá cao kết quả thực hiện của UBND huyện.

6. Ban Thường vụ Huyện ủy thông báo để các cơ quan, đơn vị biết, thực hiện.
"""




def _by_section(tasks: list[Task], section: str) -> Task:
    (task,) = [t for t in tasks if t.section == section]
    return task


def test_duty_lines_are_tasks_of_the_body_they_name(tmp_path: Path) -> None:
    tasks = tasks_in(tmp_path, DUTIES, "ke-hoach.txt")
    assert [t.section for t in tasks] == ["I.1", "I.2", "I.3", "I.4.a"]
    colon = _by_section(tasks, "I.1")  # `Body: duty` on one line
    assert colon.responsible == ["Sở Nội vụ"]
    assert colon.action is not None and colon.action.startswith("hướng dẫn")  # past the colon
    remit = _by_section(tasks, "I.2")  # `căn cứ chức năng, nhiệm vụ được giao` is no document
    assert remit.responsible == ["Phòng, ban chuyên môn huyện"]
    time_opening = _by_section(tasks, "I.3")  # `Năm tới, X cần ...`
    assert time_opening.responsible == ["Ủy ban nhân dân các xã, thị trấn"]


def test_a_directing_instruction_gives_its_subject_and_a_role_gives_its_body(tmp_path: Path) -> None:
    item = _by_section(tasks_in(tmp_path, DUTIES, "ke-hoach.txt"), "I.4.a")
    assert item.responsible == ["Ủy ban nhân dân huyện"]  # the body that directs (DECISIONS)
    assert item.report_to == ["Ủy ban nhân dân huyện"]  # `báo cáo Chủ tịch UBND huyện`


def test_assessments_and_closing_formulas_assign_nothing(tmp_path: Path) -> None:
    sections = [t.section for t in tasks_in(tmp_path, DUTIES, "ke-hoach.txt")]
    assert "I.5" not in sections and "I.6" not in sections


AREAS_THEN_DUTIES = """KẾ HOẠCH
Phát triển du lịch huyện năm 2026

I. NHIỆM VỤ

1. Nâng cấp hạ tầng du lịch: hoàn thiện đường vào các điểm du lịch; lắp đặt biển chỉ dẫn tại các di tích.

2. Đẩy mạnh quảng bá du lịch: xây dựng video giới thiệu các điểm đến của huyện.

II. TỔ CHỨC THỰC HIỆN

1. Phòng Văn hóa và Thông tin huyện: chủ trì xây dựng video giới thiệu các điểm đến.

2. Phòng Kinh tế và Hạ tầng huyện

- Hoàn thiện đường vào các điểm du lịch trong quý III/2026.
"""


def test_area_items_are_not_tasks_when_the_plan_assigns_duties_body_by_body(tmp_path: Path) -> None:
    tasks = tasks_in(tmp_path, AREAS_THEN_DUTIES, "ke-hoach.txt")
    assert [t.section for t in tasks] == ["II.1", "II.2-b1"]
    assert [t.responsible for t in tasks] == [
        ["Phòng Văn hóa và Thông tin huyện"], ["Phòng Kinh tế và Hạ tầng huyện"]]


def test_area_items_stay_tasks_without_such_a_part(tmp_path: Path) -> None:
    text = AREAS_THEN_DUTIES.split("II. TỔ CHỨC")[0]
    assert [t.section for t in tasks_in(tmp_path, text, "ke-hoach.txt")] == ["I.1", "I.2"]


def test_a_giao_list_keeps_delegations_named_before_members(tmp_path: Path) -> None:
    text = ("NGHỊ QUYẾT\nVề việc X\n\nĐiều 3. Tổ chức thực hiện\n"
            "1. Giao Thường trực HĐND huyện, các Tổ đại biểu và đại biểu HĐND huyện giám sát việc "
            "thực hiện Nghị quyết.\n")
    (task,) = tasks_in(tmp_path, text, "ke-hoach.txt")
    assert task.responsible == [
        "Thường trực Hội đồng nhân dân huyện", "Tổ đại biểu Hội đồng nhân dân huyện"]


ADDRESSED = """THÔNG BÁO
Kết luận của Ban Thường vụ Huyện ủy về công tác dân vận

1. Ban Thường vụ Huyện ủy đề nghị UBND huyện chỉ đạo các xã rà soát hộ nghèo.

2. Yêu cầu các chi bộ, đảng bộ cơ sở tổ chức quán triệt Thông báo này.

3. Các cơ quan, đơn vị căn cứ nội dung Thông báo này xây dựng kế hoạch thực hiện.

4. Đối với UBND các xã: khẩn trương kiện toàn tổ dân vận, báo cáo Ban Thường vụ Huyện ủy.
"""


def test_addressed_bodies_topics_and_adverbials_without_comma(tmp_path: Path) -> None:
    tasks = tasks_in(tmp_path, ADDRESSED, "ke-hoach.txt")
    assert [t.section for t in tasks] == ["1", "2", "3", "4"]
    assert [t.responsible for t in tasks] == [
        ["Ủy ban nhân dân huyện"],  # `X đề nghị Y ...`: Y acts
        ["Chi bộ", "Đảng bộ cơ sở"],  # `Yêu cầu ...` opening an item is no `Mục đích, yêu cầu` heading
        ["Cơ quan, đơn vị"],
        ["Ủy ban nhân dân các xã"],  # `Đối với X:` names the actor
    ]
    assert tasks[0].action is not None and tasks[0].action.startswith("chỉ đạo")
    assert tasks[2].action is not None and tasks[2].action.startswith("xây dựng")
    assert tasks[3].report_to == ["Ban Thường vụ Huyện ủy"]
