"""The one reader of a header row's column roles, used by the assignment tables and the procedure lists."""

from policylink.nlp.table_headers import column_roles


def test_an_assignment_header_gives_each_column_its_role() -> None:
    roles = column_roles(
        ["STT", "Nội dung công việc", "Cơ quan chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"])
    assert roles == {"number": 0, "task": 1, "responsible": 2, "coordinating": 3, "deadline": 4}


def test_a_procedure_lists_legal_basis_column_by_any_of_its_names() -> None:
    assert column_roles(["TT", "Tên thủ tục", "Phí, lệ phí", "Căn cứ pháp lý"])["basis"] == 3
    assert column_roles(["Stt", "Mã", "Tên VBQPPL quy định việc bãi bỏ TTHC"])["basis"] == 2


def test_a_proposers_column_and_a_sentence_play_no_role() -> None:
    sentence = ("Cơ quan chủ trì thực hiện các nội dung được giao tại kế hoạch này trong suốt năm 2026 và "
                "các năm tiếp theo")
    roles = column_roles(["Nhiệm vụ", "Đơn vị đề xuất", sentence])
    assert roles == {"task": 0}


def test_a_unit_of_measure_column_names_no_doer() -> None:
    roles = column_roles(["TT", "Nội dung công việc", "Số lượng và đơn vị tính", "Ghi chú"])
    assert roles == {"number": 0, "task": 1}
