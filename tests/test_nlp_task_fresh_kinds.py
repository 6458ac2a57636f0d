"""Kinds of task errors counted on fresh real documents (issue 12, batches 4 and 5), on texts of our
own: adjectives coordinated before their object act as the duty's verb (`Công khai, minh bạch danh
mục ...`), and the description of goods in a notice (`Tóm tắt mô tả hàng hóa`, `Thông số kỹ thuật`)
says how a thing works, not who must do what; the publishing items of a decision publish, no one
is charged by them. Decided by the rules alone (the learned model weighs
their verdicts, tests/test_duty_model.py)."""

from pathlib import Path

from nlp_fixtures import rule_tasks, task_starting

DECISION = "\n".join([
    "QUYẾT ĐỊNH",
    "Về việc công bố danh mục thủ tục hành chính",
    "Điều 2. Trách nhiệm của các cơ quan",
    "1. Sở Xây dựng",
    "a) Tổ chức tập huấn nghiệp vụ cho công chức tiếp nhận hồ sơ;",
    "b) Công khai, minh bạch danh mục và quy trình giải quyết tại Trung tâm Phục vụ hành chính công;",
    "c) Niêm yết đầy đủ, kịp thời danh mục thủ tục tại trụ sở.",
    "2. Ủy ban nhân dân các xã",
    "a) Công khai và đầy đủ thông tin về thủ tục trên trang thông tin điện tử;",
    "b) Nhanh chóng, thuận tiện và đầy đủ.",
    "",
])


def test_coordinated_adjectives_with_an_object_are_a_duty(tmp_path: Path) -> None:
    tasks = rule_tasks(tmp_path, DECISION)
    for words, body in (("Công khai, minh bạch danh mục", "Sở Xây dựng"),
                        ("Công khai và đầy đủ thông tin", "Ủy ban nhân dân các xã")):
        assert task_starting(tasks, words).responsible == [body]
    # an adjective with no object directs nothing
    assert not any(t.text.startswith("Nhanh chóng") for t in tasks)


NOTICE = "\n".join([
    "THÔNG BÁO",
    "Về kết quả xác định trước mã số",
    "Cục Hải quan thông báo kết quả xác định trước mã số như sau:",
    "1. Hàng hóa đề nghị xác định trước mã số do tổ chức, cá nhân cung cấp:",
    "Tên thương mại: Máy đo nhiệt độ cầm tay",
    "2. Tóm tắt mô tả hàng hóa được xác định trước mã số:",
    "- Cơ chế hoạt động:",
    "+ Bộ vi xử lý kích hoạt cảm biến để đo nhiệt độ bề mặt.",
    "+ Giao tiếp Bluetooth với điện thoại để truyền số liệu.",
    "- Cách thức sử dụng:",
    "+ Lắp pin vào máy và bấm nút nguồn.",
    "+ Mở ứng dụng trên điện thoại và ghép nối thiết bị.",
    "3. Thông số kỹ thuật:",
    "- Kiểm tra độ chính xác bằng nhiệt kế chuẩn.",
    "4. Cục Hải quan kiểm tra việc áp dụng mã số đã xác định.",
    "",
])


def test_a_description_of_goods_is_no_duty(tmp_path: Path) -> None:
    tasks = rule_tasks(tmp_path, NOTICE)
    assert [(t.text[:30], t.responsible) for t in tasks] == [
        ("Cục Hải quan kiểm tra việc áp ", ["Cục Hải quan"])]


def test_the_publishing_items_of_article_one_are_no_duty(tmp_path: Path) -> None:
    text = "\n".join([
        "QUYẾT ĐỊNH",
        "Về việc công bố danh mục thủ tục hành chính",
        "Điều 1. Công bố 03 danh mục thủ tục hành chính thuộc phạm vi quản lý của Sở Y tế.",
        "1. Ban hành mới 12 thủ tục hành chính cấp tỉnh và 12 quy trình nội bộ giải quyết.",
        "2. Công bố danh mục thủ tục hành chính bị bãi bỏ.",
        "Điều 2. Sở Y tế cập nhật các thủ tục trên Cơ sở dữ liệu quốc gia.",
        "",
    ])
    assert [t.responsible for t in rule_tasks(tmp_path, text)] == [["Sở Y tế"]]
