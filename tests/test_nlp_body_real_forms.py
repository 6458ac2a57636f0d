"""Body names in the forms published documents use (issue 12), on sentences of our own: the central
collectives (RULINGS R10), the generic doers `Cơ quan` and `Đơn vị` (R10, R15), lists distributed
over a collective head, place names with a body word inside, lower-case names closed by their level
word, their duty or their list item, a department's region, the provincial tax offices, and field
names of two syllables inside an open-class name."""

import pytest
from nlp_fixtures import body_names, found_bodies


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Đề nghị các Bộ, ngành, địa phương khẩn trương rà soát.", ["Bộ, ngành, địa phương"]),
        ("Các Bộ, cơ quan liên quan phối hợp chặt chẽ.", ["Bộ, cơ quan"]),
        ("Yêu cầu các Bộ, cơ quan, địa phương báo cáo kết quả.", ["Bộ, cơ quan, địa phương"]),
        ("Các Bộ, địa phương chủ động triển khai.", ["Bộ, địa phương"]),
        # R94: the bare classes of one determiner, with the level they share, are one mention
        ("Giao các ban, đơn vị cấp huyện báo cáo.", ["Ban, đơn vị cấp huyện"]),
        ("Các sở, ban, ngành, đơn vị cấp tỉnh rà soát lại.", ["Sở, ban, ngành, đơn vị cấp tỉnh"]),
        # R10, R15: the generic doers, with `các` and `(có) liên quan`
        ("Sở Xây dựng phối hợp với các cơ quan liên quan.", ["Sở Xây dựng", "Cơ quan"]),
        # `hữu quan` is `liên quan` in older texts
        ("Sở Công Thương phối hợp với các cơ quan hữu quan kiểm tra.", ["Sở Công Thương", "Cơ quan"]),
        ("Thủ trưởng các ngành, đơn vị có liên quan chịu trách nhiệm thi hành.", ["Đơn vị"]),
        ("Giám đốc Sở Nội vụ và các cơ quan, tổ chức, cá nhân có liên quan thi hành Quyết định này.",
         ["Sở Nội vụ", "Cơ quan"]),
        # `các bộ liên quan` is the class `Bộ`; the generic doers joined to a list by `và`
        ("Bộ Công Thương phối hợp với các bộ liên quan rà soát.", ["Bộ Công Thương", "Bộ"]),
        ("Sở Y tế và cơ quan, tổ chức, cá nhân có liên quan thi hành Quyết định này.",
         ["Sở Y tế", "Cơ quan"]),
        # agencies named with organisations, whatever follows (R15: `tổ chức` alone is none)
        ("Các cơ quan, tổ chức được phân công lập dự toán chi tiết.", ["Cơ quan"]),
        ("Sở Tư pháp hướng dẫn các cơ quan, tổ chức ở địa phương.", ["Sở Tư pháp", "Cơ quan"]),
        # ... but not those that receive a file or have the power to act (R15, R80)
        ("Bản sao do các cơ quan, tổ chức có thẩm quyền cấp.", []),
        # a bare `cơ quan`, `các đơn vị` of a count are no doers
        ("Cơ quan đã tiếp nhận 12 hồ sơ của các đơn vị trong tháng.", []),
    ],
)
def test_collectives_and_generic_doers(sentence: str, expected: list[str]) -> None:
    assert body_names(sentence) == expected


