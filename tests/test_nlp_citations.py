"""Citations: keys, dates, issuers, subjects, nesting and relations, on sentences of our own."""

import pytest
from policylink.nlp.citations import find_citations
from policylink.nlp.pipeline import vietnamese_doc

SELF = "bac-giang/self"


def cite(text: str, jurisdiction: str | None = "Bắc Giang"):
    return find_citations(vietnamese_doc(text), self_id=SELF, jurisdiction=jurisdiction)


@pytest.mark.parametrize(
    ("text", "key", "date"),
    [
        ("Thực hiện Kết luận số 55-KL/TU ngày 07/3/2021 của Ban Thường vụ.", "55-KL/TU", "2021-03-07"),
        ("theo Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ", "30/2020/NĐ-CP", "2020-03-05"),
        ("theo Quyết định 1234/QĐ-UBND ngày 7-3-2021 của UBND tỉnh", "1234/QĐ-UBND", "2021-03-07"),
        ("tại Kế hoạch số 25/KH-UBND ngày 7 tháng 3 năm 2021", "25/KH-UBND", "2021-03-07"),
        ("Nghị quyết số 19-NQ/TƯ ngày 16 tháng 6 năm 2022 của Ban Chấp hành", "19-NQ/TW", "2022-06-16"),
        ("theo Chỉ thị số 05 - CT/TW của Bộ Chính trị", "05-CT/TW", None),
        ("theo Quy định số 08-QĐi/TU, ngày 10/5/2019", "08-QĐi/TU", "2019-05-10"),
        ("Công văn số: 2987-CV/TU ngày 11/4/2024", "2987-CV/TU", "2024-04-11"),
        ("theo Kế hoạch số 12/KH–UBND ngày 1/2/2024", "12/KH-UBND", "2024-02-01"),
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
def test_key_and_date(text: str, key: str, date: str | None) -> None:
    found = cite(text)
    assert [(c.key, c.date) for c in found] == [(key, date)]
    assert found[0].text == text[found[0].start : found[0].end]


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        ("Tiếp tục thực hiện Nghị quyết số 113-NQ/TU ngày 22/7/2016.", "implements"),
        ("Để triển khai thực hiện Kết luận số 72-KL/TW, Tỉnh ủy yêu cầu", "implements"),
        ("nhằm cụ thể hóa Chỉ thị số 05-CT/TW của Bộ Chính trị", "implements"),
        ("Căn cứ Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ về công tác văn thư;", "based_on"),
        ("Thực hiện Chỉ thị số 25-CT/TU; căn cứ Luật Đất đai năm 2013, Huyện ủy yêu cầu", "based_on"),
        ("Sửa đổi, bổ sung một số điều của Nghị định số 45/2015/NĐ-CP ngày 06/5/2015.", "amends"),
        ("Quyết định này thay thế Quyết định số 15/2019/QĐ-UBND ngày 20/5/2019.", "replaces"),
        ("Bãi bỏ Chỉ thị số 05-CT/TU ngày 12/4/2018 của Ban Thường vụ Tỉnh ủy.", "replaces"),
        ("Tổ chức quán triệt nội dung Nghị quyết số 15-NQ/TU đến cán bộ.", "cites"),
        ("vào quy hoạch theo quy định của Luật Quy hoạch năm 2017; hoàn thành", "cites"),
    ],
)
def test_relation_from_the_cue_before(text: str, relation: str) -> None:
    assert cite(text)[-1].relation == relation


def test_coordinated_citations_share_the_cue() -> None:
    found = cite("Thực hiện Nghị quyết số 01-NQ/TU và Quyết định số 221/QĐ-TTg ngày 22/02/2021, "
                 "Tỉnh ủy ban hành Kế hoạch này.")
    assert [(c.key, c.relation) for c in found] == [("01-NQ/TU", "implements"), ("221/QĐ-TTg", "implements")]


def test_list_of_numbers_under_one_type() -> None:
    found = cite("các Nghị định số 101/2024/NĐ-CP, 102/2024/NĐ-CP và số 103/2024/NĐ-CP của Chính phủ")
    assert [c.key for c in found] == ["101/2024/NĐ-CP", "102/2024/NĐ-CP", "103/2024/NĐ-CP"]
    assert {c.doc_type for c in found} == {"Nghị định"}


