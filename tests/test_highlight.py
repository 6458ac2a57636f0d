"""Snippet marks: whole query words and phrases, not lone syllables or digits."""

from policylink.search.highlight import _chunk_compounds, snippet

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


def test_only_the_chunks_holding_a_lone_mark_are_segmented_and_they_read_as_the_whole_passage() -> None:
    # three lines, the second split at its semicolon: four chunks as the pipeline segments them
    text = (
        "Kết luận số 55-KL/TW năm 2024 của Ban Thường vụ.\n"
        "Các giải pháp đẩy nhanh giải phóng mặt bằng; trao giải cho các đội.\n"
        "Báo cáo kết quả trước ngày 30/6."
    )
    _chunk_compounds.cache_clear()
    assert _marks("báo", text) == []  # inside `Báo cáo`, in the last chunk
    assert _chunk_compounds.cache_info().misses == 1
    _chunk_compounds.cache_clear()
    marks = snippet("giải", text).spans  # in `giải pháp`, `giải phóng` and, alone, after `trao`
    assert [text[a:b] for a, b in marks] == ["giải"] and text[marks[0][0] - 5 : marks[0][1]] == "trao giải"
    assert _chunk_compounds.cache_info().misses == 2
    _chunk_compounds.cache_clear()
    assert _marks("kết quả 30", text) == ["kết quả"]  # decided without segmenting: a phrase, a digit
    assert _chunk_compounds.cache_info().misses == 0
