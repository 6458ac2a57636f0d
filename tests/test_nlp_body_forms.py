"""Name forms the body rules find (nlp.body_rules, nlp.body_candidates): gazetteer groups, boards,
centres, departments, schools, bloc committees, subordinate classes, relative levels, steering
committees, and a name's kind and level."""

import pytest
from nlp_fixtures import body_names, found_bodies

from policylink.nlp.bodies import find_body_mentions


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
        # `Bộ, cơ quan` takes its level word as `Bộ, ngành` does (RULINGS R10: one collective as printed)
        ("Các Bộ, cơ quan trung ương và Ủy ban nhân dân cấp tỉnh rà soát tài sản.",
         [("Bộ, cơ quan trung ương", "state", "central"), ("Ủy ban nhân dân cấp tỉnh", "state", "province")]),
        ("Ủy ban nhân dân các cấp bố trí vốn.", [("Ủy ban nhân dân các cấp", "state", None)]),
        # `chi bộ` and `đảng bộ` written with one head
        ("Các chi, đảng bộ cơ sở xây dựng kế hoạch.", [("Chi, đảng bộ cơ sở", "party", "commune")]),
        # a cell's committee, as a grassroots `đảng ủy`; `chi ủy nhiệm thu` spends on a mandate
        ("Chi uỷ, chi bộ cần cải tiến nội dung sinh hoạt.",
         [("Chi ủy", "party", None), ("Chi bộ", "party", None)]),
        ("Khoản chi ủy nhiệm thu được bố trí ngoài định mức.", []),
    ],
)
def test_gazetteer_groups(sentence: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert found_bodies(sentence) == expected


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
        # ... and so is a second field written short after the first written out, `&` read as `và`
        ("Sở Nông nghiệp & PTNT tỉnh Cao Bằng và Sở Lao động TB&XH phối hợp.",
         ["Sở Nông nghiệp và Phát triển nông thôn tỉnh Cao Bằng", "Sở Lao động Thương binh và Xã hội"]),
        # (between two fields written out, `&` stays as written)
        ("Viện Văn hóa & Phát triển tổ chức hội thảo.", ["Viện Văn hóa & Phát triển"]),
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


def test_a_steering_committee_named_by_a_proper_name() -> None:
    assert body_names("Ban Chỉ đạo Cải cách và Phát triển hợp tác xã theo dõi, tổng hợp.") == [
        "Ban Chỉ đạo Cải cách và Phát triển hợp tác xã"]
    assert body_names("Ban Chỉ đạo Diễn đàn Hợp tác Mê Kông 2016 có nhiệm vụ điều hành.") == [
        "Ban Chỉ đạo Diễn đàn Hợp tác Mê Kông 2016"]
    # the predicate after the name, or the name's object after `các`, is no part of a name of its own
    assert body_names("Ban Chỉ đạo Tây Bắc xây dựng kế hoạch phát triển.") == []
    assert body_names("Ban Chỉ đạo Nhà nước các dự án trọng điểm ngành giao thông họp.") == []


def test_delegations_before_members_take_the_members_council() -> None:
    sentence = "Các Tổ đại biểu và đại biểu HĐND huyện tiếp xúc cử tri."
    assert found_bodies(sentence) == [("Tổ đại biểu Hội đồng nhân dân huyện", "state", "district")]
    assert find_body_mentions(sentence)[0].text == "Các Tổ đại biểu"


def test_a_councils_organs_listed_together_take_its_level_word() -> None:
    # the members' council tail, also after `các đại biểu` and after a delegation named with its council
    assert body_names("Giao Thường trực HĐND, các Ban của HĐND, các Tổ đại biểu và các đại biểu HĐND tỉnh "
                      "giám sát.") == ["Thường trực Hội đồng nhân dân tỉnh", "Ban của Hội đồng nhân dân tỉnh",
                                       "Tổ đại biểu Hội đồng nhân dân tỉnh"]
    assert body_names("Thường trực Hội đồng nhân dân, các Ban Hội đồng nhân dân, Tổ đại biểu Hội đồng nhân "
                      "dân và đại biểu Hội đồng nhân dân huyện giám sát.") == [
        "Thường trực Hội đồng nhân dân huyện", "Ban Hội đồng nhân dân huyện",
        "Tổ đại biểu Hội đồng nhân dân huyện"]
    # the council of the same place: its organ takes the place too
    assert body_names("Gửi Thường trực HĐND, UBND huyện Mường Tè.") == [
        "Thường trực Hội đồng nhân dân huyện Mường Tè", "Ủy ban nhân dân huyện Mường Tè"]
    # a class of places (`các xã`) names no one place to take
    assert body_names("Gửi TT HĐND, UBND các xã, phường.")[0] == "Thường trực Hội đồng nhân dân"
    # a council itself, or an organ before another kind of body, keeps its name as written
    assert body_names("HĐND, UBND tỉnh chỉ đạo; Thường trực HĐND, Sở Y tế tỉnh theo dõi.") == [
        "Hội đồng nhân dân", "Ủy ban nhân dân tỉnh", "Thường trực Hội đồng nhân dân", "Sở Y tế tỉnh"]


def test_the_legal_document_review_department_is_central_and_its_abbreviation_expands() -> None:
    assert found_bodies("Gửi Cục Kiểm tra văn bản QPPL (Bộ Tư pháp) để kiểm tra.") == [
        ("Cục Kiểm tra văn bản quy phạm pháp luật", "state", "central"),
        ("Bộ Tư pháp", "state", "central"),
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a bloc committee with its group and level, and written short
        ("Ban Thường vụ Đảng ủy Khối doanh nghiệp tỉnh chỉ đạo; Đảng ủy Khối tổng hợp.",
         ["Ban Thường vụ Đảng ủy Khối doanh nghiệp tỉnh", "Đảng ủy Khối"]),
        # every organ attaches to the bloc committee
        ("Ban Tuyên giáo Đảng ủy Khối, Ủy ban Kiểm tra Đảng ủy Khối và Văn phòng Đảng ủy Khối"
         " giúp Thường trực Đảng ủy Khối theo dõi.",
         ["Ban Tuyên giáo Đảng ủy Khối", "Ủy ban Kiểm tra Đảng ủy Khối", "Văn phòng Đảng ủy Khối",
          "Thường trực Đảng ủy Khối"]),
        # the bloc's executive committee, named by the Đảng bộ
        ("Nghị quyết Đại hội đã được Ban Chấp hành Đảng bộ Khối các cơ quan tỉnh cụ thể hóa.",
         ["Ban Chấp hành Đảng bộ Khối các cơ quan tỉnh"]),
        # a lower-case organ class `của` its committee is one body
        ("Các ban xây dựng Đảng của Huyện ủy hướng dẫn; ban xây dựng Đảng của Đảng ủy Khối theo dõi.",
         ["Ban xây dựng Đảng của Huyện ủy", "Ban xây dựng Đảng của Đảng ủy Khối"]),
        # the central blocs
        ("Đảng ủy Khối các cơ quan Trung ương ban hành hướng dẫn.",
         ["Đảng ủy Khối các cơ quan Trung ương"]),
    ],
)
def test_bloc_committees_and_their_organs(sentence: str, expected: list[str]) -> None:
    assert body_names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # `trực thuộc` stays in the name, alone or with the parent committee
        ("Các chi bộ trực thuộc, tổ chức cơ sở đảng trực thuộc tổ chức học tập.",
         [("Chi bộ trực thuộc", "party", None), ("Tổ chức cơ sở đảng trực thuộc", "party", "commune")]),
        ("Các tổ chức đảng trực thuộc Huyện ủy và cấp ủy trực thuộc sơ kết.",
         [("Tổ chức đảng trực thuộc Huyện ủy", "party", None), ("Cấp ủy trực thuộc", "party", None)]),
        # `thuộc` needs the parent it names; the parent's level word gives the level
        ("Các cơ quan chuyên môn thuộc UBND huyện rà soát hồ sơ.",
         [("Cơ quan chuyên môn thuộc Ủy ban nhân dân huyện", "state", "district")]),
        # without a parent, `thuộc` is the verb of the sentence
        ("Các chi bộ thuộc diện sáp nhập báo cáo.", [("Chi bộ", "party", None)]),
        # the Party's agencies as a class (not the members, `đảng viên`)
        ("Chuyển đổi số tại các cơ quan đảng và Mặt trận Tổ quốc.",
         [("Cơ quan đảng", "party", None), ("Mặt trận Tổ quốc", "front", None)]),
        ("Cơ quan đảng viên sinh hoạt.", []),
    ],
)
def test_subordinate_classes_keep_their_parent(
    sentence: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert found_bodies(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a person's name after the institution word, though its first word starts bodies
        ("Trường Chính trị Trường Chinh mở lớp bồi dưỡng.",
         [("Trường Chính trị Trường Chinh", "school", "province")]),
        ("Phối hợp với Trường Chính trị Lê Duẩn, Hội Nông dân tỉnh.",
         [("Trường Chính trị Lê Duẩn", "school", "province"),
          ("Hội Nông dân tỉnh", "mass_org", "province")]),
        # a level word after a two-syllable name word
        ("Trường Cao đẳng Y tế tỉnh tuyển sinh.", [("Trường Cao đẳng Y tế tỉnh", "school", "province")]),
        # a new body after a comma is still a new body
        ("Trường Chính trị tỉnh, Trường Cao đẳng Sư phạm, Trường Chính trị Trần Phú.",
         [("Trường Chính trị tỉnh", "school", "province"),
          ("Trường Cao đẳng Sư phạm", "school", "province"),
          ("Trường Chính trị Trần Phú", "school", "province")]),
        # the city's abbreviation keeps its dot inside a school's name (`Tp.` -> `thành phố`)
        ("Trường Cao đẳng Kinh tế Tp. Hồ Chí Minh tuyển sinh.",
         [("Trường Cao đẳng Kinh tế thành phố Hồ Chí Minh", "school", "province")]),
        # the intermediate schools, as the colleges (a ward named `Trường X` is no school)
        ("Các Trường Trung cấp Kỹ thuật Đà Lạt mở rộng tuyển sinh tại phường Trường Thi.",
         [("Trường Trung cấp Kỹ thuật Đà Lạt", "school", "province")]),
    ],
)
def test_proper_names_after_an_institution_word(
    sentence: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert found_bodies(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a ministry's department at a level, named by its field
        ("Cục Thi hành án dân sự tỉnh và Chi cục Kiểm lâm huyện phối hợp.",
         [("Cục Thi hành án dân sự tỉnh", "state", "province"),
          ("Chi cục Kiểm lâm huyện", "state", "district")]),
        ("Giao Cục Quản lý thị trường tỉnh Hà Nam kiểm tra.",
         [("Cục Quản lý thị trường tỉnh Hà Nam", "state", "province")]),
        # without a level word a `Cục` names a ministry's department (open class, issue 12)
        ("Cục Quản lý thị trường kiểm tra các cửa hàng.", [("Cục Quản lý thị trường", "state", "central")]),
        # the inspectorate of a state body; a ministry takes no level word from the list
        ("Thanh tra Bộ Tài chính, Thanh tra Chính phủ và Thanh tra tỉnh kiểm tra.",
         [("Thanh tra Bộ Tài chính", "state", "central"),
          ("Thanh tra Chính phủ", "state", "central"), ("Thanh tra tỉnh", "state", "province")]),
        # a sector's body of the whole country, of a ministry or of a people's armed force, and its
        # local body by the level word, also written with the sector's abbreviation
        ("Bảo hiểm xã hội Việt Nam hướng dẫn BHXH Bộ Quốc phòng và Bảo hiểm xã hội Công an nhân dân.",
         [("Bảo hiểm xã hội Việt Nam", "state", "central"),
          ("Bảo hiểm xã hội Bộ Quốc phòng", "state", "central"),
          ("Bảo hiểm xã hội Công an nhân dân", "state", "central")]),
        ("Giao BHXH huyện phối hợp thu hồi thẻ.", [("Bảo hiểm xã hội huyện", "state", "district")]),
        # the verb `thanh tra` in lower case inspects the body after it
        ("Tổ chức thanh tra Sở Xây dựng về đầu tư.", [("Sở Xây dựng", "state", "province")]),
        # a trade union named by its sector and level
        ("Công đoàn Viên chức tỉnh, Công đoàn Giáo dục huyện và Công đoàn cơ sở vận động.",
         [("Công đoàn Viên chức tỉnh", "mass_org", "province"),
          ("Công đoàn Giáo dục huyện", "mass_org", "district"),
          ("Công đoàn cơ sở", "mass_org", "commune")]),
    ],
)
def test_departments_inspectorates_and_unions(
    sentence: str, expected: list[tuple[str, str, str | None]]
) -> None:
    assert found_bodies(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Sở Văn hóa, Thể thao và Du lịch hướng dẫn các huyện tổ chức lễ hội.",
         ["Sở Văn hóa, Thể thao và Du lịch"]),
        ("Đề nghị Bộ Văn hóa, Thể thao và Du lịch quan tâm hỗ trợ kinh phí.",
         ["Bộ Văn hóa, Thể thao và Du lịch"]),
        ("Sở VHTT&DL tỉnh kiểm tra các di tích.", ["Sở Văn hóa, Thể thao và Du lịch tỉnh"]),
        # a field not in the gazetteer, written `X, Y và Z`
        ("Sở Khoa học, Công nghệ và Truyền thông tỉnh thẩm định hồ sơ.",
         ["Sở Khoa học, Công nghệ và Truyền thông tỉnh"]),
        ("Trường Đại học Sư phạm, Nghệ thuật và Thể dục Hà Tĩnh mở lớp bồi dưỡng.",
         ["Trường Đại học Sư phạm, Nghệ thuật và Thể dục Hà Tĩnh"]),
    ],
)
def test_a_field_name_with_an_inner_comma_is_one_name(sentence: str, expected: list[str]) -> None:
    assert body_names(sentence) == expected


