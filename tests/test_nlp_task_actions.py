"""Which units direct an action, and the action (nlp.task_actions): assessments, goals,
principles, background parts, decisions, closing formulas and area items assign nothing; a
monitoring verb, a duty or an action after an opening time limit does."""

from pathlib import Path

import pytest
from nlp_fixtures import rule_tasks, task_starting, tasks_in
from task_samples import DUTIES, HEADING_AND_INSTRUCTION, PLAN

from policylink.nlp.duty_model import Decider, learned_decide, rules_decide
from policylink.nlp.task_actors import is_scheme
from policylink.nlp.task_features import UnitContext


def test_non_task_paragraphs_are_left_out(tmp_path: Path) -> None:
    tasks = tasks_in(tmp_path, HEADING_AND_INSTRUCTION)
    texts = " ".join(t.text for t in tasks)
    for words in ("Thời gian qua", "Mục tiêu", "Đảng ủy xã Tân Sơn:", "yêu cầu các chi bộ"):
        assert words not in texts


@pytest.mark.parametrize(
    "clause",
    [
        "Điều 2. Sửa đổi, bổ sung khoản 3 Điều 1 Nghị quyết số 10/NQ-HĐND như sau: mức hỗ trợ 50 triệu đồng.",
        "Điều 3. Bãi bỏ Điều 5 Quyết định số 20/QĐ-UBND.",
        "Điều 1. Phê duyệt Đề án phát triển du lịch tỉnh.",
        "Quá trình thực hiện, nếu có vướng mắc, các cơ quan phản ánh về Sở Nội vụ.",
    ],
)
def test_decisions_and_closing_formulas_are_not_tasks(tmp_path: Path, clause: str) -> None:
    text = f"QUYẾT ĐỊNH\nvề việc thử\n\n{clause}\n"
    assert tasks_in(tmp_path, text) == []


def test_title_block_references_and_replacing_clauses_are_not_tasks(tmp_path: Path) -> None:
    text = (
        "CHƯƠNG TRÌNH HÀNH ĐỘNG\nCỦA BAN THƯỜNG VỤ HUYỆN ỦY\nthực hiện Kết luận số 21-KL/TW của\n"
        "Ban Chấp hành Trung ương Đảng khóa XIII về đẩy mạnh xây dựng, chỉnh đốn Đảng\n"
        "tổ chức cơ sở đảng, đảng viên và chấn chỉnh tác phong\n\n"
        "I. CĂN CỨ\n\n"
        "- Báo cáo số 40-BC/TU ngày 2/3/2024 của Ban Thường vụ Tỉnh ủy về kết quả kiểm tra.\n\n"
        "II. NHIỆM VỤ\n\n"
        "1. Ban Tổ chức Huyện ủy rà soát đội ngũ cán bộ, hoàn thành trong quý III/2025.\n\n"
        "2. Căn cứ kết quả rà soát, Ủy ban Kiểm tra Huyện ủy kiểm tra các chi bộ.\n\n"
        "3. Chương trình này thay thế Chương trình số 05-CTr/HU ngày 1/2/2022 của Ban Thường vụ Huyện ủy.\n"
    )
    tasks = tasks_in(tmp_path, text)
    assert [(t.section, t.responsible) for t in tasks] == [
        ("II.1", ["Ban Tổ chức Huyện ủy"]), ("II.2", ["Ủy ban Kiểm tra Huyện ủy"])]


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


def test_background_parts_hold_no_tasks(tmp_path: Path) -> None:
    texts = [t.text for t in tasks_in(tmp_path, PLAN)]
    background = ("Chuyển đổi số là", "Hạ tầng số", "Sự cần thiết", "Thực trạng")
    assert not any(t.startswith(background) for t in texts)
    assert any(t.startswith("Chủ trì xây dựng nền tảng") for t in texts)


def test_assessments_and_closing_formulas_assign_nothing(tmp_path: Path) -> None:
    sections = [t.section for t in tasks_in(tmp_path, DUTIES, "ke-hoach.txt")]
    assert "I.5" not in sections and "I.6" not in sections


AREAS_THEN_DUTIES = """KẾ HOẠCH
Phát triển du lịch huyện năm 2026

I. NHIỆM VỤ

1. Nâng cấp hạ tầng du lịch: hoàn thiện đường vào các điểm du lịch; lắp đặt biển chỉ dẫn tại các di tích.

2. Đẩy mạnh quảng bá du lịch: xây dựng video giới thiệu các điểm đến của huyện.

II. TỔ CHỨC THỰC HIỆN

1. Phòng Văn hóa và Thông tin huyện: chủ trì xây dựng video giới thiệu các điểm đến.

2. Phòng Kinh tế và Hạ tầng huyện

- Hoàn thiện đường vào các điểm du lịch trong quý III/2026.
"""


def test_area_items_are_not_tasks_when_the_plan_assigns_duties_body_by_body(tmp_path: Path) -> None:
    tasks = tasks_in(tmp_path, AREAS_THEN_DUTIES, "ke-hoach.txt")
    assert [t.section for t in tasks] == ["II.1", "II.2-b1"]
    assert [t.responsible for t in tasks] == [
        ["Phòng Văn hóa và Thông tin huyện"], ["Phòng Kinh tế và Hạ tầng huyện"]]


def test_area_items_stay_tasks_without_such_a_part(tmp_path: Path) -> None:
    # the rules' verdict (the learned model, trained on real plans, weighs items that name no doer)
    text = AREAS_THEN_DUTIES.split("II. TỔ CHỨC")[0]
    assert [t.section for t in tasks_in(tmp_path, text, "ke-hoach.txt", rules_decide)] == ["I.1", "I.2"]


