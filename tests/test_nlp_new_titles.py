"""Titles of documents still to be made are left unmined: no bodies, deadlines or horizons in them."""

import pytest

from policylink.ingest.model import Header, IngestedDocument
from policylink.nlp.bodies import find_body_mentions
from policylink.nlp.extract import extract
from policylink.nlp.new_titles import new_document_titles


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # the title runs over its inner commas to the phrase that continues the sentence
        ("Sở Tư pháp xây dựng Đề án tăng cường hòa giải, trợ giúp pháp lý cho các xã vùng cao đến năm "
         "2030, trình UBND tỉnh trong quý III/2025.",
         "xây dựng Đề án tăng cường hòa giải, trợ giúp pháp lý cho các xã vùng cao đến năm 2030"),
        ("Ban Tuyên giáo tham mưu ban hành Quy chế phối hợp cung cấp thông tin cho báo chí tỉnh, "
         "hoàn thành trước ngày 30/6/2025.",
         "ban hành Quy chế phối hợp cung cấp thông tin cho báo chí tỉnh"),
        # a table cell ends it
        ("1\tXây dựng và ban hành Kế hoạch chuyển đổi số cấp huyện\tPhòng Văn hóa - Thông tin huyện",
         "Xây dựng và ban hành Kế hoạch chuyển đổi số cấp huyện"),
        # a numbered document coordinated after the title is an existing one, outside it
        ("Bãi bỏ Quyết định số 7/2010/QĐ-UBND ban hành Quy chế quản lý bến xe và Quyết định số "
         "9/2011/QĐ-UBND về sửa đổi, bổ sung một số điều của Quy chế quản lý bến xe.",
         "ban hành Quy chế quản lý bến xe"),
    ],
)
def test_title_of_a_document_still_to_be_made(text: str, title: str) -> None:
    assert [text[s:e] for s, e in new_document_titles(text)] == [title]


def test_an_existing_document_is_no_new_title() -> None:
    assert new_document_titles("UBND huyện đã ban hành Quyết định số 12/QĐ-UBND ngày 2/3/2024.") == []


def test_bodies_in_a_new_title_are_not_mentions() -> None:
    text = ("Sở Nội vụ chủ trì xây dựng Đề án sắp xếp các đơn vị sự nghiệp thuộc UBND các huyện, "
            "trình UBND tỉnh trong quý IV/2025.")
    assert [b.canonical for b in find_body_mentions(text)] == ["Sở Nội vụ", "Ủy ban nhân dân tỉnh"]


def test_periods_in_a_new_title_are_no_horizons() -> None:
    text = ("1. Sở Nông nghiệp xây dựng Đề án phát triển vùng chè giai đoạn 2026 - 2030, trình UBND tỉnh "
            "trong quý II/2025.\n")
    document = IngestedDocument(source_name="x.txt", source_format="txt", content_hash="0", text=text,
                                header=Header(), sections=(), footnotes=())
    result = extract(document, "unknown/x")
    assert result.horizons == []
    assert [d.text for d in result.deadlines] == ["quý II/2025"]