def test_a_department_of_a_ministry_may_join_two_fields_with_va() -> None:
    assert body_names("Chi cục Trồng trọt và Bảo vệ thực vật tỉnh hướng dẫn nông dân.") == [
        "Chi cục Trồng trọt và Bảo vệ thực vật tỉnh"]


def test_a_place_name_ending_in_luu_is_not_cut() -> None:
    assert body_names("UBND huyện Quỳnh Lưu báo cáo kết quả.") == ["Ủy ban nhân dân huyện Quỳnh Lưu"]
    # the `Lưu: VT` line of the Nơi nhận still ends the name list
    assert body_names("Nơi nhận:\n- UBND tỉnh;\n- Lưu: VT.") == ["Ủy ban nhân dân tỉnh"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Các tổ chức đảng cấp dưới báo cáo kết quả.", ["Tổ chức đảng cấp dưới"]),
        ("Xin ý kiến đảng ủy cấp trên trực tiếp trước khi kết luận.", ["Đảng ủy cấp trên trực tiếp"]),
        ("Phối hợp với chính quyền cùng cấp tổ chức thực hiện.", ["Chính quyền cùng cấp"]),
        ("Tham mưu Ủy ban nhân dân cùng cấp ban hành kế hoạch.", ["Ủy ban nhân dân cùng cấp"]),
        ("Cấp ủy, ủy ban kiểm tra các cấp tổ chức quán triệt.", ["Cấp ủy", "Ủy ban kiểm tra các cấp"]),
        ("Báo cáo ủy ban kiểm tra cấp trên xem xét.", ["Ủy ban kiểm tra cấp trên"]),
    ],
)
def test_a_relative_level_stays_part_of_the_name(sentence: str, expected: list[str]) -> None:
    assert body_names(sentence) == expected


