"""Who a task assigns (nlp.task_actors): the bodies a unit names (subject, `Giao`, `Đề nghị`, a
topic, roles before a body), else those a heading, an introduction or `Kính gửi` names; whom
it reports to."""

from pathlib import Path

from nlp_fixtures import rule_tasks, task_starting, tasks_in
from task_samples import DUTIES, HEADING_AND_INSTRUCTION, PLAN

from policylink.nlp.model import Task


def test_heading_body_instruction_addressees_and_giao_fields(tmp_path: Path) -> None:
    tasks = tasks_in(tmp_path, HEADING_AND_INSTRUCTION)
    assert [t.section for t in tasks] == ["2.1", "2.3-b1", "2.3-b2", "2.4"]
    survey = task_starting(tasks, "Rà soát hạ tầng mạng")
    assert survey.responsible == ["Chi bộ", "Đảng bộ cơ sở", "Ủy ban nhân dân các xã"]
    assert survey.deadline is not None and survey.deadline.due == "2025-06-30"
    directing = task_starting(tasks, "Chỉ đạo UBND xã")
    assert directing.responsible == ["Đảng ủy xã Tân Sơn"]
    training = task_starting(tasks, "Tổ chức tập huấn")
    assert training.responsible == ["Đảng ủy xã Tân Sơn"]
    assert training.deadline is None and training.recurrence == "quarterly"
    office = task_starting(tasks, "Văn phòng Huyện ủy chủ trì")
    assert office.responsible == ["Văn phòng Huyện ủy"]
    assert office.coordinating == ["Phòng Nội vụ huyện"]
    assert office.report_to == ["Ban Thường vụ Huyện ủy"]
    assert office.recurrence == "periodic"
    assert office.action is not None and office.action.startswith("tham mưu")


GIAO_AND_KINH_GUI = """CÔNG VĂN
về việc triển khai phần mềm quản lý văn bản

Kính gửi: Sở Nội vụ; Sở Tài chính

Để bảo đảm tiến độ, Ủy ban nhân dân tỉnh có ý kiến như sau:
- Khẩn trương hoàn thiện quy chế sử dụng phần mềm trước ngày 15/3/2025.
- Qua kiểm tra, nhiều cơ quan chưa cập nhật dữ liệu.
Giao Sở Thông tin và Truyền thông chủ trì, phối hợp với Sở Tài chính hướng dẫn triển khai.
"""


def test_kinh_gui_addressees_and_giao_sentences(tmp_path: Path) -> None:
    tasks = tasks_in(tmp_path, GIAO_AND_KINH_GUI)
    assert len(tasks) == 2
    rules = task_starting(tasks, "Khẩn trương hoàn thiện")
    assert rules.responsible == ["Sở Nội vụ", "Sở Tài chính"]
    assert rules.deadline is not None and rules.deadline.due == "2025-03-15"
    giao = task_starting(tasks, "Giao Sở Thông tin")
    assert giao.responsible == ["Sở Thông tin và Truyền thông"]
    assert giao.coordinating == ["Sở Tài chính"]


ARTICLES = """QUYẾT ĐỊNH
Ban hành Quy chế phối hợp

Điều 1. Phạm vi điều chỉnh
Quy chế này quy định việc phối hợp giữa các cơ quan.

Điều 2. Trách nhiệm của Sở Xây dựng
1. Hướng dẫn các huyện lập quy hoạch chung xây dựng.
2. Kiểm tra việc thực hiện quy hoạch hằng năm.

Điều 3. Sở Tài chính có trách nhiệm bố trí kinh phí thực hiện Quy chế.
"""


def test_article_clauses_that_impose_duties(tmp_path: Path) -> None:
    tasks = tasks_in(tmp_path, ARTICLES)
    texts = [t.text for t in tasks]
    assert not any(t.startswith("Quy chế này") for t in texts)
    guide = task_starting(tasks, "Hướng dẫn các huyện")
    assert guide.responsible == ["Sở Xây dựng"]
    assert guide.section == "Điều 2.1"
    funding = task_starting(tasks, "Sở Tài chính có trách nhiệm")
    assert funding.responsible == ["Sở Tài chính"]


def test_report_to_the_body_named_right_after_the_verb(tmp_path: Path) -> None:
    text = (
        "CHỈ THỊ\nvề công tác giải phóng mặt bằng\n\n"
        "1. Sở Tài nguyên và Môi trường rà soát các dự án chậm tiến độ, báo cáo Ban Thường vụ Tỉnh ủy "
        "trước ngày 15/12/2025.\n\n"
        "2. UBND các huyện báo cáo kết quả thực hiện với UBND tỉnh hằng quý.\n"
    )
    tasks = tasks_in(tmp_path, text)
    assert task_starting(tasks, "Sở Tài nguyên").report_to == ["Ban Thường vụ Tỉnh ủy"]
    assert task_starting(tasks, "UBND các huyện").report_to == ["Ủy ban nhân dân tỉnh"]


