"""Relations: the cue before a mention, the contents it carries out, `Căn cứ` lines and headings, and
the cue coordinated siblings, version notes and aliases share (nlp.citation_relations)."""

import pytest
from citation_fixtures import SELF, cite, keys_and_relations


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
        # `căn cứ quy định tại` keeps the basis cue; `thống nhất/phù hợp với quy định tại` names the standard
        # an amendment still to be made must meet, not what it amends
        ("c) Căn cứ quy định tại Nghị định số 31/2025/NĐ-CP, Sở Y tế quy định", "based_on"),
        ("Sở Nội vụ căn cứ các quy định của Luật Cán bộ, công chức để phân công", "based_on"),
        ("rà soát các quyết định đã ban hành để sửa đổi, thay thế, bãi bỏ, bảo đảm thống nhất với quy định "
         "tại Thông tư số 12/2025/TT-BYT của Bộ Y tế.", "cites"),
        # modifiers between the cue and the direction, a plural before the notices that gave it
        ("Sở Tài chính thực hiện nghiêm các ý kiến chỉ đạo của Chủ tịch UBND tỉnh tại các Thông báo số "
         "15/TB-UBND ngày 02/3/2025", "implements"),
    ],
)
def test_relation_from_the_cue_before(text: str, relation: str) -> None:
    assert cite(text)[-1].relation == relation


def test_coordinated_citations_share_the_cue() -> None:
    found = cite("Thực hiện Nghị quyết số 01-NQ/TU và Quyết định số 221/QĐ-TTg ngày 22/02/2021, "
                 "Tỉnh ủy ban hành Kế hoạch này.")
    assert [(c.key, c.relation) for c in found] == [("01-NQ/TU", "implements"), ("221/QĐ-TTg", "implements")]


@pytest.mark.parametrize("quote", ['"', "“"])
def test_a_sibling_after_a_quoted_subject_shares_the_cue(quote: str) -> None:
    close = "”" if quote == "“" else quote
    found = cite(f"Tiếp tục thực hiện Chỉ thị số 12-CT/TU ngày 3 tháng 4 năm 2015 của Ban Thường vụ Tỉnh ủy "
                 f"về {quote}đẩy mạnh cải cách hành chính{close}; Chỉ thị số 20-CT/TU ngày 5 tháng 6 "
                 "năm 2016 của Ban Thường vụ Tỉnh ủy.")
    assert [(c.key, c.relation) for c in found] == [("12-CT/TU", "implements"), ("20-CT/TU", "implements")]


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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the new Quy định is still to be made: the decision it will replace is only cited
        ("b) Sở Nội vụ ban hành Quy định về công tác thi đua, khen thưởng thay thế Quyết định số "
         "45/QĐ-UBND ngày 2/3/2019 của UBND tỉnh; hoàn thành trong quý III/2025.", [("45/QĐ-UBND", "cites")]),
        ("Văn phòng Huyện ủy rà soát, sửa đổi, bổ sung Quy chế làm việc của Ban Chấp hành Đảng bộ huyện "
         "khóa XXI cho phù hợp.",
         [("Quy chế làm việc của Ban Chấp hành Đảng bộ huyện khóa XXI", "cites")]),
        ("Sở Tư pháp tham mưu sửa đổi Quyết định số 10/2022/QĐ-UBND ngày 1/4/2022 của UBND tỉnh.",
         [("10/2022/QĐ-UBND", "cites")]),
        # a body agrees on the policy or the content of an amendment it leaves to be made and issued
        ("Hội nghị thống nhất chủ trương sửa đổi, bổ sung Luật Đất đai năm 2024.",
         [("Luật Đất đai năm 2024", "cites")]),
        ("Cơ bản nhất trí nội dung sửa đổi, bổ sung Quy định số 05-QĐ/TU ngày 3/5/2023 của Tỉnh ủy; giao "
         "Ban Thường vụ hoàn thiện, ban hành.", [("05-QĐ/TU", "cites")]),
        # the citing document replaces or amends now
        ("Quyết định này thay thế Quyết định số 45/QĐ-UBND ngày 2/3/2019 của UBND tỉnh.",
         [("45/QĐ-UBND", "replaces")]),
        ("Điều 2. Sửa đổi, bổ sung khoản 1 Điều 5 Quyết định số 10/2022/QĐ-UBND ngày 1/4/2022 như sau:",
         [("10/2022/QĐ-UBND", "amends")]),
        # a part of a document after the cue keeps it
        ("Văn bản này thay thế nội dung tại điểm 2 Công văn số 310/UBND-VX ngày 5/6/2024 của UBND huyện.",
         [("310/UBND-VX", "replaces")]),
        ("Bãi bỏ các quy định tại khoản 3 Điều 7 Quyết định số 22/2021/QĐ-UBND ngày 9/9/2021.",
         [("22/2021/QĐ-UBND", "replaces")]),
    ],
)
def test_amending_and_replacing_need_an_existing_document(text: str, expected: list[tuple[str, str]]) -> None:
    assert keys_and_relations(text) == expected


def test_the_object_of_thuc_hien_decides_implements() -> None:
    procedure = ("Hướng dẫn chủ đầu tư thực hiện hồ sơ đề nghị phê duyệt chủ trương đầu tư dự án theo quy "
                 "định của Luật Đầu tư công số 58/2024/QH15.")
    assert keys_and_relations(procedure) == [("58/2024/QH15", "cites")]
    contents = ("Triển khai thực hiện có hiệu quả các mục tiêu, nhiệm vụ đề ra tại Nghị quyết số 07-NQ/HU "
                "ngày 3/3/2021 của Huyện ủy.")
    assert keys_and_relations(contents) == [("07-NQ/HU", "implements")]
    # the duties are done as the law prescribes: the law is what they follow
    followed = ("Sở Tư pháp thực hiện nhiệm vụ, quyền hạn theo quy định tại Luật Công chứng số 46/2024/QH15 "
                "và các nhiệm vụ sau đây.")
    assert keys_and_relations(followed) == [("46/2024/QH15", "cites")]


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


