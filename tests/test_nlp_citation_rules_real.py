"""Citation rules met on real documents (R27-R41), each on sentences of our own: a law's name held
whole through commas and function words, the number of an amending law, numbers listed after a shared
type word, a `Căn cứ pháp lý` table column, `A được sửa đổi, bổ sung bởi B` after a long subject,
`hết hiệu lực` and `Bổ sung ... vào` in the citing document's own article."""

from citation_fixtures import SELF, cite, cited

from policylink.nlp.citation_tables import based_on_cells


def test_a_law_name_runs_through_commas_and_function_words_to_its_date() -> None:
    found = cited("Căn cứ Luật Phòng, chống tác hại, ô nhiễm của khí thải tại đô thị "
                  "ngày 10 tháng 5 năm 2021;")
    assert [(c.key, c.date) for c in found] == [
        ("Luật Phòng, chống tác hại, ô nhiễm của khí thải tại đô thị", "2021-05-10")]


def test_a_law_name_stops_at_a_new_clause() -> None:
    found = cited("Thực hiện Luật Đê điều, phấn đấu đến năm 2027 hoàn thành; "
                  "Luật Thủy sản trong năm 2026 được")
    assert [c.key for c in found] == ["Luật Đê điều", "Luật Thủy sản"]


def test_a_named_law_of_a_list_ends_at_the_next_law() -> None:
    found = cited("Luật sửa đổi, bổ sung một số điều của Luật Bay, hạ cánh của tàu bay không người lái và "
                  "Luật Cảng biển ngày 02 tháng 3 năm 2022;")
    amending, first, second = found
    assert first.key == "Luật Bay, hạ cánh của tàu bay không người lái"
    assert second.key == "Luật Cảng biển" and second.date is None
    assert amending.date == "2022-03-02"
    assert {first.relation, second.relation} == {"amends"}


def test_a_law_name_with_and_takes_its_number_where_the_text_gives_it() -> None:
    found = cited("- Luật Lâm sản và Dược liệu số 12/2023/QH15 ngày 01/3/2023;\n"
                  "- Nghị định số 45/2024/NĐ-CP ngày 02/5/2024 của Chính phủ quy định chi tiết thi hành "
                  "Luật Lâm sản và dược liệu;")
    assert found[0].key == "12/2023/QH15"
    nested = found[-1]
    assert (nested.key, nested.relation, nested.source) == ("12/2023/QH15", "implements", found[1].target_id)


def test_the_number_after_an_amending_law_is_the_amending_law_s() -> None:
    found = cited("Căn cứ Luật Công chứng số 11/2020/QH14 ngày 05 tháng 5 năm 2020;\n"
                  "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Công chứng số 44/2025/QH15 ngày 20 "
                  "tháng 6 năm 2025;")
    assert [(c.key, c.relation, c.date) for c in found] == [
        ("11/2020/QH14", "based_on", "2020-05-05"),
        ("44/2025/QH15", "based_on", "2025-06-20"),
        ("11/2020/QH14", "amends", None),
    ]
    assert found[2].source == found[1].target_id


def test_numbers_listed_after_a_shared_type_word() -> None:
    found = cited("Xét đề nghị của Sở Xây dựng tại các văn bản số 12/TTr-SXD ngày 03/4/2025, số 15/BC-SXD "
                  "ngày 09/4/2025, số 19/BC-SXD ngày 11/4/2025;\n"
                  "Căn cứ các Quyết định của Bộ trưởng Bộ Xây dựng: số 301/QĐ-BXD ngày 02/01/2025 "
                  "về thủ tục; số 402/QĐ-BXD ngày 05/02/2025 về hồ sơ;")
    assert [(c.key, c.date, c.relation) for c in found] == [
        ("12/TTr-SXD", "2025-04-03", "cites"),
        ("15/BC-SXD", "2025-04-09", "cites"),
        ("19/BC-SXD", "2025-04-11", "cites"),
        ("301/QĐ-BXD", "2025-01-02", "based_on"),
        ("402/QĐ-BXD", "2025-02-05", "based_on"),
    ]
    assert found[3].text.startswith("số 301")