SCHEME = """QUYẾT ĐỊNH
Phê duyệt Đề án phát triển thư viện số đến năm 2030

Điều 1. Phê duyệt Đề án phát triển thư viện số đến năm 2030 với các nội dung sau:

I. NHIỆM VỤ, GIẢI PHÁP

1. Xây dựng cơ sở dữ liệu tài liệu quý hiếm của các thư viện công cộng.

2. Đào tạo đội ngũ người làm thư viện về kỹ năng số.

II. TRÁCH NHIỆM THỰC HIỆN

1. Bộ Văn hóa, Thể thao và Du lịch chủ trì tổ chức thực hiện Đề án, báo cáo Thủ tướng Chính phủ hằng năm.

2. Bộ Tài chính bố trí kinh phí thực hiện Đề án.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.
"""


def test_a_schemes_tasks_and_solutions_direct_no_one_when_its_duties_go_body_by_body(tmp_path: Path) -> None:
    # DECISIONS-7: the Đề án's listed tasks are what it is to achieve; its implementation part assigns them
    tasks = tasks_in(tmp_path, SCHEME, "quyet-dinh.txt", rules_decide)
    assert [t.text[:12] for t in tasks] == ["Bộ Văn hóa, ", "Bộ Tài chính"]


RESOLUTION = """NGHỊ QUYẾT
về phát triển vùng chè đặc sản

I. NHIỆM VỤ VÀ GIẢI PHÁP CHỦ YẾU

1. Mở rộng diện tích chè đặc sản gắn với chỉ dẫn địa lý, hoàn thành trong năm 2027.

2. Nâng cao năng lực chế biến sâu, xây dựng thương hiệu chè của huyện.

II. TỔ CHỨC THỰC HIỆN

1. Phòng Kinh tế huyện tham mưu kế hoạch mở rộng vùng chè, trình trong quý I/2027.

2. Hội Nông dân huyện vận động hội viên liên kết sản xuất chè.

3. Hội Liên hiệp Phụ nữ huyện tập huấn kỹ thuật thâm canh cho hội viên.
"""


@pytest.mark.parametrize("decide", [rules_decide, learned_decide])
def test_a_resolutions_listed_tasks_with_no_doer_are_areas_beside_a_body_by_body_part(
        tmp_path: Path, decide: Decider) -> None:
    # DECISIONS-4, -7: no rule finds the listed items a doer; the implementation part says who acts
    tasks = tasks_in(tmp_path, RESOLUTION, "nghi-quyet.txt", decide)
    assert [t.text[:12] for t in tasks] == ["Phòng Kinh t", "Hội Nông dân", "Hội Liên hiệ"]


def test_listed_tasks_stay_where_the_implementation_part_hands_the_whole_to_one_body(tmp_path: Path) -> None:
    # a council's resolution: one body carries the whole out and the council supervises; the listed
    # items are the work that body does, nothing shares them out
    implementation = RESOLUTION.split("II. TỔ CHỨC THỰC HIỆN")[1]
    text = RESOLUTION.replace(implementation, "\n\n1. Giao Ủy ban nhân dân huyện tổ chức thực hiện Nghị "
                              "quyết.\n\n2. Thường trực Hội đồng nhân dân huyện giám sát việc thực hiện.\n")
    tasks = tasks_in(tmp_path, text, "nghi-quyet.txt", rules_decide)
    assert [t.section for t in tasks][:2] == ["I.1", "I.2"]


def test_an_implementation_heading_that_lost_its_hook_in_a_scan_heads_the_duties(tmp_path: Path) -> None:
    text = RESOLUTION.replace("II. TỔ CHỨC THỰC HIỆN", "II. TÔ CHỨC THỰC HIỆN")
    assert [t.text[:12] for t in tasks_in(tmp_path, text, "nghi-quyet.txt", rules_decide)] == [
        "Phòng Kinh t", "Hội Nông dân", "Hội Liên hiệ"]


def test_listed_tasks_that_name_their_doer_stay_tasks_beside_a_body_by_body_part(tmp_path: Path) -> None:
    # the own held-out plan: `a) <work>. <body> chủ trì ...` is the body's task, though its item opens
    # with the work
    text = RESOLUTION.replace(
        "1. Mở rộng diện tích chè đặc sản gắn với chỉ dẫn địa lý, hoàn thành trong năm 2027.",
        "1. Mở rộng diện tích chè đặc sản gắn với chỉ dẫn địa lý. Phòng Kinh tế huyện chủ trì thực hiện,"
        " hoàn thành trong năm 2027.")
    tasks = tasks_in(tmp_path, text, "nghi-quyet.txt", rules_decide)
    assert [(t.section, t.responsible) for t in tasks][0] == ("I.1", ["Phòng Kinh tế huyện"])


@pytest.mark.parametrize(("text", "scheme"), [
    ("QUYẾT ĐỊNH\nPhê duyệt Đề án phát triển thư viện số\nĐiều 1. Phê duyệt ...\nĐiều 2. Hiệu lực.", True),
    ("QUYẾT ĐỊNH\nĐiều 1. Phê duyệt “Đề án phát triển thư viện số” như sau:\nĐiều 2. Hiệu lực.", True),
    ("UBND TỈNH\nĐỀ ÁN\nPhát triển chăn nuôi an toàn sinh học", True),
    # a scheme approved before, cited in a plan's later article
    ("KẾ HOẠCH\nĐiều 1. Ban hành Kế hoạch.\nĐiều 2. Thực hiện.\nPhê duyệt Đề án số 08 đã nêu.", False),
])
def test_a_scheme_is_told_by_its_title_or_first_article(text: str, scheme: bool) -> None:
    assert is_scheme(text) is scheme


APPRAISERS = """Điều 9. Thẩm định đề án thành lập
1. Cơ quan tham mưu về tổ chức cán bộ thuộc bộ là cơ quan thẩm định đối với các đơn vị thuộc bộ.
2. Bộ Nội vụ là cơ quan thẩm định, chủ trì lấy ý kiến các bộ có liên quan.
3. Cơ quan thẩm định có trách nhiệm gửi văn bản thẩm định trong thời hạn 15 ngày.
"""


