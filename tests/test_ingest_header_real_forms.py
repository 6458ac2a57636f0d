"""Header forms met in published documents, each on a header written for the test: columns aligned with
spaces or written as a `|` table, a committee's term after its name, `TƯ` read for `TU`, a type line
running into its subject, a symbol typed with a space by its dash, a date word without its space."""

from policylink.core.identity import document_id
from policylink.ingest.issuers import infer_jurisdiction
from policylink.ingest.model import Header
from policylink.ingest.pipeline import ingest_bytes

_BODY = "\n1. Tổ chức quán triệt đến toàn thể cán bộ, đảng viên.\n"


def _header(text: str) -> Header:
    return ingest_bytes(text.encode("utf-8"), "van-ban.txt", max_bytes=1 << 20).header


def test_space_aligned_two_column_header_is_read_whole() -> None:
    header = _header(
        "ỦY BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "TỈNH HÀ NAM                          Độc lập - Tự do - Hạnh phúc\n"
        "Số: 12/KH-UBND                     Hà Nam, ngày 20 tháng 6 năm 2023\n\n"
        "KẾ HOẠCH\nTriển khai trồng cây xanh năm 2023\n" + _BODY
    )
    assert (header.key, header.issue_date, header.place, header.jurisdiction) == (
        "12/KH-UBND", "2023-06-20", "Hà Nam", "Hà Nam"
    )
    assert header.issuer == "Ủy ban nhân dân tỉnh" and header.doc_type == "Kế hoạch"


def test_a_committee_term_is_no_place() -> None:
    header = _header(
        "TỈNH ỦY QUẢNG BÌNH\n*\nSố 15-NQ/TU\nĐẢNG CỘNG SẢN VIỆT NAM\nĐồng Hới, ngày 5 tháng 3 năm 2024\n\n"
        "NGHỊ QUYẾT\nCỦA BAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHÓA XVII)\nvề phát triển kinh tế biển\n" + _BODY
    )
    assert (header.issuer, header.jurisdiction) == ("Ban Chấp hành Đảng bộ tỉnh", "Quảng Bình")
    above = _header(
        "BAN CHẤP HÀNH ĐẢNG BỘ TỈNH (KHOÁ XVII)\nTỈNH ỦY QUẢNG BÌNH\n*\nSố 15-NQ/TU\nĐẢNG CỘNG SẢN VIỆT NAM\n"
        "Đồng Hới, ngày 5 tháng 3 năm 2024\n\nNGHỊ QUYẾT\nvề phát triển kinh tế biển\n" + _BODY
    )
    assert above.jurisdiction == "Quảng Bình"


def test_a_hooked_tu_in_a_provincial_key_is_tu() -> None:
    header = _header(
        "TỈNH ỦY LAI CHÂU\n*\nSố 08-CT/TƯ\nĐẢNG CỘNG SẢN VIỆT NAM\nLai Châu, ngày 2 tháng 8 năm 2024\n\n"
        "CHỈ THỊ\ncủa Ban Thường vụ Tỉnh ủy về phòng, chống thiên tai\n" + _BODY
    )
    assert (header.key, header.symbol) == ("08-CT/TU", "CT/TU")
    lai_chau = document_id(key=header.key, jurisdiction=header.jurisdiction, year=2024)
    assert lai_chau == "lai-chau/08-CT/TU/2024"
    central = _header(
        "BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 21-CT/TƯ\nĐẢNG CỘNG SẢN VIỆT NAM\n"
        "Hà Nội, ngày 2 tháng 8 năm 2024\n\n"
        "CHỈ THỊ\ncủa Ban Bí thư về công tác dân vận\n" + _BODY
    )
    assert central.key == "21-CT/TW"


def test_central_conclusion_with_its_issuer_and_subject_on_the_type_line() -> None:
    header = _header(
        "BAN CHẤP HÀNH TRUNG ƯƠNG\n*\nSố 99-KL/TW\nĐẢNG CỘNG SẢN VIỆT NAM\n"
        "Hà Nội, ngày 4 tháng 9 năm 2024\n\n"
        "KẾT LUẬN CỦA BỘ CHÍNH TRỊ VỀ PHÁT TRIỂN VĂN HÓA ĐỌC\n" + _BODY
    )
    assert (header.issuer, header.jurisdiction) == ("Bộ Chính trị", None)
    assert header.title == "VỀ PHÁT TRIỂN VĂN HÓA ĐỌC"
    assert document_id(key=header.key, jurisdiction=header.jurisdiction, year=2024) == "tw/99-KL/TW/2024"


def test_spacing_slips_in_the_number_and_date_lines() -> None:
    header = _header(
        "ỦY BAN NHÂN DÂN\nTỈNH SÓC TRĂNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 451/QĐ- UBND\n"
        "Sóc Trăng, ngày 7 tháng12 năm 2024\n\nQUYẾT ĐỊNH\nVề việc thành lập Tổ công tác\n" + _BODY
    )
    assert (header.key, header.symbol, header.issue_date) == ("451/QĐ-UBND", "QĐ-UBND", "2024-12-07")


def test_a_province_word_ending_a_table_cell_names_no_province() -> None:
    assert infer_jurisdiction("1\tKiến nghị của tỉnh\tBộ Tài chính xử lý\n") is None
    assert infer_jurisdiction("Ủy ban nhân dân tỉnh Hà Nam đề nghị.") == "Hà Nam"


