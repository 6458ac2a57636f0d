"""Passages from the real conclusion: sections, heading paths, splitting, footnotes, annotations."""

import pytest
from search_fixtures import corpus_document

from policylink.nlp.extract import extract
from policylink.search.lexical import document_keys, passage_vector, query_vector, syllables, words
from policylink.search.passages import MAX_CHARS, build_passages, split_long


@pytest.fixture(scope="module")
def corpus():
    doc, doc_id = corpus_document()
    return doc, doc_id, build_passages(doc, doc_id, extract(doc, doc_id))


def test_recipients_are_left_out(corpus):
    _, _, passages = corpus
    assert passages
    assert not any(p.section == "recipients" for p in passages)
    assert not any("Lưu Văn phòng Tỉnh ủy" in p.text for p in passages)


def test_bullet_heading_path_names_its_section(corpus):
    _, _, passages = corpus
    bullet = next(p for p in passages if p.section == "2.3-b2")
    assert bullet.heading_path.endswith("2.3. Ban cán sự đảng UBND tỉnh: › gạch đầu dòng 2")
    assert bullet.context_text.startswith("2.3. Ban cán sự đảng UBND tỉnh:")
    assert "Đề án về đào tạo" in bullet.text


def test_extracted_deadline_and_body_travel_with_the_passage(corpus):
    _, _, passages = corpus
    bullet = next(p for p in passages if p.section == "2.3-b2")
    assert any(d["text"] == "quý IV/2024" and d["due"] == "2024-12-31" for d in bullet.deadlines)
    assert bullet.payload()["has_deadline"] is True
    assert any("Ủy ban nhân dân tỉnh" in b for b in bullet.bodies)


def test_every_passage_is_text_of_the_document_and_bounded(corpus):
    doc, doc_id, passages = corpus
    for p in passages:
        assert p.document.document_id == doc_id
        assert len(p.text) <= MAX_CHARS + 50
        assert " ".join(p.text.split())[:40] in " ".join(doc.text.split())


def test_footnote_with_citations_is_its_own_passage(corpus):
    _, _, passages = corpus
    notes = [p for p in passages if "chú thích" in p.heading_path]
    assert notes and any("113-NQ/TU" in p.text for p in notes)
    assert all(p.section == "2.2.1" for p in notes)


def test_point_ids_are_stable_and_unique(corpus):
    doc, doc_id, passages = corpus
    again = build_passages(doc, doc_id, extract(doc, doc_id))
    assert [p.point_id for p in again] == [p.point_id for p in passages]
    assert len({p.point_id for p in passages}) == len(passages)
    # the body filter keys are part of the id: an index made before they changed is rewritten
    unannotated = build_passages(doc, doc_id)
    changed = {p.point_id for p in passages if p.body_keys}
    assert changed and not changed & {p.point_id for p in unannotated}


def test_body_filter_keys_hold_expanded_names_their_parts_and_parents(corpus):
    _, _, passages = corpus
    keys = {k for p in passages for k in p.body_keys}
    assert {"uy ban nhan dan tinh", "ban can su dang uy ban nhan dan tinh", "tinh uy"} <= keys
    assert not any("ubnd" in k for k in keys)  # abbreviations stand expanded


def test_long_text_is_split_at_sentence_ends_with_overlap():
    sentences = [f"Câu thứ {i} nói về phát triển kết cấu hạ tầng giao thông của tỉnh." for i in range(40)]
    text = " ".join(sentences)
    chunks = split_long(text, 0, len(text), max_chars=300)
    assert len(chunks) > 3
    assert all(b - a <= 300 for a, b in chunks)
    for (_, b1), (a2, _) in zip(chunks, chunks[1:], strict=False):
        assert a2 < b1  # one sentence of overlap
        assert text[a2:].startswith("Câu thứ")


def test_lexical_terms_fold_diacritics_and_tone_styles():
    assert syllables("Cụ thể hoá") == syllables("cu the hóa") == ["cu", "the", "hoa"]
    assert "giao_thong" in words("Kết cấu hạ tầng giao thông") == words("kết cấu hạ tầng giao thông")
    assert document_keys("Nghị quyết số 113-NQ/TU và Nghị định 30/2020/NĐ-CP, Kết luận 72-KL/TƯ") == [
        "113-nq/tu",
        "30/2020/nd-cp",
        "72-kl/tw",
    ]
    doc = passage_vector("phát triển hạ tầng logistics")
    query = query_vector("ha tang logistics")
    assert set(query.indices) <= set(doc.indices)


ATTACHED_REGULATION = """ỦY BAN NHÂN DÂN
HUYỆN NGHĨA ĐÀN
Số: 48/QĐ-UBND
Nghĩa Đàn, ngày 2 tháng 4 năm 2025

QUYẾT ĐỊNH
Ban hành Quy chế quản lý bến xe khách

Điều 1. Ban hành kèm theo Quyết định này Quy chế quản lý bến xe khách trên địa bàn huyện.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.

Nơi nhận:
- Như Điều 2;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Nguyễn Văn Tâm

QUY CHẾ
Quản lý bến xe khách trên địa bàn huyện
(Ban hành kèm theo Quyết định số 48/QĐ-UBND ngày 02/4/2025 của Ủy ban nhân dân huyện)

Điều 1. Phạm vi điều chỉnh
Quy chế này quy định việc quản lý, khai thác bến xe khách trên địa bàn huyện.
Điều 2. Trách nhiệm của Phòng Kinh tế và Hạ tầng
1. Kiểm tra định kỳ điều kiện an toàn tại bến xe khách mỗi quý.
"""


def test_an_attachment_is_named_once_at_the_head_of_its_heading_paths():
    from policylink.ingest.pipeline import ingest_bytes

    doc = ingest_bytes(ATTACHED_REGULATION.encode(), "quy-che.txt", max_bytes=1 << 20)
    passages = {p.section: p for p in build_passages(doc, "quyet-dinh-48")}
    duty = passages["Quy chế.Điều 2.1"]
    assert duty.heading_path.split(" › ") == [
        "Quy chế",
        "Điều 2. Trách nhiệm của Phòng Kinh tế và Hạ tầng",
        "Điều 2.1. Kiểm tra định kỳ điều kiện an toàn tại bến xe khách mỗi quý.",
    ]
    assert passages["Điều 2"].heading_path == "Điều 2. Quyết định này có hiệu lực kể từ ngày ký./."