BASIS_TABLE = (
    "STT\tTên thủ tục\tPhí\tCăn cứ pháp lý\n"
    "1\tCấp phép khai thác\tThu theo Thông tư số 07/2023/TT-BTC ngày 01/02/2023.\t"
    "(1) Nghị định số 20/2024/NĐ-CP ngày 01/3/2024; (2) Thông tư số 07/2023/TT-BTC ngày 01/02/2023.\n"
    "2\tGia hạn giấy phép\tKhông\n"
    "Mức thu theo quy định tại Thông tư số 08/2023/TT-BTC.\n"
    "- Quyết định số 55/QĐ-BXD ngày 05/01/2025 của Bộ Xây dựng;\n"
    "\n"
    "Thực hiện Quyết định số 66/QĐ-UBND ngày 06/01/2025."
)


def test_a_basis_column_is_found_by_its_header_words() -> None:
    cells = [BASIS_TABLE[start:end] for start, end in based_on_cells(BASIS_TABLE)]
    assert cells == [BASIS_TABLE.split("\n")[1].split("\t")[3], "- Quyết định số 55/QĐ-BXD ngày 05/01/2025 "
                     "của Bộ Xây dựng;"]


def test_documents_in_a_basis_column_are_based_on_and_a_fee_cell_only_cites() -> None:
    found = cited(BASIS_TABLE)
    assert [(c.key, c.relation, c.source) for c in found] == [
        ("07/2023/TT-BTC", "cites", SELF),
        ("20/2024/NĐ-CP", "based_on", SELF),
        ("07/2023/TT-BTC", "based_on", SELF),
        ("08/2023/TT-BTC", "cites", SELF),
        ("55/QĐ-BXD", "based_on", SELF),
        ("66/QĐ-UBND", "implements", SELF),
    ]


def test_amended_by_after_a_long_subject_ends_that_subject() -> None:
    decree, amending = cite(
        "Căn cứ Nghị định số 30/2019/NĐ-CP ngày 02 tháng 4 năm 2019 của Chính phủ về quản lý, sử dụng và "
        "khai thác cảng cá được sửa đổi, bổ sung bởi Nghị định số 41/2023/NĐ-CP ngày 08 tháng 6 năm 2023 "
        "của Chính phủ;")
    assert (decree.key, decree.relation, decree.source) == ("30/2019/NĐ-CP", "amends", amending.target_id)
    assert (amending.key, amending.relation, amending.source) == ("41/2023/NĐ-CP", "based_on", SELF)
    assert decree.end < amending.start


def test_a_decree_amends_the_decree_whose_subject_names_a_law() -> None:
    decree, law, amending = cite(
        "Căn cứ Nghị định số 12/2024/NĐ-CP ngày 02 tháng 2 năm 2024 của Chính phủ quy định chi tiết thi hành "
        "Luật Thủy sản được sửa đổi, bổ sung bởi Nghị định số 77/2025/NĐ-CP ngày 01 tháng 7 năm 2025;")
    assert (decree.relation, decree.source) == ("amends", amending.target_id)
    assert (law.key, law.relation, law.source) == ("Luật Thủy sản", "implements", decree.target_id)
    assert (amending.relation, amending.source) == ("based_on", SELF)


def test_ending_a_document_in_force_replaces_it() -> None:
    found = cite(
        "2. Quyết định số 10/2018/QĐ-UBND ngày 03 tháng 5 năm 2018 của Ủy ban nhân dân tỉnh quy định mức "
        "hỗ trợ theo Nghị định số 20/2017/NĐ-CP và Quyết định số 22/2021/QĐ-UBND ngày 04 tháng 6 năm 2021 "
        "sửa đổi, bổ sung tiêu đề và một số nội dung Quyết định số 10/2018/QĐ-UBND hết hiệu lực kể từ ngày "
        "Quyết định này có hiệu lực thi hành.")
    assert [(c.key, c.relation) for c in found] == [
        ("10/2018/QĐ-UBND", "replaces"), ("20/2017/NĐ-CP", "cites"),
        ("22/2021/QĐ-UBND", "replaces"), ("10/2018/QĐ-UBND", "amends")]


def test_a_past_expiry_is_no_repeal() -> None:
    found = cite("Do Quyết định số 10/2018/QĐ-UBND đã hết hiệu lực, Sở Tài chính tham mưu văn bản mới.")
    assert [c.relation for c in found] == ["cites"]


def test_adding_entries_to_a_list_of_a_cited_document_amends_it() -> None:
    found = cite("Điều 1. Bổ sung các xã sau vào danh sách xã đặc biệt khó khăn nêu tại Điều 2 Quyết định số "
                 "33/QĐ-TTg ngày 04/01/2024 của Thủ tướng Chính phủ, gồm:")
    assert [(c.key, c.relation) for c in found] == [("33/QĐ-TTg", "amends")]