def test_a_direction_beside_a_result_is_not_carried_out() -> None:
    (found,) = cite("Trên cơ sở kết quả thực hiện năm 2024 và chỉ đạo của Sở Nội vụ tại Văn bản số "
                    "88/SNV-CCVC ngày 2/3/2025, các phòng rà soát")
    assert found.relation == "cites"


@pytest.mark.parametrize(
    "text",
    [
        "Tiếp tục thực hiện Thông tư số 01/2021/TT-BNV (được sửa đổi, bổ sung bởi Thông tư số "
        "06/2023/TT-BNV), các cơ quan rà soát",
        "Thực hiện Thông tư số 01/2021/TT-BNV ngày 11/01/2021 của Bộ Nội vụ quy định về công tác văn thư "
        "(đã được sửa đổi tại Thông tư số 06/2023/TT-BNV ngày 4/5/2023), các cơ quan rà soát",
        # the amending document's part named first
        "Thực hiện Điều 5 Thông tư số 01/2021/TT-BNV (đã được sửa đổi bổ sung bởi khoản 3 Điều 1 Thông tư số "
        "06/2023/TT-BNV ngày 4/5/2023), các cơ quan rà soát",
    ],
)
def test_a_version_note_shares_the_cue_of_the_document_it_amends(text: str) -> None:
    found = cite(text)
    assert [(c.key, c.relation, c.source) for c in found] == [
        ("01/2021/TT-BNV", "implements", SELF), ("06/2023/TT-BNV", "implements", SELF)]


# Issue 11: relations said of the enclosing citation, of footnoted lists and of listed items.
def test_a_decree_detailing_a_law_and_a_circular_guiding_one_implement_it() -> None:
    decree, law = cite("Căn cứ Nghị định số 12/2023/NĐ-CP ngày 4/4/2023 của Chính phủ quy định chi tiết "
                       "thi hành một số điều của Luật Thủy lợi số 08/2017/QH14;")
    assert (decree.relation, law.relation, law.source) == ("based_on", "implements", decree.target_id)
    circular, guided = cite("Căn cứ Thông tư số 05/2022/TT-BXD ngày 2/6/2022 của Bộ Xây dựng hướng dẫn "
                            "Luật Nhà ở số 27/2023/QH15;")
    assert (guided.relation, guided.source) == ("implements", circular.target_id)


def test_documents_in_a_footnote_take_the_cue_of_its_anchor() -> None:
    found = cite("Triển khai các chương trình của Tỉnh ủy², các sở báo cáo kết quả.\n"
                 "² Chương trình số 21-CTr/TU ngày 3/2/2023; Chương trình số 30-CTr/TU ngày 9/9/2023.")
    assert [(c.key, c.relation) for c in found] == [("21-CTr/TU", "implements"), ("30-CTr/TU", "implements")]


def test_the_decision_approving_an_implemented_scheme_is_implemented_by_the_same_document() -> None:
    plan, scheme, decision = cite(
        "Căn cứ Kế hoạch số 40/KH-UBND ngày 5/5/2023 của UBND tỉnh triển khai Đề án phát triển nông thôn "
        "được phê duyệt tại Quyết định số 77/QĐ-UBND ngày 1/2/2023 của UBND tỉnh;")
    assert (scheme.source, scheme.relation) == (plan.target_id, "implements")
    assert (decision.source, decision.relation) == (plan.target_id, "implements")


def test_each_item_listed_under_a_repeal_is_replaced() -> None:
    found = cite("Điều 2. Bãi bỏ các Quyết định sau:\na) Quyết định số 10/2018/QĐ-UBND ngày 2/3/2018 "
                 "của UBND tỉnh;\nb) Quyết định số 21/2019/QĐ-UBND ngày 5/6/2019 của UBND tỉnh.")
    assert [c.relation for c in found] == ["replaces", "replaces"]


def test_a_listed_repeal_runs_over_wrapped_lines_and_a_page_number() -> None:
    found = cite("Điều 3. Bãi bỏ các Quyết định sau đây:\na) Quyết định số 10/2018/QĐ-UBND ngày 2/3/2018 của "
                 "Ủy ban\n"
                 "nhân dân tỉnh Ban hành Quy định về quản lý chợ;\n7\nb) Quyết định số 21/2019/QĐ-UBND ngày "
                 "5/6/2019 của Ủy\nban nhân dân tỉnh Ban hành Quy chế phối hợp quản lý cảng cá, bến\n"
                 "cá trên địa bàn tỉnh.\nĐiều 4. Giám đốc Sở Tài chính căn cứ Quyết định số 30/QĐ-UBND thực "
                 "hiện.")
    assert [(c.key, c.relation == "replaces") for c in found if c.number] == [
        ("10/2018/QĐ-UBND", True), ("21/2019/QĐ-UBND", True), ("30/QĐ-UBND", False)]


@pytest.mark.parametrize(
    "text",
    [
        "Quy chế này áp dụng cho đến khi có Quyết định thay thế Quyết định số 30/2021/QĐ-UBND ngày 2/8/2021.",
        "Sở Nội vụ tham mưu UBND tỉnh trình HĐND tỉnh sửa đổi, bổ sung Nghị quyết số 11/2022/NQ-HĐND.",
    ],
)
def test_a_replacement_still_awaited_or_proposed_only_cites(text: str) -> None:
    assert cite(text)[-1].relation == "cites"


