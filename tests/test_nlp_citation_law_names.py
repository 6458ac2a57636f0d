"""Keys of laws named by name, on sentences of our own: the year that closes an amending law's name is not
the amended law's, and a law name read on into its sentence is cut back to the shorter name the text gives
the same law elsewhere (without touching two laws whose names differ by one word)."""

from citation_fixtures import SELF, cited

_AMENDED = "Luật Ban hành văn bản quy phạm pháp luật"


def test_the_year_closing_an_amending_laws_name_stays_with_the_amending_law() -> None:
    text = (f"Căn cứ {_AMENDED} ngày 19 tháng 02 năm 2025; Luật sửa đổi, bổ sung một số điều của {_AMENDED} "
            f"năm 2025;\nNghị định số 78/2025/NĐ-CP hướng dẫn thi hành {_AMENDED} và Nghị định số "
            "187/2025/NĐ-CP.")
    found = cited(text)
    keys = [(c.key, c.relation) for c in found if c.doc_type == "Luật"]
    assert keys == [
        (_AMENDED, "based_on"),
        (f"Luật sửa đổi, bổ sung một số điều của {_AMENDED} năm 2025", "based_on"),
        (_AMENDED, "amends"),
        (_AMENDED, "implements"),
    ]


def test_a_law_name_run_on_into_its_sentence_is_cut_back_to_the_name_given_elsewhere() -> None:
    text = ("Căn cứ Thông tư số 80/2021/TT-BTC hướng dẫn thi hành Luật Quản lý thuế. Thu nhập được miễn thuế "
            "theo Điều 79 Luật Quản lý thuế trừ cá nhân nhận thừa kế, quà tặng.")
    laws = [c for c in cited(text) if c.doc_type == "Luật"]
    assert [(c.key, c.text) for c in laws] == [("Luật Quản lý thuế", "Luật Quản lý thuế")] * 2


def test_a_law_whose_name_is_another_laws_and_one_word_more_is_not_cut() -> None:
    found = cited("Theo Luật Đầu tư và các văn bản hướng dẫn; Luật Đầu tư công quy định khác.")
    assert found[-1].key == "Luật Đầu tư công"


def test_a_law_named_in_lower_case_and_closed_by_its_number_is_keyed_by_the_number() -> None:
    (law,) = cited("Căn cứ Luật thuế thu nhập doanh nghiệp số 67/2025/QH15;")
    assert (law.key, law.text) == ("67/2025/QH15", "Luật thuế thu nhập doanh nghiệp số 67/2025/QH15")


def test_a_known_law_name_with_an_inner_conjunction_is_whole_and_ends_there() -> None:
    text = ("Mức thu theo các văn bản hướng dẫn Luật Phí và lệ phí thuộc thẩm quyền của Hội đồng nhân dân "
            "tỉnh; Luật Địa chất và khoáng sản năm 2024 quy định thẩm quyền cấp phép.")
    assert [c.key for c in cited(text)] == ["Luật Phí và lệ phí", "Luật Địa chất và khoáng sản năm 2024"]


def test_known_law_names_opening_on_a_verb_or_holding_a_comma_are_whole() -> None:
    text = ("Căn cứ Luật ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân, Uỷ ban nhân dân ngày 03 "
            "tháng 12 năm 2004; khen thưởng theo Luật Thi đua, Khen thưởng và các văn bản hướng dẫn; giữ gìn "
            "công trình theo Pháp lệnh Khai thác và bảo vệ công trình thuỷ lợi.")
    assert [c.key for c in cited(text)] == [
        "Luật ban hành văn bản quy phạm pháp luật của Hội đồng nhân dân, Uỷ ban nhân dân",
        "Luật Thi đua, Khen thưởng",
        "Pháp lệnh Khai thác và bảo vệ công trình thuỷ lợi",
    ]


def test_a_latin_o_printed_for_the_assemblys_q_is_restored() -> None:
    (law,) = cited("Căn cứ Luật Giá số 16/2023/OH15 ngày 19 tháng 6 năm 2023;")
    assert law.key == "16/2023/QH15"


def test_a_known_law_name_printed_after_luat_in_lower_case_is_a_citation_as_printed() -> None:
    text = ("Lệ phí trước bạ nộp theo quy định của Luật phí và lệ phí và các văn bản hướng dẫn Luật phí và "
            "lệ phí; cơ sở kinh doanh tuân thủ Luật phòng cháy và chữa cháy năm 2024.")
    assert [(c.key, c.relation) for c in cited(text)] == [
        ("Luật phí và lệ phí", "cites"),
        ("Luật phí và lệ phí", "cites"),
        ("Luật phòng cháy và chữa cháy năm 2024", "cites"),
    ]


def test_a_law_name_the_text_gives_two_numbers_keeps_its_name() -> None:
    text = ("Trước đây Luật Thuế TNDN số 14/2008/QH12 và nay Luật Thuế TNDN số 67/2025/QH15 quy định; "
            "theo Luật Thuế TNDN thì doanh nghiệp được miễn thuế.")
    assert [c.key for c in cited(text)] == ["14/2008/QH12", "67/2025/QH15", "Luật Thuế TNDN"]


