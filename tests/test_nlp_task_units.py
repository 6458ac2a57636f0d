"""Task units (nlp.task_units): plan-table rows with their columns, an item's title with its
paragraph, containers whose parts are the tasks, the rows of an appendix table."""

from pathlib import Path

from nlp_fixtures import rule_tasks, task_starting, tasks_in

from policylink.nlp.duty_model import rules_decide

PLAN_TABLE = """KẾ HOẠCH
triển khai chuyển đổi số năm 2025

I. NHIỆM VỤ CỤ THỂ
Ủy ban nhân dân huyện giao các cơ quan thực hiện các nhiệm vụ sau:
STT\tNội dung công việc\tĐơn vị chủ trì\tĐơn vị phối hợp\tThời hạn hoàn thành
1\tXây dựng cơ sở dữ liệu đất đai\tPhòng Tài nguyên và Môi trường\tPhòng Tài chính - Kế hoạch\tTháng 6/2025
2\tNâng cấp cổng thông tin huyện\tVăn phòng HĐND và UBND huyện\tPhòng Văn hóa và Thông tin\tQuý IV/2025
"""


def test_plan_table_rows_are_tasks_with_their_columns(tmp_path: Path) -> None:
    tasks = tasks_in(tmp_path, PLAN_TABLE)
    assert [t.text.split("\t")[0] for t in tasks] == [
        "Xây dựng cơ sở dữ liệu đất đai", "Nâng cấp cổng thông tin huyện"]
    first, second = tasks
    assert first.responsible == ["Phòng Tài nguyên và Môi trường"]
    assert first.coordinating == ["Phòng Tài chính - Kế hoạch"]
    assert first.deadline is not None and first.deadline.due == "2025-06-30"
    assert second.coordinating == ["Phòng Văn hóa và Thông tin"]
    assert second.deadline is not None and second.deadline.due == "2025-12-31"


ITEMS_AND_CLAUSES = """KẾ HOẠCH
về cải cách hành chính

I. NHIỆM VỤ

1. Nâng cao chất lượng phục vụ người dân
Các sở, ban, ngành và UBND các huyện niêm yết công khai thủ tục hành chính, hoàn thành trong quý II/2025.

2. Hiện đại hóa nền hành chính

a) Đẩy mạnh số hóa hồ sơ, kết quả giải quyết thủ tục hành chính.

b) Định kỳ hằng quý kiểm tra việc số hóa tại các xã.

3. Phân công thực hiện
UBND tỉnh giao các cơ quan thực hiện các nhiệm vụ sau:

4. Nhiệm vụ, giải pháp: UBND tỉnh chỉ đạo Sở Nội vụ và UBND các huyện thực hiện:

a) Rà soát vị trí việc làm trong năm 2025.

5. Chánh Văn phòng UBND tỉnh; Giám đốc các sở: Nội vụ, Tư pháp; Chủ tịch UBND các huyện \
chịu trách nhiệm thi hành Kế hoạch này.

6. Đề nghị Giám đốc Sở Tài chính bố trí kinh phí.

Trên đây là Kế hoạch cải cách hành chính của tỉnh, đề nghị các cơ quan thực hiện nghiêm túc.
"""


def test_items_titles_containers_roles_and_closing_formulas(tmp_path: Path) -> None:
    # the units and the rules' verdicts (the learned model weighs items that name no doer)
    tasks = tasks_in(tmp_path, ITEMS_AND_CLAUSES, decide=rules_decide)
    assert [t.section for t in tasks] == ["I.1", "I.2.a", "I.2.b", "I.4.a", "I.5", "I.6"]
    # an item's title line and its paragraph are one task; the paragraph names the actors
    titled = task_starting(tasks, "Nâng cao chất lượng")
    assert titled.responsible == ["Sở, ban, ngành", "Ủy ban nhân dân các huyện"]
    assert titled.deadline is not None and titled.deadline.due == "2025-06-30"
    # a task opening with its recurrence
    assert task_starting(tasks, "Định kỳ hằng quý").recurrence == "quarterly"
    # a labelled instruction: the body that directs is responsible
    assert task_starting(tasks, "Rà soát vị trí").responsible == ["Ủy ban nhân dân tỉnh"]
    # roles head the bodies that act
    assert task_starting(tasks, "Chánh Văn phòng").responsible == [
        "Văn phòng Ủy ban nhân dân tỉnh", "Sở Nội vụ", "Sở Tư pháp", "Ủy ban nhân dân các huyện"]
    assert task_starting(tasks, "Đề nghị Giám đốc").responsible == ["Sở Tài chính"]


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
    assert first.section == "Phụ lục, dòng 1"
    assert any("Tổ chức hội chợ làng nghề" in t.text for t in tasks)


