"""A doer named by a bare head's title (nlp.head_titles): the holder heads the body the document speaks for,
a standing board's committee rather than the board (RULINGS R2)."""

from pathlib import Path

from nlp_fixtures import rule_tasks, task_starting

from policylink.nlp.bodies import find_body_mentions
from policylink.nlp.head_titles import bare_chair, chaired_bodies


def _bare(line: str) -> bool:
    return bare_chair(line, 0, len(line), find_body_mentions(line))


def test_a_chair_or_vice_chair_with_no_body_printed_is_bare() -> None:
    assert _bare("Đồng chí Phó Chủ tịch Thường trực, phụ trách lĩnh vực Dân chủ - Pháp luật")
    assert _bare("Các đ/c Phó Chủ tịch phụ trách lĩnh vực")
    assert _bare("Chủ tịch")
    assert not _bare("Phó Chủ tịch UBND phường phụ trách lĩnh vực văn hóa")
    assert not _bare("Chủ tịch Hội Nông dân xã")
    assert not _bare("Chủ tịch nước")


def test_the_chair_heads_the_committee_of_a_standing_board() -> None:
    speakers = find_body_mentions("Ban Thường trực Ủy ban MTTQ Việt Nam phường An Khánh ban hành kế hoạch.")
    committee = "Ủy ban Mặt trận Tổ quốc Việt Nam phường An Khánh"
    assert [b.canonical for b in chaired_bodies(speakers)] == [committee]
    council = find_body_mentions("Ủy ban nhân dân huyện ban hành kế hoạch.")
    assert [b.canonical for b in chaired_bodies(council)] == ["Ủy ban nhân dân huyện"]


PLAN = "\n".join([
    "KẾ HOẠCH",
    "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2026",
    "Ban Thường trực Ủy ban MTTQ Việt Nam phường An Khánh ban hành kế hoạch như sau:",
    "II. NỘI DUNG",
    "1. Xây dựng kế hoạch tổ chức Ngày hội ở các khu dân cư.",
    "- Thời gian hoàn thành: tháng 9/2026.",
    "- Đơn vị chủ trì: Đồng chí Phó Chủ tịch Thường trực, phụ trách lĩnh vực Dân chủ - Pháp luật.",
    "- Đơn vị phối hợp: Hội Cựu chiến binh phường.",
    "2. Tổng hợp kết quả tổ chức Ngày hội.",
    "- Thời gian hoàn thành: tháng 11/2026.",
    "- Đơn vị chủ trì: Ban Công tác Mặt trận các khu dân cư.",
    "",
])


def test_a_bare_chair_in_the_doer_field_is_the_issuing_boards_committee(tmp_path: Path) -> None:
    tasks = rule_tasks(tmp_path, PLAN)
    plan = task_starting(tasks, "Xây dựng kế hoạch")
    assert plan.responsible == ["Ủy ban Mặt trận Tổ quốc Việt Nam phường An Khánh"]
    assert plan.coordinating == ["Hội Cựu chiến binh phường"]
    assert task_starting(tasks, "Tổng hợp kết quả").responsible == ["Ban Công tác Mặt trận các khu dân cư"]


HEADINGS = "\n".join([
    "KẾ HOẠCH",
    "Giám sát việc thực hiện chính sách bảo hiểm y tế năm 2026",
    "Ban Thường trực Ủy ban MTTQ Việt Nam huyện Đông Anh ban hành kế hoạch như sau:",
    "III. TỔ CHỨC THỰC HIỆN",
    "1. Các Phó Chủ tịch phụ trách lĩnh vực Dân chủ - Pháp luật",
    "- Chủ trì thành lập đoàn giám sát tại các xã.",
    "- Tổng hợp kiến nghị của cử tri sau mỗi đợt giám sát.",
    "2. Hội Liên hiệp Phụ nữ huyện",
    "- Cử cán bộ tham gia đoàn giám sát.",
    "",
])


def test_a_bare_chairs_heading_hands_its_items_to_the_committee(tmp_path: Path) -> None:
    tasks = rule_tasks(tmp_path, HEADINGS)
    committee = ["Ủy ban Mặt trận Tổ quốc Việt Nam huyện Đông Anh"]
    assert task_starting(tasks, "Chủ trì thành lập").responsible == committee
    assert task_starting(tasks, "Tổng hợp kiến nghị").responsible == committee
    assert task_starting(tasks, "Cử cán bộ").responsible == ["Hội Liên hiệp Phụ nữ huyện"]