def test_an_alias_with_the_full_number_is_no_self_loop() -> None:
    full, alias = cite("Thực hiện Nghị quyết số 29-NQ/TW ngày 17/11/2022 của Ban Chấp hành Trung ương "
                       "về công nghiệp hóa (sau đây gọi tắt là Nghị quyết số 29-NQ/TW), Tỉnh ủy yêu cầu.")
    assert [(c.key, c.relation, c.source) for c in (full, alias)] == [("29-NQ/TW", "implements", SELF)] * 2


def test_a_law_amended_by_a_later_named_one_is_cited_by_that_one() -> None:
    first, again, amending = cite(
        "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015; Luật Tổ chức Chính phủ được sửa đổi, "
        "bổ sung bởi Luật số 76/2019/QH14 ngày 22 tháng 11 năm 2019;")
    assert (first.relation, first.source) == ("based_on", SELF)
    assert (again.relation, again.source) == ("amends", amending.target_id)  # an edge 76/2019/QH14 → the law
    assert again.target_id == first.target_id == "tw/luat/to-chuc-chinh-phu/2015"  # the undated one is it
    assert (amending.relation, amending.source) == ("based_on", SELF)


def test_each_listed_amender_takes_the_cue_and_an_alias_is_amended_as_its_antecedent() -> None:
    law, first, second, third, alias = cite(
        "Thực hiện quy định tại Luật Thủy lợi số 08/2030/QH15 được sửa đổi, bổ sung bởi Luật số "
        "11/2031/QH15, Luật số 20/2031/QH15 và Luật số 33/2032/QH15 (sau đây viết gọn là Luật Thủy lợi), "
        "các cơ quan rà soát")
    assert (law.relation, law.source) == ("amends", first.target_id)
    assert [c.relation for c in (first, second, third)] == ["implements"] * 3
    assert [c.source for c in (first, second, third)] == [SELF] * 3
    assert (alias.key, alias.relation, alias.source) == ("08/2030/QH15", "amends", first.target_id)


def test_a_passive_amendment_names_its_agent_after_the_parts_amended() -> None:
    amended, amending = cite(
        "Căn cứ Nghị định số 12/2015/NĐ-CP ngày 2 tháng 2 năm 2015 về quản lý chợ đã được sửa đổi, "
        "bổ sung một số điều của Nghị định số 40/2018/NĐ-CP ngày 3 tháng 4 năm 2018;")
    assert (amended.key, amended.relation, amended.source) == ("12/2015/NĐ-CP", "amends", amending.target_id)
    assert (amending.relation, amending.source) == ("based_on", SELF)


def test_a_passive_amendment_joined_to_the_amended_document_s_date_by_and() -> None:
    amended, amending = cite(
        "Căn cứ Luật Thư viện số 46/2019/QH14, ngày 21/11/2019 và được sửa đổi, bổ sung một số điều tại "
        "Luật số 12/2031/QH15, ngày 3/6/2031;")
    assert (amended.key, amended.relation, amended.source) == ("46/2019/QH14", "amends", amending.target_id)
    assert (amending.key, amending.relation, amending.source) == ("12/2031/QH15", "based_on", SELF)


def test_a_document_dated_after_the_amending_one_is_its_sibling_not_what_it_amends() -> None:
    text = ("Căn cứ Thông tư số 20/2010/TT-BTC ngày 5/3/2010 của Bộ Tài chính sửa đổi, bổ sung Thông tư số "
            "11/2008/TT-BTC ngày 2/2/2008 hướng dẫn về lệ phí và Thông tư số 45/2010/TT-BTC ngày 9/9/2010 "
            "của Bộ Tài chính hướng dẫn về phí;")
    assert [(c.key, c.relation, c.source) for c in cite(text)][1:] == [
        ("11/2008/TT-BTC", "amends", "tw/20/2010/TT-BTC"), ("45/2010/TT-BTC", "based_on", SELF)]


@pytest.mark.parametrize(
    "text",
    [
        # a workflow cell that opens with the cue, long part references before each document
        "2\tSở Tài chính\tCăn cứ quy định tại điểm a và điểm b khoản 2 Điều 5, khoản 3 Điều 6 Nghị quyết số "
        "12/2023/QH15 và khoản 4 Điều 7 Nghị định số 30/2024/NĐ-CP để thẩm định hồ sơ.\t5 ngày",
        # the cue mid-sentence, a longer list of parts than the cue's window
        "Sở Tài chính lập danh sách căn cứ quy định tại điểm a, điểm b và điểm c khoản 1 Điều 3, khoản 1 và "
        "khoản 2 Điều 4, điểm d khoản 5 Điều 6 Nghị quyết số 12/2023/QH15 và khoản 4 Điều 7 Nghị định số "
        "30/2024/NĐ-CP.",
    ],
)
def test_a_based_on_cue_governs_documents_after_long_part_references(text: str) -> None:
    assert keys_and_relations(text) == [("12/2023/QH15", "based_on"), ("30/2024/NĐ-CP", "based_on")]


def test_a_cue_in_one_table_cell_does_not_govern_the_next_cells_document() -> None:
    text = ("Bước 2\tCăn cứ kết quả thẩm định hồ sơ\tNghị định số 30/2024/NĐ-CP ngày 2/3/2024\n"
            "Bước 3\tThẩm định căn cứ theo Nghị định số 31/2024/NĐ-CP\t5 ngày")
    assert keys_and_relations(text) == [("30/2024/NĐ-CP", "cites"), ("31/2024/NĐ-CP", "based_on")]


def test_parts_listed_before_a_document_do_not_stretch_a_following_verb_into_a_cue() -> None:
    text = ("Sở Tài chính lập danh sách theo quy định tại điểm a, điểm b và điểm c khoản 1 Điều 3 "
            "Nghị quyết số 12/2023/QH15.")
    assert keys_and_relations(text) == [("12/2023/QH15", "cites")]