def test_a_subject_written_one_body_per_line_is_one_task(tmp_path: Path) -> None:
    text = ("QUYẾT ĐỊNH\nvề thủ tục\n\nĐiều 1. Công bố danh mục thủ tục.\n"
            "Điều 2. Chánh Văn phòng UBND tỉnh;\nChánh Thanh tra tỉnh;\n"
            "Giám đốc Sở Y tế và Chủ tịch UBND các xã chịu trách nhiệm thi hành Quyết định này.\n")
    (task,) = tasks_in(tmp_path, text)
    assert task.section == "Điều 2" and task.text.startswith("Chánh Văn phòng")
    assert task.responsible == [
        "Văn phòng Ủy ban nhân dân tỉnh", "Thanh tra tỉnh", "Sở Y tế", "Ủy ban nhân dân các xã"]


WITH_FOOTNOTE = """KẾ HOẠCH
thực hiện cải cách hành chính năm 2025

1. Sở Nội vụ rà soát thủ tục hành chính theo Kế hoạch số 12/KH-UBND¹, hoàn thành trong quý II/2025.
2. Sở Tài chính bố trí kinh phí thực hiện.
¹ Ủy ban nhân dân tỉnh giao Sở Tư pháp kiểm tra việc thực hiện.
"""


def test_a_footnote_ingestion_moved_to_the_end_is_no_task(tmp_path: Path) -> None:
    tasks = tasks_in(tmp_path, WITH_FOOTNOTE)
    assert [t.responsible for t in tasks] == [["Sở Nội vụ"], ["Sở Tài chính"]]
    assert not [t for t in tasks if "Sở Tư pháp" in t.text]


GROUP_TITLES = """THÔNG BÁO
kết luận hội nghị triển khai công tác năm 2025

III. Nhiệm vụ công tác năm 2025
1. Tiếp tục đẩy mạnh công tác cải cách hành chính; nâng cao chất lượng phục vụ người dân.
1.1. Rà soát, đơn giản hoá thủ tục hành chính thuộc thẩm quyền.
1.2. Tăng cường kiểm tra công vụ tại các đơn vị.
2. Nắm bắt, xử lý kịp thời các vướng mắc phát sinh trong quá trình thực hiện.
- Đầu mối hỗ trợ: Văn phòng Bộ.
"""


def test_a_numbered_item_that_sums_up_its_numbered_sub_items_is_no_task(tmp_path: Path) -> None:
    """The sub-items are the duties; a duty with bullets detailing it stays one."""
    tasks = tasks_in(tmp_path, GROUP_TITLES, decide=rules_decide)
    assert [t.text[:20] for t in tasks] == [
        "Rà soát, đơn giản ho", "Tăng cường kiểm tra ", "Nắm bắt, xử lý kịp t"]


def test_a_later_paragraph_of_a_titled_item_with_other_doers_is_a_task_of_its_own(tmp_path: Path) -> None:
    """(RULINGS R9) `3. Tổ chức thực hiện` + a paragraph charging the departments + one charging the office:
    the first doers are the item's, the office's paragraph is its own duty; a paragraph naming the same doers
    again stays with them."""
    text = "\n".join([
        "CHỈ THỊ",
        "Về tăng cường quản lý chợ trên địa bàn tỉnh",
        "3. Tổ chức thực hiện",
        "Giám đốc Sở Công Thương có trách nhiệm hướng dẫn các huyện sắp xếp lại mạng lưới chợ.",
        "Giám đốc Sở Công Thương có trách nhiệm tổng hợp kết quả sắp xếp chợ của các huyện.",
        "Chánh Văn phòng Ủy ban nhân dân tỉnh có trách nhiệm theo dõi, đôn đốc việc thực hiện Chỉ thị này.",
        "",
    ])
    tasks = tasks_in(tmp_path, text, decide=rules_decide)
    assert [t.text[:25] for t in tasks] == ["Tổ chức thực hiện\nGiám đố", "Chánh Văn phòng Ủy ban nh"]
    assert tasks[0].responsible == ["Sở Công Thương"]
    assert tasks[1].responsible == ["Văn phòng Ủy ban nhân dân tỉnh"]


