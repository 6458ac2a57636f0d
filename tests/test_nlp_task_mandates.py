"""Task kinds seen on outside documents (ext-dev), on texts of our own: a decision that sets a body's
standing mandate lists functions and powers, no assigned work (RULINGS R24, R25 by analogy); the
contents and orientations of a plan still to be made direct no one yet; what applicants do in a
procedure binds the public; sentences printed one per line stay with the bullet above them; the items
of a duty lead-in (`X có nhiệm vụ:`) are duties."""

from pathlib import Path

from nlp_fixtures import rule_tasks

MANDATE = "\n".join([
    "Quyết định quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Xây dựng",
    "Căn cứ Luật Tổ chức chính quyền địa phương;",
    "Quyết định:",
    "Điều 1. Vị trí và chức năng",
    "Sở Xây dựng là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, tham mưu về quản lý xây dựng.",
    "Điều 2. Nhiệm vụ và quyền hạn",
    "1. Hướng dẫn, kiểm tra việc thực hiện quy hoạch xây dựng trên địa bàn tỉnh.",
    "2. Chủ trì, phối hợp với Sở Tài chính thẩm định dự án đầu tư xây dựng theo quy định.",
    "Điều 3. Cơ cấu tổ chức",
    "1. Giám đốc Sở: là người đứng đầu Sở, chịu trách nhiệm trước Ủy ban nhân dân tỉnh.",
    "2. Giao Giám đốc Sở Xây dựng ban hành Quy chế làm việc của Sở.",
    "Điều 4. Mối quan hệ công tác",
    "Sở Xây dựng phối hợp với Sở Tài chính trong quản lý giá vật liệu xây dựng.",
    "Điều 5. Chánh Văn phòng Ủy ban nhân dân tỉnh, Giám đốc Sở Xây dựng chịu trách nhiệm thi hành.",
    "",
])


def test_a_mandate_lists_no_tasks_but_its_assignments_and_execution_clause(tmp_path: Path) -> None:
    tasks = rule_tasks(tmp_path, MANDATE)
    assert [t.text[:20] for t in tasks] == ["Giao Giám đốc Sở Xây", "Chánh Văn phòng Ủy b"]


def test_a_named_doer_charged_with_issuing_a_document_in_a_mandate_is_a_task(tmp_path: Path) -> None:
    """(RULINGS R95) `Giám đốc Sở X ban hành ...`, `... trình Ủy ban nhân dân tỉnh ban hành ...` after the
    units of the structure assign work, as a `Giao ...` clause does; what the head is or may do stays none."""
    text = MANDATE.replace(
        "2. Giao Giám đốc Sở Xây dựng ban hành Quy chế làm việc của Sở.",
        "2. Các phòng chuyên môn thuộc Sở.\n"
        "Giám đốc Sở Xây dựng ban hành quyết định quy định chức năng, nhiệm vụ của các phòng thuộc Sở.\n"
        "Giám đốc Sở Xây dựng trình Ủy ban nhân dân tỉnh ban hành danh sách đơn vị sự nghiệp thuộc Sở.")
    tasks = rule_tasks(tmp_path, text)
    assert [t.text[:20] for t in tasks] == [
        "Giám đốc Sở Xây dựng", "Giám đốc Sở Xây dựng", "Chánh Văn phòng Ủy b"]


def test_the_same_articles_charge_the_body_in_other_decisions(tmp_path: Path) -> None:
    """Without a title setting the mandate and without parts on what the body is, the same clauses are
    duties."""
    title = "quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của"
    plan = MANDATE.replace(title, "về việc giao nhiệm vụ cho").replace("Điều 3. Cơ cấu tổ chức", "")
    plan = plan.replace("Nhiệm vụ và quyền hạn", "Nhiệm vụ năm 2025")
    plan = plan.replace("Vị trí và chức năng", "Mục tiêu")
    texts = [t.text[:20] for t in rule_tasks(tmp_path, plan)]
    assert "Hướng dẫn, kiểm tra " in texts and "Chủ trì, phối hợp vớ" in texts


