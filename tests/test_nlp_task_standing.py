"""What a named body is, under whose direction it works and the charter it operates under (`Sở X là cơ
quan chuyên môn thuộc ...`, `Sở X chịu sự chỉ đạo của ...`, `Trường X hoạt động theo Điều lệ ...`) state
its standing, no work (fresh outside batches 14 and 15); a role whose work follows, or a stated duty, still
charges the body. Decided by the rules alone (the learned model weighs their verdicts)."""

from pathlib import Path

from nlp_fixtures import rule_tasks

DECISION = "\n".join([
    "QUYẾT ĐỊNH",
    "Về việc thành lập Trung tâm Dữ liệu tỉnh",
    "Điều 1. Thành lập Trung tâm Dữ liệu tỉnh trực thuộc Sở Khoa học và Công nghệ.",
    "Trung tâm Dữ liệu tỉnh là đơn vị sự nghiệp công lập, có tư cách pháp nhân và tài khoản riêng.",
    "Trung tâm Dữ liệu tỉnh chịu sự chỉ đạo, quản lý trực tiếp của Sở Khoa học và Công nghệ.",
    "Trung tâm Dữ liệu tỉnh hoạt động theo quy chế do Giám đốc Sở ban hành.",
    "",
])
PLAN = "\n".join([
    "QUYẾT ĐỊNH",
    "Về việc triển khai nền tảng dữ liệu dùng chung của tỉnh",
    "Điều 1. Phân công thực hiện như sau:",
    "1. Sở Nội vụ là cơ quan thường trực, theo dõi, đôn đốc việc triển khai nền tảng.",
    "2. Sở Tài chính là cơ quan đầu mối và có trách nhiệm bố trí kinh phí cho nền tảng.",
    "3. Sở Khoa học và Công nghệ hướng dẫn các sở xây dựng kế hoạch năm 2026.",
    "",
])


def test_standing_statements_are_no_tasks_but_role_work_and_duties_are(tmp_path: Path) -> None:
    assert not any(t.text.startswith("Trung tâm Dữ liệu tỉnh") for t in rule_tasks(tmp_path, DECISION))
    texts = [t.text[:24] for t in rule_tasks(tmp_path, PLAN)]
    for words in ("Sở Nội vụ là cơ quan th", "Sở Tài chính là cơ quan", "Sở Khoa học và Công ngh"):
        assert any(text.startswith(words) for text in texts), words