@pytest.mark.parametrize(
    "text",
    [
        # an article heading that is the cue, no colon, numbered items under it
        "Điều 1. Bãi bỏ toàn bộ các nghị quyết\n1. Nghị quyết số 12/2016/NQ-HĐND ngày 5/8/2016 của HĐND tỉnh."
        "\n2. Nghị quyết số 07/2019/NQ-HĐND ngày 3/7/2019 của HĐND tỉnh.\nĐiều 2. Hiệu lực thi hành",
        # a head that describes the repealed documents at length before its colon
        "Điều 1. Bãi bỏ các quyết định do Ủy ban nhân dân tỉnh Bắc Giang và Ủy ban nhân dân tỉnh "
        "Bắc Ninh (cũ) ban hành trong lĩnh vực tài nguyên và môi trường, gồm các văn bản dưới đây:\n"
        "a) Quyết định số 12/2016/QĐ-UBND ngày 2/3/2016;\nb) Quyết định 07/2019/QĐ-UBND ngày 9/9/2019.",
    ],
)
def test_items_under_a_long_or_colonless_repeal_head_are_replaced(text: str) -> None:
    assert [r for _, r in keys_and_relations(text)] == ["replaces", "replaces"]


def test_items_under_a_head_that_is_work_to_do_are_only_cited() -> None:
    text = ("Các sở, ngành rà soát, sửa đổi, bổ sung các văn bản sau:\n- Quyết định số 5/2015/QĐ-UBND ngày "
            "2/3/2015;\n- Quyết định 18/2020/QĐ-UBND ngày 9/9/2020.")
    assert [r for _, r in keys_and_relations(text)] == ["cites", "cites"]


def test_a_document_ended_wholly_or_left_in_force_only_in_part_is_replaced() -> None:
    text = ("Điều 2. Hiệu lực\n1. Quyết định này có hiệu lực từ ngày ký.\n2. Quyết định số 512/QĐ-UBND ngày "
            "3/4/2024 của Chủ tịch UBND tỉnh hết hiệu lực toàn bộ kể từ ngày Quyết định này có hiệu lực.\n"
            "3. Quyết định số 77/QĐ-UBND ngày 9/1/2024 của UBND tỉnh còn hiệu lực đối với thủ tục cấp phép. "
            "Các nội dung còn lại hết hiệu lực kể từ ngày Quyết định này có hiệu lực.\n"
            "4. Quyết định số 80/QĐ-UBND ngày 9/1/2024 còn hiệu lực một phần.")
    assert keys_and_relations(text) == [
        ("512/QĐ-UBND", "replaces"), ("77/QĐ-UBND", "replaces"), ("80/QĐ-UBND", "cites")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a quoted procedure name in the object, naming a document of its own
        ("Bãi bỏ thủ tục: “Cấp giấy phép theo Nghị định số 15/2018/NĐ-CP về an toàn thực phẩm” tại "
         "Quyết định số 903/QĐ-BYT ngày 5/5/2020 của Bộ trưởng Bộ Y tế.",
         [("15/2018/NĐ-CP", "cites"), ("903/QĐ-BYT", "replaces")]),
        # what the document published is a part of it
        ("Quyết định này sửa đổi, bổ sung ba thủ tục hành chính đã được công bố tại Quyết định số 66/QĐ-UBND "
         "ngày 2/2/2025 của Chủ tịch UBND tỉnh.", [("66/QĐ-UBND", "amends")]),
        ("Sửa đổi các thủ tục hành chính được ban hành kèm theo Quyết định số 66/QĐ-UBND ngày 2/2/2025.",
         [("66/QĐ-UBND", "amends")]),
    ],
)
def test_a_cue_governs_a_part_named_by_a_quotation_or_by_what_was_published(
        text: str, expected: list[tuple[str, str]]) -> None:
    assert keys_and_relations(text) == expected


def test_a_repeal_proposed_in_a_submissions_subject_is_only_cited_by_it() -> None:
    found = cite("Theo đề nghị của Giám đốc Sở Nội vụ tại Tờ trình số 512/TTr-SNV ngày 2/10/2025 về việc "
                 "thay thế Quyết định số 12/2024/QĐ-UBND ngày 3/3/2024 của UBND tỉnh.")
    assert [(c.key, c.relation) for c in found] == [("512/TTr-SNV", "cites"), ("12/2024/QĐ-UBND", "cites")]
    assert found[1].source == found[0].target_id
    enacted = cite("Căn cứ Quyết định số 88/QĐ-UBND ngày 2/10/2025 về việc bãi bỏ Quyết định số "
                   "12/2024/QĐ-UBND.")
    assert [c.relation for c in enacted] == ["based_on", "replaces"]


def test_a_cue_inside_a_quoted_column_label_heads_no_list() -> None:
    text = ("Ghi chú: tại cột “Văn bản quy định nội dung sửa đổi, thay thế” là văn bản sau đây:\n"
            "- Thông tư số 15/2025/TT-BTC ngày 30/6/2025 của Bộ trưởng Bộ Tài chính quy định mức thu phí.")
    assert keys_and_relations(text) == [("15/2025/TT-BTC", "cites")]


def test_a_circular_guides_each_law_and_decree_its_subject_lists() -> None:
    text = ("Căn cứ Thông tư số 40/2022/TT-BTC ngày 9/6/2022 của Bộ Tài chính hướng dẫn thi hành một số điều "
            "của Luật Kế toán và Nghị định số 41/2021/NĐ-CP ngày 5/4/2021 của Chính phủ về hóa đơn;")
    assert [(c.key, c.relation, c.source) for c in cite(text)] == [
        ("40/2022/TT-BTC", "based_on", SELF), ("Luật Kế toán", "implements", "tw/40/2022/TT-BTC"),
        ("41/2021/NĐ-CP", "implements", "tw/40/2022/TT-BTC")]


