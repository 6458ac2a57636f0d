"""Who is responsible for a task where the wording breaks a chain of bodies or hides the doer (issue
12), on texts of our own: a closing article's bearers listed past a class no rule names, a subject
over the bodies it works with, an introduction whose subject asks or answers (not acts), items under
`Yêu cầu <bodies> thực hiện các nội dung sau:`, a doer named in a later sentence of the item, and an
office-holder named with a person's name or after `Phân công`."""

from pathlib import Path

from nlp_fixtures import rule_tasks, task_starting, tasks_in

from policylink.nlp.body_candidates import candidates

CLOSING = (
    "QUYẾT ĐỊNH\nVề việc ban hành quy chế quản lý kho lưu trữ\n\n"
    "Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý kho lưu trữ.\n"
    "Điều 2. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc các Sở; Thủ trưởng các quỹ tài chính ngoài "
    "ngân sách thuộc Ủy ban nhân dân tỉnh; Chủ tịch Ủy ban nhân dân các xã, phường và Thủ trưởng các "
    "cơ quan, đơn vị có liên quan chịu trách nhiệm thi hành Quyết định này./.\n"
    "Điều 3. Trưởng đoàn Đoàn kiểm tra liên ngành an toàn thực phẩm tỉnh, Giám đốc Sở Công Thương, Chủ "
    "tịch Ủy ban nhân dân các xã có trách nhiệm thi hành Quyết định này.\n"
)


def test_closing_bearers_are_read_past_a_class_no_rule_names(tmp_path: Path) -> None:
    tasks = tasks_in(tmp_path, CLOSING)
    # `các quỹ tài chính ngoài ngân sách` is no body the rules know: the list goes on past it; the UBND
    # after `thuộc` qualifies that class and bears nothing of its own
    assert task_starting(tasks, "Chánh Văn phòng").responsible == [
        "Văn phòng Ủy ban nhân dân tỉnh", "Sở", "Ủy ban nhân dân các xã, phường", "Cơ quan, đơn vị"]
    # the first office-holder's board is unknown: the bearers after it still are
    assert task_starting(tasks, "Trưởng đoàn").responsible == ["Sở Công Thương", "Ủy ban nhân dân các xã"]


PLAN = (
    "KẾ HOẠCH\nTriển khai chuyển đổi số năm 2026\n\nI. NHIỆM VỤ\n"
    "1. Sở Nội vụ chủ trì, phối hợp với Sở Tư pháp và Sở Tài chính có trách nhiệm hướng dẫn các xã "
    "rà soát thủ tục.\n"
    "2. Sở Khoa học và Công nghệ tổ chức kiểm tra, giám sát Trung tâm Công nghệ thông tin tỉnh chịu "
    "trách nhiệm vận hành hệ thống.\n"
    "3. Yêu cầu Giám đốc các Sở: Công Thương, Nông nghiệp và Môi trường; Chủ tịch Ủy ban nhân dân các "
    "xã thực hiện các nội dung sau:\n"
    "a) Kiểm tra việc chấp hành quy định về an toàn thực phẩm.\n"
    "b) Báo cáo kết quả về Ủy ban nhân dân tỉnh trước ngày 15/12/2026.\n"
    "4. Phân công cụ thể các nhiệm vụ tại Phụ lục kèm theo. Hằng năm, trước ngày 20 tháng 12, Sở Xây "
    "dựng gửi Ủy ban nhân dân tỉnh báo cáo kết quả thực hiện.\n"
)


def test_the_subject_is_responsible_not_the_bodies_it_works_with(tmp_path: Path) -> None:
    tasks = tasks_in(tmp_path, PLAN)
    first = task_starting(tasks, "Sở Nội vụ chủ trì")
    assert first.responsible == ["Sở Nội vụ"] and first.coordinating == ["Sở Tư pháp", "Sở Tài chính"]
    # `chịu trách nhiệm vận hành` after the object of a clause: the object bears nothing here
    assert task_starting(tasks, "Sở Khoa học").responsible == ["Sở Khoa học và Công nghệ"]