def test_people_listed_after_the_bodies_belong_to_the_subject(tmp_path: Path) -> None:
    text = (
        "NGHỊ QUYẾT\nvề chương trình giám sát năm 2026\n\n"
        "Điều 2. Tổ chức thực hiện\n\n"
        "1. Thường trực HĐND huyện, các Ban của HĐND huyện và đại biểu HĐND huyện giám sát việc thực "
        "hiện Nghị quyết.\n\n"
        "2. Ban Chấp hành Đảng bộ huyện khóa XXV lãnh đạo việc tổ chức thực hiện.\n"
    )
    tasks = tasks_in(tmp_path, text)
    assert [t.responsible for t in tasks] == [
        ["Thường trực Hội đồng nhân dân huyện", "Ban của Hội đồng nhân dân huyện"],
        ["Ban Chấp hành Đảng bộ huyện"]]


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


def test_duty_opening_with_two_report_periods_is_a_task_of_the_heading_body(tmp_path: Path) -> None:
    tasks = tasks_in(tmp_path, PLAN)
    (report,) = [t for t in tasks if t.text.startswith("Định kỳ 6 tháng, năm")]
    assert report.responsible == ["Sở Khoa học và Công nghệ"]


def _by_section(tasks: list[Task], section: str) -> Task:
    (task,) = [t for t in tasks if t.section == section]
    return task


def test_duty_lines_are_tasks_of_the_body_they_name(tmp_path: Path) -> None:
    tasks = tasks_in(tmp_path, DUTIES, "ke-hoach.txt")
    assert [t.section for t in tasks] == ["I.1", "I.2", "I.3", "I.4.a"]
    colon = _by_section(tasks, "I.1")  # `Body: duty` on one line
    assert colon.responsible == ["Sở Nội vụ"]
    assert colon.action is not None and colon.action.startswith("hướng dẫn")  # past the colon
    remit = _by_section(tasks, "I.2")  # `căn cứ chức năng, nhiệm vụ được giao` is no document
    assert remit.responsible == ["Phòng, ban chuyên môn huyện"]
    time_opening = _by_section(tasks, "I.3")  # `Năm tới, X cần ...`
    assert time_opening.responsible == ["Ủy ban nhân dân các xã, thị trấn"]


def test_a_directing_instruction_gives_its_subject_and_a_role_gives_its_body(tmp_path: Path) -> None:
    item = _by_section(tasks_in(tmp_path, DUTIES, "ke-hoach.txt"), "I.4.a")
    assert item.responsible == ["Ủy ban nhân dân huyện"]  # the body that directs (DECISIONS)
    assert item.report_to == ["Ủy ban nhân dân huyện"]  # `báo cáo Chủ tịch UBND huyện`


def test_a_giao_list_keeps_delegations_named_before_members(tmp_path: Path) -> None:
    text = ("NGHỊ QUYẾT\nVề việc X\n\nĐiều 3. Tổ chức thực hiện\n"
            "1. Giao Thường trực HĐND huyện, các Tổ đại biểu và đại biểu HĐND huyện giám sát việc "
            "thực hiện Nghị quyết.\n")
    (task,) = tasks_in(tmp_path, text, "ke-hoach.txt")
    assert task.responsible == [
        "Thường trực Hội đồng nhân dân huyện", "Tổ đại biểu Hội đồng nhân dân huyện"]


ADDRESSED = """THÔNG BÁO
Kết luận của Ban Thường vụ Huyện ủy về công tác dân vận

1. Ban Thường vụ Huyện ủy đề nghị UBND huyện chỉ đạo các xã rà soát hộ nghèo.

2. Yêu cầu các chi bộ, đảng bộ cơ sở tổ chức quán triệt Thông báo này.

3. Các cơ quan, đơn vị căn cứ nội dung Thông báo này xây dựng kế hoạch thực hiện.

4. Đối với UBND các xã: khẩn trương kiện toàn tổ dân vận, báo cáo Ban Thường vụ Huyện ủy.
"""


