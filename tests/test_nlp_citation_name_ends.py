"""Where an unnumbered name ends (nlp.citation_name_ends, nlp.citation_law_names) and which names are met
again (nlp.citation_keys): rules written for the outside documents, each checked on sentences of our own."""

import pytest
from citation_fixtures import cite, cited


def _keys(text: str) -> list[str]:
    return [c.key for c in cited(text)]


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # a Party term closes the name of a plenum's resolution; the verb after it is the sentence's
        ("Nghị quyết Trung ương 7 khóa XII yêu cầu các cấp ủy tăng cường kiểm tra.",
         ["Nghị quyết Trung ương 7 khóa XII"]),
        ("Quán triệt Nghị quyết Trung ương 5 khoá X, nhiệm kỳ 2006-2011 đến từng chi bộ.",
         ["Nghị quyết Trung ương 5 khoá X, nhiệm kỳ 2006-2011"]),
        # a modal verb after a law's name opens the clause the law is subject of
        ("Tổ chức hoạt động theo Luật Các tổ chức tín dụng cần nộp bản sao giấy phép.",
         ["Luật Các tổ chức tín dụng"]),
        ("Luật Hợp tác xã phải được phổ biến rộng rãi.", ["Luật Hợp tác xã"]),
        # `trình` before a capitalised organ is the verb `submit to`; `công trình`, `quy trình` are nouns
        ("Hoàn thiện dự thảo sửa đổi Điều lệ Hội Nông dân trình Đại hội đại biểu toàn quốc lần thứ IX.",
         ["Điều lệ Hội Nông dân"]),
        ("Sở Tài chính hoàn chỉnh Đề án tự chủ tài chính trình Ủy ban nhân dân tỉnh.",
         ["Đề án tự chủ tài chính"]),
        ("Thực hiện Đề án Xây dựng công trình Nhà văn hóa xã.", ["Đề án Xây dựng công trình Nhà văn hóa xã"]),
        ("Theo Quy chế Quy trình Kiểm tra nội bộ.", ["Quy chế Quy trình Kiểm tra nội bộ"]),
    ],
)
def test_name_stops_before_the_predicate(text: str, keys: list[str]) -> None:
    assert _keys(text) == keys


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        ("Các xã tiếp tục triển khai Luật đất đai, kế hoạch sử dụng đất hằng năm.", ["Luật đất đai"]),
        ("Sắp xếp các cơ sở đào tạo phù hợp với Luật dạy nghề và quy hoạch mạng lưới.", ["Luật dạy nghề"]),
        ("Tăng cường phổ biến Luật an ninh mạng.", ["Luật an ninh mạng"]),
        # a bracket closes the name as a comma does
        ("Chi trả theo Điều 12 của Luật bảo hiểm thất nghiệp (đối với người lao động) hằng tháng.",
         ["Luật bảo hiểm thất nghiệp"]),
        # people, not laws; the text's own law named by its type word; a law still in force
        ("Mời Luật sư, Luật gia tham gia tư vấn.", []),
        ("Tuyên truyền Luật tới người dân và phổ biến Luật ở khu dân cư.", []),
        ("Triển khai Luật kịp thời, đưa Luật vào cuộc sống.", []),
        ("Áp dụng Luật hiện hành, không trái quy định.", []),
        # `luật pháp` is law in general, also in an agency's name
        ("Tôn trọng luật pháp và tập quán thương mại; Vụ Luật pháp và Hợp tác góp ý.", []),
    ],
)
def test_short_lower_case_law_names(text: str, keys: list[str]) -> None:
    assert _keys(text) == keys


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # an agency whose name holds a type word is no document
        ("Giao Sở Kế hoạch và Đầu tư tổng hợp số liệu thống kê giai đoạn 2016-2020.", []),
        ("Viện Chiến lược phát triển nghiên cứu, đề xuất.", []),
        # `Bộ Luật ...` (a code written with a capital) is no agency: a code, named from `Bộ` (R27)
        ("Căn cứ Bộ Luật Lao động ngày 18 tháng 6 năm 2012;", ["Bộ Luật Lao động"]),
        # the year a lower-case name is of closes it
        ("Rút đề án khỏi Chương trình công tác năm 2027 đối với ngành giáo dục.",
         ["Chương trình công tác năm 2027"]),
        # a period-closed name runs through `gắn với` and `theo hướng`
        ("Tiếp tục thực hiện Đề án phát triển du lịch gắn với bảo tồn di sản theo hướng bền vững giai "
         "đoạn 2021-2025.",
         ["Đề án phát triển du lịch gắn với bảo tồn di sản theo hướng bền vững giai đoạn 2021-2025"]),
    ],
)
def test_agencies_and_period_closed_names(text: str, keys: list[str]) -> None:
    assert _keys(text) == keys


