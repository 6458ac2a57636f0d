"""Rulings R36-R41 on real documents, each on sentences of our own: quotations, a footnote giving a
subject, misprinted symbols, documents and amendments still to be made, and the cues `thực thi`,
`hướng dẫn thi hành` and a class of detailing decrees."""

import pytest
from citation_fixtures import SELF, cite, cited


# R36: what a quotation reproduces is cited by the citing document, whatever cue stands inside it.
@pytest.mark.parametrize(
    "text",
    [
        'Điều 1. Sửa đổi, bổ sung Điều 5 như sau:\n"Điều 5. Hồ sơ lập theo Luật Xây dựng năm 2020 '
        'và căn cứ Nghị định số 175/2024/NĐ-CP."',
        "Tại Thông báo trước, UBND tỉnh đã giao “Sở Tài chính thực hiện Kế hoạch kiểm tra số 31/KH-STC "
        "ngày 4/3/2025 và thay thế Quyết định số 18/QĐ-STC”.",
    ],
)
def test_documents_named_inside_a_quotation_are_cited_by_the_document_itself(text: str) -> None:
    found = cited(text)
    assert found and {(c.relation, c.source) for c in found} == {("cites", SELF)}


def test_a_quoted_title_is_no_quotation() -> None:
    plan, resolution = cite("Thực hiện Kế hoạch số 12/KH-UBND ngày 2/2/2024 của UBND tỉnh về “Triển khai "
                            "Nghị quyết số 57-NQ/TW của Bộ Chính trị”, Sở Khoa học và Công nghệ báo cáo.")
    assert (plan.relation, resolution.relation) == ("implements", "implements")
    assert resolution.source == plan.target_id


def test_an_alias_in_quotation_marks_is_still_cited_as_its_referent() -> None:
    full, alias = cite("Thực hiện Nghị quyết số 06-NQ/TU ngày 3/3/2021 của Tỉnh ủy về phát triển đô thị "
                       "(sau đây gọi tắt là “Nghị quyết số 06-NQ/TU”), UBND tỉnh ban hành Kế hoạch.")
    assert (full.relation, alias.relation, alias.source) == ("implements", "implements", SELF)


# R37: a footnote that opens with `Về` gives the subject of the document its anchor follows.
@pytest.mark.parametrize("marker, anchor", [("⁴", "⁴"), ("[4]", "[4]"), ("(4)", "(4)")])
def test_a_footnote_giving_a_subject_nests_its_documents_in_it(marker: str, anchor: str) -> None:
    report, conclusion, resolution = cite(
        f"Sở Nội vụ đã có Báo cáo số 310/BC-SNV ngày 7/8/2025{anchor} gửi Ủy ban nhân dân tỉnh.\n"
        f"{marker} Về kết quả thực hiện Kết luận số 21-KL/TW ngày 16/2/2022 và Nghị quyết số 27/NQ-HĐND.")
    assert (report.relation, report.source) == ("cites", SELF)
    for nested in (conclusion, resolution):
        assert (nested.relation, nested.source) == ("implements", report.target_id)


@pytest.mark.parametrize("marker", ["⁵", "(5)"])
def test_a_footnote_listing_documents_still_takes_the_cue_of_its_anchor_clause(marker: str) -> None:
    found = cite(f"Thực hiện các văn bản chỉ đạo của Trung ương{marker}, Tỉnh ủy yêu cầu.\n"
                 f"{marker} Chỉ thị số 35-CT/TW ngày 14/6/2024; Kết luận số 118-KL/TW ngày 18/01/2025.")
    assert [(c.relation, c.source) for c in found] == [("implements", SELF)] * 2


# R38: misprinted symbols are keyed as the document's symbol; the text keeps the print.
@pytest.mark.parametrize(
    "text, key",
    [
        ("Căn cứ Nghị định số 147/2025/NĐCP ngày 9/6/2025 của Chính phủ;", "147/2025/NĐ-CP"),
        ("Căn cứ Thông tư số 21/2025/TTBTC ngày 5/5/2025;", "21/2025/TT-BTC"),
        ("Căn cứ Thông tư số 12/2025/TTBNN MT ngày 2/4/2025 của Bộ;", "12/2025/TT-BNNMT"),
        ("Theo Công văn số 7731/B\u0422\u0421-QLCS ngày 2/6/2025 của Bộ Tài chính;", "7731/BTC-QLCS"),
        # without a year, a known state body's code after the type code is the issuer the hyphen joins
        ("theo Quyết định số 412/QĐTTg ngày 3/3/2024 của Thủ tướng;", "412/QĐ-TTg"),
        ("theo Quyết định số 90/QĐUBND ngày 3/3/2024;", "90/QĐ-UBND"),
        ("theo Quyết định số 90/QĐKT ngày 3/3/2024;", "90/QĐKT"),
    ],
)
def test_misprinted_symbols(text: str, key: str) -> None:
    (citation,) = cited(text)
    printed = text.split("số ")[1].split(" ngày")[0]
    assert (citation.key, citation.text.split(" ngày")[0].split("số ")[1]) == (key, printed)


def test_a_joined_code_of_another_type_is_left_as_printed() -> None:
    (citation,) = cite("Căn cứ Nghị định số 30/2025/QĐUBND ngày 2/2/2025;")
    assert citation.key == "30/2025/QĐUBND"