def test_what_a_subject_is_charges_it_with_nothing(tmp_path: Path) -> None:
    # `X là cơ quan thẩm định ...` defines a role; the role's work after a comma or a duty phrase is a task
    tasks = tasks_in(tmp_path, APPRAISERS, "nghi-dinh.txt", rules_decide)
    assert [t.section for t in tasks] == ["Điều 9.2", "Điều 9.3"]


SPENDING = """Điều 5. Nhiệm vụ chi của ngân sách trung ương cho thư viện số
1. Chi thường xuyên:
a) Chi tổ chức hội nghị, hội thảo về thư viện số;
b) Thuê, sửa chữa trang thiết bị phục vụ số hóa tài liệu.
2. Chi đầu tư phát triển:
a) Mua sắm, lắp đặt máy chủ lưu trữ tài liệu số;
b) Xây dựng mới, cải tạo kho lưu trữ tài liệu.
Điều 6. Tổ chức thực hiện
Bộ Văn hóa, Thể thao và Du lịch hướng dẫn việc lập dự toán kinh phí.
"""


def test_items_of_a_spending_heading_are_categories_not_duties(tmp_path: Path) -> None:
    # `Chi đầu tư phát triển:` lists what money may go to (`Nhiệm vụ chi` is the budget's term for it, no
    # duties); the article charging a body is the duty
    tasks = tasks_in(tmp_path, SPENDING, "nghi-dinh.txt", rules_decide)
    assert len(tasks) == 1 and tasks[0].text.endswith("hướng dẫn việc lập dự toán kinh phí.")


@pytest.mark.parametrize(
    "paragraph",
    [
        # closing formulas (RULINGS R7): asked only to carry out what precedes
        "Sở Nội vụ trân trọng đề nghị Ủy ban nhân dân các huyện quan tâm, chỉ đạo triển khai thực hiện./.",
        "UBND tỉnh đề nghị các cơ quan, đơn vị nghiêm túc triển khai thực hiện theo đúng quy định.",
        "Trong quá trình thực hiện nếu có vướng mắc, đề nghị các cơ quan phản ánh về Sở Tư pháp.",
        # a reply's last line, a procedure's step, an answer, a total row (R20, R21, R26)
        "Sở Tài chính có ý kiến để Công ty Cổ phần Mai Sơn được biết./.",
        "Bước 2: Sở Y tế xem xét hồ sơ và trả kết quả cho tổ chức.",
        "Trả lời: Doanh nghiệp kê khai theo mẫu số 05 kèm theo Thông tư.",
        "Công bố kèm theo Quyết định này Danh mục thủ tục hành chính lĩnh vực thủy sản.",
        # what was done, thanks, advice to an enterprise, powers handed down or kept (R25, R26)
        "Về hồ sơ của Công ty, Sở Công Thương đã có văn bản trả lời ngày 12/3/2026.",
        "Sở Y tế trân trọng cảm ơn Ban Văn hóa - Xã hội đã chuyển kiến nghị của cử tri.",
        "Đề nghị Công ty căn cứ quy định nêu trên để kê khai thuế.",
        "Ủy ban nhân dân tỉnh phân cấp cho Sở Nội vụ quyết định tuyển dụng viên chức.",
        "Trong trường hợp cần thiết, UBND tỉnh trực tiếp quyết định các nội dung đã phân cấp.",
    ],
)
def test_formulas_steps_and_replies_are_not_tasks(tmp_path: Path, paragraph: str) -> None:
    text = f"CÔNG VĂN\nvề việc thử\n\nI. NỘI DUNG\n\n{paragraph}\n"
    assert tasks_in(tmp_path, text) == []


def test_enactment_sentence_is_not_a_task_but_a_closing_request_with_its_own_action_is(
        tmp_path: Path) -> None:
    text = ("QUYẾT ĐỊNH\nvề giá dịch vụ thoát nước\n\nCăn cứ Luật Giá;\n"
            "Ủy ban nhân dân ban hành Quyết định quy định giá dịch vụ thoát nước.\n\n"
            "Điều 1. Sở Xây dựng hướng dẫn các đơn vị áp dụng giá dịch vụ thoát nước.\n\n"
            "Điều 2. Đề nghị các cơ quan, đơn vị triển khai thực hiện và báo cáo kết quả về Sở Xây dựng "
            "trước ngày 30/6/2026.\n")
    tasks = tasks_in(tmp_path, text)
    assert [t.section for t in tasks] == ["Điều 1", "Điều 2"]


def test_procedure_tables_are_not_assignment_tables(tmp_path: Path) -> None:
    text = ("QUYẾT ĐỊNH\nvề quy trình nội bộ\n\nPHỤ LỤC\n"
            "Bước\tNội dung công việc\tĐơn vị thực hiện\tThời gian thực hiện\n"
            "1\tTiếp nhận hồ sơ\tTrung tâm Phục vụ hành chính công tỉnh\t0,5 ngày làm việc\n"
            "2\tThẩm định hồ sơ\tSở Công Thương\t03 ngày làm việc\n")
    assert tasks_in(tmp_path, text) == []


@pytest.mark.parametrize("caption", ["2. Trình tự thực hiện\n", "b) Quy trình giải quyết:\n"])
def test_a_table_under_a_procedure_caption_assigns_nothing(tmp_path: Path, caption: str) -> None:
    # the header names the doer, work and time columns as an assignment table does; the caption above it
    # says the rows are a procedure's steps, and a line the crawl broke out of a cell is no paragraph
    text = ("QUYẾT ĐỊNH\nban hành Quy chế giải quyết hồ sơ đăng ký kinh doanh\n\n"
            "Điều 5. Đăng ký thành lập hộ kinh doanh\n1. Thời hạn giải quyết: 03 ngày làm việc.\n" + caption +
            "TT\tCơ quan, bộ phận thực hiện\tNội dung công việc\tThời gian\n"
            "1\tBộ phận Một cửa cấp xã\tTiếp nhận hồ sơ và chuyển Phòng Kinh tế\t0,5 ngày\n"
            "- Kiểm tra thành phần hồ sơ trong ngày.\n"
            "2\tPhòng Kinh tế\tThẩm định hồ sơ và trình Chủ tịch Ủy ban nhân dân xã\t02 ngày\n\n"
            "Điều 6. Trách nhiệm thi hành\n"
            "Phòng Kinh tế hướng dẫn các hộ kinh doanh thực hiện Quy chế này.\n")
    assert [t.section for t in tasks_in(tmp_path, text)] == ["Điều 6"]


