"""Numbered mentions: number and symbol forms, several numbers under one type or one symbol, laws
named before their number, abbreviated type words, short back-references (nlp.citation_numbers)."""

import pytest
from citation_fixtures import cite, cited


@pytest.mark.parametrize(
    ("text", "key", "date"),
    [
        ("Thực hiện Kết luận số 55-KL/TU ngày 07/3/2021 của Ban Thường vụ.", "55-KL/TU", "2021-03-07"),
        ("theo Nghị định số 30/2020/NĐ-CP ngày 05/3/2020 của Chính phủ", "30/2020/NĐ-CP", "2020-03-05"),
        ("theo Quyết định 1234/QĐ-UBND ngày 7-3-2021 của UBND tỉnh", "1234/QĐ-UBND", "2021-03-07"),
        ("tại Kế hoạch số 25/KH-UBND ngày 7 tháng 3 năm 2021", "25/KH-UBND", "2021-03-07"),
        ("Nghị quyết số 19-NQ/TƯ ngày 16 tháng 6 năm 2022 của Ban Chấp hành", "19-NQ/TW", "2022-06-16"),
        ("theo Chỉ thị số 05 - CT/TW của Bộ Chính trị", "05-CT/TW", None),
        ("theo Quy định số 08-QĐi/TU, ngày 10/5/2019", "08-QĐi/TU", "2019-05-10"),
        ("Công văn số: 2987-CV/TU ngày 11/4/2024", "2987-CV/TU", "2024-04-11"),
        ("theo Kế hoạch số 12/KH–UBND ngày 1/2/2024", "12/KH-UBND", "2024-02-01"),
    ],
)
def test_numbered_key_and_date(text: str, key: str, date: str | None) -> None:
    assert [(c.key, c.date) for c in cited(text)] == [(key, date)]


def test_list_of_numbers_under_one_type() -> None:
    found = cite("các Nghị định số 101/2024/NĐ-CP, 102/2024/NĐ-CP và số 103/2024/NĐ-CP của Chính phủ")
    assert [c.key for c in found] == ["101/2024/NĐ-CP", "102/2024/NĐ-CP", "103/2024/NĐ-CP"]
    assert {c.doc_type for c in found} == {"Nghị định"}


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # a short back-reference takes the key of the full mention, without its date
        ("Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị. Quán triệt Nghị quyết 57.",
         [("57-NQ/TW", "2024-12-22"), ("57-NQ/TW", None)]),
        ("Sơ kết Chỉ thị số 07-CT/TU ngày 3/3/2022; sau đó tổng kết Chỉ thị 7 trong năm 2025.",
         [("07-CT/TU", "2022-03-03"), ("07-CT/TU", None)]),
        ("theo Quy định 37 và Quy định số 37-QĐ/TW ngày 25/10/2021",
         [("37-QĐ/TW", None), ("37-QĐ/TW", "2021-10-25")]),
        # no full mention: a bare number is no citation
        ("Đã tổ chức Hội nghị 18 lần; Nghị quyết 18 chưa được ban hành.", []),
        # abbreviated type words before `số` and a number
        ("theo QĐ số 1234/QĐ-UBND ngày 2/3/2023 và NQ số 05-NQ/TU",
         [("1234/QĐ-UBND", "2023-03-02"), ("05-NQ/TU", None)]),
        # the rarer type words Thông tri and Công điện
        ("Thực hiện Thông tri số 02-TT/TW và Công điện số 05/CĐ-TTg",
         [("02-TT/TW", None), ("05/CĐ-TTg", None)]),
    ],
)
def test_back_references_and_numbered_forms(text: str, keys: list[tuple[str, str | None]]) -> None:
    assert [(c.key, c.date) for c in cited(text)] == keys


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # numbers sharing one symbol are one document each
        ("Thực hiện Nghị quyết số 18, 19-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương",
         ["18-NQ/TW", "19-NQ/TW"]),
        ("theo các Kết luận số 01 và 02-KL/TW của Bộ Chính trị", ["01-KL/TW", "02-KL/TW"]),
        ("Căn cứ Quyết định số 12, 13 và 14/QĐ-UBND của UBND tỉnh;",
         ["12/QĐ-UBND", "13/QĐ-UBND", "14/QĐ-UBND"]),
        # a law name holding function words, before its number
        ("Căn cứ Luật Phòng, chống tác hại của rượu, bia số 44/2019/QH14;", ["44/2019/QH14"]),
        # lower-case type words with a number, and official letters
        ("Thực hiện kế hoạch số 30-KH/HU ngày 2/3/2023 của Huyện ủy, các chi bộ", ["30-KH/HU"]),
        ("Theo Văn bản số 1234/UBND-KT ngày 5/6/2024 của UBND tỉnh về việc rà soát", ["1234/UBND-KT"]),
    ],
)
def test_harder_numbered_forms(text: str, keys: list[str]) -> None:
    assert [" ".join(c.key.split()) for c in cited(text)] == keys


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # `pháp luật` ends the name; it is no second law
        ("Căn cứ Luật Ban hành văn bản quy phạm pháp luật số 64/2025/QH15;", "64/2025/QH15"),
        # a verb-type word (`hướng dẫn`) before a law named with its number is no document
        ("Thông tư số 05/2022/TT-BXD hướng dẫn Luật Nhà ở số 27/2023/QH15.", "27/2023/QH15"),
    ],
)
def test_a_law_named_with_its_number_is_one_citation(text: str, key: str) -> None:
    found = cite(text)
    assert [c.key for c in found if c.key == key or "QH" in c.key] == [key]