# R39: documents and amendments still to be made, laws not yet adopted.
@pytest.mark.parametrize(
    "text, key",
    [
        ("Các sở, ngành xây dựng (1) Báo cáo sơ kết việc thực hiện Chỉ thị số 12-CT/TU; (2) Báo cáo khác.",
         "12-CT/TU"),
        ("Sở Tư pháp soạn thảo Kế hoạch triển khai thực hiện Luật Thủ đô năm 2024, trình UBND tỉnh.",
         "Luật Thủ đô năm 2024"),
        ("Bộ Tài chính hoàn thiện sửa đổi, bổ sung Nghị định số 91/2019/NĐ-CP trong quý IV.",
         "91/2019/NĐ-CP"),
        ("Triển khai sửa đổi, bổ sung Luật Hợp tác xã theo chương trình.", "Luật Hợp tác xã"),
        ("Sở Công Thương thực hiện sửa đổi Quyết định số 14/2022/QĐ-UBND ngày 6/6/2022.", "14/2022/QĐ-UBND"),
    ],
)
def test_what_is_still_to_be_made_only_cites(text: str, key: str) -> None:
    assert [(c.key, c.relation, c.source) for c in cite(text)] == [(key, "cites", SELF)]


@pytest.mark.parametrize(
    "text",
    [
        "Nghiên cứu đưa các quy định này vào Luật Báo chí sửa đổi (sau khi được thông qua).",
        "Chuẩn bị điều kiện thi hành Luật Đất đai (sửa đổi) khi Quốc hội thông qua.",
    ],
)
def test_a_law_not_yet_adopted_is_no_citation(text: str) -> None:
    assert cite(text) == []


def test_a_law_carried_out_is_adopted_whatever_its_working_title() -> None:
    # a bill cannot be carried out: the law is adopted, and the list after it shares the cue
    text = "Triển khai thực hiện tốt Luật Cư trú (sửa đổi), Luật Căn cước năm 2023 trong toàn ngành."
    found = [(c.key, c.relation) for c in cite(text)]
    assert found == [("Luật Cư trú", "implements"), ("Luật Căn cước năm 2023", "implements")]


def test_an_adopted_law_named_with_its_number_after_an_amending_word_is_cited() -> None:
    (law,) = cite("Căn cứ Luật Thủ đô số 39/2024/QH15 ngày 28 tháng 6 năm 2024;")
    assert (law.key, law.relation) == ("39/2024/QH15", "based_on")


def test_the_citing_document_s_own_amendment_still_amends() -> None:
    (decision,) = cite("Điều 1. Sửa đổi, bổ sung một số điều của Quyết định số 14/2022/QĐ-UBND.")
    assert decision.relation == "amends"


# R41: `thực thi` is no cue; a document guiding a resolution implements it; a class of detailing
# decrees named in a subject is no citation, and the law there is cited by the enclosing decree.
def test_carrying_out_a_plan_approved_in_a_decision_only_cites_it() -> None:
    (decision,) = cite("Hoàn thành thực thi phương án sắp xếp đã được phê duyệt tại Quyết định số "
                       "2105/QĐ-TTg ngày 4/10/2025.")
    assert decision.relation == "cites"


def test_a_decree_guiding_a_resolution_implements_it() -> None:
    decree, resolution = cite("Căn cứ Nghị định số 40/2025/NĐ-CP ngày 6/3/2025 của Chính phủ hướng dẫn "
                              "thi hành Nghị quyết số 98/2023/QH15;")
    assert (decree.relation, resolution.relation, resolution.source) == (
        "based_on", "implements", decree.target_id)


def test_a_class_of_detailing_decrees_is_no_citation_and_the_law_is_cited() -> None:
    decree, law = cite("Căn cứ Nghị định số 226/2025/NĐ-CP ngày 15/8/2025 của Chính phủ sửa đổi, bổ sung "
                       "một số điều của các nghị định quy định chi tiết thi hành Luật Đất đai;")
    assert (decree.relation, law.key, law.relation, law.source) == (
        "based_on", "Luật Đất đai", "cites", decree.target_id)


def test_a_stray_straight_quote_does_not_pair_with_one_lines_away() -> None:
    found = cite('Màn hình cỡ 12" được trang bị.\nCăn cứ Nghị định số 10/2020/NĐ-CP;\n'
                 'Căn cứ Thông tư số 5/2021/TT-BTC; theo mẫu "Phiếu đề nghị".')
    assert [c.relation for c in found] == ["based_on", "based_on"]


# R29: an annex heading names the document it is attached to, whatever number it prints.
@pytest.mark.parametrize("number", ["2890", "2809"])
def test_an_annex_heading_line_is_the_document_itself(number: str) -> None:
    text = (f"PHỤ LỤC\n(Kèm theo Quyết định số {number}/QĐ-UBND ngày 5/12/2025 của UBND tỉnh)\n"
            "Danh mục thủ tục hành chính theo Quyết định số 77/QĐ-UBND ngày 2/2/2024.")
    found = cite(text, self_id="bac-giang/2890/QĐ-UBND/2025")
    assert [c.key for c in found] == ["77/QĐ-UBND"]


def test_a_bracketed_annex_note_inside_a_sentence_is_still_a_citation() -> None:
    found = cite("Các sở thực hiện theo danh mục (kèm theo Quyết định số 77/QĐ-UBND ngày 2/2/2024) của tỉnh.")
    assert [c.key for c in found] == ["77/QĐ-UBND"]