def test_a_board_named_by_its_field_alone_is_a_body_where_it_acts() -> None:
    text = "Ban Văn hóa - Văn nghệ chủ trì, phối hợp với Ban Phong trào tham mưu báo cáo."
    assert body_names(text) == ["Ban Văn hóa - Văn nghệ", "Ban Phong trào"]
    # a board with its level word keeps the longer name
    assert body_names("Ban Dân tộc tỉnh chủ trì thẩm định.") == ["Ban Dân tộc tỉnh"]


def test_a_board_that_does_not_act_is_not_taken_without_its_level() -> None:
    assert body_names("Nội dung do ban biên tập chuẩn bị; Ban Phong trào đã họp.") == []


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("phối hợp với Đài Phát thanh - Truyền hình Hà Tĩnh đưa tin.",
         ["Đài Phát thanh - Truyền hình Hà Tĩnh"]),
        ("Chi nhánh Ngân hàng Chính sách xã hội huyện giải ngân vốn vay.",
         ["Chi nhánh Ngân hàng Chính sách xã hội huyện"]),
    ],
)
def test_broadcasters_and_policy_bank_branches_are_bodies(sentence: str, expected: list[str]) -> None:
    assert body_names(sentence) == expected


def test_classes_of_central_bodies_and_provinces_under_the_centre() -> None:
    assert body_names("Bộ trưởng, Thủ trưởng cơ quan ngang Bộ, cơ quan thuộc Chính phủ kiểm tra.") == [
        "Bộ", "Cơ quan ngang Bộ", "Cơ quan thuộc Chính phủ"]
    assert body_names("Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương báo cáo.") == [
        "Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương"]
    assert body_names("Bộ trưởng Bộ Y tế chỉ đạo.") == ["Bộ Y tế"]  # a minister of one ministry
    # the class in lower case, with or without `các`, and the generic class closing the list after a comma
    assert body_names("Điều 7. Trách nhiệm của bộ, cơ quan ngang bộ") == ["Bộ", "Cơ quan ngang bộ"]
    assert body_names("Các bộ, cơ quan ngang bộ, cơ quan có liên quan thực hiện.") == [
        "Bộ", "Cơ quan ngang bộ", "Cơ quan"]



