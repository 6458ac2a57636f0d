"""Body names as older outside documents write them, in full where rules used to cut them short: a
department's remit after `về` (nlp.body_remit), a body the document sets up and its short name
(nlp.body_founded), a ministry's units `thuộc, trực thuộc Bộ`, `các Giám đốc Sở`, `Tổng cục trưởng các
Tổng cục`, a proper name after `Ban Quản lý Khu kinh tế`; and who does the items these bodies head."""

from pathlib import Path

import pytest
from nlp_fixtures import body_names, rule_tasks, task_starting, tasks_in


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("1. Cục Quản lý xuất nhập cảnh về người nước ngoài có trách nhiệm cấp thị thực.",
         ["Cục Quản lý xuất nhập cảnh về người nước ngoài"]),
        ("Tổng cục Quản lý đất đai về đo đạc, bản đồ có trách nhiệm: a) Hướng dẫn.",
         ["Tổng cục Quản lý đất đai về đo đạc, bản đồ"]),
        ("Ý kiến gửi Bộ Xây dựng (qua Vụ Quản lý hoạt động về nhà ở) để tổng hợp.",
         ["Bộ Xây dựng", "Vụ Quản lý hoạt động về nhà ở"]),
        ("- Vụ trưởng Vụ Kế hoạch về đầu tư công: Giám đốc các Sở.",
         ["Vụ Kế hoạch về đầu tư công", "Sở"]),
    ],
)
def test_a_department_named_by_its_function_keeps_its_remit(sentence: str, expected: list[str]) -> None:
    assert body_names(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "Sở Công Thương gửi Cục Quản lý giá về tình hình giá; đồng thời báo cáo.",
        "Sở Công Thương báo cáo Cục Quản lý giá về kết quả thực hiện.",
        "Sở X báo cáo Cục Quản lý giá về các nội dung sau:",
    ],
)
def test_a_complement_after_ve_is_no_part_of_the_name(sentence: str) -> None:
    assert "Cục Quản lý giá" in body_names(sentence)


def test_a_founded_body_is_named_in_full_and_by_its_short_name() -> None:
    text = (
        "Điều 1. Thành lập Ban Chỉ đạo chuẩn bị tổ chức Hội nghị Nông nghiệp (ASEAN) khu vực Mê Kông năm 2012"
        " (sau đây gọi tắt là Ban Chỉ đạo Hội nghị Mê Kông).\n"
        "Điều 2. Ban Chỉ đạo Hội nghị Mê Kông có nhiệm vụ điều hành công tác chuẩn bị.\n"
        "Điều 3. Thành lập Tổ thư ký giúp việc cho Ban Chỉ đạo, do Bộ Ngoại giao cử Tổ trưởng.\n"
        "Điều 4. Trưởng Ban Chỉ đạo và Tổ thư ký giúp việc chịu trách nhiệm thi hành Quyết định này.\n"
    )
    names = body_names(text)
    assert names.count("Ban Chỉ đạo Hội nghị Mê Kông") == 5
    assert names.count("Tổ thư ký giúp việc") == 2
    assert "Bộ Ngoại giao" in names


def test_a_founded_body_without_short_name_keeps_its_full_name() -> None:
    text = (
        "Điều 1. Thành lập Ban Chỉ đạo phòng, chống thiên tai và tìm kiếm cứu nạn của Bộ Xây dựng.\n"
        "Điều 2. Nhiệm vụ của Ban Chỉ đạo phòng, chống thiên tai và tìm kiếm cứu nạn của Bộ Xây dựng:\n"
        "1. Xây dựng kế hoạch ứng phó hằng năm.\n"
        "Điều 3. Ban Chỉ đạo được sử dụng con dấu của Bộ.\n"
    )
    full = "Ban Chỉ đạo phòng, chống thiên tai và tìm kiếm cứu nạn của Bộ Xây dựng"
    assert body_names(text) == [full, full, full]


def test_a_founded_body_written_with_its_level_word_and_place_keeps_them() -> None:
    text = (
        "Điều 1. Thành lập Chi cục Quản lý chất lượng nông sản trực thuộc Sở Nông nghiệp.\n"
        "Điều 3. Giám đốc Sở Nông nghiệp và Chi cục Quản lý chất lượng nông sản tỉnh Gia Lai chịu trách "
        "nhiệm thi hành Quyết định này.\n"
    )
    assert body_names(text)[-1] == "Chi cục Quản lý chất lượng nông sản tỉnh Gia Lai"