def test_nested_citation_in_the_subject_has_the_enclosing_source() -> None:
    text = (
        "Công văn số 2987-CV/TU ngày 11/4/2024 của Ban Thường vụ Tỉnh ủy về việc triển khai thực hiện "
        "Kết luận số 72-KL/TW ngày 23/02/2024 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết số "
        "13-NQ/TW ngày 16/01/2012 của Ban Chấp hành Trung ương Đảng khóa XI về xây dựng kết cấu hạ tầng; "
        "Nghị quyết số 147-NQ/TU ngày 15/7/2021 của Tỉnh ủy về phát triển công nghiệp."
    )
    cv, kl, nq13, nq147 = cite(text)
    assert (cv.source, cv.relation, cv.target_id) == (SELF, "cites", "bac-giang/2987-CV/TU/2024")
    assert (kl.source, kl.relation) == ("bac-giang/2987-CV/TU/2024", "implements")
    assert kl.target_id == "tw/72-KL/TW/2024"
    assert (nq13.source, nq13.relation) == ("tw/72-KL/TW/2024", "implements")
    assert nq13.issuer == "Ban Chấp hành Trung ương Đảng khóa XI"
    assert nq13.subject == "về xây dựng kết cấu hạ tầng"
    assert (nq147.source, nq147.relation, nq147.issuer) == (SELF, "cites", "Tỉnh ủy")
    assert cv.end == text.index(";")


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


def test_local_symbols_take_the_named_province_or_the_citing_jurisdiction() -> None:
    own, named, central = cite(
        "Kết luận số 55-KL/TU ngày 07/3/2021; Nghị quyết số 12-NQ/TU ngày 1/2/2020 của Tỉnh ủy Bắc Ninh; "
        "Kết luận số 72-KL/TW."
    )
    assert own.target_id == "bac-giang/55-KL/TU/2021"
    assert named.target_id == "bac-ninh/12-NQ/TU/2020"
    assert central.target_id is None  # no year: the graph stage resolves it against the store


def test_a_district_or_city_named_by_the_issuer_scopes_its_local_symbol() -> None:
    district, city = cite("Nghị quyết số 01-NQ/HU ngày 2/3/2023 của Huyện ủy Yên Dũng; Kế hoạch số "
                          "12/KH-UBND ngày 5/6/2024 của UBND thành phố Hải Phòng.")
    assert (district.target_id, city.target_id) == ("yen-dung/01-NQ/HU/2023", "hai-phong/12/KH-UBND/2024")


def test_an_issuer_that_runs_past_its_place_names_no_scope() -> None:
    # the issuer runs on into the capitalised title after it: `Đà Nẵng Sửa` is no place, so the
    # citing document's jurisdiction scopes the symbol
    (found,) = cite("Quyết định số 08/2023/QĐ-UBND ngày 1/2/2023 của UBND thành phố Đà Nẵng Sửa đổi, bổ sung "
                    "Quy định quản lý chợ.")
    assert (found.issuer, found.target_id) == ("UBND thành phố Đà Nẵng Sửa đổi", "bac-giang/08/2023/QĐ-UBND")