def test_a_type_word_alone_before_a_period_is_not_met_again() -> None:
    # `Kế hoạch năm 2016-2020` gives no stem `Kế hoạch` to key every later plan or agency with
    text = ("Đánh giá kết quả thực hiện Kế hoạch năm 2016-2020. Sở Kế hoạch và Đầu tư hướng dẫn; Kế hoạch "
            "xây dựng phải khả thi.")
    assert _keys(text) == ["Kế hoạch năm 2016-2020"]


def test_a_stem_closed_by_another_period_is_another_document() -> None:
    text = ("Đánh giá tình hình thực hiện Kế hoạch phát triển nông nghiệp giai đoạn 2016-2020, từ đó đề xuất "
            "nội dung Kế hoạch phát triển nông nghiệp 5 năm 2021-2025.")
    keys = _keys(text)
    assert keys[0] == "Kế hoạch phát triển nông nghiệp giai đoạn 2016-2020"
    assert "Kế hoạch phát triển nông nghiệp giai đoạn 2016-2020" not in keys[1:]


def test_a_name_the_text_says_is_to_be_made_is_no_citation_anywhere() -> None:
    text = ("Về việc xây dựng kế hoạch phát triển thủy sản 5 năm 2026 - 2030\n"
            "Trong quá trình xây dựng Kế hoạch phát triển thủy sản 5 năm 2026-2030, các sở theo dõi, "
            "đánh giá Kế hoạch phát triển thủy sản 5 năm 2026-2030 và thực hiện Chiến lược biển.")
    assert _keys(text) == ["Chiến lược biển"]


def test_a_name_carried_out_is_still_cited() -> None:
    # `xây dựng và thực hiện Đề án ...` reports the plan as made: the verb of making is not right before it
    text = "Xây dựng và thực hiện Đề án phát triển thủy sản giai đoạn 2021-2025, đạt kết quả tốt."
    assert _keys(text) == ["Đề án phát triển thủy sản giai đoạn 2021-2025"]


def test_a_dated_law_name_holds_the_organs_it_is_about() -> None:
    text = ("Căn cứ Luật Tổ chức và hoạt động của Hội đồng nhân dân, Ủy ban nhân dân ngày 10 tháng 5 "
            "năm 2005;\n"
            "Căn cứ Luật Thủy sản của Quốc hội ngày 26 tháng 11 năm 2003;")
    found = cited(text)
    assert [(c.key, c.date) for c in found][:1] == [
        ("Luật Tổ chức và hoạt động của Hội đồng nhân dân, Ủy ban nhân dân", "2005-05-10")]
    # `của Quốc hội` is the law's issuer, never part of its name
    assert all("Quốc hội" not in c.key for c in found)


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # the territory a period-closed plan is of stays in its name
        ("Phấn đấu đạt các mục tiêu trong Quy hoạch tổng thể phát triển du lịch của tỉnh đến năm 2030, tạo "
         "tiền đề phát triển.", ["Quy hoạch tổng thể phát triển du lịch của tỉnh đến năm 2030"]),
        # a Party document known by its bare number, organ and term
        ("Xây dựng đội ngũ trí thức theo tinh thần Nghị quyết 27 Ban Chấp hành Trung ương Đảng khóa X.",
         ["Nghị quyết 27 Ban Chấp hành Trung ương Đảng khóa X"]),
        # a bare number and count names no Party document
        ("Nghị quyết 3 năm qua được thực hiện tốt.", []),
    ],
)
def test_territory_and_party_numbered_names(text: str, keys: list[str]) -> None:
    assert _keys(text) == keys