def test_a_mandate_is_known_by_its_parts_whatever_its_title(tmp_path: Path) -> None:
    """A decision founding a unit, or one titled otherwise, that has a part on what the unit is (`Vị trí
    và chức năng`, `X là cơ quan chuyên môn thuộc ...`) and one on its powers or organisation lists the
    unit's mandate, no work (RULINGS R95)."""
    for title in ("về việc thành lập Sở Xây dựng", "về việc kiện toàn tổ chức bộ máy của"):
        decision = MANDATE.replace("quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của", title)
        assert [t.text[:20] for t in rule_tasks(tmp_path, decision)] == [
            "Giao Giám đốc Sở Xây", "Chánh Văn phòng Ủy b"]
    defined = MANDATE.replace("Điều 1. Vị trí và chức năng\n", "").replace(
        "quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của", "về việc thành lập")
    assert [t.text[:20] for t in rule_tasks(tmp_path, defined)] == [
        "Giao Giám đốc Sở Xây", "Chánh Văn phòng Ủy b"]


FOUNDED_CENTRE = "\n".join([
    "Quyết định về việc thành lập Trung tâm Dịch vụ nông nghiệp",
    "Điều 1. Thành lập Trung tâm Dịch vụ nông nghiệp trên cơ sở sáp nhập các trạm khuyến nông.",
    "Trung tâm là đơn vị sự nghiệp công lập thuộc Ủy ban nhân dân huyện, có con dấu riêng.",
    "Điều 2. Trung tâm có nhiệm vụ, quyền hạn sau:",
    "1. Tổ chức các hoạt động khuyến nông trên địa bàn huyện.",
    "2. Quản lý viên chức và tài sản được giao.",
    "Điều 3. Giao Phòng Nội vụ hướng dẫn Trung tâm xây dựng đề án vị trí việc làm trong tháng 6.",
    "",
])


def test_the_powers_a_lead_in_lists_for_a_defined_unit_are_its_mandate(tmp_path: Path) -> None:
    """`Trung tâm có nhiệm vụ, quyền hạn sau:` after a clause defining the unit lists its mandate; the
    `Giao ...` article is a task."""
    assert [t.text[:20] for t in rule_tasks(tmp_path, FOUNDED_CENTRE)] == ["Giao Phòng Nội vụ hư"]


def test_a_unit_with_legal_personality_or_defined_by_its_place_has_a_mandate(tmp_path: Path) -> None:
    """`Ban Quản lý có tư cách pháp nhân ...` says what a founded unit is, as a clause defining it by its
    place does; under it `Nhiệm vụ, quyền hạn`, or `Nhiệm vụ của Trung tâm` for a defined unit, lists its
    mandate."""
    legal = FOUNDED_CENTRE.replace(
        "Trung tâm là đơn vị sự nghiệp công lập thuộc Ủy ban nhân dân huyện, có con dấu riêng.",
        "Trung tâm có tư cách pháp nhân, có con dấu và tài khoản riêng.").replace(
        "Điều 2. Trung tâm có nhiệm vụ, quyền hạn sau:", "Điều 2. Nhiệm vụ, quyền hạn")
    duties = FOUNDED_CENTRE.replace("Trung tâm có nhiệm vụ, quyền hạn sau:", "Nhiệm vụ của Trung tâm")
    for decision in (legal, duties):
        assert [t.text[:20] for t in rule_tasks(tmp_path, decision)] == ["Giao Phòng Nội vụ hư"]


