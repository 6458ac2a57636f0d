"""Text ingestion: the shipped conclusion and small documents of the other common layouts."""

import unicodedata
from pathlib import Path

import pytest
from ingest_fixtures import CONCLUSION

from policylink.ingest.model import Section
from policylink.ingest.pipeline import ingest_bytes, ingest_file

MAX = 10 * 1024 * 1024


@pytest.fixture(scope="module")
def conclusion():
    return ingest_file(CONCLUSION, max_bytes=MAX)


def _ids(sections: tuple[Section, ...]) -> list[str]:
    return [s.id for s in sections]


def test_conclusion_header_without_number_or_date(conclusion):
    header = conclusion.header
    assert header.doc_type == "Kết luận"
    assert header.issuer == "Ban Thường vụ Tỉnh ủy"
    assert header.jurisdiction == "Bắc Giang"
    assert header.number is None and header.symbol is None and header.key is None
    assert header.issue_date is None and header.place is None
    assert header.title == (
        "về kết quả nghiên cứu, tổng kết thực tiễn quá trình lãnh đạo, chỉ đạo và tổ chức thực hiện xây dựng "
        "kết cấu hạ tầng (công nghiệp, đô thị, giao thông) trên địa bàn tỉnh từ năm 2010 đến nay"
    )
    assert header.recipients[0] == "Ban Bí thư"
    assert header.recipients[-1] == "Lưu Văn phòng Tỉnh ủy"
    assert len(header.recipients) == 9


def test_conclusion_broken_sentences_read_whole(conclusion):
    text = conclusion.text
    assert "trọng điểm, trục kết nối (kết nối giữa các địa phương trong tỉnh" in text
    assert "nhất là kết cấu hạ tầng giao thông, công nghiệp, đô thị; đối chiếu với mục tiêu" in text
    assert unicodedata.is_normalized("NFC", text)


def test_conclusion_footnote_moved_to_the_end_with_anchor(conclusion):
    (note,) = conclusion.footnotes
    assert note.marker == "¹"
    assert note.text.startswith("Kết luận số 55-KL/TU ngày 07/3/2021 của Ban Thường vụ Tỉnh ủy")
    assert conclusion.text[note.anchor - len("Tỉnh ủy"): note.anchor + 1] == "Tỉnh ủy¹"
    last_line = conclusion.text.rsplit("\n", 1)[-1]
    assert last_line == f"¹ {note.text}"
    assert conclusion.text.count("Kết luận số 55-KL/TU") == 1


def test_conclusion_section_tree(conclusion):
    sections = {s.id: s for s in conclusion.sections}
    assert _ids(conclusion.sections) == [
        "1", "2", "2.1", "2.1-b1", "2.1-b2", "2.1-b3", "2.2", "2.2.1", "2.2.2", "2.2.3", "2.2.4",
        "2.2.4-b1", "2.2.4-b2", "2.2.4-b3", "2.3", "2.3-b1", "2.3-b2", "2.3-b3", "2.3-b4", "2.3-b5",
        "2.4", "2.5", "2.6", "2.7", "3", "recipients",
    ]
    text = conclusion.text
    assert sections["2.3"].heading == "Ban cán sự đảng UBND tỉnh:"
    assert sections["2.3-b2"].parent == "2.3" and sections["2.3-b2"].level == 3
    assert text[sections["2.3-b2"].start:].startswith("- Chỉ đạo UBND tỉnh tham mưu")
    assert text[: sections["2.3-b2"].end].endswith("hoàn thành trong quý IV/2024.")
    assert sections["2.2.1"].parent == "2.2" and sections["2.2"].parent == "2"
    assert sections["2"].end == sections["2.7"].end  # a section spans its children
    assert text[sections["recipients"].start:].startswith("Nơi nhận:")
    assert sections["recipients"].end <= text.index("¹ Kết luận")


def _doc(text: str, name: str = "doc.txt"):
    return ingest_bytes(text.encode("utf-8"), name, max_bytes=MAX)


