"""Places and words that are no bodies (nlp.bodies): people and roles, symbols, a law's name, a
title still to be made, the header and signature blocks, activities, digital-government words."""

import pytest
from nlp_fixtures import found_bodies

from policylink.ingest.title_block import header_zones
from policylink.nlp.bodies import find_body_mentions
from policylink.nlp.model import Body


def in_document(text: str) -> list[Body]:
    """Body mentions of `text` read as a document: its header zones as ingestion finds them."""
    return find_body_mentions(text, header_zones(text))


@pytest.mark.parametrize(
    "sentence",
    [
        "Người đứng đầu chịu trách nhiệm trước cán bộ, đảng viên.",
        "Các đồng chí Tỉnh ủy viên dự họp.",
        "Đồng chí Bí thư Tỉnh ủy phát biểu.",
        "Cán bộ, đảng viên, doanh nghiệp và Nhân dân đồng thuận.",
        "Phát triển kinh tế của địa phương, của ngành.",
        "Căn cứ Nghị quyết số 55-KL/TU và Nghị quyết số 06-NQ/TW.",
        "Xây dựng “Đề án phát triển đô thị của UBND tỉnh giai đoạn 2025-2030”.",
    ],
)
def test_non_bodies_are_excluded(sentence: str) -> None:
    assert find_body_mentions(sentence) == []


@pytest.mark.parametrize(
    "text",
    [
        # header block above the type line and signature block are described by the header fields
        "ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\nSố: 12/KH-UBND\n\nKẾ HOẠCH\nvề chuyển đổi số\n",
        "nội dung.\n\nTM. ỦY BAN NHÂN DÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\nTrần Văn A",
        "nội dung.\n\nT/M BAN THƯỜNG VỤ\nBÍ THƯ\n\nLê Văn B",
        # document symbols, words in a law's name, the title of a document still to be made
        "theo Quyết định số 12/QĐ-UBND và Nghị quyết số 3/2023/NQ-HĐND",
        "Căn cứ Luật Tổ chức Chính phủ và Luật Tổ chức chính quyền địa phương;",
        "đưa vào Báo cáo chính trị của Ban Chấp hành Đảng bộ tỉnh khóa XX trình Đại hội",
        "trên cơ sở Quy hoạch tỉnh và Cổng Thông tin điện tử tỉnh",
    ],
)
def test_unannotated_places(text: str) -> None:
    assert in_document(text) == []


def test_title_block_after_the_type_line_is_annotated() -> None:
    text = ("ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\nSố: 5/QĐ-UBND\n\nQUYẾT ĐỊNH\n\n"
            "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH HÀ NAM\n")
    (body,) = in_document(text)
    assert body.canonical.lower() == "ủy ban nhân dân tỉnh hà nam"


@pytest.mark.parametrize(
    "text",
    [
        "đổi mới sinh hoạt chi bộ, sinh hoạt đảng ủy",
        "cơ quan trung ương và địa phương; Hội nghị Trung ương 8 khóa XIII",
        # a Công văn's header ends at its `V/v` line
        "UBND TỈNH THÁI BÌNH\nSỞ NỘI VỤ\nSố: 45/SNV-CCVC\nV/v rà soát biên chế\n",
    ],
)
def test_activities_adjectives_and_a_letter_header_are_no_bodies(text: str) -> None:
    assert in_document(text) == []


def test_digital_government_concepts_are_no_bodies_but_a_number_or_verb_after_is() -> None:
    assert found_bodies("Phát triển chính quyền số: Chính phủ số và xã hội số.") == []
    assert found_bodies("xây dựng Chính phủ điện tử, chính quyền điện tử") == []
    assert [b.canonical for b in find_body_mentions("UBND tỉnh số hóa hồ sơ.")] == ["Ủy ban nhân dân tỉnh"]


def test_the_issuer_of_a_cited_document_inside_a_new_title_is_a_body() -> None:
    text = ("Ủy ban nhân dân tỉnh Hòa Bình ban hành Quyết định bãi bỏ Quyết định số 12/2019/QĐ-UBND ngày "
            "05/3/2019 của UBND tỉnh Hòa Bình quy định về quản lý chợ.")
    assert [b.canonical for b in find_body_mentions(text)] == ["Ủy ban nhân dân tỉnh Hòa Bình"] * 2
