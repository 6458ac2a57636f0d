"""Citation forms met on the real dev documents of batch 3, each on sentences of our own: type codes
before a number without `số` or glued to it, a Latin `D` for `Đ`, a list item opening with `Số`,
names closed by their period or date, a document known by its number, amending laws and amending
decrees named with a list of parts, and a title capitalised after its issuer."""

import pytest
from citation_fixtures import SELF, cite, cited


def test_a_type_code_before_a_number_without_so_is_a_citation() -> None:
    (decision,) = cited("Dự án đã có trong QĐ 215/QĐ-TTg ngày 02/4/2024 của Thủ tướng Chính phủ.")
    assert (decision.key, decision.doc_type, decision.date) == ("215/QĐ-TTg", "Quyết định", "2024-04-02")


def test_a_type_code_glued_to_a_number_refers_back_to_the_document_cited_in_full() -> None:
    full, short = cited("Thay thế Quyết định số 215/QĐ-TTg ngày 02/4/2024.\nDự án có trong QĐ215 (tên cũ).")
    assert (short.key, short.text) == (full.key, "QĐ215")


def test_a_type_code_glued_to_a_number_of_no_cited_document_is_none() -> None:
    assert cite("Mẫu biểu QĐ215 dùng cho các dự án.") == []


@pytest.mark.parametrize(
    "text, key",
    [
        ("Dự án có trong QĐ số 215/QD- TTg ngày 02/4/2024.", "215/QĐ-TTg"),
        ("Căn cứ Nghị định số 12/2024/ND-CP ngày 5/1/2024;", "12/2024/NĐ-CP"),
        ("Theo Hướng dẫn số 40/HD-SNV ngày 3/3/2025 của Sở Nội vụ.", "40/HD-SNV"),  # `HD` is a code
    ],
)
def test_a_latin_d_printed_for_the_d_of_a_type_code_is_restored_in_the_key(text: str, key: str) -> None:
    assert [c.key for c in cited(text)] == [key]


def test_a_list_item_opening_with_a_capital_so_takes_the_type_word_the_list_shares() -> None:
    found = cited("Theo đề nghị của Sở Xây dựng tại Tờ trình số 81/TTr-SXD ngày 2/10/2025; các Văn bản "
                  "của Sở Tư pháp: Số 77/BC-STP ngày 12/9/2025, số 905/STP-VB ngày 24/10/2025.")
    assert [(c.key, c.doc_type) for c in found] == [
        ("81/TTr-SXD", "Tờ trình"), ("77/BC-STP", "Văn bản"), ("905/STP-VB", "Văn bản")]


def test_a_vision_without_a_comma_closes_a_plan_name() -> None:
    (decision, plan) = cite("Quyết định số 88/QĐ-TTg ngày 6/7/2023 của Thủ tướng Chính phủ phê duyệt Quy "
                            "hoạch mạng lưới đường bộ thời kỳ 2021-2030 tầm nhìn đến năm 2050.")
    assert plan.key == "Quy hoạch mạng lưới đường bộ thời kỳ 2021-2030 tầm nhìn đến năm 2050"


def test_a_time_after_a_bare_type_word_names_no_document() -> None:
    assert cite("Các bộ gửi báo cáo tình hình triển khai Chương trình trước ngày 15 tháng 12 hằng năm.") == []


def test_a_document_known_by_its_number_alone_is_named_by_it() -> None:
    (scheme,) = cite("Ứng dụng công nghệ số và Đề án 06 phục vụ chỉ đạo, điều hành của Chính phủ.")
    assert scheme.key == "Đề án 06"


def test_a_document_known_by_its_number_is_named_through_the_subject_its_period_closes() -> None:
    found = cite("Triển khai hiệu quả Đề án 05 về chuyển đổi số ngành y tế tỉnh Hà Giang giai đoạn "
                 "2026-2030; sơ kết Đề án 05 trong quý IV. Thực hiện Đề án 12 về du lịch.")
    full = "Đề án 05 về chuyển đổi số ngành y tế tỉnh Hà Giang giai đoạn 2026-2030"
    assert [c.key for c in found] == [full, full, "Đề án 12"]


def test_a_count_after_a_type_word_is_no_name() -> None:
    assert cite("Xây dựng lộ trình cho Đề án 3 năm tới.") == []


