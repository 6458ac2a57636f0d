"""Kinds of task errors counted on real decisions and replies (issue 12, batch 7 and real-dev), on
texts of our own: a sentence inside a paragraph that names its own doer is a task of its own; a
procedure's steps and a table of rates assign nothing; a cited document listed by its type word
and number, a heading of formula words alone, a power handed down (`X quyết định ...`) and a
permission granted (`Được sử dụng ...`) are no duties (RULINGS R20, R21, R24, R25)."""

from pathlib import Path

from nlp_fixtures import rule_tasks, task_starting

from policylink.nlp.table_headers import column_roles

PLAN_DECISION = "\n".join([
    "QUYẾT ĐỊNH",
    "Về việc phê duyệt Kế hoạch bảo vệ nguồn nước",
    "Điều 1. Phê duyệt Kế hoạch bảo vệ nguồn nước kèm theo Quyết định này.",
    "Điều 2. Tổ chức thực hiện",
    "1. Các sở, ngành được giao nhiệm vụ lập dự toán chi tiết, gửi cơ quan tài chính thẩm định. "
    "Sở Tài chính có trách nhiệm cân đối nguồn kinh phí cho các nhiệm vụ của Kế hoạch. "
    "Đây là nhiệm vụ thường xuyên, lâu dài.",
    "2. Sở Nông nghiệp và Môi trường theo dõi việc thực hiện. Ủy ban nhân dân các xã tuyên truyền "
    "cho người dân về bảo vệ nguồn nước.",
    "3. Sở Y tế kiểm tra các cơ sở khám bệnh. Sở Y tế công khai kết quả kiểm tra trên trang thông tin.",
    "Điều 3. Sở Xây dựng",
    "1. Rà soát các quy hoạch xây dựng vùng huyện. Sở Xây dựng báo cáo kết quả rà soát hằng quý.",
    "2. Hướng dẫn các xã lập quy hoạch chung.",
    "Điều 4. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Sở Tài chính; Chủ tịch Ủy ban nhân dân các "
    "xã chịu trách nhiệm thi hành Quyết định này.",
    "",
])


def test_a_sentence_naming_its_own_doer_is_a_task_of_its_own(tmp_path: Path) -> None:
    tasks = rule_tasks(tmp_path, PLAN_DECISION)
    assert task_starting(tasks, "Sở Tài chính có trách nhiệm cân đối").responsible == ["Sở Tài chính"]
    assert task_starting(tasks, "Ủy ban nhân dân các xã tuyên truyền").responsible == [
        "Ủy ban nhân dân các xã"]
    # the sentence before keeps its own doers; a sentence naming none stays with it
    first = task_starting(tasks, "Các sở, ngành được giao")
    assert "Sở Tài chính" not in first.text and "thường xuyên" not in first.text
    assert task_starting(tasks, "Sở Nông nghiệp và Môi trường theo dõi").text.strip().endswith("thực hiện.")
    # a sentence naming the doer of the one before, or of the heading over it, continues that duty
    assert "công khai kết quả" in task_starting(tasks, "Sở Y tế kiểm tra").text
    assert "hằng quý" in task_starting(tasks, "Rà soát các quy hoạch").text
    assert task_starting(tasks, "Rà soát các quy hoạch").recurrence == "quarterly"
    # after `;` the names continue the list of those charged with the decision: one unit
    closing = task_starting(tasks, "Chánh Văn phòng")
    assert "Chủ tịch Ủy ban nhân dân các xã" in closing.text


PROCEDURE = "\n".join([
    "QUYẾT ĐỊNH",
    "Về việc phê duyệt quy trình nội bộ giải quyết thủ tục hành chính",
    "Điều 1. Phê duyệt quy trình nội bộ kèm theo Quyết định này.",
    "Điều 2. Sở Xây dựng tổ chức niêm yết quy trình tại trụ sở.",
    "PHỤ LỤC",
    "Thứ tự\tNội dung công việc\tĐơn vị thực hiện\tThời gian",
    "Bước 1\tTiếp nhận, kiểm tra hồ sơ\tBộ phận Một cửa\t0,5 ngày làm việc",
    "Bước 2\tThẩm định hồ sơ, dự thảo kết quả\tPhòng Quản lý xây dựng\t03 ngày làm việc",
    "",
])


