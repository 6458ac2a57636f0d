"""Bodies of a recipients block (`Nơi nhận:`), on lists of our own (issue 12): offices named by
`Văn phòng` + a name, portals, press agencies and departments written out or abbreviated (the
gazetteer's abbreviations expand them), long department names closed by their item, and a standing
organ written once before a colon (`Thường trực: Tỉnh ủy, HĐND tỉnh`, dev H9)."""

import pytest
from nlp_fixtures import body_names, found_bodies

from policylink.nlp.bodies import find_body_mentions


def _recipients(*items: str) -> str:
    return "Nơi nhận:\n" + "\n".join(f"- {item};" for item in items) + "\n- Lưu: VT."


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        # `Văn phòng` + a body or an office-holder is the office, not the body it serves
        ("Văn phòng Quốc hội", ["Văn phòng Quốc hội"]),
        ("Văn phòng Chủ tịch nước", ["Văn phòng Chủ tịch nước"]),
        ("Văn phòng Tổng Bí thư", ["Văn phòng Tổng Bí thư"]),
        ("Văn phòng Bộ Xây dựng", ["Văn phòng Bộ Xây dựng"]),
        ("Văn phòng Ban chỉ đạo phòng chống thiên tai quốc gia",
         ["Văn phòng Ban chỉ đạo phòng chống thiên tai quốc gia"]),
        # abbreviations, whole or in part
        ("VPCP", ["Văn phòng Chính phủ"]),
        ("VP Chính phủ", ["Văn phòng Chính phủ"]),
        ("VP UBND TP", ["Văn phòng Ủy ban nhân dân thành phố"]),
        ("TTXVN, Đài TNVN, Đài THVN",
         ["Thông tấn xã Việt Nam", "Đài Tiếng nói Việt Nam", "Đài Truyền hình Việt Nam"]),
        ("Cục KSTTHC", ["Cục Kiểm soát thủ tục hành chính"]),
        ("Cục Kiểm soát TTHC", ["Cục Kiểm soát thủ tục hành chính"]),
        # the code of the body it belongs to, after a dash, closes the unit's name
        ("Cục Kiểm soát TTHC-VPCP", ["Cục Kiểm soát thủ tục hành chính"]),
        ("Công báo TP", ["Công báo thành phố"]),
        ("UBMTTQVN thành phố", ["Ủy ban Mặt trận Tổ quốc Việt Nam thành phố"]),
        ("TAND thành phố Hà Nội, VKSND tỉnh Hà Tĩnh",
         ["Tòa án nhân dân thành phố Hà Nội", "Viện kiểm sát nhân dân tỉnh Hà Tĩnh"]),
        ("Ủy ban MTTQVN thành phố Đà Nẵng", ["Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Đà Nẵng"]),
        # portals, by a name or by their level alone
        ("Cổng TTĐT Chính phủ", ["Cổng thông tin điện tử Chính phủ"]),
        ("Cổng thông tin điện tử Hải quan", ["Cổng thông tin điện tử Hải quan"]),
        ("Cổng Thông tin điện tử tỉnh", ["Cổng Thông tin điện tử tỉnh"]),
        # a long name with `và` and a capitalised word runs to its item's end or its parent
        ("Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính - Bộ Tư pháp",
         ["Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính", "Bộ Tư pháp"]),
        ("Cục Kiểm tra văn bản và QLXLVPHC (Bộ Tư pháp)",
         ["Cục Kiểm tra văn bản và quản lý xử lý vi phạm hành chính", "Bộ Tư pháp"]),
        # a standing organ before a colon heads each body of its item, and gives none of its own
        ("Thường trực: Tỉnh ủy, HĐND tỉnh", ["Thường trực Tỉnh ủy", "Thường trực Hội đồng nhân dân tỉnh"]),
    ],
)
def test_recipient_items(item: str, expected: list[str]) -> None:
    assert body_names(_recipients(item)) == expected


def test_the_shared_organ_stops_at_its_item() -> None:
    names = body_names(_recipients("Thường trực: Thành ủy, HĐND", "UBND các phường", "Sở Y tế"))
    assert names == ["Thường trực Thành ủy", "Thường trực Hội đồng nhân dân", "Ủy ban nhân dân các phường",
                     "Sở Y tế"]


def test_a_body_after_a_joint_is_not_swallowed() -> None:
    assert body_names("Cục Thuế và Kho bạc Nhà nước huyện phối hợp thực hiện.") == [
        "Cục Thuế", "Kho bạc Nhà nước huyện"]