JOB_BODY = "\n".join([
    "Quyết định về việc thành lập Tổ công tác rà soát thủ tục hành chính",
    "Điều 1. Thành lập Tổ công tác rà soát thủ tục hành chính, gồm:",
    "1. Phó Chủ tịch Ủy ban nhân dân tỉnh - Tổ trưởng;",
    "2. Phó Giám đốc Sở Tư pháp - Tổ phó;",
    "3. Chánh Thanh tra tỉnh - Thành viên.",
    "Điều 2. Vị trí, chức năng",
    "Tổ công tác là tổ chức phối hợp liên ngành, có chức năng giúp Chủ tịch Ủy ban nhân dân tỉnh.",
    "Điều 3. Nhiệm vụ và quyền hạn",
    "1. Rà soát các thủ tục hành chính thuộc thẩm quyền của tỉnh trong quý III.",
    "Điều 4. Tổ chức và chế độ làm việc",
    "1. Tổ công tác họp định kỳ mỗi quý một lần.",
    "",
])


def test_a_body_set_up_for_a_job_keeps_its_duties(tmp_path: Path) -> None:
    """A working group, a board or a council set up for a job is charged with it, whatever its parts are
    called (RULINGS R95): its members are listed."""
    assert "Rà soát các thủ tục " in [t.text[:20] for t in rule_tasks(tmp_path, JOB_BODY)]


PLAN_CONTENTS = "\n".join([
    "Chỉ thị về việc xây dựng kế hoạch phát triển 5 năm",
    "I. Về nội dung kế hoạch phát triển 5 năm",
    "1. Định hướng và các nhiệm vụ chủ yếu:",
    "a) Phấn đấu đạt tốc độ tăng trưởng bình quân 5 năm khoảng 8%.",
    "b) Tập trung phát triển hạ tầng giao thông nông thôn.",
    "II. Phân công và tiến độ xây dựng kế hoạch",
    "1. Sở Kế hoạch và Đầu tư hướng dẫn các sở, ngành xây dựng kế hoạch.",
    "",
])


def test_the_contents_of_a_plan_still_to_be_made_are_no_tasks(tmp_path: Path) -> None:
    """Orientations and targets the plan must contain direct no one yet; a heading naming the
    assignment (`Phân công và tiến độ ...`) assigns nothing itself."""
    tasks = rule_tasks(tmp_path, PLAN_CONTENTS)
    assert [t.responsible for t in tasks] == [["Sở Kế hoạch và Đầu tư"]]


COMMITTEE = "\n".join([
    "Quyết định về việc thành lập Tổ công tác liên ngành",
    "Điều 1. Thành lập Tổ công tác liên ngành về phòng chống dịch bệnh (gọi tắt là Tổ công tác).",
    "Điều 2. Tổ công tác có nhiệm vụ đôn đốc, kiểm tra công tác phòng chống dịch bệnh ở các địa phương.",
    "Điều 3. Sở Y tế có trách nhiệm:",
    "1. Thành lập các đoàn kiểm tra tại các huyện.",
    "",
])


def test_a_body_that_has_a_duty_is_charged_with_it(tmp_path: Path) -> None:
    """`X có nhiệm vụ ...` charges X as `X có trách nhiệm ...` does, even where X is no body we know; the
    article that sets X up decides, while an item that tells a body to set one up is a duty."""
    tasks = rule_tasks(tmp_path, COMMITTEE)
    assert [t.text[:24] for t in tasks] == ["Tổ công tác có nhiệm vụ ", "Thành lập các đoàn kiểm "]


PROCEDURE = "\n".join([
    "Thông tư hướng dẫn cấp giấy phép hoạt động",
    "Điều 4. Thủ tục cấp giấy phép",
    "1. Tổ chức, cá nhân đề nghị cấp giấy phép phải nộp đơn theo mẫu kèm bản sao giấy tờ.",
    "2. Sở Công Thương có trách nhiệm xem xét, cấp giấy phép trong thời hạn 10 ngày làm việc.",
    "Điều 5. Sở Công Thương kiểm tra việc thực hiện giấy phép trên địa bàn tỉnh.",
    "",
])


