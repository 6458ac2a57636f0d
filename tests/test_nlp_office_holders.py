"""Office-holders stand for their bodies (issue 12), on texts of our own: any title built on
`trưởng` heads the body named after it, a class named only by its heads' title (`Giám đốc các sở`)
is a body, a class may belong to a body (`các đơn vị thuộc Bộ X`), titles written one after another
head one body, and a closing list keeps its trailing collective of agencies and persons."""

from pathlib import Path

from nlp_fixtures import body_names, found_bodies, task_starting, tasks_in

from policylink.nlp.bodies import find_body_mentions
from policylink.nlp.office_holders import office_holders


def test_a_class_named_by_its_heads_title_is_a_body() -> None:
    assert body_names("Giám đốc các sở, Thủ trưởng các Cục, Vụ chịu trách nhiệm.") == ["Sở", "Cục, Vụ"]
    # a class with a name of its own, or distributed after a colon, is another rule's
    assert body_names("Giám đốc các Sở: Y tế, Nội vụ thực hiện.") == ["Sở Y tế", "Sở Nội vụ"]
    # schools are named by their kind in lower case
    assert body_names("Hiệu trưởng các trường mầm non công lập chịu trách nhiệm.") == [
        "Trường mầm non công lập"]
    # no title before it: a bare `các sở` stays none
    assert body_names("Số liệu của các sở được tổng hợp.") == []


def test_a_class_belongs_to_the_body_named_after_it() -> None:
    assert body_names("Thủ trưởng các đơn vị thuộc Bộ Nội vụ chịu trách nhiệm.") == ["Đơn vị thuộc Bộ Nội vụ"]
    # `có liên quan` between the class and its body is dropped from the name
    assert body_names("Thủ trưởng các đơn vị có liên quan thuộc Bộ Y tế có trách nhiệm.") == [
        "Đơn vị thuộc Bộ Y tế"]
    assert body_names("Thủ trưởng các cơ quan, đơn vị thuộc UBND huyện; UBND các xã") == [
        "Cơ quan, đơn vị thuộc Ủy ban nhân dân huyện", "Ủy ban nhân dân các xã"]


def test_agencies_named_with_persons_are_one_collective() -> None:
    assert body_names("Các cơ quan, tổ chức, đơn vị, cá nhân tham gia có trách nhiệm báo cáo.") == [
        "Cơ quan, tổ chức, đơn vị"]
    assert body_names("Thủ trưởng các cơ quan, đơn vị, tổ chức và cá nhân liên quan thực hiện.") == [
        "Cơ quan, đơn vị, tổ chức"]
    # `tổ chức` alone beside `cơ quan` is no body (RULINGS R15)
    assert body_names("các cơ quan, tổ chức và cá nhân có liên quan thực hiện.") == ["Cơ quan"]


CLOSING = (
    "QUYẾT ĐỊNH\nVề việc ban hành quy chế quản lý kho lưu trữ\n\n"
    "Điều 1. Ban hành kèm theo Quyết định này quy chế quản lý kho lưu trữ.\n"
    "Điều 2. Viện trưởng Viện Khoa học Lưu trữ, Chi cục trưởng Chi cục Văn thư, Giám đốc các sở, "
    "Chủ tịch, Tổng Giám đốc các Tổng công ty; Thủ trưởng các đơn vị có liên quan thuộc Bộ Nội vụ và "
    "các cơ quan, tổ chức, đơn vị và cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.\n"
)


def test_a_closing_list_of_office_holders_names_every_body(tmp_path: Path) -> None:
    task = task_starting(tasks_in(tmp_path, CLOSING), "Viện trưởng")
    assert task.responsible == [
        "Viện Khoa học Lưu trữ", "Chi cục Văn thư", "Sở", "Tổng công ty", "Đơn vị thuộc Bộ Nội vụ",
        "Cơ quan, tổ chức, đơn vị"]