def test_a_decree_after_a_decree_detailing_a_law_is_its_sibling() -> None:
    text = ("Thực hiện theo Nghị định số 30/2024/NĐ-CP ngày 1/3/2024 của Chính phủ quy định chi tiết một số "
            "điều của Luật Đất đai và Nghị định số 77/2025/NĐ-CP ngày 2/4/2025 của Chính phủ về phân cấp.")
    assert [(c.key, c.source) for c in cite(text)] == [
        ("30/2024/NĐ-CP", SELF), ("Luật Đất đai", "tw/30/2024/NĐ-CP"), ("77/2025/NĐ-CP", SELF)]


def test_each_object_a_cues_colon_opens_on_its_line_is_changed() -> None:
    text = ("Điều 3. Quyết định này có hiệu lực từ ngày ký. Bãi bỏ: 02 thủ tục tại số thứ tự 3, 4 Mục I "
            "Danh mục ban hành kèm theo Quyết định số 71/QĐ-UBND ngày 1/4/2024 của Chủ tịch UBND tỉnh về "
            "việc công bố thủ tục; các thủ tục số 01, 02 mục A - Danh mục ban hành kèm theo Quyết định số "
            "90/QĐ-UBND ngày 7/2/2025.")
    assert keys_and_relations(text) == [("71/QĐ-UBND", "replaces"), ("90/QĐ-UBND", "replaces")]
    duty = "Sở Tư pháp chủ trì: rà soát các thủ tục; thủ tục tại Quyết định số 90/QĐ-UBND ngày 7/2/2025."
    assert keys_and_relations(duty) == [("90/QĐ-UBND", "cites")]


def test_a_line_resting_on_the_provisions_above_names_no_basis() -> None:
    text = ("Căn cứ các quy định nêu trên, trường hợp hộ kinh doanh thuộc đối tượng tại Nghị quyết số "
            "12/2024/QH15 ngày 2/2/2024 thì kê khai theo mẫu ban hành kèm Thông tư số 40/2021/TT-BTC.")
    assert [r for _, r in keys_and_relations(text)] == ["cites", "cites"]
    based = keys_and_relations("Căn cứ Nghị quyết số 12/2024/QH15 ngày 2/2/2024;")
    assert based == [("12/2024/QH15", "based_on")]


def test_a_line_resting_on_an_outcome_names_no_basis() -> None:
    text = ("Căn cứ vào kết quả rà soát, chậm nhất ngày 20/10/2026, Ủy ban nhân dân xã điều chỉnh danh sách "
            "hộ nghèo theo quy định tại Điều 7 của Thông tư số 07/2021/TT-BLĐTBXH.")
    assert keys_and_relations(text) == [("07/2021/TT-BLĐTBXH", "cites")]


@pytest.mark.parametrize(
    "text",
    [
        # an article amending provisions lists changed provisions: the documents its items name are cited
        "Điều 1. Sửa đổi, bổ sung một số điều của Quy định ban hành kèm theo Quyết định số 10/2020/QĐ-UBND "
        "ngày 2/3/2020 của UBND tỉnh như sau:\n1. Sửa đổi khoản 2 Điều 5 như sau: các hộ được hỗ trợ theo "
        "quy định tại Nghị định số 45/2020/NĐ-CP ngày 3/3/2020.\n2. Bổ sung khoản 4 Điều 6.",
        "Điều 2. Sửa đổi, bổ sung Điều 3\n1. Mức hỗ trợ thực hiện theo Nghị định số 45/2020/NĐ-CP ngày "
        "3/3/2020.",
        # a cell describing a change, no command
        "3\tCấp phép\tNội dung sửa đổi: thời hạn giải quyết; mẫu đơn tại Nghị định số 45/2020/NĐ-CP\t",
    ],
)
def test_documents_named_in_changed_provisions_are_only_cited(text: str) -> None:
    assert ("45/2020/NĐ-CP", "cites") in keys_and_relations(text)


def test_a_passive_cue_describes_a_change_and_makes_none() -> None:
    text = ("Điều 1. Phê duyệt kèm theo Quyết định này quy trình nội bộ giải quyết 05 thủ tục hành chính "
            "được sửa đổi, bổ sung trong lĩnh vực đất đai đã được công bố tại Quyết định số 12/QĐ-UBND.")
    assert keys_and_relations(text) == [("12/QĐ-UBND", "cites")]


def test_a_regulation_issued_by_one_cited_decision_is_amended_by_the_next() -> None:
    # the first decision issued the regulation; the second, coordinated after it, amended it
    text = ("Điều 1. Bãi bỏ Quyết định số 7/2010/QĐ-UBND ngày 2/3/2010 của UBND tỉnh ban hành Quy chế "
            "quản lý bến xe khách và Quyết định số 9/2011/QĐ-UBND ngày 5/4/2011 của UBND tỉnh về sửa đổi, "
            "bổ sung một số điều của Quy chế quản lý bến xe khách ban hành kèm theo Quyết định số "
            "7/2010/QĐ-UBND.")
    found = [(c.key, c.relation) for c in cite(text)]
    assert found == [("7/2010/QĐ-UBND", "replaces"), ("Quy chế quản lý bến xe khách", "cites"),
                     ("9/2011/QĐ-UBND", "replaces"), ("Quy chế quản lý bến xe khách", "amends"),
                     ("7/2010/QĐ-UBND", "amends")]


