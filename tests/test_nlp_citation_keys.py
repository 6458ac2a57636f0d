"""One key per document within a text: a law named by name takes its number, a shorter name or an
alias takes the fullest name's key (nlp.citation_keys)."""

import pytest
from citation_fixtures import SELF, cite, cited


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # a law written with its name and number is keyed by the number; its bare name later too
        ("Căn cứ Luật Thi đua, khen thưởng số 06/2022/QH15 ngày 15/6/2022; "
         "thực hiện Luật Thi đua, khen thưởng.",
         [("06/2022/QH15", "2022-06-15"), ("06/2022/QH15", None)]),
        # ... and so is its name with the year the number carries; another year is another law
        ("Căn cứ Luật Ngân sách nhà nước số 83/2015/QH13; theo Luật Ngân sách nhà nước năm 2015.",
         [("83/2015/QH13", None), ("83/2015/QH13", None)]),
        ("theo Luật Đất đai năm 2013 đến khi Luật Đất đai số 31/2024/QH15 có hiệu lực",
         [("Luật Đất đai năm 2013", None), ("31/2024/QH15", None)]),
        # a slip of a mark where the number is given (`Dất`, `dai`) leaves the name the same without marks
        ("Căn cứ Luật Dất dai số 31/2024/QH15; thực hiện đúng Luật Đất đai.",
         [("31/2024/QH15", None), ("31/2024/QH15", None)]),
        ("Căn cứ Luật Thi dua, khen thưởng số 06/2022/QH15; theo Luật Thi đua, khen thuởng.",
         [("06/2022/QH15", None), ("06/2022/QH15", None)]),
        # a letter dropped in a word where the number is given (`ngiệp`), another elsewhere (`nghệp`): one law
        ("Căn cứ Luật Lâm ngiệp số 16/2017/QH14; thực hiện Luật Lâm nghiệp; theo Luật Lâm nghệp.",
         [("16/2017/QH14", None)] * 3),
        # ... but a short word one letter off is another word, and another word is another law
        ("Căn cứ Luật Thú y số 79/2015/QH13; thực hiện Luật Thủy sản.",
         [("79/2015/QH13", None), ("Luật Thủy sản", None)]),
        # a bare law name takes the one dated name the text gives it; two dates leave it bare
        ("tuyên truyền Luật Thực hiện dân chủ ở cơ sở năm 2022; thực hiện Luật Thực hiện dân chủ ở cơ sở.",
         [("Luật Thực hiện dân chủ ở cơ sở năm 2022", None)] * 2),
        ("thi hành Hiến pháp năm 2013; tôn trọng Hiến pháp và pháp luật.",
         [("Hiến pháp năm 2013", None)] * 2),
        ("so sánh Luật Đất đai năm 2003 với Luật Đất đai năm 2013; phổ biến Luật Đất đai.",
         [("Luật Đất đai năm 2003", None), ("Luật Đất đai năm 2013", None), ("Luật Đất đai", None)]),
    ],
)
def test_keys_of_laws_named_by_name(text: str, keys: list[tuple[str, str | None]]) -> None:
    assert [(c.key, c.date) for c in cited(text)] == keys


def test_alias_is_cited_as_its_referent_and_not_nested_in_it() -> None:
    text = ("Thực hiện Nghị quyết số 18-NQ/TW ngày 16/6/2022 của Ban Chấp hành Trung ương về đất đai "
            "(sau đây gọi tắt là Nghị quyết 18); Chỉ thị số 05-CT/TW ngày 15/5/2016 của Bộ Chính trị.")
    found = cite(text)
    assert [(c.key, c.relation, c.source) for c in found] == [
        ("18-NQ/TW", "implements", SELF), ("18-NQ/TW", "implements", SELF), ("05-CT/TW", "implements", SELF)]


def test_a_named_document_takes_the_key_of_its_fullest_name() -> None:
    full = "Đề án chuyển đổi số ngành nông nghiệp giai đoạn 2023 - 2025, tầm nhìn đến năm 2030"
    text = (f"Căn cứ Quyết định số 75/QĐ-UBND ngày 2/2/2023 của UBND tỉnh phê duyệt {full} "
            "(sau đây gọi tắt là Đề án 75);\n"
            "1. Sở Nông nghiệp triển khai Đề án 75 trên địa bàn tỉnh.\n"
            "2. Các huyện áp dụng mô hình của Đề án chuyển đổi số ngành nông nghiệp trên địa bàn huyện.\n")
    decision, named, alias, later_alias, shorter = cite(text)
    assert [c.key for c in (named, alias, later_alias, shorter)] == [full] * 4
    assert (named.relation, named.source) == ("cites", decision.target_id or named.source)
    assert named.source != SELF and alias.source == named.source  # the alias is nested like its antecedent
    assert (later_alias.relation, later_alias.source, later_alias.text) == ("implements", SELF, "Đề án 75")
    assert shorter.text == "Đề án chuyển đổi số ngành nông nghiệp"  # the locative is not part of the name


def test_a_symbol_printed_without_its_year_takes_the_full_symbol_the_text_gives_that_year() -> None:
    text = ("Căn cứ Quyết định số 415/2004/QĐ-UB ngày 12/3/2004 của UBND tỉnh; nay sửa đổi Quy chế ban "
            "hành theo Quyết định số 415/QĐ-UB ngày 12/3/2004 của UBND tỉnh và bãi bỏ "
            "Quyết định số 415/QĐ-UB ngày 02/6/2006 của UBND tỉnh.")
    keys = [c.key for c in cited(text) if c.doc_type == "Quyết định"]
    assert keys == ["415/2004/QĐ-UB", "415/2004/QĐ-UB", "415/QĐ-UB"]