def test_persons_close_the_subject_of_a_closing_formula(tmp_path: Path) -> None:
    text = ("QUYẾT ĐỊNH\nVề việc công bố quy trình tiếp công dân\n\n"
            "Điều 1. Công bố kèm theo Quyết định này quy trình tiếp công dân.\n"
            "Điều 2. Thủ trưởng các cơ quan, đơn vị thuộc UBND huyện; UBND các xã, thị trấn; các cơ quan, "
            "tổ chức, cá nhân có liên quan căn cứ Quyết định thi hành./.\n")
    task = task_starting(tasks_in(tmp_path, text), "Thủ trưởng")
    assert task.responsible == [
        "Cơ quan, đơn vị thuộc Ủy ban nhân dân huyện", "Ủy ban nhân dân các xã, thị trấn", "Cơ quan"]


def test_a_centre_named_without_a_level_word_closes_at_the_clause() -> None:
    assert body_names("Sở Nội vụ, Trung tâm Lưu trữ lịch sử, các sở, ban, ngành tỉnh thực hiện.") == [
        "Sở Nội vụ", "Trung tâm Lưu trữ lịch sử", "Sở, ban, ngành tỉnh"]
    # with its level word the centre ends there, before the verb
    assert body_names("phối hợp Trung tâm Dữ liệu Thành phố xây dựng, đề xuất") == [
        "Trung tâm Dữ liệu Thành phố"]


def test_a_field_name_does_not_run_into_the_next_title() -> None:
    assert body_names("Giám đốc Sở Hợp tác và Hội nhập, Giám đốc Sở Khoa học và Công nghệ thực hiện.") == [
        "Sở Hợp tác và Hội nhập", "Sở Khoa học và Công nghệ"]


def test_the_duty_bearers_may_open_a_later_line_of_the_article(tmp_path: Path) -> None:
    text = ("QUYẾT ĐỊNH\nVề việc công bố quy trình nội bộ\n\n"
            "Điều 1. Công bố kèm theo Quyết định này quy trình nội bộ.\n"
            "Điều 2. Hiệu lực và trách nhiệm thi hành\n"
            "Quyết định này có hiệu lực kể từ ngày ký.\n"
            "Chánh Văn phòng UBND tỉnh; Giám đốc Sở Y tế, Thủ trưởng các sở, ban, ngành tỉnh và các tổ "
            "chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.\n")
    task = task_starting(tasks_in(tmp_path, text), "Hiệu lực và trách nhiệm")
    assert task.responsible == ["Văn phòng Ủy ban nhân dân tỉnh", "Sở Y tế", "Sở, ban, ngành tỉnh"]


def test_a_collective_of_body_classes_is_one_mention_as_written() -> None:
    assert body_names("phối hợp với các bộ ngành, địa phương liên quan triển khai") == [
        "Bộ ngành, địa phương"]
    assert body_names("cùng các sở, ngành, đơn vị liên quan thực hiện") == ["Sở, ngành, đơn vị"]
    # one class alone is no collective
    assert body_names("các bộ đã gửi ý kiến") == []


def test_the_unit_in_brackets_after_a_partner_is_a_partner_too(tmp_path: Path) -> None:
    text = ("KẾ HOẠCH\nTriển khai số hóa hồ sơ\n\n"
            "1. Sở Nội vụ chủ trì, phối hợp với Văn phòng UBND tỉnh (Trung tâm Lưu trữ tỉnh) và các bộ "
            "ngành, địa phương liên quan số hóa hồ sơ lưu trữ.\n")
    task = task_starting(tasks_in(tmp_path, text), "Sở Nội vụ")
    assert task.responsible == ["Sở Nội vụ"]
    assert task.coordinating == [
        "Văn phòng Ủy ban nhân dân tỉnh", "Trung tâm Lưu trữ tỉnh", "Bộ ngành, địa phương"]


