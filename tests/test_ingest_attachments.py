"""Attachments printed after a document's recipients and signature (an attached Quy định, Kế
hoạch, Phụ lục): they get their own sections, the printed ids under the attachment's name (its
numbering starts again, ids stay unique), while `Nơi nhận` stays the
recipients section; ingestion finds them once (IngestedDocument.attachments) and the nlp side
reads their repeated header block and their title block from there (ingest.title_block), like the
document's own."""

from policylink.ingest.attachments import document_attachments
from policylink.ingest.pipeline import ingest_bytes
from policylink.ingest.title_block import header_zones, title_blocks
from policylink.search.passages import build_passages

MAX = 1024 * 1024

DECISION_WITH_REGULATION = """ỦY BAN NHÂN DÂN
HUYỆN TÂN KỲ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 112/QĐ-UBND
Tân Kỳ, ngày 02 tháng 4 năm 2025

QUYẾT ĐỊNH
Ban hành Quy định quản lý chợ trên địa bàn huyện

ỦY BAN NHÂN DÂN HUYỆN TÂN KỲ

Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy định quản lý chợ trên địa bàn huyện.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Điều 3. Chánh Văn phòng Ủy ban nhân dân huyện, Trưởng phòng Kinh tế và Hạ tầng thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Thường trực Huyện ủy;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH

Lê Văn Hòa

ỦY BAN NHÂN DÂN
HUYỆN TÂN KỲ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

QUY ĐỊNH
Quản lý chợ trên địa bàn huyện Tân Kỳ
(Ban hành kèm theo Quyết định số 112/QĐ-UBND ngày 02/4/2025 của Ủy ban nhân dân huyện Tân Kỳ)

Chương I
NHỮNG QUY ĐỊNH CHUNG

Điều 1. Phạm vi áp dụng
Quy định này áp dụng đối với các chợ do huyện quản lý.

Chương II
TRÁCH NHIỆM QUẢN LÝ

Điều 2. Trách nhiệm của Phòng Kinh tế và Hạ tầng
1. Chủ trì kiểm tra hoạt động của các chợ hằng quý.
2. Hướng dẫn Ủy ban nhân dân các xã:
a) Lập phương án bố trí ngành hàng;
b) Báo cáo kết quả trước ngày 15 tháng 12 hằng năm.

Điều 3. Trách nhiệm của Ủy ban nhân dân các xã
Ủy ban nhân dân các xã tổ chức thực hiện Quy định này.
"""

DECISION_WITH_PLAN = """ỦY BAN NHÂN DÂN
TỈNH LẠNG SƠN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Số: 905/QĐ-UBND
Lạng Sơn, ngày 20 tháng 5 năm 2025

QUYẾT ĐỊNH
Phê duyệt Kế hoạch phòng, chống thiên tai năm 2025

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH

Căn cứ Luật Phòng, chống thiên tai ngày 19 tháng 6 năm 2013;

QUYẾT ĐỊNH:

Điều 1. Phê duyệt kèm theo Quyết định này Kế hoạch phòng, chống thiên tai năm 2025.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký./.

Nơi nhận:
- Như Điều 2;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Hoàng Văn Minh

KẾ HOẠCH
Phòng, chống thiên tai năm 2025
(Kèm theo Quyết định số 905/QĐ-UBND ngày 20/5/2025 của Chủ tịch Ủy ban nhân dân tỉnh)

I. MỤC ĐÍCH, YÊU CẦU
1. Chủ động phòng ngừa, ứng phó kịp thời.

II. NHIỆM VỤ
1. Sở Nông nghiệp và Phát triển nông thôn:
- Kiểm tra hồ đập trước mùa mưa bão;
- Tổng hợp thiệt hại báo cáo Ủy ban nhân dân tỉnh.
2. Ủy ban nhân dân các huyện rà soát khu dân cư vùng sạt lở.

PHỤ LỤC
DANH MỤC CÔNG TRÌNH CẦN KIỂM TRA
1. Hồ Bản Lải.
2. Hồ Khuổi Mực.
"""

STANDALONE_REGULATION = """UBND TỈNH YÊN BÁI
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

QUY CHẾ
Làm việc của Ban Chỉ đạo chuyển đổi số tỉnh
(Ban hành kèm theo Quyết định số 77/QĐ-BCĐ ngày 10/3/2025 của Ban Chỉ đạo)

Chương I
QUY ĐỊNH CHUNG

Điều 1. Phạm vi điều chỉnh
Quy chế này quy định nguyên tắc làm việc của Ban Chỉ đạo.

Điều 2. Chế độ họp
1. Ban Chỉ đạo họp định kỳ 6 tháng một lần.
"""