def test_items_under_a_request_to_bodies_are_their_duties(tmp_path: Path) -> None:
    tasks = tasks_in(tmp_path, PLAN)
    for start in ("Kiểm tra việc chấp hành", "Báo cáo kết quả"):
        assert task_starting(tasks, start).responsible == [
            "Sở Công Thương", "Sở Nông nghiệp và Môi trường", "Ủy ban nhân dân các xã"]


def test_a_doer_named_in_a_later_sentence_of_the_item(tmp_path: Path) -> None:
    task = task_starting(tasks_in(tmp_path, PLAN), "Phân công cụ thể")
    assert task.responsible == ["Sở Xây dựng"]


LETTERS = (
    "CÔNG ĐIỆN\nVề việc chủ động ứng phó mưa lớn\n\n"
    "Kính gửi: Ủy ban nhân dân các xã; Công an tỉnh.\n"
    "Ủy ban nhân dân tỉnh yêu cầu:\n"
    "1. Tăng cường theo dõi diễn biến mưa lũ, chủ động sơ tán người dân khỏi vùng nguy hiểm.\n"
    "2. Sở Xây dựng kiểm tra an toàn các công trình đang thi công.\n"
)

ANSWER = (
    "CÔNG VĂN\nVề việc xác định giá đất cụ thể\n\n"
    "Kính gửi: Ủy ban nhân dân huyện Đông Sơn.\n"
    "Sở Tài chính nhận được Công văn số 45/UBND-TC của Ủy ban nhân dân huyện Đông Sơn. Về vấn đề này, "
    "Sở Tài chính có ý kiến như sau:\n"
    "1. Rà soát hồ sơ xác định giá đất, bổ sung chứng thư thẩm định giá còn thiếu.\n"
)


def test_who_asks_or_answers_in_an_introduction_is_not_the_doer(tmp_path: Path) -> None:
    asked = task_starting(tasks_in(tmp_path, LETTERS, "a.txt"), "Tăng cường theo dõi")
    assert asked.responsible == ["Ủy ban nhân dân các xã", "Công an tỉnh"]  # the addressees
    answered = task_starting(tasks_in(tmp_path, ANSWER, "b.txt"), "Rà soát hồ sơ")
    assert answered.responsible == ["Ủy ban nhân dân huyện Đông Sơn"]


HOLDERS = (
    "THÔNG BÁO\nKết luận của Chủ tịch Ủy ban nhân dân tỉnh\n\n"
    "Kính gửi: Các sở, ban, ngành tỉnh.\n"
    "II. NHIỆM VỤ\n"
    "1. Giao đồng chí Trần Văn Bình, Phó Chủ tịch Ủy ban nhân dân tỉnh chỉ đạo xử lý các kiến nghị.\n"
    "2. Giao ông Lê Văn Cường, Giám đốc Sở Xây dựng kiểm tra hiện trường.\n"
    "3. Phân công Phó Chủ tịch Ủy ban nhân dân tỉnh phụ trách lĩnh vực kinh tế theo dõi, đôn đốc.\n"
    "4. Phân công Sở Nội vụ theo dõi việc thực hiện.\n"
)


def test_an_office_holder_named_before_the_title_or_assigned_by_phan_cong(tmp_path: Path) -> None:
    tasks = tasks_in(tmp_path, HOLDERS)
    # the holder's name before the title does not hide the body (RULINGS R2); `Phân công` assigns
    # as `Giao` does: neither falls back to the addressees
    assert task_starting(tasks, "Giao đồng chí").responsible == ["Ủy ban nhân dân tỉnh"]
    assert task_starting(tasks, "Giao ông").responsible == ["Sở Xây dựng"]
    assert task_starting(tasks, "Phân công Phó Chủ tịch").responsible == ["Ủy ban nhân dân tỉnh"]
    assert task_starting(tasks, "Phân công Sở Nội vụ").responsible == ["Sở Nội vụ"]


EACH = (
    "KẾ HOẠCH\nBồi dưỡng cán bộ năm 2026\n\n"
    "Kính gửi: Ủy ban nhân dân các xã.\n"
    "1. Nhiệm vụ chung\n"
    "- Từng cơ quan, đơn vị phải rà soát đội ngũ công chức để lập danh sách cử đi học.\n"
    "- Mỗi đơn vị cần bố trí kinh phí cho các lớp bồi dưỡng.\n"
    "- Kinh phí của từng cơ quan, đơn vị phải được công khai.\n"
)