def test_the_lower_line_of_an_issuing_block_names_the_unit_that_issues() -> None:
    motto = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
    department = _header(
        "BỘ NÔNG NGHIỆP VÀ MÔI TRƯỜNG\nCỤC CHĂN NUÔI\n" + motto + "Số: 410/CN-TĂCN\n"
        "Hà Nội, ngày 3 tháng 9 năm 2024\n\nTHÔNG BÁO\nVề thức ăn chăn nuôi\n" + _BODY
    )
    assert (department.issuer, department.jurisdiction) == ("Cục Chăn nuôi", None)
    office = _header(
        "VĂN PHÒNG QUỐC HỘI\n" + motto + "Số: 77/TB-VPQH\nHà Nội, ngày 4 tháng 9 năm 2024\n\nTHÔNG BÁO\n"
        "Về lịch làm việc\n" + _BODY
    )
    assert office.issuer == "Văn phòng Quốc hội"
    branch = _header(
        "CỤC THUẾ\nTHUẾ TỈNH HÀ NAM\n" + motto + "Số: 21/HNA-QLDN\nHà Nam, ngày 5 tháng 9 năm 2024\n\n"
        "CÔNG VĂN\nVề hóa đơn\n" + _BODY
    )
    assert (branch.issuer, branch.jurisdiction) == ("Thuế tỉnh Hà Nam", "Hà Nam")
    district = _header(
        "THUẾ TỈNH HÀ NAM\nCHI CỤC THUẾ KHU VỰC II\n" + motto + "Số: 5/CCT-KV2\n"
        "Hà Nam, ngày 6 tháng 9 năm 2024\n\nCÔNG VĂN\nVề hóa đơn\n" + _BODY
    )
    assert (district.issuer, district.jurisdiction) == ("Chi cục Thuế khu vực II", "Hà Nam")


def test_a_text_without_a_header_takes_no_place_from_its_addressee() -> None:
    header = _header("Kính gửi: Thuế tỉnh Lạng Sơn.\nCục Thuế nhận được công văn số 12/LSO-NVT của Thuế tỉnh "
                     "Lạng Sơn. Đề nghị Thuế tỉnh Lạng Sơn thực hiện theo quy định.\n")
    assert (header.key, header.issuer, header.jurisdiction) == (None, None, None)


def test_a_header_without_a_place_still_takes_the_place_its_text_names() -> None:
    header = _header("ỦY BAN NHÂN DÂN\nSố: 12/KH-UBND\nngày 3 tháng 3 năm 2025\nKẾ HOẠCH\n"
                     "Phát triển du lịch\nỦy ban nhân dân tỉnh Lạng Sơn ban hành kế hoạch du lịch tỉnh "
                     "Lạng Sơn.\n")
    assert header.jurisdiction == "Lạng Sơn"


def test_a_text_without_a_header_is_named_by_its_annex_line() -> None:
    header = _header("Kính gửi: Ủy ban nhân dân các tỉnh, thành phố.\nBộ Nội vụ đề nghị các tỉnh báo cáo "
                     "theo mẫu kèm theo.\nPhụ lục\n(Kèm theo Công văn số 4120/BNV-TCBC ngày 5 tháng 11 năm "
                     "2025 của Bộ Nội vụ)\nBiểu mẫu báo cáo\n")
    assert (header.doc_type, header.number, header.symbol, header.key, header.issue_date) == (
        "Công văn", "4120", "BNV-TCBC", "4120/BNV-TCBC", "2025-11-05")
    assert header.jurisdiction is None


def test_a_date_whose_wide_spaces_were_read_as_column_breaks_is_read_whole() -> None:
    header = _header(
        "ỦY BAN NHÂN DÂN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "TỈNH HÀ NAM                          Độc lập - Tự do - Hạnh phúc\n"
        "Số: 12/KH-UBND                     Hà Nam, ngày     20    tháng 6 năm 2023\n\n"
        "KẾ HOẠCH\nTriển khai trồng cây xanh năm 2023\n" + _BODY
    )
    assert (header.key, header.issue_date, header.place) == ("12/KH-UBND", "2023-06-20", "Hà Nam")


def test_header_written_as_a_bar_table_is_read() -> None:
    header = _header(
        "ỦY BAN NHÂN DÂN          TỈNH HÀ GIANG |  | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
        " Độc lập - Tự do - Hạnh phúc\n"
        "Số: 25/KH-UBND |  | Hà Giang, ngày 3 tháng 4 năm 2026\n\n"
        "KẾ HOẠCH\nPhòng, chống cháy rừng năm 2026\n"
        "\n1. Tổ chức tuần tra các khu rừng trọng điểm.\n"
    )
    assert (header.key, header.issue_date, header.place, header.doc_type) == (
        "25/KH-UBND", "2026-04-03", "Hà Giang", "Kế hoạch")
    assert header.issuer == "Ủy ban nhân dân tỉnh" and header.jurisdiction == "Hà Giang"


def test_a_number_the_header_cannot_read_is_not_taken_from_the_subject_line() -> None:
    """`Số:` scanned unreadably: the decree the wrapped `V/v` line cites (`số 40/2025/NĐ-CP`, lower case)
    is not the letter's own number."""
    header = _header(
        "BỘ XÂY DỰNG\nSố: ZI7Ø/BXD-KHTC\nHà Nội, ngày 12 tháng 4 năm 2025\n"
        "V/v hướng dẫn Nghị định\nsố 40/2025/NĐ-CP của Chính phủ\n\n"
        "Kính gửi: Ủy ban nhân dân các tỉnh, thành phố trực thuộc trung ương.\n" + _BODY
    )
    assert header.key is None and header.number is None
    assert header.title == "V/v hướng dẫn Nghị định số 40/2025/NĐ-CP của Chính phủ"