def test_what_applicants_do_in_a_procedure_is_no_task(tmp_path: Path) -> None:
    """In an article that sets out a procedure, a clause that charges a body with its part is a duty."""
    tasks = rule_tasks(tmp_path, PROCEDURE)
    assert [t.text[:20] for t in tasks] == ["Sở Công Thương có tr", "Sở Công Thương kiểm "]


SENTENCE_LINES = "\n".join([
    "Kế hoạch bồi dưỡng cán bộ",
    "1. Sở Nội vụ:",
    "- Xây dựng kế hoạch bồi dưỡng cán bộ hằng năm.",
    "Chọn cử cán bộ đi học theo đúng kế hoạch đã duyệt.",
    "- Tổ chức các lớp tập huấn cho cán bộ cấp xã.",
    "Ủy ban nhân dân các huyện bố trí kinh phí cho các lớp.",
    "- Tổng hợp kết quả bồi dưỡng.",
    "Kiểm tra việc tổ chức các lớp tập huấn của tỉnh.",
    "",
])


def test_sentences_printed_one_per_line_stay_with_the_bullet_above(tmp_path: Path) -> None:
    """Between two bullets, a sentence with no doer of its own goes on with the bullet above; one that
    names its doer is a task of its own (RULINGS R9), and a paragraph after the list is no part of it."""
    tasks = rule_tasks(tmp_path, SENTENCE_LINES)
    assert [t.text[:20] for t in tasks] == [
        "Xây dựng kế hoạch bồ", "Tổ chức các lớp tập ", "Ủy ban nhân dân các ", "Tổng hợp kết quả bồi",
        "Kiểm tra việc tổ chứ"]
    assert tasks[0].text.endswith("theo đúng kế hoạch đã duyệt.") and tasks[3].text.endswith("bồi dưỡng.")


GOALS_AND_TASKS = "\n".join([
    "Nghị quyết về công tác y tế",
    "I. Mục tiêu",
    "1. Nâng cao chất lượng khám chữa bệnh tại tuyến xã.",
    "II. Mục tiêu, nhiệm vụ năm 2025",
    "1. Sở Y tế tăng cường kiểm tra an toàn thực phẩm.",
    "",
])


def test_a_heading_of_goals_and_tasks_is_no_goal_heading(tmp_path: Path) -> None:
    tasks = rule_tasks(tmp_path, GOALS_AND_TASKS)
    assert [t.responsible for t in tasks] == [["Sở Y tế"]]


DUTY_LEAD_IN = "\n".join([
    "Quyết định về việc thành lập Tổ công tác",
    "Điều 2. Tổ công tác có nhiệm vụ:",
    "- Đầu mối liên hệ với các địa phương trong quá trình chuẩn bị hội nghị;",
    "- Thu xếp, chuẩn bị nội dung các cuộc họp.",
    "Điều 3. Kinh phí hoạt động của Tổ công tác:",
    "- Nguồn ngân sách nhà nước.",
    "",
])


def test_the_items_of_a_duty_lead_in_are_duties(tmp_path: Path) -> None:
    """Under `X có nhiệm vụ:` each item is one of X's duties, however its first word reads."""
    tasks = rule_tasks(tmp_path, DUTY_LEAD_IN)
    assert [t.text[:12] for t in tasks] == ["Đầu mối liên", "Thu xếp, chu"]


PRESS = "\n".join([
    "Kiểm tra các cơ sở đào tạo có vốn nước ngoài",
    "Tuần qua, nhiều học viên đã phản ánh việc cơ sở đào tạo đóng cửa.",
    "Đoàn kiểm tra liên ngành có hai nhiệm vụ: rà soát hồ sơ cấp phép; kiểm tra các cơ sở đào tạo.",
    "",
])


def test_a_press_report_names_the_tasks_a_team_has(tmp_path: Path) -> None:
    """Outside any section a subject no rule knows as a body still gets the tasks the text gives it."""
    tasks = rule_tasks(tmp_path, PRESS)
    assert [t.text[:27] for t in tasks] == ["Đoàn kiểm tra liên ngành có"]