def test_a_decree_listed_after_a_class_of_amended_decrees_is_amended_by_the_enclosing_one() -> None:
    found = cite("Căn cứ Nghị định số 25/2012/NĐ-CP ngày 10/4/2012 của Chính phủ về sửa đổi, bổ sung một số "
                 "điều của các Nghị định hướng dẫn thi hành Luật Khoáng sản và Nghị định số 101/2009/NĐ-CP "
                 "về việc quản lý vật liệu nổ;")
    assert [(c.key, c.relation, c.source) for c in found] == [
        ("25/2012/NĐ-CP", "based_on", SELF),
        ("Luật Khoáng sản", "cites", "tw/25/2012/NĐ-CP"),
        ("101/2009/NĐ-CP", "amends", "tw/25/2012/NĐ-CP"),
    ]


def test_a_part_of_a_regulation_after_of_carries_the_cue_to_its_issuing_decision() -> None:
    found = cite("Căn cứ Quyết định số 20/2013/QĐ-UBND ngày 5/6/2013 của Ủy ban nhân dân tỉnh về việc bổ "
                 "sung khoản 4 Điều 12 của Quy định ban hành kèm theo Quyết định số 15/2012/QĐ-UBND ngày 3 "
                 "tháng 5 năm 2012 của Ủy ban nhân dân tỉnh;")
    assert [(c.key, c.relation) for c in found] == [
        ("20/2013/QĐ-UBND", "based_on"), ("15/2012/QĐ-UBND", "amends")]


def test_a_line_heading_the_new_wording_of_a_part_amends_what_it_names() -> None:
    # the cue follows the documents: `Khoản 2 Điều 9 <regulation> ... <decision> được sửa đổi như sau:`
    head = ("2. Khoản 2 Điều 9 Quy chế quản lý Cụm công nghiệp Tân Phú ban hành kèm theo Quyết định số "
            "31/2016/QĐ-UBND ngày 4/5/2016 của Ủy ban nhân dân tỉnh được sửa đổi, bổ sung như sau:\n"
            "2. Doanh nghiệp nộp hồ sơ trong 10 ngày.")
    assert keys_and_relations(head) == [
        ("Quy chế quản lý Cụm công nghiệp Tân Phú", "amends"), ("31/2016/QĐ-UBND", "amends")]
    # an amender named after `bởi` (R28), and a line that does not open with a part, keep their own reading
    assert keys_and_relations("Điều 4 Quyết định số 31/2016/QĐ-UBND được sửa đổi, bổ sung bởi Quyết định số "
                              "12/2020/QĐ-UBND.")[0] == ("31/2016/QĐ-UBND", "amends")
    assert keys_and_relations("Nội dung Quyết định số 31/2016/QĐ-UBND đã được hướng dẫn; các mục sau được "
                              "sửa đổi như sau:") == [("31/2016/QĐ-UBND", "cites")]


def test_prescribed_at_in_a_changed_object_is_no_other_document() -> None:
    # `quy định tại` (prescribed at) inside a long object names no document: the cue reaches the decision
    assert keys_and_relations(
        "1. Sửa đổi, bổ sung mức phụ cấp về tiền đi lại của học viên quy định tại khoản 2, điều 4 của quyết "
        "định số 41/2016/QĐ-UBND ngày 3/8/2016 của UBND tỉnh, như sau:") == [("41/2016/QĐ-UBND", "amends")]
    assert keys_and_relations(
        "Điều 1. Bãi bỏ khoản thu tiền vệ sinh tại các chợ nông thôn quy định tại Điều 3 - Quyết định số "
        "876/QĐ-UB ngày 5 tháng 4 năm 2003 của Uỷ ban nhân dân tỉnh.") == [("876/QĐ-UB", "replaces")]
    # without a cue it stays cited
    assert keys_and_relations("Mức thu áp dụng theo mức quy định tại Điều 3 Quyết định số 876/QĐ-UB.") == [
        ("876/QĐ-UB", "cites")]


def test_a_subject_run_on_over_amended_by_to_its_line_end_is_amended_by_the_next_lines_document() -> None:
    found = cite("Các thông tư sau tiếp tục có hiệu lực:\n1. Thông tư số 51/2031/TT-BTC ngày 30/6/2031 "
                 "hướng dẫn nghĩa vụ của tổ chức trên thị trường chứng khoán được sửa đổi, bổ sung bởi\n"
                 "Thông tư số 20/2035/TT-BTC ngày 05/5/2035.")
    amended, amender = found
    assert (amended.relation, amender.relation) == ("amends", "cites")
    assert amended.source.endswith("20/2035/TT-BTC") and amended.text.endswith("chứng khoán")


def test_a_cue_ending_a_line_governs_the_document_opening_the_next() -> None:
    text = ("Điều 9. Hiệu lực thi hành\n1. Thông tư này có hiệu lực kể từ ngày 01 tháng 3 năm 2031 và "
            "thay thế\n"
            "Thông tư số 12/2029/TT-BXD ngày 01 tháng 6 năm 2029 của Bộ trưởng Bộ Xây dựng.")
    assert keys_and_relations(text) == [("12/2029/TT-BXD", "replaces")]
    # a line that opens with a cue of its own keeps it (`... THUỐC THAY THẾ\nCăn cứ Luật ...`)
    text = "QUY ĐỊNH VỀ CHI PHÍ ĐIỀU TRỊ BẰNG THUỐC THAY THẾ\nCăn cứ Luật Dược ngày 6 tháng 4 năm 2016;"
    assert keys_and_relations(text) == [("Luật Dược", "based_on")]


@pytest.mark.parametrize(
    "parts", ["một số điều của", "khoản 3 Điều 16", "điểm a và điểm b khoản 1 Điều 7 của"])
def test_a_decree_detailing_named_parts_of_a_law_implements_it(parts: str) -> None:
    text = f"Nghị định này quy định chi tiết {parts} Luật Thủy lợi số 08/2027/QH15 về quản lý đập."
    assert keys_and_relations(text) == [("08/2027/QH15", "implements")]