def test_two_column_party_header_as_tab_separated_lines():
    doc = _doc(
        "TỈNH ỦY BẮC GIANG\tĐẢNG CỘNG SẢN VIỆT NAM\nBAN THƯỜNG VỤ\n*\n"
        "Số 55-KL/TU\tBắc Giang, ngày 7 tháng 3 năm 2021\n\nKẾT LUẬN\n"
        "về tiếp tục thực hiện Nghị quyết số 113-NQ/TU\n\n1. Giao Ban cán sự đảng UBND tỉnh chủ trì.\n"
    )
    header = doc.header
    assert (header.doc_type, header.number, header.symbol) == ("Kết luận", "55", "KL/TU")
    assert header.key == "55-KL/TU"
    assert (header.issuer, header.jurisdiction) == ("Ban Thường vụ Tỉnh ủy", "Bắc Giang")
    assert (header.place, header.issue_date) == ("Bắc Giang", "2021-03-07")
    assert header.title == "về tiếp tục thực hiện Nghị quyết số 113-NQ/TU"


def test_state_decree_header_and_articles():
    doc = _doc(
        "CHÍNH PHỦ\nSố: 30/2020/NĐ-CP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        "Hà Nội, ngày 05 tháng 3 năm 2020\n\nNGHỊ ĐỊNH\nVề công tác văn thư\n\n"
        "Căn cứ Luật Tổ chức Chính phủ ngày 19 tháng 6 năm 2015;\n\n"
        "Chương I\nQUY ĐỊNH CHUNG\n\nĐiều 1. Phạm vi điều chỉnh\n\n"
        "1. Nghị định này quy định về công tác văn thư.\n"
        "a) Soạn thảo, ký ban hành văn bản;\nb) Quản lý văn bản;\n"
        "2. Nghị định này áp dụng đối với cơ quan.\n\n"
        "Điều 2. Giải thích từ ngữ\n\nTrong Nghị định này, các từ ngữ dưới đây được hiểu như sau.\n"
    )
    header = doc.header
    assert (header.doc_type, header.number, header.symbol, header.key) == (
        "Nghị định", "30", "2020/NĐ-CP", "30/2020/NĐ-CP")
    assert (header.issuer, header.jurisdiction, header.place) == ("Chính phủ", None, "Hà Nội")
    assert header.issue_date == "2020-03-05" and header.title == "Về công tác văn thư"
    assert _ids(doc.sections) == [
        "Chương I", "Điều 1", "Điều 1.1", "Điều 1.1.a", "Điều 1.1.b", "Điều 1.2", "Điều 2"]
    parents = {s.id: s.parent for s in doc.sections}
    assert parents["Điều 1"] == "Chương I" and parents["Điều 1.1.b"] == "Điều 1.1"
    assert {s.id: s.heading for s in doc.sections}["Điều 1"] == "Phạm vi điều chỉnh"


def test_plan_with_roman_parts_letters_and_addressees():
    doc = _doc(
        "ỦY BAN NHÂN DÂN\nTỈNH BẮC NINH\nSố: 12/KH-UBND\n\nKẾ HOẠCH\nthực hiện chuyển đổi số năm 2024\n\n"
        "Kính gửi:\n- Các sở, ban, ngành tỉnh;\n- UBND các huyện, thành phố.\n\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\na) Nâng cao hiệu quả quản lý;\nb) Tăng cường phối hợp.\n"
        "II. NHIỆM VỤ\n1. Sở Thông tin và Truyền thông:\n- Chủ trì triển khai nền tảng số;\n"
        "+ Hoàn thành trong quý IV/2024;\n+ Báo cáo UBND tỉnh;\n- Hướng dẫn các huyện.\n"
    )
    header = doc.header
    assert (header.issuer, header.jurisdiction) == ("Ủy ban nhân dân tỉnh", "Bắc Ninh")
    assert header.doc_type == "Kế hoạch"
    assert header.key == "12/KH-UBND"
    assert _ids(doc.sections) == [
        "addressees", "I", "I.1", "I.1.a", "I.1.b", "II", "II.1", "II.1-b1", "II.1-b1-b1", "II.1-b1-b2",
        "II.1-b2",
    ]
    addressees = next(s for s in doc.sections if s.id == "addressees")
    assert doc.text[addressees.start:addressees.end].endswith("UBND các huyện, thành phố.")


