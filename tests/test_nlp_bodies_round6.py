"""Body rules of round 6: inner commas in field names, shared heads over `;` lists, relative
levels, a committee's apparatus (`Cơ quan ...`), units that act, broadcasters and bank branches."""

import pytest
from nlp_fixtures import body_names
from policylink.nlp.bodies import find_body_mentions


def _mentions(text: str) -> list[tuple[str, str]]:
    return [(b.text, b.canonical) for b in find_body_mentions(text)]


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


def test_a_list_of_separate_bodies_is_still_split_at_its_commas() -> None:
    assert body_names("Cục Hải quan Lạng Sơn, Công an tỉnh và Sở Tài chính kiểm tra hàng hóa.") == [
        "Cục Hải quan Lạng Sơn", "Công an tỉnh", "Sở Tài chính"]
    assert body_names("Trường Cao đẳng Y tế, Sở Y tế và Sở Nội vụ rà soát.") == [
        "Trường Cao đẳng Y tế", "Sở Y tế", "Sở Nội vụ"]


def test_a_shared_head_over_fields_separated_by_semicolons_gives_one_body_per_field() -> None:
    text = "Giám đốc các sở: Giáo dục và Đào tạo; Văn hóa, Thể thao và Du lịch; Y tế chịu trách nhiệm."
    assert _mentions(text) == [
        ("Giáo dục và Đào tạo", "Sở Giáo dục và Đào tạo"),
        ("Văn hóa, Thể thao và Du lịch", "Sở Văn hóa, Thể thao và Du lịch"),
        ("Y tế", "Sở Y tế"),
    ]


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


def test_the_standing_board_of_the_central_front_committee_is_one_body() -> None:
    bodies = find_body_mentions("báo cáo Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam.")
    assert [(b.canonical, b.kind, b.level) for b in bodies] == [
        ("Ban Thường trực Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "front", "central")]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Các phòng nghiệp vụ thuộc Cơ quan Ủy ban Kiểm tra Huyện ủy tham mưu.",
         ["Phòng nghiệp vụ thuộc Cơ quan Ủy ban Kiểm tra Huyện ủy"]),
        ("1. Các ban, đơn vị thuộc Cơ quan Ủy ban MTTQ huyện",
         ["Ban, đơn vị thuộc Cơ quan Ủy ban Mặt trận Tổ quốc huyện"]),
        ("Văn phòng Cơ quan Ủy ban MTTQ huyện tổng hợp kết quả.",
         ["Văn phòng Cơ quan Ủy ban Mặt trận Tổ quốc huyện"]),
    ],
)
def test_a_unit_of_a_committees_apparatus_is_one_compound_mention(
    sentence: str, expected: list[str]
) -> None:
    assert body_names(sentence) == expected


def test_the_apparatus_does_not_reach_back_into_the_mention_before() -> None:
    assert _mentions("Các cơ quan, đơn vị thuộc Cơ quan Huyện ủy rà soát.") == [
        ("Các cơ quan, đơn vị", "Cơ quan, đơn vị"), ("Cơ quan Huyện ủy", "Cơ quan Huyện ủy")]


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


def test_the_standing_board_named_alone_is_a_body_and_keeps_its_committee_when_written() -> None:
    text = "Ban Thường trực Ủy ban MTTQ huyện giao Ban Phong trào tham mưu Ban Thường trực kết luận."
    assert body_names(text) == ["Ban Thường trực Ủy ban Mặt trận Tổ quốc huyện", "Ban Phong trào",
                            "Ban Thường trực"]