def test_a_collective_head_distributes_its_list() -> None:
    sentence = ("Các Bộ, cơ quan: Tài chính, Y tế, Văn hóa, Thể thao và Du lịch, Tập đoàn Điện lực Việt Nam "
                "khẩn trương rà soát.")
    assert body_names(sentence) == ["Bộ Tài chính", "Bộ Y tế", "Bộ Văn hóa, Thể thao và Du lịch",
                                    "Tập đoàn Điện lực Việt Nam"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ủy ban nhân dân thành phố Hải Phòng ban hành Kế hoạch.", ["Ủy ban nhân dân thành phố Hải Phòng"]),
        ("Gửi Ủy ban nhân dân đặc khu Phú Quốc; Sở Y tế.", ["Ủy ban nhân dân đặc khu Phú Quốc", "Sở Y tế"]),
        # the body word still starts the next name where a capitalised word follows it
        ("Ủy ban nhân dân tỉnh Ninh Bình Trung tâm Y tế tỉnh", ["Ủy ban nhân dân tỉnh Ninh Bình",
                                                               "Trung tâm Y tế tỉnh"]),
        ("UBND huyện Kim Sơn Thành ủy Tam Điệp", ["Ủy ban nhân dân huyện Kim Sơn", "Thành ủy Tam Điệp"]),
    ],
)
def test_place_names_holding_a_body_word(sentence: str, expected: list[str]) -> None:
    assert body_names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a centre in lower case runs to its level word; each place of the list may repeat `cấp`
        ("Giám đốc Trung tâm phục vụ hành chính công tỉnh tổ chức thực hiện.",
         ["Trung tâm phục vụ hành chính công tỉnh"]),
        ("Trung tâm Phục vụ hành chính công cấp tỉnh, cấp xã niêm yết công khai.",
         ["Trung tâm Phục vụ hành chính công cấp tỉnh, cấp xã"]),
        # a generic head described in lower case, closed by its duty or by its list item
        ("2. Đơn vị vận hành hệ thống cấp nước có trách nhiệm báo cáo định kỳ.",
         ["Đơn vị vận hành hệ thống cấp nước"]),
        ("Quy định này áp dụng đối với:\na) Cơ quan quản lý nhà nước về đê điều;\nb) Tổ chức, cá nhân.\n",
         ["Cơ quan quản lý nhà nước về đê điều"]),
        # ... but not across a predicate, nor a sentence outside a list
        ("Cơ quan thuế không có trách nhiệm xác định đơn giá.", ["Cơ quan thuế"]),
        ("Cơ quan đơn vị tổ chức họp.", []),
        ("Cơ quan chủ trì\n", []),
        # the merged provincial newspaper and broadcaster, a portal's editorial board, and a class after
        # `các` described in lower case up to its duty
        ("Báo và Đài PT-TH Đồng Nai, Ban Biên tập Cổng thông tin điện tử tỉnh và các cơ quan báo chí trên "
         "địa bàn tỉnh có trách nhiệm tuyên truyền.",
         ["Báo và Đài Phát thanh - Truyền hình Đồng Nai", "Ban Biên tập Cổng thông tin điện tử tỉnh",
          "Cơ quan báo chí trên địa bàn tỉnh"]),
        # a class of places closing a list of a council's bodies is that council's (the class as written)
        ("- Bộ Công an; - UBND thành phố Hà Nội, UBND Thành phố Hồ Chí Minh và các tỉnh/thành phố khác.",
         ["Bộ Công an", "Ủy ban nhân dân thành phố Hà Nội", "Ủy ban nhân dân Thành phố Hồ Chí Minh",
          "Ủy ban nhân dân các tỉnh/thành phố khác"]),
        ("Sở Y tế phối hợp với UBND tỉnh Bắc Ninh và các tỉnh, thành phố khác tổ chức tập huấn.",
         ["Sở Y tế", "Ủy ban nhân dân tỉnh Bắc Ninh", "Ủy ban nhân dân các tỉnh, thành phố khác"]),
        # ... but not places that only qualify a later word
        ("UBND tỉnh Bắc Ninh và các huyện biên giới triển khai.", ["Ủy ban nhân dân tỉnh Bắc Ninh"]),
        # a body of no place of its own with the class of councils it belongs to, and a class of councils
        # with the places it belongs to: one mention each
        ("Thông tư hướng dẫn chức năng của Sở Tư pháp thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc "
         "Trung ương và Phòng Kinh tế thuộc Ủy ban nhân dân xã, phường, đặc khu thuộc tỉnh, thành phố "
         "trực thuộc Trung ương về lĩnh vực tư pháp.",
         ["Sở Tư pháp thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương",
          "Phòng Kinh tế thuộc Ủy ban nhân dân xã, phường, đặc khu thuộc tỉnh, thành phố trực thuộc "
          "Trung ương"]),
        # ... but a body of a named place is its own mention, and a place alone qualifies nothing here
        ("Sở Tư pháp thuộc UBND tỉnh Hà Tĩnh chủ trì.", ["Sở Tư pháp", "Ủy ban nhân dân tỉnh Hà Tĩnh"]),
        ("UBND các xã thuộc tỉnh thực hiện.", ["Ủy ban nhân dân các xã"]),
        # a title in capitals goes on after the issuer's place; place names keep those syllables
        ("QUYẾT ĐỊNH CỦA ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH VỀ VIỆC BAN HÀNH QUY CHẾ",
         ["Ủy ban nhân dân tỉnh hà tĩnh"]),
        ("QUYẾT ĐỊNH CỦA UBND TỈNH BÃI BỎ MỘT PHẦN", ["Ủy ban nhân dân tỉnh"]),
        ("UBND thành phố Quy Nhơn và Ủy ban nhân dân phường Bãi Cháy thực hiện.",
         ["Ủy ban nhân dân thành phố Quy Nhơn", "Ủy ban nhân dân phường Bãi Cháy"]),
        # the kind of place a class of councils takes in is part of its name
        ("Chủ tịch Ủy ban nhân dân các tỉnh, thành phố ven biển từ Quảng Trị đến Huế chỉ đạo.",
         ["Ủy ban nhân dân các tỉnh, thành phố ven biển"]),
        # the courts as a class
        ("Cơ quan thuế căn cứ bản án, quyết định của Tòa án để xử lý.", ["Cơ quan thuế", "Tòa án"]),
        # a slash gives a unit's other name
        ("Chuyển hồ sơ tới Phòng Kinh tế/Kinh tế, Hạ tầng và Đô thị; trả kết quả.",
         ["Phòng Kinh tế/Kinh tế, Hạ tầng và Đô thị"]),
        # the one-stop desk of a body, named by its function, with the body it belongs to
        ("Hồ sơ nộp tại Bộ phận tiếp nhận và trả kết quả của Sở Tư pháp tại Trung tâm.",
         ["Bộ phận tiếp nhận và trả kết quả của Sở Tư pháp"]),
        # a national steering committee named by its field, in lower case, to `quốc gia`
        ("Bộ Y tế báo cáo Ban chỉ đạo phòng thủ dân sự quốc gia.",
         ["Bộ Y tế", "Ban chỉ đạo phòng thủ dân sự quốc gia"]),
    ],
)
def test_lower_case_names_closed_by_their_clause(sentence: str, expected: list[str]) -> None:
    assert body_names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Cục Hải quan yêu cầu Chi cục Hải quan khu vực IV hướng dẫn doanh nghiệp.",
         [("Cục Hải quan", "state", "province"), ("Chi cục Hải quan khu vực IV", "state", None)]),
        # a department's name stops at the verb that addresses another body
        ("Cục Thuế yêu cầu Trưởng Thuế các tỉnh, thành phố báo cáo.",
         [("Cục Thuế", "state", "province"), ("Thuế các tỉnh, thành phố", "state", "province")]),
        ("Đề nghị Thuế tỉnh Ninh Bình khẩn trương rà soát.", [("Thuế tỉnh Ninh Bình", "state", "province")]),
        # `thuế` of a levy is no office
        ("Thu thuế tỉnh đạt kế hoạch.", []),
    ],
)
def test_regions_and_tax_offices(sentence: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert found_bodies(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Vụ Kế hoạch - Tài chính tổng hợp.", ["Vụ Kế hoạch - Tài chính"]),
        ("Tập đoàn Công nghiệp - Viễn thông Quân đội, Tập đoàn Bưu chính Viễn thông Việt Nam chủ trì.",
         ["Tập đoàn Công nghiệp - Viễn thông Quân đội", "Tập đoàn Bưu chính Viễn thông Việt Nam"]),
        # a proper name of capitalised syllables still ends the name
        ("Thông tấn xã Việt Nam đưa tin kịp thời.", ["Thông tấn xã Việt Nam"]),
    ],
)
def test_open_class_names_keep_their_last_field(sentence: str, expected: list[str]) -> None:
    assert body_names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a unit named with the central body it belongs to is one body
        ("Cục trưởng Cục Quân y Bộ Quốc phòng, Thủ trưởng các cơ quan thi hành.",
         ["Cục Quân y Bộ Quốc phòng"]),
        ("Gửi Viện Chiến lược Bộ Y tế; Vụ Tổ chức cán bộ Bộ Nội vụ.",
         ["Viện Chiến lược Bộ Y tế", "Vụ Tổ chức cán bộ Bộ Nội vụ"]),
        ("Ban Tôn giáo Chính phủ	Các bộ, ngành", ["Ban Tôn giáo Chính phủ", "Bộ, ngành"]),
        # `giao` inside a name (`giao dịch`, `giao thông`) does not close it; the verb does
        ("Cục Quản lý giao dịch điện tử chủ trì, phối hợp.", ["Cục Quản lý giao dịch điện tử"]),
        ("Cục Thuế giao Chi cục Thuế khu vực IV kiểm tra.", ["Cục Thuế", "Chi cục Thuế khu vực IV"]),
        # the provincial statistics offices since 2025 are named like the tax offices
        ("Giao Thống kê các tỉnh, thành phố cập nhật số liệu.", ["Thống kê các tỉnh, thành phố"]),
    ],
)
def test_units_named_with_their_parent_or_their_field(sentence: str, expected: list[str]) -> None:
    assert body_names(sentence) == expected


