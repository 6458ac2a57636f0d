"""Checking a draft's citations with the real Vietnamese pipeline against the shipped registry."""

from graph_fixtures import known, registry_records

from policylink.graph.check import canonical_line, check_text, same_body, type_of_key
from policylink.graph.resolve import Catalogue

DRAFT = """Căn cứ Nghị quyết số 113-NQ/TU ngày 12/7/2016 của Tỉnh ủy về phát triển kết cấu hạ tầng giao thông;
Thực hiện Kết luận số 72-KL/TƯ ngày 23/02/2024 của Bộ Chính trị;
Thực hiện Chỉ thị số 55-KL/TU ngày 07/3/2021 của Ban Thường vụ Tỉnh ủy;
Thực hiện Kết luận số 103/KL-TU ngày 09/6/2021 của Ban Chấp hành Đảng bộ tỉnh;
Thực hiện Kế hoạch số 99-KH/TU ngày 01/02/2023 của Ban Thường vụ Tỉnh ủy;
Thực hiện Nghị quyết số 13-NQ/TW ngày 16/01/2011 của Ban Chấp hành Trung ương Đảng khóa XI;
"""


def _checks(text=DRAFT, records=None, jurisdiction="Bắc Giang"):
    checks = check_text(text, jurisdiction, Catalogue(records or registry_records()))
    return {c.key: c for c in checks}


def _fields(check):
    return {(p.field, p.stated, p.expected) for p in check.problems}


def test_wrong_date_is_flagged_with_the_right_date_and_canonical_line():
    check = _checks()["113-NQ/TU"]
    assert (check.status, check.document_id) == ("known", "bac-giang/113-NQ/TU/2016")
    assert _fields(check) == {("date", "2016-07-12", "2016-07-22")}
    assert "đúng là ngày 22/7/2016" in check.problems[0].message
    assert check.canonical == (
        "Nghị quyết số 113-NQ/TU ngày 22/7/2016 về phát triển kết cấu hạ tầng giao thông "
        "giai đoạn 2016-2020 và định hướng đến năm 2030"
    )


def test_wrong_year_still_finds_the_document_by_key_and_suggests_its_date():
    check = _checks()["13-NQ/TW"]
    assert (check.status, check.document_id) == ("known", "tw/13-NQ/TW/2012")
    assert _fields(check) == {("date", "2011-01-16", "2012-01-16")}


def test_slips_in_symbol_type_and_issuer_are_flagged():
    checks = _checks()
    assert _fields(checks["72-KL/TW"]) == {("key_form", "TƯ", "TW")}
    assert _fields(checks["55-KL/TU"]) == {("doc_type", "Chỉ thị", "Kết luận")}
    slipped = checks["103/KL-TU"]
    assert slipped.document_id == "bac-giang/103-KL/TU/2021"
    assert _fields(slipped) == {
        ("key_form", "103/KL-TU", "103-KL/TU"),
        ("issuer", "Ban Chấp hành Đảng bộ tỉnh", "Ban Thường vụ Tỉnh ủy"),
    }


def test_unknown_and_ambiguous_citations():
    assert _checks()["99-KH/TU"].status == "unknown"
    assert _checks()["99-KH/TU"].problems == []
    slipped = _checks("Thực hiện Chỉ thị số 98-KH/TU ngày 01/02/2023 của Ban Thường vụ Tỉnh ủy.")["98-KH/TU"]
    assert slipped.status == "unknown"
    assert _fields(slipped) == {("doc_type", "Chỉ thị", "Kế hoạch")}
    two = [
        *registry_records(),
        known("tw/06-NQ/TW/2016", "06-NQ/TW", "2016-11-05", doc_type="Nghị quyết"),
    ]
    check = _checks("Thực hiện Nghị quyết số 06-NQ/TW của Bộ Chính trị.", two)["06-NQ/TW"]
    assert check.status == "ambiguous"
    assert check.candidates == ("tw/06-NQ/TW/2016", "tw/06-NQ/TW/2022")
    assert check.canonical is None


def test_local_key_without_a_place_is_not_looked_up_elsewhere():
    check = _checks(jurisdiction=None)["113-NQ/TU"]
    assert (check.status, check.document_id) == ("unknown", None)
    assert check.note


def test_canonical_line_leaves_out_unknown_parts_and_helpers():
    record = known("bac-giang/5-CT/TU/2020", "5-CT/TU", None, issuer="Ban Thường vụ Tỉnh ủy")
    assert canonical_line(record) == "Chỉ thị số 5-CT/TU của Ban Thường vụ Tỉnh ủy"
    assert type_of_key("30/2020/NĐ-CP") == "Nghị định"
    assert same_body("Tỉnh uỷ Bắc Giang", "Ban Chấp hành Đảng bộ tỉnh")
    assert not same_body("Ban Thường vụ Tỉnh ủy", "Tỉnh ủy")


def test_canonical_line_ends_with_the_cited_title():
    record = known("ha-nam/09-NQ/TU/2025", "09-NQ/TU", "2025-09-01", doc_type="Nghị quyết", issuer="Tỉnh ủy",
                   title="về phát triển du lịch, Ban Chấp hành Đảng bộ tỉnh quyết nghị:")
    assert canonical_line(record) == "Nghị quyết số 09-NQ/TU ngày 1/9/2025 của Tỉnh ủy về phát triển du lịch"
