"""Ingestion rules of round 6: issuers of the Front's standing board and of the mass organisations
(header lines with `MTTQ`, `TỈNH ĐOÀN`, `HỘI NÔNG DÂN TỈNH`), and a `PHỤ LỤC` printed right above
its table: its title block stops before the table, and its rows get a section of their own."""

from policylink.ingest.issuers import canonical_issuer
from policylink.ingest.pipeline import ingest_bytes
from policylink.ingest.title_block import title_block, title_blocks

MAX = 1024 * 1024

FRONT_PLAN = """ỦY BAN MTTQ VIỆT NAM
TỈNH HÀ TĨNH
BAN THƯỜNG TRỰC
Số: 48/KH-MTTQ-BTT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hà Tĩnh, ngày 03 tháng 3 năm 2025

KẾ HOẠCH
Vận động Nhân dân tham gia bảo vệ môi trường năm 2025

I. NHIỆM VỤ
1. Ban Phong trào chủ trì tổ chức ra quân làm sạch đường làng trong quý II/2025.
"""


def test_front_standing_board_header_gives_issuer_and_province() -> None:
    header = ingest_bytes(FRONT_PLAN.encode(), "ke-hoach.txt", max_bytes=MAX).header
    assert header.issuer == "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"
    assert header.jurisdiction == "Hà Tĩnh"
    assert header.key == "48/KH-MTTQ-BTT"


def test_front_board_named_on_one_line() -> None:
    issuer = canonical_issuer(["BAN THƯỜNG TRỰC ỦY BAN MTTQ VIỆT NAM HUYỆN KỲ ANH"])
    assert issuer is not None
    assert issuer.name == "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam huyện"
    assert issuer.jurisdiction == "Kỳ Anh"


def test_mass_organisation_headers() -> None:
    cases = {
        ("TỈNH ĐOÀN THÁI BÌNH",): ("Tỉnh đoàn", "Thái Bình"),
        ("BAN THƯỜNG VỤ TỈNH ĐOÀN THÁI BÌNH",): ("Ban Thường vụ Tỉnh đoàn", "Thái Bình"),
        ("HỘI NÔNG DÂN TỈNH YÊN BÁI",): ("Hội Nông dân tỉnh", "Yên Bái"),
        ("LIÊN ĐOÀN LAO ĐỘNG TỈNH LONG AN",): ("Liên đoàn Lao động tỉnh", "Long An"),
        ("HỘI LIÊN HIỆP PHỤ NỮ", "TỈNH CÀ MAU"): ("Hội Liên hiệp Phụ nữ tỉnh", "Cà Mau"),
    }
    for lines, expected in cases.items():
        issuer = canonical_issuer(list(lines))
        assert issuer is not None, lines
        assert (issuer.name, issuer.jurisdiction) == expected


PLAN_WITH_APPENDIX = """KẾ HOẠCH
Phát triển nghề truyền thống tỉnh năm 2026

I. NHIỆM VỤ
1. Sở Công Thương chủ trì rà soát các làng nghề truyền thống.
2. Đề nghị Hội Nông dân tỉnh tuyên truyền, vận động hội viên tham gia.
PHỤ LỤC
DANH MỤC NHIỆM VỤ CỤ THỂ
STT\tNội dung\tCơ quan chủ trì\tThời gian
1\tXây dựng bản đồ làng nghề\tSở Công Thương\tQuý III/2026
2\tTổ chức hội chợ làng nghề\tSở Văn hóa, Thể thao và Du lịch\tTháng 10/2026
"""


def test_appendix_title_block_stops_before_its_table() -> None:
    text = ingest_bytes(PLAN_WITH_APPENDIX.encode(), "ke-hoach.txt", max_bytes=MAX).text
    blocks = [text[start:end] for start, end in title_blocks(text)]
    assert blocks[-1] == "PHỤ LỤC\nDANH MỤC NHIỆM VỤ CỤ THỂ"
    assert all("\t" not in block for block in blocks)


def test_appendix_rows_get_the_appendix_section() -> None:
    document = ingest_bytes(PLAN_WITH_APPENDIX.encode(), "ke-hoach.txt", max_bytes=MAX)
    text = document.text
    row = text.index("1\tXây dựng bản đồ")
    (holding,) = [s for s in document.sections if s.start <= row < s.end]
    assert holding.id == "Phụ lục"
    assert holding.heading == "PHỤ LỤC"
    assert text[holding.end - len("Tháng 10/2026"):holding.end] == "Tháng 10/2026"
    last_item = next(s for s in document.sections if s.id == "I.2")
    assert last_item.end <= text.index("PHỤ LỤC")


def test_title_block_stops_at_a_numbered_line() -> None:
    text = "CHƯƠNG TRÌNH\nCông tác năm 2026 của Ban Thường vụ\n1. Tổ chức hội nghị sơ kết\n"
    start, end = title_block(text) or (0, 0)
    assert text[start:end] == "CHƯƠNG TRÌNH\nCông tác năm 2026 của Ban Thường vụ"
