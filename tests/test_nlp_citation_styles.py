"""Citation wording met in central and provincial documents, on sentences of our own: numbers listed
after `các <type word>:`, awaited replacements, parts of a document and the regulation a decision
issued, law names with a comma or a type word inside, and a name followed by a clause."""

import pytest
from citation_fixtures import SELF, cite, cited


def test_numbers_listed_after_a_colon_take_the_cue_before_their_type_word() -> None:
    found = cite("Quyết định này có hiệu lực kể từ ngày 01/8/2025 và thay thế các Quyết định: "
                 "số 08/2019/QĐ-UBND ngày 2/3/2019; số 31/2020/QĐ-UBND ngày 5/8/2020 của UBND tỉnh.")
    assert [(c.key, c.relation) for c in found] == [
        ("08/2019/QĐ-UBND", "replaces"), ("31/2020/QĐ-UBND", "replaces")]


@pytest.mark.parametrize(
    "text",
    [
        "Trong thời gian chưa có văn bản thay thế Thông tư số 09/2019/TT-BXD, các địa phương tiếp tục.",
        "Chờ Nghị định thay thế Nghị định số 15/2021/NĐ-CP, các sở thực hiện theo hướng dẫn hiện hành.",
    ],
)
def test_a_replacement_not_yet_issued_only_cites(text: str) -> None:
    assert [c.relation for c in cite(text)] == ["cites"]


@pytest.mark.parametrize(
    "text, relation",
    [
        ("Điều 1. Sửa đổi, bổ sung khoản 3 Điều 7 Quy định ban hành kèm theo Quyết định số 41/2022/QĐ-UBND "
         "ngày 9/9/2022 của UBND tỉnh như sau:", "amends"),
        ("Điều 1. Sửa đổi một số điều của Quy chế quản lý cụm công nghiệp ban hành kèm theo Quyết định số "
         "19/2021/QĐ-UBND ngày 2/6/2021 như sau:", "amends"),
        ("2. Bãi bỏ khoản 4 Điều 9 của Quyết định số 27/2023/QĐ-UBND ngày 14/7/2023.", "replaces"),
        ("Bãi bỏ điểm c, d khoản 2 Điều 3 Nghị quyết số 12/2022/NQ-HĐND.", "replaces"),
        ("Các nội dung khác giữ nguyên theo Quyết định số 41/2022/QĐ-UBND ngày 9/9/2022.", "cites"),
    ],
)
def test_parts_of_a_document_and_the_regulation_it_issued(text: str, relation: str) -> None:
    *_, decision = cite(text)  # a regulation named by its title before the decision is cited too (R59)
    assert (decision.relation, decision.source) == (relation, SELF)


def test_a_law_name_with_another_type_word_inside_keeps_its_number() -> None:
    (law,) = cited("Căn cứ Luật Quy hoạch đô thị và nông thôn số 47/2024/QH15 ngày 26 tháng 11 năm 2024;")
    assert (law.key, law.date, law.relation) == ("47/2024/QH15", "2024-11-26", "based_on")


def test_a_type_word_after_a_law_name_still_starts_another_citation() -> None:
    found = cite("Căn cứ Luật Đất đai và Quyết định số 12/2024/QĐ-UBND ngày 2/2/2024 của UBND tỉnh;")
    assert [c.key for c in found] == ["Luật Đất đai", "12/2024/QĐ-UBND"]


@pytest.mark.parametrize(
    "text, key",
    [
        ("Theo quy định tại Điều 30 Luật Khoáng sản, cơ quan có thẩm quyền cấp phép.", "Luật Khoáng sản"),
        ("Căn cứ Luật Cán bộ, công chức ngày 13 tháng 11 năm 2008;", "Luật Cán bộ, công chức"),
        ("Thực hiện Luật Phòng, chống ma túy quy định trách nhiệm của gia đình.", "Luật Phòng, chống ma túy"),
        ("Theo Luật Thi đua, khen thưởng, các cơ quan phải công khai kết quả.", "Luật Thi đua, khen thưởng"),
    ],
)
def test_words_after_a_comma_belong_to_a_law_name_only_when_the_name_closes(text: str, key: str) -> None:
    assert [c.key for c in cited(text)] == [key]


def test_several_amenders_of_one_law() -> None:
    law, first, second = cite("Căn cứ Luật Viên chức ngày 15 tháng 11 năm 2010, được sửa đổi, bổ sung bởi "
                              "Luật số 52/2019/QH14 và Luật số 80/2025/QH15;")
    assert (law.relation, law.source) == ("amends", first.target_id)
    assert [(c.key, c.relation, c.source) for c in (first, second)] == [
        ("52/2019/QH14", "based_on", SELF), ("80/2025/QH15", "based_on", SELF)]