def test_a_lower_case_law_name_closed_by_its_date_ends_a_list_of_laws() -> None:
    amending, *laws = cite("Căn cứ Luật sửa đổi, bổ sung một số điều của Luật Kế toán, Luật Dự trữ quốc gia, "
                           "Luật xử lý vi phạm hành chính ngày 29 tháng 11 năm 2024;")
    assert [c.key for c in laws] == ["Luật Kế toán", "Luật Dự trữ quốc gia", "Luật xử lý vi phạm hành chính"]
    assert {(c.relation, c.source) for c in laws} == {("amends", amending.target_id)}


def test_an_amending_law_named_with_a_capital_keeps_its_whole_name() -> None:
    earlier, amending, amended = cite(
        "Căn cứ Luật Thanh niên ngày 16/6/2020; Luật Sửa đổi, bổ sung một số điều của Luật Thanh niên "
        "ngày 25/6/2025;")
    assert amending.key == "Luật Sửa đổi, bổ sung một số điều của Luật Thanh niên"
    assert (amending.relation, amending.source) == ("based_on", SELF)
    assert amended.key == "Luật Thanh niên"
    assert (amended.relation, amended.source) == ("amends", amending.target_id)


@pytest.mark.parametrize(
    "verb", ["sửa đổi, bổ sung một số điều, phụ lục của", "Sửa đổi, bổ sung một số điều của"])
def test_an_amending_decree_amends_each_decree_its_subject_lists(verb: str) -> None:
    amending, first, law, second = cite(
        f"Thực hiện Nghị định số 40/2024/NĐ-CP ngày 1/4/2024 của Chính phủ {verb} Nghị định số 51/2016/NĐ-CP "
        "ngày 1/7/2016 của Chính phủ quy định chi tiết một số điều của Luật Đo đạc và Nghị định số "
        "52/2022/NĐ-CP, Bộ Tài chính đề nghị các tỉnh báo cáo.")
    assert (amending.relation, amending.source) == ("implements", SELF)
    for amended in (first, second):
        assert (amended.relation, amended.source) == ("amends", amending.target_id)
    assert (law.relation, law.source) == ("implements", first.target_id)


def test_a_quoted_title_names_a_scheme_and_its_short_form_takes_the_full_key() -> None:
    full, short = cite("Tiếp tục triển khai Đề án “Phủ xanh đồi trọc giai đoạn 2021 - 2025”, đồng thời "
                       "nhân rộng mô hình.\nCác xã thực hiện Đề án “Phủ xanh đồi trọc” và báo cáo kết quả.")
    assert full.key == short.key == "Đề án “Phủ xanh đồi trọc giai đoạn 2021 - 2025”"
    assert (full.relation, short.relation) == ("implements", "implements")


def test_an_action_programme_carrying_out_a_document_is_named_through_its_number() -> None:
    amending, programme, resolution = cite(
        "Căn cứ Nghị quyết số 31/NQ-CP ngày 2 tháng 4 năm 2025 của Chính phủ sửa đổi, bổ sung Chương trình "
        "hành động của Chính phủ thực hiện Nghị quyết số 45-NQ/TW ngày 9 tháng 11 năm 2024 của Bộ Chính trị "
        "về phát triển kinh tế tư nhân;")
    assert programme.key == "Chương trình hành động của Chính phủ thực hiện Nghị quyết số 45-NQ/TW"
    assert (programme.relation, programme.source, programme.date) == ("amends", amending.target_id, None)
    assert (resolution.key, resolution.date) == ("45-NQ/TW", "2024-11-09")
    # nested in the programme's name, which carries it out
    assert programme.start < resolution.start < resolution.end <= programme.end
    assert resolution.relation == "implements" and resolution.source not in (SELF, amending.target_id)


@pytest.mark.parametrize(
    "text, name",
    [
        ("Căn cứ Nghị quyết số 92/NQ-CP ngày 3/7/2025 của Chính phủ ban hành Kế hoạch hành động của Chính "
         "phủ về phát triển dịch vụ công trực tuyến toàn trình;\nTheo đề nghị của Bộ Công an;",
         "Kế hoạch hành động của Chính phủ về phát triển dịch vụ công trực tuyến toàn trình"),
        ("Thực hiện Quyết định số 95/QĐ-TTg ngày 2/7/2022 của Thủ tướng Chính phủ phê duyệt Chương trình "
         "hành động về giảm phát thải khí nhà kính, tiết kiệm điện của ngành công thương. Các tỉnh báo cáo.",
         "Chương trình hành động về giảm phát thải khí nhà kính, tiết kiệm điện của ngành công thương"),
    ],
)
def test_an_action_programme_named_by_its_subject_runs_to_the_end_of_the_clause(text: str, name: str) -> None:
    issuing, programme = cite(text)
    assert (programme.key, programme.source) == (name, issuing.target_id)


