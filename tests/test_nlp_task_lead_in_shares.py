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


OWN_ACTION = (
    "QUYẾT ĐỊNH\nVề việc bãi bỏ quy trình điện tử\n\n"
    "Điều 1. Bãi bỏ 03 quy trình điện tử giải quyết thủ tục hành chính lĩnh vực điện lực.\n"
    "Điều 2. Sở Công Thương có trách nhiệm thực hiện các nhiệm vụ dưới đây và thông báo cho các cơ quan, "
    "đơn vị liên quan:\n"
    "1. Rà soát các hồ sơ đang giải quyết theo quy trình đã bãi bỏ.\n"
    "2. Cập nhật danh mục thủ tục hành chính trên Cổng dịch vụ công của tỉnh.\n"
    "Điều 3. Sở Xây dựng có trách nhiệm thực hiện các nhiệm vụ sau:\n"
    "1. Hướng dẫn các xã thực hiện quy trình mới.\n"
)


def test_a_lead_in_with_an_action_after_its_list_is_a_task_as_well(tmp_path: Path) -> None:
    tasks = tasks_in(tmp_path, OWN_ACTION)
    # (RULINGS R13) `... các nhiệm vụ dưới đây và thông báo cho ...:` states an action of its own
    assert task_starting(tasks, "Sở Công Thương có trách nhiệm").responsible == ["Sở Công Thương"]
    assert task_starting(tasks, "Rà soát các hồ sơ").responsible == ["Sở Công Thương"]
    # a lead-in that only introduces its items is none
    assert not [t for t in tasks if t.text.startswith("Sở Xây dựng")]
    assert task_starting(tasks, "Hướng dẫn các xã").responsible == ["Sở Xây dựng"]


PURPOSE_PARTNERS = (
    "CHỈ THỊ\nVề việc triển khai Luật Hòa giải\n\n"
    "Để thi hành Luật Hòa giải và giúp Chính phủ quản lý công tác hòa giải; phối hợp với Tòa án nhân dân "
    "tối cao hướng dẫn nghiệp vụ hòa giải, Bộ trưởng Bộ Tư pháp chỉ thị:\n"
    "1. Sở Tư pháp có trách nhiệm sau đây:\n"
    "a) Tổ chức tập huấn kỹ năng hòa giải cho hòa giải viên ở cơ sở;\n"
    "b) Rà soát đội ngũ hòa giải viên trên địa bàn.\n"
)


def test_partners_in_the_purpose_a_lead_in_opens_with_are_not_the_items(tmp_path: Path) -> None:
    # the purpose states the issuer's remit and its partners there; the items' doer has none
    tasks = tasks_in(tmp_path, PURPOSE_PARTNERS)
    item = task_starting(tasks, "Tổ chức tập huấn")
    assert item.responsible == ["Sở Tư pháp"]
    assert item.coordinating == []


CONTENTS = (
    "CÔNG ĐIỆN\nVề việc khắc phục hậu quả mưa lũ\n\n"
    "1. Chủ tịch Ủy ban nhân dân các tỉnh: Sơn La, Lai Châu và Điện Biên chỉ đạo cơ quan chức năng khẩn "
    "trương rà soát, thống kê, báo cáo về một số nội dung sau:\n"
    "- Số hộ dân có nhà bị cuốn trôi.\n"
    "- Tổng kinh phí cần thiết để hỗ trợ.\n"
    "2. Ủy ban nhân dân các tỉnh: Sơn La, Lai Châu và Điện Biên khẩn trương gửi báo cáo về Bộ Tài chính.\n"
    "3. Các Bộ, ngành thực hiện các nhiệm vụ sau:\n"
    "- Công tác cứu trợ.\n"
)


def test_a_lead_in_whose_items_list_what_its_action_covers_is_the_task(tmp_path: Path) -> None:
    """Items naming no doer that only list the contents of the lead-in's action belong to its task
    (RULINGS R8); a lead-in that only introduces duties (`thực hiện các nhiệm vụ sau:`) is none (R13).
    The provinces a collective's colon names are its members: the action starts after them."""
    tasks = tasks_in(tmp_path, CONTENTS)
    assert [t.text[:20] for t in tasks] == ["Chủ tịch Ủy ban nhân", "Ủy ban nhân dân các "]
