"""Two kinds of items that a regulation lists and that charge no one (issue 12, RULINGS R79, R81), on
texts of our own: a list of forms (`Quyết định cấp phép: Mẫu số 04;`), whose items name a kind of
paper with a verb-like word, and items that only state the time limits of their lead-in's action
(`Đối với hồ sơ X thì thời gian thẩm định là 05 ngày làm việc`) or the cases it applies in (`... trong
các trường hợp sau đây:`), where the lead-in is the task."""

from pathlib import Path

from nlp_fixtures import rule_tasks, task_starting, tasks_in

FORMS = "\n".join([
    "QUY CHẾ",
    "Phối hợp giải quyết thủ tục cấp phép khai thác nước",
    "Điều 5. Các mẫu giấy tờ dùng trong thủ tục",
    "Mẫu theo Phụ lục kèm theo Thông tư số 04/2024/TT-BTNMT:",
    "a) Đơn đề nghị cấp giấy phép khai thác nước mặt: Mẫu số 01;",
    "b) Quyết định cấp giấy phép khai thác nước mặt cho tổ chức: Mẫu số 04;",
    "c) Báo cáo hiện trạng khai thác, sử dụng nước của công trình: Mẫu số 11a;",
    "d) Kiểm tra thực địa công trình khai thác: Mẫu số 12 ban hành kèm theo Thông tư số 04/2024/TT-BTNMT.",
    "Điều 6. Trách nhiệm của Sở Xây dựng",
    "Sở Xây dựng kiểm tra hồ sơ và cấp giấy phép đúng thời hạn.",
    "",
])


def test_a_list_of_forms_is_no_duty(tmp_path: Path) -> None:
    for tasks in (rule_tasks(tmp_path, FORMS), tasks_in(tmp_path, FORMS)):
        assert [(t.section, t.responsible) for t in tasks] == [("Điều 6", ["Sở Xây dựng"])]


LIMITS = "\n".join([
    "QUY CHẾ",
    "Phối hợp giải quyết thủ tục đất đai",
    "Điều 12. Trách nhiệm của các cơ quan",
    "1. Cục Thuế chủ trì, phối hợp với Sở Tài chính hướng dẫn người nộp thuế kê khai; "
    "kiểm tra và ban hành các thông báo nộp tiền đúng thời gian quy định, cụ thể:",
    "a) Đối với hồ sơ thuê đất của tổ chức thì thời gian xác định số tiền phải nộp là 05 ngày làm việc "
    "theo quy định tại Điều 30 Nghị định số 10/2024/NĐ-CP.",
    "b) Trường hợp hồ sơ phải xác minh thêm thì thời hạn ban hành thông báo là không quá 10 ngày làm việc.",
    "c) Việc chuyển hồ sơ chỉ được thực hiện trên phần mềm một cửa điện tử.",
    "2. Sở Tài chính phối hợp với Cục Thuế rà soát các khoản thu, cụ thể:",
    "a) Kiểm tra số liệu thu tiền thuê đất hằng quý;",
    "b) Đối chiếu số thu với Kho bạc Nhà nước trong thời gian 05 ngày làm việc.",
    "",
])


def test_items_stating_limits_leave_the_lead_in_as_the_task(tmp_path: Path) -> None:
    for tasks in (rule_tasks(tmp_path, LIMITS), tasks_in(tmp_path, LIMITS)):
        lead_in = task_starting(tasks, "Cục Thuế chủ trì")
        assert lead_in.responsible == ["Cục Thuế"]
        assert "Sở Tài chính" in lead_in.coordinating
        assert not any(t.text.startswith(("Đối với hồ sơ", "Trường hợp hồ sơ", "Việc chuyển")) for t in tasks)
        # items that act keep their lead-in a lead-in: they are the tasks
        assert not any(t.text.startswith("Sở Tài chính phối hợp") for t in tasks)
        assert task_starting(tasks, "Kiểm tra số liệu").responsible == ["Sở Tài chính"]
        assert task_starting(tasks, "Đối chiếu số thu").responsible == ["Sở Tài chính"]