def test_central_issuers_have_no_jurisdiction_even_when_provinces_are_named():
    for issuer_line, canonical in (("BỘ CHÍNH TRỊ", "Bộ Chính trị"),
                                   ("BAN CHẤP HÀNH TRUNG ƯƠNG", "Ban Chấp hành Trung ương")):
        doc = _doc(f"ĐẢNG CỘNG SẢN VIỆT NAM\n{issuer_line}\nSố 72-KL/TW\n\nKẾT LUẬN\nvề kết cấu hạ tầng\n\n"
                   "1. Phát triển vùng tỉnh Bắc Giang, tỉnh Bắc Ninh, tỉnh Bắc Giang.\n")
        assert (doc.header.issuer, doc.header.jurisdiction) == (canonical, None)
        assert doc.header.key == "72-KL/TW"


def test_tu_written_with_horn_is_normalised_in_the_key():
    doc = _doc("BAN CHẤP HÀNH TRUNG ƯƠNG\nSố 13-NQ/TƯ\n\nNGHỊ QUYẾT\nvề xây dựng kết cấu hạ tầng\n")
    assert doc.header.key == "13-NQ/TW" and doc.header.doc_type == "Nghị quyết"


def test_jurisdiction_inferred_from_the_most_named_province():
    doc = _doc("KẾT LUẬN\nCỦA BAN THƯỜNG VỤ TỈNH ỦY\nvề phát triển du lịch\n\n"
               "1. Phát triển du lịch tỉnh Lào Cai gắn với tỉnh Yên Bái; quảng bá tỉnh Lào Cai.\n")
    assert (doc.header.issuer, doc.header.jurisdiction) == ("Ban Thường vụ Tỉnh ủy", "Lào Cai")


def test_markdown_decoration_is_dropped(tmp_path: Path):
    path = tmp_path / "ghi-chu.md"
    path.write_text("# KẾT LUẬN\n\n**1.** Giao **Sở Xây dựng** chủ trì.\n", encoding="utf-8")
    doc = ingest_file(path, max_bytes=MAX)
    assert doc.source_format == "md"
    assert "1. Giao Sở Xây dựng chủ trì." in doc.text
    assert _ids(doc.sections) == ["1"]


def test_enumeration_in_parentheses_is_not_a_footnote():
    doc = _doc("1. Ba nhiệm vụ:\n\n(1) Quy hoạch;\n\n(2) Đầu tư.\n")
    assert doc.footnotes == ()
    assert "(1) Quy hoạch;" in doc.text


def test_parenthesised_footnote_marker():
    doc = _doc("1. Thực hiện Nghị quyết của Tỉnh ủy(1) và kế hoạch\n\n(1) Nghị quyết số 113-NQ/TU.\n\n"
               "của tỉnh đã đề ra.\n")
    (note,) = doc.footnotes
    assert note.marker == "(1)" and note.text == "Nghị quyết số 113-NQ/TU."
    assert "Tỉnh ủy(1) và kế hoạch của tỉnh đã đề ra." in doc.text
    assert doc.text.endswith("(1) Nghị quyết số 113-NQ/TU.")