@pytest.mark.parametrize(
    "text",
    [
        # `và số B` after a date, no punctuation before it
        "Căn cứ các Nghị định của Chính phủ: số 63/2010/NĐ-CP ngày 08/6/2010 về kiểm soát thủ tục; "
        "số 48/2013/NĐ-CP ngày 14/5/2013 và số 92/2017/NĐ-CP ngày 07/8/2017 sửa đổi, bổ sung một số điều;",
        # the first number right after the shared type and its issuer, no colon
        "Căn cứ các Thông tư của Bộ Tài chính số 63/2010/TT-BTC ngày 08/6/2010 về phí; số 48/2013/TT-BTC "
        "ngày 14/5/2013 và số 92/2017/TT-BTC ngày 07/8/2017 về lệ phí;",
    ],
)
def test_numbers_listed_under_a_shared_type_without_punctuation(text: str) -> None:
    assert [c.key.split("/")[0] for c in cite(text)] == ["63", "48", "92"]


def test_a_bare_number_after_a_word_is_no_listed_mention() -> None:
    assert cite("Có tổng số 12/15 xã đạt chuẩn và số 3/5 huyện hoàn thành.") == []


def test_a_dot_joined_code_stays_in_the_symbol() -> None:
    (found,) = cite("Trả lời công văn số 545/CCTKV.VIII-NV ngày 2/6/2025 của Chi cục Thuế khu vực VIII.")
    assert found.key == "545/CCTKV.VIII-NV"
    for text in ("Theo Quyết định số 12/QĐ-UBND. Các sở báo cáo.", "Theo Quyết định số 12/QĐ-UBND.Các sở"):
        (ended,) = cite(text)
        assert ended.key == "12/QĐ-UBND"


def test_a_symbol_ends_with_its_table_cell() -> None:
    text = "1\tCấp phép\tNghị định số 62/2025/NĐ-CP\t- Trung tâm Phục vụ hành chính công tỉnh"
    assert [c.key for c in cite(text)] == ["62/2025/NĐ-CP"]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Căn cứ Thông tư liên tịch số 52/2011/TTLT / BNV-BTC ngày 3/5/2011;", "52/2011/TTLT/BNV-BTC"),
        ("Xét Tờ trình số 812/TTr. STP ngày 2 tháng 4 năm 2012 của Sở Tư pháp;", "812/TTr.STP"),
    ],
)
def test_a_printed_slash_or_dot_inside_a_symbol_is_kept_without_spaces(text: str, key: str) -> None:
    assert [c.key for c in cited(text)] == [key]