def test_a_plan_issued_to_carry_out_a_resolution_implements_it_from_the_plan() -> None:
    plan, resolution = cite("UBND tỉnh đã ban hành Kế hoạch số 150/KH-UBND ngày 9/9/2025 triển khai thực "
                            "hiện Nghị quyết số 71-NQ/TW ngày 22/8/2025 của Bộ Chính trị.")
    assert (plan.relation, resolution.relation, resolution.source) == ("cites", "implements", plan.target_id)


def test_a_letter_about_carrying_out_a_directive_nests_it() -> None:
    letter, directive = cite("Thực hiện Công văn số 3003/UBND-KGVX ngày 1/8/2025 của UBND tỉnh về việc "
                             "triển khai Chỉ thị số 20/CT-TTg ngày 12/6/2025 của Thủ tướng Chính phủ, "
                             "Sở Y tế đề nghị:")
    assert (letter.relation, letter.source) == ("implements", SELF)
    assert (directive.relation, directive.source) == ("implements", letter.target_id)


def test_the_decision_a_scheme_was_issued_with_is_no_part_of_its_subject() -> None:
    scheme, decision = cite("Thực hiện Đề án phát triển văn hóa đọc ban hành kèm theo Quyết định số "
                            "329/QĐ-TTg ngày 15/3/2017 của Thủ tướng Chính phủ, Sở Văn hóa báo cáo như sau:")
    assert scheme.key == "Đề án phát triển văn hóa đọc"
    assert [(c.relation, c.source) for c in (scheme, decision)] == [("implements", SELF)] * 2


@pytest.mark.parametrize(
    "text, relation",
    [
        ("Điều 2. Bãi bỏ các Nghị quyết của Hội đồng nhân dân tỉnh: a) Nghị quyết số 05/2019/NQ-HĐND "
         "ngày 10/7/2019; b) Nghị quyết số 11/2020/NQ-HĐND ngày 9/12/2020.", "replaces"),
        ("Điều 3. Các văn bản sau hết hiệu lực kể từ ngày Quyết định này có hiệu lực:\n"
         "1. Quyết định số 05/2019/QĐ-UBND ngày 10/7/2019.\n2. Quyết định số 06/2019/QĐ-UBND.", "replaces"),
        ("Các văn bản sau đã hết hiệu lực từ ngày 01/7/2025:\n- Quyết định số 05/2019/QĐ-UBND;\n"
         "- Quyết định số 06/2019/QĐ-UBND.", "cites"),
        ("Sửa đổi, bổ sung các Quyết định sau:\n+ Quyết định số 05/2019/QĐ-UBND;\n+ Quyết định số "
         "06/2019/QĐ-UBND.", "amends"),
    ],
)
def test_each_item_of_a_list_under_a_cue_line(text: str, relation: str) -> None:
    assert [c.relation for c in cite(text)] == [relation, relation]


def test_a_footnote_on_the_second_issuer_of_a_long_clause_takes_its_cue() -> None:
    found = cite("Thực hiện các văn bản chỉ đạo của Ban Thường vụ Tỉnh ủy¹ và Ủy ban nhân dân tỉnh², "
                 "Sở báo cáo:\n¹ Chỉ thị số 10-CT/TU ngày 1/1/2025.\n² Kế hoạch số 20/KH-UBND ngày 2/2/2025.")
    assert [(c.key, c.relation) for c in found] == [("10-CT/TU", "implements"), ("20/KH-UBND", "implements")]


def test_a_passive_cue_before_a_footnote_anchor_is_said_of_another_document() -> None:
    found = cite("Thực hiện nghiêm các mục tiêu của Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XX, "
                 "được cụ thể hóa trong các văn bản lãnh đạo, chỉ đạo của Tỉnh ủy, Ban Thường vụ Tỉnh ủy⁴.\n"
                 "⁴ Nghị quyết số 12-NQ/TU ngày 3/3/2021; Kết luận số 30-KL/TU ngày 9/9/2022.")
    assert [(c.key, c.relation) for c in found][1:] == [("12-NQ/TU", "cites"), ("30-KL/TU", "cites")]


def test_the_approving_decision_in_brackets_is_carried_out_as_the_scheme() -> None:
    plan, scheme, decision = cite(
        "Thực hiện Kế hoạch số 30/KH-UBND ngày 1/3/2025 về thực hiện Đề án tinh giản biên chế (được phê "
        "duyệt tại Quyết định số 45/QĐ-UBND ngày 20/2/2025), Sở Nội vụ đề nghị:")
    assert (plan.relation, plan.source) == ("implements", SELF)
    for nested in (scheme, decision):
        assert (nested.relation, nested.source) == ("implements", plan.target_id)


