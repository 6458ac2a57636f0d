"""A report's proposals (DECISIONS-2: `Đề nghị X <action>` is a task of X): the items under a proposal
heading (`1. Kiến nghị Bộ X`) or a request lead-in (`Đề nghị Bộ X:`) numbered `(1).` are tasks of the
body asked; an item opening with the adverb `Sớm` directs as `Khẩn trương` does; the closing line
`UBND tỉnh trân trọng báo cáo Bộ X xem xét` reports, it assigns nothing. Texts of our own, decided by
the rules alone."""

from pathlib import Path

from nlp_fixtures import rule_tasks, task_starting

REPORT = "\n".join([
    "ỦY BAN NHÂN DÂN TỈNH HÀ GIANG",
    "BÁO CÁO",
    "Kết quả quản lý tài nguyên nước năm 2025",
    "Kính gửi: Bộ Nông nghiệp và Môi trường",
    "I. KẾT QUẢ THỰC HIỆN",
    "1. Công tác cấp phép",
    "Trong năm 2025, Ủy ban nhân dân tỉnh đã cấp 05 giấy phép khai thác nước mặt.",
    "II. ĐỀ XUẤT, KIẾN NGHỊ",
    "1. Kiến nghị Bộ Nông nghiệp và Môi trường",
    "- Sớm ban hành hướng dẫn kỹ thuật về quan trắc nước dưới đất.",
    "- Xem xét, bổ sung kinh phí điều tra nguồn nước liên tỉnh.",
    "2. Đề nghị Bộ Tài chính:",
    "(1). Hướng dẫn cơ chế thu phí cấp quyền khai thác tài nguyên nước.",
    "(2). Sớm bố trí vốn cho dự án hồ chứa nước trên địa bàn tỉnh.",
    "Ủy ban nhân dân tỉnh Hà Giang trân trọng báo cáo Bộ Nông nghiệp và Môi trường xem xét, giải quyết./.",
    "",
])


def test_a_proposal_heading_names_the_doer_of_its_items(tmp_path: Path) -> None:
    tasks = rule_tasks(tmp_path, REPORT)
    for words in ("Sớm ban hành hướng dẫn kỹ thuật", "Xem xét, bổ sung kinh phí"):
        assert task_starting(tasks, words).responsible == ["Bộ Nông nghiệp và Môi trường"]


def test_items_numbered_in_brackets_with_a_dot_are_tasks_of_the_body_asked(tmp_path: Path) -> None:
    tasks = rule_tasks(tmp_path, REPORT)
    for words in ("Hướng dẫn cơ chế thu phí", "Sớm bố trí vốn"):
        assert task_starting(tasks, words).responsible == ["Bộ Tài chính"]


def test_the_closing_report_line_assigns_nothing(tmp_path: Path) -> None:
    tasks = rule_tasks(tmp_path, REPORT)
    assert not any("trân trọng báo cáo" in t.text for t in tasks)


PROBLEMS = "\n".join([
    "ỦY BAN NHÂN DÂN TỈNH HÀ GIANG",
    "BÁO CÁO",
    "Tình hình cấp phép khai thác cát năm 2025",
    "Kính gửi: Bộ Nông nghiệp và Môi trường",
    "I. KHÓ KHĂN, VƯỚNG MẮC",
    "- Vấn đề nêu trên, đề nghị Bộ Nông nghiệp và Môi trường ban hành tiêu chí khoanh định khu vực cấm "
    "khai thác.",
    "- Theo khoản 2 Điều 10 Nghị định số 11/2025/NĐ-CP quy định về hồ sơ cấp phép, kính đề nghị Bộ Xây dựng "
    "bổ sung mẫu báo cáo kinh tế kỹ thuật.",
    "- Ủy ban nhân dân tỉnh đã có văn bản đề nghị Bộ Công an hỗ trợ lực lượng kiểm tra.",
    "",
])


def test_a_request_after_an_opening_clause_is_a_task_of_the_body_asked(tmp_path: Path) -> None:
    tasks = rule_tasks(tmp_path, PROBLEMS)
    assert task_starting(tasks, "Vấn đề nêu trên").responsible == ["Bộ Nông nghiệp và Môi trường"]
    assert task_starting(tasks, "Theo khoản 2 Điều 10").responsible == ["Bộ Xây dựng"]


def test_a_request_told_as_done_is_no_task(tmp_path: Path) -> None:
    tasks = rule_tasks(tmp_path, PROBLEMS)
    assert not any(t.text.startswith("Ủy ban nhân dân tỉnh đã có văn bản") for t in tasks)