def test_addressed_bodies_topics_and_adverbials_without_comma(tmp_path: Path) -> None:
    tasks = tasks_in(tmp_path, ADDRESSED, "ke-hoach.txt")
    assert [t.section for t in tasks] == ["1", "2", "3", "4"]
    assert [t.responsible for t in tasks] == [
        ["Ủy ban nhân dân huyện"],  # `X đề nghị Y ...`: Y acts
        ["Chi bộ", "Đảng bộ cơ sở"],  # `Yêu cầu ...` opening an item is no `Mục đích, yêu cầu` heading
        ["Cơ quan, đơn vị"],
        ["Ủy ban nhân dân các xã"],  # `Đối với X:` names the actor
    ]
    assert tasks[0].action is not None and tasks[0].action.startswith("chỉ đạo")
    assert tasks[2].action is not None and tasks[2].action.startswith("xây dựng")
    assert tasks[3].report_to == ["Ban Thường vụ Huyện ủy"]


OFFICE_HOLDERS = """CÔNG ĐIỆN
về phòng, chống rét đậm cho gia súc

THỦ TƯỚNG CHÍNH PHỦ yêu cầu:
1. Bộ trưởng Bộ Nông nghiệp và Môi trường chỉ đạo hướng dẫn người chăn nuôi che chắn chuồng trại.
2. Bộ trưởng các Bộ: Quốc phòng, Công an chỉ đạo lực lượng hỗ trợ người dân vùng cao.
3. Bộ trưởng, Thủ trưởng các cơ quan ngang Bộ, cơ quan thuộc Chính phủ, Chủ tịch Ủy ban nhân dân các \
tỉnh, thành phố trực thuộc Trung ương theo dõi sát diễn biến thời tiết.
4. Các Bộ, cơ quan ngang Bộ rà soát kinh phí hỗ trợ giống vật nuôi.
5. Ủy ban nhân dân các tỉnh miền núi thực hiện ngay các việc sau:
(1) Giám đốc các Sở: Tài chính, Xây dựng bố trí kinh phí sửa chữa chuồng trại.
"""


def test_office_holders_stand_for_their_bodies(tmp_path: Path) -> None:
    tasks = tasks_in(tmp_path, OFFICE_HOLDERS)
    assert [t.responsible for t in tasks] == [
        ["Bộ Nông nghiệp và Môi trường"],
        ["Bộ Quốc phòng", "Bộ Công an"],
        ["Bộ", "Cơ quan ngang Bộ", "Cơ quan thuộc Chính phủ",
         "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"],
        ["Bộ", "Cơ quan ngang Bộ"],
        ["Sở Tài chính", "Sở Xây dựng"],
    ]
    assert tasks[4].text.startswith("Giám đốc")  # `(1)` opens an item after `sau:`, no footnote


LEAD_INS = """CÔNG ĐIỆN
về khắc phục hậu quả lũ

THỦ TƯỚNG CHÍNH PHỦ yêu cầu:
1. Chủ tịch Ủy ban nhân dân các tỉnh tập trung khắc phục hậu quả lũ, trong đó:
a) Sửa chữa trường học bị hư hỏng.
b) Cấp nước sạch cho các khu dân cư.
2. Các Bộ: Xây dựng, Y tế khẩn trương hỗ trợ các địa phương, hoàn thành trong tháng 12 năm 2026, cụ thể:
(1) Bộ Xây dựng hướng dẫn gia cố nhà ở.
(2) Bộ Y tế bảo đảm cung ứng thuốc khử trùng.
"""


def test_items_take_the_doer_and_the_limit_of_their_lead_in(tmp_path: Path) -> None:
    # the rules' units and roles; which of them the learned duty model keeps is tests/test_duty_model.py's
    tasks = rule_tasks(tmp_path, LEAD_INS)
    rows = [(t.text.split(",")[0], t.responsible, t.deadline and t.deadline.due) for t in tasks]
    assert rows == [
        # a lead-in with its own action is a task too (RULINGS R13)
        ("Chủ tịch Ủy ban nhân dân các tỉnh tập trung khắc phục hậu quả lũ",
         ["Ủy ban nhân dân các tỉnh"], None),
        ("Sửa chữa trường học bị hư hỏng.", ["Ủy ban nhân dân các tỉnh"], None),
        ("Cấp nước sạch cho các khu dân cư.", ["Ủy ban nhân dân các tỉnh"], None),
        ("Bộ Xây dựng hướng dẫn gia cố nhà ở.", ["Bộ Xây dựng"], "2026-12-31"),
        ("Bộ Y tế bảo đảm cung ứng thuốc khử trùng.", ["Bộ Y tế"], "2026-12-31"),
    ]