def test_a_heading_in_capitals_keeps_words_that_spell_an_abbreviation() -> None:
    # `TƯ` of `TƯ PHÁP` is the word, not `Trung ương`; an abbreviation among abbreviations still expands
    assert body_names("QUY CHẾ PHỐI HỢP CỦA SỞ TƯ PHÁP\nBỘ TRƯỞNG BỘ TƯ PHÁP") == ["Sở tư pháp", "Bộ tư pháp"]
    assert body_names("LĨNH VỰC TƯ PHÁP THUỘC THẨM QUYỀN GIẢI QUYẾT") == []
    assert body_names("Gửi: TU, HĐND tỉnh; BTV TU") == [
        "Tỉnh ủy", "Hội đồng nhân dân tỉnh", "Ban Thường vụ Tỉnh ủy"]


def test_a_place_name_ends_where_the_document_ends_it_elsewhere() -> None:
    # a heading in capitals and a title after the issuer cannot end the place by case; the same
    # place written with a clean end elsewhere in the document does
    text = ("BÃI BỎ QUYẾT ĐỊNH SỐ 7/2020/QĐ-UBND CỦA UBND TỈNH LAI CHÂU BAN HÀNH QUY CHẾ\n"
            "Quyết định số 7/2020/QĐ-UBND của UBND tỉnh Lai Châu Ban hành quy chế.\n"
            "Nơi nhận: UBND tỉnh Lai Châu; Sở Nội vụ.")
    assert body_names(text) == ["Ủy ban nhân dân tỉnh lai châu", "Ủy ban nhân dân tỉnh Lai Châu",
                                "Ủy ban nhân dân tỉnh Lai Châu", "Sở Nội vụ"]