def test_a_class_under_a_distributive_determiner_is_the_doer(tmp_path: Path) -> None:
    tasks = tasks_in(tmp_path, EACH)
    # `từng`, `mỗi` give the duty to every member of the class, as `các` does
    assert task_starting(tasks, "Từng cơ quan").responsible == ["Cơ quan, đơn vị"]
    assert task_starting(tasks, "Mỗi đơn vị").responsible == ["Đơn vị"]


def test_a_class_under_a_distributive_determiner_inside_a_phrase_is_no_doer() -> None:
    # (the owner of the funds is no subject: the mention does not take the determiner's clause)
    text = "Kinh phí của từng cơ quan, đơn vị phải được công khai."
    assert not [c for c in candidates(text, text) if text[c.start :].lower().startswith("từng")]


PURPOSE = (
    "CHỈ THỊ\nVề tăng cường phòng cháy\n\n"
    "Để khắc phục những hạn chế nêu trên, các sở, ban, ngành, Ủy ban nhân dân các xã cần thực hiện tốt "
    "các nhiệm vụ sau:\n"
    "1. Tăng cường kiểm tra an toàn phòng cháy tại các chợ.\n"
    "2. Xử lý nghiêm các vi phạm.\n"
)
SPOKEN = (
    "CHỈ THỊ\nVề tăng cường phòng cháy\n\n"
    "Trên cơ sở kết quả kiểm tra năm trước, Chủ tịch Ủy ban nhân dân tỉnh chỉ thị:\n"
    "1. Rà soát phương án chữa cháy.\n"
    "2. Bổ sung phương tiện chữa cháy.\n"
)


def test_the_subject_of_an_introduction_after_its_purpose_is_the_doer(tmp_path: Path) -> None:
    tasks = rule_tasks(tmp_path, PURPOSE)
    for start in ("Tăng cường kiểm tra", "Xử lý nghiêm"):
        assert task_starting(tasks, start).responsible == ["Sở, ban, ngành", "Ủy ban nhân dân các xã"]
    # who `chỉ thị` speaks, as who `yêu cầu` does: not the doer
    assert task_starting(rule_tasks(tmp_path, SPOKEN), "Rà soát phương án").responsible == []


JOINT_ENACTMENT = (
    "THÔNG TƯ LIÊN TỊCH\nHướng dẫn trao đổi hồ sơ vụ việc\n\n"
    "Để bảo đảm việc trao đổi hồ sơ được kịp thời, Bộ Tài chính, Bộ Công an và Bộ Tư pháp thống nhất "
    "hướng dẫn như sau:\n"
    "Điều 1. Hồ sơ trao đổi\n"
    "1. Bản sao biên bản kiểm tra hồ sơ.\n"
    "Điều 2. Trách nhiệm trao đổi\n"
    "1. Tổng cục Hải quan có trách nhiệm gửi hồ sơ cho Bộ Công an trong 05 ngày làm việc.\n"
)


def test_the_issuers_of_a_joint_document_speak_its_rules_and_do_none_of_them(tmp_path: Path) -> None:
    tasks = rule_tasks(tmp_path, JOINT_ENACTMENT)
    # the enacting line's list of issuers, joined by `thống nhất`, lays down what follows: not a doer
    assert all("Bộ Tư pháp" not in task.responsible for task in tasks)
    assert task_starting(tasks, "Tổng cục Hải quan có trách nhiệm").responsible == ["Tổng cục Hải quan"]


DUTIES_AND_POWERS = (
    "KẾ HOẠCH\nPhòng, chống thiên tai năm 2026\n\nIII. TỔ CHỨC THỰC HIỆN\n"
    "1. Nhiệm vụ, quyền hạn của Chi cục Thủy lợi\n"
    "- Theo dõi vận hành các hồ chứa nước.\n"
    "2. Nhiệm vụ cụ thể của Sở Tài chính\n"
    "- Bố trí kinh phí duy tu công trình.\n"
)