def test_a_term_may_be_followed_by_its_period() -> None:
    text = "Thực hiện Nghị quyết Đại hội Đảng bộ tỉnh khóa XV nhiệm kỳ 2020-2025 đề ra."
    assert _keys(text) == ["Nghị quyết Đại hội Đảng bộ tỉnh khóa XV nhiệm kỳ 2020-2025"]


def test_an_agency_named_for_building_makes_no_document() -> None:
    text = ("Giao Sở Xây dựng Chương trình phát triển đô thị tỉnh đến năm 2030 hướng dẫn; thực hiện "
            "Chương trình phát triển đô thị tỉnh đến năm 2030.")
    assert "Chương trình phát triển đô thị tỉnh đến năm 2030" in _keys(text)


def test_a_stem_followed_by_a_span_of_years_is_another_document() -> None:
    text = ("Thực hiện Kế hoạch phát triển nông nghiệp giai đoạn 2016-2020. Lồng ghép vào Kế hoạch phát "
            "triển nông nghiệp 5 năm.")
    assert _keys(text) == ["Kế hoạch phát triển nông nghiệp giai đoạn 2016-2020"]


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # capitalised words after the comma of a law's name that its date closes
        ("Căn cứ Luật Thi đua, Khen thưởng ngày 26 tháng 11 năm 2003;", ["Luật Thi đua, Khen thưởng"]),
        # after a fronted `Theo`, the comma ends the adjunct when a subject and verb follow
        ("Theo Luật Đầu tư, nhà đầu tư được hưởng ưu đãi.", ["Luật Đầu tư"]),
        ("Theo Luật Cán bộ, công chức, cán bộ là công dân Việt Nam.", ["Luật Cán bộ, công chức"]),
        ("Luật Cán bộ, công chức được sửa đổi năm 2019.", ["Luật Cán bộ, công chức"]),
        # a body after the comma of an undated law opens the main clause
        ("Thực hiện Luật Đất đai, Ủy ban nhân dân tỉnh ban hành kế hoạch.", ["Luật Đất đai"]),
    ],
)
def test_law_names_around_a_comma(text: str, keys: list[str]) -> None:
    assert _keys(text) == keys


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # a capitalised planning name goes on after `cho` or `về` to the period that closes it
        ("Triển khai Đề án Hỗ trợ sinh kế cho đồng bào vùng cao đến năm 2025.",
         ["Đề án Hỗ trợ sinh kế cho đồng bào vùng cao đến năm 2025"]),
        ("Tiếp tục thực hiện Chương trình Mục tiêu quốc gia về Giảm nghèo giai đoạn 2016-2020.",
         ["Chương trình Mục tiêu quốc gia về Giảm nghèo giai đoạn 2016-2020"]),
        # no words between the bridge and the period, or no period: the name stops at the bridge
        ("Thực hiện Kế hoạch Phòng chống dịch cho năm 2021-2025.", ["Kế hoạch Phòng chống dịch"]),
        ("Thực hiện Đề án Phát triển du lịch về lâu dài, đến năm 2030 đạt 5 triệu lượt khách.",
         ["Đề án Phát triển du lịch"]),
    ],
)
def test_capitalised_planning_names_bridge_to_their_period(text: str, keys: list[str]) -> None:
    assert _keys(text) == keys


def test_a_term_in_brackets_closes_the_name() -> None:
    text = "Thực hiện Nghị quyết Trung ương 6 (khóa X) về xây dựng Đảng, Tỉnh ủy yêu cầu:"
    assert _keys(text) == ["Nghị quyết Trung ương 6 (khóa X)"]