GIAO_TITLES = """CÔNG VĂN
về chỉnh trang vỉa hè

Chủ tịch Ủy ban nhân dân Thành phố có ý kiến chỉ đạo như sau:
1. Về vỉa hè
1.1. Giao Sở Xây dựng
Lập danh mục các tuyến phố cần chỉnh trang vỉa hè.
1.2. Giao Ủy ban nhân dân các phường, xã, đặc khu
- Rà soát các điểm lấn chiếm vỉa hè.
- Trên cơ sở kết quả rà soát, Công an phường chủ trì xử lý vi phạm.
Thời gian hoàn thành trước ngày 20 tháng 12 năm 2026.
"""


def test_a_giao_title_names_the_actor_of_its_duties_and_a_closing_time_line_their_limit(
        tmp_path: Path) -> None:
    rows = [(t.text.split("\n")[-1][:20], t.responsible, t.deadline and t.deadline.due)
            for t in tasks_in(tmp_path, GIAO_TITLES)]
    assert rows == [
        ("Lập danh mục các tuy", ["Sở Xây dựng"], None),
        ("Rà soát các điểm lấn", ["Ủy ban nhân dân các phường, xã, đặc khu"], "2026-12-20"),
        # the subject after the opening adverbial's first comma
        ("Trên cơ sở kết quả r", ["Công an phường"], "2026-12-20"),
    ]


def test_a_deputy_prime_minister_acts_for_the_government(tmp_path: Path) -> None:
    text = ("CÔNG ĐIỆN\nvề lũ\n\nTHỦ TƯỚNG CHÍNH PHỦ yêu cầu:\n1. Bộ Xây dựng khắc phục sạt lở.\n"
            "2. Giao Phó Thủ tướng Trần Hồng Hà trực tiếp chỉ đạo công tác ứng phó.\n"
            "3. Phó Thủ tướng Chính phủ Lê Văn Bình kiểm tra việc khắc phục.\n")
    responsible = [t.responsible for t in tasks_in(tmp_path, text)]
    assert responsible == [["Bộ Xây dựng"], ["Chính phủ"], ["Chính phủ"]]


RESULTS_HEADING = "\n".join([
    "Thông báo kết luận hội nghị tổng kết công tác năm 2024",
    "II. Về kết quả công tác năm 2024",
    "1. Những kết quả tích cực:",
    "1.1. Tiếp tục đẩy mạnh cải cách hành chính trong toàn ngành.",
    "III. Nhiệm vụ công tác năm 2025",
    "1. Sở Nội vụ tăng cường kiểm tra công vụ tại các đơn vị.",
    "",
])


def test_a_heading_about_results_heads_an_assessment(tmp_path: Path) -> None:
    """`Về kết quả ...`, `Những kết quả ...` head what was done, as `Kết quả ...` does: no duty there."""
    tasks = rule_tasks(tmp_path, RESULTS_HEADING)
    assert [t.text[:20] for t in tasks] == ["Sở Nội vụ tăng cường"]


_DUTY_SUBJECTS = """ỦY BAN NHÂN DÂN TỈNH NINH BÌNH
Số: 45/QĐ-UBND
QUYẾT ĐỊNH
Điều 4. Trách nhiệm thi hành
1. Tổ công tác liên ngành của tỉnh có trách nhiệm lập danh sách các điểm cần kiểm tra.
2. Trạm bảo vệ thực vật khu vực Hoa Lư có nhiệm vụ theo dõi sâu bệnh trên lúa.
3. Thủ trưởng đơn vị tiếp nhận hồ sơ đất đai phải có trách nhiệm trả kết quả đúng hạn.
4. Ban Điều hành dự án 3 có trách nhiệm bàn giao mặt bằng cho nhà thầu.
5. Tổ chức cán bộ các sở, ngành, Sở Nội vụ chủ trì rà soát vị trí việc làm.
6. Giao trách nhiệm cho Giám đốc Sở Công Thương phối hợp với Sở Tài chính kiểm tra giá.
7. Trường hợp hồ sơ thiếu giấy tờ có trách nhiệm bổ sung trong 5 ngày.
"""


def test_the_subject_of_a_duty_predicate_is_its_doer(tmp_path: Path) -> None:
    # whatever its head noun, the name runs to the predicate (a region, a number, lower-case words),
    # past a title; split only where the next part is a body of its own
    tasks = tasks_in(tmp_path, _DUTY_SUBJECTS)
    assert task_starting(tasks, "Tổ công tác").responsible == ["Tổ công tác liên ngành của tỉnh"]
    assert task_starting(tasks, "Trạm bảo vệ").responsible == ["Trạm bảo vệ thực vật khu vực Hoa Lư"]
    assert task_starting(tasks, "Thủ trưởng đơn vị").responsible == ["Đơn vị tiếp nhận hồ sơ đất đai"]
    assert task_starting(tasks, "Ban Điều hành").responsible == ["Ban Điều hành dự án 3"]
    assert task_starting(tasks, "Tổ chức cán bộ").responsible == ["Tổ chức cán bộ các sở, ngành", "Sở Nội vụ"]
    assert task_starting(tasks, "Giao trách nhiệm").responsible == ["Sở Công Thương"]