def test_an_open_class_name_ends_before_the_basis_its_body_acts_on() -> None:
    # lower-case `căn cứ` opens the basis (`căn cứ chức năng, nhiệm vụ`), not a word of the name
    sentence = "Cục Quản lý dược, Cục Sức khỏe và Môi trường căn cứ chức năng, nhiệm vụ tham gia."
    assert body_names(sentence) == ["Cục Quản lý dược", "Cục Sức khỏe và Môi trường"]
    assert body_names("Trung tâm Kiểm soát bệnh tật tỉnh căn cứ kế hoạch này triển khai.") == [
        "Trung tâm Kiểm soát bệnh tật tỉnh"]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Đài Tiếng nói Việt Nam và Thông tấn xã Việt Nam đưa tin kịp thời.",
         ["Đài Tiếng nói Việt Nam", "Thông tấn xã Việt Nam"]),
        ("Vụ Pháp chế, Cục Kiểm tra văn bản và quản lý xử lý vi phạm hành chính rà soát.",
         ["Vụ Pháp chế", "Cục Kiểm tra văn bản và quản lý xử lý vi phạm hành chính"]),
        ("Hội Khuyến học tỉnh phối hợp với Kho bạc Nhà nước Bình Định.",
         ["Hội Khuyến học tỉnh", "Kho bạc Nhà nước Bình Định"]),
        ("Tập đoàn Điện lực Việt Nam chủ trì cấp điện.", ["Tập đoàn Điện lực Việt Nam"]),
        # the board of a state company is a body of its own; `quyết định` starts the predicate
        ("Hội đồng quản trị Tập đoàn Than Việt Nam quyết định phương án, HĐTV Tổng công ty Hàng hải Việt Nam "
         "phối hợp.",
         ["Hội đồng quản trị Tập đoàn Than Việt Nam", "Hội đồng thành viên Tổng công ty Hàng hải Việt Nam"]),
        ("Tổng công ty Đường sắt Việt Nam quyết định giá vé.", ["Tổng công ty Đường sắt Việt Nam"]),
        # `&` joins the words of one name as `và` does
        ("Viện Kinh tế & Chính trị thế giới, Viện Sử học chủ trì biên soạn.",
         ["Viện Kinh tế & Chính trị thế giới", "Viện Sử học"]),
        # a name the gazetteer knows ends where its rule ends it
        ("Cục Thuế nhận được văn bản của Sở.", ["Cục Thuế"]),
        # the head's title written in capitals is no name (`Chi cục Trưởng`)
        ("Chi cục có Chi cục Trưởng và hai Phó Chi cục trưởng.", []),
        # no name after the head, a person's title, a unit's code the gazetteer does not expand
        ("Hội nghị đã thống nhất. Cục trưởng Lê Văn An ký. Cục CSGT đưa tin.", []),
        # an abbreviation the gazetteer expands (recipients, RULINGS R4)
        ("Đài THVN đưa tin.", ["Đài Truyền hình Việt Nam"]),
    ],
)
def test_open_class_organisation_names(sentence: str, names: list[str]) -> None:
    assert body_names(sentence) == names


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # lower-case classes after named bodies are members of the list, each described by its own words
        ("Đề nghị Hội Nông dân Việt Nam, tổ chức đại diện của người nuôi trồng thủy sản và các tổ chức "
         "xã hội - nghề nghiệp tham gia giám sát.",
         ["Hội Nông dân Việt Nam", "Tổ chức đại diện của người nuôi trồng thủy sản",
          "Tổ chức xã hội - nghề nghiệp"]),
        # a member may end on the body it belongs to; the list's colon closes it
        ("Các LĐLĐ tỉnh, thành phố, công đoàn ngành giáo dục, công đoàn cơ sở trực thuộc Tổng Liên đoàn:",
         ["Liên đoàn Lao động tỉnh, thành phố", "Công đoàn ngành giáo dục",
          "Công đoàn cơ sở trực thuộc Tổng Liên đoàn"]),
        # a lower-case class found inside the member is one of its words
        ("Sở Nội vụ và các tổ chức đoàn thể cấp tỉnh tham gia.", ["Sở Nội vụ", "Tổ chức đoàn thể cấp tỉnh"]),
    ],
)
def test_lower_case_class_members_of_a_list_are_bodies(sentence: str, names: list[str]) -> None:
    assert body_names(sentence) == names


