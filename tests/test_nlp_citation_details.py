"""What a mention says after its name: date, issuer and subject, and where a subject ends
(nlp.citation_details)."""

import pytest
from citation_fixtures import SELF, cite, cited

from policylink.nlp.citation_details import _SIBLING_JOIN, _ends_with_join
from policylink.nlp.citations import find_citations
from policylink.nlp.deadlines import find_deadlines
from policylink.nlp.pipeline import vietnamese_doc


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # issuer written between the number and the date
        ("Thực hiện Kế hoạch số 120-KH/TU của Ban Thường vụ Tỉnh ủy ngày 5/7/2023 về chuyển đổi số",
         [("120-KH/TU", "2023-07-05")]),
    ],
)
def test_an_issuer_before_the_date(text: str, keys: list[tuple[str, str | None]]) -> None:
    assert [(c.key, c.date) for c in cited(text)] == keys


def test_numbers_sharing_a_symbol_share_the_date_and_cue() -> None:
    found = cite("Thực hiện Nghị quyết số 18, 19-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương")
    assert [(c.key, c.date, c.relation) for c in found] == [
        ("18-NQ/TW", "2022-06-16", "implements"), ("19-NQ/TW", "2022-06-16", "implements")]


def test_a_plural_before_a_type_word_opens_a_new_list_item() -> None:
    found = cite("gắn với thực hiện Nghị quyết số 05-NQ/TU của Tỉnh ủy về phát triển nông nghiệp và các "
                 "Kết luận số 12-KL/TW, 13-KL/TW của Bộ Chính trị; bảo đảm hiệu quả")
    assert [(c.key, c.relation, c.source) for c in found] == [
        ("05-NQ/TU", "implements", SELF), ("12-KL/TW", "implements", SELF), ("13-KL/TW", "implements", SELF)]


def test_a_subject_stops_where_the_citing_sentence_goes_on() -> None:
    text = ("Căn cứ Nghị định số 31/2019/NĐ-CP ngày 10/4/2019 của Chính phủ quy định chi tiết một số điều "
            "và biện pháp thi hành Luật Tố cáo, phấn đấu đến năm 2030 giải quyết 95% vụ việc, Ban Thường vụ "
            "Huyện ủy yêu cầu các cấp ủy thực hiện tốt các nội dung sau:")
    doc = vietnamese_doc(text)
    found = find_citations(doc, self_id=SELF, jurisdiction="Bắc Giang")
    decree, law = found
    assert decree.subject == "quy định chi tiết một số điều và biện pháp thi hành Luật Tố cáo"
    assert (law.key, law.relation) == ("Luật Tố cáo", "implements")  # the decree details the law
    assert law.source != SELF
    _, horizons = find_deadlines(doc, exclude=[(c.start, c.end) for c in found])
    assert [(h.text, h.due) for h in horizons] == [("đến năm 2030", "2030-12-31")]


def test_a_closing_predicate_is_not_part_of_the_replaced_subject() -> None:
    text = ("Kế hoạch này thay thế Kế hoạch số 20-KH/HU ngày 1/3/2020 của Ban Thường vụ Huyện ủy về công "
            "tác dân vận và được gửi đến các chi bộ.")
    (plan,) = cite(text)
    assert (plan.subject, plan.relation) == ("về công tác dân vận", "replaces")


@pytest.mark.parametrize(
    "tail",
    [", Ban Chấp hành Đảng bộ tỉnh quyết nghị:\n1. Mục tiêu",
     ", Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy thực hiện các nội dung sau:\n"],
)
def test_a_subject_stops_before_the_citing_documents_main_clause(tail: str) -> None:
    (found,) = cite(f"Thực hiện Nghị quyết số 09-NQ/TU ngày 01/9/2025 của Tỉnh ủy về phát triển du lịch"
                    f"{tail}")
    assert found.subject == "về phát triển du lịch"


@pytest.mark.parametrize(
    ("text", "start"),
    [
        ("theo Kế hoạch số 5/KH-UBND, ", 0),
        ("theo Kế hoạch số 5/KH-UBND và các ", 0),
        ("về phát triển, nâng cao chất lượng và ", 3),
        ("về phát triển, nâng cao chất lượng của ", 3),
        ("về phát triển;\n  ", 3),
        ("về chăn nuôi và ", 3),  # `nuôi và `: the separator starts inside a run of its letters
        (" và các ", 2),  # the stretch starts inside the separator
    ],
)
def test_a_separator_is_found_where_a_search_of_the_whole_stretch_finds_it(text: str, start: int) -> None:
    for end in range(start, len(text) + 1):
        assert _ends_with_join(text, start, end) == bool(_SIBLING_JOIN.search(text[start:end]))