def test_a_law_named_in_an_older_documents_subject_is_not_the_later_numbered_one() -> None:
    text = ("Căn cứ Luật Thuế giá trị gia tăng số 48/2024/QH15 ngày 26/11/2024.\n"
            "Căn cứ Nghị định số 209/2013/NĐ-CP ngày 18/12/2013 của Chính phủ quy định chi tiết một số "
            "điều Luật Thuế giá trị gia tăng.\nCăn cứ Nghị định số 181/2025/NĐ-CP ngày 1/7/2025 của Chính "
            "phủ quy định chi tiết một số điều Luật Thuế giá trị gia tăng.")
    assert [(c.key, c.source) for c in cited(text)] == [
        ("48/2024/QH15", SELF), ("209/2013/NĐ-CP", SELF), ("Luật Thuế giá trị gia tăng", "tw/209/2013/NĐ-CP"),
        ("181/2025/NĐ-CP", SELF), ("48/2024/QH15", "tw/181/2025/NĐ-CP")]


def test_a_code_printed_bo_luat_in_capitals_is_the_one_named_again_later() -> None:
    text = ("Căn cứ Điều 12 Bộ Luật lao động số 45/2019/QH14 ngày 20/11/2019;\nCăn cứ Luật số 10/2025/QH15 "
            "sửa đổi, bổ sung một số điều của Bộ luật Lao động (sửa đổi Điều 3 Luật Lao động năm 2019);")
    assert [(c.key, c.doc_type, c.relation) for c in cited(text)] == [
        ("45/2019/QH14", "Bộ luật", "based_on"), ("10/2025/QH15", "Luật", "based_on"),
        ("45/2019/QH14", "Bộ luật", "amends"), ("45/2019/QH14", "Luật", "amends")]


def test_a_law_name_closed_by_its_adoption_date_is_another_law_than_its_shorter_namesake() -> None:
    text = ("Căn cứ Luật Hợp tác xã kiểu mới ngày 5 tháng 4 năm 2003;\n"
            "Căn cứ Luật Hợp tác xã ngày 26 tháng 11 năm 2003;")
    assert [c.key for c in cited(text)] == ["Luật Hợp tác xã kiểu mới", "Luật Hợp tác xã"]
    # a fuller name that only adds the year is the same law
    found = cited("Căn cứ Luật Hợp tác xã ngày 20 tháng 6 năm 2012; theo Luật Hợp tác xã năm 2012 quy định.")
    assert [c.key for c in found] == ["Luật Hợp tác xã năm 2012"] * 2


def test_the_state_liability_law_keeps_its_of_the_state() -> None:
    (law,) = cited("Tổ chức thi hành Luật Trách nhiệm bồi thường của Nhà nước trong toàn ngành.")
    assert law.key == "Luật Trách nhiệm bồi thường của Nhà nước"


def test_a_part_after_a_comma_opens_the_next_reference_not_more_of_a_law_name() -> None:
    amending = "Luật sửa đổi, bổ sung một số điều của các luật liên quan đến quy hoạch"
    text = (f"Căn cứ {amending} số 28/2018/QH14 ngày 15 tháng 6 năm 2018;\n"
            f"Theo khoản 3 Điều 5 của {amending}, Điều 12 của Luật Quy hoạch, điểm b khoản 2 Điều 7 "
            "Nghị định số 37/2019/NĐ-CP.")
    assert [(c.key, c.text) for c in cited(text)][1:] == [
        ("28/2018/QH14", amending), ("Luật Quy hoạch", "Luật Quy hoạch"),
        ("37/2019/NĐ-CP", "Nghị định số 37/2019/NĐ-CP")]


def test_new_closing_a_law_name_qualifies_the_law() -> None:
    # `mới` (new) after a law's name is no word of it; inside a name (`đổi mới sáng tạo`) it stays
    text = ("Công tác xây dựng văn bản thực hiện theo Luật Ban hành văn bản quy phạm pháp luật mới. "
            "Triển khai Luật Khoa học, công nghệ và đổi mới sáng tạo năm 2025.")
    assert [c.key for c in cited(text)] == [_AMENDED, "Luật Khoa học, công nghệ và đổi mới sáng tạo năm 2025"]


def test_a_law_named_with_capitals_is_met_again_in_small_letters() -> None:
    # a title line set in small letters names the law the text capitalises; `pháp luật ...` names none
    text = ("Chỉ thị về triển khai thực hiện luật phòng, chống tác hại của thuốc lá\nLuật Phòng, chống tác "
            "hại của thuốc lá có hiệu lực từ năm 2013. Tăng cường giáo dục pháp luật phòng, chống tác hại "
            "của thuốc lá.")
    found = [(c.key, c.relation) for c in cited(text)]
    assert found == [("Luật Phòng, chống tác hại của thuốc lá", "implements"),
                     ("Luật Phòng, chống tác hại của thuốc lá", "cites")]