def test_the_steps_of_a_procedure_table_are_no_tasks(tmp_path: Path) -> None:
    tasks = rule_tasks(tmp_path, PROCEDURE)
    assert [t.text[:30] for t in tasks] == ["Sở Xây dựng tổ chức niêm yết q"]


RATES = "\n".join([
    "NGHỊ QUYẾT",
    "Quy định mức chi cho công tác tổ chức hội thi",
    "Điều 1. Mức chi theo Phụ lục kèm theo Nghị quyết này.",
    "Điều 2. Ủy ban nhân dân tỉnh tổ chức thực hiện Nghị quyết này.",
    "PHỤ LỤC",
    "STT\tNội dung chi\tMức chi (1.000 đồng)\tĐơn vị tính",
    "1\tTrưởng ban tổ chức hội thi\t450\tngười/ngày",
    "2\tThành viên ban giám khảo\t300\tngười/buổi",
    "",
])


def test_a_table_of_rates_assigns_nothing(tmp_path: Path) -> None:
    assert "responsible" not in column_roles(["STT", "Nội dung chi", "Mức chi", "Đơn vị tính"])
    assert column_roles(["STT", "Nội dung", "Đơn vị thực hiện"])["responsible"] == 2
    tasks = rule_tasks(tmp_path, RATES)
    assert [t.responsible for t in tasks] == [["Ủy ban nhân dân tỉnh"]]


REPEAL = "\n".join([
    "QUYẾT ĐỊNH",
    "Về việc bãi bỏ một số văn bản quy phạm pháp luật",
    "Điều 1. Bãi bỏ toàn bộ các văn bản sau:",
    "1. Quyết định 12/2019/QĐ-UBND ngày 03/4/2019 của Ủy ban nhân dân tỉnh ban hành Quy chế quản lý chợ;",
    "2. Nghị quyết 05/2020/NQ-HĐND ngày 10/7/2020 của Hội đồng nhân dân tỉnh quy định mức thu phí;",
    "3. Thông tư số 08/2018/TT-BCT ngày 02/5/2018 của Bộ trưởng Bộ Công Thương hướng dẫn quản lý chợ.",
    "Điều 2. Triển khai thực hiện.",
    "Sở Công Thương rà soát các văn bản còn lại, báo cáo Ủy ban nhân dân tỉnh.",
    "",
])


def test_listed_documents_and_formula_headings_are_no_tasks(tmp_path: Path) -> None:
    tasks = rule_tasks(tmp_path, REPEAL)
    assert [t.responsible for t in tasks] == [["Sở Công Thương"]]


DELEGATION = "\n".join([
    "QUYẾT ĐỊNH",
    "Phân cấp thẩm quyền quản lý tài sản công",
    "Căn cứ Luật Quản lý, sử dụng tài sản công;",
    "Điều 2. Phân cấp thẩm quyền",
    "1. Ủy ban nhân dân cấp xã quyết định việc mua sắm tài sản của các đơn vị thuộc phạm vi quản lý.",
    "2. Sở Y tế quyết định định mức trang thiết bị chuyên dùng của các bệnh viện.",
    "3. Chủ trì thẩm định hồ sơ thanh lý tài sản của các đơn vị sự nghiệp.",
    "4. Căn cứ tình hình thực tế, Ủy ban nhân dân cấp xã quy định mức thu tiền thuê tài sản.",
    "Điều 3. Trách nhiệm của Sở Tài chính",
    "1. Được sử dụng cơ sở dữ liệu tài sản công để theo dõi việc thực hiện.",
    "2. Hướng dẫn, kiểm tra việc thực hiện phân cấp, báo cáo Ủy ban nhân dân tỉnh hằng năm.",
    "Điều 4. Tổ chức thực hiện",
    "Ủy ban nhân dân các xã căn cứ dự toán được giao để quyết định mức hỗ trợ cho các thôn.",
    "",
])


def test_powers_and_permissions_are_no_duties(tmp_path: Path) -> None:
    tasks = rule_tasks(tmp_path, DELEGATION)
    assert [t.responsible for t in tasks] == [["Sở Tài chính"], ["Ủy ban nhân dân các xã"]]
    assert tasks[0].text.startswith("Hướng dẫn, kiểm tra") and "để quyết định mức hỗ trợ" in tasks[1].text


