"""Who a duty names in the forms published documents use (issue 12), on texts of our own: a lead-in
addressing `Các đồng chí Bộ trưởng, ...` passes its bodies to its items, a distributed list after a
collective head, a role before the first body, a topic (`Đối với ...`) closed by a colon or by an
addressing verb, and a closing article's generic doers and its action."""

from pathlib import Path

from nlp_fixtures import task_starting, tasks_in

CONCLUSION = (
    "THÔNG BÁO\nKết luận của Phó Thủ tướng Chính phủ\n\n"
    "Phó Thủ tướng Chính phủ kết luận như sau:\n"
    "1. Các đồng chí Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ chỉ đạo quyết liệt, "
    "trong đó lưu ý một số nội dung sau:\n"
    "- Rà soát các nhiệm vụ được giao trong năm 2026.\n"
    "- Hoàn thiện báo cáo tổng kết trước ngày 15/12/2026.\n"
    "2. Các Bộ, cơ quan: Tài chính, Y tế, Văn hóa, Thể thao và Du lịch khẩn trương rà soát các dự án "
    "đầu tư.\n"
    "3. Đối với 05 nhiệm vụ còn chậm tiến độ, yêu cầu các Bộ: Xây dựng; Nội vụ hoàn thành trong "
    "tháng 12 năm 2026.\n"
    "4. Đối với hồ sơ chưa đầy đủ: Cơ quan thuế địa phương có trách nhiệm hướng dẫn người nộp thuế.\n"
    "5. Giao Trưởng Thuế các tỉnh, thành phố chỉ đạo triển khai các nội dung trên.\n"
)


def test_items_take_the_bodies_their_lead_in_addresses(tmp_path: Path) -> None:
    tasks = tasks_in(tmp_path, CONCLUSION)
    for start in ("Rà soát các nhiệm vụ", "Hoàn thiện báo cáo"):
        assert task_starting(tasks, start).responsible == [
            "Bộ", "Cơ quan ngang Bộ", "Cơ quan thuộc Chính phủ"]


def test_a_distributed_list_names_each_body(tmp_path: Path) -> None:
    task = task_starting(tasks_in(tmp_path, CONCLUSION), "Các Bộ, cơ quan: Tài chính")
    assert task.responsible == ["Bộ Tài chính", "Bộ Y tế", "Bộ Văn hóa, Thể thao và Du lịch"]


def test_a_topic_gives_way_to_its_actor(tmp_path: Path) -> None:
    tasks = tasks_in(tmp_path, CONCLUSION)
    assert task_starting(tasks, "Đối với 05 nhiệm vụ").responsible == ["Bộ Xây dựng", "Bộ Nội vụ"]
    assert task_starting(tasks, "Đối với hồ sơ").responsible == ["Cơ quan thuế địa phương"]


def test_a_role_before_the_first_body(tmp_path: Path) -> None:
    task = task_starting(tasks_in(tmp_path, CONCLUSION), "Giao Trưởng Thuế")
    assert task.responsible == ["Thuế các tỉnh, thành phố"]


def test_a_closing_article_names_its_generic_doers(tmp_path: Path) -> None:
    text = ("QUYẾT ĐỊNH\nVề việc công bố danh mục thủ tục hành chính\n\n"
            "Điều 1. Công bố kèm theo Quyết định này danh mục thủ tục hành chính.\n"
            "Điều 2. Chánh Văn phòng Ủy ban nhân dân tỉnh; Giám đốc Sở Y tế; Giám đốc Trung tâm phục vụ "
            "hành chính công tỉnh và các cơ quan, tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành "
            "Quyết định này./.\n")
    task = task_starting(tasks_in(tmp_path, text), "Chánh Văn phòng")
    assert task.responsible == ["Văn phòng Ủy ban nhân dân tỉnh", "Sở Y tế",
                                "Trung tâm phục vụ hành chính công tỉnh", "Cơ quan"]
    # `các tổ chức`, `có liên quan` name doers, not the action
    assert task.action is not None and task.action.startswith("chịu trách nhiệm thi hành")


def test_a_lead_with_partners_after_cung(tmp_path: Path) -> None:
    # `chủ trì cùng X` is `chủ trì, phối hợp với X` (RULINGS R17)
    text = ("CÔNG ĐIỆN\nVề việc hoàn thành các công trình\n\n"
            "1. Bộ Tài chính chủ trì cùng Bộ Xây dựng và các bộ, ngành liên quan rà soát, đề xuất khen "
            "thưởng các công trình về đích sớm.\n")
    task = task_starting(tasks_in(tmp_path, text), "Bộ Tài chính")
    assert task.responsible == ["Bộ Tài chính"]
    assert task.coordinating == ["Bộ Xây dựng", "Bộ, ngành"]


def test_partners_after_phoi_hop_cung(tmp_path: Path) -> None:
    # `phối hợp cùng X` is `phối hợp với X`
    text = ("KẾ HOẠCH\nVề việc đào tạo cán bộ\n\n"
            "1. Trường Chính trị tỉnh tăng cường đội ngũ giảng viên, phối hợp cùng Sở Nội vụ mở lớp "
            "bồi dưỡng.\n")
    task = task_starting(tasks_in(tmp_path, text), "Trường Chính trị")
    assert task.responsible == ["Trường Chính trị tỉnh"]
    assert task.coordinating == ["Sở Nội vụ"]


def test_the_province_as_a_subject_is_the_body_the_notice_is_sent_to(tmp_path: Path) -> None:
    # RULINGS R11: `Tỉnh` in a notice about one province
    text = ("THÔNG BÁO\nKết luận của Phó Thủ tướng Chính phủ tại buổi làm việc với tỉnh Lai Châu\n\n"
            "II. VỀ CÁC KIẾN NGHỊ CỦA TỈNH\n"
            "1. Về hỗ trợ kinh phí: Giao Bộ Tài chính chủ trì xem xét, xử lý theo quy định.\n"
            "2. Về việc hỗ trợ xe cứu thương: Tỉnh căn cứ các quy định hiện hành để sắp xếp, bố trí xe "
            "phục vụ công tác.\n"
            "Văn phòng Chính phủ thông báo để Ủy ban nhân dân tỉnh Lai Châu và các Bộ, cơ quan liên quan "
            "biết, thực hiện./.\n")
    task = task_starting(tasks_in(tmp_path, text), "Về việc hỗ trợ xe")
    assert task.responsible == ["Ủy ban nhân dân tỉnh Lai Châu"]