def test_what_the_document_approves_is_no_citation_however_a_later_line_names_it() -> None:
    found = cite("QUYẾT ĐỊNH:\nĐiều 1. Phê duyệt “Kế hoạch hành động quốc gia về phòng chống thiên tai "
                 "giai đoạn 2026 - 2030, tầm nhìn đến năm 2045” với các nội dung sau.\nPhụ lục II\nDanh mục "
                 "dự án thực hiện Kế hoạch hành động quốc gia về phòng chống thiên tai giai đoạn 2026 - 2030 "
                 "tại Phụ lục này.")
    assert found == []


@pytest.mark.parametrize(
    "text",
    [
        "Các tỉnh ban hành và tổ chức thực hiện Kế hoạch phòng chống thiên tai cấp tỉnh giai đoạn "
        "2026 - 2030.",
        "Xây dựng nội dung số (hoặc lồng ghép trong Kế hoạch chuyển đổi số giai đoạn 2026-2030 của bộ, "
        "ngành, địa phương).",
        "Bảng xếp hạng của Liên minh Viễn thông Quốc tế (ITU), Chương trình Dữ liệu mở của Tổ chức Hợp tác "
        "và Phát triển Kinh tế (OECD Open Data).",
    ],
)
def test_a_class_of_plans_or_an_international_programme_is_no_citation(text: str) -> None:
    assert cite(text) == []


_UNREAD_SUBJECT = ("Quyết định này thay thế Quyết định số 41/2024/QĐ-UBND ngày 9/12/2024 của Ủy ban nhân dân "
                   "tỉnh phân cấp thẩm quyền quyết định định mức sử dụng trụ sở làm việc của các cơ quan "
                   "thuộc tỉnh và ")


def test_a_document_of_the_same_type_after_an_unread_subject_shares_the_cue() -> None:
    first, second = cite(_UNREAD_SUBJECT + "Quyết định số 42/2024/QĐ-UBND ngày 9/12/2024 của Ủy ban nhân dân "
                         "tỉnh ban hành định mức xe ô tô.")
    assert [(c.key, c.relation, c.source) for c in (first, second)] == [
        ("41/2024/QĐ-UBND", "replaces", SELF), ("42/2024/QĐ-UBND", "replaces", SELF)]


def test_a_document_of_the_same_type_after_an_unread_subject_and_a_comma_shares_the_cue() -> None:
    first, second = cite("Bãi bỏ Quyết định số 41/2024/QĐ-UBND ngày 9/12/2024 của UBND tỉnh Quy định về "
                         "định mức xe công, Quyết định số 42/2024/QĐ-UBND ngày 9/12/2024 của UBND tỉnh.")
    assert (first.relation, second.relation) == ("replaces", "replaces")


def test_a_document_of_another_type_after_an_unread_subject_shares_no_cue() -> None:
    first, second = cite(_UNREAD_SUBJECT + "Nghị quyết số 12/2024/NQ-HĐND ngày 9/12/2024 của HĐND tỉnh.")
    assert (first.relation, second.relation) == ("replaces", "cites")


def test_a_title_proposed_in_a_cited_submission_names_documents_cited_by_the_document_itself() -> None:
    submission, replaced = cite(
        "Xét Tờ trình số 77/TTr-UBND ngày 2 tháng 11 năm 2025 của Ủy ban nhân dân tỉnh về việc đề nghị ban "
        "hành Nghị quyết thay thế nghị quyết số 15/2021/NQ-HĐND ngày 3 tháng 9 năm 2021 của Hội đồng nhân "
        "dân tỉnh về chế độ dân quân;")
    assert (submission.key, replaced.key) == ("77/TTr-UBND", "15/2021/NQ-HĐND")
    assert (replaced.relation, replaced.source) == ("cites", SELF)
    assert replaced.text.startswith("nghị quyết số 15/2021/NQ-HĐND")


def test_a_document_a_cited_one_issued_stays_nested_in_it() -> None:
    decision, rules = cite("Căn cứ Quyết định số 16/2019/QĐ-UBND ngày 3/5/2019 của UBND tỉnh ban hành Quy "
                           "chế quản lý cụm công nghiệp;")
    assert rules.source == decision.target_id
