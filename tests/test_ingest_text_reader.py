"""The plain-text reader's table cells (ingest.text_reader): columns aligned with spaces, and tables
exported with `|` between cells, both given as tab-separated cells; a bar in prose stays as written."""

from policylink.ingest.model import Header
from policylink.ingest.pipeline import ingest_bytes
from policylink.ingest.text_reader import read_text


def _read(text: str, *, markdown: bool = False) -> list[str]:
    return read_text(text.encode("utf-8"), markdown=markdown)[0].split("\n")


def test_bar_separated_rows_become_tab_separated_cells() -> None:
    assert _read(
        "STT | Nội dung | Cơ quan chủ trì | Ghi chú\n"
        "| (1) | (2) | (3)\n"
        "1 | Kiểm kê kho lưu trữ | Sở Nội vụ |\n"
    ) == ["STT\tNội dung\tCơ quan chủ trì\tGhi chú", "\t(1)\t(2)\t(3)",
          "1\tKiểm kê kho lưu trữ\tSở Nội vụ\t", ""]


def test_markdown_frame_and_rule_are_no_cells() -> None:
    assert _read("| STT | Nội dung |\n|---|:---:|\n| 1 | Kiểm kê kho |\n", markdown=True) == [
        "STT\tNội dung", "1\tKiểm kê kho", ""]


def test_space_gaps_inside_a_bar_cell_are_no_boundary() -> None:
    assert _read("Số:      /KH-UBND |  | Hà Giang, ngày   tháng   năm 2026\n"
                 "Tên   nhiệm vụ | x | y\n")[:2] == ["Số: /KH-UBND\t\tHà Giang, ngày tháng năm 2026",
                                                  "Tên nhiệm vụ\tx\ty"]


def test_a_bar_in_prose_stays() -> None:
    lines = ["Tỷ lệ giải ngân đạt 80% | mục tiêu năm.", "Các sở thực hiện | báo cáo | đúng hạn.",
             "Đoạn văn không có vạch."]
    assert _read("\n".join(lines)) == lines


def _header(text: str) -> Header:
    return ingest_bytes(text.encode("utf-8"), "van-ban.txt", max_bytes=1 << 20).header


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
