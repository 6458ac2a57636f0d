"""Task rules of round 5, on small documents run through real ingestion, the spaCy pipeline and the
extractors: titles before a board's name, monitoring verbs, principle articles, an action after an
opening time limit, duty articles, and bloc committees as actors."""

from pathlib import Path

from nlp_fixtures import task_starting, tasks_in

DECISION = """QUYẾT ĐỊNH
Về việc ban hành Quy định quản lý chợ trên địa bàn tỉnh

Điều 1. Ban hành kèm theo Quyết định này Quy định quản lý chợ trên địa bàn tỉnh.

Điều 2. Quyết định này có hiệu lực thi hành kể từ ngày ký.

Điều 3. Chánh Văn phòng UBND tỉnh; Giám đốc các sở: Nội vụ, Tư pháp; \
Trưởng ban Ban Quản lý các khu kinh tế tỉnh; Chủ tịch UBND các huyện, thành phố và \
Thủ trưởng các cơ quan, đơn vị liên quan chịu trách nhiệm thi hành Quyết định này./.
"""


def test_every_body_headed_by_a_title_in_the_execution_article(tmp_path: Path) -> None:
    (task,) = tasks_in(tmp_path, DECISION)
    assert task.section == "Điều 3"
    assert task.responsible == [
        "Văn phòng Ủy ban nhân dân tỉnh", "Sở Nội vụ", "Sở Tư pháp",
        "Ban Quản lý các khu kinh tế tỉnh", "Ủy ban nhân dân các huyện, thành phố", "Cơ quan, đơn vị",
    ]


MONITORING = """KẾ HOẠCH
Bảo đảm cung ứng hàng hóa dịp cuối năm

1. Sở Công Thương:
a) Theo dõi chặt chẽ giá cả, nguồn cung xăng dầu trên địa bàn; kịp thời đề xuất biện pháp bình ổn.
b) Nắm bắt kịp thời tình hình sản xuất của doanh nghiệp.
c) Theo kế hoạch của tỉnh, tổ chức các phiên chợ hàng Việt về nông thôn.
"""


def test_items_that_start_with_a_monitoring_verb_are_tasks(tmp_path: Path) -> None:
    tasks = tasks_in(tmp_path, MONITORING)
    for words in ("Theo dõi chặt chẽ", "Nắm bắt kịp thời", "Theo kế hoạch của tỉnh"):
        task = task_starting(tasks, words)
        assert task.responsible == ["Sở Công Thương"]
    # `Theo ...,` still opens an adverbial: the action is the verb after it
    assert task_starting(tasks, "Theo kế hoạch").action.startswith("tổ chức các phiên chợ")
    assert task_starting(tasks, "Theo dõi chặt chẽ").action.startswith("Theo dõi chặt chẽ")


REGULATION = """QUY CHẾ
Phối hợp quản lý chợ trên địa bàn tỉnh

Điều 2. Nguyên tắc phối hợp

1. Bảo đảm sự chỉ đạo thống nhất của Ủy ban nhân dân tỉnh; đề cao trách nhiệm của cơ quan chủ trì.

2. Các sở, ngành khi được đề nghị góp ý có trách nhiệm trả lời bằng văn bản trong thời hạn 07 ngày làm việc.

Điều 5. Trách nhiệm của Sở Xây dựng

1. Hướng dẫn Ủy ban nhân dân cấp huyện lập quy hoạch chợ.

2. Trong thời hạn 07 ngày làm việc kể từ ngày nhận đủ hồ sơ, báo cáo Ủy ban nhân dân tỉnh kết quả thẩm định.
"""


def test_principles_duty_articles_and_an_action_after_a_time_limit(tmp_path: Path) -> None:
    tasks = tasks_in(tmp_path, REGULATION)
    texts = [t.text for t in tasks]
    # a principle directs no one; a principle naming its actors assigns them a duty
    assert not any(t.startswith("Bảo đảm sự chỉ đạo") for t in texts)
    assert task_starting(tasks, "Các sở, ngành khi được").responsible == ["Sở, ngành"]
    # each khoản of `Trách nhiệm của X` is X's task
    guide = task_starting(tasks, "Hướng dẫn Ủy ban nhân dân cấp huyện")
    assert guide.responsible == ["Sở Xây dựng"]
    assert guide.section == "Điều 5.1"
    # `báo cáo` (tagged a noun) after the opening time limit is the action
    report = task_starting(tasks, "Trong thời hạn 07 ngày")
    assert report.responsible == ["Sở Xây dựng"]
    assert report.report_to == ["Ủy ban nhân dân tỉnh"]


def test_a_unit_that_starts_with_bao_cao_is_not_read_as_an_action(tmp_path: Path) -> None:
    tasks = tasks_in(tmp_path, """THÔNG BÁO
Kết quả hội nghị

1. Báo cáo tổng kết năm 2024 của các phòng chuyên môn.
""")
    assert tasks == []


BLOC_PLAN = """KẾ HOẠCH
Thực hiện chuyển đổi số trong các cơ quan đảng

I. NHIỆM VỤ
1. Ban Tổ chức Đảng ủy Khối chủ trì, phối hợp với Văn phòng Đảng ủy Khối rà soát đội ngũ cán bộ.
2. Các cấp ủy, tổ chức đảng trực thuộc định kỳ 6 tháng báo cáo kết quả về Ban Thường vụ Đảng ủy Khối.
3. Ủy ban Kiểm tra Đảng ủy Khối tổng hợp, báo cáo Thường trực Đảng ủy Khối trước ngày 15/12/2025.
"""


def test_bloc_committee_organs_as_actors_and_report_addressees(tmp_path: Path) -> None:
    tasks = tasks_in(tmp_path, BLOC_PLAN)
    first = task_starting(tasks, "Ban Tổ chức Đảng ủy Khối")
    assert first.responsible == ["Ban Tổ chức Đảng ủy Khối"]
    assert first.coordinating == ["Văn phòng Đảng ủy Khối"]
    second = task_starting(tasks, "Các cấp ủy, tổ chức đảng trực thuộc")
    assert second.responsible == ["Cấp ủy", "Tổ chức đảng trực thuộc"]
    assert second.report_to == ["Ban Thường vụ Đảng ủy Khối"]
    third = task_starting(tasks, "Ủy ban Kiểm tra Đảng ủy Khối")
    assert third.responsible == ["Ủy ban Kiểm tra Đảng ủy Khối"]
    assert third.report_to == ["Thường trực Đảng ủy Khối"]
    assert third.deadline is not None and third.deadline.due == "2025-12-15"