def test_a_procedure_caption_glued_before_the_header_cells_assigns_nothing(tmp_path: Path) -> None:
    # it follows an assignment table's last row, whose columns must not run on into the procedure's rows
    text = ("KẾ HOẠCH\ntriển khai Quy chế giải quyết hồ sơ đăng ký kinh doanh\n\nPHỤ LỤC\n"
            "TT\tNội dung nhiệm vụ\tCơ quan chủ trì\tThời gian hoàn thành\n"
            "1\tTập huấn Quy chế cho cán bộ một cửa\tSở Tài chính\tTháng 3/2026\n"
            "Điều 5. Đăng ký hộ kinh doanh 1. Thời hạn: 03 ngày. 2. Trình tự thực hiện\tTT\t"
            "Cơ quan, bộ phận thực hiện\tNội dung công việc\tThời gian\n"
            "1\tBộ phận Một cửa cấp xã\tTiếp nhận hồ sơ và chuyển Phòng Kinh tế\t0,5 ngày\n"
            "2\tPhòng Kinh tế\tThẩm định hồ sơ và trình Chủ tịch Ủy ban nhân dân xã\t02 ngày\n")
    assert [t.responsible for t in tasks_in(tmp_path, text)] == [["Sở Tài chính"]]


def test_items_of_a_quoted_provision_are_not_tasks(tmp_path: Path) -> None:
    text = ("CÔNG VĂN\nvề khai bổ sung hồ sơ\n\nI. NỘI DUNG\n\n"
            "Tại khoản 2 Điều 9 Thông tư số 12/2026/TT-BTC quy định:\n"
            "a) Cơ quan hải quan kiểm tra hồ sơ khai bổ sung trong 02 giờ làm việc.\n"
            "b) Chi cục Hải quan thông báo kết quả cho người khai.\n"
            "Đề nghị Chi cục Hải quan khu vực III hướng dẫn người khai thực hiện.\n")
    tasks = tasks_in(tmp_path, text)
    assert [t.text.split(" ")[0] for t in tasks] == ["Đề"]


BASIS_AND_PURPOSE = (
    "CÔNG VĂN\nVề việc hỗ trợ người nộp thuế\n\n"
    "Kính gửi: Thuế các tỉnh, thành phố\n"
    "1. Đối với hồ sơ đã nộp đầy đủ: Cơ quan thuế địa phương căn cứ quy định của pháp luật và hồ sơ, tình "
    "hình thực tế của người nộp thuế để kịp thời hướng dẫn, giải quyết theo quy định.\n"
    "2. Đối với hồ sơ chưa đầy đủ: Cơ quan thuế địa phương căn cứ các quy định nêu trên, hồ sơ của người "
    "nộp thuế để thực hiện theo quy định.\n"
)


def test_a_basis_with_inner_commas_closed_by_a_purpose_leads_to_the_action(tmp_path: Path) -> None:
    tasks = tasks_in(tmp_path, BASIS_AND_PURPOSE, decide=rules_decide)
    # `căn cứ A và B, C để kịp thời hướng dẫn ...`: the action follows `để`
    assert task_starting(tasks, "Đối với hồ sơ đã nộp").responsible == ["Cơ quan thuế địa phương"]
    # ... but one that only says to apply the rules stays a formula (RULINGS R7)
    assert not [t for t in tasks if t.text.startswith("Đối với hồ sơ chưa")]


CONDITIONS = (
    "QUYẾT ĐỊNH\nVề việc công bố dịch vụ công trực tuyến\n\n"
    "Điều 1. Công bố kèm theo Quyết định này danh mục 12 dịch vụ công trực tuyến.\n"
    "Trường hợp thủ tục hành chính công bố tại Quyết định này được sửa đổi, bổ sung thì áp dụng theo văn bản "
    "sửa đổi, bổ sung.\n"
    "Điều 2. Sở Y tế có trách nhiệm:\n"
    "1. Cập nhật danh mục dịch vụ công trực tuyến trên Cổng dịch vụ công của tỉnh.\n"
    "2. Trường hợp dịch vụ công đã được cung cấp trên phần mềm của Bộ thì cung cấp đường dẫn truy cập, gửi "
    "Sở Khoa học và Công nghệ trước ngày 20/12/2025.\n"
)


def test_the_action_after_a_condition_closed_by_then(tmp_path: Path) -> None:
    tasks = tasks_in(tmp_path, CONDITIONS, decide=rules_decide)
    # `Trường hợp ... thì cung cấp ...`: the condition names no doer; the item's heading does
    condition = task_starting(tasks, "Trường hợp dịch vụ công")
    assert condition.responsible == ["Sở Y tế"]
    # `... thì áp dụng theo văn bản sửa đổi`: which rule applies, no duty
    assert not [t for t in tasks if t.text.startswith("Trường hợp thủ tục")]


AMENDMENT = (
    "NGHỊ QUYẾT\nSửa đổi, bổ sung một số điều của Quy định về hỗ trợ phát triển sản xuất\n\n"
    "Điều 1. Sửa đổi, bổ sung một số điều của Quy định ban hành kèm theo Nghị quyết số 12/2023/NQ-HĐND\n"
    "1. Sửa đổi, bổ sung điểm b khoản 2 Điều 4 như sau:\n"
    "b) Ủy ban nhân dân tỉnh căn cứ điều kiện thực tế phân bổ vốn cho các xã theo thứ tự ưu tiên.\n"
    "Điều 2. Tổ chức thực hiện\n"
    "1. Giao Ủy ban nhân dân tỉnh tổ chức triển khai thực hiện Nghị quyết này.\n"
)


