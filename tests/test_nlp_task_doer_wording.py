"""Where a Vietnamese directive sentence places its doer (issue 12), on texts of our own: the subject
of the main clause after a condition or a topic closed by `thì` (perhaps past a time limit), and
alternative doers joined by `hoặc` (RULINGS R83), a `Đối với X` heading, `Riêng X`, a bracketed aside,
bodies coordinating as their own subject, and the steps of a published procedure (no tasks)."""

from pathlib import Path

from nlp_fixtures import task_starting, tasks_in

from policylink.nlp.duty_model import rules_decide
from policylink.nlp.task_tables import procedure_steps

REGULATION = (
    "QUY CHẾ\nPhối hợp giải quyết hồ sơ cấp phép xây dựng\n\n"
    "Điều 4. Tiếp nhận và chuyển hồ sơ\n"
    "1. Văn phòng Ủy ban nhân dân tỉnh có trách nhiệm tiếp nhận hồ sơ và chuyển Sở Xây dựng.\n"
    "2. Trường hợp hồ sơ cần ý kiến của các ngành thì trong thời hạn 03 ngày làm việc kể từ ngày nhận "
    "đủ hồ sơ, Sở Xây dựng gửi văn bản lấy ý kiến Sở Tài chính.\n"
    "3. Nếu hồ sơ chưa hợp lệ thì Sở Xây dựng trả lại hồ sơ cho người nộp và nêu rõ lý do.\n"
    "4. Đối với công trình trên địa bàn nhiều xã thì Ủy ban nhân dân các xã có liên quan cử cán bộ "
    "tham gia kiểm tra hiện trường.\n"
    "Điều 5. Đo đạc và kiểm tra\n"
    "1. Sở Nông nghiệp và Môi trường hoặc Ủy ban nhân dân cấp xã thực hiện đo đạc, xác định ranh giới "
    "thửa đất trước khi cấp phép.\n"
    "2. Khi người dân có đề nghị thì Sở Tư pháp hoặc Sở Nội vụ hướng dẫn thủ tục trong 05 ngày.\n"
)


def test_the_subject_after_then_does_the_work(tmp_path: Path) -> None:
    tasks = tasks_in(tmp_path, REGULATION)
    # the condition names no doer; the main clause after `thì` does, past a time limit
    assert task_starting(tasks, "Trường hợp hồ sơ").responsible == ["Sở Xây dựng"]
    assert task_starting(tasks, "Nếu hồ sơ").responsible == ["Sở Xây dựng"]
    assert task_starting(tasks, "Đối với công trình").responsible == ["Ủy ban nhân dân các xã"]


def test_alternative_doers_are_each_responsible(tmp_path: Path) -> None:
    tasks = tasks_in(tmp_path, REGULATION)
    assert task_starting(tasks, "Sở Nông nghiệp").responsible == [
        "Sở Nông nghiệp và Môi trường", "Ủy ban nhân dân cấp xã"]
    assert task_starting(tasks, "Khi người dân").responsible == ["Sở Tư pháp", "Sở Nội vụ"]


PLAN = (
    "KẾ HOẠCH\nPhòng, chống sạt lở bờ sông năm 2026\n\n"
    "II. TỔ CHỨC THỰC HIỆN\n"
    "1. Đối với Ủy ban nhân dân các xã ven sông\n"
    "- Cắm biển cảnh báo tại các điểm có nguy cơ sạt lở.\n"
    "- Lập danh sách hộ dân cần di dời.\n"
    "2. Riêng Bộ Chỉ huy Quân sự tỉnh bố trí lực lượng ứng cứu khi có sự cố.\n"
    "3. Sở Xây dựng (cơ quan đầu mối) tổng hợp tình hình, báo cáo Ủy ban nhân dân tỉnh.\n"
    "4. Sở Nông nghiệp và Môi trường chủ trì, Sở Tài chính và Sở Xây dựng phối hợp với Công an tỉnh "
    "khảo sát các đoạn bờ sông xung yếu.\n"
)


def test_a_topic_heading_or_a_singled_out_subject_names_the_doer(tmp_path: Path) -> None:
    tasks = tasks_in(tmp_path, PLAN)
    # `Đối với X` as an item's heading stands over its bullets as `Trách nhiệm của X` does
    for start in ("Cắm biển", "Lập danh sách"):
        assert task_starting(tasks, start).responsible == ["Ủy ban nhân dân các xã"]
    assert task_starting(tasks, "Riêng Bộ Chỉ huy").responsible == ["Bộ Chỉ huy Quân sự tỉnh"]
    # a bracketed aside between the subject and its verb hides neither
    assert task_starting(tasks, "Sở Xây dựng (cơ quan").responsible == ["Sở Xây dựng"]