def test_citations_are_span_group() -> None:
    doc = vietnamese_doc("Thực hiện Nghị quyết số 113-NQ/TU ngày 22/7/2016 về phát triển giao thông.")
    found = find_citations(doc, self_id=SELF, jurisdiction=None)
    spans = doc.spans["citations"]
    assert [(s.start_char, s.end_char, s.label_) for s in spans] == [
        (found[0].start, found[0].end, "implements")
    ]


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # a short back-reference takes the key of the full mention, without its date
        ("Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị. Quán triệt Nghị quyết 57.",
         [("57-NQ/TW", "2024-12-22"), ("57-NQ/TW", None)]),
        ("Sơ kết Chỉ thị số 07-CT/TU ngày 3/3/2022; sau đó tổng kết Chỉ thị 7 trong năm 2025.",
         [("07-CT/TU", "2022-03-03"), ("07-CT/TU", None)]),
        ("theo Quy định 37 và Quy định số 37-QĐ/TW ngày 25/10/2021",
         [("37-QĐ/TW", None), ("37-QĐ/TW", "2021-10-25")]),
        # no full mention: a bare number is no citation
        ("Đã tổ chức Hội nghị 18 lần; Nghị quyết 18 chưa được ban hành.", []),
        # a law written with its name and number is keyed by the number; its bare name later too
        ("Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15/6/2022; "
         "thực hiện Luật Thi đua, khen thưởng.",
         [("06/2022/QH15", "2022-06-15"), ("06/2022/QH15", None)]),
        # ... and so is its name with the year the number carries; another year is another law
        ("Căn cứ Luật Ngân sách nhà nước số 83/2015/QH13; theo Luật Ngân sách nhà nước năm 2015.",
         [("83/2015/QH13", None), ("83/2015/QH13", None)]),
        ("theo Luật Đất đai năm 2013 đến khi Luật Đất đai số 31/2024/QH15 có hiệu lực",
         [("Luật Đất đai năm 2013", None), ("31/2024/QH15", None)]),
        # a bare law name takes the one dated name the text gives it; two dates leave it bare
        ("tuyên truyền Luật Thực hiện dân chủ ở cơ sở năm 2022; thực hiện Luật Thực hiện dân chủ ở cơ sở.",
         [("Luật Thực hiện dân chủ ở cơ sở năm 2022", None)] * 2),
        ("thi hành Hiến pháp năm 2013; tôn trọng Hiến pháp và pháp luật.",
         [("Hiến pháp năm 2013", None)] * 2),
        # a comma goes on a law name only after one or two syllables (`Cán bộ, công chức`)
        ("thực hiện Luật Tiếp công dân, không để đơn thư tồn đọng", [("Luật Tiếp công dân", None)]),
        # a level word does not cut a name that a period closes, with `và tầm nhìn` too
        ("cụ thể hóa Chiến lược quốc gia bảo đảm trật tự, an toàn giao thông đường bộ giai đoạn "
         "2021 - 2030 và tầm nhìn đến năm 2045; định kỳ báo cáo",
         [("Chiến lược quốc gia bảo đảm trật tự, an toàn giao thông đường bộ giai đoạn 2021 - 2030 "
           "và tầm nhìn đến năm 2045", None)]),
        ("so sánh Luật Đất đai năm 2003 với Luật Đất đai năm 2013; phổ biến Luật Đất đai.",
         [("Luật Đất đai năm 2003", None), ("Luật Đất đai năm 2013", None), ("Luật Đất đai", None)]),
        # a congress resolution is named with its party organisation
        ("quán triệt Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng và Nghị quyết Đại hội XX",
         [("Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII của Đảng", None),
          ("Nghị quyết Đại hội XX", None)]),
        ("Thực hiện Nghị quyết Hội nghị lần thứ tám của Ban Chấp hành Trung ương Đảng khóa XIII "
         "về bảo vệ Tổ quốc",
         [("Nghị quyết Hội nghị lần thứ tám của Ban Chấp hành Trung ương Đảng khóa XIII", None)]),
        ("quán triệt nghị quyết Đại hội XIV của Đảng; các nghị quyết, kết luận của Trung ương",
         [("nghị quyết Đại hội XIV của Đảng", None)]),
        # abbreviated type words before `số` and a number
        ("theo QĐ số 1234/QĐ-UBND ngày 2/3/2023 và NQ số 05-NQ/TU",
         [("1234/QĐ-UBND", "2023-03-02"), ("05-NQ/TU", None)]),
        # issuer written between the number and the date
        ("Thực hiện Kế hoạch số 120-KH/TU của Ban Thường vụ Tỉnh ủy ngày 5/7/2023 về chuyển đổi số",
         [("120-KH/TU", "2023-07-05")]),
        # names with commas and year ranges with spaced dashes
        ("theo Luật Phòng, chống tham nhũng năm 2018 và các văn bản hướng dẫn",
         [("Luật Phòng, chống tham nhũng năm 2018", None)]),
        ("phù hợp Quy hoạch tỉnh Lạng Sơn thời kỳ 2021 - 2030, tầm nhìn đến năm 2050; bảo đảm",
         [("Quy hoạch tỉnh Lạng Sơn thời kỳ 2021 - 2030, tầm nhìn đến năm 2050", None)]),
        # a footnote marker after the symbol
        ("Thực hiện Kết luận số 14-KL/TW¹ ngày 22/9/2021 của Bộ Chính trị", [("14-KL/TW", "2021-09-22")]),
        ("Thực hiện Thông tri số 02-TT/TW và Công điện số 05/CĐ-TTg",
         [("02-TT/TW", None), ("05/CĐ-TTg", None)]),
        # type words used as verbs before a body, or inside a department's name, are no documents
        ("Báo cáo UBND tỉnh kết quả thực hiện; Hướng dẫn Sở Nội vụ triển khai.", []),
        ("Phòng Tài chính - Kế hoạch huyện chủ trì thẩm định.", []),
    ],
)
def test_back_references_and_named_forms(text: str, keys: list[tuple[str, str | None]]) -> None:
    found = cite(text)
    assert [(c.key, c.date) for c in found] == keys
    for c in found:
        assert c.text == text[c.start : c.end]


