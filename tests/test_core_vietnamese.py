"""Diacritic folding: one base letter per character, whatever the character."""

import unicodedata

from policylink.core import vietnamese
from policylink.core.vietnamese import fold, strip_diacritics


def test_folds_vietnamese_letters_one_for_one() -> None:
    assert strip_diacritics("Bắc Giang, Đồng Tháp: ưu tiên") == "Bac Giang, Dong Thap: uu tien"
    assert fold("Uỷ ban nhân dân TỈNH") == "uy ban nhan dan tinh"


def test_every_character_folds_to_the_first_letter_of_its_decomposition() -> None:
    # Latin, Vietnamese, combining marks, and characters past the kept table: the Ångström sign
    # (U+212B), a Hangul syllable, a CJK compatibility ideograph, an emoji.
    text = "Ḁ\u0301ǅ\u212b\uac00\uf900😀ĐđxÀ"
    expected = "".join(
        "D" if ch == "Đ" else "d" if ch == "đ" else unicodedata.normalize("NFD", ch)[0] for ch in text
    )
    assert strip_diacritics(text) == expected
    assert len(strip_diacritics(text)) == len(text)
    assert strip_diacritics("\u212b") == "A"


def test_rare_characters_do_not_grow_the_table() -> None:
    rare = "".join(chr(code) for code in range(0x4E00, 0x5E00))  # 4,096 CJK ideographs
    before = len(vietnamese._BASE_LETTERS)
    assert strip_diacritics(rare) == rare
    assert len(vietnamese._BASE_LETTERS) == before