def test_bodies_that_coordinate_as_the_subject_of_their_own_verb(tmp_path: Path) -> None:
    task = task_starting(tasks_in(tmp_path, PLAN), "Sở Nông nghiệp")
    assert task.responsible == ["Sở Nông nghiệp và Môi trường"]
    assert task.coordinating == ["Sở Tài chính", "Sở Xây dựng", "Công an tỉnh"]


CONDITIONS = (
    "CÔNG VĂN\nVề việc xử lý kiến nghị của cử tri\n\n"
    "Kính gửi: Các sở, ban, ngành tỉnh.\n"
    "1. Khi nhận được kiến nghị, Văn phòng Ủy ban nhân dân tỉnh chuyển ngay đến cơ quan có thẩm quyền.\n"
    "2. Trong trường hợp kiến nghị liên quan đến nhiều ngành, lĩnh vực, Sở Nội vụ chủ trì tổng hợp, "
    "trả lời cử tri.\n"
    "3. Kể từ ngày nhận được văn bản trả lời, Sở Thông tin và Truyền thông có trách nhiệm đăng tải trên Cổng "
    "thông tin điện tử tỉnh.\n"
)


def test_the_subject_after_a_condition_closed_by_a_comma(tmp_path: Path) -> None:
    tasks = tasks_in(tmp_path, CONDITIONS)
    assert task_starting(tasks, "Khi nhận được").responsible == ["Văn phòng Ủy ban nhân dân tỉnh"]
    # past the commas inside the condition itself
    assert task_starting(tasks, "Trong trường hợp").responsible == ["Sở Nội vụ"]
    # the time from which a limit runs (`Kể từ ...,`) ends at a comma as a condition does
    assert task_starting(tasks, "Kể từ ngày").responsible == ["Sở Thông tin và Truyền thông"]


PROCEDURE = (
    "QUYẾT ĐỊNH\nVề việc công bố thủ tục hành chính lĩnh vực khoáng sản\n\n"
    "Điều 1. Công bố kèm theo Quyết định này thủ tục hành chính lĩnh vực khoáng sản.\n"
    "Điều 2. Giao Sở Nông nghiệp và Môi trường cập nhật thủ tục lên Cổng dịch vụ công trước ngày "
    "30/12/2026.\n"
    "PHỤ LỤC\nNỘI DUNG THỦ TỤC HÀNH CHÍNH\n"
    "1. Thủ tục cấp giấy phép thăm dò khoáng sản\n"
    "Trình tự thực hiện\n"
    "Bước 1: Tổ chức nộp hồ sơ tại Trung tâm Phục vụ hành chính công tỉnh.\n"
    "Bước 2: Sở Nông nghiệp và Môi trường kiểm tra hồ sơ.\n"
    "Trường hợp hồ sơ chưa đầy đủ, Sở Nông nghiệp và Môi trường thông báo cho tổ chức bổ sung.\n"
    "Khi hồ sơ đầy đủ, Sở Nông nghiệp và Môi trường trình Ủy ban nhân dân tỉnh cấp giấy phép.\n"
    "Cách thức thực hiện\n"
    "- Nộp trực tiếp hoặc qua dịch vụ bưu chính.\n"
)


def test_the_steps_of_a_published_procedure_assign_nothing(tmp_path: Path) -> None:
    tasks = tasks_in(tmp_path, PROCEDURE)
    # (RULINGS R21) what the authority does at a step describes the procedure, with or without a condition
    assert [t.text[:4] for t in tasks] == ["Giao"]
    # the steps run from the caption `Trình tự thực hiện` to the next caption of the record
    ((start, end),) = procedure_steps(PROCEDURE)
    steps = PROCEDURE[start:end]
    assert steps.strip().startswith("Bước 1") and steps.rstrip().endswith("cấp giấy phép.")
    assert "Khi hồ sơ đầy đủ" in steps and "Cách thức" not in steps
    # a caption over no `Bước` lines is no procedure's steps
    assert procedure_steps("Quy trình thực hiện\nSở Y tế kiểm tra hồ sơ.\nCách thức thực hiện\n") == []


