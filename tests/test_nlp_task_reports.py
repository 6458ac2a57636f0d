"""Whom a task reports to (nlp.task_reports): a named report sent to a body is reported to it (RULINGS
R5), and the onward report of the body it is sent to is that body's, not the unit's; a deputy prime
minister reported to stands for the Government (R2)."""

from pathlib import Path

from nlp_fixtures import task_starting, tasks_in

LETTER = (
    "CÔNG ĐIỆN\nVề việc khắc phục hậu quả mưa lũ\n\n"
    "THỦ TƯỚNG CHÍNH PHỦ điện:\n"
    "1. Ủy ban nhân dân tỉnh Quảng Ngãi khẩn trương gửi Báo cáo về Văn phòng Chính phủ và các Bộ: "
    "Tài chính, Xây dựng trước ngày 10/12/2026 để tổng hợp, báo cáo Thủ tướng Chính phủ.\n"
    "2. Các bộ, ngành định kỳ hằng quý gửi báo cáo Bộ Nội vụ tình hình thực hiện để tổng hợp, "
    "báo cáo Thủ tướng Chính phủ.\n"
    "3. Bộ Y tế chủ trì rà soát các cơ sở y tế bị hư hỏng. Các Báo cáo trên gửi Bộ Tư pháp trước "
    "ngày 15/12/2026. Trên cơ sở đó, Bộ Tư pháp tổng hợp, báo cáo Thủ tướng Chính phủ.\n"
    "4. Bộ Xây dựng theo dõi, đôn đốc các địa phương, kịp thời báo cáo Thủ tướng Chính phủ, "
    "Phó Thủ tướng phụ trách lĩnh vực những vấn đề phát sinh.\n"
    "5. Bộ Công Thương theo dõi tình hình cung ứng hàng hóa, báo cáo Phó Thủ tướng Chính phủ "
    "Nguyễn Văn An để chỉ đạo.\n"
)


def test_a_report_sent_is_reported_to_its_addressees(tmp_path: Path) -> None:
    tasks = tasks_in(tmp_path, LETTER)
    sent = task_starting(tasks, "Ủy ban nhân dân tỉnh Quảng Ngãi")
    assert sent.report_to == ["Văn phòng Chính phủ", "Bộ Tài chính", "Bộ Xây dựng"]
    assert task_starting(tasks, "Các bộ, ngành").report_to == ["Bộ Nội vụ"]


def test_the_onward_report_of_the_body_sent_to_is_its_own(tmp_path: Path) -> None:
    task = task_starting(tasks_in(tmp_path, LETTER), "Bộ Y tế")
    assert task.report_to == ["Bộ Tư pháp"]


def test_a_deputy_prime_minister_stands_for_the_government(tmp_path: Path) -> None:
    tasks = tasks_in(tmp_path, LETTER)
    assert task_starting(tasks, "Bộ Xây dựng").report_to == ["Thủ tướng Chính phủ", "Chính phủ"]
    assert task_starting(tasks, "Bộ Công Thương").report_to == ["Chính phủ"]


def test_a_report_made_about_a_body_keeps_both_addressees(tmp_path: Path) -> None:
    # no report is sent: both bodies are reported to (DECISIONS-6)
    text = ("KẾ HOẠCH\nThực hiện chuyển đổi số\n\n"
            "1. Các phòng, ban chuyên môn báo cáo kết quả thực hiện về Phòng Văn hóa và Thông tin huyện "
            "để tổng hợp, báo cáo Ủy ban nhân dân huyện.\n")
    task = task_starting(tasks_in(tmp_path, text), "Các phòng")
    assert task.report_to == ["Phòng Văn hóa và Thông tin huyện", "Ủy ban nhân dân huyện"]


def test_what_is_sent_for_an_onward_report_is_no_report_of_the_unit(tmp_path: Path) -> None:
    text = ("CÔNG ĐIỆN\nVề việc tổ chức lễ khánh thành\n\n"
            "1. Đài Truyền hình Việt Nam xây dựng kịch bản chương trình, gửi Bộ Xây dựng trước ngày "
            "05/12/2026 để tổng hợp báo cáo Thủ tướng Chính phủ.\n"
            "2. Bộ Công an kịp thời báo cáo, đề xuất Ban chỉ đạo phòng thủ dân sự quốc gia, Thủ tướng "
            "Chính phủ những vấn đề vượt thẩm quyền.\n")
    tasks = tasks_in(tmp_path, text)
    assert task_starting(tasks, "Đài Truyền hình").report_to == []
    # `báo cáo, đề xuất X`: X is reported to
    assert task_starting(tasks, "Bộ Công an").report_to == [
        "Ban chỉ đạo phòng thủ dân sự quốc gia", "Thủ tướng Chính phủ"]


_ADDRESSEES_LATER = (
    "THÔNG TƯ\nHướng dẫn quản lý quỹ hỗ trợ nông dân\n\n"
    "Điều 5. Trách nhiệm thực hiện\n"
    "1. Sở Tài chính định kỳ báo cáo số liệu về tình hình sử dụng quỹ về Bộ Tài chính trước ngày 15/12 "
    "hằng năm.\n"
    "2. Ủy ban nhân dân cấp tỉnh báo cáo kế hoạch hỗ trợ cho nông dân, gửi Bộ Nông nghiệp và Môi trường "
    "trước ngày 15/7 hằng năm.\n"
    "3. Sở Y tế hằng quý báo cáo kết quả thực hiện, gửi Sở Nội vụ tổng hợp, báo cáo Ủy ban nhân dân tỉnh.\n"
    "4. Sở Xây dựng chủ động báo cáo, xác định nhu cầu vật tư để kịp thời đề xuất gửi Bộ Xây dựng xem xét.\n"
)


def test_a_report_goes_to_the_body_after_its_clause_s_preposition_or_sending(tmp_path: Path) -> None:
    """The first `về` of the clause that a body follows, or a `gửi` sending the report; not a body that
    compiles it for an onward report, nor one a purpose clause sends something else to."""
    tasks = tasks_in(tmp_path, _ADDRESSEES_LATER)
    assert task_starting(tasks, "Sở Tài chính").report_to == ["Bộ Tài chính"]
    assert task_starting(tasks, "Ủy ban nhân dân cấp tỉnh").report_to == ["Bộ Nông nghiệp và Môi trường"]
    assert task_starting(tasks, "Sở Y tế").report_to == ["Ủy ban nhân dân tỉnh"]
    assert task_starting(tasks, "Sở Xây dựng").report_to == []
