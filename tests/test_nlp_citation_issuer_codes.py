"""An issuer code printed one letter off, restored where the clause names the issuer (R38)."""

from citation_fixtures import cited


def test_a_code_one_letter_off_the_named_issuers_code_is_restored() -> None:
    text = ("Rà soát Quy hoạch vùng đã được Thủ tướng Chính phủ phê duyệt tại Quyết định số 1200/QĐ-TG ngày "
            "3/4/2031; theo Nghị định số 15/2031/NĐ-C ngày 1/2/2031 của Chính phủ.")
    assert [c.key for c in cited(text) if c.number] == ["1200/QĐ-TTg", "15/2031/NĐ-CP"]


def test_a_code_with_no_issuer_named_stays_as_printed() -> None:
    text = "Theo Quyết định số 1200/QĐ-TG ngày 3/4/2031 và Văn bản số 45/UBND-KT ngày 5/4/2031 của UBND tỉnh."
    assert [c.key for c in cited(text) if c.number] == ["1200/QĐ-TG", "45/UBND-KT"]


def test_a_department_code_after_the_issuers_stays_as_printed() -> None:
    text = "Thực hiện Văn bản số 4700/VPCP-CN ngày 20/5/2031 của Văn phòng Chính phủ về quản lý khoáng sản."
    assert [c.key for c in cited(text) if c.number] == ["4700/VPCP-CN"]