@pytest.mark.parametrize(
    ("header", "issuer", "jurisdiction"),
    [
        # the type line names the issuing organ and wins over the committee above it
        ("TỈNH ỦY HÀ TĨNH\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 05-NQ/TU\nHà Tĩnh, ngày 2 tháng 3 năm 2024\n\n"
         "NGHỊ QUYẾT\nCỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH\nvề phát triển du lịch\n",
         "Ban Chấp hành Đảng bộ tỉnh", "Hà Tĩnh"),
        ("ĐẢNG BỘ TỈNH NGHỆ AN\nHUYỆN ỦY NAM ĐÀN\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 12-CT/HU\n"
         "Nam Đàn, ngày 2 tháng 3 năm 2024\n\nCHỈ THỊ\nCỦA BAN THƯỜNG VỤ HUYỆN ỦY\nvề nông thôn mới\n",
         "Ban Thường vụ Huyện ủy", "Nam Đàn"),
        # a Thông báo kết luận names its organ on the line under the type line
        ("TỈNH ỦY CAO BẰNG\nSố 88-TB/TU\nCao Bằng, ngày 9 tháng 4 năm 2024\n\n"
         "THÔNG BÁO\nKẾT LUẬN CỦA THƯỜNG TRỰC TỈNH ỦY\nvề công tác cán bộ\n",
         "Thường trực Tỉnh ủy", "Cao Bằng"),
    ],
)
def test_type_line_organ_is_the_issuer(header: str, issuer: str, jurisdiction: str):
    doc = _doc(header + "\n1. Các chi bộ thực hiện.\n")
    assert (doc.header.issuer, doc.header.jurisdiction) == (issuer, jurisdiction)


def test_a_date_inside_the_subject_line_is_not_the_issue_date() -> None:
    text = (
        "TỈNH ỦY BẮC GIANG\n\nSố 21-CT/TU\n\nCHỈ THỊ\n"
        "về tiếp tục thực hiện Nghị quyết số 13-NQ/TW ngày 16/01/2012 của Ban Chấp hành Trung ương\n\n"
        "1. Các cấp ủy quán triệt Chỉ thị này.\n"
    )
    doc = ingest_bytes(text.encode(), "chi-thi.txt", max_bytes=1_000_000)
    assert doc.header.key == "21-CT/TU"
    assert doc.header.issue_date is None


def test_cong_van_of_a_department_is_typed_by_its_subject_line_and_local() -> None:
    doc = _doc("UBND TỈNH LÀO CAI\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
               "SỞ TƯ PHÁP\tĐộc lập - Tự do - Hạnh phúc\nSố: 412/STP-PBGDPL\t"
               "Lào Cai, ngày 03 tháng 4 năm 2025\nV/v phổ biến Luật Đất đai năm 2024\n\n"
               "Kính gửi: Ủy ban nhân dân các huyện, thị xã, thành phố.\n\n"
               "1. Tổ chức phổ biến Luật Đất đai năm 2024 đến cán bộ, công chức.\n")
    assert (doc.header.doc_type, doc.header.key) == ("Công văn", "412/STP-PBGDPL")
    assert doc.header.jurisdiction == "Lào Cai"


def test_action_programme_type_line_is_read_whole() -> None:
    doc = _doc("THÀNH ỦY SƠN LA\nSố 12-CTr/TU\nSơn La, ngày 10 tháng 5 năm 2024\n\n"
               "CHƯƠNG TRÌNH HÀNH ĐỘNG\nthực hiện Nghị quyết số 27-NQ/TW\n\n1. Quán triệt nghị quyết.\n")
    assert doc.header.doc_type == "Chương trình hành động"


def test_citation_wrapped_before_its_article_number_opens_no_article() -> None:
    """A hard-wrapped line that starts with a cited article (`Điều 3 Thông tư này ...`) under a line
    stopping mid-sentence goes on that sentence: the clause keeps its article's number."""
    text = "\n".join([
        "THÔNG TƯ",
        "Hướng dẫn quản lý kho bạc",
        "Điều 5. Thủ tục đăng ký",
        "1. Đơn vị gửi hồ sơ đăng ký đến Kho bạc Nhà nước theo mẫu quy định tại",
        "Điều 3 Thông tư này trong vòng 05 ngày làm việc.",
        "2. Kho bạc Nhà nước kiểm tra hồ sơ, lập biên bản theo quy định tại khoản 1, khoản 2",
        "Điều 4,",
        "Điều 2 Thông tư này.",
        "Điều 6. Hiệu lực thi hành",
        "Điều 7 Quy định chung",
        "Thông tư này có hiệu lực từ ngày ký.",
    ])
    doc = ingest_bytes(text.encode("utf-8"), "thong-tu.txt", max_bytes=MAX)
    assert _ids(doc.sections) == ["Điều 5", "Điều 5.1", "Điều 5.2", "Điều 6", "Điều 7"]
