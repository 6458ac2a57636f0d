"""A report's account of what was done is no task (nlp.task_narration, RULINGS R52): past `đã` after its
subject, a cited document's issue told as an event, an opening year before the report's, the counts under a
lead-in that tells, a numbered heading of the outline the text below answers. Its proposals stay tasks, and
the same sentences in a plan are duties. Texts of our own, decided by the rules alone."""

from pathlib import Path

from nlp_fixtures import rule_tasks, task_starting

REPORT = "\n".join([
    "ỦY BAN NHÂN DÂN TỈNH HÀ GIANG",
    "Số: 15/BC-UBND",
    "Hà Giang, ngày 10 tháng 01 năm 2026",
    "BÁO CÁO",
    "Kết quả quản lý đất đai năm 2025",
    "Kính gửi: Bộ Nông nghiệp và Môi trường",
    "I. CÔNG TÁC QUẢN LÝ ĐẤT ĐAI",
    "1. Công tác ban hành văn bản",
    "Sau khi Nghị định số 12/2025/NĐ-CP ngày 10/02/2025 của Chính phủ được ban hành, Sở Tài chính (trước"
    " sắp xếp) đã tham mưu Ủy ban nhân dân tỉnh ban hành kế hoạch triển khai.",
    "2. Công tác kiểm tra",
    "Trong năm 2025, Sở Nông nghiệp và Môi trường kiểm tra việc sử dụng đất của 12 tổ chức.",
    "- Năm 2025, Thanh tra tỉnh tổ chức 05 cuộc thanh tra, trong đó:",
    "+ Thanh tra tỉnh chủ trì 03 cuộc thanh tra.",
    "+ Sở Xây dựng phối hợp 02 cuộc thanh tra.",
    "3. Đánh giá tác động của chính sách mới (có số liệu minh chứng) và đề xuất giải pháp",
    "Các quy định mới đã giúp rút ngắn thời gian giải quyết hồ sơ.",
    "4. Công tác đo đạc",
    "Ủy ban nhân dân tỉnh đã giao Sở Nông nghiệp và Môi trường đo đạc bản đồ địa chính.",
    "II. NHIỆM VỤ NĂM 2026",
    "- Sở Nông nghiệp và Môi trường tiếp tục thực hiện các nhiệm vụ đã đề ra trong kế hoạch.",
    "III. KIẾN NGHỊ",
    "1. Kiến nghị Bộ Nông nghiệp và Môi trường",
    "- Sớm ban hành hướng dẫn về hồ sơ địa chính điện tử.",
    "",
])


def test_what_a_report_tells_was_done_is_no_task(tmp_path: Path) -> None:
    tasks = rule_tasks(tmp_path, REPORT)
    for words in ("Sau khi Nghị định", "Trong năm 2025, Sở Nông nghiệp", "Năm 2025, Thanh tra tỉnh",
                  "Thanh tra tỉnh chủ trì 03", "Sở Xây dựng phối hợp 02", "Đánh giá tác động của chính sách"):
        assert not any(words in t.text for t in tasks), words


def test_a_reports_plans_and_proposals_stay_tasks(tmp_path: Path) -> None:
    tasks = rule_tasks(tmp_path, REPORT)
    assert task_starting(tasks, "Sở Nông nghiệp và Môi trường tiếp tục").responsible == [
        "Sở Nông nghiệp và Môi trường"]
    assert task_starting(tasks, "Sớm ban hành hướng dẫn").responsible == ["Bộ Nông nghiệp và Môi trường"]


def test_the_same_sentences_in_a_plan_are_duties(tmp_path: Path) -> None:
    plan = REPORT.replace("Số: 15/BC-UBND", "Số: 15/KH-UBND").replace("BÁO CÁO", "KẾ HOẠCH")
    tasks = rule_tasks(tmp_path, plan)
    assert any("Thanh tra tỉnh chủ trì 03 cuộc" in t.text for t in tasks)