CASES = "\n".join([
    "QUY CHẾ",
    "Phối hợp quản lý giấy phép khai thác khoáng sản",
    "Điều 8. Trách nhiệm kiểm tra",
    "1. Sở Công Thương có trách nhiệm kiểm tra, lập biên bản và báo cáo Ủy ban nhân dân tỉnh "
    "trong các trường hợp sau đây:",
    "a) Theo yêu cầu của Bộ Công Thương hoặc cơ quan có thẩm quyền;",
    "b) Doanh nghiệp khai thác vượt công suất được cấp phép.",
    "2. Giấy phép bị thu hồi trong các trường hợp sau:",
    "a) Chủ giấy phép chuyển nhượng giấy phép trái quy định;",
    "b) Tổ chức là chủ giấy phép bị giải thể.",
    "Xử lý giấy phép trong các trường hợp sau:",
    "a) Sở Tư pháp rà soát hồ sơ cấp phép của doanh nghiệp bị giải thể.",
    "3. Doanh nghiệp được cấp giấy phép phải có đủ các điều kiện sau đây:",
    "a) Có thiết bị quan trắc được kiểm định;",
    "b) Có cán bộ kỹ thuật trình độ đại học trở lên.",
    "4. Sở Tài chính phối hợp với Sở Công Thương rà soát các khoản thu, cụ thể:",
    "a) Kiểm tra số liệu thu tiền cấp quyền khai thác hằng quý;",
    "",
])


def test_items_listing_cases_leave_the_lead_in_as_the_task(tmp_path: Path) -> None:
    for tasks in (rule_tasks(tmp_path, CASES), tasks_in(tmp_path, CASES)):
        assert task_starting(tasks, "Sở Công Thương có trách nhiệm").responsible == ["Sở Công Thương"]
        # the cases and conditions bound an action or a subject, and a lead-in naming no doer stays none
        assert not any(t.text.startswith(("Theo yêu cầu", "Doanh nghiệp khai thác", "Giấy phép bị",
                                          "Chủ giấy phép", "Tổ chức là", "Doanh nghiệp được",
                                          "Có thiết bị", "Có cán bộ")) for t in tasks)
        assert task_starting(tasks, "Kiểm tra số liệu").responsible == ["Sở Tài chính"]
        # an item that names its doer acts, whatever list it stands in
        assert task_starting(tasks, "Sở Tư pháp rà soát").responsible == ["Sở Tư pháp"]


KINDS = "\n".join([
    "THÔNG TƯ",
    "Hướng dẫn công tác kiểm tra việc quản lý tài sản công",
    "Điều 3. Trách nhiệm tổ chức kiểm tra",
    "1. Sở Tài chính tổ chức kiểm tra việc quản lý tài sản công theo các hình thức sau đây:",
    "a) Kiểm tra định kỳ theo kế hoạch hằng năm;",
    "b) Kiểm tra đột xuất khi có dấu hiệu vi phạm.",
    "2. Việc theo dõi tài sản công được thực hiện theo cơ chế sau:",
    "a) Theo dõi tài sản công trong phạm vi toàn tỉnh;",
    "b) Theo dõi tài sản công theo từng ngành, lĩnh vực.",
    "3. Công tác theo dõi được thực hiện theo các cách thức sau đây:",
    "a) Thu thập, xử lý thông tin về tài sản công;",
    "4. Sở Tài chính xây dựng kế hoạch kiểm tra hằng năm, trình Ủy ban nhân dân tỉnh phê duyệt.",
    "",
])


def test_items_listing_forms_or_mechanisms_are_no_tasks(tmp_path: Path) -> None:
    """Under `... theo các hình thức sau đây:`, `... theo cơ chế sau:` the items name the kinds of the
    lead-in's action, as the cases and conditions do: no action of their own; a lead-in naming its doer
    is the task."""
    for tasks in (rule_tasks(tmp_path, KINDS), tasks_in(tmp_path, KINDS)):
        assert not any(t.text.startswith(("Kiểm tra định kỳ", "Kiểm tra đột xuất", "Theo dõi tài sản",
                                          "Thu thập")) for t in tasks)
        assert task_starting(tasks, "Sở Tài chính tổ chức kiểm tra").responsible == ["Sở Tài chính"]
        assert task_starting(tasks, "Sở Tài chính xây dựng").responsible == ["Sở Tài chính"]
