"""Norms that read like duties in central decrees and circulars, on texts of our own: a post's job
description and the standards its holder must meet (RULINGS R95's reasoning)."""

from pathlib import Path

from nlp_fixtures import rule_tasks

GRADES = "\n".join([
    "Thông tư quy định mã số, tiêu chuẩn chuyên môn của ngạch thanh tra viên thủy sản",
    "Căn cứ Luật Cán bộ, công chức;",
    "Điều 1. Phạm vi điều chỉnh",
    "Thông tư này quy định tiêu chuẩn của ngạch thanh tra viên thủy sản.",
    "Điều 2. Tiêu chuẩn chung về đạo đức công vụ",
    "1. Tận tụy, trung thực, khách quan khi thi hành công vụ;",
    "2. Có ý thức phối hợp với đồng nghiệp trong thực hiện nhiệm vụ.",
    "Điều 3. Thanh tra viên thủy sản chính",
    "1. Chức trách",
    "Là công chức chuyên môn làm nhiệm vụ thanh tra chuyên ngành thủy sản.",
    "2. Nhiệm vụ",
    "a) Chủ trì các cuộc thanh tra chuyên ngành về khai thác thủy sản;",
    "b) Hướng dẫn nghiệp vụ cho thanh tra viên thủy sản;",
    "c) Thực hiện nhiệm vụ khác do cấp trên giao.",
    "3. Tiêu chuẩn về năng lực chuyên môn",
    "a) Nắm vững pháp luật về thủy sản;",
    "b) Có khả năng tổ chức cuộc thanh tra có nhiều đối tượng.",
    "Điều 4. Trách nhiệm thi hành",
    "1. Cục Thủy sản có trách nhiệm hướng dẫn việc bổ nhiệm vào ngạch.",
    "2. Nhiệm vụ",
    "Các Sở Nông nghiệp và Môi trường rà soát đội ngũ công chức trước ngày 30 tháng 6 năm 2027.",
    "",
])


def test_a_posts_description_and_standards_are_no_tasks(tmp_path: Path) -> None:
    """The duties, responsibility and qualifications of a grade say what its holder does and is; the
    article charging bodies with the circular's execution assigns work, and so does a clause titled
    `Nhiệm vụ` in an article that sets no standards."""
    texts = [t.text[:20] for t in rule_tasks(tmp_path, GRADES)]
    assert texts == ["Cục Thủy sản có trác", "Nhiệm vụ\nCác Sở Nông"]


def test_the_same_duties_under_a_duties_clause_of_a_plan_are_tasks(tmp_path: Path) -> None:
    """Without a sibling clause setting standards, the items under `Nhiệm vụ` are duties."""
    text = GRADES.replace("3. Tiêu chuẩn về năng lực chuyên môn", "3. Kinh phí")
    texts = [t.text[:20] for t in rule_tasks(tmp_path, text)]
    assert "Chủ trì các cuộc tha" in texts and "Hướng dẫn nghiệp vụ " in texts
