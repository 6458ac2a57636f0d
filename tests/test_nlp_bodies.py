"""Body mentions resolved (nlp.bodies): coordinated lists split with exact offsets, a list's final
level word or committee shared, compound names, standing organs and a committee's apparatus
joined to their committee, and the doc's span group."""

import pytest
from nlp_fixtures import body_names, found_bodies

from policylink.nlp.bodies import find_bodies, find_body_mentions
from policylink.nlp.pipeline import vietnamese_doc


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


def test_find_bodies_fills_the_doc_span_group() -> None:
    doc = vietnamese_doc("Ban Thường vụ Tỉnh ủy yêu cầu UBND tỉnh và Sở Xây dựng thực hiện.")
    bodies = find_bodies(doc)
    spans = doc.spans["bodies"]
    assert [s.label_ for s in spans] == [b.canonical for b in bodies] == [
        "Ban Thường vụ Tỉnh ủy", "Ủy ban nhân dân tỉnh", "Sở Xây dựng"]
    assert [s.text for s in spans] == ["Ban Thường vụ Tỉnh ủy", "UBND tỉnh", "Sở Xây dựng"]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ban Thường vụ Đảng ủy xã Hồng Thái lãnh đạo thực hiện.",
         ("Ban Thường vụ Đảng ủy xã Hồng Thái", "party", "commune")),
        ("Đề nghị Ban Thường trực Ủy ban MTTQ Việt Nam huyện giám sát.",
         ("Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam huyện", "front", "district")),
        # any organ of a grassroots party committee, as of a Huyện ủy
        ("4. Uỷ ban Kiểm tra Đảng ủy đưa nội dung vào chương trình giám sát.",
         ("Ủy ban Kiểm tra Đảng ủy", "party", None)),
        ("Ban Tuyên giáo Đảng ủy xã Tân Lập hướng dẫn học tập.",
         ("Ban Tuyên giáo Đảng ủy xã Tân Lập", "party", "commune")),
    ],
)
def test_a_standing_organ_before_a_committee_is_one_body(
    sentence: str, expected: tuple[str, str, str | None]
) -> None:
    assert found_bodies(sentence) == [expected]


def _mentions(text: str) -> list[tuple[str, str]]:
    return [(b.text, b.canonical) for b in find_body_mentions(text)]


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


def test_a_distributed_list_goes_on_past_the_fields_the_gazetteer_knows() -> None:
    # a field written another way (`Giao thông Công chính`, `Lao động Thương binh và Xã hội`) is still a
    # member, up to a body of another kind (`Công an tỉnh`, a title) or the predicate
    assert body_names("Giám đốc các Sở: Tài chính, Xây dựng, Giao thông Công chính, Lao động Thương binh và "
                      "Xã hội, Giám đốc Công an tỉnh chịu trách nhiệm thi hành.") == [
        "Sở Tài chính", "Sở Xây dựng", "Sở Giao thông Công chính", "Sở Lao động Thương binh và Xã hội",
        "Công an tỉnh"]
    assert body_names("Giám đốc các sở: Nội vụ, Y tế, Công an tỉnh thi hành.") == [
        "Sở Nội vụ", "Sở Y tế", "Công an tỉnh"]


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


def test_the_standing_board_named_alone_is_a_body_and_keeps_its_committee_when_written() -> None:
    text = "Ban Thường trực Ủy ban MTTQ huyện giao Ban Phong trào tham mưu Ban Thường trực kết luận."
    assert body_names(text) == ["Ban Thường trực Ủy ban Mặt trận Tổ quốc huyện", "Ban Phong trào",
                            "Ban Thường trực"]


def test_the_election_organs_are_bodies() -> None:
    # the election law's organs receive dossiers and send lists: the national council, and a committee at
    # each level (named by its place, by `các cấp` or `cùng cấp`)
    assert found_bodies("Ủy ban bầu cử tỉnh Hà Giang gửi hồ sơ đến Hội đồng bầu cử quốc gia.") == [
        ("Ủy ban bầu cử tỉnh Hà Giang", "state", "province"),
        ("Hội đồng bầu cử quốc gia", "state", "central")]
    assert body_names("Ủy ban bầu cử các cấp niêm yết danh sách; Ủy ban Bầu cử xã tiếp nhận hồ sơ.") == [
        "Ủy ban bầu cử các cấp", "Ủy ban Bầu cử xã"]