def test_lower_case_words_and_commas_between_type_and_number() -> None:
    found = cited("Xét Báo cáo thẩm định, bổ sung số 52/BC-STP ngày 03/6/2025 của Sở Tư pháp;")
    assert [(c.key, c.date) for c in found] == [("52/BC-STP", "2025-06-03")]


def test_a_capitalised_word_is_no_qualifier_of_a_lower_case_type_word() -> None:
    found = cited("theo quy định của pháp luật và Thông tư số 18/2024/TT-BYT ngày 05/8/2024 của Bộ Y tế.")
    assert [c.text for c in found] == ["Thông tư số 18/2024/TT-BYT ngày 05/8/2024 của Bộ Y tế"]


def test_an_ampersand_inside_a_symbol() -> None:
    found = cited("Xét Tờ trình số 88/TTr-SKH&CN ngày 05/5/2025 của Sở Khoa học và Công nghệ.")
    assert [c.key for c in found] == ["88/TTr-SKH&CN"]


def test_a_date_on_the_next_line_is_not_the_mention_s() -> None:
    found = cite("VỀ VIỆC THỰC HIỆN CHỈ THỊ SỐ 21-CT/TW\nNgày 02 tháng 3 năm 2025, Tỉnh ủy đã họp.")
    assert [(c.key, c.date) for c in found] == [("21-CT/TW", None)]


def test_tasks_done_following_a_document_only_cite_it() -> None:
    found = cite("Thực hiện tốt các nhiệm vụ, giải pháp theo Nghị quyết số 09-NQ/TU và Kế hoạch số 31-KH/TU.")
    assert [c.relation for c in found] == ["cites", "cites"]


def test_the_last_cue_of_the_clause_governs() -> None:
    found = cite("Giao Sở Tài chính thực hiện nhiệm vụ được giao và thực hiện thủ tục thanh lý tài sản theo "
                 "quy định tại Nghị định số 151/2017/NĐ-CP.")
    assert [c.relation for c in found] == ["cites"]


def test_concretising_the_provisions_of_a_document_implements_it() -> None:
    found = cite("Quy chế này cụ thể hóa các quy định tại Nghị định số 40/2023/NĐ-CP về quản lý chợ.")
    assert [c.relation for c in found] == ["implements"]


def test_a_new_clause_with_its_own_subject_ends_a_cited_subject() -> None:
    first, second = cite("Thực hiện Công văn số 120/STC-NS ngày 02/5/2025 về dự toán năm 2025, Sở Tài chính "
                         "đã hướng dẫn theo khoản 2 Công văn số 118/STC-NS ngày 28/4/2025.")
    assert second.source == SELF and first.end < second.start


def test_an_alias_written_out_sits_outside_its_antecedent() -> None:
    outer, inner, alias = cite(
        "Thực hiện Thông tư số 20/2025/TT-BTC ngày 02/4/2025 sửa đổi, bổ sung một số điều của Thông tư số "
        "71/2021/TT-BTC ngày 10/8/2021 quy định quản lý kinh phí (sau đây viết tắt là Thông tư số "
        "71/2021/TT-BTC), Sở Tài chính đề nghị:")
    assert (inner.relation, inner.source) == ("amends", outer.target_id)
    assert (alias.key, alias.relation, alias.source) == ("71/2021/TT-BTC", "amends", outer.target_id)
    assert inner.end < alias.start < outer.end


def test_a_law_name_stops_before_another_document_s_type_word() -> None:
    found = cited("Căn cứ Luật Thống kê và Nghị định số 62/2024/NĐ-CP ngày 07/6/2024 của Chính phủ;")
    assert [c.key for c in found] == ["Luật Thống kê", "62/2024/NĐ-CP"]


def test_the_next_cell_after_a_basis_cell_is_no_sibling_of_its_list() -> None:
    found = cite("STT\tTên thủ tục\tCơ sở pháp lý\tTên văn bản đã công bố thủ tục\n"
                 "1\tCấp phép\tLuật Xây dựng số 50/2014/QH13; Nghị định số 15/2021/NĐ-CP\t"
                 "Quyết định số 1200/QĐ-BXD ngày 1/12/2024")
    assert [(c.key, c.relation) for c in found] == [
        ("50/2014/QH13", "based_on"), ("15/2021/NĐ-CP", "based_on"), ("1200/QĐ-BXD", "cites")]