def test_a_comma_ends_a_founded_body_s_name() -> None:
    # (`, trên cơ sở ...` sets the basis off: the comma is no part of the name)
    text = (
        "Điều 1. Thành lập Trung tâm Kiểm soát bệnh tật tỉnh Hòa Bình, trên cơ sở hợp nhất hai trung tâm.\n"
        "Điều 2. Trung tâm Kiểm soát bệnh tật tỉnh Hòa Bình có trách nhiệm báo cáo Sở Y tế.\n"
    )
    assert all(not name.endswith(",") for name in body_names(text))
    assert "Trung tâm Kiểm soát bệnh tật tỉnh Hòa Bình" in body_names(text)


def test_a_body_set_up_by_a_cited_decision_is_named_in_full() -> None:
    text = (
        "Căn cứ Quyết định số 15/QĐ-TTg ngày 02 tháng 3 năm 2026 của Thủ tướng Chính phủ về việc thành lập "
        "Ban Chỉ đạo Nhà nước các dự án trọng điểm, quan trọng quốc gia ngành đường sắt;\n"
        "Điều 3. Trưởng Ban Chỉ đạo Nhà nước các dự án trọng điểm, quan trọng quốc gia ngành đường sắt, "
        "Bộ trưởng Bộ Xây dựng chịu trách nhiệm thi hành Quyết định này.\n"
    )
    full = "Ban Chỉ đạo Nhà nước các dự án trọng điểm, quan trọng quốc gia ngành đường sắt"
    assert body_names(text).count(full) == 2


def test_a_body_set_up_by_a_cited_decision_does_not_rename_its_kind() -> None:
    # (a body set up long ago: `Sở Tư pháp` of another place is no mention of it)
    text = (
        "Căn cứ Quyết định số 7/QĐ-UBND về việc thành lập Sở Tư pháp tỉnh Lạng Sơn;\n"
        "Điều 2. Sở Tư pháp chủ trì thẩm định dự thảo.\n"
    )
    assert body_names(text)[-1] == "Sở Tư pháp"


def test_a_title_in_capitals_founds_no_body() -> None:
    names = body_names("QUYẾT ĐỊNH VỀ VIỆC THÀNH LẬP BAN CHỈ ĐẠO PHÒNG, CHỐNG DỊCH CỦA TỈNH\n")
    assert "Ban chỉ đạo phòng, chống dịch của tỉnh" not in names


def test_a_proposal_to_set_up_a_body_founds_none() -> None:
    names = body_names("Đề nghị thành lập Ban Chỉ đạo phòng, chống dịch của tỉnh. Ban Chỉ đạo tỉnh họp.")
    assert "Ban Chỉ đạo phòng, chống dịch của tỉnh" not in names


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Các cơ quan, đơn vị trực thuộc Bộ có trách nhiệm kiện toàn tổ chức.",
         ["Cơ quan, đơn vị trực thuộc Bộ"]),
        ("Thủ trưởng các cơ quan, đơn vị thuộc, trực thuộc Bộ chịu trách nhiệm thi hành.",
         ["Cơ quan, đơn vị thuộc, trực thuộc Bộ"]),
        ("Các cơ quan, đơn vị thuộc UBND tỉnh thực hiện.", ["Cơ quan, đơn vị thuộc Ủy ban nhân dân tỉnh"]),
        ("Chánh Văn phòng UBND tỉnh, các Giám đốc Sở, Thủ trưởng các ban, ngành chịu trách nhiệm thi hành.",
         ["Văn phòng Ủy ban nhân dân tỉnh", "Sở", "Ban, ngành"]),
        ("Tổng cục trưởng các Tổng cục, Vụ trưởng các Vụ chịu trách nhiệm thi hành.", ["Tổng cục", "Vụ"]),
        ("Giao Ban Quản lý Khu kinh tế Vũng Áng Hà Tĩnh chủ trì thẩm định.",
         ["Ban Quản lý Khu kinh tế Vũng Áng Hà Tĩnh"]),
        ("Cục Hải quan Lạng Sơn và Sở Tài chính phối hợp.", ["Cục Hải quan Lạng Sơn", "Sở Tài chính"]),
        ("1. Tổng Liên đoàn Lao động Việt Nam.", ["Tổng Liên đoàn Lao động Việt Nam"]),
        ("Công đoàn cấp trên trực tiếp cơ sở hướng dẫn.", ["Công đoàn cấp trên trực tiếp cơ sở"]),
    ],
)
def test_names_written_in_full(sentence: str, expected: list[str]) -> None:
    assert body_names(sentence) == expected


def test_the_head_of_the_general_committee_is_not_its_owner() -> None:
    assert "Giám đốc" not in " ".join(body_names("các Giám đốc sở hữu nhà ở được miễn."))
    assert body_names("các Giám đốc sở hữu nhà ở được miễn.") == []