def test_a_case_before_a_duty_predicate_names_no_doer(tmp_path: Path) -> None:
    tasks = tasks_in(tmp_path, _DUTY_SUBJECTS)
    case = [t for t in tasks if t.text.startswith("Trường hợp")]
    assert all(not t.responsible for t in case)


_TAGGED_SUBJECTS = """ỦY BAN NHÂN DÂN TỈNH THÁI BÌNH
Số: 12/QĐ-UBND
QUYẾT ĐỊNH
Điều 3. Tổ chức thực hiện
1. Đoàn thanh tra liên ngành có nhiệm vụ lập biên bản các cơ sở vi phạm.
2. Ban chuẩn hóa và hiện đại hóa thuộc Cục Thống kê tỉnh có trách nhiệm rà soát biểu mẫu.
3. Vụ Các vấn đề chung về cải cách hành chính chủ trì, phối hợp với Sở Nội vụ lập danh mục.
4. Ủy ban nhân dân huyện tăng cường kiểm tra, phối hợp với Sở Xây dựng xử lý vi phạm.
5. Ban hành Quy chế phối hợp giữa các sở trong quý III.
"""


def test_a_verb_in_a_subject_is_part_of_its_name_or_makes_a_clause(tmp_path: Path) -> None:
    # the tagger tells a clause from a name: a verb after the head noun of a name no rule knows, inside a
    # capitalised name, governed by a preposition or `thuộc X` belongs to the name; a verb after a body
    # the rules know is a predicate of its own, and a subject opens with a word that may be a noun
    tasks = tasks_in(tmp_path, _TAGGED_SUBJECTS)
    assert task_starting(tasks, "Đoàn thanh tra").responsible == ["Đoàn thanh tra liên ngành"]
    assert task_starting(tasks, "Ban chuẩn hóa").responsible == [
        "Ban chuẩn hóa và hiện đại hóa thuộc Cục Thống kê tỉnh"]
    assert task_starting(tasks, "Vụ Các vấn đề").responsible == ["Vụ Các vấn đề chung về cải cách hành chính"]
    assert task_starting(tasks, "Ủy ban nhân dân huyện").responsible == ["Ủy ban nhân dân huyện"]
    assert all(not t.responsible[:1] or t.responsible[0] != "Ban hành Quy chế"
               for t in tasks if t.text.startswith("Ban hành"))


_EXECUTION_SUBJECTS = (
    "NGHỊ ĐỊNH\n"
    "Về cơ chế quản lý tài chính của Tổng công ty XYZ\n"
    "Điều 9. Tổ chức thực hiện\n"
    "1. Căn cứ quy định của pháp luật và Nghị định này, Hội đồng quản trị Tổng công ty XYZ có trách "
    "nhiệm ban hành quy chế tài chính.\n"
    "2. Trong thời hạn 15 ngày kể từ ngày nhận đủ hồ sơ, Cơ quan quản lý cơ sở dữ liệu đất đai có "
    "trách nhiệm cập nhật thông tin.\n"
    "3. Trường hợp hồ sơ được nộp trực tuyến thì cơ quan tiếp nhận hồ sơ, cơ quan đăng ký cư trú có "
    "trách nhiệm trao đổi thông tin.\n"
    "4. Bộ trưởng, Thủ trưởng cơ quan ngang bộ, cơ quan, tổ chức, cá nhân có liên quan chịu trách "
    "nhiệm thi hành Nghị định này.\n"
    "5. Thủ trưởng các đơn vị thuộc Bộ Xây dựng và cơ quan, tổ chức, cá nhân có liên quan chịu trách "
    "nhiệm thi hành Nghị định này.\n"
)


def test_the_subject_after_a_fronted_adverbial_and_before_persons_is_the_doer(tmp_path: Path) -> None:
    # a fronted basis, time limit or case (`..., ` / `... thì`) comes before the subject; two parts with one
    # head noun are two bodies; persons named after the agencies add none (R15), in a list after a comma too
    tasks = tasks_in(tmp_path, _EXECUTION_SUBJECTS)
    assert task_starting(tasks, "Căn cứ quy định").responsible == ["Hội đồng quản trị Tổng công ty XYZ"]
    assert task_starting(tasks, "Trong thời hạn").responsible == ["Cơ quan quản lý cơ sở dữ liệu đất đai"]
    assert task_starting(tasks, "Trường hợp hồ sơ").responsible == [
        "Cơ quan tiếp nhận hồ sơ", "Cơ quan đăng ký cư trú"]
    assert task_starting(tasks, "Bộ trưởng").responsible == ["Bộ", "Cơ quan ngang bộ", "Cơ quan"]
    assert task_starting(tasks, "Thủ trưởng các đơn vị").responsible == [
        "Đơn vị thuộc Bộ Xây dựng", "Cơ quan"]


