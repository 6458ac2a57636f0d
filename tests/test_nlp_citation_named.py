"""Named mentions (no number): where a name ends, and what names no document at all: self-references,
documents still to be made, classes of documents, a decision's own approved plan (nlp.citation_named)."""

import pytest
from citation_fixtures import SELF, cite, cited, keys_and_relations


@pytest.mark.parametrize(
    ("text", "key", "date"),
    [
        ("theo Luật Đất đai năm 2024 và các văn bản hướng dẫn", "Luật Đất đai năm 2024", None),
        ("Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
         "Luật Tổ chức chính quyền địa phương", "2015-06-19"),
        ("phù hợp Quy hoạch tỉnh Bắc Giang thời kỳ 2021-2030, tầm nhìn đến năm 2050 đã đề ra",
         "Quy hoạch tỉnh Bắc Giang thời kỳ 2021-2030, tầm nhìn đến năm 2050", None),
        ("đề ra tại Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX, được cụ thể hóa",
         "Nghị quyết Đại hội đại biểu Đảng bộ tỉnh lần thứ XIX", None),
        ("bảo đảm phù hợp với Hiến pháp và pháp luật", "Hiến pháp", None),
        # `số` inside a name (digital) is not a document number; the plan's period closes the name
        ("triển khai Chiến lược Kinh tế số quốc gia đến năm 2025, định hướng đến năm 2030; giao các sở",
         "Chiến lược Kinh tế số quốc gia đến năm 2025, định hướng đến năm 2030", None),
    ],
)
def test_named_key_and_date(text: str, key: str, date: str | None) -> None:
    assert [(c.key, c.date) for c in cited(text)] == [(key, date)]


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # a comma goes on a law name only after one or two syllables (`Cán bộ, công chức`)
        ("thực hiện Luật Tiếp công dân, không để đơn thư tồn đọng", [("Luật Tiếp công dân", None)]),
        # a level word does not cut a name that a period closes, with `và tầm nhìn` too
        ("cụ thể hóa Chiến lược quốc gia bảo đảm trật tự, an toàn giao thông đường bộ giai đoạn "
         "2021 - 2030 và tầm nhìn đến năm 2045; định kỳ báo cáo",
         [("Chiến lược quốc gia bảo đảm trật tự, an toàn giao thông đường bộ giai đoạn 2021 - 2030 "
           "và tầm nhìn đến năm 2045", None)]),
        # a congress resolution is named with its party organisation
        ("quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng và Nghị quyết Đại hội XX",
         [("Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng", None),
          ("Nghị quyết Đại hội XX", None)]),
        ("Thực hiện Nghị quyết Hội nghị lần thứ tám của Ban Chấp hành Trung ương Đảng khóa XIII "
         "về bảo vệ Tổ quốc",
         [("Nghị quyết Hội nghị lần thứ tám của Ban Chấp hành Trung ương Đảng khóa XIII", None)]),
        ("quán triệt nghị quyết Đại hội XIV của Đảng; các nghị quyết, kết luận của Trung ương",
         [("nghị quyết Đại hội XIV của Đảng", None)]),
        # names with commas and year ranges with spaced dashes
        ("theo Luật Phòng, chống tham nhũng năm 2018 và các văn bản hướng dẫn",
         [("Luật Phòng, chống tham nhũng năm 2018", None)]),
        ("phù hợp Quy hoạch tỉnh Lạng Sơn thời kỳ 2021 - 2030, tầm nhìn đến năm 2050; bảo đảm",
         [("Quy hoạch tỉnh Lạng Sơn thời kỳ 2021 - 2030, tầm nhìn đến năm 2050", None)]),
        # type words used as verbs before a body, or inside a department's name, are no documents
        ("Báo cáo UBND tỉnh kết quả thực hiện; Hướng dẫn Sở Nội vụ triển khai.", []),
        ("Phòng Tài chính - Kế hoạch huyện chủ trì thẩm định.", []),
    ],
)
def test_named_forms(text: str, keys: list[tuple[str, str | None]]) -> None:
    assert [(c.key, c.date) for c in cited(text)] == keys


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # law names holding function words
        ("Căn cứ Luật Đầu tư theo phương thức đối tác công tư ngày 18 tháng 6 năm 2020;",
         ["Luật Đầu tư theo phương thức đối tác công tư"]),
        ("tuyên truyền Luật Thực hiện dân chủ ở cơ sở năm 2022 đến Nhân dân",
         ["Luật Thực hiện dân chủ ở cơ sở năm 2022"]),
        ("theo Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân năm 2015; bảo đảm",
         ["Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân năm 2015"]),
        ("thực hiện Luật Hòa giải ở cơ sở và Luật Tiếp cận thông tin",
         ["Luật Hòa giải ở cơ sở", "Luật Tiếp cận thông tin"]),
        # named strategies and programmes with a lower-case name and a period
        ("triển khai Chiến lược phát triển kinh tế biển bền vững đến năm 2030, tầm nhìn đến năm 2045; các sở",
         ["Chiến lược phát triển kinh tế biển bền vững đến năm 2030, tầm nhìn đến năm 2045"]),
        ("Thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021-2025, các xã",
         ["Chương trình mục tiêu quốc gia xây dựng nông thôn mới giai đoạn 2021-2025"]),
        ("lồng ghép nguồn vốn chương trình mục tiêu quốc gia giảm nghèo bền vững để hỗ trợ",
         ["chương trình mục tiêu quốc gia giảm nghèo bền vững"]),
        # a working rule named with its organ and term
        ("thực hiện đúng Điều lệ Đảng và Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa XX.",
         ["Điều lệ Đảng", "Quy chế làm việc của Ban Chấp hành Đảng bộ tỉnh khóa XX"]),
        # a plenum resolution named by its number and term
        ("Thực hiện Nghị quyết Trung ương 4 khóa XII về xây dựng Đảng", ["Nghị quyết Trung ương 4 khóa XII"]),
    ],
)
def test_harder_named_forms(text: str, keys: list[str]) -> None:
    assert [" ".join(c.key.split()) for c in cited(text)] == keys