def test_the_new_wording_of_an_amended_provision_assigns_nothing(tmp_path: Path) -> None:
    tasks = tasks_in(tmp_path, AMENDMENT, decide=rules_decide)
    # (RULINGS R24, R36) the amended document's clause is quoted, not assigned by this resolution
    assert [t.text[:30] for t in tasks] == ["Giao Ủy ban nhân dân tỉnh tổ c"]


QUOTED_REPLY = (
    "CÔNG VĂN\nVề việc kinh phí ủy nhiệm thu\n\n"
    "Kính gửi: Thuế tỉnh Nam Định\n"
    "Tại khoản 5 Điều 20 Nghị định số 100/2024/NĐ-CP của Chính phủ:\n"
    "\"5. Kinh phí ủy nhiệm thu\n"
    "a) Bộ Tài chính hướng dẫn nội dung chi, mức chi kinh phí ủy nhiệm thu.\n"
    "b) Cơ quan thuế ký hợp đồng ủy nhiệm thu với tổ chức được ủy nhiệm.\"\n"
    "Đề nghị Thuế tỉnh Nam Định căn cứ quy định nêu trên, rà soát hợp đồng ủy nhiệm thu đã ký và báo cáo "
    "Cục Thuế trước ngày 15/12/2025.\n"
)


def test_provisions_quoted_between_quote_marks_assign_nothing(tmp_path: Path) -> None:
    tasks = tasks_in(tmp_path, QUOTED_REPLY, decide=rules_decide)
    # (RULINGS R20, R36) the decree's clauses are quoted; the reply's own request is the task
    assert [t.text[:20] for t in tasks] == ["Đề nghị Thuế tỉnh Na"]


def test_a_modal_after_a_subject_of_doers_counted_out_lays_a_duty(tmp_path: Path) -> None:
    """`Từng cơ quan, đơn vị phải chủ động ...` charges a subject no rule names as a body; `các khoản phải
    đóng góp` only qualifies a thing."""
    text = "\n".join([
        "Nghị quyết về công tác đào tạo cán bộ",
        "Điều 1. Thông qua Đề án đào tạo cán bộ với các nội dung sau:",
        "1. Giải pháp thực hiện:",
        "- Từng cơ quan, đơn vị phải chủ động rà soát nguồn cán bộ để xây dựng kế hoạch đào tạo hằng năm.",
        "- Các khoản phải đóng góp của học viên: 200.000 đồng một tháng.",
        "",
    ])
    tasks = rule_tasks(tmp_path, text)
    assert [t.text[:20] for t in tasks] == ["Từng cơ quan, đơn vị"]


def test_a_subject_placed_in_the_body_above_it_is_no_action(tmp_path: Path) -> None:
    """`X thuộc Y`, `X trực thuộc Y`: the verb after the named subject only says where it belongs."""
    text = "\n".join([
        "THÔNG TƯ",
        "Quy định về kiểm tra cơ sở dạy nghề",
        "Điều 5. Kiểm tra cơ sở dạy nghề",
        "1. Những người sau đây có thẩm quyền kiểm tra cơ sở dạy nghề:",
        "- Trưởng Công an huyện, quận, thị xã thuộc tỉnh;",
        "- Trường Trung cấp Y tế trực thuộc Sở Y tế tỉnh Lâm Đồng;",
        "2. Sở Y tế tỉnh Lâm Đồng tổ chức kiểm tra các cơ sở dạy nghề trong tháng 6 năm 2026.",
        "",
    ])
    tasks = rule_tasks(tmp_path, text)
    assert [t.text[:20] for t in tasks] == ["Sở Y tế tỉnh Lâm Đồn"]


def test_a_clause_saying_where_a_rule_does_not_apply_is_no_task(tmp_path: Path) -> None:
    """`Không áp dụng trong trường hợp ...` limits the rule's scope, as `Áp dụng ...` states it: no duty."""
    text = "\n".join([
        "QUYẾT ĐỊNH",
        "Về hạn mức giao đất ở tại nông thôn",
        "1. Hạn mức giao đất ở tối đa là 300 m2 cho mỗi hộ gia đình.",
        "2. Không áp dụng trong trường hợp thửa đất được tách từ trước ngày Quyết định này có hiệu lực.",
        "3. Sở Tài nguyên và Môi trường hướng dẫn các huyện thực hiện hạn mức giao đất ở.",
        "",
    ])
    tasks = rule_tasks(tmp_path, text)
    assert [t.text[:20] for t in tasks] == ["Sở Tài nguyên và Môi"]


def test_a_basis_set_off_after_the_subject_leads_to_the_purpose_action(tmp_path: Path) -> None:
    """`Sở X, căn cứ Thông tư ... để điều chỉnh ...`: the adverbial between commas after the subject is
    skipped, and `để` + a verb ends the basis even with no comma inside it."""
    text = "\n".join([
        "NGHỊ QUYẾT",
        "Về mức hỗ trợ học nghề",
        "Điều 1. Mức hỗ trợ học nghề là 500.000 đồng một tháng.",
        "Điều 2. Sở Tài chính, căn cứ Thông tư số 10/2025/TT-BTC của Bộ Tài chính để điều chỉnh mức hỗ trợ, "
        "mức đóng góp phù hợp với tình hình thực tế.",
        "",
    ])
    tasks = rule_tasks(tmp_path, text)
    assert [t.text[:14] for t in tasks] == ["Sở Tài chính, "]
    assert tasks[0].responsible == ["Sở Tài chính"]