NUMBERING_RESTARTS = """TỈNH ỦY HÒA BÌNH
*
Số 21-QĐ/TU
ĐẢNG CỘNG SẢN VIỆT NAM
Hòa Bình, ngày 8 tháng 8 năm 2024

QUYẾT ĐỊNH
ban hành quy chế làm việc

Điều 1. Ban hành kèm theo Quyết định này quy chế làm việc.

Điều 2. Các đồng chí cấp ủy viên thi hành Quyết định này.

Nơi nhận:
- Các đảng bộ trực thuộc,
- Lưu Văn phòng Tỉnh ủy.

T/M TỈNH ỦY
BÍ THƯ

Chương I
NGUYÊN TẮC LÀM VIỆC

Điều 1. Nguyên tắc
1. Bảo đảm nguyên tắc tập trung dân chủ.

Điều 2. Chế độ báo cáo
1. Văn phòng Tỉnh ủy báo cáo Thường trực Tỉnh ủy hằng tháng.
"""


def _ingest(text: str, name: str = "van-ban.txt"):
    return ingest_bytes(text.encode("utf-8"), name, max_bytes=MAX)


def _ids(doc) -> list[str]:
    return [s.id for s in doc.sections]


def _section(doc, sid: str, after: int = 0):
    return next(s for s in doc.sections if s.id == sid and s.start >= after)


def test_attached_regulation_gets_its_own_sections_under_its_name() -> None:
    doc = _ingest(DECISION_WITH_REGULATION)
    assert _ids(doc) == [
        "Điều 1", "Điều 2", "Điều 3", "recipients",
        "Quy định.Chương I", "Quy định.Điều 1", "Quy định.Chương II", "Quy định.Điều 2",
        "Quy định.Điều 2.1", "Quy định.Điều 2.2", "Quy định.Điều 2.2.a", "Quy định.Điều 2.2.b",
        "Quy định.Điều 3",
    ]
    attached = _section(doc, "Quy định.Điều 2.2.b")
    assert doc.text[attached.start:attached.end].startswith("b) Báo cáo kết quả trước ngày 15 tháng 12")
    assert _section(doc, "Quy định.Chương II").parent is None
    assert _section(doc, "Quy định.Điều 2.2.a").parent == "Quy định.Điều 2.2"


def test_recipients_section_stops_before_the_attachment() -> None:
    doc = _ingest(DECISION_WITH_REGULATION)
    recipients = _section(doc, "recipients")
    block = doc.text[recipients.start:recipients.end]
    assert block.startswith("Nơi nhận:")
    assert block.endswith("Lê Văn Hòa")  # the signature stays with it
    assert "QUY ĐỊNH" not in block
    assert doc.header.recipients == ("Như Điều 3", "Thường trực Huyện ủy", "Lưu: VT")
    assert doc.header.doc_type == "Quyết định" and doc.header.key == "112/QĐ-UBND"


def test_attachment_header_and_title_blocks_belong_to_no_section() -> None:
    doc = _ingest(DECISION_WITH_REGULATION)
    for line in ("HUYỆN TÂN KỲ\nCỘNG HÒA", "(Ban hành kèm theo Quyết định số 112"):
        offset = doc.text.index(line, doc.text.index("Lê Văn Hòa"))
        assert not [s for s in doc.sections if s.start <= offset < s.end]


def test_layout_lists_the_attachment_header_and_title_blocks() -> None:
    doc = _ingest(DECISION_WITH_REGULATION)
    text = doc.text
    zones = [text[a:b] for a, b in header_zones(text, doc.attachments)]
    assert zones[0].startswith("ỦY BAN NHÂN DÂN\nHUYỆN TÂN KỲ") and "QUYẾT ĐỊNH" not in zones[0]
    assert zones[1].strip() == (
        "ỦY BAN NHÂN DÂN\nHUYỆN TÂN KỲ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc"
    )
    titles = [text[a:b] for a, b in title_blocks(text, doc.attachments)]
    assert titles[0] == "QUYẾT ĐỊNH\nBan hành Quy định quản lý chợ trên địa bàn huyện"
    assert titles[1].startswith("QUY ĐỊNH\nQuản lý chợ")
    assert titles[1].endswith("của Ủy ban nhân dân huyện Tân Kỳ)")
    assert len(zones) == len(titles) == 2


def test_ingestion_finds_the_attachments_once_and_the_layout_reads_them() -> None:
    doc = _ingest(DECISION_WITH_PLAN)
    assert [a.type_line(doc.text) for a in doc.attachments] == ["KẾ HOẠCH", "PHỤ LỤC"]
    assert document_attachments(doc.text) == doc.attachments  # what a stored version finds again
    # a caller holding only the text gets the same layout, found by the same rule
    assert title_blocks(doc.text, doc.attachments) == title_blocks(doc.text)
    assert header_zones(doc.text, doc.attachments) == header_zones(doc.text)
    # the layout holds no attachment the caller does not give
    assert title_blocks(doc.text, ()) == title_blocks(doc.text)[:1]
    # the document carries them, so that nlp reads them rather than finding them again
    assert doc.header_zones == tuple(header_zones(doc.text, doc.attachments))
    assert doc.title_blocks == tuple(title_blocks(doc.text, doc.attachments))
    first_lines = [doc.text[a:b].split("\n")[0] for a, b in doc.title_blocks]
    assert first_lines == ["QUYẾT ĐỊNH", "KẾ HOẠCH", "PHỤ LỤC"]