def test_amending_law_holds_the_amended_laws() -> None:
    text = ("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ và Luật Tổ chức chính "
            "quyền địa phương ngày 22 tháng 11 năm 2019;")
    outer, first, second = cite(text)
    assert outer.key.startswith("Luật sửa đổi, bổ sung một số điều của Luật Tổ chức Chính phủ")
    assert (outer.relation, outer.date) == ("based_on", "2019-11-22")
    assert [(c.key, c.relation, c.date) for c in (first, second)] == [
        ("Luật Tổ chức Chính phủ", "amends", None),
        ("Luật Tổ chức chính quyền địa phương", "amends", None),
    ]
    assert first.source == second.source != SELF


@pytest.mark.parametrize(
    "text",
    [
        "Các huyện ủy nghiên cứu, quán triệt Kết luận này.",
        "Tổ chức tuyên truyền nội dung Chỉ thị này đến cán bộ.",
        "Chỉ đạo UBND tỉnh xây dựng Đề án Phát triển đô thị thông minh.",
        "UBND tỉnh ban hành Kế hoạch Thực hiện chuyển đổi số.",
        "rà soát các chương trình, nghị quyết, kết luận, kế hoạch về phát triển kết cấu hạ tầng",
        "theo tinh thần nghị quyết đại hội đảng bộ các cấp",
        "Cơ bản nhất trí nội dung dự thảo Báo cáo Tổng kết thực tiễn.",
        "thực hiện các Nghị quyết Trung ương về xây dựng Đảng",
    ],
)
def test_not_citations(text: str) -> None:
    assert cite(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "thực hiện các nghị quyết, chỉ thị của Trung ương và của Tỉnh ủy",
        "thực hiện các Nghị quyết, Chỉ thị của Trung ương",
        "Các cơ quan Kế hoạch hóa công tác; Quy chế này có hiệu lực từ ngày ký.",
        "UBND huyện xây dựng Chương trình phát triển đô thị giai đoạn 2025-2030.",
        "Kế hoạch thực hiện năm 2025 do Ban Tuyên giáo chủ trì.",
        "tổ chức thực hiện Luật này và các văn bản hướng dẫn",
        "thực hiện chương trình, kế hoạch công tác năm 2025",
    ],
)
def test_more_non_citations(text: str) -> None:
    assert cite(text) == []


def test_the_document_a_cited_decision_issued_is_nested() -> None:
    text = ("Bãi bỏ Quyết định số 30/2018/QĐ-UBND ngày 4/7/2018 của UBND tỉnh ban hành Quy định quản lý chợ "
            "trên địa bàn tỉnh.")
    decision, issued = cite(text)
    assert (decision.key, decision.relation) == ("30/2018/QĐ-UBND", "replaces")
    assert (issued.key, issued.relation) == ("Quy định quản lý chợ", "cites")
    assert issued.source == decision.target_id
    # without a cited decision before it, `ban hành Quy định ...` is a document still to be made
    assert cite("UBND tỉnh ban hành Quy định quản lý chợ trên địa bàn tỉnh trong năm 2025.") == []