def test_a_department_written_by_the_initials_of_its_field() -> None:
    assert body_names("Sở VHTTDL chủ trì, phối hợp với Sở GDĐT và Phòng KT huyện.") == [
        "Sở Văn hóa, Thể thao và Du lịch", "Sở Giáo dục và Đào tạo", "Phòng Kinh tế huyện"]
    # initials shared by two fields give the name in use first (2025: `Sở Văn hóa và Thể thao`)
    assert body_names("Giao Sở VHTT tổng hợp.") == ["Sở Văn hóa và Thể thao"]
    # a code that initials no field stays as written
    assert body_names("Gửi Sở XYZ.") == ["Sở XYZ"]


def test_a_unit_is_named_with_the_body_written_after_it() -> None:
    assert body_names("Hồ sơ nộp tại Bộ phận Một cửa tại Sở Y tế hoặc qua bưu chính.") == [
        "Bộ phận Một cửa tại Sở Y tế"]
    assert body_names("Bộ phận Tiếp nhận và Trả kết quả của Sở Nội vụ kiểm tra hồ sơ.") == [
        "Bộ phận Tiếp nhận và Trả kết quả của Sở Nội vụ"]
    # with its level word; a portal after `và` is another body; in lower case a part, no unit
    assert body_names("nộp tại Bộ phận Một cửa cấp huyện và Cổng Dịch vụ công tỉnh;")[0] == (
        "Bộ phận Một cửa cấp huyện")
    assert body_names("một bộ phận Nhân dân còn e ngại") == []