def test_alias_is_cited_as_its_referent_and_not_nested_in_it() -> None:
    text = ("Thực hiện Nghị quyết số 18-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương về đất đai "
            "(sau đây gọi tắt là Nghị quyết 18); Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.")
    found = cite(text)
    assert [(c.key, c.relation, c.source) for c in found] == [
        ("18-NQ/TW", "implements", SELF), ("18-NQ/TW", "implements", SELF), ("05-CT/TW", "implements", SELF)]


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        ("2. Bãi bỏ Điều 3 Nghị quyết số 05/2019/NQ-HĐND ngày 19/7/2019.", "replaces"),
        ("Sửa đổi, bổ sung khoản 2 Điều 1 Nghị quyết số 14/NQ-HĐND ngày 10/7/2023.", "amends"),
        ("phản ánh vướng mắc trong thực hiện Nghị định số 88/2024/NĐ-CP.", "implements"),
    ],
)
def test_cue_may_name_a_part_of_the_document(text: str, relation: str) -> None:
    (found,) = cite(text)
    assert found.relation == relation


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # numbers sharing one symbol are one document each
        ("Thực hiện Nghị quyết số 18, 19-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương",
         ["18-NQ/TW", "19-NQ/TW"]),
        ("theo các Kết luận số 01 và 02-KL/TW của Bộ Chính trị", ["01-KL/TW", "02-KL/TW"]),
        ("Căn cứ Quyết định số 12, 13 và 14/QĐ-UBND của UBND tỉnh;",
         ["12/QĐ-UBND", "13/QĐ-UBND", "14/QĐ-UBND"]),
        # law names holding function words
        ("Căn cứ Luật Đầu tư theo phương thức đối tác công tư ngày 18 tháng 6 năm 2020;",
         ["Luật Đầu tư theo phương thức đối tác công tư"]),
        ("tuyên truyền Luật Thực hiện dân chủ ở cơ sở năm 2022 đến Nhân dân",
         ["Luật Thực hiện dân chủ ở cơ sở năm 2022"]),
        ("theo Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân năm 2015; bảo đảm",
         ["Luật Hoạt động giám sát của Quốc hội và Hội đồng nhân dân năm 2015"]),
        ("Căn cứ Luật Phòng, chống tác hại của rượu, bia số 44/2019/QH14;", ["44/2019/QH14"]),
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
        # lower-case type words with a number, and official letters
        ("Thực hiện kế hoạch số 30-KH/HU ngày 2/3/2023 của Huyện ủy, các chi bộ", ["30-KH/HU"]),
        ("Theo Văn bản số 1234/UBND-KT ngày 5/6/2024 của UBND tỉnh về việc rà soát", ["1234/UBND-KT"]),
        # a mention cut by a line break
        ("Thực hiện Nghị quyết số 57-NQ/TW ngày\n22/12/2024 của Bộ Chính trị về phát triển", ["57-NQ/TW"]),
        ("Căn cứ Luật Đầu tư theo phương thức\nđối tác công tư ngày 18/6/2020;",
         ["Luật Đầu tư theo phương thức đối tác công tư"]),
    ],
)
def test_harder_forms(text: str, keys: list[str]) -> None:
    found = cite(text)
    assert [" ".join(c.key.split()) for c in found] == keys
    for c in found:
        assert c.text == text[c.start : c.end]