def test_a_later_paragraph_of_the_same_doer_with_its_own_due_date_is_a_task(tmp_path: Path) -> None:
    """(RULINGS R9) A paragraph of an item with its own duty and due date is its own task, even with the doer
    before it; the same doer's paragraph without a date goes on the duty before it."""
    text = "\n".join([
        "CHỈ THỊ",
        "Về xây dựng kế hoạch đầu tư công trung hạn",
        "3. Tiến độ xây dựng kế hoạch",
        "Theo hướng dẫn chung của Trung ương, Sở Tài chính hướng dẫn các huyện lập danh mục dự án.",
        "Sở Tài chính tổng hợp danh mục dự án các huyện, trình Ủy ban nhân dân tỉnh trước ngày 15/9/2025.",
        "Sở Tài chính công bố danh mục được phê duyệt trên cổng thông tin của tỉnh.",
        "",
    ])
    tasks = tasks_in(tmp_path, text, decide=rules_decide)
    assert [t.text[:20] for t in tasks] == ["Tiến độ xây dựng kế ", "Sở Tài chính tổng hợ"]
    assert tasks[1].responsible == ["Sở Tài chính"]
    assert tasks[1].deadline is not None and tasks[1].deadline.due == "2025-09-15"
    assert "công bố danh mục" in tasks[1].text


def test_a_paragraph_opening_with_a_frequency_before_other_doers_is_a_task_of_its_own(tmp_path: Path) -> None:
    """(RULINGS R9) `Hằng năm Ủy ban nhân dân các xã ...`: a frequency may stand before the subject without a
    comma, alone or after an opening adverbial; the paragraph names doers of its own."""
    lines = [
        "QUYẾT ĐỊNH",
        "Về quản lý quỹ phòng, chống thiên tai",
        "2. Thu và nộp quỹ",
        "Ủy ban nhân dân huyện hướng dẫn việc thu quỹ trên địa bàn.",
    ]
    for duty in ("Hằng năm Ủy ban nhân dân các xã có trách nhiệm lập danh sách các hộ nộp quỹ.",
                 "Định kỳ 6 tháng, hằng năm Ủy ban nhân dân các xã phải báo cáo kết quả thu quỹ."):
        tasks = tasks_in(tmp_path, "\n".join([*lines, duty, ""]), decide=rules_decide)
        assert [t.text[:20] for t in tasks] == ["Thu và nộp quỹ\nỦy ba", duty[:20]]
        assert tasks[1].responsible == ["Ủy ban nhân dân các xã"]


def test_a_lettered_point_goes_on_over_its_sentences_up_to_the_next_point(tmp_path: Path) -> None:
    """(RULINGS R9) Sentences printed one per line after `a)` belong to it up to `b)`, as after a bullet;
    a sentence with a time limit of its own is its own duty, and so is the paragraph after the last point."""
    text = "\n".join([
        "THÔNG TƯ",
        "Hướng dẫn quản lý lệ phí cấp chứng chỉ",
        "Điều 4. Quản lý tiền lệ phí",
        "Cơ quan thu lệ phí có trách nhiệm:",
        "a) Niêm yết mức thu lệ phí tại nơi thu và thu đúng mức quy định.",
        "Khi thu tiền lệ phí phải lập biên lai cho người nộp tiền.",
        "Biên lai dùng theo chế độ quản lý biên lai của ngành thuế.",
        "b) Mở sổ kế toán theo dõi số lệ phí thu được.",
        "Số lệ phí thu được phải nộp vào tài khoản tạm giữ trong thời hạn 05 ngày làm việc.",
        "c) Quyết toán số lệ phí thu được theo năm.",
        "",
    ])
    tasks = rule_tasks(tmp_path, text)
    assert [t.text.split("\n")[0][:20] for t in tasks] == [
        "Niêm yết mức thu lệ ", "Mở sổ kế toán theo d", "Số lệ phí thu được p", "Quyết toán số lệ phí"]
    assert task_starting(tasks, "Niêm yết").text.endswith("ngành thuế.")


