"""Dossier lists: their items name kinds of papers, not documents (nlp.citation_dossiers)."""

from citation_fixtures import cite

from policylink.nlp.citation_dossiers import dossier_items


def test_a_document_named_in_a_dossier_item_is_no_citation() -> None:
    text = ("2. Hồ sơ đề nghị sáp nhập đơn vị sự nghiệp, gồm:\na) Đề án sáp nhập đơn vị sự nghiệp công lập;\n"
            "b) Tờ trình đề nghị sáp nhập;\nc) Quyết định số 12/2024/QĐ-UBND ngày 1/2/2024 của UBND tỉnh.\n"
            "Sau đó thực hiện Đề án Phát triển giáo dục nghề nghiệp đến năm 2030.")
    # a numbered document in an item exists; the named one after the list is cited as ever
    assert [c.key for c in cite(text)] == ["12/2024/QĐ-UBND",
                                           "Đề án Phát triển giáo dục nghề nghiệp đến năm 2030"]


def test_the_items_run_from_the_lead_in_to_the_first_line_that_is_no_item() -> None:
    text = "Thành phần hồ sơ:\n- Đơn đề nghị;\n- Bản sao giấy phép.\nThời hạn giải quyết: 5 ngày."
    ((start, end),) = dossier_items(text)
    assert text[start:end] == "- Đơn đề nghị;\n- Bản sao giấy phép.\n"
    assert dossier_items("Hồ sơ được lưu tại Văn phòng.\n- Bản chính.\n") == []