def test_a_document_told_as_made_is_still_cited() -> None:
    text = ("Năm 2020, tỉnh đã xây dựng Đề án phát triển cây ăn quả giai đoạn 2021-2025; nay tiếp tục triển "
            "khai Đề án phát triển cây ăn quả giai đoạn 2021-2025.")
    # the mention carried out stays (the one right after the verb is left out where it stands)
    assert _keys(text) == ["Đề án phát triển cây ăn quả giai đoạn 2021-2025"]


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # `đối với` is one preposition: a lower-case name runs through it, a capitalised one stops before it
        ("Thực hiện Quyết định số 12/2009/QĐ-TTg của Thủ tướng Chính phủ về Chương trình hỗ trợ nhà ở "
         "đối với hộ nghèo vùng cao có thể hỗ trợ thêm.",
         ["12/2009/QĐ-TTg", "Chương trình hỗ trợ nhà ở đối với hộ nghèo vùng cao"]),
        ("Áp dụng Luật Đất đai đối với các trường hợp thu hồi đất.", ["Luật Đất đai"]),
        # `thì` opens the main clause after a conditional, no word of the name
        ("Nếu xã thuộc Quyết định số 12/2009/QĐ-TTg của Thủ tướng Chính phủ về Chương trình hỗ trợ nhà ở "
         "hộ nghèo vùng cao thì ngân sách tỉnh bảo đảm.",
         ["12/2009/QĐ-TTg", "Chương trình hỗ trợ nhà ở hộ nghèo vùng cao"]),
        # a degree adverb opens the predicate of which the document is the subject
        ("Việc triển khai Đề án phát triển mạng lưới thư viện xã khá bài bản, hiệu quả.",
         ["Đề án phát triển mạng lưới thư viện xã"]),
    ],
)
def test_a_name_does_not_end_inside_a_preposition_or_on_a_clause_word(text: str, keys: list[str]) -> None:
    assert _keys(text) == keys


def test_a_spaced_dash_inside_a_capitalised_name_joins_a_compound() -> None:
    text = ("Điều 2. Bãi bỏ Điều 20 Quy chế Khu kinh tế - thương mại đặc biệt Tân Thanh, tỉnh Lạng Sơn ban "
            "hành kèm theo Quyết định số 11/2005/QĐ-TTg ngày 12 tháng 01 năm 2005.")
    assert [(c.key, c.relation) for c in cited(text)] == [
        ("Quy chế Khu kinh tế - thương mại đặc biệt Tân Thanh, tỉnh Lạng Sơn", "replaces"),
        ("11/2005/QĐ-TTg", "replaces"),
    ]


@pytest.mark.parametrize("after", [";", " ban hành năm 2003;", " và các văn bản hướng dẫn;"])
def test_and_between_two_acronyms_stays_inside_a_name(after: str) -> None:
    assert [c.key for c in cited(f"Căn cứ Luật Tổ chức HĐND và UBND{after}")] == ["Luật Tổ chức HĐND và UBND"]


def test_and_before_a_word_still_ends_a_name_after_an_acronym() -> None:
    found = cited("theo Luật Tổ chức HĐND và các quy định hiện hành;")
    assert [c.key for c in found] == ["Luật Tổ chức HĐND"]


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # a capitalised name goes on through a locative to the period that closes it
        ("Hoàn thành Đề án Cải cách thủ tục thuế trên các địa bàn miền núi giai đoạn 2011 - 2015.",
         ["Đề án Cải cách thủ tục thuế trên các địa bàn miền núi giai đoạn 2011 - 2015"]),
        ("Triển khai Chương trình Hỗ trợ nông dân tại các xã biên giới giai đoạn 2021-2025 có hiệu quả.",
         ["Chương trình Hỗ trợ nông dân tại các xã biên giới giai đoạn 2021-2025"]),
        # no period after it: the locative is no part of the name
        ("Triển khai Chương trình Hỗ trợ nông dân tại các xã biên giới.", ["Chương trình Hỗ trợ nông dân"]),
    ],
)
def test_a_capitalised_name_runs_through_a_locative_to_its_period(text: str, keys: list[str]) -> None:
    assert _keys(text) == keys