def test_each_amender_listed_after_a_nested_documents_version_phrase_takes_the_cue() -> None:
    text = ("Căn cứ Nghị định số 85/2034/NĐ-CP ngày 10/7/2034 của Chính phủ quy định chi tiết một số điều "
            "của Luật Giá số 16/2033/QH15 được sửa đổi, bổ sung bởi Luật số 44/2034/QH15, Luật số "
            "61/2034/QH15 và Luật số 95/2035/QH15;")
    found = cite(text)
    assert [(c.key, c.relation, c.source) for c in found[2:]] == [
        (key, "based_on", SELF) for key in ("44/2034/QH15", "61/2034/QH15", "95/2035/QH15")]


@pytest.mark.parametrize(
    "text",
    [
        "Bộ Y tế chủ trì xây dựng dự án Luật sửa đổi, bổ sung một số điều của Luật Dược, Luật Dân số "
        "theo quy định.",
        "NGHỊ QUYẾT\nVề chính sách của Luật sửa đổi, bổ sung một số điều của\nLuật Dược, Luật Dân số",
        "Theo đề nghị của Bộ Y tế tại Tờ trình số 51/TTr-BYT ngày 3 tháng 2 năm 2031 về chính sách của Luật "
        "sửa đổi,\nbổ sung một số điều của Luật Dược, Luật Dân số;",
    ],
)
def test_an_amending_law_still_to_be_made_is_no_citation_and_only_cites_the_laws_it_is_to_amend(
        text: str) -> None:
    found = [(c.key, c.relation, c.source) for c in cite(text) if c.key.startswith("Luật")]
    assert found == [("Luật Dược", "cites", SELF), ("Luật Dân số", "cites", SELF)]
    # an amending law that exists (dated) amends them
    text = "Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Dược ngày 21 tháng 11 năm 2030;"
    assert [c.relation for c in cite(text)] == ["based_on", "amends"]


def test_abolishing_a_provision_prescribed_in_a_document_repeals_that_part_of_it() -> None:
    # `quy định về ...` (a provision, lower case) is no document, and `quy định tại` links it to its owner
    text = ("Điều 2. Bãi bỏ quy định về mức thu phí tham quan quy định tại Điều 3 Quyết định số "
            "12/2030/QĐ-UBND ngày 5 tháng 3 năm 2030 của UBND tỉnh.")
    assert keys_and_relations(text) == [("12/2030/QĐ-UBND", "replaces")]


def test_a_line_ending_on_a_comma_goes_on_in_the_next_whatever_its_case() -> None:
    text = ("7. Bãi bỏ quy định về phụ cấp ưu đãi đối với nhà giáo dạy người khuyết tật quy định tại Điều 4, "
            "Điều 5,\nĐiều 6 và Điều 9 Nghị định số 11/2030/NĐ-CP ngày 09 tháng 11 năm 2030 của Chính phủ.")
    assert keys_and_relations(text) == [("11/2030/NĐ-CP", "replaces")]
    # the title of a law still to be made in a cited paper's subject: its laws are cited by the text itself
    text = ("Theo đề nghị của Bộ Y tế tại Tờ trình số 51/TTr-BYT ngày 3 tháng 2 năm 2031 về chính sách của "
            "Luật sửa đổi,\nbổ sung một số điều của Luật Dược;")
    assert [(c.key, c.relation, c.source) for c in cite(text)][1:] == [("Luật Dược", "cites", SELF)]


def test_a_corrigendum_amends_the_text_it_corrects() -> None:
    text = ("QUYẾT ĐỊNH\nVề việc đính chính Thông tư số 14/2031/TT-BTC sửa đổi, bổ sung một số điều của "
            "Thông tư số 20/2029/TT-BTC ngày 5 tháng 6 năm 2029 của Bộ trưởng Bộ Tài chính")
    assert keys_and_relations(text) == [("14/2031/TT-BTC", "amends"), ("20/2029/TT-BTC", "amends")]


def test_a_proposed_addition_to_a_programme_does_not_amend_it() -> None:
    text = "Thông qua đề nghị bổ sung Dự án Luật Thủy sản (sửa đổi) vào Chương trình xây dựng luật năm 2031."
    assert ("Chương trình xây dựng luật năm 2031", "cites") in keys_and_relations(text)


@pytest.mark.parametrize(
    "text",
    [
        "áp dụng Biểu thuế ban hành kèm theo Quyết định số 12/2031/QĐ-BTC và các Quyết định sửa đổi, bổ sung "
        "Quyết định số 12/2031/QĐ-BTC.",
        "mức chi theo Thông tư số 40/2031/TT-BTC và các văn bản của tỉnh hướng dẫn thực hiện Thông tư số "
        "40/2031/TT-BTC.",
        "Quyết định này thay thế Quyết định số 7/2031/QĐ-UBND và các Quyết định có liên quan bổ sung cho "
        "Quyết định số 7/2031/QĐ-UBND.",
    ],
)
def test_a_cue_whose_subject_is_a_class_of_other_documents_only_cites(text: str) -> None:
    assert keys_and_relations(text)[-1][1] == "cites"
    # the cue said by the citing document itself still holds
    assert keys_and_relations("Sửa đổi, bổ sung Quyết định số 12/2031/QĐ-BTC như sau:") == [
        ("12/2031/QĐ-BTC", "amends")]
    assert keys_and_relations("Quán triệt các Nghị quyết của Trung ương, thực hiện Nghị quyết số 05-NQ/TU "
                              "của Tỉnh ủy.") == [("05-NQ/TU", "implements")]