def test_the_same_items_charge_a_body_outside_a_delegation(tmp_path: Path) -> None:
    """Outside a decision that hands powers down, an article's items under a body are its duties."""
    plan = DELEGATION.replace("Phân cấp thẩm quyền quản lý", "Về việc quản lý").replace(
        "Điều 2. Phân cấp thẩm quyền", "Điều 2. Sở Tài chính")
    tasks = rule_tasks(tmp_path, plan)
    assert task_starting(tasks, "Chủ trì thẩm định hồ sơ").responsible == ["Sở Tài chính"]
    # powers stay powers wherever they are written: `X quyết định ...`, `X quy định mức ...`
    assert [t.text[:12] for t in tasks] == ["Chủ trì thẩm", "Hướng dẫn, k", "Tổ chức thực"]


CLOSING = "\n".join([
    "QUYẾT ĐỊNH",
    "Về việc ban hành danh mục sản phẩm",
    "Điều 1. Ban hành kèm theo Quyết định này danh mục sản phẩm công nghiệp chủ lực.",
    "Điều 2. Trong quá trình triển khai thực hiện, nếu có phát sinh khó khăn, các sở, ngành phản ánh về "
    "Sở Công Thương để tổng hợp.",
    "Điều 3. Trong quá trình thực hiện, nếu cần điều chỉnh danh mục, Sở Công Thương rà soát, đề xuất "
    "Ủy ban nhân dân tỉnh xem xét.",
    "",
])


def test_reporting_problems_is_a_formula_but_a_step_on_a_condition_is_a_duty(tmp_path: Path) -> None:
    tasks = rule_tasks(tmp_path, CLOSING)
    assert [t.responsible for t in tasks] == [["Sở Công Thương"]]
    assert "nếu cần điều chỉnh" in tasks[0].text


REMIT = "\n".join([
    "CÔNG ĐIỆN",
    "Về việc bảo đảm an toàn công trình mùa mưa lũ",
    "1. Sở Xây dựng theo chức năng, nhiệm vụ, thẩm quyền chủ động kiểm tra an toàn các công trình.",
    "2. Sở Y tế theo chức năng, nhiệm vụ và thẩm quyền được giao, bố trí lực lượng y tế tại chỗ.",
    "",
])


def test_the_remit_with_its_powers_opens_the_duty(tmp_path: Path) -> None:
    tasks = rule_tasks(tmp_path, REMIT)
    assert [t.responsible for t in tasks] == [["Sở Xây dựng"], ["Sở Y tế"]]


CASES = "\n".join([
    "CÔNG VĂN",
    "Về việc khai bổ sung hồ sơ",
    "1. Đối với hồ sơ đủ điều kiện, đã nộp phí: Sở Tư pháp cấp phiếu lý lịch tư pháp cho người yêu cầu.",
    "2. Đối với hàng hóa đã qua khu vực giám sát: trong thời hạn 30 ngày kể từ ngày qua khu vực giám sát, "
    "người khai được khai bổ sung hồ sơ.",
    "",
])


def test_an_adverbial_closed_by_a_colon_opens_the_sentence(tmp_path: Path) -> None:
    tasks = rule_tasks(tmp_path, CASES)
    assert [t.responsible for t in tasks] == [["Sở Tư pháp"]]


EXECUTION_CLAUSES = "\n".join([
    "Quyết định về việc ban hành mức thu phí chợ",
    "Điều 1. Ban hành mức thu phí chợ trên địa bàn tỉnh.",
    "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
    "Điều 3. Các ông (bà): Chánh Văn phòng UBND tỉnh; Giám đốc: Sở Tài chính, Sở Công Thương; Thủ trưởng các"
    " ngành, đơn vị có liên quan căn cứ Quyết định thi hành.",
    "",
])


def test_an_execution_clause_is_a_duty_however_its_list_is_written(tmp_path: Path) -> None:
    """A form of address or titles no rule knows before the bodies still close with their duty."""
    tasks = rule_tasks(tmp_path, EXECUTION_CLAUSES)
    assert [t.text[:14] for t in tasks] == ["Các ông (bà): "]


LISTED_MINISTERS = "\n".join([
    "Quyết định về việc chuyển đổi Tổng công ty X",
    "Điều 1. Chuyển Tổng công ty X thành Tập đoàn X.",
    "Điều 2. Tổ chức thực hiện",
    "1. Bộ Xây dựng hướng dẫn việc chuyển đổi.",
    "Điều 3. Bộ trưởng các Bộ: Xây dựng, Tài chính; Thủ trưởng các cơ quan liên quan chịu trách nhiệm thi"
    " hành Quyết định này.",
    "",
])