def test_a_request_to_implement_this_document_is_a_closing_formula(tmp_path: Path) -> None:
    """(RULINGS R7) `... yêu cầu ... tổ chức thực hiện nghiêm túc Chỉ thị này.` only asks to implement; the
    request with an action of its own stays a task."""
    text = "\n".join([
        "CHỈ THỊ",
        "Về tăng cường quản lý chợ",
        "1. Ủy ban nhân dân tỉnh yêu cầu Sở Công Thương rà soát mạng lưới chợ, báo cáo trước ngày "
        "30/6/2026.",
        "2. Ủy ban nhân dân tỉnh yêu cầu Giám đốc Sở Công Thương và Chủ tịch Ủy ban nhân dân các huyện "
        "tổ chức thực hiện nghiêm túc Chỉ thị này.",
        "",
    ])
    tasks = rule_tasks(tmp_path, text)
    assert [t.text[:20] for t in tasks] == ["Ủy ban nhân dân tỉnh"]
    assert tasks[0].text.startswith("Ủy ban nhân dân tỉnh yêu cầu Sở Công Thương rà soát")


STRAIGHT_QUOTED_AMENDMENT = (
    "NGHỊ ĐỊNH\nSửa đổi, bổ sung một số điều của Nghị định số 15/2022/NĐ-CP\n\n"
    "Điều 1. Sửa đổi, bổ sung Điều 7\n"
    '"Điều 7. Trách nhiệm của Sở Nông nghiệp và Môi trường\n'
    "1. Chủ trì kiểm tra việc sử dụng giống cây trồng trên địa bàn.\n"
    '2. Công bố danh mục giống được phép lưu hành."\n'
    "Điều 2. Sửa đổi, bổ sung khoản 2 Điều 8 như sau:\n"
    '"2. Hồ sơ đề nghị gồm:\n'
    "a) Tờ khai theo mẫu;\n"
    'b) Tổ chức, cá nhân nộp bản sao giấy chứng nhận cho Sở."\n'
    "Điều 3. Bộ Nông nghiệp và Môi trường hướng dẫn thực hiện Đề án \"Giống cây trồng chủ lực\" "
    "trong năm 2026.\n"
)


def test_a_straight_quoted_new_article_over_several_lines_assigns_nothing(tmp_path: Path) -> None:
    tasks = tasks_in(tmp_path, STRAIGHT_QUOTED_AMENDMENT, decide=rules_decide)
    # (RULINGS R20, R24) the amended decree's wording; a duty naming a quoted project stays a task
    assert [t.text[:20] for t in tasks] == ["Bộ Nông nghiệp và Mô"]


def test_which_text_to_follow_when_a_cited_text_changes_is_no_task(tmp_path: Path) -> None:
    text = ("THÔNG TƯ\nQuy định về quản lý thư viện\n\n"
            "Điều 12. Điều khoản thi hành\n"
            "1. Trường hợp văn bản được dẫn chiếu tại Thông tư này được sửa đổi, bổ sung hoặc thay thế "
            "thì thực hiện theo quy định tại văn bản sửa đổi, bổ sung hoặc thay thế đó.\n"
            "2. Vụ Thư viện có trách nhiệm hướng dẫn, kiểm tra việc thực hiện Thông tư này.\n")
    tasks = tasks_in(tmp_path, text, decide=rules_decide)
    # (RULINGS R24) which text applies is a norm; the department's duty is the task
    assert [t.text[:15] for t in tasks] == ["Vụ Thư viện có "]


def test_a_sanction_a_decree_sets_is_no_task(tmp_path: Path) -> None:
    """(RULINGS R24) `Phạt tiền từ ... đối với hành vi ...` sets a penalty: a norm, whoever applies it."""
    text = "\n".join([
        "NGHỊ ĐỊNH",
        "Quy định xử phạt vi phạm hành chính trong lĩnh vực thống kê",
        "Điều 5. Vi phạm quy định về trách nhiệm báo cáo thống kê",
        "1. Phạt tiền từ 5.000.000 đồng đến 10.000.000 đồng đối với hành vi nộp báo cáo thống kê chậm.",
        "2. Phạt cảnh cáo đối với hành vi gửi báo cáo không đúng mẫu quy định.",
        "Điều 6. Trách nhiệm thi hành",
        "Bộ trưởng Bộ Tài chính hướng dẫn việc thi hành Nghị định này.",
        "",
    ])
    for tasks in (rule_tasks(tmp_path, text), tasks_in(tmp_path, text)):
        assert not any(t.text.startswith("Phạt") for t in tasks)
        assert any("Bộ trưởng Bộ Tài chính hướng dẫn" in t.text for t in tasks)



def test_a_procedure_step_answerable_for_its_data_is_still_a_step(tmp_path: Path) -> None:
    # `chịu trách nhiệm về tính chính xác` makes the applicant answerable, it charges no duty: the
    # clause stays a step of the procedure article, which the duty model reads as such
    text = (
        "QUYẾT ĐỊNH\nVề hỗ trợ học phí\n"
        "Điều 4. Trình tự, thủ tục thực hiện\n"
        "1. Học sinh làm đơn đề nghị theo Mẫu số 01 và chịu trách nhiệm về tính chính xác của thông tin "
        "để gửi nhà trường.\n"
        "2. Nhà trường gửi danh sách học sinh đến Phòng Giáo dục và Đào tạo; nhà trường chịu trách nhiệm "
        "trước pháp luật về danh sách.\n"
        "Điều 5. Tổ chức thực hiện\n"
        "Sở Giáo dục và Đào tạo có trách nhiệm kiểm tra việc chi trả hỗ trợ học phí.\n"
    )
    verdicts: dict[str, str] = {}

    def record(ctx: UnitContext) -> bool:
        verdicts[ctx.text[ctx.unit.start : ctx.unit.start + 12]] = ctx.verdict
        return rules_decide(ctx)

    tasks = tasks_in(tmp_path, text, decide=record)
    assert verdicts["Học sinh làm"] == verdicts["Nhà trường g"] == "procedure"
    assert len(tasks) == 1 and "Sở Giáo dục và Đào tạo có trách nhiệm" in tasks[0].text


CAPITALISED_VERBS = """NGHỊ ĐỊNH
Quy định về cơ sở dữ liệu địa chỉ

Điều 5. Trách nhiệm của Bộ Công an
1. Kết nối, tích hợp hệ thống thông tin của ngành với nền tảng quốc gia.
2. Cập nhật, chia sẻ dữ liệu về hộ kinh doanh cho cơ quan thuế.
3. Trình cơ quan có thẩm quyền ban hành quy chuẩn kỹ thuật về dữ liệu.
"""