def test_a_heading_of_duties_and_powers_names_the_doer_of_its_items(tmp_path: Path) -> None:
    tasks = rule_tasks(tmp_path, DUTIES_AND_POWERS)
    assert task_starting(tasks, "Theo dõi vận hành").responsible == ["Chi cục Thủy lợi"]
    assert task_starting(tasks, "Bố trí kinh phí").responsible == ["Sở Tài chính"]


def test_a_long_list_of_short_names_is_the_subject_of_a_duty(tmp_path: Path) -> None:
    # more words than one name holds, but each name is short: one the rules do not know (`Bộ Thương
    # nghiệp`, a ministry of old) does not cut the list
    text = ("THÔNG TƯ\nHướng dẫn lắp đặt trạm quan trắc\n\nĐiều 1. Phạm vi\n"
            "Thông tư này hướng dẫn lắp đặt trạm.\n"
            "Điều 2. Bộ Quốc phòng, Bộ Công an, Bộ Thương nghiệp, Bộ Giao thông vận tải, "
            "Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương chủ trì, phối hợp với Bộ Xây dựng "
            "lựa chọn địa điểm lắp đặt trạm.\n")
    task = task_starting(tasks_in(tmp_path, text), "Bộ Quốc phòng")
    assert task.responsible == ["Bộ Quốc phòng", "Bộ Công an", "Bộ Thương nghiệp", "Bộ Giao thông vận tải",
                                "Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương"]


def test_the_subject_of_the_main_clause_follows_an_adverbial_clause(tmp_path: Path) -> None:
    text = ("QUYẾT ĐỊNH\nVề việc điều chuyển tài sản\n\nĐiều 1. Điều chuyển 02 máy phát điện cho Ban Quản lý "
            "dự án 4.\nĐiều 2. Khi hoàn thành công trình cầu Bến Lức, Ban Quản lý dự án 4 có trách nhiệm "
            "bàn giao máy phát điện cho Sở Xây dựng.\n")
    task = task_starting(tasks_in(tmp_path, text), "Khi hoàn thành")
    assert task.responsible == ["Ban Quản lý dự án 4"]


def test_a_lower_case_body_after_an_adverbial_clause_is_the_subject(tmp_path: Path) -> None:
    # the main clause's subject after the comma (or `thì`) of a condition, written in lower case: a class
    # noun and what qualifies it (a list of verbs, a clause of place); not the last of a list of classes
    text = ("THÔNG TƯ\nQuy định về chức danh kiểm định viên\n\nĐiều 1. Phạm vi\nThông tư này quy định chức "
            "danh.\nĐiều 2. Chuyển tiếp\n"
            "1. Trường hợp Giám đốc quyết định cử người khác mà không hỏi ý kiến trước, cơ quan chủ quản có "
            "trách nhiệm thực hiện quyết định của Giám đốc.\n"
            "2. Viên chức chuyển công tác về đơn vị cũ, đơn vị nơi chuyển đến có trách nhiệm đóng kinh phí "
            "cho viên chức đến hết tháng.\n"
            "3. Trường hợp viên chức chưa đủ tiêu chuẩn thì cơ quan quản lý, sử dụng viên chức có trách "
            "nhiệm lập kế hoạch bồi dưỡng.\n"
            "4. Hàng năm, trước ngày 15 tháng 11, các cơ quan, đơn vị chủ trì báo cáo Bộ Tài chính.\n")
    tasks = tasks_in(tmp_path, text)
    assert task_starting(tasks, "Trường hợp Giám đốc").responsible == ["Cơ quan chủ quản"]
    assert task_starting(tasks, "Viên chức chuyển").responsible == ["Đơn vị nơi chuyển đến"]
    assert task_starting(tasks, "Trường hợp viên chức").responsible == ["Cơ quan quản lý, sử dụng viên chức"]
    assert task_starting(tasks, "Hàng năm").responsible == ["Cơ quan, đơn vị"]


