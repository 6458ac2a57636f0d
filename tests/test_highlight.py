"""Snippet marks: whole query words and phrases, not lone syllables or digits."""

from policylink.search.highlight import snippet

PASSAGE = "Các giải pháp đẩy nhanh giải phóng mặt bằng, phối hợp với Mặt trận Tổ quốc tỉnh trong 7 ngày."


def _marks(query: str, text: str = PASSAGE) -> list[str]:
    return [text[a:b] for a, b in snippet(query, text).spans]


def test_a_phrase_is_one_mark_and_its_syllables_elsewhere_are_not_marked() -> None:
    assert _marks("giải phóng mặt bằng") == ["giải phóng mặt bằng"]
    assert _marks("giai phong mat bang") == ["giải phóng mặt bằng"]  # typed without diacritics
    assert _marks("giải phóng mặt bằng tỉnh 7") == ["giải phóng mặt bằng"]


def test_a_lone_word_is_marked_only_as_a_word_of_its_own() -> None:
    assert _marks("giải pháp") == ["giải pháp"]
    assert _marks("giải") == []  # inside `giải pháp` and `giải phóng`
    assert _marks("tổ quốc") == ["Tổ quốc"]
    assert _marks("7") == []
    assert _marks("Kết luận 55-KL/TW", "thực hiện Kết luận số 55-KL/TW") == ["Kết luận", "55-KL/TW"]