def test_numbers_sharing_a_symbol_share_the_date_and_cue() -> None:
    found = cite("Thực hiện Nghị quyết số 18, 19-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương")
    assert [(c.key, c.date, c.relation) for c in found] == [
        ("18-NQ/TW", "2022-06-16", "implements"), ("19-NQ/TW", "2022-06-16", "implements")]


def test_date_on_the_next_line() -> None:
    (found,) = cite("Thực hiện Nghị quyết số 57-NQ/TW ngày\n22/12/2024 của Bộ Chính trị về phát triển")
    assert (found.date, found.issuer, found.relation) == ("2024-12-22", "Bộ Chính trị", "implements")


def test_cue_on_the_previous_line() -> None:
    found = cite("Để tiếp tục lãnh đạo, chỉ đạo có hiệu quả việc triển khai thực hiện\n"
                 "Kết luận số 14-KL/TW ngày 22/9/2021 của Bộ Chính trị, Ban Thường vụ yêu cầu")
    assert [(c.key, c.relation) for c in found] == [("14-KL/TW", "implements")]


def test_a_line_ending_a_sentence_part_is_not_joined_to_a_capitalised_line() -> None:
    text = "Các cơ quan báo cáo kết quả theo yêu cầu của Nghị quyết\nCác sở, ngành chủ động rà soát."
    assert cite(text) == []


@pytest.mark.parametrize(
    ("text", "relations"),
    [
        # a cue with adverbs between it and the documents
        ("Triển khai thực hiện nghiêm túc, hiệu quả các Nghị quyết số 18-NQ/TW, số 19-NQ/TW và Kết luận "
         "số 14-KL/TW.", ["implements", "implements", "implements"]),
        # a parenthesis between coordinated documents
        ("Tiếp tục thực hiện Chỉ thị số 05-CT/TW (về học tập và làm theo tư tưởng), Kết luận số 01-KL/TW "
         "của Bộ Chính trị", ["implements", "implements"]),
        # each document in a list governed by its own cue
        ("Quán triệt Nghị quyết số 18-NQ/TW và triển khai Kết luận số 20-KL/TW của Bộ Chính trị.",
         ["cites", "implements"]),
        ("Quyết định này thay thế Quyết định số 15/2019/QĐ-UBND và Quyết định số 16/2019/QĐ-UBND.",
         ["replaces", "replaces"]),
        # a cue inside a parenthesis names what the document before it carries out
        ("Thực hiện Chương trình hành động số 20-CTr/TU ngày 1/2/2022 của Tỉnh ủy (thực hiện Nghị quyết "
         "số 06-NQ/TW của Bộ Chính trị), Huyện ủy yêu cầu", ["implements", "implements"]),
    ],
)
def test_relations_across_lists_and_parentheses(text: str, relations: list[str]) -> None:
    assert [c.relation for c in cite(text)] == relations


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


def test_a_named_document_takes_the_key_of_its_fullest_name() -> None:
    full = "Đề án chuyển đổi số ngành nông nghiệp giai đoạn 2023 - 2025, tầm nhìn đến năm 2030"
    text = (f"Căn cứ Quyết định số 75/QĐ-UBND ngày 2/2/2023 của UBND tỉnh phê duyệt {full} "
            "(sau đây gọi tắt là Đề án 75);\n"
            "1. Sở Nông nghiệp triển khai Đề án 75 trên địa bàn tỉnh.\n"
            "2. Các huyện áp dụng mô hình của Đề án chuyển đổi số ngành nông nghiệp trên địa bàn huyện.\n")
    decision, named, alias, later_alias, shorter = cite(text)
    assert [c.key for c in (named, alias, later_alias, shorter)] == [full] * 4
    assert (named.relation, named.source) == ("cites", decision.target_id or named.source)
    assert named.source != SELF and alias.source == named.source  # the alias is nested like its antecedent
    assert (later_alias.relation, later_alias.source, later_alias.text) == ("implements", SELF, "Đề án 75")
    assert shorter.text == "Đề án chuyển đổi số ngành nông nghiệp"  # the locative is not part of the name