def test_a_list_of_office_holders_keeps_an_agent_clause_and_opens_a_collective(tmp_path: Path) -> None:
    # `do A, B thành lập` names who set the body up (one body); `và các cơ sở ...` opens a collective
    text = ("NGHỊ ĐỊNH\nQuy định về đào tạo\n\nĐiều 1. Phạm vi\nNghị định này quy định đào tạo.\n"
            "Điều 2. Các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, người đứng đầu cơ quan do Chính phủ, Thủ "
            "tướng Chính phủ thành lập, Chủ tịch Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương và "
            "các cơ sở đào tạo chịu trách nhiệm thi hành Nghị định này.\n")
    task = task_starting(tasks_in(tmp_path, text), "Các Bộ trưởng")
    assert task.responsible == [
        "Bộ", "Cơ quan ngang bộ", "Cơ quan do Chính phủ, Thủ tướng Chính phủ thành lập",
        "Ủy ban nhân dân tỉnh, thành phố trực thuộc trung ương", "Cơ sở đào tạo"]


def test_an_article_of_powers_and_duties_names_the_doer_of_its_items(tmp_path: Path) -> None:
    # `Thẩm quyền và trách nhiệm của <title> <body>`: the powers named with the duties, the title's body
    text = ("NGHỊ ĐỊNH\nQuy định về quản lý kho lưu trữ\n\nĐiều 1. Phạm vi\nNghị định này quy định quản lý "
            "kho lưu trữ.\nĐiều 2. Thẩm quyền và trách nhiệm của Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch\n"
            "1. Ban hành văn bản hướng dẫn về nghiệp vụ lưu trữ.\n")
    task = task_starting(tasks_in(tmp_path, text), "Ban hành văn bản")
    assert task.responsible == ["Bộ Văn hóa, Thể thao và Du lịch"]


def test_a_council_shares_the_level_of_the_committee_joined_to_it(tmp_path: Path) -> None:
    # `Hội đồng nhân dân, Ủy ban nhân dân cấp tỉnh`: the level word holds for both bodies
    text = ("NGHỊ ĐỊNH\nQuy định về quản lý đê điều\n\nĐiều 1. Phạm vi\nNghị định này quy định quản lý đê "
            "điều.\nĐiều 2. Trách nhiệm thi hành\nCác Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Hội đồng nhân "
            "dân, Ủy ban nhân dân cấp tỉnh, Hội đồng nhân dân, Ủy ban nhân dân cấp xã chịu trách nhiệm thi "
            "hành Nghị định này.\n")
    task = task_starting(tasks_in(tmp_path, text), "Trách nhiệm thi hành")
    assert task.responsible == [
        "Bộ", "Cơ quan ngang bộ", "Hội đồng nhân dân cấp tỉnh", "Ủy ban nhân dân cấp tỉnh",
        "Hội đồng nhân dân cấp xã", "Ủy ban nhân dân cấp xã"]


def test_a_heading_of_shared_duties_names_their_doers(tmp_path: Path) -> None:
    # `Trách nhiệm chung của X`: the duties all the bodies named share, before each one's own part
    text = ("Kính gửi:\n- Các sở, ban, ngành tỉnh;\n- Ủy ban nhân dân các xã.\n"
            "Để bảo đảm an toàn hồ đập trong mùa mưa lũ, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu:\n"
            "1. Trách nhiệm chung của các cơ quan, đơn vị\n"
            "- Rà soát phương án bảo vệ hồ đập thuộc phạm vi quản lý.\n"
            "- Bố trí lực lượng trực ban trong thời gian mưa lớn.\n"
            "2. Sở Nông nghiệp và Môi trường\n"
            "Theo dõi mực nước các hồ chứa, cảnh báo kịp thời.\n")
    tasks = tasks_in(tmp_path, text)
    for start in ("Rà soát phương án", "Bố trí lực lượng"):
        assert task_starting(tasks, start).responsible == ["Cơ quan, đơn vị"]
    assert task_starting(tasks, "Sở Nông nghiệp").responsible == ["Sở Nông nghiệp và Môi trường"]