SECOND_DOERS = (
    "THÔNG BÁO\nKết luận của Chủ tịch Ủy ban nhân dân tỉnh tại buổi làm việc với các sở\n\n"
    "1. Sở Giáo dục và Đào tạo rà soát mạng lưới trường học. Đồng thời, Sở Tài chính bố trí "
    "kinh phí sửa chữa phòng học.\n"
    "2. Sở Y tế kiểm tra an toàn thực phẩm tại các bếp ăn tập thể. Giám đốc Sở Y tế chịu trách nhiệm "
    "trước Chủ tịch Ủy ban nhân dân tỉnh về kết quả kiểm tra.\n"
    "3. Sở Công Thương theo dõi giá cả thị trường. Ủy ban nhân dân tỉnh đề nghị các sở quan tâm, phối "
    "hợp chặt chẽ trong quá trình thực hiện.\n"
)


def test_a_later_sentence_with_another_doer_is_its_duty_unless_it_asks_or_answers_for(tmp_path: Path) -> None:
    tasks = tasks_in(tmp_path, SECOND_DOERS)
    # (RULINGS R9) another doer's sentence after a short opening is a task of its own, with its doer
    assert task_starting(tasks, "Sở Giáo dục").responsible == ["Sở Giáo dục và Đào tạo"]
    assert task_starting(tasks, "Đồng thời").responsible == ["Sở Tài chính"]
    # who answers for the result, and the writer's request to others, stay in the item's task
    assert [t.text[:10] for t in tasks if t.section in ("2", "3")] == ["Sở Y tế ki", "Sở Công Th"]


CLASSES = (
    "CHỈ THỊ\nVề tăng cường kỷ luật hành chính\n\n"
    "1. Sở Nội vụ; các trường cao đẳng trực thuộc tỉnh rà soát quy chế làm việc.\n"
    "2. Ủy ban nhân dân các xã và các hợp tác xã có liên quan phổ biến Chỉ thị đến người dân.\n"
    "3. Các cơ quan báo chí trên địa bàn tỉnh đưa tin về kết quả thực hiện.\n"
)


def test_a_class_no_rule_names_or_an_area_after_the_bodies_still_leads_to_the_action(tmp_path: Path) -> None:
    tasks = tasks_in(tmp_path, CLASSES)
    assert task_starting(tasks, "Sở Nội vụ").responsible == ["Sở Nội vụ"]
    assert task_starting(tasks, "Sở Nội vụ").action.startswith("rà soát")  # not `trực thuộc`
    assert task_starting(tasks, "Ủy ban nhân dân").action.startswith("phổ biến")
    assert task_starting(tasks, "Các cơ quan báo chí").action.startswith("đưa tin")


MEMBER_AND_LIST = (
    "THÔNG BÁO\nKết luận về công tác xây dựng pháp luật\n\n"
    "1. Các đồng chí Bộ trưởng, Thủ trưởng cơ quan ngang Bộ chỉ đạo thực hiện các nội dung sau:\n"
    "- Khẩn trương rà soát các văn bản hướng dẫn còn thiếu. Các báo cáo gửi Bộ Tư pháp trước ngày "
    "05 tháng 12 năm 2025. Trên cơ sở đó, Bộ Tư pháp tổng hợp, báo cáo Thủ tướng Chính phủ trước "
    "ngày 10 tháng 12 năm 2025.\n"
    "2. Bộ Tài chính có trách nhiệm bố trí kinh phí cho các bộ, cơ quan ngang bộ; Ủy ban nhân dân cấp "
    "tỉnh trình Hội đồng nhân dân bố trí kinh phí của địa phương.\n"
    "3. Chánh Văn phòng Bộ; Vụ trưởng Vụ Pháp chế; Cục trưởng Cục Quản lý dược chịu trách nhiệm thi "
    "hành Thông báo này.\n"
)


def test_a_member_of_the_class_heading_the_item_acting_alone_is_a_duty_of_its_own(tmp_path: Path) -> None:
    tasks = tasks_in(tmp_path, MEMBER_AND_LIST)
    # `Bộ` of the heading is a class: `Bộ Tư pháp` after it is one member with a duty of its own (R9)
    assert task_starting(tasks, "Trên cơ sở đó, Bộ Tư pháp").responsible == ["Bộ Tư pháp"]


