"""Body mentions: gazetteer groups, abbreviations, tone styles, lists, compounds, exclusions."""

import pytest
from nlp_fixtures import found_bodies
from policylink.nlp.bodies import canonical_name, find_bodies, find_body_mentions
from policylink.nlp.pipeline import vietnamese_doc


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # central Party and state
        ("Thực hiện chỉ đạo của Bộ Chính trị và Ban Bí thư.",
         [("Bộ Chính trị", "party", "central"), ("Ban Bí thư", "party", "central")]),
        ("Kết luận của Ban Chấp hành Trung ương Đảng khóa XI.",
         [("Ban Chấp hành Trung ương Đảng", "party", "central")]),
        ("Quốc hội, Chính phủ và Thủ tướng Chính phủ quyết định.",
         [("Quốc hội", "state", "central"), ("Chính phủ", "state", "central"),
          ("Thủ tướng Chính phủ", "state", "central")]),
        ("Báo cáo Bộ Xây dựng và Bộ Kế hoạch và Đầu tư.",
         [("Bộ Xây dựng", "state", "central"), ("Bộ Kế hoạch và Đầu tư", "state", "central")]),
        ("Gửi Ban Tuyên giáo Trung ương, Văn phòng Trung ương Đảng.",
         [("Ban Tuyên giáo Trung ương", "party", "central"),
          ("Văn phòng Trung ương Đảng", "party", "central")]),
        ("Ban Cán sự đảng Chính phủ chỉ đạo.", [("Ban Cán sự đảng Chính phủ", "party", "central")]),
        # provincial Party organs
        ("Thường trực Tỉnh ủy, Ủy ban Kiểm tra Tỉnh ủy kiểm tra.",
         [("Thường trực Tỉnh ủy", "party", "province"),
          ("Ủy ban Kiểm tra Tỉnh ủy", "party", "province")]),
        ("Ban Tuyên giáo và Dân vận Tỉnh ủy tuyên truyền.",
         [("Ban Tuyên giáo và Dân vận Tỉnh ủy", "party", "province")]),
        ("Ban Nội chính Tỉnh ủy theo dõi.", [("Ban Nội chính Tỉnh ủy", "party", "province")]),
        ("Đảng ủy Khối các cơ quan tỉnh triển khai.",
         [("Đảng ủy Khối các cơ quan tỉnh", "party", "province")]),
        # state, provincial departments and district offices
        ("Sở Giao thông vận tải chủ trì, Sở Ngoại Vụ phối hợp.",
         [("Sở Giao thông vận tải", "state", "province"), ("Sở Ngoại Vụ", "state", "province")]),
        ("Phòng Tài chính - Kế hoạch huyện tham mưu.",
         [("Phòng Tài chính - Kế hoạch huyện", "state", "district")]),
        ("Công an tỉnh và Bộ Chỉ huy Quân sự tỉnh bảo đảm an ninh.",
         [("Công an tỉnh", "state", "province"), ("Bộ Chỉ huy Quân sự tỉnh", "state", "province")]),
        ("UBND huyện Lục Nam, UBND xã triển khai.",
         [("Ủy ban nhân dân huyện Lục Nam", "state", "district"),
          ("Ủy ban nhân dân xã", "state", "commune")]),
        ("Ban Quản lý các khu công nghiệp tỉnh hướng dẫn.",
         [("Ban Quản lý các khu công nghiệp tỉnh", "state", "province")]),
        # front, mass organisations, schools
        ("Hội Nông dân tỉnh, Hội Liên hiệp Phụ nữ tỉnh, Tỉnh đoàn vận động.",
         [("Hội Nông dân tỉnh", "mass_org", "province"),
          ("Hội Liên hiệp Phụ nữ tỉnh", "mass_org", "province"),
          ("Tỉnh đoàn", "mass_org", "province")]),
        ("Trường Chính trị tỉnh bồi dưỡng cán bộ.", [("Trường Chính trị tỉnh", "school", "province")]),
        # district and commune committees
        ("Huyện ủy, Đảng ủy xã Tân Sơn lãnh đạo.",
         [("Huyện ủy", "party", "district"), ("Đảng ủy xã Tân Sơn", "party", "commune")]),
        # generic classes and fixed collective phrases
        ("Các sở, ban, ngành tỉnh và các cơ quan, đơn vị, địa phương thực hiện.",
         [("Sở, ban, ngành tỉnh", "state", "province"),
          ("Cơ quan, đơn vị, địa phương", "other", None)]),
        ("Gửi các bộ, ngành có liên quan.", [("Bộ, ngành", "state", "central")]),
        ("Ủy ban nhân dân các cấp bố trí vốn.", [("Ủy ban nhân dân các cấp", "state", None)]),
    ],
)
def test_gazetteer_groups(sentence: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert found_bodies(sentence) == expected


@pytest.mark.parametrize(
    ("written", "canonical"),
    [
        ("UBND tỉnh", "Ủy ban nhân dân tỉnh"),
        ("HĐND tỉnh", "Hội đồng nhân dân tỉnh"),
        ("Ủy ban MTTQ tỉnh", "Ủy ban Mặt trận Tổ quốc tỉnh"),
        ("BCS đảng UBND tỉnh", "Ban cán sự đảng Ủy ban nhân dân tỉnh"),
        ("BTV Tỉnh ủy", "Ban Thường vụ Tỉnh ủy"),
        ("Ban Thường vụ TU", "Ban Thường vụ Tỉnh ủy"),
        ("Ban Tổ chức TW", "Ban Tổ chức Trung ương"),
        ("các tổ chức CT-XH tỉnh", "Tổ chức chính trị - xã hội tỉnh"),
    ],
)
def test_abbreviations_are_expanded(written: str, canonical: str) -> None:
    bodies = find_body_mentions(f"Giao {written} thực hiện.")
    assert [b.canonical for b in bodies] == [canonical]
    assert bodies[0].text.endswith(written.split()[-1])


@pytest.mark.parametrize(
    ("old", "new"),
    [("Uỷ ban nhân dân tỉnh", "Ủy ban nhân dân tỉnh"), ("Tỉnh uỷ", "Tỉnh ủy"),
     ("Ban Thường vụ Huyện uỷ", "Ban Thường vụ Huyện ủy")],
)
def test_tone_styles_match_alike_and_keep_the_text(old: str, new: str) -> None:
    text = f"{old} chỉ đạo."
    (body,) = find_body_mentions(text)
    assert body.text == old and text[body.start : body.end] == old
    assert body.canonical == new


def test_coordinated_list_is_split_and_offsets_are_exact() -> None:
    text = "Các huyện ủy, thị ủy, thành ủy quán triệt Kết luận."
    bodies = find_body_mentions(text)
    assert [b.canonical for b in bodies] == ["Huyện ủy", "Thị ủy", "Thành ủy"]
    assert [text[b.start : b.end] for b in bodies] == ["Các huyện ủy", "thị ủy", "thành ủy"]


def test_a_final_level_word_gives_its_level_to_the_members_before_it() -> None:
    bodies = find_body_mentions("Ủy ban MTTQ và các tổ chức chính trị - xã hội tỉnh vận động.")
    assert [(b.canonical, b.level) for b in bodies] == [
        ("Ủy ban Mặt trận Tổ quốc", "province"),
        ("Tổ chức chính trị - xã hội tỉnh", "province"),
    ]


def test_a_final_committee_completes_a_bare_organ() -> None:
    bodies = find_body_mentions("Thường trực, Ban Thường vụ Tỉnh ủy cho ý kiến.")
    assert [b.canonical for b in bodies] == ["Thường trực Tỉnh ủy", "Ban Thường vụ Tỉnh ủy"]


def test_coordinated_level_words_stay_one_body() -> None:
    (body,) = find_body_mentions("UBND các huyện, thị xã, thành phố bố trí quỹ đất.")
    assert (body.canonical, body.level) == (
        "Ủy ban nhân dân các huyện, thị xã, thành phố", "district")


@pytest.mark.parametrize(
    ("sentence", "canonical"),
    [
        ("Ban cán sự đảng UBND tỉnh chỉ đạo.", "Ban cán sự đảng Ủy ban nhân dân tỉnh"),
        ("Đảng đoàn HĐND tỉnh giám sát.", "Đảng đoàn Hội đồng nhân dân tỉnh"),
        ("Đảng đoàn Ủy ban MTTQ tỉnh phối hợp.", "Đảng đoàn Ủy ban Mặt trận Tổ quốc tỉnh"),
    ],
)
def test_compound_names_are_one_mention(sentence: str, canonical: str) -> None:
    assert [b.canonical for b in find_body_mentions(sentence)] == [canonical]
    assert find_body_mentions(sentence)[0].kind == "party"


@pytest.mark.parametrize(
    "sentence",
    [
        "Người đứng đầu chịu trách nhiệm trước cán bộ, đảng viên.",
        "Các đồng chí Tỉnh ủy viên dự họp.",
        "Đồng chí Bí thư Tỉnh ủy phát biểu.",
        "Cán bộ, đảng viên, doanh nghiệp và Nhân dân đồng thuận.",
        "Phát triển kinh tế của địa phương, của ngành.",
        "Căn cứ Nghị quyết số 55-KL/TU và Nghị quyết số 06-NQ/TW.",
        "Xây dựng “Đề án phát triển đô thị của UBND tỉnh giai đoạn 2025-2030”.",
    ],
)
def test_non_bodies_are_excluded(sentence: str) -> None:
    assert find_body_mentions(sentence) == []


def test_leading_determiner_and_trailing_related_are_dropped_from_canonical() -> None:
    (body,) = find_body_mentions("phối hợp với các cơ quan, đơn vị có liên quan theo dõi")
    assert body.text == "các cơ quan, đơn vị có liên quan"
    assert body.canonical == "Cơ quan, đơn vị"


def test_canonical_of_a_heading_in_capitals_is_not_shouted() -> None:
    assert canonical_name("BAN THƯỜNG VỤ TỈNH ỦY").lower() == "ban thường vụ tỉnh ủy"
    assert canonical_name("BAN THƯỜNG VỤ TỈNH ỦY")[1:].islower()


def test_find_bodies_fills_the_doc_span_group() -> None:
    doc = vietnamese_doc("Ban Thường vụ Tỉnh ủy yêu cầu UBND tỉnh và Sở Xây dựng thực hiện.")
    bodies = find_bodies(doc)
    spans = doc.spans["bodies"]
    assert [s.label_ for s in spans] == [b.canonical for b in bodies] == [
        "Ban Thường vụ Tỉnh ủy", "Ủy ban nhân dân tỉnh", "Sở Xây dựng"]
    assert [s.text for s in spans] == ["Ban Thường vụ Tỉnh ủy", "UBND tỉnh", "Sở Xây dựng"]


@pytest.mark.parametrize(
    ("sentence", "canonicals"),
    [
        # a role heads the body named after it: the body is the mention
        ("Giám đốc Sở Xây dựng chủ trì.", ["Sở Xây dựng"]),
        ("Chủ tịch UBND tỉnh quyết định.", ["Ủy ban nhân dân tỉnh"]),
        ("Trách nhiệm của người đứng đầu cấp ủy, chính quyền các cấp.", ["Cấp ủy", "Chính quyền các cấp"]),
        # a shared head over a list of fields gives one body per field
        ("Giám đốc các sở: Nội vụ, Tư pháp và Y tế thi hành.", ["Sở Nội vụ", "Sở Tư pháp", "Sở Y tế"]),
        ("Các phòng: TN&MT, TC-KH huyện.", ["Phòng Tài nguyên và Môi trường", "Phòng Tài chính - Kế hoạch"]),
        # abbreviated field names are expanded
        ("Sở NN&PTNT, Sở GD&ĐT và Bộ KH&ĐT phối hợp.",
         ["Sở Nông nghiệp và Phát triển nông thôn", "Sở Giáo dục và Đào tạo", "Bộ Kế hoạch và Đầu tư"]),
        ("TT Huyện ủy, TT HĐND huyện.", ["Thường trực Huyện ủy", "Thường trực Hội đồng nhân dân huyện"]),
        # proper names with lower-case syllables, inner commas, `và`
        ("Trường Cao đẳng Kỹ thuật Công nghiệp Phú Thọ đào tạo.",
         ["Trường Cao đẳng Kỹ thuật Công nghiệp Phú Thọ"]),
        ("Trường Đại học Nông Lâm và Trường Chính trị Trần Phú phối hợp.",
         ["Trường Đại học Nông Lâm", "Trường Chính trị Trần Phú"]),
        ("Trung tâm Y tế huyện và Trung tâm Văn hóa, Thể thao và Du lịch thị xã tổ chức.",
         ["Trung tâm Y tế huyện", "Trung tâm Văn hóa, Thể thao và Du lịch thị xã"]),
        ("(qua Phòng Tuyên truyền - Báo chí - Xuất bản).", ["Phòng Tuyên truyền - Báo chí - Xuất bản"]),
        ("Báo Hà Giang, Đài Phát thanh và Truyền hình tỉnh đưa tin.",
         ["Báo Hà Giang", "Đài Phát thanh và Truyền hình tỉnh"]),
        # committees of a council, its deputies' groups, a head over a list of committees
        ("Ban Văn hóa - Xã hội HĐND tỉnh, các Tổ đại biểu HĐND tỉnh giám sát.",
         ["Ban Văn hóa - Xã hội Hội đồng nhân dân tỉnh", "Tổ đại biểu Hội đồng nhân dân tỉnh"]),
        ("Ban Dân vận các huyện ủy, thành ủy và ban dân vận cùng cấp.",
         ["Ban Dân vận các huyện ủy, thành ủy", "Ban dân vận cùng cấp"]),
        ("Văn phòng HĐND và UBND huyện tổng hợp.", ["Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện"]),
        ("Kiện toàn Hội đồng bồi thường, hỗ trợ và tái định cư thị xã.",
         ["Hội đồng bồi thường, hỗ trợ và tái định cư thị xã"]),
        # a footnote marker after a name
        ("của Tỉnh ủy, Ban Thường vụ Tỉnh ủy². Thực hiện", ["Tỉnh ủy", "Ban Thường vụ Tỉnh ủy"]),
    ],
)
def test_more_name_forms(sentence: str, canonicals: list[str]) -> None:
    assert [b.canonical for b in find_body_mentions(sentence)] == canonicals


@pytest.mark.parametrize(
    "text",
    [
        # header block above the type line and signature block are described by the header fields
        "ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\nSố: 12/KH-UBND\n\nKẾ HOẠCH\nvề chuyển đổi số\n",
        "nội dung.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTrần Văn A",
        "nội dung.\n\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n\nLê Văn B",
        # document symbols, words in a law's name, the title of a document still to be made
        "theo Quyết định số 12/QĐ-UBND và Nghị quyết số 3/2023/NQ-HĐND",
        "Căn cứ Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương;",
        "đưa vào Báo cáo chính trị của Ban Chấp hành Đảng bộ tỉnh khóa XX trình Đại hội",
        "trên cơ sở Quy hoạch tỉnh và Cổng Thông tin điện tử tỉnh",
    ],
)
def test_unannotated_places(text: str) -> None:
    assert find_body_mentions(text) == []


def test_title_block_after_the_type_line_is_annotated() -> None:
    text = ("ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\nSố: 5/QĐ-UBND\n\nQUYẾT ĐỊNH\n\n"
            "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ NAM\n")
    (body,) = find_body_mentions(text)
    assert body.canonical.lower() == "ủy ban nhân dân tỉnh hà nam"


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a board named by its field runs to its level word
        ("Ban Dân tộc tỉnh chủ trì, phối hợp với Ban Chỉ đạo phòng chống thiên tai huyện.",
         [("Ban Dân tộc tỉnh", "state", "province"),
          ("Ban Chỉ đạo phòng chống thiên tai huyện", "state", "district")]),
        ("Ban Quản lý dự án đầu tư xây dựng công trình dân dụng tỉnh Yên Bái lập hồ sơ.",
         [("Ban Quản lý dự án đầu tư xây dựng công trình dân dụng tỉnh Yên Bái", "state", "province")]),
        # ... but not across the predicate, and a Party organ still takes its committee
        ("Ban Dân tộc kiểm tra tại xã Yên Hợp.", []),
        ("Ban Tổ chức Tỉnh ủy và Ban Chấp hành Đảng bộ huyện",
         [("Ban Tổ chức Tỉnh ủy", "party", "province"),
          ("Ban Chấp hành Đảng bộ huyện", "party", "district")]),
        # a department's inspectorate is one body; `trụ sở` is no department
        ("phối hợp với Thanh tra Sở Xây dựng, niêm yết tại trụ sở UBND xã",
         [("Thanh tra Sở Xây dựng", "state", "province"), ("Ủy ban nhân dân xã", "state", "commune")]),
        # `huyện, thành, thị` is a list of places
        ("Giao UBND các huyện, thị, thành triển khai.",
         [("Ủy ban nhân dân các huyện, thị, thành", "state", "district")]),
        # one organ of each committee of a list, written in lower case
        ("thuộc diện ban thường vụ các huyện ủy, thị ủy, đảng ủy trực thuộc Tỉnh ủy quản lý",
         [("Ban thường vụ các huyện ủy, thị ủy, đảng ủy trực thuộc Tỉnh ủy", "party", "district")]),
        ("Nơi nhận:\n- Các ban xây dựng Đảng Tỉnh ủy,",
         [("Ban xây dựng Đảng Tỉnh ủy", "party", "province")]),
        # the Party centre as an author; the central ethnic committee
        ("theo hướng dẫn của Trung ương và của Tỉnh ủy; Ủy ban Dân tộc hỗ trợ.",
         [("Trung ương", "party", "central"), ("Tỉnh ủy", "party", "province"),
          ("Ủy ban Dân tộc", "state", "central")]),
    ],
)
def test_boards_inspectorates_and_lists_of_committees(
    sentence: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert found_bodies(sentence) == expected


@pytest.mark.parametrize(
    "text",
    [
        "đổi mới sinh hoạt chi bộ, sinh hoạt đảng ủy",
        "cơ quan trung ương và địa phương; Hội nghị Trung ương 8 khóa XIII",
        # a Công văn's header ends at its `V/v` line
        "UBND TỈNH THÁI BÌNH\nSỞ NỘI VỤ\nSố: 45/SNV-CCVC\nV/v rà soát biên chế\n",
    ],
)
def test_activities_adjectives_and_a_letter_header_are_no_bodies(text: str) -> None:
    assert find_body_mentions(text) == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ban Thường vụ Đảng ủy xã Hồng Thái lãnh đạo thực hiện.",
         ("Ban Thường vụ Đảng ủy xã Hồng Thái", "party", "commune")),
        ("Đề nghị Ban Thường trực Ủy ban MTTQ Việt Nam huyện giám sát.",
         ("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam huyện", "front", "district")),
    ],
)
def test_a_standing_organ_before_a_committee_is_one_body(
    sentence: str, expected: tuple[str, str, str | None]
) -> None:
    assert found_bodies(sentence) == [expected]