@pytest.mark.parametrize(
    "sentence",
    [
        # persons are no organisations, whatever head noun they follow
        "Sở Tư pháp, tổ chức cá nhân có liên quan thực hiện.",
        # `tổ chức` as the duty's verb after the relevant units closing the list
        "Sở Xây dựng phối hợp với Công an tỉnh cùng các đơn vị có liên quan, tổ chức khảo sát hiện trạng.",
        # a verb right after the head: no description, no member
        "Sở Y tế, tổ chức thực hiện kế hoạch.",
        # the competent authority is no body (RULINGS R15, H6)
        "Sở Tài chính và các cơ quan nhà nước có thẩm quyền xem xét.",
    ],
)
def test_no_list_member_for_persons_or_a_verb(sentence: str) -> None:
    assert not any(name.startswith(("Tổ chức", "Cơ quan")) for name in body_names(sentence))


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the localities under the collective's one `các` join it (RULINGS R10)
        ("Sở Nội vụ phối hợp với các sở, ban, ngành và địa phương rà soát biên chế.",
         [("Sở Nội vụ", "state", "province"), ("Sở, ban, ngành, địa phương", "other", None)]),
        ("Các bộ, ngành và địa phương báo cáo kết quả.", [("Bộ, ngành, địa phương", "other", None)]),
        # with a determiner or a qualifier of their own they are bare localities, no body
        ("Phối hợp với các bộ, ngành và các địa phương trong vùng.", [("Bộ, ngành", "state", "central")]),
        ("Phối hợp với các sở, ngành và địa phương lân cận.", [("Sở, ngành", "state", "province")]),
    ],
)
def test_localities_closing_a_collective(sentence: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert found_bodies(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # a lower-case class keeps the place it belongs to, named by its level word (GUIDELINES: level words)
        ("Các cơ quan, đơn vị thuộc thành phố xây dựng kế hoạch.",
         [("Cơ quan, đơn vị thuộc thành phố", "other", "province")]),
        ("Các phòng, ban chuyên môn thuộc huyện rà soát hồ sơ.",
         [("Phòng, ban chuyên môn thuộc huyện", "state", "district")]),
        # a class printed with capitals is a class still
        ("Các Sở, ban, ngành thuộc tỉnh hướng dẫn các xã triển khai.",
         [("Sở, ban, ngành thuộc tỉnh", "state", "province")]),
        # not a named place, nor a class of places
        ("Các đơn vị thuộc tỉnh Quảng Trị báo cáo.", []),
        ("Các cơ quan, đơn vị thuộc tỉnh, thành phố trực thuộc Trung ương báo cáo.",
         [("Cơ quan, đơn vị", "other", None)]),
    ],
)
def test_a_class_keeps_the_place_it_belongs_to(
        sentence: str, expected: list[tuple[str, str, str | None]]) -> None:
    assert found_bodies(sentence) == expected


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        ("Rà soát danh mục.\tCục Quản lý dược\tVụ Kế hoạch - Tài chính\tQuý II/2026",
         ["Cục Quản lý dược", "Vụ Kế hoạch - Tài chính"]),
        ("Lập báo cáo.\tViện Dinh dưỡng quốc gia\tNăm 2026", ["Viện Dinh dưỡng quốc gia"]),
    ],
)
def test_a_name_ends_at_its_table_cell(row: str, expected: list[str]) -> None:
    """A tab between a table's cells ends a name as punctuation does, whatever the next cell starts with."""
    assert body_names(row) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Đề nghị Hội đồng nhân dân, Ủy ban nhân dân các tỉnh, thành phố bố trí kinh phí.",
         ["Hội đồng nhân dân các tỉnh, thành phố", "Ủy ban nhân dân các tỉnh, thành phố"]),
        ("Yêu cầu Ủy ban nhân dân và Hội đồng nhân dân các xã rà soát.",
         ["Ủy ban nhân dân các xã", "Hội đồng nhân dân các xã"]),
    ],
)
def test_a_bare_council_shares_the_place_of_the_council_after_it(sentence: str, expected: list[str]) -> None:
    assert body_names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the classes after the collective belong to the body with it: one collective under one `các`
        ("Thủ trưởng các sở, ngành, cơ quan, đơn vị thuộc Ủy ban nhân dân huyện có trách nhiệm báo cáo.",
         ["Sở, ngành, cơ quan, đơn vị thuộc Ủy ban nhân dân huyện"]),
        # a second `các` opens a list of its own: two mentions as written
        ("Giám đốc các sở, ngành, các cơ quan, đơn vị thuộc tỉnh thực hiện.",
         ["Sở, ngành", "Cơ quan, đơn vị thuộc tỉnh"]),
    ],
)
def test_a_collective_joins_the_classes_after_it_that_belong_to_a_body(
        sentence: str, expected: list[str]) -> None:
    assert body_names(sentence) == expected