STANDING_OFFICE = "\n".join([
    "Quyết định về việc kiện toàn Ban Chỉ đạo phòng, chống thiên tai",
    "Điều 1. Thành lập Ban Chỉ đạo phòng, chống thiên tai của tỉnh.",
    "Giao Sở Nông nghiệp và Phát triển nông thôn là đơn vị thường trực của Ban Chỉ đạo.",
    "Giao Sở Tài chính là cơ quan thường trực, theo dõi, đôn đốc việc thực hiện Kế hoạch.",
    "Điều 2. Nhiệm vụ của Ban Chỉ đạo phòng, chống thiên tai:",
    "1. Đầu mối tổng hợp tình hình thiên tai trên địa bàn tỉnh.",
    "",
])


def test_a_role_given_is_no_task_but_the_duties_under_a_duty_title_are(tmp_path: Path) -> None:
    """`Giao X là đơn vị thường trực` gives a role; with the role's work after it, it assigns that work.
    The items under `Nhiệm vụ của X:` are X's duties."""
    tasks = rule_tasks(tmp_path, STANDING_OFFICE)
    assert [t.text[:20] for t in tasks] == ["Giao Sở Tài chính là", "Đầu mối tổng hợp tìn"]


POINTS_IN_A_ROW = "\n".join([
    "Thông tư hướng dẫn quản lý con dấu",
    "Điều 9. Trách nhiệm thi hành",
    "1. Sở Tư pháp có trách nhiệm: a. Hướng dẫn việc quản lý con dấu; b. Tổng hợp, báo cáo kết quả hằng năm.",
    "",
])


def test_lettered_points_written_in_a_row_are_duties_of_the_doer_before_them(tmp_path: Path) -> None:
    tasks = rule_tasks(tmp_path, POINTS_IN_A_ROW)
    assert [t.responsible for t in tasks] == [["Sở Tư pháp"], ["Sở Tư pháp"]]
    assert tasks[0].text.endswith("a. Hướng dẫn việc quản lý con dấu")
    assert tasks[1].text == "Tổng hợp, báo cáo kết quả hằng năm."


AFTER_AN_EVENT = "\n".join([
    "Quyết định phê duyệt quy hoạch",
    "Điều 2. Tổ chức thực hiện",
    "1. Bộ Xây dựng:",
    "- Sau khi quy hoạch được duyệt, chỉ đạo các địa phương tổ chức quản lý quy hoạch;",
    "- Sau khi kiểm tra, đoàn đã lập biên bản.",
    "",
])


def test_a_step_after_an_event_is_a_duty(tmp_path: Path) -> None:
    """`Sau khi X, <directed verb> ...` opens with the event the step waits for; an account of what was
    done after an event stays none."""
    tasks = rule_tasks(tmp_path, AFTER_AN_EVENT)
    assert [(t.text[:22], t.responsible) for t in tasks] == [("Sau khi quy hoạch được", ["Bộ Xây dựng"])]


EVALUATION_CONTENTS = "\n".join([
    "Chỉ thị về tổng kết công tác",
    "I. Về đánh giá kết quả thực hiện",
    "Các sở, ngành tổ chức đánh giá kết quả thực hiện kế hoạch 5 năm.",
    "Các nội dung cần tập trung đánh giá bao gồm:",
    "1. Phân tích sâu về chất lượng tăng trưởng của từng ngành.",
    "2. Tình hình huy động các nguồn vốn.",
    "",
])


def test_what_an_evaluation_covers_is_no_task_of_its_own(tmp_path: Path) -> None:
    tasks = rule_tasks(tmp_path, EVALUATION_CONTENTS)
    assert [t.text[:20] for t in tasks] == ["Các sở, ngành tổ chứ"]


