"""Task rules of round 6, on small documents run through real ingestion, the spaCy pipeline and the
extractors: a duty opening with two report periods (`Định kỳ 6 tháng, năm báo cáo ...`) takes its
body from the heading above; background parts (`Sự cần thiết`, `Thực trạng`) hold no tasks; the
rows of a `PHỤ LỤC` table printed right under its title are tasks."""

from pathlib import Path

from nlp_fixtures import tasks_in

PLAN = """KẾ HOẠCH
Triển khai công tác chuyển đổi số năm 2026

I. SỰ CẦN THIẾT
1. Sự cần thiết
Chuyển đổi số là xu thế tất yếu, giúp nâng cao hiệu quả quản lý nhà nước ở địa phương.
2. Thực trạng
Hạ tầng số của các xã còn thiếu đồng bộ, nhân lực công nghệ thông tin còn mỏng.
II. TỔ CHỨC THỰC HIỆN
1. Sở Khoa học và Công nghệ
a) Chủ trì xây dựng nền tảng dữ liệu dùng chung của tỉnh trong quý III/2026.
b) Định kỳ 6 tháng, năm báo cáo kết quả thực hiện về Ủy ban nhân dân tỉnh.
"""


def test_duty_opening_with_two_report_periods_is_a_task_of_the_heading_body(tmp_path: Path) -> None:
    tasks = tasks_in(tmp_path, PLAN)
    (report,) = [t for t in tasks if t.text.startswith("Định kỳ 6 tháng, năm")]
    assert report.responsible == ["Sở Khoa học và Công nghệ"]


def test_background_parts_hold_no_tasks(tmp_path: Path) -> None:
    texts = [t.text for t in tasks_in(tmp_path, PLAN)]
    background = ("Chuyển đổi số là", "Hạ tầng số", "Sự cần thiết", "Thực trạng")
    assert not any(t.startswith(background) for t in texts)
    assert any(t.startswith("Chủ trì xây dựng nền tảng") for t in texts)


APPENDIX_PLAN = """KẾ HOẠCH
Phát triển nghề truyền thống tỉnh năm 2026

I. TỔ CHỨC THỰC HIỆN
1. Sở Công Thương chủ trì rà soát các làng nghề truyền thống.
PHỤ LỤC
DANH MỤC NHIỆM VỤ CỤ THỂ
STT\tNội dung\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian
1\tXây dựng bản đồ làng nghề\tSở Công Thương\tSở Tài chính\tQuý III/2026
2\tTổ chức hội chợ làng nghề\tSở Xây dựng\tSở Tài chính\tTháng 10/2026
"""


def test_rows_right_under_an_appendix_title_are_tasks(tmp_path: Path) -> None:
    tasks = tasks_in(tmp_path, APPENDIX_PLAN)
    first = next(t for t in tasks if "Xây dựng bản đồ làng nghề" in t.text)
    assert first.responsible == ["Sở Công Thương"]
    assert first.deadline is not None and first.deadline.due == "2026-09-30"
    assert first.coordinating == ["Sở Tài chính"]
    assert first.section == "Phụ lục"
    assert any("Tổ chức hội chợ làng nghề" in t.text for t in tasks)