def test_plan_approved_by_a_decision_and_its_appendix_restart_numbering() -> None:
    doc = _ingest(DECISION_WITH_PLAN)
    recipients = _section(doc, "recipients")
    after = [s.id for s in doc.sections if s.start > recipients.start]
    assert after == [
        "Kế hoạch.I", "Kế hoạch.I.1", "Kế hoạch.II", "Kế hoạch.II.1", "Kế hoạch.II.1-b1",
        "Kế hoạch.II.1-b2", "Kế hoạch.II.2", "Phụ lục.1", "Phụ lục.2",
    ]
    assert doc.text[recipients.start:recipients.end].endswith("Hoàng Văn Minh")
    titles = [doc.text[a:b] for a, b in title_blocks(doc.text)]
    assert [t.split("\n")[0] for t in titles] == ["QUYẾT ĐỊNH", "KẾ HOẠCH", "PHỤ LỤC"]
    assert titles[2] == "PHỤ LỤC\nDANH MỤC CÔNG TRÌNH CẦN KIỂM TRA"
    # no repeated issuer lines above the plan: its signature is not a header block
    assert [doc.text[a:b] for a, b in header_zones(doc.text)][1:] == []


def test_numbering_restarting_after_the_signature_opens_an_attachment() -> None:
    doc = _ingest(NUMBERING_RESTARTS)
    assert _ids(doc) == [
        "Điều 1", "Điều 2", "recipients", "Đính kèm.Chương I", "Đính kèm.Điều 1", "Đính kèm.Điều 1.1",
        "Đính kèm.Điều 2", "Đính kèm.Điều 2.1",
    ]
    recipients = _section(doc, "recipients")
    assert doc.text[recipients.start:recipients.end].endswith("BÍ THƯ")
    assert doc.header.recipients == ("Các đảng bộ trực thuộc", "Lưu Văn phòng Tỉnh ủy")


def test_a_regulation_read_alone_keeps_its_title_as_its_own() -> None:
    doc = _ingest(STANDALONE_REGULATION)
    assert _ids(doc) == ["Chương I", "Điều 1", "Điều 2", "Điều 2.1"]
    assert doc.header.doc_type == "Quy chế"
    titles = [doc.text[a:b] for a, b in title_blocks(doc.text)]
    assert len(titles) == 1 and titles[0].startswith("QUY CHẾ\nLàm việc")
    assert len(header_zones(doc.text)) == 1


def test_document_without_attachment_keeps_recipients_to_the_end() -> None:
    text = DECISION_WITH_REGULATION[: DECISION_WITH_REGULATION.index("Lê Văn Hòa") + len("Lê Văn Hòa")]
    doc = _ingest(text + "\n")
    assert _ids(doc)[-1] == "recipients"
    recipients = _section(doc, "recipients")
    assert doc.text[recipients.start:recipients.end].endswith("Lê Văn Hòa")
    assert title_blocks(doc.text) == title_blocks(doc.text)[:1]


def test_search_indexes_the_attachment_but_not_the_recipients() -> None:
    doc = _ingest(DECISION_WITH_REGULATION)
    passages = build_passages(doc, "quyet-dinh-112")
    texts = [p.text for p in passages]
    assert any(t.startswith("2. Hướng dẫn Ủy ban nhân dân các xã") for t in texts)
    assert not any("Thường trực Huyện ủy" in t for t in texts)
    assert not any(p.section == "recipients" for p in passages)


def test_appendices_are_told_apart_by_their_numeral_or_their_order() -> None:
    numbered = DECISION_WITH_PLAN.replace("PHỤ LỤC\n", "PHỤ LỤC II\n")
    doc = _ingest(numbered + "\nPHỤ LỤC III\nDANH MỤC XÃ VÙNG TRŨNG\n1. Xã Hữu Lũng.\n")
    assert [s.id for s in doc.sections if s.id.startswith("Phụ lục")] == [
        "Phụ lục II.1", "Phụ lục II.2", "Phụ lục III.1",
    ]
    twice = _ingest(DECISION_WITH_PLAN + "\nPHỤ LỤC\nDANH MỤC XÃ VÙNG TRŨNG\n1. Xã Hữu Lũng.\n")
    ids = _ids(twice)
    assert ids[-3:] == ["Phụ lục.1", "Phụ lục.2", "Phụ lục 2.1"]
    assert len(ids) == len(set(ids))


def test_a_chapter_title_printed_under_its_number_is_its_heading() -> None:
    doc = _ingest(DECISION_WITH_REGULATION)
    chapters = {s.id: s.heading for s in doc.sections if "Chương" in s.id}
    assert chapters == {
        "Quy định.Chương I": "NHỮNG QUY ĐỊNH CHUNG",
        "Quy định.Chương II": "TRÁCH NHIỆM QUẢN LÝ",
    }
    # the article under it is still the chapter's child, and its own heading is untouched
    article = _section(doc, "Quy định.Điều 1")
    assert article.parent == "Quy định.Chương I" and article.heading == "Phạm vi áp dụng"