def test_a_quoted_chapter_only_cites_what_it_names_its_amenders_too() -> None:
    filler = "\n".join(f"{n}. Người có thẩm quyền xử phạt vi phạm hành chính về kế toán theo thẩm quyền."
                       for n in range(1, 60))
    text = ("Điều 2. Bổ sung Chương IV vào sau Chương III như sau:\n“Chương IV\nXỬ PHẠT TRÊN MÔI TRƯỜNG ĐIỆN "
            f"TỬ\n{filler}\nViệc xử phạt thực hiện theo Nghị định số 20/2029/NĐ-CP ngày 1 tháng 2 năm 2029 "
            "của Chính phủ quy định chi tiết Luật Kế toán được sửa đổi, bổ sung bởi Nghị định số "
            "30/2030/NĐ-CP ngày 5 tháng 6 năm 2030 của Chính phủ.”.\nĐiều 3. Hiệu lực thi hành")
    assert len(text) > 3000
    found = {c.key: (c.relation, c.source) for c in cite(text)}
    assert found["20/2029/NĐ-CP"] == ("cites", SELF)
    assert found["30/2030/NĐ-CP"] == ("cites", SELF)


def test_based_on_governs_bases_listed_between_semicolons() -> None:
    text = ("Sở Tài chính căn cứ Luật Ngân sách nhà nước năm 2015; quy định về phân cấp nguồn thu, nhiệm vụ"
            " chi; Quy chế làm việc của Ủy ban nhân dân tỉnh để phân bổ dự toán.")
    assert ("Quy chế làm việc của Ủy ban nhân dân tỉnh", "based_on") in keys_and_relations(text)
    # a new lead word after a semicolon starts a clause of its own
    text = ("Sở Tài chính căn cứ Luật Ngân sách nhà nước năm 2015; theo hướng dẫn về phân cấp; Quy chế làm"
            " việc của Ủy ban nhân dân tỉnh để phân bổ dự toán.")
    assert ("Quy chế làm việc của Ủy ban nhân dân tỉnh", "cites") in keys_and_relations(text)


def test_documents_in_a_reproduced_provision_are_cited_by_the_text_itself() -> None:
    text = ("Khoản 2 Điều 3 của Thông tư số 07/2025/TT-BCT quy định: “Sở Công Thương cấp giấy phép theo"
            " Nghị định số 20/2024/NĐ-CP của Chính phủ quy định chi tiết thi hành Luật Hóa chất”.")
    found = {c.key: (c.relation, c.source) for c in cite(text)}
    assert found["20/2024/NĐ-CP"] == ("cites", SELF)
    assert found["Luật Hóa chất"] == ("cites", SELF)


def test_a_preposition_after_a_bare_type_word_names_no_document() -> None:
    text = "Bảo đảm phân công nhiệm vụ trong triển khai Đề án giữa các Bộ, ngành thống nhất."
    assert keys_and_relations(text) == []


def test_amenders_after_a_plural_each_take_the_cue() -> None:
    law, first, second, alias = cite(
        "Căn cứ Luật Thủy lợi số 08/2030/QH15 được sửa đổi, bổ sung một số điều bởi các Luật số 11/2031/QH15 "
        "và số 20/2031/QH15 (sau đây gọi là Luật Thủy lợi);")
    assert (law.relation, law.source) == ("amends", first.target_id)
    assert [(c.key, c.relation, c.source) for c in (first, second)] == [
        ("11/2031/QH15", "based_on", SELF), ("20/2031/QH15", "based_on", SELF)]
    assert (alias.key, alias.relation) == ("08/2030/QH15", "amends")


def test_a_passive_change_names_an_agent_that_changes_nothing_of_the_citing_document() -> None:
    # the amending law and the decree listed after it take the sentence's own cue, not `amends`
    law, amending, decree, detailed, first, second = cite(
        "Chủ đầu tư bố trí công trình theo quy định tại Điều 8 Luật Thủy lợi được sửa đổi, bổ sung bởi "
        "Luật sửa đổi, bổ sung một số điều của 12 Luật trong lĩnh vực nông nghiệp và Điều 4 Nghị định số "
        "67/2031/NĐ-CP ngày 2/3/2031 quy định chi tiết một số điều của Luật Thủy lợi được sửa đổi, bổ sung "
        "bởi Nghị định số 14/2032/NĐ-CP ngày 5/5/2032 và Nghị định số 20/2033/NĐ-CP ngày 1/2/2033.")
    assert (law.relation, law.source) == ("amends", "tw/luat/sua-doi-bo-sung-mot")  # the amending law
    assert amending.key == "Luật sửa đổi, bổ sung một số điều của 12 Luật trong lĩnh vực nông nghiệp"
    assert [(c.relation, c.source) for c in (amending, first, second)] == [("cites", SELF)] * 3
    assert (decree.relation, decree.source) == ("amends", first.target_id)
    assert (detailed.relation, detailed.source) == ("implements", decree.target_id)


def test_a_comma_printed_after_the_cue_leaves_it_governing() -> None:
    assert keys_and_relations("Thực hiện, Chỉ thị số 09/CT-UBND ngày 2/2/2031, Sở đã rà soát.") == [
        ("09/CT-UBND", "implements")]
    # a comma after the cue's own object ends it
    assert keys_and_relations("Để thực hiện nhiệm vụ, Quyết định số 12/QĐ-UBND quy định rõ trách nhiệm.") == [
        ("12/QĐ-UBND", "cites")]


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        # modifiers joined by `và` before the contents carried out
        ("Doanh nghiệp thực hiện đúng và đầy đủ các quy định của Luật Lâm nghiệp năm 2017.", "implements"),
        # the procedure is the object; the law is only what it follows
        ("Doanh nghiệp thực hiện đúng và đầy đủ thủ tục theo Luật Lâm nghiệp năm 2017.", "cites"),
    ],
)
def test_the_contents_carried_out_after_joined_modifiers(text: str, relation: str) -> None:
    assert keys_and_relations(text) == [("Luật Lâm nghiệp năm 2017", relation)]