def test_an_enterprises_letter_is_no_citation_but_what_it_names_is() -> None:
    text = ("Cục Thuế nhận được công văn số 291/STSG-HC ngày 29/9/2025 của Công ty cổ phần Thương mại "
            "Hòa Bình về việc điều chỉnh đơn giá thuê đất theo Quyết định số 05/2025/QĐ-UBND ngày "
            "17/01/2025. Căn cứ công văn số 12/CTBG-KK ngày 2/3/2025 của Tổng cục Thuế; văn bản số 7/ĐN-HTX "
            "ngày 1/3/2025 của Hợp tác xã Tân An.")
    assert [(c.key, c.issuer) for c in cite(text)] == [
        ("05/2025/QĐ-UBND", None), ("12/CTBG-KK", "Tổng cục Thuế")]


def test_a_note_on_what_the_issuer_is_now_does_not_cut_off_the_subject() -> None:
    found = cite("Cục Thuế nhận được Công văn số 74/CCT-NV ngày 3/6/2025 của Chi cục Thuế khu vực V (nay "
                 "là Thuế tỉnh Lào Cai) về việc thực hiện Nghị quyết số 55/2023/QH15 ngày 9/6/2023.")
    assert [(c.key, c.issuer, c.relation, c.source) for c in found][1:] == [
        ("55/2023/QH15", None, "implements", found[0].target_id)]
    assert found[0].issuer == "Chi cục Thuế khu vực V"


def test_an_issuer_title_ending_a_line_takes_the_body_on_the_next_line() -> None:
    text = ("1. Thông tư số 52/2031/TT-BTC ngày 30 tháng 6 năm 2031 của Thủ tướng\nChính phủ về thuế.\n"
            "2. Thông tư số 53/2031/TT-BTC ngày 30 tháng 6 năm 2031 của Bộ trưởng\n"
            "Bộ Tài chính hướng dẫn thuế.")
    assert [c.issuer for c in cited(text)] == ["Thủ tướng Chính phủ", "Bộ trưởng Bộ Tài chính"]


def test_a_document_amending_in_turn_is_corrected_beside_the_first_not_amended_by_it() -> None:
    # a title hard-wrapped over eight lines (a Gazette PDF) is still read as one
    found = cite(
        "QUYẾT ĐỊNH\nVề việc đính chính Thông tư số 10/2031/TT-BTC sửa đổi, bổ sung một số\nđiều của "
        "Thông tư số 20/2029/TT-BTC ngày 5 tháng 6 năm 2029 của Bộ trưởng Bộ\nTài chính hướng dẫn "
        "quản lý quỹ đầu tư và\nThông tư số 30/2029/TT-BTC ngày 7 tháng 8 năm 2029 của Bộ trưởng Bộ\n"
        "Tài chính hướng dẫn giám sát\nthị trường trái phiếu và Thông tư số 11/2031/TT-BTC sửa đổi,\nbổ "
        "sung một số điều của Thông tư số 40/2029/TT-BTC ngày 9 tháng 9 năm 2029 của\nBộ trưởng Bộ Tài "
        "chính hướng dẫn niêm yết\nBỘ TRƯỞNG BỘ TÀI CHÍNH\n")
    by_key = {c.key: c for c in found}
    first, second = by_key["10/2031/TT-BTC"], by_key["11/2031/TT-BTC"]
    assert (first.relation, first.source) == ("amends", SELF)
    assert (second.relation, second.source) == ("amends", SELF)
    assert [by_key[k].source for k in ("20/2029/TT-BTC", "30/2029/TT-BTC")] == [first.target_id] * 2
    assert by_key["40/2029/TT-BTC"].source == second.target_id


def test_a_part_of_a_document_of_the_same_type_after_a_join_opens_a_sibling() -> None:
    found = cite("Căn cứ Quyết định số 50/2031/QĐ-TTg ngày 2/3/2031 về việc sửa đổi, bổ sung một số điều của "
                 "Quyết định số 12/2020/QĐ-TTg ngày 5/6/2020 về hỗ trợ nhà ở và Điều 3 Quyết định số "
                 "14/2021/QĐ-TTg ngày 7/8/2021 về hỗ trợ người có công;")
    by_key = {c.key: c for c in found}
    amending = by_key["50/2031/QĐ-TTg"]
    assert [(by_key[k].relation, by_key[k].source) for k in ("12/2020/QĐ-TTg", "14/2021/QĐ-TTg")] == [
        ("amends", amending.target_id)] * 2
    # coordinated parts of one document are no two documents
    found = cite("Căn cứ Nghị định số 41/2030/NĐ-CP ngày 2/3/2030 của Chính phủ quy định chi tiết khoản 3 "
                 "Điều 37 và Điều 39 của Luật Thủy sản về cảng cá;")
    assert found[1].source == found[0].target_id