_CLASS_ARTICLE = (
    "NGHỊ ĐỊNH\nVề cơ sở dữ liệu hộ tịch\n\n"
    "Điều 8. Trách nhiệm của bộ, cơ quan ngang bộ\n"
    "1. Xây dựng, cập nhật cơ sở dữ liệu chuyên ngành thuộc phạm vi quản lý.\n"
    "2. Phối hợp với Bộ Tư pháp kết nối, chia sẻ dữ liệu.\n"
)


def test_an_article_on_a_class_of_ministries_gives_its_items_their_doers(tmp_path: Path) -> None:
    tasks = tasks_in(tmp_path, _CLASS_ARTICLE)
    assert task_starting(tasks, "Xây dựng").responsible == ["Bộ", "Cơ quan ngang bộ"]
    assert task_starting(tasks, "Phối hợp").coordinating == ["Bộ Tư pháp"]


OPEN_CLASS_HEADINGS = """THÔNG TƯ
Hướng dẫn quản lý kho lưu trữ chuyên dụng

Điều 6. Trách nhiệm của các trạm kiểm định vật tư, hóa chất
1. Kiểm tra định kỳ tình trạng kho và ghi sổ theo dõi hằng tháng.
2. Báo cáo kết quả kiểm tra về Sở Xây dựng trước ngày 15 tháng 12 hằng năm.
Điều 7. Trách nhiệm của đơn vị vận hành kho, người sử dụng lao động và các cơ quan liên quan
1. Lập phương án phòng cháy cho kho trước khi đưa vào sử dụng.
Điều 8. Trách nhiệm của các cơ quan, tổ chức
1. Sở Xây dựng có trách nhiệm hướng dẫn thực hiện Thông tư này.
2. Tổ chức tập huấn nghiệp vụ lưu trữ cho cán bộ.
"""


def test_a_duty_heading_names_a_doer_no_rule_knows(tmp_path: Path) -> None:
    """`Trách nhiệm của <class noun> ...` over items: the open-class doer the heading names acts, not
    the persons listed after it; an umbrella `các cơ quan, tổ chức` names no doer."""
    tasks = rule_tasks(tmp_path, OPEN_CLASS_HEADINGS)
    check = task_starting(tasks, "Kiểm tra định kỳ")
    assert check.responsible == ["Trạm kiểm định vật tư, hóa chất"]
    fire = task_starting(tasks, "Lập phương án phòng cháy")
    assert fire.responsible == ["Đơn vị vận hành kho"]
    training = [t for t in tasks if t.text.startswith("Tổ chức tập huấn")]
    assert all(t.responsible != ["Cơ quan, tổ chức"] for t in training)


def test_a_thing_handed_over_names_no_doer(tmp_path: Path) -> None:
    # `bàn giao cho X`, `để giao cho X`: where the thing goes, not whom the unit charges
    text = ("QUYẾT ĐỊNH\nvề việc thử\n\nĐiều 4. Trách nhiệm của Sở Nội vụ\n"
            "1. Phối hợp với Sở Tài chính thu hồi tài sản của các đơn vị giải thể để bàn giao cho "
            "Ủy ban nhân dân xã nơi đơn vị đặt trụ sở.\n"
            "2. Phối hợp với Sở Xây dựng thu hồi trụ sở của các đơn vị sáp nhập để giao cho Ủy ban nhân dân "
            "phường quản lý.\n")
    tasks = rule_tasks(tmp_path, text)
    assert [(t.responsible, t.coordinating) for t in tasks] == [
        (["Sở Nội vụ"], ["Sở Tài chính"]), (["Sở Nội vụ"], ["Sở Xây dựng"])]


_LABEL_AFTER_LEAD_IN = """QUYẾT ĐỊNH
Phê duyệt Đề án phát triển du lịch cộng đồng

Điều 2. Tổ chức thực hiện
1. Bộ Văn hóa, Thể thao và Du lịch chủ trì hướng dẫn thực hiện Đề án.
2. Các bộ, ngành, Ủy ban nhân dân các tỉnh ven biển triển khai Đề án phù hợp với điều kiện địa phương.
Cụ thể:
- Bố trí kinh phí cho các mô hình du lịch cộng đồng;
- Tổ chức tập huấn kỹ năng phục vụ khách cho người dân.
"""