LIMITS_FIRST = (
    "KẾ HOẠCH\nTổ chức bầu cử năm 2026\n\nI. NHIỆM VỤ\n"
    "1. Chậm nhất là ngày 10 tháng 3 năm 2026, Ủy ban bầu cử tỉnh gửi danh sách người ứng cử đến Hội đồng "
    "bầu cử quốc gia.\n"
    "2. Trước ngày 20 tháng 3 năm 2026, căn cứ kết quả rà soát, Sở Nội vụ tổng hợp danh sách cử tri.\n"
    "3. Chậm nhất là 17 giờ 00 ngày 25 tháng 3 năm 2026, Ủy ban nhân dân các xã niêm yết danh sách cử tri.\n"
    "4. Trước ngày 30 tháng 3 năm 2026, báo cáo kết quả về Sở Nội vụ, Ủy ban nhân dân tỉnh.\n"
    "5. Chậm nhất là ngày 02 tháng 4 năm 2026, Ủy ban bầu cử cấp hiệp thương chuyển hồ sơ đến Ban Thường "
    "trực Ủy ban Mặt trận Tổ quốc cùng cấp.\n"
    "6. Sở Tài nguyên cấp giấy phép cho các tổ chức đủ điều kiện.\n"
)


def test_the_subject_follows_the_limit_a_unit_opens_with(tmp_path: Path) -> None:
    tasks = tasks_in(tmp_path, LIMITS_FIRST)
    assert task_starting(tasks, "Chậm nhất là ngày 10").responsible == ["Ủy ban bầu cử tỉnh"]
    # past an adverbial after the limit
    assert task_starting(tasks, "Trước ngày 20").responsible == ["Sở Nội vụ"]
    assert task_starting(tasks, "Chậm nhất là 17 giờ").responsible == ["Ủy ban nhân dân các xã"]
    # the bodies after a later comma are where the report goes, no subject
    assert task_starting(tasks, "Trước ngày 30").responsible == []


def test_a_level_named_by_its_role_qualifies_a_subject_of_no_level(tmp_path: Path) -> None:
    tasks = tasks_in(tmp_path, LIMITS_FIRST)
    # `cấp hiệp thương` qualifies the committee; its action is `chuyển`, and the unit is a task
    assert task_starting(tasks, "Chậm nhất là ngày 02").responsible == ["Ủy ban bầu cử"]
    # a body of a level goes on with its action: `cấp giấy phép` grants
    assert task_starting(tasks, "Sở Tài nguyên").responsible == ["Sở Tài nguyên"]


def test_a_bare_label_after_a_list_of_bodies_names_them_as_doers(tmp_path: Path) -> None:
    # `Giao ... gồm:` + one body per bullet + `Có trách nhiệm:`: the label goes on with the listed bodies
    text = ("Kính gửi:\n- Các sở, ban, ngành tỉnh;\n- Ủy ban nhân dân các xã.\n"
            "Chủ tịch Ủy ban nhân dân tỉnh yêu cầu các sở, ban, ngành thực hiện các nội dung sau:\n"
            "1. Các sở quản lý công trình thủy lợi\n"
            "Giao các sở quản lý công trình theo lĩnh vực gồm:\n"
            "- Sở Nông nghiệp và Môi trường (đối với hồ chứa nước);\n"
            "- Sở Xây dựng (đối với công trình cấp nước đô thị).\n"
            "Có trách nhiệm:\n"
            "a) Kiểm tra an toàn công trình trước mùa mưa lũ.\n"
            "b) Lập phương án ứng phó sự cố công trình.\n")
    tasks = tasks_in(tmp_path, text)
    for start in ("Kiểm tra an toàn", "Lập phương án"):
        assert task_starting(tasks, start).responsible == ["Sở Nông nghiệp và Môi trường", "Sở Xây dựng"]


def test_the_subject_follows_the_label_of_an_item(tmp_path: Path) -> None:
    # `Báo cáo quý: Các cơ quan, đơn vị gửi ...`: the label names the item's matter, the doer follows it
    text = ("Kính gửi: Các sở, ban, ngành tỉnh.\nỦy ban nhân dân tỉnh yêu cầu:\n"
            "1. Chế độ báo cáo\n"
            "- Báo cáo quý: Các cơ quan, đơn vị gửi Sở Nội vụ trước ngày 20 tháng cuối quý.\n"
            "- Báo cáo năm: Sở Nội vụ tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15 tháng 12.\n")
    tasks = tasks_in(tmp_path, text)
    assert task_starting(tasks, "Báo cáo quý").responsible == ["Cơ quan, đơn vị"]
    assert task_starting(tasks, "Báo cáo năm").responsible == ["Sở Nội vụ"]
