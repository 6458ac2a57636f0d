"""A project's roles (nlp.role_doers), on texts of our own: the investor, the contractor and the hired
supervisor are doers but no bodies (RULINGS R15, R83; H20): their duties are tasks with no responsible
body, whether an item under `Trách nhiệm của <role>` or a clause the role opens (past an opening
adverbial); a body's heading keeps its body, and a list of rights stays no duties."""

from pathlib import Path

from nlp_fixtures import task_starting, tasks_in

REGULATION = (
    "QUY ĐỊNH\nVề quản lý chất lượng công trình cải tạo kênh mương\n\n"
    "Điều 5. Trách nhiệm của các bên\n"
    "1. Trách nhiệm của Sở Xây dựng.\n"
    "a) Hướng dẫn việc lập hồ sơ hoàn công đối với các công trình thủy lợi nhỏ;\n"
    "2. Trách nhiệm của chủ đầu tư.\n"
    "a) Bố trí đủ nhân lực để theo dõi chất lượng vật liệu đưa vào công trình;\n"
    "b) Quyết định tạm dừng thi công khi phát hiện vật liệu không bảo đảm chất lượng;\n"
    "3. Trách nhiệm của đơn vị thi công\n"
    "a) Lập sổ theo dõi vật liệu nhập về công trường theo từng đợt;\n"
    "4. Quyền của đơn vị tư vấn\n"
    "a) Từ chối ký biên bản khi hồ sơ hoàn công chưa đầy đủ;\n"
    "Điều 6. Kiểm tra vật liệu\n"
    "1. Trước khi đổ bê tông, đơn vị thi công phải mời đơn vị giám sát, kiểm tra cùng lấy mẫu vật liệu.\n"
    "2. Sau khi nhận được kết quả thí nghiệm, chủ đầu tư có trách nhiệm thông báo cho các bên.\n"
    "3. Đơn vị tư vấn lập nhật ký công trình và lưu tại công trường.\n"
    "4. Mẫu vật liệu của đơn vị thi công, chủ đầu tư lưu giữ được niêm phong theo quy định.\n"
)


def test_items_under_a_role_heading_are_tasks_of_no_body(tmp_path: Path) -> None:
    tasks = tasks_in(tmp_path, REGULATION)
    assert task_starting(tasks, "Bố trí đủ nhân lực").responsible == []
    assert task_starting(tasks, "Lập sổ theo dõi").responsible == []
    # a decision the heading charges the role with is a duty, not a power handed down
    assert task_starting(tasks, "Quyết định tạm dừng").responsible == []
    # a body's heading still names it
    assert task_starting(tasks, "Hướng dẫn việc lập").responsible == ["Sở Xây dựng"]


def test_a_list_of_rights_and_the_headings_are_no_tasks(tmp_path: Path) -> None:
    texts = [t.text for t in tasks_in(tmp_path, REGULATION)]
    assert not any(t.startswith(("Từ chối ký", "Trách nhiệm của")) for t in texts)


def test_a_clause_a_role_opens_is_its_duty(tmp_path: Path) -> None:
    tasks = tasks_in(tmp_path, REGULATION)
    assert task_starting(tasks, "Trước khi đổ bê tông").responsible == []
    assert task_starting(tasks, "Sau khi nhận được kết quả").responsible == []
    assert task_starting(tasks, "Đơn vị tư vấn lập nhật ký").responsible == []
    # roles listed after `của` are an owner, no subject: the clause is passive
    assert not any(t.text.startswith("Mẫu vật liệu") for t in tasks)