def test_a_bare_label_goes_on_with_the_lead_in_sentence_before_it(tmp_path: Path) -> None:
    """`Cụ thể:` after a sentence whose subject acts: the items are that subject's."""
    tasks = rule_tasks(tmp_path, _LABEL_AFTER_LEAD_IN)
    doers = ["Bộ, ngành", "Ủy ban nhân dân các tỉnh ven biển"]
    assert task_starting(tasks, "Bố trí kinh phí").responsible == doers
    assert task_starting(tasks, "Tổ chức tập huấn").responsible == doers


_SUBJECT_OF_A_LATER_SENTENCE = """THÔNG TƯ
Hướng dẫn đóng bảo hiểm y tế

Điều 4. Mức đóng và trách nhiệm lập danh sách
1. Trong thời gian người lao động nghỉ ốm dài ngày, mức đóng hằng tháng bằng 3% tiền lương. Phòng tổ chức \
cán bộ đơn vị có trách nhiệm lập danh sách người tham gia gửi cơ quan bảo hiểm.
2. Thời gian thực hiện như sau. Cơ quan chủ trì: Sở Y tế; thời gian: tháng 8/2026.
"""


def test_the_subject_of_a_duty_in_a_later_sentence_of_the_unit(tmp_path: Path) -> None:
    """A sentence naming no body before the duty's sentence states its case; a column's label
    (`Cơ quan chủ trì:`) is no subject."""
    tasks = rule_tasks(tmp_path, _SUBJECT_OF_A_LATER_SENTENCE)
    assert task_starting(tasks, "Trong thời gian").responsible == ["Phòng tổ chức cán bộ đơn vị"]
    assert all(t.responsible != ["Cơ quan"] for t in tasks)


_ACTING_SUBJECTS = """NGHỊ ĐỊNH
Về quản lý kinh phí của các trạm kiểm dịch
Điều 6. Quản lý và quyết toán kinh phí
1. Cơ quan chủ quản phê duyệt kế hoạch kinh phí của các trạm kiểm dịch hằng năm.
2. Trạm kiểm dịch động vật cửa khẩu lập báo cáo quyết toán gửi Cục Thú y.
3. Đơn vị tiếp nhận hàng viện trợ phải lập sổ theo dõi.
4. Người sử dụng lao động phải đóng bảo hiểm cho người lao động.
5. Hồ sơ phải nộp trước ngày 15 tháng 3.
6. Cơ quan, tổ chức có nhu cầu gửi văn bản đề nghị đến Cục Thú y.
7. Tổ chức thẩm định hồ sơ của các trạm kiểm dịch.
"""


def test_an_organisation_no_rule_knows_before_an_action_verb_is_its_doer(tmp_path: Path) -> None:
    # the name runs as written up to the verb (past a quality, `chủ quản`, past its relative clause before
    # `phải`); a person, a thing, any organisation or a verb opening the unit names no doer
    tasks = tasks_in(tmp_path, _ACTING_SUBJECTS)
    assert task_starting(tasks, "Cơ quan chủ quản").responsible == ["Cơ quan chủ quản"]
    assert task_starting(tasks, "Trạm kiểm dịch").responsible == ["Trạm kiểm dịch động vật cửa khẩu"]
    assert task_starting(tasks, "Đơn vị tiếp nhận").responsible == ["Đơn vị tiếp nhận hàng viện trợ"]
    others = [t for t in tasks if t.text.startswith(("Người", "Hồ sơ", "Cơ quan, tổ chức", "Tổ chức"))]
    assert all(not t.responsible for t in others)


ADDRESSED_HEADINGS_AND_LEAD_INS = """CÔNG VĂN
về phòng cháy rừng

Sở Nông nghiệp và Môi trường đề nghị như sau:
1. Đề nghị Ủy ban nhân dân các xã, phường
- Tăng cường kiểm tra các khu rừng có nguy cơ cháy cao.
- Bố trí lực lượng trực tại các điểm nóng.
2. Đối với các Sở, ban, ngành:
- Phối hợp tuyên truyền về phòng cháy rừng.
3. Sở Tài chính chịu trách nhiệm trước Ủy ban nhân dân tỉnh thực hiện chức năng quản lý nhà nước về ngân sách.
a) Sở Tài chính hướng dẫn các đơn vị lập dự toán.
b) Định kỳ hằng năm gửi báo cáo quyết toán cho Bộ Tài chính.
4. Các Sở, ban, ngành chịu trách nhiệm trước Ủy ban nhân dân tỉnh về quản lý tài sản do đơn vị mình quản lý.
5. Sở Xây dựng chịu trách nhiệm trước Ủy ban nhân dân tỉnh về tiến độ thẩm định; không để hồ sơ tồn đọng.
"""