def test_a_distributed_list_of_ministers_is_no_area_label(tmp_path: Path) -> None:
    tasks = rule_tasks(tmp_path, LISTED_MINISTERS)
    assert [t.text[:16] for t in tasks] == ["Bộ Xây dựng hướn", "Bộ trưởng các Bộ"]


BOARD = "\n".join([
    "Quyết định về việc thành lập Ban Chỉ đạo tổ chức hội chợ",
    "Điều 1. Thành lập Ban Chỉ đạo tổ chức hội chợ thương mại năm 2025.",
    "Điều 2. Ban Chỉ đạo do Phó Chủ tịch UBND tỉnh làm Trưởng ban; Giám đốc Sở Công Thương làm Phó"
    " Trưởng ban.",
    "Các thành viên Ban Chỉ đạo có nhiệm vụ:",
    "- Đôn đốc việc chuẩn bị gian hàng của ngành mình;",
    "- Chịu trách nhiệm trước Trưởng Ban Chỉ đạo về việc thực hiện nhiệm vụ được giao.",
    "Điều 3. Giao Sở Công Thương chịu trách nhiệm trước UBND tỉnh về tiến độ chuẩn bị hội chợ.",
    "",
])


def test_a_seat_on_a_board_and_an_accountability_are_no_duties(tmp_path: Path) -> None:
    """`X làm Phó Trưởng ban` gives a role; an item saying only to whom the members answer assigns no work,
    while a body charged by name with answering for a result is charged."""
    tasks = rule_tasks(tmp_path, BOARD)
    assert [t.text[:20] for t in tasks] == ["Đôn đốc việc chuẩn b", "Giao Sở Công Thương "]


PER_HEAD_RATES = "\n".join([
    "Nghị quyết về mức đóng góp đối với học viên",
    "Điều 1. Thông qua mức đóng góp đối với học viên tại Trung tâm:",
    "1. Trách nhiệm đóng góp:",
    "- Dạy nghề ngắn hạn mức tối thiểu 300.000 đồng / người / khoá học.",
    "- Trường hợp học viên ốm nặng thì Trung tâm có trách nhiệm chuyển viện, chi phí 100.000 đồng / lần.",
    "",
])


def test_an_amount_per_head_is_a_rate_unless_a_duty_is_stated(tmp_path: Path) -> None:
    """What is paid for, priced per head or period, is an entitlement (RULINGS R24); a duty stated with
    its cost stays one."""
    tasks = rule_tasks(tmp_path, PER_HEAD_RATES)
    assert [t.text[:20] for t in tasks] == ["Trường hợp học viên "]


APPLY = "\n".join([
    "Nghị quyết về chính sách hỗ trợ phát triển làng nghề",
    "Điều 1. Thông qua chính sách hỗ trợ phát triển làng nghề trên địa bàn tỉnh.",
    "Điều 2. Giao Ủy ban nhân dân tỉnh căn cứ Nghị quyết này để tổ chức triển khai thực hiện.",
    "Điều 3. Các sở, ban, ngành căn cứ nhiệm vụ được giao tại Nghị quyết này, xây dựng kế hoạch cụ thể để tổ "
    "chức thực hiện; hoàn thành trong tháng 3 năm 2026.",
    "Điều 4. Các sở, ban, ngành căn cứ nội dung Nghị quyết để triển khai thực hiện nghiêm túc, đảm bảo "
    "hiệu quả.",
    "",
])


def test_applying_a_document_is_a_formula_unless_assigned_or_with_a_step_of_its_own(tmp_path: Path) -> None:
    """`căn cứ ... để triển khai thực hiện` only says to apply a document (RULINGS R7); handed out by `Giao`
    it is the resolution's execution clause, and a step of the doer's own after the basis (`..., xây dựng kế
    hoạch cụ thể để ...`) is a task."""
    tasks = rule_tasks(tmp_path, APPLY)
    assert [t.text[:20] for t in tasks] == ["Giao Ủy ban nhân dân", "Các sở, ban, ngành c"]
    assert "xây dựng kế hoạch" in tasks[1].text