def test_items_opening_with_a_capitalised_verb_read_as_a_noun_direct_an_action(tmp_path: Path) -> None:
    # the tagger reads `Kết nối`, `Cập nhật`, `Trình` at an item's start as nouns; lowered they are verbs
    for tasks in (rule_tasks(tmp_path, CAPITALISED_VERBS), tasks_in(tmp_path, CAPITALISED_VERBS)):
        assert [(t.text.split(",")[0].split(" cơ quan")[0], t.responsible) for t in tasks] == [
            ("Kết nối", ["Bộ Công an"]), ("Cập nhật", ["Bộ Công an"]), ("Trình", ["Bộ Công an"])]


def test_an_amendment_adding_a_phrase_is_no_task_but_adding_money_is_a_step(tmp_path: Path) -> None:
    amendments = ("QUYẾT ĐỊNH\nsửa đổi Quy chế quản lý phí\n\nQUYẾT ĐỊNH:\n\nI. NỘI DUNG SỬA ĐỔI\n"
                  "1. Bổ sung cụm từ “và viên chức” sau cụm từ “công chức” tại khoản 2 Điều 7 Quy chế.\n"
                  "2. Bổ sung khoản 4 vào sau khoản 3 Điều 9 Quy chế.\n")
    assert rule_tasks(tmp_path, amendments) == []
    duty = ("QUYẾT ĐỊNH\nvề việc thử\n\nĐiều 3. Trách nhiệm của Sở Tài chính\n"
            "1. Bổ sung kinh phí cho các xã bị thiệt hại do bão trong tháng 10 năm 2025.\n")
    assert [t.responsible for t in rule_tasks(tmp_path, duty)] == [["Sở Tài chính"]]


REPLY_WITH_REFERENCES = "\n".join([
    "Kính gửi: Cục Thuế tỉnh Bình Định",
    "Bộ Tài chính nhận được công văn của Cục Thuế về thủ tục hoàn thuế. Về vấn đề này, Bộ Tài chính "
    "có ý kiến như sau:",
    "1. Về hồ sơ hoàn thuế giá trị gia tăng: thực hiện theo quy định tại Điều 28 Thông tư số 80/2021/TT-BTC.",
    "2. Trình tự kiểm tra trước hoàn thuế thực hiện theo quy định tại khoản 2, khoản 3 Điều 33 Luật Quản lý "
    "thuế năm 2019.",
    "3. Khi lập tờ khai hoàn thuế:",
    "- Ghi số thuế đề nghị hoàn tại chỉ tiêu [25] của Mẫu số 01/HT ban hành kèm theo Thông tư số "
    "80/2021/TT-BTC;",
    "- Chọn “Hoàn trước kiểm tra sau” tại ô số 3 của Mẫu số 01/HT.",
    "4. Cục Thuế tỉnh Bình Định rà soát các hồ sơ hoàn thuế đã tiếp nhận, báo cáo Bộ Tài chính trước ngày "
    "30/6/2026.",
    "",
])


def test_rule_references_and_form_fields_in_a_reply_are_no_tasks(tmp_path: Path) -> None:
    """(RULINGS R20, R24) A matter referred to the provision that governs it (`Trình tự kiểm tra thực hiện
    theo quy định tại ...`) and an instruction on a form's field (`Ghi số thuế ... tại chỉ tiêu [25]`,
    `Chọn “...” tại ô số 3`) charge no body; the request to the provincial office stays a task."""
    for tasks in (rule_tasks(tmp_path, REPLY_WITH_REFERENCES), tasks_in(tmp_path, REPLY_WITH_REFERENCES)):
        assert [t.text[:30] for t in tasks] == ["Cục Thuế tỉnh Bình Định rà soá"]


def test_a_case_that_refers_to_a_provision_leads_to_its_own_clause(tmp_path: Path) -> None:
    """`Đối với ... thực hiện theo quy định tại ..., X ...`: the case opens a main clause with its doer."""
    text = "\n".join([
        "NGHỊ ĐỊNH",
        "Về quản lý quỹ",
        "Điều 5. Quản lý các khoản chi",
        "1. Đối với các khoản chi do cơ quan đại diện thực hiện theo quy định tại khoản 2 Điều 3 Nghị định "
        "này, Bộ Ngoại giao tổng hợp và gửi Bộ Tài chính trước ngày 31 tháng 3 hằng năm.",
        "",
    ])
    assert [t.responsible for t in rule_tasks(tmp_path, text)] == [["Bộ Ngoại giao"]]


CATCH_ALL_PLAN = "\n".join([
    "KẾ HOẠCH",
    "Tổ chức ngày hội đại đoàn kết toàn dân tộc năm 2026",
    "II. NHIỆM VỤ CỤ THỂ",
    "1. Hội Cựu chiến binh xã:",
    "- Vận động hội viên tham gia dọn vệ sinh đường làng trước ngày 10/11/2026.",
    "- Thực hiện các nhiệm vụ khác theo yêu cầu của Ban Thường trực Ủy ban Mặt trận Tổ quốc xã.",
    "2. Đoàn Thanh niên xã:",
    "- Tổ chức các trò chơi dân gian tại nhà văn hóa thôn.",
    "- Thực hiện nhiệm vụ theo phân công tại mục I Kế hoạch này.",
    "",
])


def test_other_duties_as_assigned_are_a_closing_formula(tmp_path: Path) -> None:
    """(RULINGS R7) `Thực hiện các nhiệm vụ khác theo yêu cầu của ...` and `Thực hiện nhiệm vụ theo phân
    công tại ...` name no step of their own: the concrete items beside them are the tasks."""
    for tasks in (rule_tasks(tmp_path, CATCH_ALL_PLAN), tasks_in(tmp_path, CATCH_ALL_PLAN)):
        assert [t.text[:20] for t in tasks] == ["Vận động hội viên th", "Tổ chức các trò chơi"]


