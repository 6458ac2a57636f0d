"""Citations, fifth round: the document itself, documents still to be made, subject ends, part
references, objects of `thực hiện`, and documents issued by a cited decision (sentences of our own)."""

import pytest
from policylink.nlp.citations import find_citations
from policylink.nlp.deadlines import find_deadlines
from policylink.nlp.pipeline import vietnamese_doc

from policylink.core.identity import document_id

SELF = "bac-giang/self"


def cite(text: str, self_id: str = SELF):
    return find_citations(vietnamese_doc(text), self_id=self_id, jurisdiction="Bắc Giang")


def relations(text: str) -> list[tuple[str, str]]:
    return [(c.key, c.relation) for c in cite(text)]


def test_the_document_itself_written_with_its_number_is_no_citation() -> None:
    own = document_id(key="12/2024/QĐ-UBND", jurisdiction="Bắc Giang", year=2024)
    text = ("QUY ĐỊNH\nVề quản lý chợ trên địa bàn tỉnh\n(Ban hành kèm theo Quyết định số 12/2024/QĐ-UBND "
            "ngày 03 tháng 5 năm 2024 của Ủy ban nhân dân tỉnh Bắc Giang)\n"
            "Điều 1. Quy định này cụ thể hóa Nghị định số 60/2024/NĐ-CP ngày 5/6/2024 của Chính phủ.")
    assert [(c.key, c.relation) for c in cite(text, own)] == [("60/2024/NĐ-CP", "implements")]
    # another document with the same number, of another year, is still cited
    other = "thay thế Quyết định số 12/2019/QĐ-UBND ngày 4/4/2019 của UBND tỉnh."
    assert [c.key for c in cite(other, own)] == ["12/2019/QĐ-UBND"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the new Quy định is still to be made: the decision it will replace is only cited
        ("b) Sở Nội vụ ban hành Quy định về công tác thi đua, khen thưởng thay thế Quyết định số "
         "45/QĐ-UBND ngày 2/3/2019 của UBND tỉnh; hoàn thành trong quý III/2025.", [("45/QĐ-UBND", "cites")]),
        ("Văn phòng Huyện ủy rà soát, sửa đổi, bổ sung Quy chế làm việc của Ban Chấp hành Đảng bộ huyện "
         "khóa XXI cho phù hợp.",
         [("Quy chế làm việc của Ban Chấp hành Đảng bộ huyện khóa XXI", "cites")]),
        ("Sở Tư pháp tham mưu sửa đổi Quyết định số 10/2022/QĐ-UBND ngày 1/4/2022 của UBND tỉnh.",
         [("10/2022/QĐ-UBND", "cites")]),
        # the citing document replaces or amends now
        ("Quyết định này thay thế Quyết định số 45/QĐ-UBND ngày 2/3/2019 của UBND tỉnh.",
         [("45/QĐ-UBND", "replaces")]),
        ("Điều 2. Sửa đổi, bổ sung khoản 1 Điều 5 Quyết định số 10/2022/QĐ-UBND ngày 1/4/2022 như sau:",
         [("10/2022/QĐ-UBND", "amends")]),
        # a part of a document after the cue keeps it
        ("Văn bản này thay thế nội dung tại điểm 2 Công văn số 310/UBND-VX ngày 5/6/2024 của UBND huyện.",
         [("310/UBND-VX", "replaces")]),
        ("Bãi bỏ các quy định tại khoản 3 Điều 7 Quyết định số 22/2021/QĐ-UBND ngày 9/9/2021.",
         [("22/2021/QĐ-UBND", "replaces")]),
    ],
)
def test_amending_and_replacing_need_an_existing_document(text: str, expected: list[tuple[str, str]]) -> None:
    assert relations(text) == expected


def test_the_object_of_thuc_hien_decides_implements() -> None:
    procedure = ("Hướng dẫn chủ đầu tư thực hiện hồ sơ đề nghị phê duyệt chủ trương đầu tư dự án theo quy "
                 "định của Luật Đầu tư công số 58/2024/QH15.")
    assert relations(procedure) == [("58/2024/QH15", "cites")]
    contents = ("Triển khai thực hiện có hiệu quả các mục tiêu, nhiệm vụ đề ra tại Nghị quyết số 07-NQ/HU "
                "ngày 3/3/2021 của Huyện ủy.")
    assert relations(contents) == [("07-NQ/HU", "implements")]


def test_a_subject_stops_where_the_citing_sentence_goes_on() -> None:
    text = ("Căn cứ Nghị định số 31/2019/NĐ-CP ngày 10/4/2019 của Chính phủ quy định chi tiết một số điều "
            "và biện pháp thi hành Luật Tố cáo, phấn đấu đến năm 2030 giải quyết 95% vụ việc, Ban Thường vụ "
            "Huyện ủy yêu cầu các cấp ủy thực hiện tốt các nội dung sau:")
    doc = vietnamese_doc(text)
    found = find_citations(doc, self_id=SELF, jurisdiction="Bắc Giang")
    decree, law = found
    assert decree.subject == "quy định chi tiết một số điều và biện pháp thi hành Luật Tố cáo"
    assert (law.key, law.relation) == ("Luật Tố cáo", "cites")
    assert law.source != SELF
    _, horizons = find_deadlines(doc, exclude=[(c.start, c.end) for c in found])
    assert [(h.text, h.due) for h in horizons] == [("đến năm 2030", "2030-12-31")]


def test_a_closing_predicate_is_not_part_of_the_replaced_subject() -> None:
    text = ("Kế hoạch này thay thế Kế hoạch số 20-KH/HU ngày 1/3/2020 của Ban Thường vụ Huyện ủy về công "
            "tác dân vận và được gửi đến các chi bộ.")
    (plan,) = cite(text)
    assert (plan.subject, plan.relation) == ("về công tác dân vận", "replaces")


def test_the_document_a_cited_decision_issued_is_nested() -> None:
    text = ("Bãi bỏ Quyết định số 30/2018/QĐ-UBND ngày 4/7/2018 của UBND tỉnh ban hành Quy định quản lý chợ "
            "trên địa bàn tỉnh.")
    decision, issued = cite(text)
    assert (decision.key, decision.relation) == ("30/2018/QĐ-UBND", "replaces")
    assert (issued.key, issued.relation) == ("Quy định quản lý chợ", "cites")
    assert issued.source == decision.target_id
    # without a cited decision before it, `ban hành Quy định ...` is a document still to be made
    assert cite("UBND tỉnh ban hành Quy định quản lý chợ trên địa bàn tỉnh trong năm 2025.") == []
