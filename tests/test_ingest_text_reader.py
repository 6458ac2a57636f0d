"""The plain-text reader's table cells (ingest.text_reader): columns aligned with spaces, and tables
exported with `|` between cells, both given as tab-separated cells; a bar in prose stays as written.
A header written as a bar table is read in test_ingest_header_real_forms."""

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
