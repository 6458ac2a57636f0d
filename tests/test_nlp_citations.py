"""Citations end to end: `find_citations` on sentences of our own, with the span group it leaves."""

from citation_fixtures import SELF, cite

from policylink.nlp.citations import find_citations
from policylink.nlp.pipeline import vietnamese_doc


def test_citations_are_span_group() -> None:
    doc = vietnamese_doc("Thực hiện Nghị quyết số 113-NQ/TU ngày 22/7/2016 về phát triển giao thông.")
    found = find_citations(doc, self_id=SELF, jurisdiction=None)
    spans = doc.spans["citations"]
    assert [(s.start_char, s.end_char, s.label_) for s in spans] == [
        (found[0].start, found[0].end, "implements")
    ]


def test_nested_citation_in_the_subject_has_the_enclosing_source() -> None:
    text = (
        "Công văn số 2987-CV/TU ngày 11/4/2024 của Ban Thường vụ Tỉnh ủy về việc triển khai thực hiện "
        "Kết luận số 72-KL/TW ngày 23/02/2024 của Bộ Chính trị về tiếp tục thực hiện Nghị quyết số "
        "13-NQ/TW ngày 16/01/2012 của Ban Chấp hành Trung ương Đảng khóa XI về xây dựng kết cấu hạ tầng; "
        "Nghị quyết số 147-NQ/TU ngày 15/7/2021 của Tỉnh ủy về phát triển công nghiệp."
    )
    cv, kl, nq13, nq147 = cite(text)
    assert (cv.source, cv.relation, cv.target_id) == (SELF, "cites", "bac-giang/2987-CV/TU/2024")
    assert (kl.source, kl.relation) == ("bac-giang/2987-CV/TU/2024", "implements")
    assert kl.target_id == "tw/72-KL/TW/2024"
    assert (nq13.source, nq13.relation) == ("tw/72-KL/TW/2024", "implements")
    assert nq13.issuer == "Ban Chấp hành Trung ương Đảng khóa XI"
    assert nq13.subject == "về xây dựng kết cấu hạ tầng"
    assert (nq147.source, nq147.relation, nq147.issuer) == (SELF, "cites", "Tỉnh ủy")
    assert cv.end == text.index(";")