def test_an_amending_law_name_stops_before_a_decree_listed_after_a_comma() -> None:
    text = ("Căn cứ Luật Dược, Luật Sửa đổi, bổ sung một số điều của Luật Dược, Nghị định số 54/2017/NĐ-CP "
            "ngày 8/5/2017 của Chính phủ;")
    assert _keys(text) == ["Luật Dược", "Luật Sửa đổi, bổ sung một số điều của Luật Dược", "Luật Dược",
                           "54/2017/NĐ-CP"]
    # laws listed after a comma are still what it amends
    assert _keys("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Dược, Luật Y tế ngày 3/6/2024;") == [
        "Luật sửa đổi, bổ sung một số điều của Luật Dược, Luật Y tế", "Luật Dược", "Luật Y tế"]


@pytest.mark.parametrize(
    "text",
    [
        "Thực hiện Luật sửa đổi, bổ sung một số điều của Luật Thủy sản năm 2026, Sở đã rà soát các quy định.",
        "Theo Luật sửa đổi, bổ sung một số điều của Luật Thủy sản năm 2026 thì Sở phải công bố danh mục.",
    ],
)
def test_an_amending_law_name_ends_at_its_year(text: str) -> None:
    # the year is the amending law's: the law it amends is named without it
    assert _keys(text) == ["Luật sửa đổi, bổ sung một số điều của Luật Thủy sản năm 2026", "Luật Thủy sản"]


def test_a_year_inside_a_list_of_amended_laws_ends_no_name() -> None:
    amending = "Luật sửa đổi, bổ sung một số điều của Luật Dược năm 2016 và Luật Y tế năm 2020"
    assert _keys(f"Căn cứ {amending};") == [amending, "Luật Dược năm 2016", "Luật Y tế"]


def test_a_code_written_with_a_capital_law_word_keeps_its_head() -> None:
    assert _keys("xử lý theo Điều 12 Bộ Luật Lao động năm 2019.") == ["Bộ Luật Lao động năm 2019"]


@pytest.mark.parametrize(
    "text",
    [
        "Tài liệu bồi dưỡng bám sát yêu cầu của Đề án và được thẩm định trước khi sử dụng.",
        "Sau khi xem xét Đề án kèm theo báo cáo thẩm định của Sở Nội vụ, Hội đồng nhân dân tỉnh quyết nghị.",
    ],
)
def test_a_word_that_coordinates_or_attaches_after_a_bare_type_word_opens_no_name(text: str) -> None:
    assert cited(text) == []


def test_a_lower_case_name_ends_before_a_conjunction_that_opens_a_new_clause() -> None:
    text = ("Các bộ tập trung thực hiện Chương trình khôi phục và phát triển du lịch nông thôn và triển khai "
            "Nghị quyết số 12/2030/NQ-CP ngày 03 tháng 3 năm 2030.")
    assert _keys(text)[0] == "Chương trình khôi phục và phát triển du lịch nông thôn"


def test_a_codes_name_holds_no_comma() -> None:
    text = ("Mức lương đã gồm tiền lương ngày nghỉ lễ theo quy định của Bộ luật Lao động, chi phí đóng "
            "bảo hiểm y tế và thuế; viên chức thực hiện theo Luật Cán bộ, công chức.")
    assert _keys(text) == ["Bộ luật Lao động", "Luật Cán bộ, công chức"]


def test_an_act_named_by_its_issuer_and_subject_runs_to_its_subjects_end() -> None:
    found = cite("Việc tổ chức lại các cục được thực hiện theo Nghị định của Chính phủ quy định chức năng, "
                 "nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Tài chính.")
    assert [c.key for c in found] == [
        "Nghị định của Chính phủ quy định chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức của Bộ Tài chính"]
    # the predicate it is the subject of ends it
    (resolution, *_) = cite("Nghị quyết của Quốc hội về thi hành Luật Thủ đô được thực hiện nghiêm túc.")
    assert resolution.key == "Nghị quyết của Quốc hội về thi hành Luật Thủ đô"


def test_an_act_awaited_or_of_no_state_organ_is_no_citation() -> None:
    assert cite("Các vụ tiếp tục làm nhiệm vụ cho đến khi Quyết định của Bộ trưởng Bộ Tài chính quy định "
                "chức năng của các vụ có hiệu lực.") == []
    assert cite("Nghị quyết của Hội nghị chủ nợ về việc bán tài sản được gửi cho Tòa án.") == []


