"""Bodies a regulation names by their function (issue 12, RULINGS R80) as the doers of its clauses, on
texts of our own: the body that receives files (`Cơ quan tiếp nhận hồ sơ và trả kết quả`) and the one
that resolves them (`cơ quan, đơn vị có thẩm quyền giải quyết hồ sơ`); bare `cơ quan có thẩm quyền`
names no function and stays no body. A prohibition laid on such doers (`... không được yêu cầu ...`)
directs no action (R63, R79)."""

from pathlib import Path

from nlp_fixtures import body_names, rule_tasks, task_starting, tasks_in


def test_bodies_named_by_their_function() -> None:
    assert body_names("Cơ quan tiếp nhận hồ sơ và trả kết quả có trách nhiệm hướng dẫn người nộp.") == [
        "Cơ quan tiếp nhận hồ sơ và trả kết quả"]
    assert body_names("Khi quá hạn, các cơ quan, đơn vị có thẩm quyền giải quyết hồ sơ phải xin lỗi.") == [
        "Cơ quan, đơn vị có thẩm quyền giải quyết hồ sơ"]
    assert body_names("đơn vị giải quyết hồ sơ chuyển kết quả cho cơ quan tiếp nhận hồ sơ;") == [
        "Đơn vị giải quyết hồ sơ", "Cơ quan tiếp nhận hồ sơ"]
    assert body_names("Cơ quan có thẩm quyền giải quyết thủ tục hành chính trả lại hồ sơ.") == [
        "Cơ quan có thẩm quyền giải quyết thủ tục hành chính"]
    # no function named: no body (RULINGS R5, R15)
    assert body_names("Trình cơ quan có thẩm quyền, cấp có thẩm quyền xem xét, quyết định.") == []


RULES = "\n".join([
    "QUY CHẾ",
    "Tiếp nhận và giải quyết thủ tục hành chính về nhà ở",
    "Điều 4. Trách nhiệm trong tiếp nhận và trả kết quả",
    "1. Cơ quan tiếp nhận hồ sơ và trả kết quả có trách nhiệm:",
    "a) Hướng dẫn tổ chức, cá nhân bổ sung hồ sơ trong ngày tiếp nhận;",
    "b) Trả kết quả cho người nộp hồ sơ trong thời hạn không quá 02 ngày kể từ ngày có kết quả.",
    "2. Các cơ quan, đơn vị có thẩm quyền giải quyết hồ sơ gửi văn bản xin lỗi tổ chức, cá nhân khi hồ sơ "
    "quá hạn giải quyết và hẹn lại ngày trả kết quả.",
    "3. Cơ quan tiếp nhận hồ sơ, cơ quan giải quyết hồ sơ thực hiện thủ tục cấp phép không được yêu cầu "
    "người nộp hồ sơ nộp thêm giấy tờ ngoài thành phần hồ sơ đã công bố.",
    "",
])


def test_a_body_named_by_its_function_is_the_doer(tmp_path: Path) -> None:
    for tasks in (rule_tasks(tmp_path, RULES), tasks_in(tmp_path, RULES)):
        for words in ("Hướng dẫn tổ chức", "Trả kết quả cho người"):
            assert task_starting(tasks, words).responsible == ["Cơ quan tiếp nhận hồ sơ và trả kết quả"]
        assert task_starting(tasks, "Các cơ quan, đơn vị có thẩm").responsible == [
            "Cơ quan, đơn vị có thẩm quyền giải quyết hồ sơ"]
        # the prohibition laid on the doers is no duty
        assert len(tasks) == 3