def test_a_doer_heading_over_the_last_paragraph_stops_before_the_closing_formula(tmp_path: Path) -> None:
    """`4. Ban Công tác Mặt trận các khu dân cư trên địa bàn phường` over one paragraph, then the document's
    `Trên đây là Kế hoạch ...`: the closing line is no second paragraph of the item; the heading and its
    paragraph are one task of the board the heading names."""
    text = "\n".join([
        "KẾ HOẠCH",
        "Tổ chức lấy ý kiến cử tri nơi cư trú",
        "III. TỔ CHỨC THỰC HIỆN",
        "1. Các tổ chức thành viên",
        "- Cử cán bộ tham gia tổ giúp việc.",
        "2. Ban Công tác Mặt trận các khu dân cư trên địa bàn phường",
        "Chủ động phối hợp với Tổ trưởng tổ dân phố mời cử tri dự hội nghị đúng thành phần.",
        "Trên đây là Kế hoạch của Ban Thường trực Ủy ban MTTQ Việt Nam phường Hòa Bình.",
        "",
    ])
    tasks = tasks_in(tmp_path, text, decide=rules_decide)
    board = task_starting(tasks, "Ban Công tác Mặt trận")
    assert board.responsible == ["Ban Công tác Mặt trận các khu dân cư trên địa bàn phường"]
    assert "Trên đây" not in board.text


def test_a_later_paragraph_assigning_or_adding_a_duty_is_a_task_of_its_own(tmp_path: Path) -> None:
    """(RULINGS R9) In a titled item's body, a paragraph that assigns a duty to a name (`Giao Ban X ...`, a
    body no rule may know) or that adds a further duty to the doer before it (`Đồng thời, chủ trì ...`) is a
    duty of its own; an ordinary later paragraph of the same duty stays with it."""
    text = "\n".join([
        "CÔNG VĂN",
        "Về bảo vệ nguồn nước sinh hoạt",
        "2. Giao Sở Nông nghiệp và Môi trường",
        "Chủ trì hướng dẫn các xã kiểm tra các điểm lấy nước sinh hoạt trên địa bàn.",
        "Việc kiểm tra cần làm rõ nguồn gây ô nhiễm và biện pháp khắc phục.",
        "Đồng thời, chủ trì tổng hợp kết quả kiểm tra, báo cáo Ủy ban nhân dân tỉnh.",
        "Giao Tổ công tác liên ngành về nước sạch theo dõi việc khắc phục tại các xã.",
        "",
    ])
    tasks = tasks_in(tmp_path, text, decide=rules_decide)
    assert [t.text[:22] for t in tasks] == [
        "Giao Sở Nông nghiệp và", "Đồng thời, chủ trì tổn", "Giao Tổ công tác liên "]
    assert "nguồn gây ô nhiễm" in tasks[0].text
    assert tasks[1].responsible == ["Sở Nông nghiệp và Môi trường"]


def test_a_connective_before_an_account_is_no_duty_of_its_own(tmp_path: Path) -> None:
    """`Đồng thời, ` before a sentence that states no directive word stays with the duty before it."""
    text = "\n".join([
        "CÔNG VĂN",
        "Về bảo vệ nguồn nước sinh hoạt",
        "2. Giao Sở Nông nghiệp và Môi trường",
        "Chủ trì hướng dẫn các xã kiểm tra các điểm lấy nước sinh hoạt trên địa bàn.",
        "Đồng thời, nguồn nước cần được lấy mẫu theo quy chuẩn hiện hành.",
        "",
    ])
    tasks = tasks_in(tmp_path, text, decide=rules_decide)
    assert [t.text[:22] for t in tasks] == ["Giao Sở Nông nghiệp và"]
