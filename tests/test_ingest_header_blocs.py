"""Header parsing: Party committees of a bloc of agencies (`ĐẢNG ỦY KHỐI ...`) and a Công văn
whose subject line is long or cites another document."""

import pytest

from policylink.ingest.pipeline import ingest_bytes

MAX = 1024 * 1024
BODY = "I. NHIỆM VỤ\n1. Các chi bộ trực thuộc quán triệt kế hoạch này.\n"


def _header(text: str):
    return ingest_bytes(text.encode("utf-8"), "van-ban.txt", max_bytes=MAX).header


@pytest.mark.parametrize(
    ("organ_lines", "issuer", "jurisdiction"),
    [
        ("ĐẢNG BỘ TỈNH THANH HÓA\nĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH", "Đảng ủy Khối các cơ quan tỉnh",
         "Thanh Hóa"),
        ("TỈNH ỦY QUẢNG TRỊ\nĐẢNG ỦY KHỐI DOANH NGHIỆP TỈNH", "Đảng ủy Khối doanh nghiệp tỉnh", "Quảng Trị"),
        ("ĐẢNG BỘ KHỐI CÁC CƠ QUAN TỈNH", "Đảng bộ Khối các cơ quan tỉnh", "Thanh Hóa"),
        ("ĐẢNG ỦY KHỐI CÁC CƠ QUAN TỈNH\nBAN THƯỜNG VỤ", "Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh",
         "Thanh Hóa"),
    ],
)
def test_bloc_committee_is_the_issuer_and_the_province_its_jurisdiction(
    organ_lines: str, issuer: str, jurisdiction: str
) -> None:
    header = _header(
        f"{organ_lines}\n*\nSố 31-KH/ĐUK\nĐẢNG CỘNG SẢN VIỆT NAM\nThanh Hóa, ngày 6 tháng 2 năm 2025\n\n"
        f"KẾ HOẠCH\nhọc tập chuyên đề năm 2025\n\n{BODY}"
    )
    assert header.issuer == issuer
    assert header.jurisdiction == jurisdiction
    assert header.doc_type == "Kế hoạch" and header.key == "31-KH/ĐUK"


def test_central_bloc_committee_has_no_jurisdiction() -> None:
    header = _header(
        "ĐẢNG BỘ KHỐI CÁC CƠ QUAN TRUNG ƯƠNG\nĐẢNG ỦY KHỐI CÁC CƠ QUAN TRUNG ƯƠNG\n*\nSố 05-HD/ĐUK\n"
        "ĐẢNG CỘNG SẢN VIỆT NAM\nHà Nội, ngày 3 tháng 4 năm 2025\n\nHƯỚNG DẪN\nsinh hoạt chi bộ\n\n" + BODY
    )
    assert header.issuer == "Đảng ủy Khối các cơ quan Trung ương"
    assert header.jurisdiction is None


@pytest.mark.parametrize(
    "subject",
    [
        "V/v thực hiện Nghị quyết số 12/NQ-CP ngày 5/2/2025 của Chính phủ về các nhiệm vụ, giải pháp "
        "thúc đẩy tăng trưởng các ngành, lĩnh vực",
        "V/v tăng cường công tác phòng cháy, chữa cháy tại các khu dân cư, chợ, trung tâm thương mại "
        "và cơ sở sản xuất, kinh doanh dịp cuối năm",
        "V/v góp ý dự thảo",
    ],
)
def test_cong_van_subject_of_any_length_keeps_type_and_date(subject: str) -> None:
    header = _header(
        "ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\nSỞ XÂY DỰNG\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        f"Độc lập - Tự do - Hạnh phúc\nSố: 418/SXD-QLN\n{subject}\nQuảng Ngãi, ngày 11 tháng 3 năm 2025\n\n"
        "Kính gửi:\n- Ủy ban nhân dân các huyện;\n- Các phòng chuyên môn.\n\n"
        "Sở Xây dựng đề nghị các đơn vị thực hiện các nội dung sau:\n1. Rà soát hồ sơ trước ngày 30/3/2025.\n"
    )
    assert header.doc_type == "Công văn"
    assert header.issue_date == "2025-03-11"
    assert header.key == "418/SXD-QLN"
    assert header.title == subject


@pytest.mark.parametrize(
    ("printed", "issuer"),
    [
        ("SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "Sở Văn hóa, Thể thao và Du lịch"),
        ("SỞ NÔNG NGHIỆP VÀ PHÁT TRIỂN NÔNG THÔN", "Sở Nông nghiệp và Phát triển nông thôn"),
        ("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI", "Sở Lao động - Thương binh và Xã hội"),
        ("SỞ TƯ PHÁP", "Sở Tư pháp"),
    ],
)
def test_a_department_issuer_is_written_as_its_name_is(printed: str, issuer: str) -> None:
    header = _header(
        f"ỦY BAN NHÂN DÂN TỈNH HÀ TĨNH\n{printed}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\n"
        "Số: 215/KH-S\nHà Tĩnh, ngày 4 tháng 3 năm 2025\n\nKẾ HOẠCH\nKiểm tra chuyên ngành năm 2025\n\n"
        + BODY
    )
    assert header.issuer == issuer
