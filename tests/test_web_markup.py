"""Marking extracted entities in a document's text: escaping, overlaps, anchors, links."""

from policylink.api.markup import Mark, extraction_marks, marked_text
from policylink.api.templating import deadline_label, document_name, duty_title, printed_place, task_place
from policylink.store.records import DocumentRecord


def test_text_is_escaped_and_marks_wrap_their_span() -> None:
    text = "Giao <UBND tỉnh> báo cáo trong quý IV/2024."
    marks = [Mark(6, 15, "body", 'Cơ quan: "Ủy ban nhân dân tỉnh"'), Mark(31, 42, "deadline", "Thời hạn")]
    html = str(marked_text(text, marks))
    assert "&lt;" in html and "<UBND" not in html
    assert (
        '<mark class="mark body" title="Cơ quan: &quot;Ủy ban nhân dân tỉnh&quot;">UBND tỉnh</mark>' in html
    )
    assert '<mark class="mark deadline" title="Thời hạn">quý IV/2024</mark>.' in html


def test_an_overlapping_mark_of_a_lower_kind_is_dropped_and_anchors_are_kept() -> None:
    text = "Kết luận số 55-KL/TU của Ban Thường vụ Tỉnh ủy; Ban Thường vụ Tỉnh ủy chỉ đạo."
    citation = Mark(0, 46, "citation", "Trích dẫn", href="/van-ban/bac-giang/55-KL/TU/2021")
    inside, outside = Mark(25, 46, "body", "Cơ quan"), Mark(48, 69, "body", "Cơ quan")
    html = str(marked_text(text, [inside, outside, citation], anchors={0: "muc-1", 48: "muc-2"}))
    assert html.startswith('<span class="anchor" id="muc-1"></span><a class="mark citation"')
    assert html.count("<mark") == 1 and html.count("</a>") == 1
    assert '<span class="anchor" id="muc-2"></span><mark class="mark body"' in html
    assert html.replace("</a>", "").count(">Ban Thường vụ Tỉnh ủy<") == 1


def test_marks_from_an_extraction_link_resolved_citations_only() -> None:
    extraction = {
        "citations": [
            {
                "start": 0,
                "end": 5,
                "key": "55-KL/TU",
                "relation": "implements",
                "date": "2021-03-07",
                "target_id": "bac-giang/55-KL/TU/2021",
            },
            {
                "start": 6,
                "end": 9,
                "key": "Quy hoạch tỉnh",
                "relation": "cites",
                "date": None,
                "target_id": None,
            },
        ],
        "deadlines": [{"start": 10, "end": 12, "due": "2024-12-31", "recurrence": None}],
        "horizons": [],
        "bodies": [{"start": 13, "end": 15, "canonical": "Ủy ban nhân dân tỉnh"}],
    }
    linked, unlinked, deadline, body = extraction_marks(extraction)
    assert linked.href == "/van-ban/bac-giang/55-KL/TU/2021" and "7/3/2021" in linked.title
    assert "thực hiện" in linked.title and unlinked.href is None
    assert deadline.title == "Thời hạn: 31/12/2024" and body.title == "Cơ quan: Ủy ban nhân dân tỉnh"


def test_labels_for_people() -> None:
    quarter = {"text": "quý IV/2024", "due": "2024-12-31"}
    assert deadline_label(quarter) == "quý IV/2024 (hạn 31/12/2024)"
    assert deadline_label({"text": "ngày 15/12/2025", "due": "2025-12-15"}) == "ngày 15/12/2025"
    assert deadline_label(None, "annual") == "hằng năm"
    fields = dict(
        number=None,
        symbol=None,
        issuer=None,
        jurisdiction=None,
        issue_date=None,
        notes=None,
        origin="citation",
        ingested=False,
        current_version=None,
    )
    planned = DocumentRecord(
        id="x", key=None, doc_type="Quy hoạch", title="Quy hoạch tỉnh Bắc Giang", **fields
    )
    numbered = DocumentRecord(id="y", key="55-KL/TU", doc_type="Kết luận", title="về ...", **fields)
    assert (
        document_name(planned) == "Quy hoạch tỉnh Bắc Giang"
        and document_name(numbered) == "Kết luận 55-KL/TU"
    )


def test_a_task_row_reads_as_a_duty_in_sentence_case() -> None:
    assert duty_title({"action": "rà soát hồ sơ địa chính", "text": "Sở Xây dựng rà soát hồ sơ địa chính."}) \
        == "Rà soát hồ sơ địa chính"
    # a fragment: the duty's text to its first clause end
    assert duty_title({"action": "chỉ đạo", "text": "chỉ đạo các xã sửa chữa đường; báo cáo kết quả."}) \
        == "Chỉ đạo các xã sửa chữa đường"
    # a table row: its content cell
    assert duty_title({"action": None, "text": "lập bản đồ làng nghề\tSở Công Thương\tQuý III/2026"}) \
        == "Lập bản đồ làng nghề"
    # verbs listed without their object are a fragment too
    assert duty_title({"action": "rà soát, xây dựng",
                       "text": "Sở Y tế có trách nhiệm rà soát, xây dựng, trình UBND tỉnh quy trình."}) \
        == "Sở Y tế có trách nhiệm rà soát, xây dựng, trình UBND tỉnh quy trình"
    assert task_place("Phụ lục I, dòng 4") == "Phụ lục I" and task_place("2.3") == "2.3"


def test_a_task_place_is_the_numbering_the_document_prints() -> None:
    assert printed_place("2.2.4-b1") == "2.2.4" and printed_place("1-b2-b1") == "1"
    assert printed_place("Điều 6") == "Điều 6" and printed_place("Phụ lục I, dòng 4") == "Phụ lục I, dòng 4"
    assert printed_place("b3") == "" and printed_place(None) == ""