def test_a_proper_name_followed_by_its_predicate_still_ends_the_name() -> None:
    assert body_names("Thông tấn xã Việt Nam đưa tin về sự kiện.") == ["Thông tấn xã Việt Nam"]


def test_a_portal_named_by_its_level_in_running_text_is_no_recipient() -> None:
    assert body_names("Kết quả được đăng trên Cổng thông tin điện tử tỉnh.") == []


def test_an_office_is_a_state_body() -> None:
    assert found_bodies(_recipients("Văn phòng Quốc hội"))[0][:2] == ("Văn phòng Quốc hội", "state")


def test_an_office_of_a_named_body_ends_with_that_body_before_its_predicate() -> None:
    assert body_names("Văn phòng Tỉnh ủy tổng hợp số liệu, báo cáo.") == ["Văn phòng Tỉnh ủy"]


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        # the head of a council's office stands for the office (RULINGS R2, R4)
        ("CVP UBND tỉnh", ["Văn phòng Ủy ban nhân dân tỉnh"]),
        ("Các PCVP UBND TP", ["Văn phòng Ủy ban nhân dân thành phố"]),
        ("Chủ tịch UBND tỉnh", ["Ủy ban nhân dân tỉnh"]),
        # a ministry's departments below it, and the national gazette
        ("Chi cục Kiểm định Hải quan", ["Chi cục Kiểm định Hải quan"]),
        ("Tổng cục Hải quan", ["Tổng cục Hải quan"]),
        ("Công báo", ["Công báo"]),
        ("Cục Kiểm tra VB và Quản lý XL VPHC",
         ["Cục Kiểm tra văn bản và Quản lý xử lý vi phạm hành chính"]),
        ("Ủy ban MTTQVN tỉnh", ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"]),
    ],
)
def test_office_heads_departments_and_the_gazette(item: str, expected: list[str]) -> None:
    assert body_names(_recipients(item)) == expected


def test_a_committee_of_the_national_assembly_is_one_body() -> None:
    assert body_names("Ủy ban Dân nguyện và Giám sát Quốc hội khóa XV, Ủy ban Công tác đại biểu của Quốc hội "
                      "và Quốc hội.") == ["Ủy ban Dân nguyện và Giám sát Quốc hội",
                                          "Ủy ban Công tác đại biểu của Quốc hội", "Quốc hội"]


def test_an_organs_abbreviation_with_a_dot_heads_the_body_after_it() -> None:
    text = "Nơi nhận:\n- TT.HU, TT. HĐND huyện;\n- VP.UBND huyện;\n- Lưu: VT."
    assert body_names(text) == [
        "Thường trực Huyện ủy", "Thường trực Hội đồng nhân dân huyện", "Văn phòng Ủy ban nhân dân huyện"]


@pytest.mark.parametrize(("jurisdiction", "committee"), [
    ("Hải Phòng", "Thành ủy"), ("Đà Nẵng", "Thành ủy"), ("Hồ Chí Minh", "Thành ủy"), ("Quảng Trị", "Tỉnh ủy"),
])
def test_tu_names_a_central_citys_party_committee(jurisdiction: str, committee: str) -> None:
    text = _recipients("BTV TU, TT. HĐND TP", "Văn phòng TU")
    canonicals = [b.canonical for b in find_body_mentions(text, jurisdiction=jurisdiction)]
    assert canonicals[0] == f"Ban Thường vụ {committee}"
    assert f"Văn phòng {committee}" in canonicals


def test_a_standing_head_goes_to_each_council_of_its_item_but_not_to_a_class_of_places() -> None:
    text = _recipients("TT. Thành ủy, HĐND thành phố", "Thường trực HĐND, UBND tỉnh Quảng Trị",
                       "Thường trực HĐND, UBND các phường, xã", "TT. HĐND thành phố, UBND thành phố")
    assert [b.canonical for b in find_body_mentions(text)] == [
        "Thường trực Thành ủy", "Thường trực Hội đồng nhân dân thành phố",
        "Thường trực Hội đồng nhân dân tỉnh Quảng Trị", "Thường trực Ủy ban nhân dân tỉnh Quảng Trị",
        "Thường trực Hội đồng nhân dân", "Ủy ban nhân dân các phường, xã",
        "Thường trực Hội đồng nhân dân thành phố", "Ủy ban nhân dân thành phố"]