def test_a_back_reference_does_not_cut_a_closing_list(tmp_path: Path) -> None:
    text = ("QUYẾT ĐỊNH\nVề việc giao chỉ tiêu tuyển sinh\n\n"
            "Điều 1. Giao chỉ tiêu tuyển sinh năm 2027 cho các huyện.\n"
            "Điều 2. Giám đốc Sở Giáo dục và Đào tạo; Chủ tịch UBND các huyện có tên tại Điều 1 và Thủ "
            "trưởng các cơ quan liên quan chịu trách nhiệm thi hành Quyết định này./.\n")
    task = task_starting(tasks_in(tmp_path, text), "Giám đốc Sở")
    assert task.responsible == ["Sở Giáo dục và Đào tạo", "Ủy ban nhân dân các huyện", "Cơ quan"]


def test_a_giao_in_a_relative_clause_assigns_nothing_here(tmp_path: Path) -> None:
    text = ("KẾ HOẠCH\nTriển khai chương trình chuyển đổi số\n\n"
            "1. Sở Tài chính có trách nhiệm bố trí kinh phí thực hiện các nhiệm vụ do Chủ tịch UBND tỉnh "
            "giao cho các sở, ngành trong năm 2027.\n"
            "2. Sở Nội vụ theo dõi các nhiệm vụ đã giao Sở Y tế và báo cáo kết quả.\n")
    tasks = tasks_in(tmp_path, text)
    assert task_starting(tasks, "Sở Tài chính").responsible == ["Sở Tài chính"]
    assert task_starting(tasks, "Sở Nội vụ").responsible == ["Sở Nội vụ"]


def test_a_titles_list_of_described_classes_names_each_class() -> None:
    # the body the classes belong to is every class's; the note in brackets is no class
    assert body_names(
        "Thủ trưởng các cơ quan quản lý ngành, đơn vị sự nghiệp y tế (kể cả trạm y tế), tổ chức dịch vụ công "
        "thuộc UBND huyện và UBND các xã chịu trách nhiệm thi hành.") == [
        "Cơ quan quản lý ngành thuộc Ủy ban nhân dân huyện",
        "Đơn vị sự nghiệp y tế thuộc Ủy ban nhân dân huyện",
        "Tổ chức dịch vụ công thuộc Ủy ban nhân dân huyện", "Ủy ban nhân dân các xã"]
    # a place named by its level word alone belongs to every class too (RULINGS R92)
    assert body_names("Giám đốc các đơn vị cấp nước sạch, tổ chức quản lý chợ thuộc tỉnh; Chủ tịch UBND các "
                      "phường thực hiện.") == [
        "Đơn vị cấp nước sạch thuộc tỉnh", "Tổ chức quản lý chợ thuộc tỉnh", "Ủy ban nhân dân các phường"]
    # an enterprise class keeps its capitalised name
    assert found_bodies("Tổng Giám đốc các Công ty Cổ phần Cấp thoát nước đô thị chịu trách nhiệm.")[0] == (
        "Công ty Cổ phần Cấp thoát nước đô thị", "other", None)
    # bare classes in the list are the generic doers' (RULINGS R15)
    assert body_names("Thủ trưởng các cơ quan, tổ chức, cá nhân khác có liên quan chịu trách nhiệm.") == [
        "Cơ quan"]


def test_a_head_of_office_names_the_office_written_in_lower_case() -> None:
    sentence = ("Trưởng phòng Tài vụ - Quản trị, Phó Trưởng phòng Hành chính - Tổng hợp, Chánh Văn phòng và"
                " Giám đốc Trung tâm Lưu trữ chịu trách nhiệm thi hành.")
    assert body_names(sentence)[:2] == ["Phòng Tài vụ - Quản trị", "Phòng Hành chính - Tổng hợp"]
    assert "Phòng" not in " ".join(body_names("Cán bộ phòng Tài vụ đã nhận hồ sơ."))