def test_a_new_subject_after_a_semicolon_ends_a_clause_with_its_own_doer(tmp_path: Path) -> None:
    tasks = tasks_in(tmp_path, MEMBER_AND_LIST)
    assert task_starting(tasks, "Bộ Tài chính có trách nhiệm").responsible == ["Bộ Tài chính"]
    assert task_starting(tasks, "Ủy ban nhân dân cấp tỉnh trình").responsible == ["Ủy ban nhân dân cấp tỉnh"]
    # doers listed one after another before their shared predicate stay one task
    assert [t.text[:20] for t in tasks if t.section == "3"] == ["Chánh Văn phòng Bộ; "]


CLOSING = (
    "CÔNG VĂN\nVề việc triển khai nhiệm vụ trọng tâm\n\n"
    "1. Các Bộ hoàn thiện hồ sơ đề án trong tháng 12 năm 2025.\n"
    "Trên đây là một số nhiệm vụ cần triển khai ngay, Ban Chỉ đạo của Chính phủ đề nghị các đồng chí Bộ "
    "trưởng, Thủ trưởng cơ quan ngang Bộ quan tâm chỉ đạo, kịp thời tháo gỡ vướng mắc và báo cáo kết quả "
    "về Bộ Nội vụ trước ngày 15/12/2025.\n"
    "Trên đây là ý kiến của Bộ Tư pháp, trân trọng gửi Văn phòng Chính phủ tổng hợp.\n"
)


def test_a_closing_request_with_a_step_of_its_own_is_the_addressees_task(tmp_path: Path) -> None:
    tasks = tasks_in(tmp_path, CLOSING)
    # (RULINGS R7) the writer asks the bodies it names for a report by a date: their task
    closing = task_starting(tasks, "Trên đây là một số")
    assert closing.responsible == ["Bộ", "Cơ quan ngang Bộ"]
    # a closing that only sends the writer's opinion asks nothing
    assert not [t for t in tasks if t.text.startswith("Trên đây là ý kiến")]


TOPIC_REPLY = (
    "CÔNG VĂN\nVề việc xác định giá tính lệ phí\n\n"
    "Kính gửi: Thuế tỉnh Hưng Yên\n"
    "1. Về phương pháp xác định giá\n"
    "Theo quy định hiện hành, giá tính lệ phí được xác định trên cơ sở dữ liệu của cơ quan thuế.\n"
    "Theo đó, trên cơ sở dữ liệu được tổng hợp, đề nghị Thuế tỉnh Hưng Yên rà soát nguyên tắc xác định giá "
    "tính lệ phí.\n"
    "Ngoài ra, các nguồn dữ liệu khác được sử dụng để đối chiếu.\n"
    "Để bảo đảm thống nhất dữ liệu, đề nghị Thuế tỉnh Hưng Yên báo cáo Cục Thuế kết quả rà soát trước ngày "
    "15/12/2025.\n"
)


def test_a_later_paragraph_asking_a_body_under_a_topic_title_is_a_task_of_its_own(tmp_path: Path) -> None:
    tasks = tasks_in(tmp_path, TOPIC_REPLY)
    review = task_starting(tasks, "Theo đó, trên cơ sở dữ liệu")
    assert review.responsible == ["Thuế tỉnh Hưng Yên"]
    assert "Ngoài ra" in review.text  # the paragraphs after a request stay with it
    report = task_starting(tasks, "Để bảo đảm thống nhất")
    assert report.deadline is not None and report.deadline.due == "2025-12-15"


ARTICLE_PARAGRAPHS = (
    "QUYẾT ĐỊNH\nVề việc công bố thủ tục hành chính\n\n"
    "Điều 1. Công bố kèm theo Quyết định này 04 thủ tục hành chính lĩnh vực du lịch.\n"
    "Điều 2. Sở Văn hóa và Thể thao có trách nhiệm xây dựng quy trình nội bộ giải quyết các thủ tục được "
    "công bố tại Quyết định này.\n"
    "Trường hợp thủ tục đã có dịch vụ công trực tuyến của Bộ thì cung cấp đường dẫn truy cập, gửi Sở Khoa "
    "học và Công nghệ trước ngày 20/12/2025.\n"
    "Điều 3. Quyết định này có hiệu lực thi hành kể từ ngày ký.\n"
)


def test_a_later_paragraph_without_a_doer_goes_on_with_the_article_s_subject(tmp_path: Path) -> None:
    tasks = tasks_in(tmp_path, ARTICLE_PARAGRAPHS, decide=rules_decide)
    # (RULINGS R9) its own task (by the rules), with the doer that opens the article
    assert task_starting(tasks, "Trường hợp thủ tục").responsible == ["Sở Văn hóa và Thể thao"]


