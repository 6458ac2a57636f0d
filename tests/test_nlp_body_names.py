"""Canonical body names (nlp.body_names): abbreviations written out, tone styles alike, determiners
and `có liên quan` dropped, capitals not shouted, the level a bloc gives."""

import pytest
from nlp_fixtures import found_bodies

from policylink.nlp.bodies import find_body_mentions
from policylink.nlp.body_names import canonical_name
from policylink.nlp.body_rules import body_rules


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


def test_leading_determiner_and_trailing_related_are_dropped_from_canonical() -> None:
    (body,) = find_body_mentions("phối hợp với các cơ quan, đơn vị có liên quan theo dõi")
    assert body.text == "các cơ quan, đơn vị có liên quan"
    assert body.canonical == "Cơ quan, đơn vị"


def test_a_dash_inside_a_name_is_kept_as_written() -> None:
    # (GUIDELINES, canonical: the rest as written)
    assert canonical_name("Sở Văn hóa-Thể thao") == "Sở Văn hóa-Thể thao"
    assert canonical_name("các Sở Văn hóa - Thể thao") == "Sở Văn hóa - Thể thao"
    assert canonical_name("UBND các quận-huyện") == "Ủy ban nhân dân các quận-huyện"


def test_canonical_of_a_heading_in_capitals_is_not_shouted() -> None:
    assert canonical_name("BAN THƯỜNG VỤ TỈNH ỦY").lower() == "ban thường vụ tỉnh ủy"
    assert canonical_name("BAN THƯỜNG VỤ TỈNH ỦY")[1:].islower()


def test_bloc_level_comes_from_the_bloc() -> None:
    assert found_bodies("Đảng ủy Khối các cơ quan Trung ương kiểm tra.") == [
        ("Đảng ủy Khối các cơ quan Trung ương", "party", "central")]
    assert found_bodies("Ban Chấp hành Đảng bộ Khối doanh nghiệp tỉnh họp.") == [
        ("Ban Chấp hành Đảng bộ Khối doanh nghiệp tỉnh", "party", "province")]


def test_a_bounded_rule_finds_what_its_bounded_pattern_finds() -> None:
    """nlp.body_rules.Bounded looks without the bounds first: the same matches, in order, with the
    look-alikes inside a symbol (`QĐ-UBND`) or a word left out."""
    text = ("Số 12/QĐ-UBND của UBND tỉnh; Sở Tài chính, Sở Nội vụ và xUBND huyện phối hợp với "
            "Ủy ban nhân dân huyện, Ban Thường vụ Tỉnh ủy.")
    rules = body_rules()
    for rule in (*rules.names, rules.organ_with_committee, rules.fields, rules.bare_committee):
        assert [m.span() for m in rule.finditer(text)] == [m.span() for m in rule.pattern.finditer(text)]
    starts = {m.start() for rule in rules.names for m in rule.finditer(text)}
    symbol = text.index("QĐ-UBND")
    assert text.index("UBND tỉnh") in starts
    assert not [s for s in starts if symbol <= s < symbol + len("QĐ-UBND") or text[s - 1 : s] == "x"]


@pytest.mark.parametrize("sentence, names", [
    ("Cục trưởng Cục Quản lý giá và Thủ trưởng các cơ quan liên quan chịu trách nhiệm thi hành.",
     ["Cục Quản lý giá", "Cơ quan"]),
    ("Vụ trưởng Vụ Tổ chức cán bộ và Giám đốc Sở Nội vụ chịu trách nhiệm thi hành.",
     ["Vụ Tổ chức cán bộ", "Sở Nội vụ"]),
    ("Cục trưởng Cục Thống kê và Thủ\ntrưởng các đơn vị liên quan chịu trách nhiệm thi hành.",
     ["Cục Thống kê", "Đơn vị"]),
])
def test_a_name_ends_before_an_office_holders_title_after_va(sentence: str, names: list[str]) -> None:
    assert [b.canonical for b in find_body_mentions(sentence)] == names


def test_va_still_joins_the_words_of_one_name() -> None:
    assert [b.canonical for b in find_body_mentions("Vụ Kế hoạch và Tài chính chủ trì.")] == [
        "Vụ Kế hoạch và Tài chính"]


@pytest.mark.parametrize("sentence, name", [
    ("Đơn vị quản lý kho dự trữ có trách\nnhiệm kiểm kê hằng năm.", "Đơn vị quản lý kho dự trữ"),
    ("Cơ quan quản lý cấp trên trực tiếp phải có trách nhiệm đôn đốc.", "Cơ quan quản lý cấp trên trực tiếp"),
])
def test_a_described_head_is_closed_by_its_duty_across_a_wrap_or_after_phai(sentence: str, name: str) -> None:
    assert [b.canonical for b in find_body_mentions(sentence)] == [name]


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        ("Ban Thường trực Ủy ban Mặt trận Tổ quốc (MTTQ) Việt Nam phường Hà Đông ban hành kế hoạch.",
         ["Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam phường Hà Đông"]),
        ("Hội đồng nhân dân (HĐND) huyện Gia Lâm giám sát.", ["Hội đồng nhân dân huyện Gia Lâm"]),
        ("Ủy ban nhân dân (UBND) tỉnh Nam Định chỉ đạo.", ["Ủy ban nhân dân tỉnh Nam Định"]),
        # (the name ends before the bracket: the alias is a mention of its own)
        ("Giao Ủy ban nhân dân (UBND) chủ trì.", ["Ủy ban nhân dân", "Ủy ban nhân dân"]),
    ],
)
def test_an_alias_defined_inside_a_name_leaves_one_name(sentence: str, names: list[str]) -> None:
    assert [b.canonical for b in find_body_mentions(sentence)] == names


def test_initials_that_spell_other_words_are_no_alias_inside_the_name() -> None:
    bodies = find_body_mentions("Ủy ban nhân dân (BTC) tỉnh Nam Định chỉ đạo.")
    assert bodies[0].canonical == "Ủy ban nhân dân"


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # the Front's board of a village or residential area, by name and by initials
        ("Giao Ban Công tác Mặt trận thôn Đông Hải rà soát.", ["Ban Công tác Mặt trận thôn Đông Hải"]),
        ("Kiểm tra việc Ban CTMT khu dân cư số 2 tổ chức hội nghị.", ["Ban Công tác Mặt trận khu dân cư"]),
        # a class of places inside the territory that holds them: one name as printed
        ("Ủy ban nhân dân các xã trên địa bàn huyện Gia Lâm báo cáo.",
         ["Ủy ban nhân dân các xã trên địa bàn huyện Gia Lâm"]),
        # the standing vice-chair stands for the committee, not its `Thường trực`
        ("Đồng chí Phó Chủ tịch Thường trực Ủy ban MTTQ phường trực tiếp chỉ đạo.",
         ["Ủy ban Mặt trận Tổ quốc phường"]),
        ("Thường trực Ủy ban MTTQ tỉnh chỉ đạo.", ["Thường trực Ủy ban Mặt trận Tổ quốc tỉnh"]),
        # staff stand for the apparatus they belong to (RULINGS R2)
        ("Phối hợp: các chuyên viên cơ quan Ủy ban MTTQ huyện.", ["Cơ quan Ủy ban Mặt trận Tổ quốc huyện"]),
    ],
)
def test_front_boards_titles_and_staff(sentence: str, names: list[str]) -> None:
    assert [b.canonical for b in find_body_mentions(sentence)] == names