def test_the_predicate_of_an_execution_clause_ends_an_open_class_name() -> None:
    assert body_names("Cục Bảo tồn và Phát triển Làng nghề chịu trách nhiệm thi hành Quyết định này.") == [
        "Cục Bảo tồn và Phát triển Làng nghề"]


def test_a_founded_body_ends_before_the_basis_it_is_set_up_on() -> None:
    text = ("Điều 1. Thành lập Trường Trung cấp nghề Kỹ thuật Miền Tây trên cơ sở sáp nhập Trường A và"
            " Trường B.\nĐiều 2. Hiệu trưởng Trường Trung cấp nghề Kỹ thuật Miền Tây chịu trách nhiệm"
            " thi hành.")
    assert "Trường Trung cấp nghề Kỹ thuật Miền Tây" in body_names(text)


def test_a_bare_class_belongs_to_the_body_named_after_it() -> None:
    assert body_names("Thủ trưởng các tổ chức trực thuộc Cục Bảo tồn và Phát triển Làng nghề thi hành.") == [
        "Tổ chức trực thuộc Cục Bảo tồn và Phát triển Làng nghề"]
    assert body_names("Thủ trưởng các cơ quan thuộc UBND tỉnh thi hành.") == [
        "Cơ quan thuộc Ủy ban nhân dân tỉnh"]
    assert body_names("Thủ trưởng các tổ chức thuộc diện quản lý thi hành.") == []


def test_the_head_of_the_issuers_own_office_stands_for_it() -> None:
    assert body_names("Chánh Văn phòng, Vụ trưởng Vụ Tổng hợp chịu trách nhiệm thi hành.") == [
        "Văn phòng", "Vụ Tổng hợp"]
    assert body_names("Chánh Văn phòng UBND tỉnh thi hành.") == ["Văn phòng Ủy ban nhân dân tỉnh"]


def test_a_class_owned_by_the_central_classes_is_one_mention() -> None:
    sentence = "Thủ trưởng tổ chức cán bộ thuộc Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ thi hành."
    assert body_names(sentence) == ["Tổ chức cán bộ thuộc Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ"]
    assert body_names("Đơn vị thống kê Bộ, ngành báo cáo.") == ["Đơn vị thống kê Bộ, ngành"]
    # the classes themselves stay apart
    assert body_names("Các Bộ, cơ quan ngang Bộ thực hiện.") == ["Bộ", "Cơ quan ngang Bộ"]


def test_the_relevant_ones_of_a_class_keep_the_body_they_belong_to() -> None:
    sentence = "Thủ trưởng các cơ quan chuyên môn có liên quan thuộc UBND tỉnh; Sở Y tế thi hành."
    assert body_names(sentence) == ["Cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh", "Sở Y tế"]


def test_a_company_board_chair_heads_the_company_with_its_director(tmp_path: Path) -> None:
    # `Chủ tịch Hội đồng thành viên, Tổng giám đốc` are two titles of one head: the list goes on to the
    # companies, and the relevant units close it
    sentence = "Chủ tịch Hội đồng quản trị, Tổng giám đốc các tập đoàn, tổng công ty chịu trách nhiệm."
    assert body_names(sentence) == ["Tập đoàn, tổng công ty"]
    text = (
        "CÔNG ĐIỆN\nVề việc bảo đảm cung ứng điện\n\n"
        "1. Bộ trưởng Bộ Công Thương, Chủ tịch Ủy ban nhân dân các tỉnh, Chủ tịch Hội đồng thành viên, "
        "Tổng giám đốc các Tập đoàn, Tổng công ty, đơn vị liên quan khẩn trương rà soát nguồn điện.\n"
    )
    task = task_starting(tasks_in(tmp_path, text), "Bộ trưởng Bộ Công Thương")
    assert task.responsible == [
        "Bộ Công Thương", "Ủy ban nhân dân các tỉnh", "Tập đoàn, Tổng công ty, đơn vị"]