@pytest.mark.parametrize(
    "text",
    [
        "QUYẾT ĐỊNH\nPhê duyệt Đề án phát triển nghề muối tỉnh Hà Tĩnh giai đoạn 2025 - 2028\nCHỦ TỊCH",
        "QUYẾT ĐỊNH:\nĐiều 1. Phê duyệt kèm theo Quyết định này Chương trình đào tạo nghề cho lao động "
        "nông thôn tỉnh Hà Tĩnh giai đoạn 2025 - 2027.\nĐiều 2. Giao Sở Nội vụ chủ trì.",
        "Về việc phê duyệt Kế hoạch cải cách hành chính huyện Kỳ Anh năm 2025",
        # the regulation a decision issues with itself (DECISIONS-5), with a capital after its type word
        "QUYẾT ĐỊNH:\nĐiều 1. Ban hành kèm theo Quyết định này Quy chế Làm việc của Ban Quản lý dự án huyện "
        "Hương Sơn.\nĐiều 2. Quyết định này có hiệu lực kể từ ngày ký.",
        # the scheme a resolution adopts, named before its adoption too
        "Sau khi xem xét Đề án phát triển chè Tân Cương giai đoạn 2026 - 2030 do UBND tỉnh trình;\n"
        "QUYẾT NGHỊ:\nĐiều 1. Thông qua Đề án phát triển chè Tân Cương giai đoạn 2026 - 2030.",
    ],
)
def test_the_plan_a_decision_approves_and_attaches_is_its_own_part(text: str) -> None:
    assert keys_and_relations(text) == []


def test_adoption_through_a_document_outside_an_article_is_no_approval() -> None:
    # `thông qua` as `by means of` in running text names the programme it works through
    text = "Thông qua Chương trình Khuyến nông Quốc gia, nhiều hộ đã tăng thu nhập."
    assert [key for key, _ in keys_and_relations(text)] == ["Chương trình Khuyến nông Quốc gia"]


def test_an_approval_by_a_cited_decision_still_nests_the_approved_document() -> None:
    text = ("Thực hiện Quyết định số 88/QĐ-TTg ngày 10/02/2023 của Thủ tướng Chính phủ phê duyệt Chiến "
            "lược phát triển thủy sản giai đoạn 2023 - 2030.")
    keys = [key for key, _ in keys_and_relations(text)]
    assert keys == ["88/QĐ-TTg", "Chiến lược phát triển thủy sản giai đoạn 2023 - 2030"]


@pytest.mark.parametrize(
    "text",
    [
        "Sở Công Thương báo cáo UBND tỉnh kết quả thực hiện Đề án định kỳ hằng quý.",
        "Tổng hợp kết quả triển khai Chương trình định kỳ 6 tháng, gửi Sở Tài chính.",
        "Báo cáo tiến độ thực hiện Đề án hằng năm trước ngày 15/12.",
    ],
)
def test_a_type_word_followed_by_a_recurrence_names_no_document(text: str) -> None:
    assert keys_and_relations(text) == []


def test_a_lower_case_name_still_ends_before_a_recurrence() -> None:
    text = "Sở Y tế tổng kết Đề án chăm sóc sức khỏe người cao tuổi định kỳ 6 tháng."
    assert [key for key, _ in keys_and_relations(text)] == ["Đề án chăm sóc sức khỏe người cao tuổi"]


def test_the_party_platform_is_a_named_document() -> None:
    text = "Đảng viên gương mẫu chấp hành Cương lĩnh chính trị, Điều lệ Đảng và pháp luật của Nhà nước."
    assert [key for key, _ in keys_and_relations(text)] == ["Cương lĩnh chính trị", "Điều lệ Đảng"]


def test_a_bare_platform_type_word_names_nothing() -> None:
    assert keys_and_relations("Nội dung học tập gồm Cương lĩnh, nghị quyết của Đảng.") == []


def test_a_name_issued_by_a_cited_decision_runs_through_its_organ() -> None:
    text = ("Thực hiện theo Quyết định số 99-QĐ/TW ngày 03/10/2017 của Ban Bí thư ban hành Quy chế "
            "phối hợp công tác dân vận của Hội Cựu chiến binh Việt Nam và các cơ quan nhà nước; mỗi quý "
            "tổ chức một cuộc họp.")
    keys = [key for key, _ in keys_and_relations(text)]
    assert keys == [
        "99-QĐ/TW",
        "Quy chế phối hợp công tác dân vận của Hội Cựu chiến binh Việt Nam và các cơ quan nhà nước",
    ]


def test_the_organ_part_of_a_name_stops_at_a_locative() -> None:
    text = ("Căn cứ Quyết định số 12/QĐ-UBND ngày 05/01/2024 của UBND tỉnh ban hành Quy chế quản lý cụm "
            "công nghiệp của Ủy ban nhân dân tỉnh trên địa bàn tỉnh.")
    keys = [key for key, _ in keys_and_relations(text)]
    assert keys == ["12/QĐ-UBND", "Quy chế quản lý cụm công nghiệp của Ủy ban nhân dân tỉnh"]


