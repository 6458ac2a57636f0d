"""Footnotes a PDF reader printed with plain digits (ingest.plain_footnotes): the anchor glued to a word, the
footnote at the page's foot."""

from policylink.ingest.pipeline import ingest_bytes
from policylink.ingest.plain_footnotes import raise_plain_footnotes
from policylink.nlp.citations import find_citations
from policylink.nlp.pipeline import vietnamese_doc

MAX = 1024 * 1024

_PAGE = [
    "- Các phòng chuyên môn triển khai thực hiện đầy đủ các văn bản chỉ đạo về",
    "phòng, chống thiên tai2; báo cáo kết quả trước ngày 15 hằng tháng.",
    "- Giao Văn phòng theo dõi, đôn đốc việc thực hiện.",
    "2 Nghị quyết số 76/2025/QH15 ngày 14/4/2025 của Quốc hội và Chỉ thị số 42-CT/TW ngày",
    "20/3/2020 của Ban Bí thư về phòng, chống thiên tai.",
    "3",
    "tổng hợp, báo cáo Ủy ban nhân dân huyện.",
]


def test_plain_digit_footnote_and_its_anchor_become_superscripts_on_one_line() -> None:
    lines = raise_plain_footnotes(_PAGE)
    assert lines[1] == "phòng, chống thiên tai²; báo cáo kết quả trước ngày 15 hằng tháng."
    assert lines[3] == ("² Nghị quyết số 76/2025/QH15 ngày 14/4/2025 của Quốc hội và Chỉ thị số 42-CT/TW "
                        "ngày 20/3/2020 của Ban Bí thư về phòng, chống thiên tai.")
    assert lines[4:] == ["3", "tổng hợp, báo cáo Ủy ban nhân dân huyện."]


def test_a_footnote_at_the_texts_end_or_before_the_next_one() -> None:
    lines = ["Thực hiện các kế hoạch của tỉnh1 và huyện2.", "1 Kế hoạch số 12/KH-UBND ngày 02/3/2026.",
             "2 Kế hoạch số 7/KH-UBND", "ngày 9/3/2026."]
    assert raise_plain_footnotes(lines) == [
        "Thực hiện các kế hoạch của tỉnh¹ và huyện².", "¹ Kế hoạch số 12/KH-UBND ngày 02/3/2026.",
        "² Kế hoạch số 7/KH-UBND ngày 9/3/2026."]


def test_numbered_lines_without_a_glued_anchor_or_a_page_end_stay() -> None:
    # a wrapped line opening with the number of an article; a symbol (`QH15`) or a unit (`m2`) is no anchor
    wrapped = ["thực hiện theo khoản 12 Điều", "4 Thông tư số 19/2025/TT-BNNMT ngày 19/6/2025.", "5"]
    assert raise_plain_footnotes(wrapped) == wrapped
    symbol = ["theo Luật số 47/2019/QH15", "15 Điều khoản chuyển tiếp.", ""]
    assert raise_plain_footnotes(symbol) == symbol
    unit = ["diện tích tối đa 200 m2;", "2 Thị trấn tối đa 150 m2.", ""]
    assert raise_plain_footnotes(unit) == unit
    # a numbered line of the running text goes on with the text's next item, which no footnote holds
    item = ["hạn mức đất ở tại các thị trấn2;", "2 Thị trấn tối đa 150 mét vuông.",
            "3. Sửa đổi khoản 3 như sau:", "a) Các phường nội thành;", "b) Các xã ven đô."]
    assert raise_plain_footnotes(item) == item


def test_documents_of_a_plain_digit_footnote_take_the_cue_its_anchor_ends() -> None:
    document = ingest_bytes("\n".join(_PAGE).encode("utf-8"), "cong-van.txt", max_bytes=MAX)
    assert document.footnotes and document.footnotes[0].marker == "²"
    found = find_citations(vietnamese_doc(document.text), self_id="self", jurisdiction=None)
    assert [(c.key, c.relation) for c in found] == [
        ("76/2025/QH15", "implements"), ("42-CT/TW", "implements")]