def test_an_ordinance_bearing_a_known_law_name_is_whole_as_well() -> None:
    text = ("Mức thu thực hiện theo Pháp lệnh Phí và lệ phí và Nghị định số 12/2003/NĐ-CP; cơ sở tuân thủ "
            "Pháp lệnh Phòng cháy và chữa cháy.")
    found = [(c.key, c.doc_type) for c in cited(text) if c.doc_type == "Pháp lệnh"]
    assert found == [
        ("Pháp lệnh Phí và lệ phí", "Pháp lệnh"),
        ("Pháp lệnh Phòng cháy và chữa cháy", "Pháp lệnh"),
    ]


def test_the_number_closing_a_long_list_of_amended_laws_is_the_amending_laws() -> None:
    listed = ("Luật Đường bộ, Luật Thủy lợi, Luật Lâm nghiệp, Luật Trồng trọt, Luật Chăn nuôi, Luật Thú y, "
              "Luật Thủy sản, Luật Đê điều, Luật Phòng, chống thiên tai, Luật Tài nguyên nước, "
              "Luật Khí tượng thủy văn")
    found = cited(f"Căn cứ Luật sửa đổi, bổ sung một số điều của {listed} số 12/2030/QH15;")
    first = [(c.key, c.relation) for c in found][:2]
    assert first == [("12/2030/QH15", "based_on"), ("Luật Đường bộ", "amends")]
    assert (found[-1].key, found[-1].relation) == ("Luật Khí tượng thủy văn", "amends")


def test_an_amending_laws_list_of_laws_each_with_its_number_names_the_amending_law_by_its_title() -> None:
    listed = ("Luật Thủy lợi số 08/2027/QH15, Luật Đê điều số 09/2027/QH15 và Luật Lâm nghiệp số "
              "10/2027/QH15")
    found = cited(f"Căn cứ Luật sửa đổi, bổ sung một số điều của {listed};")
    assert [(c.key, c.relation) for c in found] == [
        (f"Luật sửa đổi, bổ sung một số điều của {listed}", "based_on"), ("08/2027/QH15", "amends"),
        ("09/2027/QH15", "amends"), ("10/2027/QH15", "amends")]
    # one law and its number: the number is the amending law's (R27)
    found = cited("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Thủy lợi số 11/2029/QH15;")
    assert [(c.key, c.relation) for c in found] == [("11/2029/QH15", "based_on"), ("Luật Thủy lợi", "amends")]


def test_an_amending_laws_title_hard_wrapped_before_capitals_still_reaches_its_number() -> None:
    found = cited("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Thủy lợi,\nLuật Đê điều, Luật Lâm "
                  "nghiệp,\nLuật Trồng trọt số 21/2029/QH15;")
    assert [(c.key, c.relation) for c in found] == [
        ("21/2029/QH15", "based_on"), ("Luật Thủy lợi", "amends"), ("Luật Đê điều", "amends"),
        ("Luật Lâm nghiệp", "amends"), ("Luật Trồng trọt", "amends")]


def test_known_law_names_with_a_comma_or_a_wrapped_preposition_are_whole() -> None:
    text = ("Căn cứ Nghị định số 11/2031/NĐ-CP hướng dẫn thi hành Luật Chất lượng sản phẩm, hàng hóa; đơn vị "
            "theo quy định của Luật Công nghiệp quốc phòng, an ninh và động viên công nghiệp có trách nhiệm "
            "kê khai; mặt hàng chịu thuế theo Luật Thuế xuất khẩu, thuế nhập khẩu; người hưởng chế độ theo "
            "Pháp lệnh Ưu đãi người có công với\ncách mạng.")
    assert [c.key for c in cited(text)][1:] == [
        "Luật Chất lượng sản phẩm, hàng hóa", "Luật Công nghiệp quốc phòng, an ninh và động viên công nghiệp",
        "Luật Thuế xuất khẩu, thuế nhập khẩu", "Pháp lệnh Ưu đãi người có công với cách mạng"]


def test_a_known_law_name_is_not_cut_to_a_shorter_law_named_beside_it() -> None:
    text = ("Luật số 12/2031/QH15 sửa đổi, bổ sung một số điều của Luật Đấu thầu, Luật Đầu tư theo "
            "phương thức đối tác công tư, Luật Đầu tư, Luật Đầu tư công;")
    assert [c.key for c in cited(text)][1:] == [
        "Luật Đấu thầu", "Luật Đầu tư theo phương thức đối tác công tư", "Luật Đầu tư", "Luật Đầu tư công"]


def test_a_hyphen_standing_for_and_in_a_known_law_name_names_the_same_law() -> None:
    text = ("Căn cứ Luật Phí và lệ phí số 97/2030/QH16; Nghị định số 12/2031/NĐ-CP của Chính phủ quy định "
            "chi tiết thi hành Luật phí-lệ phí;")
    laws = [c for c in cited(text) if c.doc_type == "Luật"]
    assert [(c.key, c.text) for c in laws] == [
        ("97/2030/QH16", "Luật Phí và lệ phí số 97/2030/QH16"), ("97/2030/QH16", "Luật phí-lệ phí")]