def test_a_lower_case_law_name_of_six_syllables_closed_by_its_clause() -> None:
    found = cite("Bảo đảm đúng quy định của Pháp lệnh bảo vệ bí mật nhà nước, Pháp lệnh lưu trữ quốc gia và "
                 "Danh mục bí mật của ngành.")
    assert [c.key for c in found] == ["Pháp lệnh bảo vệ bí mật nhà nước", "Pháp lệnh lưu trữ quốc gia"]


def test_the_comma_of_phong_chong_ends_no_lower_case_law_name() -> None:
    found = cite("Các trường hợp được xử lý theo Luật phòng, chống tác hại của thuốc lá; các trường hợp "
                 "khác theo quy định chung.")
    assert [c.key for c in found] == ["Luật phòng, chống tác hại của thuốc lá"]


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # `và` between two proper names inside a lower-case name, the second closing the clause
        ("Công ty đã hoàn thành Đề án sắp xếp Công ty Cấp nước Bình Minh và Công ty Môi trường Đô thị.",
         ["Đề án sắp xếp Công ty Cấp nước Bình Minh và Công ty Môi trường Đô thị"]),
        # ... but not before another document, nor before a body that opens the next clause
        ("Triển khai Đề án phát triển Du lịch Xanh và Đề án 06.",
         ["Đề án phát triển Du lịch Xanh", "Đề án 06"]),
        ("Triển khai Đề án phát triển Khu du lịch Hồ Núi Cốc và Sở Văn hóa chủ trì thực hiện.",
         ["Đề án phát triển Khu du lịch Hồ Núi Cốc"]),
        # a comma between two type words, and the organ the name belongs to at the clause's end
        ("Đưa dự án vào Chương trình xây dựng nghị định, thông tư của Bộ Tài chính.",
         ["Chương trình xây dựng nghị định, thông tư của Bộ Tài chính"]),
        ("Bám sát Chương trình công tác năm 2025 của Ban Thường vụ Tỉnh ủy.",
         ["Chương trình công tác năm 2025 của Ban Thường vụ Tỉnh ủy"]),
        # an organ followed by a verb is the issuer the sentence goes on with
        ("Thực hiện Chương trình cải cách hành chính của Bộ Tài chính đã đề ra, các đơn vị báo cáo kết quả.",
         ["Chương trình cải cách hành chính"]),
        # the manner a scheme sets is part of its name
        ("Căn cứ Đề án sắp xếp các trường học theo mô hình liên cấp (Tờ trình số 12/TTr-SGD ngày 02/3/2024 "
         "của Sở Giáo dục);", ["Đề án sắp xếp các trường học theo mô hình liên cấp", "12/TTr-SGD"]),
        # an approved action programme runs to its period; a period in brackets closes an approved scheme
        ("Căn cứ Quyết định số 45/QĐ-UBND ngày 03/02/2023 của UBND tỉnh phê duyệt Chương trình hành động "
         "Phòng chống thiên tai, tìm kiếm cứu nạn cho nhân dân vùng ven biển từ năm 2023 đến năm 2030;",
         ["45/QĐ-UBND", "Chương trình hành động Phòng chống thiên tai, tìm kiếm cứu nạn cho nhân dân vùng "
          "ven biển từ năm 2023 đến năm 2030"]),
        ("Căn cứ Quyết định số 88/QĐ-UBND ngày 10/3/2021 của UBND tỉnh về việc phê duyệt Đề án hỗ trợ sinh "
         "kế cho hộ nghèo của tỉnh (giai đoạn 2021-2025);",
         ["88/QĐ-UBND", "Đề án hỗ trợ sinh kế cho hộ nghèo của tỉnh (giai đoạn 2021-2025)"]),
    ],
)
def test_a_lower_case_name_goes_on_through_joined_parts_and_organ(text: str, keys: list[str]) -> None:
    assert _keys(text) == keys