def test_a_dot_printed_for_the_hyphen_takes_the_key_the_text_writes_with_it() -> None:
    text = ("Căn cứ Quyết định số 41/2012/QĐ-UBND ngày 9/7/2012 của UBND tỉnh; nay sửa đổi khoản 2 Điều 3 "
            "Quyết định số 41/2012/QĐ.UBND.")
    assert [c.key for c in cited(text)] == ["41/2012/QĐ-UBND"] * 2


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # a normative act's symbol (with its year): a dot printed between type and issuer codes is the hyphen
        ("theo Quyết định số 215/2004/QĐ.UB ngày 3/5/2004 của UBND tỉnh về mức phụ cấp.", "215/2004/QĐ-UB"),
        ("Căn cứ Nghị định số 17/2005/NĐ.CP ngày 2/2/2005 của Chính phủ;", "17/2005/NĐ-CP"),
        ("quyết định về việc sửa đổi quyết định số 31/2005/qđ.ubnd của ubnd tỉnh", "31/2005/qđ-ubnd"),
        # a code that is not the mention's type code, and a symbol without a year, are left as printed
        ("Xét Tờ trình số 812/TTr. STP ngày 2 tháng 4 năm 2012 của Sở Tư pháp;", "812/TTr.STP"),
    ],
)
def test_a_dot_after_the_type_code_of_a_dated_symbol_is_its_hyphen(text: str, key: str) -> None:
    assert [c.key for c in cited(text)] == [key]


@pytest.mark.parametrize(
    ("text", "key"),
    [
        # another type's code, or one letter off a code, after the year: the type word's code is restored
        ("Căn cứ Thông tư số 07/2024/NĐ-BTP ngày 2/5/2024 của Bộ Tư pháp;", "07/2024/TT-BTP"),
        ("Căn cứ Nghị định số 45/2011/NĐĐ-CP ngày 2/6/2011;", "45/2011/NĐ-CP"),
        # a code that extends the type word's, an issuer in the code's place, a type word of several codes
        ("Căn cứ Thông tư số 09/2012/TTLT-BYT-BTC;", "09/2012/TTLT-BYT-BTC"),
        ("Căn cứ Quyết định số 31/2013/UBND-KT;", "31/2013/UBND-KT"),
        ("Căn cứ Quy định số 08/2019/QĐ-UBND;", "08/2019/QĐ-UBND"),
    ],
)
def test_a_type_code_contradicting_the_type_word_is_restored(text: str, key: str) -> None:
    assert cite(text)[0].key == key


def test_a_slash_printed_for_the_codes_hyphen_takes_the_hyphenated_twin() -> None:
    text = ("Căn cứ Nghị định số 61/2005/NĐ-CP ngày 10/5/2005; Nghị định số 15/2008/NĐ-CP sửa đổi Nghị định "
            "số 61/2005/NĐ / CP ngày 10/5/2005; Thông tư số 19/2006/TTLT / BTC-BYT ngày 2/3/2006.")
    assert [c.key for c in cite(text)] == [
        "61/2005/NĐ-CP", "15/2008/NĐ-CP", "61/2005/NĐ-CP", "19/2006/TTLT/BTC-BYT"]


def test_the_older_spelling_qui_is_the_same_type_word() -> None:
    (found,) = cite("theo đơn giá ban hành tại Qui định số 14/2009/QĐ-UBND của Ủy ban nhân dân tỉnh;")
    assert (found.doc_type, found.key) == ("Quy định", "14/2009/QĐ-UBND")


def test_a_list_after_a_colon_goes_on_in_the_next_line() -> None:
    found = cite("Xét đề nghị của Giám đốc Sở Tài chính tại các Tờ trình:\nSố 15/TTr-STC ngày 2 tháng 3 "
                 "năm 2025, số 17/TTr-STC ngày 9 tháng 3 năm 2025.")
    assert [(c.key, c.doc_type) for c in found] == [("15/TTr-STC", "Tờ trình"), ("17/TTr-STC", "Tờ trình")]
    # a colon with no shared type word before it opens no list
    assert cite("Hồ sơ gồm:\nSố 12/STC ngày 2/3/2025.") == []


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # a long description between the type word and its printed `số` (over a line break too)
        ("Căn cứ Quyết định chấp thuận điều chỉnh chủ trương đầu tư đồng thời chấp thuận nhà\nđầu tư số "
         "77/QĐ-BQL ngày 2/3/2031;", ["77/QĐ-BQL"]),
        # without `số`, a long run of words before a number is no description of it
        ("Quyết định giao các xã tổ chức kiểm tra việc thực hiện 12/15 chỉ tiêu.", []),
    ],
)
def test_a_described_document_is_numbered_after_its_description(text: str, keys: list[str]) -> None:
    assert [c.key for c in cited(text)] == keys