CIRCULAR = """THÔNG TƯ
Quy định về quản lý kho lưu trữ

Bộ Văn hóa quy định chi tiết việc quản lý kho lưu trữ như sau:
Điều 1. Phạm vi điều chỉnh
Thông tư này quy định việc quản lý kho lưu trữ.
Điều 2. Trách nhiệm của cơ quan, tổ chức có kho lưu trữ
1. Kiểm tra định kỳ tình trạng kho lưu trữ của mình.
2. Cục Văn thư về lưu trữ quốc gia có trách nhiệm hướng dẫn nghiệp vụ lưu trữ.
"""


def test_the_issuer_who_lays_down_the_rules_does_not_do_them(tmp_path: Path) -> None:
    tasks = rule_tasks(tmp_path, CIRCULAR)
    check = task_starting(tasks, "Kiểm tra định kỳ")
    assert check.responsible == ["Cơ quan, tổ chức có kho lưu trữ"]  # the heading's class, not Bộ Văn hóa
    guide = task_starting(tasks, "Cục Văn thư")
    assert guide.responsible == ["Cục Văn thư về lưu trữ quốc gia"]


RESOLUTION = """NGHỊ QUYẾT
về công tác đào tạo

III. Tổ chức thực hiện
1. Tổng Liên đoàn Lao động Việt Nam.
- Xây dựng chương trình đào tạo cán bộ công đoàn.
2. Công đoàn các cấp.
2.1 - Công đoàn cơ sở: tổ chức bồi dưỡng ủy viên ban chấp hành hằng năm.
"""


def test_a_heading_body_and_a_dashed_number_name_the_doers(tmp_path: Path) -> None:
    tasks = tasks_in(tmp_path, RESOLUTION)
    program = task_starting(tasks, "Xây dựng chương trình")
    assert program.responsible == ["Tổng Liên đoàn Lao động Việt Nam"]
    grassroots = task_starting(tasks, "Công đoàn cơ sở")
    assert grassroots.responsible == ["Công đoàn cơ sở"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Phối hợp với cơ quan Công an thu hồi giấy phép.", ["Cơ quan Công an"]),
        ("Cơ quan Thanh tra nơi tiếp nhận đơn có trách nhiệm trả lời.", ["Cơ quan Thanh tra"]),
        ("Cơ quan Bảo hiểm xã hội thực hiện chi trả.", ["Cơ quan Bảo hiểm xã hội"]),
        ("Hồ sơ gửi cơ quan Công an huyện nơi cư trú.", ["Công an huyện"]),
    ],
)
def test_the_class_of_a_sectors_bodies_written_without_territory(sentence: str, expected: list[str]) -> None:
    assert body_names(sentence) == expected


PARTNERS = """KẾ HOẠCH
Triển khai cho thuê đất

1. Ban Quản lý Khu kinh tế Vũng Áng chủ trì, phối hợp với Sở Tài chính, các ngành và UBND các huyện \
có liên quan xác định giá thuê đất trong quý III/2025.
2. Sở Tài chính hướng dẫn thu tiền thuê đất.
"""