OWN_UNITS = (
    "THÔNG TƯ\nQuy định về kiểm tra hồ sơ lưu trữ\n\n"
    "Điều 5. Trách nhiệm kiểm tra\n"
    "1. Thanh tra Bộ có trách nhiệm:\n"
    "a) Lập kế hoạch kiểm tra hồ sơ lưu trữ hằng năm;\n"
    "b) Tổng hợp kết quả kiểm tra, báo cáo Bộ trưởng.\n"
    "2. Trách nhiệm của Thủ trưởng các đơn vị trực thuộc Bộ (trừ các đơn vị sự nghiệp):\n"
    "a) Bố trí kho lưu trữ hồ sơ của đơn vị;\n"
    "b) Cử cán bộ phối hợp khi có yêu cầu.\n"
    "3. Trách nhiệm của Sở Nội vụ trong việc thẩm định, cấp chứng chỉ hành nghề lưu trữ:\n"
    "a) Tiếp nhận hồ sơ đề nghị cấp chứng chỉ;\n"
    "b) Thẩm định hồ sơ và trình cấp chứng chỉ.\n"
    "4. Các Trung tâm Lưu trữ lịch sử cấp tỉnh (thuộc các Sở Nội vụ):\n"
    "a) Tiếp nhận tài liệu lưu trữ vào kho;\n"
    "b) Chỉnh lý tài liệu đã tiếp nhận.\n"
)


def test_a_heading_names_its_doer_before_a_note_or_a_field_of_its_duties(tmp_path: Path) -> None:
    tasks = tasks_in(tmp_path, OWN_UNITS, decide=rules_decide)
    # the inspectorate of the writing ministry, named by its head noun alone
    assert task_starting(tasks, "Lập kế hoạch").responsible == ["Thanh tra Bộ"]
    # a class of units named with the body they belong to, then a note in brackets
    assert task_starting(tasks, "Bố trí kho").responsible == ["Đơn vị trực thuộc Bộ"]
    # `trong việc ...` names the field of the duties, not another body
    assert task_starting(tasks, "Thẩm định hồ sơ").responsible == ["Sở Nội vụ"]
    # a note in brackets after the heading's bodies tells which are meant; it names no doer
    assert task_starting(tasks, "Chỉnh lý").responsible == ["Trung tâm Lưu trữ lịch sử cấp tỉnh"]


DIRECTING = (
    "CHỈ THỊ\nVề phát động phong trào thi đua năm 2026\n\n"
    "Ủy ban nhân dân tỉnh chỉ thị Giám đốc các sở, Chủ tịch Ủy ban nhân dân các huyện thực hiện tốt "
    "các nội dung sau:\n"
    "1. Xây dựng kế hoạch thi đua của cơ quan, địa phương trong quý I năm 2026.\n"
    "2. Tổ chức sơ kết phong trào thi đua vào tháng 6 năm 2026.\n"
)


def test_chi_thi_in_lower_case_asks_the_bodies_after_it(tmp_path: Path) -> None:
    tasks = tasks_in(tmp_path, DIRECTING, decide=rules_decide)
    assert task_starting(tasks, "Tổ chức sơ kết").responsible == ["Sở", "Ủy ban nhân dân các huyện"]


OWNED_UNITS = (
    "QUY ĐỊNH\nPhân cấp cấp phép biển hiệu\n\n"
    "Điều 6. Trách nhiệm cấp phép\n"
    "1. Phòng Quản lý xuất nhập cảnh về cư trú của người nước ngoài Công an tỉnh, thành phố trực thuộc "
    "Trung ương có trách nhiệm tiếp nhận hồ sơ cấp phép biển hiệu.\n"
)


def test_a_body_the_unit_belongs_to_counts_as_one_word_of_its_name(tmp_path: Path) -> None:
    """A long subject whose words run past the limit only through the body it belongs to, a name the rules
    know, is a name still: the whole phrase is the doer."""
    tasks = tasks_in(tmp_path, OWNED_UNITS)
    assert task_starting(tasks, "Phòng Quản lý").responsible == [
        "Phòng Quản lý xuất nhập cảnh về cư trú của người nước ngoài Công an tỉnh, thành phố trực thuộc "
        "Trung ương"]