def test_an_addressed_heading_and_a_lead_in_subject_give_their_items_a_doer(tmp_path: Path) -> None:
    rows = [(t.text[:24], t.responsible) for t in rule_tasks(tmp_path, ADDRESSED_HEADINGS_AND_LEAD_INS)]
    assert rows == [
        # `Đề nghị X` over its bullets names their doer as `Giao X` and `Đối với X:` do
        ("Tăng cường kiểm tra các ", ["Ủy ban nhân dân các xã, phường"]),
        ("Bố trí lực lượng trực tạ", ["Ủy ban nhân dân các xã, phường"]),
        ("Phối hợp tuyên truyền về", ["Sở, ban, ngành"]),
        # the lead-in only says to whom the Sở answers (no task); its points are the Sở's duties
        ("Sở Tài chính hướng dẫn c", ["Sở Tài chính"]),
        ("Định kỳ hằng năm gửi báo", ["Sở Tài chính"]),
        # accountability with a duty of its own after `;` stays a task
        ("Sở Xây dựng chịu trách n", ["Sở Xây dựng"]),
    ]


POINT_WITH_A_SECOND_PARAGRAPH = """THÔNG TƯ
hướng dẫn phối hợp

Điều 5. Trách nhiệm cung cấp thông tin
1. Trách nhiệm thông báo
a) Sở Tư pháp có trách nhiệm cung cấp danh sách tổ chức hành nghề công chứng cho Sở Tài chính hằng quý.
b) Tòa án nhân dân tỉnh có trách nhiệm gửi quyết định thi hành án cho Chi cục Thi hành án cùng cấp.
Ở những huyện chưa có Chi cục Thi hành án thì quyết định được gửi cho Cục Thi hành án tỉnh để theo dõi.
2. Viện kiểm sát nhân dân tỉnh có trách nhiệm phối hợp với Tòa án nhân dân tỉnh trong việc chuyển hồ sơ.
"""


def test_a_points_unmarked_second_paragraph_takes_no_doer_from_the_point(tmp_path: Path) -> None:
    # the lead-in's subject reaches the items under it, not a paragraph going on with the point itself
    rows = [(t.section, t.text[:20]) for t in tasks_in(tmp_path, POINT_WITH_A_SECOND_PARAGRAPH)]
    assert rows == [("Điều 5.1.a", "Sở Tư pháp có trách "), ("Điều 5.1.b", "Tòa án nhân dân tỉnh"),
                    ("Điều 5.2", "Viện kiểm sát nhân d")]


def test_an_acting_subjects_name_ends_before_a_recurrence(tmp_path: Path) -> None:
    # `định kỳ`, `hằng quý` time the predicate; they are no part of the doer's name
    text = """CÔNG VĂN
về báo cáo

1. Các phòng chuyên môn định kỳ tổng hợp kết quả kiểm tra gửi Văn phòng.
2. Trạm kiểm dịch hằng quý rà soát danh mục hàng hóa gửi Sở Nông nghiệp và Môi trường.
"""
    tasks = tasks_in(tmp_path, text)
    assert task_starting(tasks, "Các phòng chuyên môn").responsible == ["Phòng chuyên môn"]
    assert task_starting(tasks, "Trạm kiểm dịch").responsible == ["Trạm kiểm dịch"]


def test_a_regular_or_occasional_time_before_the_action_is_read_past(tmp_path: Path) -> None:
    """`Định kỳ hoặc đột xuất tổng hợp ...`: the occasional time beside the regular one opens the unit like
    a recurrence; the action follows it."""
    text = """CÔNG VĂN
về quản lý tài sản công

3. Sở Tài chính có trách nhiệm:
a) Hướng dẫn các đơn vị kê khai tài sản.
b) Định kỳ hoặc đột xuất tổng hợp, báo cáo Ủy ban nhân dân tỉnh về tình hình sử dụng tài sản.
c) Định kỳ và đột xuất, kiểm tra việc sử dụng tài sản của các đơn vị.
"""
    rows = [(t.text[:24], t.responsible) for t in rule_tasks(tmp_path, text)]
    assert rows == [
        ("Hướng dẫn các đơn vị kê ", ["Sở Tài chính"]),
        ("Định kỳ hoặc đột xuất tổ", ["Sở Tài chính"]),
        ("Định kỳ và đột xuất, kiể", ["Sở Tài chính"]),
    ]