def test_digital_government_concepts_are_no_bodies_but_a_number_or_verb_after_is() -> None:
    assert found_bodies("Phát triển chính quyền số: Chính phủ số và xã hội số.") == []
    assert found_bodies("xây dựng Chính phủ điện tử, chính quyền điện tử") == []
    assert [b.canonical for b in find_body_mentions("UBND tỉnh số hóa hồ sơ.")] == ["Ủy ban nhân dân tỉnh"]


def test_market_control_one_stop_desk_and_gazette_units() -> None:
    assert found_bodies("Chi cục Quản lý thị trường tỉnh, Bộ phận Một cửa huyện và Công báo tỉnh.") == [
        ("Chi cục Quản lý thị trường tỉnh", "state", "province"),
        ("Bộ phận Một cửa huyện", "state", "district"),
        ("Công báo tỉnh", "state", "province"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("theo hướng dẫn của Ban Chỉ đạo liên ngành Trung ương về phòng chống dịch; căn cứ tình hình",
         ("Ban Chỉ đạo liên ngành Trung ương về phòng chống dịch", "state", "central")),
        ("Kiện toàn Ban Chỉ đạo về chuyển đổi số cấp xã; chỉ đạo rà soát.",
         ("Ban Chỉ đạo về chuyển đổi số cấp xã", "state", "commune")),
    ],
)
def test_a_steering_committee_runs_through_its_subject_and_level(
    sentence: str, expected: tuple[str, str, str | None]
) -> None:
    assert found_bodies(sentence) == [expected]


def test_delegations_before_members_take_the_members_council() -> None:
    sentence = "Các Tổ đại biểu và đại biểu HĐND huyện tiếp xúc cử tri."
    assert found_bodies(sentence) == [("Tổ đại biểu Hội đồng nhân dân huyện", "state", "district")]
    assert find_body_mentions(sentence)[0].text == "Các Tổ đại biểu"


def test_the_legal_document_review_department_is_central_and_its_abbreviation_expands() -> None:
    assert found_bodies("Gửi Cục Kiểm tra văn bản QPPL (Bộ Tư pháp) để kiểm tra.") == [
        ("Cục Kiểm tra văn bản quy phạm pháp luật", "state", "central"),
        ("Bộ Tư pháp", "state", "central"),
    ]