def test_a_law_name_stops_before_the_next_clause() -> None:
    (law,) = cite("Để thi hành Luật Thủy lợi, Ủy ban nhân dân tỉnh yêu cầu các sở thực hiện.")
    assert (law.key, law.text) == ("Luật Thủy lợi", "Luật Thủy lợi")


@pytest.mark.parametrize(
    "text",
    [
        "Củng cố bộ phận một cửa; xây dựng Quy chế làm việc của Ủy ban nhân dân cấp xã, Quy chế làm việc của "
        "Bộ phận Một cửa phù hợp với yêu cầu tiếp nhận hồ sơ.",
        "Sở Tư pháp xây dựng Đề án phát triển nguồn nhân lực, Kế hoạch chuyển đổi số và Chương trình Đào tạo "
        "cán bộ trẻ trong năm 2026.",
        # a bill (`dự án Luật`) is a law not yet adopted (R39), and so is each one listed after it
        "Bộ phối hợp chỉnh lý dự án Luật Thư viện; góp ý các dự án Luật Lưu trữ, Luật Di sản văn hóa.",
    ],
)
def test_every_document_listed_after_a_making_verb_is_still_to_be_made(text: str) -> None:
    assert cite(text) == []


def test_a_document_listed_after_the_object_of_a_new_documents_cue_is_cited() -> None:
    text = "Sở Nội vụ xây dựng Kế hoạch thực hiện Luật Đất đai, Luật Nhà ở năm 2023 trong quý III."
    assert [c.key for c in cite(text)] == ["Luật Đất đai", "Luật Nhà ở năm 2023"]


def test_a_working_rule_named_by_an_organ_with_an_accented_capital_is_whole() -> None:
    (rules,) = cite("Các sở làm việc theo Quy chế làm việc của Ủy ban nhân dân tỉnh nhiệm kỳ 2021-2026.")
    assert rules.key == "Quy chế làm việc của Ủy ban nhân dân tỉnh nhiệm kỳ 2021-2026"


def test_a_type_word_naming_what_a_framework_frames_is_no_document() -> None:
    text = "Hồ sơ nộp theo quy định tại Khung Chương trình hỗ trợ doanh nghiệp đã được phê duyệt."
    assert cited(text) == []
    assert [c.key for c in cited("Thực hiện Chương trình hỗ trợ doanh nghiệp đã được phê duyệt.")] != []


def test_law_as_a_schools_discipline_names_no_law() -> None:
    text = ("Cử giảng viên Trường Đại học Luật Thành phố Hồ Chí Minh và Trường Trung cấp Luật Vị Thanh dạy "
            "về Luật Đất đai.")
    assert [c.key for c in cited(text)] == ["Luật Đất đai"]


def test_typewriter_quotes_around_a_title_are_no_part_of_its_key() -> None:
    found = cite('Tiếp tục thực hiện Đề án "Đưa tri thức khoa học về nông thôn" trong năm tới.')
    assert [c.key for c in found] == ["Đề án Đưa tri thức khoa học về nông thôn"]
    assert found[0].text == 'Đề án "Đưa tri thức khoa học về nông thôn"'
    # curly quotes are printed as part of the name and kept (as the real documents' keys have them)
    (curly,) = cite("Tiếp tục thực hiện Đề án “Đưa tri thức khoa học về nông thôn” trong năm tới.")
    assert curly.key == "Đề án “Đưa tri thức khoa học về nông thôn”"


def test_a_footnote_marker_glued_to_a_law_name_is_no_part_of_it() -> None:
    found = cite("Căn cứ Luật Đường sắt số 95/2025/QH15;\nĐối tượng tại Điều 7 của Luật Đường sắt3 thì được "
                 "hỗ trợ.")
    assert [(c.key, c.text) for c in found][1:] == [("95/2025/QH15", "Luật Đường sắt")]


def test_a_dash_after_an_article_number_joins_the_part_to_its_law() -> None:
    found = cite("Đất không thuộc phạm vi quy định tại điều 10 - Luật Thủy sản năm 2017, giá thuê như sau.")
    assert [c.key for c in found] == ["Luật Thủy sản năm 2017"]
    # between two words the dash joins the halves of an agency's name: no document
    assert cite("Phòng Tài chính - Kế hoạch huyện chủ trì.") == []


def test_the_writings_of_a_body_are_a_class_of_documents() -> None:
    assert cite("2. Văn bản Bộ trưởng ban hành theo thẩm quyền\nTrong quý, Bộ ban hành 03 thông tư.") == []
    found = cite("Thực hiện Văn bản số 12/UBND-VP ngày 2/3/2024 của UBND tỉnh.")
    assert [c.key for c in found] == ["12/UBND-VP"]