def test_provinces_under_the_centre_abbreviated() -> None:
    assert body_names("Gửi Sở Y tế các tỉnh, TP trực thuộc TW; UBND các tỉnh, thành phố trực thuộc TƯ.") == [
        "Sở Y tế các tỉnh, thành phố trực thuộc Trung ương",
        "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]


def test_the_prime_ministers_deputies_stand_for_the_government() -> None:
    # RULINGS R2, R4: a deputy gives `Chính phủ` where the Government is printed; the Prime Minister
    # named before his deputies is a body of his own
    assert body_names("KẾT LUẬN CỦA PHÓ THỦ TƯỚNG CHÍNH PHỦ TẠI BUỔI LÀM VIỆC") == ["Chính phủ"]
    assert body_names("Phó Thủ tướng Chính phủ đề nghị; báo cáo Thủ tướng Chính phủ.") == [
        "Chính phủ", "Thủ tướng Chính phủ"]
    assert body_names("Nơi nhận:\n- Thủ tướng, các Phó Thủ tướng CP;\n- Công ty CP Cấp nước;") == [
        "Thủ tướng Chính phủ", "Chính phủ"]
    # no Government printed: no body
    assert body_names("Giao Phó Thủ tướng Trần Văn B chỉ đạo.") == []


def test_the_fronts_member_organisations_are_a_class() -> None:
    sentence = "Đề nghị Ủy ban MTTQ Việt Nam và các tổ chức chính trị - xã hội thành viên giám sát."
    assert body_names(sentence) == [
        "Ủy ban Mặt trận Tổ quốc Việt Nam", "Tổ chức chính trị - xã hội thành viên"]
    assert body_names("Mặt trận Tổ quốc Việt Nam và các tổ chức thành viên vận động Nhân dân.")[1] == (
        "Tổ chức thành viên")


def test_units_written_by_head_and_code_in_a_recipients_item() -> None:
    # heldout RULINGS R57: the head noun with the unit's code is a body in a recipients' item, and a
    # ministry's code in brackets (`B` + the initials of its field) is the ministry
    text = "Nơi nhận:\n- Vụ KHTC, Cục ATTP (BYT);\n- Ban TH, Ban QLDA;\n- Lưu: VT."
    assert body_names(text) == ["Vụ KHTC", "Cục ATTP", "Bộ Y tế", "Ban TH", "Ban QLDA"]
    # in running text a code stays no body; brackets that spell the words before them name no ministry
    assert body_names("Cục ATTP đã có ý kiến. Ban Tổ chức (BTC) họp.") == []


def test_a_document_symbol_printed_with_a_space_holds_no_body() -> None:
    assert body_names("theo Quyết định số 432/QĐ- UBND ngày 13/11/2025 của UBND tỉnh") == [
        "Ủy ban nhân dân tỉnh"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a comma joins the fields of an open-class name written `X, Y và Z` ...
        ("Giao Cục Điện ảnh, Âm nhạc và Múa chủ trì.", ["Cục Điện ảnh, Âm nhạc và Múa"]),
        ("Trung tâm Văn hóa, Thông tin và Thể thao huyện tổ chức.",
         ["Trung tâm Văn hóa, Thông tin và Thể thao huyện"]),
        # ... not a body and the next one, nor a long name and the next unit
        ("Cục Thuế, Kho bạc Nhà nước và Ngân hàng Nhà nước phối hợp.",
         ["Cục Thuế", "Kho bạc Nhà nước", "Ngân hàng Nhà nước"]),
        ("Viện Hóa học, Bệnh viện Sản và Nhi phối hợp.", ["Viện Hóa học", "Bệnh viện Sản và Nhi"]),
        ("Nộp tại Trung tâm Dịch vụ hỗ trợ doanh nghiệp, Điểm tiếp nhận và Trả kết quả.",
         ["Trung tâm Dịch vụ hỗ trợ doanh nghiệp"]),
        # a class of places in one province, and `TP.` before a city's name
        ("Giao Ủy ban nhân dân cấp xã tỉnh Hà Giang tổ chức thực hiện.",
         ["Ủy ban nhân dân cấp xã tỉnh Hà Giang"]),
        ("Chi cục Thuế TP. Cần Thơ báo cáo.", ["Chi cục Thuế thành phố Cần Thơ"]),
        # a body's website is named by the body, as its portal is; not by a code
        ("Nơi nhận:\n- Website Bộ Nội vụ;\n- Trang web Sở Y tế;\n- Website SYT;",
         ["Website Bộ Nội vụ", "Trang web Sở Y tế"]),
    ],
)
def test_field_lists_class_levels_of_a_province_and_city_abbreviations(
    sentence: str, expected: list[str]
) -> None:
    assert body_names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a short field then lower-case fields after commas: one name, up to a title or a predicate
        ("Giao Cục Kiểm tra, giám sát chất lượng thuốc chủ trì.",
         ["Cục Kiểm tra, giám sát chất lượng thuốc"]),
        ("Vụ Quản lý, điều phối vốn, tài sản, Vụ trưởng Vụ Pháp chế phối hợp.",
         ["Vụ Quản lý, điều phối vốn, tài sản", "Vụ Pháp chế"]),
        ("Cục Hải quan, các đơn vị liên quan thực hiện.", ["Cục Hải quan", "Đơn vị"]),
        # a list item holds the whole name after a name of the gazetteer; the text then writes it so too
        ("Kính gửi:\n- Chi cục Thuế xuất nhập khẩu;\n- Sở Y tế.\nĐề nghị Giám đốc Sở Y tế, Chi cục trưởng "
         "Chi cục Thuế xuất nhập khẩu rà soát; Chi cục Thuế phối hợp.",
         ["Chi cục Thuế xuất nhập khẩu", "Sở Y tế", "Sở Y tế", "Chi cục Thuế xuất nhập khẩu",
          "Chi cục Thuế"]),
    ],
)
def test_names_with_lower_case_fields_and_names_written_whole_elsewhere(
    sentence: str, expected: list[str]
) -> None:
    assert body_names(sentence) == expected


def test_a_qualifier_after_a_list_of_classes_belongs_to_each_class_without_a_place_of_its_own() -> None:
    sentence = ("Giám đốc các tổ chức hành chính, đơn vị sự nghiệp thuộc huyện thực hiện. "
                "Các Bộ, cơ quan ngang Bộ, cơ quan thuộc Chính phủ phối hợp.")
    assert body_names(sentence) == [
        "Tổ chức hành chính thuộc huyện", "Đơn vị sự nghiệp thuộc huyện",
        "Bộ", "Cơ quan ngang Bộ", "Cơ quan thuộc Chính phủ"]