def test_each_title_of_a_closing_list_heads_the_words_up_to_the_next(tmp_path: Path) -> None:
    # names the body rules cut short, members distributed after `các Sở:` the rules do not know, and the
    # persons after the bodies
    text = ("QUYẾT ĐỊNH\nVề việc phân bổ vốn sự nghiệp\n\n"
            "Điều 1. Phân bổ vốn sự nghiệp năm 2027 cho các đơn vị.\n"
            "Điều 2. Chánh Văn phòng UBND tỉnh; Giám đốc các Sở: Thương mại, Bưu chính Viễn thông; "
            "Giám đốc Kho bạc Nhà nước chi nhánh tỉnh Quảng Bình; Giám đốc Ban Quản lý dự án 3; "
            "Chủ tịch UBND các huyện: Lệ Thủy, Quảng Ninh và Thủ trưởng các đơn vị có liên quan, "
            "các nhà đầu tư và cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.\n")
    task = task_starting(tasks_in(tmp_path, text), "Chánh Văn phòng")
    assert task.responsible == [
        "Văn phòng Ủy ban nhân dân tỉnh", "Sở Thương mại", "Sở Bưu chính Viễn thông",
        "Kho bạc Nhà nước chi nhánh tỉnh Quảng Bình", "Ban Quản lý dự án 3", "Ủy ban nhân dân các huyện",
        "Đơn vị"]


def test_a_title_wrapped_at_the_end_of_a_line_still_heads_its_body(tmp_path: Path) -> None:
    # (a PDF's text breaks lines inside a title: `Chủ\ntịch`)
    text = ("NGHỊ ĐỊNH\nQuy định chi tiết về kho lưu trữ\n\nĐiều 1. Phạm vi điều chỉnh\n"
            "Nghị định này quy định kho lưu trữ.\nĐiều 2. Trách nhiệm thi hành\n"
            "Bộ trưởng Bộ Nội vụ, các Bộ trưởng, Thủ trưởng cơ quan ngang bộ, Chủ\n"
            "tịch Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương chịu trách nhiệm\n"
            "thi hành Nghị định này.\n")
    task = task_starting(tasks_in(tmp_path, text), "Trách nhiệm thi hành")
    assert task.responsible == [
        "Bộ Nội vụ", "Bộ", "Cơ quan ngang bộ", "Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương"]


def test_the_scope_of_the_duty_ends_the_last_name_of_a_closing_list(tmp_path: Path) -> None:
    text = ("THÔNG TƯ\nHướng dẫn quản lý con dấu\n\nĐiều 1. Phạm vi\n"
            "Thông tư này hướng dẫn quản lý con dấu.\nĐiều 2. Tổng cục trưởng các Tổng cục, "
            "Giám đốc Sở Cảnh sát phòng cháy và chữa cháy thành phố Đà Nẵng trong phạm vi chức năng, "
            "nhiệm vụ của mình có trách nhiệm tổ chức thực hiện Thông tư này.\n")
    task = task_starting(tasks_in(tmp_path, text), "Tổng cục trưởng")
    assert task.responsible == ["Tổng cục", "Sở Cảnh sát phòng cháy và chữa cháy thành phố Đà Nẵng"]


def test_a_clause_after_a_semicolon_makes_no_list_of_office_holders() -> None:
    text = ("Giám đốc Sở Tư pháp làm tốt vai trò giúp Chủ tịch UBND tỉnh quản lý công tác hộ tịch; tiếp tục "
            "phối hợp với các sở")
    assert office_holders(text, find_body_mentions(text), 0, text.index(" phối hợp")) == []
    listed = "Giám đốc Sở Tư pháp; Chủ tịch UBND các huyện"
    assert [b.canonical for b in office_holders(listed, find_body_mentions(listed), 0, len(listed))] == [
        "Sở Tư pháp", "Ủy ban nhân dân các huyện"]