PUBLIC_DUTIES = "\n".join([
    "Thông tư quy định về quản lý con dấu",
    "Điều 10. Trách nhiệm của cơ quan, tổ chức có thẩm quyền cấp phép",
    "1. Kiểm tra việc sử dụng con dấu của các đơn vị thuộc thẩm quyền quản lý.",
    "Điều 11. Trách nhiệm của cơ quan, tổ chức được sử dụng con dấu",
    "1. Đăng ký mẫu con dấu trước khi sử dụng.",
    "2. Quản lý chặt chẽ con dấu tại trụ sở.",
    "",
])


def test_the_duties_of_the_regulated_public_are_norms(tmp_path: Path) -> None:
    """Rules for whoever uses a seal bind the public; those for the authority that licenses charge it."""
    tasks = rule_tasks(tmp_path, PUBLIC_DUTIES)
    assert [t.text[:20] for t in tasks] == ["Kiểm tra việc sử dụn"]


PUBLIC_CLAUSES = "\n".join([
    "Nghị định quy định về kinh doanh dịch vụ giới thiệu việc làm",
    "Điều 7. Hoạt động giới thiệu việc làm, quyền và trách nhiệm",
    "1. Trách nhiệm của Sở Nội vụ",
    "a) Hướng dẫn thủ tục cấp giấy phép hoạt động giới thiệu việc làm;",
    "b) Kiểm tra việc thực hiện giấy phép hằng năm.",
    "2. Trách nhiệm của tổ chức kinh doanh dịch vụ giới thiệu việc làm",
    "a) Công khai mức phí dịch vụ tại trụ sở;",
    "b) Lưu trữ hồ sơ người lao động đã giới thiệu.",
    "3. Trách nhiệm của các tổ chức, cá nhân sử dụng dịch vụ",
    "a) Cung cấp thông tin trung thực về nhu cầu tuyển dụng.",
    "",
])


def test_a_clause_on_the_duties_of_enterprises_or_the_public_is_a_norm(tmp_path: Path) -> None:
    """(RULINGS R24, R26) Inside one article, the clause titled on a body's duties charges it; those titled on
    an enterprise's or the public's bind whoever falls under them."""
    tasks = rule_tasks(tmp_path, PUBLIC_CLAUSES)
    assert [t.text[:20] for t in tasks] == ["Hướng dẫn thủ tục cấ", "Kiểm tra việc thực h"]
    # a circular numbered by parts and clauses, without articles, reads alike
    numbered = PUBLIC_CLAUSES.replace("Điều 7. ", "IV. ")
    assert [t.text[:20] for t in rule_tasks(tmp_path, numbered)] == [
        "Hướng dẫn thủ tục cấ", "Kiểm tra việc thực h"]


INTERVIEW = "\n".join([
    "Phỏng vấn về phòng chống dịch cúm gia cầm",
    "- Cục Thú y đang triển khai những biện pháp nào để khoanh vùng dập dịch?",
    "- Chúng tôi đã khoanh vùng triệt để.",
    "",
])


def test_a_question_is_no_task(tmp_path: Path) -> None:
    assert rule_tasks(tmp_path, INTERVIEW) == []


FOUNDED_UNIT = "\n".join([
    "Quyết định về việc thành lập Trung tâm Kiểm định xây dựng",
    "Điều 1. Thành lập Trung tâm Kiểm định xây dựng trực thuộc Sở Xây dựng.",
    "Điều 2. Trung tâm Kiểm định xây dựng là đơn vị sự nghiệp công lập, có con dấu riêng và có nhiệm vụ:",
    "1. Kiểm định chất lượng công trình xây dựng theo quy định;",
    "2. Tư vấn giám sát thi công các công trình trên địa bàn.",
    "Điều 3. Ban Chỉ đạo có nhiệm vụ:",
    "1. Đôn đốc việc kiện toàn Trung tâm trong quý II.",
    "Điều 4. Giám đốc Sở Xây dựng chịu trách nhiệm thi hành Quyết định này.",
    "",
])