UNQUOTED_AMENDMENT = "\n".join([
    "NGHỊ ĐỊNH",
    "Sửa đổi, bổ sung một số điều của Nghị định số 40/2023/NĐ-CP về hoạt động dạy thêm",
    "Điều 1. Sửa đổi, bổ sung Điều 6",
    "(Điều 6 Nghị định số 40/2023/NĐ-CP)",
    "Điều 6. Quyền và trách nhiệm của cơ sở dạy thêm",
    "1. Công khai học phí tại trụ sở trước khi tuyển sinh;",
    "2. Báo cáo Phòng Giáo dục số học sinh theo học hằng năm.",
    "Điều 2. Bổ sung khoản 4 Điều 9 của Quy chế ban hành kèm theo Nghị định số 40/2023/NĐ-CP",
    "4. Sở Giáo dục và Đào tạo có trách nhiệm kiểm tra cơ sở dạy thêm mỗi năm một lần.",
    "Điều 3. Trách nhiệm thi hành",
    "Bộ Giáo dục và Đào tạo hướng dẫn thực hiện Nghị định này trong năm 2026.",
    "Điều 6. Điều khoản chuyển tiếp",
    "Sở Giáo dục và Đào tạo rà soát các cơ sở đã được cấp phép trước ngày 30 tháng 6 năm 2026.",
    "",
])


def test_an_unquoted_amended_provision_assigns_nothing(tmp_path: Path) -> None:
    """(RULINGS R20, R24) The new wording under `Điều 1. Sửa đổi, bổ sung Điều 6` (its own heading `Điều 6.
    ...` restated below) and under `Điều 2. Bổ sung khoản 4 Điều 9 ...` is the amended decree's; this
    decree's duties are in its own articles, a later one of which may share the amended article's number."""
    for tasks in (rule_tasks(tmp_path, UNQUOTED_AMENDMENT), tasks_in(tmp_path, UNQUOTED_AMENDMENT)):
        assert [t.responsible for t in tasks] == [["Bộ Giáo dục và Đào tạo"], ["Sở Giáo dục và Đào tạo"]]


def test_an_activity_said_to_be_done_with_no_doer_is_no_task(tmp_path: Path) -> None:
    """(RULINGS R12, R24) `Việc xét duyệt ... được thực hiện vào ...` and `Chậm nhất là ngày ..., việc ...
    phải được hoàn thành.` say when work is done, naming no doer; the clause charging a body is the task."""
    text = "\n".join([
        "KẾ HOẠCH",
        "Xét tặng danh hiệu gia đình văn hóa năm 2026",
        "1. Việc xét duyệt danh hiệu được thực hiện vào tháng 11 hằng năm tại nhà văn hóa thôn.",
        "2. Chậm nhất là ngày 15 tháng 12 năm 2026, việc tổng hợp kết quả xét duyệt phải được hoàn thành.",
        "3. Ủy ban nhân dân xã tổng hợp kết quả, báo cáo Ủy ban nhân dân huyện trước ngày 20 tháng 12 "
        "năm 2026.",
        "",
    ])
    for tasks in (rule_tasks(tmp_path, text), tasks_in(tmp_path, text)):
        assert [t.responsible for t in tasks] == [["Ủy ban nhân dân xã"]]


def test_doers_told_only_to_implement_after_a_basis_or_request_are_a_closing_formula(tmp_path: Path) -> None:
    """(RULINGS R7) Past the basis or the request and the doers it names (office-holders, persons and bodies
    qualified by `có liên quan`), only the formula's words and the "if problems arise" clause remain: no
    task. A unit with a step of its own, in the formula or in the clause, stays one."""
    text = "\n".join([
        "CÔNG VĂN",
        "Về quản lý chợ đầu mối",
        "1. Sở Công Thương kiểm tra các chợ đầu mối, báo cáo trước ngày 30/6/2026.",
        "2. Căn cứ nội dung công văn này, các cơ quan, đơn vị, địa phương có liên quan khẩn trương tổ chức "
        "thực hiện.",
        "3. Yêu cầu Giám đốc các sở, ngành; người đứng đầu các cơ quan, đơn vị và các tổ chức, cá nhân có "
        "liên quan trên địa bàn tỉnh nghiêm túc thực hiện. Trong quá trình thực hiện, nếu phát sinh khó "
        "khăn, vướng mắc vượt thẩm quyền, các cơ quan kịp thời có văn bản báo cáo Ủy ban nhân dân tỉnh (qua "
        "Sở Công Thương) để xem xét, giải quyết.",
        "4. Trong quá trình triển khai, nếu có vướng mắc, các đơn vị gửi Sở Công Thương để tổng hợp. Đồng "
        "thời gửi Sở Tài chính để theo dõi.",
        "5. Trong quá trình triển khai, nếu phát sinh vướng mắc, Sở Tài chính chủ trì kiểm tra, xử lý dứt "
        "điểm.",
        "6. Yêu cầu Giám đốc Sở Xây dựng nghiêm túc thực hiện, rà soát các chợ xuống cấp trước ngày "
        "01/9/2026.",
        # a request named as the ground of the action is none: the body acts
        "7. Ban quản lý chợ có trách nhiệm tiếp nhận hồ sơ, giải quyết thủ tục theo đề nghị của cơ quan, "
        "tổ chức.",
        # the clause may follow the formula after `;` (the lead's ruling of 2026-12-07 on R7)
        "8. Yêu cầu Thủ trưởng các sở, ngành nghiêm túc triển khai thực hiện; trong quá trình thực hiện, nếu "
        "có khó khăn, vướng mắc, kịp thời báo cáo Ủy ban nhân dân tỉnh để xem xét, giải quyết.",
        "",
    ])
    tasks = rule_tasks(tmp_path, text)
    assert [t.section for t in tasks] == ["1", "5", "6", "7"]
