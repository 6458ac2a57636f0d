"""Duties reported or quoted versus duties this text assigns, and where a duty starts inside a paragraph:
a sentence whose subject is a cited document tells what that document assigned; a paragraph that names a
provision and reproduces it binds under that provision (RULINGS R20); a lead-in whose own sentence acts
before `Trong đó ...:` is a task (R13); a body that acts `căn cứ` bases listed between semicolons acts by
the purpose after `để`; a sentence of a heading's other doer inside a paragraph opening with its own doer
is a duty of its own (R9). Decided by the rules alone."""

from pathlib import Path

from nlp_fixtures import rule_tasks, task_starting

NOTICE = "\n".join([
    "THÔNG BÁO",
    "Kết luận của Phó Chủ tịch về đề án phát triển chợ đầu mối",
    "1. Chợ đầu mối được xem là hạ tầng quan trọng của ngành. Luật Thương mại và Nghị định số 60/2024/NĐ-CP"
    " giao Sở Công Thương chủ trì quản lý chợ.",
    "2. Sở Công Thương chủ trì, phối hợp với Sở Tài chính, Sở Xây dựng hoàn thiện đề án, trình Ủy ban nhân"
    " dân tỉnh trước ngày 15 tháng 11 năm 2025. Trong đó lưu ý các nội dung sau:",
    "- Về quy hoạch mạng lưới chợ:",
    "Sở Công Thương căn cứ quy định của Luật Thương mại; quy định về phân cấp quản lý chợ, cơ chế tài chính;"
    " quy hoạch tỉnh để đề xuất danh mục chợ đầu mối.",
    "Sở Xây dựng gửi Sở Công Thương ý kiến về quỹ đất. Sở Công Thương, Sở Xây dựng thống nhất phương án"
    " trước khi trình Ủy ban nhân dân tỉnh.",
    "",
])


def test_a_cited_document_assigning_is_no_duty_here(tmp_path: Path) -> None:
    tasks = rule_tasks(tmp_path, NOTICE)
    assert not any(t.text.startswith("Chợ đầu mối") for t in tasks)


def test_a_lead_in_acting_before_its_trong_do_sentence_is_a_task(tmp_path: Path) -> None:
    tasks = rule_tasks(tmp_path, NOTICE)
    assert task_starting(tasks, "Sở Công Thương chủ trì, phối hợp").responsible == ["Sở Công Thương"]


def test_bases_listed_between_semicolons_lead_to_the_purpose(tmp_path: Path) -> None:
    tasks = rule_tasks(tmp_path, NOTICE)
    assert task_starting(tasks, "Sở Công Thương căn cứ quy định").responsible == ["Sở Công Thương"]


def test_a_sentence_of_another_doer_inside_a_paragraph_is_its_own_duty(tmp_path: Path) -> None:
    tasks = rule_tasks(tmp_path, NOTICE)
    assert task_starting(tasks, "Sở Xây dựng gửi").responsible == ["Sở Xây dựng"]
    assert task_starting(tasks, "Sở Công Thương, Sở Xây dựng thống nhất").responsible == [
        "Sở Công Thương", "Sở Xây dựng"]


LETTER = "\n".join([
    "Kính gửi: Ủy ban nhân dân các tỉnh",
    "Bộ Y tế ban hành Thông tư số 12/2025/TT-BYT về quản lý dược, cụ thể:",
    "- Khoản 3 Điều 4 của Thông tư số 12/2025/TT-BYT quy định: “Ủy ban nhân dân cấp tỉnh có trách nhiệm"
    " cấp phép hành nghề dược trên địa bàn”.",
    "Bộ Y tế đề nghị Ủy ban nhân dân các tỉnh tổ chức cấp phép hành nghề dược theo đúng quy định.",
    "",
])


def test_a_reproduced_provision_is_no_duty_of_the_letter(tmp_path: Path) -> None:
    tasks = rule_tasks(tmp_path, LETTER)
    assert not any(t.text.startswith("Khoản 3 Điều 4") for t in tasks)