def test_a_list_of_partners_goes_on_past_a_bare_class(tmp_path: Path) -> None:
    tasks = rule_tasks(tmp_path, PARTNERS)
    rent = task_starting(tasks, "Ban Quản lý")
    assert rent.responsible == ["Ban Quản lý Khu kinh tế Vũng Áng"]
    assert rent.coordinating == ["Sở Tài chính", "Ủy ban nhân dân các huyện"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Xét đề nghị của Cục Hải quan Quảng Ninh tại Công văn số 12/HQQN.", ["Cục Hải quan Quảng Ninh"]),
        ("Các LĐLĐ tỉnh, thành phố báo cáo.", ["Liên đoàn Lao động tỉnh, thành phố"]),
        ("nghị quyết của ban chấp hành tổng liên đoàn lao động việt nam", []),
    ],
)
def test_where_a_proper_name_ends(sentence: str, expected: list[str]) -> None:
    assert body_names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Chủ tịch UBND các huyện, thị xã Phú Mỹ, thành phố Bà Rịa thực hiện.",
         ["Ủy ban nhân dân các huyện, thị xã Phú Mỹ, thành phố Bà Rịa"]),
        ("Chủ tịch Ủy ban nhân dân các huyện, thành phố Tuy Hòa và thị xã Sông Cầu; Sở Y tế.",
         ["Ủy ban nhân dân các huyện, thành phố Tuy Hòa và thị xã Sông Cầu", "Sở Y tế"]),
        # a class that names no place stays as written; a council of one place lists no others
        ("UBND các huyện, thị xã, thành phố Vĩnh Long thực hiện.",
         ["Ủy ban nhân dân các huyện, thị xã, thành phố Vĩnh Long"]),
        ("UBND huyện Châu Thành, thị xã Gò Công thực hiện.", ["Ủy ban nhân dân huyện Châu Thành"]),
    ],
)
def test_a_class_of_councils_runs_through_the_places_named_next(sentence: str, expected: list[str]) -> None:
    assert body_names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Thủ trưởng các sở, ban, ngành của tỉnh thực hiện.", ["Sở, ban, ngành của tỉnh"]),
        ("Giám đốc các sở, ngành trong tỉnh; UBND huyện A thực hiện.",
         ["Sở, ngành trong tỉnh", "Ủy ban nhân dân huyện A"]),
        # (a place named in full is no level word: the class as before)
        ("Các sở, ngành của tỉnh Bình Phước thực hiện.", ["Sở, ngành"]),
    ],
)
def test_a_collective_keeps_the_place_it_serves(sentence: str, expected: list[str]) -> None:
    assert body_names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # `tổ chức` before the units, and persons after `và các` or after households, leave `Đơn vị` (R15)
        ("Thủ trưởng các tổ chức, đơn vị và các cá nhân có liên quan thi hành.", ["Đơn vị"]),
        ("Thủ trưởng các đơn vị, tổ chức và hộ gia đình, cá nhân có liên quan thi hành.", ["Đơn vị"]),
        ("Các tổ chức, cá nhân có liên quan thi hành.", []),
        # a collective marked by `liên quan`, without `các`
        ("Giám đốc Sở Y tế, Thủ trưởng Sở ngành liên quan và Chủ tịch UBND các xã thi hành.",
         ["Sở Y tế", "Sở ngành", "Ủy ban nhân dân các xã"]),
        ("Huy động toàn bộ ngành liên quan.", []),
    ],
)
def test_generic_classes_in_either_order_and_a_collective_marked_by_relevance(
        sentence: str, expected: list[str]) -> None:
    assert body_names(sentence) == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Các Bộ, cơ quan ngang Bộ, cơ quan khác ở Trung ương và UBND cấp tỉnh thực hiện.",
         ["Bộ", "Cơ quan ngang Bộ", "Cơ quan khác ở Trung ương", "Ủy ban nhân dân cấp tỉnh"]),
        ("Báo Nhân Dân và các cơ quan báo chí khác ở địa phương đưa tin.",
         ["Báo Nhân Dân", "Cơ quan báo chí khác ở địa phương"]),
    ],
)
def test_the_rest_of_a_class_of_agencies_at_a_place(sentence: str, expected: list[str]) -> None:
    assert body_names(sentence) == expected


def test_a_founded_body_and_its_unit_share_the_name_and_a_short_name_that_begins_it() -> None:
    # (the name wraps onto lower-case lines; `gọi tắt là Hội đồng` only begins the name: the full name)
    text = (
        "Điều 1. Thành lập Hội đồng và Tổ thư ký Hội đồng xét tuyển viên chức\n"
        "ngành giáo dục huyện Kim Sơn (gọi tắt là Hội đồng và Tổ thư ký) gồm các ông, bà sau:\n"
        "Điều 2. Hội đồng có nhiệm vụ tổ chức xét tuyển. Tổ thư ký Hội đồng giúp việc cho Hội đồng.\n"
        "Điều 3. Hội đồng nhân dân huyện giám sát.\n"
    )
    council = "Hội đồng xét tuyển viên chức ngành giáo dục huyện Kim Sơn"
    unit = f"Tổ thư ký {council}"
    # (Điều 1 and its short names, then Điều 2; `Hội đồng nhân dân huyện` is another body)
    expected = [council, unit, council, unit, council, unit, council, "Hội đồng nhân dân huyện"]
    assert body_names(text) == expected


def test_a_founded_body_keeps_whose_things_it_works_on() -> None:
    # (`do X quản lý` says whose the plans are, not who leads the council)
    text = (
        "Điều 1. Thành lập Hội đồng thẩm định Quy hoạch các cụm công nghiệp do\n"
        "Sở Công Thương tỉnh Ninh Bình quản lý (sau đây viết tắt là Hội\n"
        "đồng thẩm định), gồm các thành viên sau:\n"
        "Điều 2. Hội đồng thẩm định làm việc theo chế độ tập thể.\n"
    )
    council = "Hội đồng thẩm định Quy hoạch các cụm công nghiệp do Sở Công Thương tỉnh Ninh Bình quản lý"
    assert body_names(text) == [council, council, council]  # (Điều 1, its short name, Điều 2)
