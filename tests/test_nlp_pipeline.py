"""The Vietnamese spaCy pipeline keeps offsets exact and words whole."""

import unicodedata
from pathlib import Path

import pytest
from spacy import displacy
from spacy.tokens import Span

from policylink.nlp.pipeline import lowered_pos, own_pos, pos_tag, segment, vietnamese_doc

CORPUS = sorted((Path(__file__).parents[1] / "corpus").glob("*.txt"))


@pytest.mark.parametrize("path", CORPUS, ids=lambda p: p.name)
def test_doc_text_is_the_input_and_tokens_slice_it(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    doc = vietnamese_doc(text)
    assert doc.text == text
    for token in doc:
        assert text[token.idx : token.idx + len(token.text)] == token.text


@pytest.mark.parametrize(
    ("sentence", "words"),
    [
        ("Ban Thường vụ Tỉnh ủy ban hành Nghị quyết", ["Thường vụ", "Nghị quyết"]),
        ("phát triển kết cấu hạ tầng giao thông", ["phát triển", "kết cấu hạ tầng", "giao thông"]),
        ("tổ chức thực hiện có hiệu quả", ["tổ chức", "thực hiện", "hiệu quả"]),
    ],
)
def test_multi_syllable_words_are_single_tokens(sentence: str, words: list[str]) -> None:
    tokens = [t.text for t in vietnamese_doc(sentence)]
    for word in words:
        assert word in tokens


def test_old_style_tones_are_segmented_and_kept_as_written() -> None:
    old = "Uỷ ban nhân dân tỉnh đẩy mạnh cụ thể hoá chính sách; đa dạng hoá hình thức."
    new = "Ủy ban nhân dân tỉnh đẩy mạnh cụ thể hóa chính sách; đa dạng hóa hình thức."
    old_doc, new_doc = vietnamese_doc(old), vietnamese_doc(new)
    assert old_doc.text == old
    assert [t.idx for t in old_doc] == [t.idx for t in new_doc]
    assert "hoá" in [t.text for t in old_doc]


def test_a_space_the_segmenter_puts_splits_its_word_and_keeps_the_rest_whole() -> None:
    # underthesea reads `KHXH[3]` as the word `KHXH [`: the line's other words stay whole
    text = "Tập trung chỉ đạo hoàn thành ngay 12 đề án KHXH[3] cần phải sửa đổi trong năm"
    tokens = [t.text for t in vietnamese_doc(text)]
    assert tokens[:2] == ["Tập trung", "chỉ đạo"]
    assert "KHXH" in tokens and "[" in tokens


def test_nfd_input_is_normalised_before_segmentation() -> None:
    text = "Kết luận số 55-KL/TU của Ban Thường vụ Tỉnh ủy."
    doc = vietnamese_doc(unicodedata.normalize("NFD", text))
    assert doc.text == text


def test_white_space_and_line_breaks_are_preserved() -> None:
    text = "  1. Tỉnh ủy  lãnh đạo.\n\n- Giao UBND tỉnh\tchủ trì;  báo cáo  \n"
    doc = vietnamese_doc(text)
    assert doc.text == text
    words = segment(text)
    assert "".join(w.replace(" ", "") for w in words) == "".join(text.split())
    assert "chủ trì" in words


def test_tokens_carry_part_of_speech_tags() -> None:
    doc = vietnamese_doc("Ban Thường vụ Tỉnh ủy yêu cầu các cấp ủy thực hiện nghiêm túc.")
    tags = {t.text: pos_tag(t) for t in doc}
    assert tags["thực hiện"] == "V"
    assert tags["."] == "CH"
    assert all(tags.values())


def test_span_groups_render_with_displacy() -> None:
    doc = vietnamese_doc("Thực hiện Nghị quyết số 113-NQ/TU ngày 22/7/2016.")
    start = doc.text.index("Nghị quyết")
    end = doc.text.index(" ngày")
    span = doc.char_span(start, end, label="citation")
    assert isinstance(span, Span)
    doc.spans["citations"] = [span]
    html = displacy.render(doc, style="span", options={"spans_key": "citations"}, page=False)
    assert "citation" in html and "113" in html


def test_empty_text_gives_an_empty_doc() -> None:
    assert len(vietnamese_doc("")) == 0


def test_own_pos_keeps_what_a_word_may_be_whatever_its_context_made_it() -> None:
    # `tổ chức` (organisation / to organise) read as a verb in a list still may be a noun by its own
    # features; its tag in context is one of them
    doc = vietnamese_doc("Các cơ quan, tổ chức có liên quan phối hợp thực hiện.")
    word = next(t for t in doc if t.text == "tổ chức")
    assert pos_tag(word) in own_pos(word)
    assert "N" in own_pos(word)


@pytest.mark.parametrize(
    ("sentence", "tag"),
    [
        # a capital opening the sentence leans the tagger to a noun; lowered, the word reads as the verb it is
        ("Kết nối, tích hợp hệ thống thông tin của ngành với nền tảng quốc gia.", "V"),
        ("Trình cơ quan có thẩm quyền ban hành quy chuẩn kỹ thuật.", "V"),
        # a name, a note, a document's name and a word with no capital are not read again
        ("Lê Văn Nam", None),
        ("Lưu: VT, KHTC.", None),
        ("Quy định này có hiệu lực từ ngày ký.", None),
        ("kết nối hệ thống", None),
    ],
)
def test_lowered_pos_reads_a_capitalised_first_word_in_lower_case(sentence: str, tag: str | None) -> None:
    assert lowered_pos(vietnamese_doc(sentence)[0]) == tag