def test_an_undated_symbol_printed_without_its_year_takes_the_only_full_symbol_for_it() -> None:
    text = ("Hộ gia đình đáp ứng điều kiện tại Điều 3 Nghị quyết số 48.5/2027/NQ-CP được giảm lệ phí; "
            "việc giảm chỉ áp dụng trong thời gian Nghị quyết số 48.5/NQ-CP có hiệu lực.")
    assert [c.key for c in cited(text)] == ["48.5/2027/NQ-CP", "48.5/2027/NQ-CP"]
    # two full symbols for the number: the undated print stays as written
    two = ("Căn cứ Nghị quyết số 12/2026/NQ-CP và Nghị quyết số 12/2027/NQ-CP; Nghị quyết số 12/NQ-CP "
           "vẫn áp dụng.")
    assert [c.key for c in cited(two)][-1] == "12/NQ-CP"


def test_a_bare_type_word_as_alias_is_a_mention_of_the_document_before_it() -> None:
    found = cite("Luật Phòng, chống thiên tai (sau đây gọi chung là Luật) được Quốc hội thông qua. Các Bộ "
                 "triển khai Luật theo kế hoạch.")
    # the alias copies its antecedent's key and relation; the later bare `Luật` is anaphora, no mention
    assert [(c.text, c.key, c.relation) for c in found] == [
        ("Luật Phòng, chống thiên tai", "Luật Phòng, chống thiên tai", "cites"),
        ("Luật", "Luật Phòng, chống thiên tai", "cites")]
    # a document the text itself approves, aliased by its type word, is no citation, nor is its alias
    assert cite("Điều 1. Phê duyệt Đề án phát triển du lịch xanh đến năm 2030 (sau đây gọi tắt là Đề án) với "
                "các nội dung sau:") == []


@pytest.mark.parametrize(
    ("text", "keys"),
    [
        # initials after a full name with a number take the number
        ("Căn cứ Luật Ngân sách nhà nước số 83/2015/QH13 ngày 25/6/2015; chi theo Điều 8 Luật NSNN.",
         ["83/2015/QH13", "83/2015/QH13"]),
        # ... and after a name without one, that name; other words must be the name's own
        ("Tuyên truyền Luật Bảo hiểm xã hội (BHXH) và Luật Bảo vệ môi trường; thực hiện đúng Luật BHXH.",
         ["Luật Bảo hiểm xã hội", "Luật Bảo vệ môi trường", "Luật Bảo hiểm xã hội"]),
        ("Tuyên truyền Luật Bảo vệ môi trường; thực hiện đúng Luật BVMT Việt Nam.",
         ["Luật Bảo vệ môi trường", "Luật BVMT Việt Nam"]),
        # a text that numbers the initials' own spelling twice says by them neither law
        ("so sánh Luật Thuế TNDN số 67/2025/QH15 với Luật Thuế TNDN số 14/2008/QH12; áp dụng Luật Thuế thu "
         "nhập doanh nghiệp số 67/2025/QH15 thay cho Luật Thuế TNDN.",
         ["67/2025/QH15", "14/2008/QH12", "67/2025/QH15", "Luật Thuế TNDN"]),
    ],
)
def test_a_law_named_by_initials_takes_the_name_they_spell(text: str, keys: list[str]) -> None:
    assert [c.key for c in cited(text)] == keys


def test_a_bare_law_name_is_no_one_law_where_the_text_dates_another_by_its_year() -> None:
    text = ("Luật Thương mại năm 2025 thay thế Luật Thương mại số 36/2005/QH11. Từ ngày Luật Thương mại có "
            "hiệu lực, thương nhân thực hiện theo Luật Thương mại năm 2025.")
    assert [c.key for c in cited(text)] == [
        "Luật Thương mại năm 2025", "36/2005/QH11", "Luật Thương mại", "Luật Thương mại năm 2025"]


def test_a_shorter_name_takes_a_fuller_one_however_its_letters_are_cased() -> None:
    text = "Căn cứ Luật Tài nguyên nước; theo Điều 5 Luật Tài nguyên và Điều 7 Luật tài nguyên nước."
    assert [c.key.lower() for c in cited(text)] == ["luật tài nguyên nước"] * 3


def test_a_symbol_cut_short_after_a_code_takes_the_one_full_symbol_it_begins() -> None:
    text = ("Căn cứ Thông tư liên tịch số 07/2031/TTLT-BTC-BYT ngày 2/3/2031; Nghị quyết liên tịch số "
            "15/2032/NQLT/UBTVQH15-CP ngày 4/5/2032.\nChi trả theo thông tư 07/TTLT và Nghị quyết liên "
            "tịch số 15/2032/NQLT; không áp dụng Quyết định số 07/QĐ-UBND.")
    circular, resolution = "07/2031/TTLT-BTC-BYT", "15/2032/NQLT/UBTVQH15-CP"
    assert [c.key for c in cited(text)] == [circular, resolution, circular, resolution, "07/QĐ-UBND"]


def test_one_name_printed_with_two_dashes_is_one_key_and_its_short_name_takes_it() -> None:
    text = ("Tích hợp vào Quy hoạch tỉnh Hòa Bình thời kỳ 2031 - 2040, tầm nhìn đến năm 2060. Rà soát các "
            "vùng trong Quy hoạch tỉnh; cập nhật Quy hoạch tỉnh Hòa Bình thời kỳ 2031–2040, tầm nhìn đến năm "
            "2060.")
    full = "Quy hoạch tỉnh Hòa Bình thời kỳ 2031 - 2040, tầm nhìn đến năm 2060"
    assert [c.key for c in cited(text)] == [full] * 3