def test_documents_listed_under_a_based_on_heading() -> None:
    text = ("I. CĂN CỨ XÂY DỰNG KẾ HOẠCH\n"
            "- Luật Đầu tư công năm 2019;\n"
            "- Nghị quyết số 12-NQ/TU ngày 3/3/2023 của Tỉnh ủy về triển khai thực hiện Kết luận số "
            "30-KL/TW của Bộ Chính trị;\n"
            "II. MỤC ĐÍCH, YÊU CẦU\n"
            "Quán triệt Nghị quyết số 12-NQ/TU đến cán bộ.\n")
    assert [(c.key, c.relation) for c in cite(text)] == [
        ("Luật Đầu tư công năm 2019", "based_on"), ("12-NQ/TU", "based_on"), ("30-KL/TW", "implements"),
        ("12-NQ/TU", "cites")]


def test_amending_and_replacing_need_an_existing_amending_document() -> None:
    found = cite("Nghị quyết số 09-NQ/HU ngày 2/7/2023 của Huyện ủy sửa đổi, bổ sung một số điểm của "
                 "Nghị quyết số 01-NQ/HU. Ban Tổ chức tham mưu dự thảo Nghị quyết thay thế Nghị quyết "
                 "số 01-NQ/HU.")
    assert [(c.key, c.relation, c.source == SELF) for c in found] == [
        ("09-NQ/HU", "cites", True), ("01-NQ/HU", "amends", False), ("01-NQ/HU", "cites", True)]


def test_content_nouns_inside_a_programme_name_are_no_implements_cue() -> None:
    found = cite("giao vốn thực hiện Chương trình mục tiêu quốc gia giảm nghèo bền vững theo đúng nguyên tắc "
                 "tại Nghị quyết số 08/2022/NQ-HĐND; hoàn thành trong năm 2024.")
    assert [(c.key, c.relation) for c in found] == [
        ("Chương trình mục tiêu quốc gia giảm nghèo bền vững", "implements"), ("08/2022/NQ-HĐND", "cites")]


def test_a_direction_given_in_a_document_is_carried_out() -> None:
    found = cite("Thực hiện chỉ đạo của UBND tỉnh tại Công văn số 512/UBND-NC ngày 3/4/2024 về rà soát "
                 "thủ tục hành chính; Kế hoạch số 40/KH-UBND ngày 2/2/2024 của UBND tỉnh, Sở Tư pháp đề nghị")
    assert [(c.key, c.relation, c.source) for c in found] == [
        ("512/UBND-NC", "implements", SELF), ("40/KH-UBND", "implements", SELF)]


@pytest.mark.parametrize(
    "text",
    [
        "Tiếp tục thực hiện Thông tư số 01/2021/TT-BNV (được sửa đổi, bổ sung bởi Thông tư số "
        "06/2023/TT-BNV), các cơ quan rà soát",
        "Thực hiện Thông tư số 01/2021/TT-BNV ngày 11/01/2021 của Bộ Nội vụ quy định về công tác văn thư "
        "(đã được sửa đổi tại Thông tư số 06/2023/TT-BNV ngày 4/5/2023), các cơ quan rà soát",
    ],
)
def test_a_version_note_shares_the_cue_of_the_document_it_amends(text: str) -> None:
    found = cite(text)
    assert [(c.key, c.relation, c.source) for c in found] == [
        ("01/2021/TT-BNV", "implements", SELF), ("06/2023/TT-BNV", "implements", SELF)]


def test_a_plural_before_a_type_word_opens_a_new_list_item() -> None:
    found = cite("gắn với thực hiện Nghị quyết số 05-NQ/TU của Tỉnh ủy về phát triển nông nghiệp và các "
                 "Kết luận số 12-KL/TW, 13-KL/TW của Bộ Chính trị; bảo đảm hiệu quả")
    assert [(c.key, c.relation, c.source) for c in found] == [
        ("05-NQ/TU", "implements", SELF), ("12-KL/TW", "implements", SELF), ("13-KL/TW", "implements", SELF)]


def test_a_direction_beside_a_result_is_not_carried_out() -> None:
    (found,) = cite("Trên cơ sở kết quả thực hiện năm 2024 và chỉ đạo của Sở Nội vụ tại Văn bản số "
                    "88/SNV-CCVC ngày 2/3/2025, các phòng rà soát")
    assert found.relation == "cites"