def test_the_mandate_of_a_unit_a_decision_founds_is_no_task(tmp_path: Path) -> None:
    """`X là đơn vị ... có nhiệm vụ:` says what a founded unit is for (RULINGS R95); a body charged with a
    job (`Ban Chỉ đạo có nhiệm vụ:`) has duties, and the execution clause is one."""
    tasks = rule_tasks(tmp_path, FOUNDED_UNIT)
    assert [t.text[:20] for t in tasks] == ["Đôn đốc việc kiện to", "Giám đốc Sở Xây dựng"]


REGULATION = "\n".join([
    "Quyết định về việc xây dựng và quản lý nhà văn hoá thôn",
    "Điều 4. Xây dựng nhà văn hoá",
    "1. Ứng dụng công nghệ thông tin trong nhà văn hoá",
    "a) Thực hiện số hoá các tài liệu phục vụ sinh hoạt cộng đồng;",
    "b) Tăng cường hướng dẫn người dân sử dụng thiết bị trong nhà văn hoá.",
    "2. Nghĩa vụ của người quản lý nhà văn hoá",
    "a) Lập dự toán kinh phí hoạt động hằng năm của nhà văn hoá.",
    "Điều 5. Tổ chức thực hiện",
    "1. Sở Văn hoá và Thể thao",
    "a) Hướng dẫn việc xây dựng nhà văn hoá thôn.",
    "",
])


def test_clauses_of_a_regulation_that_name_no_doer_are_norms(tmp_path: Path) -> None:
    """An article's clauses that name no doer and inherit none, under no heading stating duties, say how
    things are done (RULINGS R24); those under `Nghĩa vụ của X` and a body's heading are duties."""
    tasks = rule_tasks(tmp_path, REGULATION)
    assert [t.text[:20] for t in tasks] == ["Lập dự toán kinh phí", "Hướng dẫn việc xây d"]


ADOPTED_PLAN = "\n".join([
    "Nghị quyết về đề án phát triển du lịch",
    "Điều 1. Thông qua Đề án phát triển du lịch với những nội dung chính như sau:",
    "1. Giải pháp thực hiện:",
    "- Chuẩn bị kịp thời kế hoạch quảng bá du lịch hằng năm.",
    "Điều 2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.",
    "",
])


def test_the_measures_of_a_plan_an_article_adopts_are_tasks(tmp_path: Path) -> None:
    tasks = rule_tasks(tmp_path, ADOPTED_PLAN)
    assert [t.text[:20] for t in tasks] == ["Chuẩn bị kịp thời kế", "Giao Ủy ban nhân dân"]


ADOPTED_TARGETS = "\n".join([
    "Nghị quyết về kế hoạch phát triển kinh tế - xã hội 5 năm 2026 - 2030",
    "Quyết nghị:",
    "Điều 1. Thông qua Kế hoạch phát triển kinh tế - xã hội 5 năm 2026 - 2030 với các nội dung chủ yếu sau:",
    "1. Mục tiêu, nhiệm vụ",
    "a) Các chỉ tiêu chủ yếu:",
    "- Phấn đấu tốc độ tăng trưởng kinh tế bình quân đạt 8%/năm.",
    "b) Nhiệm vụ trọng tâm:",
    "- Tập trung phát triển hạ tầng giao thông kết nối vùng.",
    "c) Tầm nhìn đến năm 2045: trở thành tỉnh phát triển khá của cả nước.",
    "Điều 2. Giao Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.",
    "",
])


def test_the_targets_and_vision_of_an_adopted_plan_are_goals(tmp_path: Path) -> None:
    """Targets (`Các chỉ tiêu chủ yếu:`) and a vision (`Tầm nhìn đến năm 2045`) are goals, no tasks
    (guidelines, Tasks), even under a heading naming tasks as well; the plan's measures are tasks."""
    tasks = rule_tasks(tmp_path, ADOPTED_TARGETS)
    assert [t.text[:20] for t in tasks] == ["Tập trung phát triển", "Giao Ủy ban nhân dân"]
