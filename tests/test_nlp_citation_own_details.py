"""The citing document details or guides the one it cites (nlp.citation_relations), and an alias is never
nested in a mention of its own document (nlp.citation_details): sentences of our own."""

from citation_fixtures import SELF, cite, keys_and_relations


def test_the_citing_document_that_details_a_decree_carries_it_out() -> None:
    text = ("Điều 1. Phạm vi điều chỉnh\nThông tư này quy định chi tiết thi hành một số điều của Nghị "
            "định số 12/2020/NĐ-CP ngày 05/3/2020 về quản lý cảng cá.")
    assert keys_and_relations(text) == [("12/2020/NĐ-CP", "implements")]


def test_the_issuer_guiding_a_decree_carries_it_out() -> None:
    text = "Bộ Tài chính hướng dẫn thi hành Nghị định số 12/2020/NĐ-CP ngày 05/3/2020 như sau:"
    assert keys_and_relations(text) == [("12/2020/NĐ-CP", "implements")]


def test_details_by_other_documents_are_only_cited() -> None:
    text = ("Thực hiện thủ tục theo quy định chi tiết của Nghị định số 12/2020/NĐ-CP; rà soát các văn bản "
            "hướng dẫn thi hành Nghị định số 13/2020/NĐ-CP.")
    assert keys_and_relations(text) == [("12/2020/NĐ-CP", "cites"), ("13/2020/NĐ-CP", "cites")]


def test_an_alias_is_not_nested_in_a_mention_of_its_own_document() -> None:
    text = ("Thông tư hướng dẫn Nghị định số 12/2020/NĐ-CP ngày 05/3/2020 về quản lý cảng cá\n"
            "Bộ Tài chính hướng dẫn Nghị định số 12/2020/NĐ-CP ngày 05/3/2020 về quản lý cảng cá (sau đây "
            "viết gọn là Nghị định số 12/2020/NĐ-CP), như sau:")
    assert [c.source for c in cite(text)] == [SELF, SELF, SELF]


def test_contents_of_the_citing_and_the_cited_document_together_are_carried_out() -> None:
    text = ("- Triển khai thực hiện các nhiệm vụ, giải pháp đề ra trong Nghị quyết này và Đề án phát triển "
            "nguồn nhân lực đến năm 2030 đã được phê duyệt.")
    assert keys_and_relations(text) == [("Đề án phát triển nguồn nhân lực đến năm 2030", "implements")]


def test_the_enactment_sentence_naming_its_own_detailing_decree_carries_the_law_out() -> None:
    # `ban hành Nghị định quy định chi tiết ...` closing the preamble (a chapter follows): the decree is the
    # citing one itself, not another detailing document
    text = ("Theo đề nghị của Bộ trưởng Bộ Công Thương;\nChính phủ ban hành Nghị định quy định chi tiết "
            "khoản 2 Điều 14 Luật Hóa chất về quản lý kho chứa.\n\nChương I\nQUY ĐỊNH CHUNG")
    assert keys_and_relations(text) == [("Luật Hóa chất", "implements")]
    # the same words as a proposal are another document still to be made
    text = "Đề nghị Bộ Công Thương sớm ban hành Thông tư hướng dẫn thi hành Luật Hóa chất."
    assert keys_and_relations(text) == [("Luật Hóa chất", "cites")]


def test_a_nested_decree_detailing_named_parts_of_a_law_carries_it_out() -> None:
    text = ("Căn cứ Nghị định số 41/2030/NĐ-CP ngày 2 tháng 3 năm 2030 của Chính phủ quy định chi tiết "
            "khoản 3 Điều 37 và Điều 39 của Luật Thủy sản về cảng cá;")
    found = [(c.key, c.relation, c.source) for c in cite(text)]
    assert found[1][:2] == ("Luật Thủy sản", "implements") and found[1][2] != SELF


def test_a_title_opening_the_text_without_its_header_names_the_citing_document() -> None:
    text = ("Thông tư quy định chi tiết thi hành một số điều của Nghị định số 12/2020/NĐ-CP ngày 05/3/2020 "
            "về quản lý cảng cá\nCăn cứ Luật Thủy sản;")
    assert keys_and_relations(text)[0] == ("12/2020/NĐ-CP", "implements")
    # further in, a type word before the cue names other detailing documents
    text = "Căn cứ Luật Thủy sản;\nrà soát các Thông tư quy định chi tiết Nghị định số 12/2020/NĐ-CP."
    assert keys_and_relations(text)[-1] == ("12/2020/NĐ-CP", "cites")
