"""Body rules of round 5: bloc committees, subordinate classes, proper names after an institution
word, a ministry's department at a level, inspectorates, mass organisations with a name."""

import pytest
from nlp_fixtures import body_names, found_bodies


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


def test_bloc_level_comes_from_the_bloc() -> None:
    assert found_bodies("Đảng ủy Khối các cơ quan Trung ương kiểm tra.") == [
        ("Đảng ủy Khối các cơ quan Trung ương", "party", "central")]
    assert found_bodies("Ban Chấp hành Đảng bộ Khối doanh nghiệp tỉnh họp.") == [
        ("Ban Chấp hành Đảng bộ Khối doanh nghiệp tỉnh", "party", "province")]


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
        # without a level word a `Cục` names a central department not in the gazetteer: left out
        ("Cục Quản lý thị trường kiểm tra các cửa hàng.", []),
        # the inspectorate of a state body; a ministry takes no level word from the list
        ("Thanh tra Bộ Tài chính, Thanh tra Chính phủ và Thanh tra tỉnh kiểm tra.",
         [("Thanh tra Bộ Tài chính", "state", "central"),
          ("Thanh tra Chính phủ", "state", "central"), ("Thanh tra tỉnh", "state", "province")]),
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
