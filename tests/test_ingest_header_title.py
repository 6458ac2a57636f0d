"""The title a document gives itself: the subject under its type line, whatever its case or
length, without the line naming who decides or the rule printed under it."""

from policylink.ingest.pipeline import ingest_bytes

MAX = 10 * 1024 * 1024
TOP = (
    "ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 18/2025/QĐ-UBND\n"
    "Ninh Bình, ngày 3 tháng 3 năm 2025\n\n"
)


def _header(text: str):
    return ingest_bytes(text.encode("utf-8"), "van-ban.txt", max_bytes=MAX).header


def test_sentence_case_subject_stops_at_the_line_naming_who_decides() -> None:
    header = _header(
        TOP + "QUYẾT ĐỊNH\nBan hành Quy định quản lý nghĩa trang\ntrên địa bàn tỉnh\n\n"
        "ỦY BAN NHÂN DÂN TỈNH NINH BÌNH\n\nCăn cứ Luật Tổ chức chính quyền địa phương;\n\n"
        "QUYẾT ĐỊNH:\n\nĐiều 1. Ban hành kèm theo Quyết định này Quy định quản lý nghĩa trang.\n"
    )
    assert header.title == "Ban hành Quy định quản lý nghĩa trang trên địa bàn tỉnh"
    assert header.key == "18/2025/QĐ-UBND" and header.issue_date == "2025-03-03"


def test_a_long_subject_under_the_type_line_is_the_title_not_the_body() -> None:
    subject = (
        "Triển khai thực hiện Nghị quyết số 09-NQ/TU ngày 12/01/2025 của Ban Chấp hành Đảng bộ tỉnh "
        "về phát triển du lịch trở thành ngành kinh tế mũi nhọn giai đoạn 2025 - 2030"
    )
    header = _header(
        TOP.replace("QĐ-UBND", "KH-UBND") + f"KẾ HOẠCH\n{subject}\n"
        "Thực hiện Nghị quyết trên, Ủy ban nhân dân tỉnh ban hành Kế hoạch thực hiện với nội dung như sau:\n"
        "I. MỤC ĐÍCH, YÊU CẦU\n1. Cụ thể hóa các nhiệm vụ.\n"
    )
    assert len(subject) > 120
    assert header.doc_type == "Kế hoạch" and header.title == subject


def test_the_rule_under_an_upper_case_title_is_no_part_of_it() -> None:
    header = _header(
        TOP + "CHỈ THỊ\nVỀ TĂNG CƯỜNG PHÒNG, CHỐNG CHÁY RỪNG\n-----\n\nMùa khô năm nay dự báo kéo dài.\n"
    )
    assert header.title == "VỀ TĂNG CƯỜNG PHÒNG, CHỐNG CHÁY RỪNG"
    plain = _header(TOP + "CHỈ THỊ\nTĂNG CƯỜNG PHÒNG, CHỐNG CHÁY RỪNG\n-----\n\nMùa khô năm nay kéo dài.\n")
    assert plain.title == "TĂNG CƯỜNG PHÒNG, CHỐNG CHÁY RỪNG"


def test_a_cong_van_subject_wrapped_before_a_cited_number_is_read_whole() -> None:
    header = _header(
        "ỦY BAN NHÂN DÂN                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "TỈNH YÊN BÁI                         Độc lập - Tự do - Hạnh phúc\n"
        "Số: 812 /UBND-TH                     Yên Bái, ngày 05 tháng 3 năm 2026\n"
        "V/v triển khai thực hiện\nNghị định số 12/2026/NĐ-CP của Chính phủ\n"
        "Kính gửi: Các sở, ban, ngành thuộc UBND tỉnh.\n"
        "Thực hiện Nghị định số 12/2026/NĐ-CP, Chủ tịch Ủy ban nhân dân tỉnh yêu cầu các sở rà soát.\n"
    )
    assert header.title == "V/v triển khai thực hiện Nghị định số 12/2026/NĐ-CP của Chính phủ"
    assert header.key == "812/UBND-TH" and header.issue_date == "2026-03-05"