@pytest.mark.parametrize(
    "text, keys",
    [
        ("Thực hiện Quyết định số 1234a/QĐ-UBND ngày 2/3/2025 của UBND tỉnh;", ["1234a/QĐ-UBND"]),
        ("Căn cứ Nghị định số 15/2018/NĐ-CP; 77/2016/NĐ-CP của Chính phủ;",
         ["15/2018/NĐ-CP", "77/2016/NĐ-CP"]),
    ],
)
def test_number_forms(text: str, keys: list[str]) -> None:
    assert [c.key for c in cited(text)] == keys


def test_a_plan_a_cited_resolution_issued_carries_out_what_its_title_says() -> None:
    found = cite("Thực hiện Nghị quyết số 139/NQ-CP ngày 17/5/2025 của Chính phủ ban hành Kế hoạch thực hiện "
                 "Nghị quyết số 68-NQ/TW ngày 04/5/2025 của Bộ Chính trị;")
    resolution, party = found
    assert (party.relation, party.source) == ("implements", resolution.target_id)


@pytest.mark.parametrize(
    "text, relation",
    [
        ("Điều 1. Thay thế cụm từ “Sở Kế hoạch và Đầu tư” bằng cụm từ “Sở Tài chính” tại Điều 2 Quyết định "
         "số 15/2023/QĐ-UBND ngày 3/3/2023.", "amends"),
        ("Bỏ cụm từ “và Đầu tư” tại khoản 1 Điều 4 Quy định ban hành kèm theo Quyết định số 15/2023/QĐ-UBND.",
         "amends"),
        ("Bãi bỏ khoản 2 Điều 1 Quyết định số 15/2023/QĐ-UBND.", "replaces"),
        ("Điều 2. Hủy bỏ Quyết định số 456/QĐ-UBND ngày 3/3/2025 của UBND tỉnh.", "replaces"),
        ("Bãi bỏ 05 thủ tục hành chính tại Phụ lục ban hành kèm theo Quyết định số 789/QĐ-UBND.", "replaces"),
        ("Bãi bỏ Phụ lục II Quyết định số 789/QĐ-UBND ngày 1/4/2024.", "replaces"),
    ],
)
def test_words_annexes_and_rows_of_a_document(text: str, relation: str) -> None:
    (decision,) = cite(text)
    assert (decision.relation, decision.source) == (relation, SELF)


def test_joint_issuers_keep_the_subject_and_the_list_together() -> None:
    first, second = cite("Thực hiện Kết luận số 126-KL/TW ngày 14/02/2025 của Bộ Chính trị, Ban Bí thư về "
                         "một số nội dung tiếp tục sắp xếp bộ máy năm 2025, Kết luận số 127-KL/TW ngày "
                         "28/02/2025 của Bộ Chính trị, Ban Bí thư về triển khai nghiên cứu, đề xuất sắp xếp;")
    assert first.issuer == "Bộ Chính trị, Ban Bí thư"
    assert first.subject is not None and first.subject.startswith("về một số nội dung")
    assert [(c.relation, c.source) for c in (first, second)] == [("implements", SELF)] * 2


def test_a_comma_after_the_issuer_that_goes_on_with_the_citing_sentence_is_no_issuer() -> None:
    (letter,) = cite("Thực hiện Công văn số 245/UBND-KT ngày 3/3/2025 của UBND tỉnh, Sở Tài chính đề nghị "
                     "các phòng báo cáo.")
    assert letter.issuer == "UBND tỉnh"


def test_laws_listed_in_a_numbered_amending_law_s_subject_are_all_amended_by_it() -> None:
    amending, *amended = cite("Căn cứ Luật số 56/2024/QH15 sửa đổi, bổ sung một số điều của Luật Chứng "
                              "khoán, Luật Kế toán và Luật Kiểm toán độc lập;\nCăn cứ Luật Đấu thầu;")
    assert (amending.key, amending.relation) == ("56/2024/QH15", "based_on")
    assert [(c.key, c.relation, c.source) for c in amended] == [
        ("Luật Chứng khoán", "amends", amending.target_id), ("Luật Kế toán", "amends", amending.target_id),
        ("Luật Kiểm toán độc lập", "amends", amending.target_id), ("Luật Đấu thầu", "based_on", SELF)]


def test_a_decree_amending_one_decree_does_not_take_a_circular_listed_after_it() -> None:
    decree, amended, circular = cite("Thực hiện Nghị định số 47/2022/NĐ-CP sửa đổi, bổ sung một số điều của "
                                     "Nghị định số 10/2020/NĐ-CP và Thông tư số 12/2023/TT-BGTVT, Sở báo.")
    assert (amended.relation, amended.source) == ("amends", decree.target_id)
    assert (circular.relation, circular.source) == ("implements", SELF)


def test_a_government_resolution_numbered_with_a_dot() -> None:
    (resolution,) = cited("Căn cứ Nghị quyết số 66.7/2025/NQ-CP ngày 15/11/2025 của Chính phủ;")
    assert (resolution.key, resolution.date) == ("66.7/2025/NQ-CP", "2025-11-15")
