"""Assignment tables (nlp.task_units.table_units, nlp.cell_tables): one task per row, its fields from the
columns the header row names, the same whether the table comes from a DOCX, tab-separated text, a PDF or
a PDF reader's text that gives each cell's fragments a line."""

import re
from pathlib import Path

import docx
from fpdf import FPDF
from ingest_fixtures import FONT_DIR
from nlp_fixtures import tasks_in, tasks_of

from policylink.nlp.model import Task

LEAD = [
    "KẾ HOẠCH",
    "Bảo tồn di sản văn hóa trên địa bàn tỉnh năm 2026",
    "I. MỤC ĐÍCH",
    "Gìn giữ các di tích đã được xếp hạng.",
    "II. TỔ CHỨC THỰC HIỆN",
    "Các cơ quan thực hiện các nhiệm vụ tại Phụ lục kèm theo.",
    "PHỤ LỤC",
    "PHÂN CÔNG NHIỆM VỤ",
]
HEADER = ["STT", "Nội dung nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành",
          "Sản phẩm"]
ROWS = [
    ["1", "Kiểm kê các di tích cấp tỉnh", "Sở Văn hóa, Thể thao và Du lịch", "Sở Tài chính",
     "Tháng 6/2026", "Danh mục di tích"],
    ["2", "Số hóa hồ sơ di tích", "Sở Khoa học và Công nghệ", "Sở Văn hóa, Thể thao và Du lịch",
     "Quý III/2026", "Cơ sở dữ liệu"],
    ["3", "Tu bổ đình làng đã xuống cấp", "Ủy ban nhân dân các huyện", "Sở Xây dựng",
     "Trước ngày 15/11/2026", "Công trình"],
]
EXPECTED = [
    ("Kiểm kê các di tích cấp tỉnh", ["Sở Văn hóa, Thể thao và Du lịch"], ["Sở Tài chính"], "2026-06-30",
     "Phụ lục, dòng 1"),
    ("Số hóa hồ sơ di tích", ["Sở Khoa học và Công nghệ"], ["Sở Văn hóa, Thể thao và Du lịch"],
     "2026-09-30", "Phụ lục, dòng 2"),
    ("Tu bổ đình làng đã xuống cấp", ["Ủy ban nhân dân các huyện"], ["Sở Xây dựng"], "2026-11-15",
     "Phụ lục, dòng 3"),
]


def _rows(tasks: list[Task]) -> list[tuple]:
    rows = [t for t in tasks if t.section and "dòng" in t.section]
    assert all(t.action and "\t" not in t.action for t in rows)  # the action stays in its cell
    return [(re.split(r"[\t\n]", t.text)[0], t.responsible, t.coordinating, t.deadline and t.deadline.due,
             t.section) for t in rows]


def test_tab_separated_assignment_table(tmp_path: Path) -> None:
    text = "\n".join([*LEAD, *("\t".join(row) for row in [HEADER, *ROWS])]) + "\n"
    assert _rows(tasks_in(tmp_path, text)) == EXPECTED


def test_bar_separated_assignment_table(tmp_path: Path) -> None:
    """A table exported with `|` between cells, a numbering row under its header and rows ending on an
    empty last cell, gives the tasks of the same table with tabs."""
    numbering = "| " + " | ".join(f"({n})" for n in range(1, len(HEADER)))
    rows = [" | ".join([*row[:-1], ""]) for row in ROWS]
    text = "\n".join([*LEAD, " | ".join(HEADER), numbering, *rows]) + "\n"
    assert _rows(tasks_in(tmp_path, text)) == EXPECTED


def test_a_sentence_in_the_number_column_is_no_row_label(tmp_path: Path) -> None:
    shifted = ["Nhiệm vụ chung của các sở, ngành", "Kiểm kê các di tích cấp tỉnh",
               "Sở Văn hóa, Thể thao và Du lịch", "Sở Tài chính", "Tháng 6/2026", "Danh mục di tích"]
    text = "\n".join([*LEAD, *("\t".join(row) for row in [HEADER, shifted])]) + "\n"
    assert [t.section for t in tasks_in(tmp_path, text) if "dòng" in (t.section or "")] == ["Phụ lục, dòng 1"]


def test_docx_assignment_table(tmp_path: Path) -> None:
    document = docx.Document()
    for line in LEAD:
        document.add_paragraph(line)
    table = document.add_table(rows=0, cols=len(HEADER))
    for row in [HEADER, *ROWS]:
        cells = table.add_row().cells
        for cell, value in zip(cells, row, strict=True):
            cell.text = value
    path = tmp_path / "ke-hoach.docx"
    document.save(str(path))
    assert _rows(tasks_of(path)) == EXPECTED


def test_pdf_assignment_table(tmp_path: Path) -> None:
    pdf = FPDF(orientation="L", format="A4")
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSerif.ttf"))
    pdf.add_font("DejaVu", "B", str(FONT_DIR / "DejaVuSerif-Bold.ttf"))
    pdf.add_page()
    pdf.set_font("DejaVu", size=9)
    for line in LEAD:
        if line == "PHỤ LỤC":
            pdf.add_page()  # the appendix starts on a page of its own
        pdf.multi_cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    with pdf.table(col_widths=(10, 55, 55, 50, 40, 35)) as table:
        for row in [HEADER, *ROWS]:
            cells = table.row()
            for value in row:
                cells.cell(value)
    path = tmp_path / "ke-hoach.pdf"
    pdf.output(str(path))
    assert _rows(tasks_of(path)) == EXPECTED


def test_cell_per_line_assignment_table(tmp_path: Path) -> None:
    """The text a PDF reader gives of the table: each header label a line (wrapped: `Cơ quan` +
    `chủ trì`), then each row's number and its cells, one line each."""
    labels = ["STT", "Nội dung nhiệm vụ", "Cơ quan", "chủ trì", "Cơ quan", "phối hợp", "Thời gian",
              "hoàn thành", "Sản phẩm"]
    text = "\n".join([*LEAD, *labels, *(cell for row in ROWS for cell in row)]) + "\n"
    assert _rows(tasks_in(tmp_path, text)) == EXPECTED


# A plan's table as a PDF reader gives it: cells wrapped one fragment a line, a group heading before
# the rows, a page break with its running line, page number and the header repeated, a row cut by it.
RUNNING = ["", "CÔNG BÁO/Số 41/Ngày 09-03-2026", "{page}", ""]
WRAPPED_HEADER = ["TT", "Nhiệm vụ", "Cơ quan", "chủ trì", "Cơ quan", "phối hợp", "Sản phẩm", "Thời gian",
                  "thực hiện"]
WRAPPED = [
    "QUYẾT ĐỊNH",
    "Phê duyệt Đề án phát triển du lịch cộng đồng",
    "Điều 1. Phê duyệt Đề án kèm theo Quyết định này.",
    *RUNNING,
    "PHỤ LỤC",
    "NHIỆM VỤ CỦA ĐỀ ÁN",
    *WRAPPED_HEADER,
    "1.",
    "Hoàn thiện cơ chế, chính sách",
    "1.1",
    "Xây dựng bộ tiêu chí công nhận điểm",
    "du lịch cộng đồng và hướng dẫn áp",
    "dụng tại các địa phương.",
    "Bộ Văn hóa, Thể",
    "thao và Du lịch",
    "Bộ Nông nghiệp và",
    "Môi trường",
    "Các địa phương",
    "Bộ tiêu chí được",
    "ban hành",
    "Quý II/2027",
    "1.2",
    "Rà soát các ưu đãi về thuế cho hộ",
    "kinh doanh du lịch tại vùng",
    "Bộ Tài chính",
    "Bộ Xây dựng",
    "Báo cáo rà soát",
    "Quý IV/2026",
    *RUNNING,
    *WRAPPED_HEADER,
    "đồng bào dân tộc thiểu số.",
    "",
    "2. Phát triển sản phẩm và quảng bá",
    "2.1",
    "Tổ chức tập huấn kỹ năng phục vụ",
    "khách cho người dân.",
    "Bộ Giáo dục và",
    "Đào tạo",
    "Bộ Văn hóa, Thể",
    "thao và Du lịch",
    "Các lớp tập huấn",
    "Thực hiện thường",
    "xuyên",
]


def _wrapped_rows(tmp_path: Path, lines: list[str] = WRAPPED) -> list[tuple]:
    pages = iter(range(7, 10))
    text = "\n".join(line.format(page=next(pages)) if line == "{page}" else line for line in lines) + "\n"
    return [(re.sub(r"\s+", " ", t.text)[:30], t.responsible, t.coordinating, t.deadline and t.deadline.due,
             t.section) for t in tasks_in(tmp_path, text)]


def test_cell_per_line_rows_with_wrapped_cells(tmp_path: Path) -> None:
    """Cells wrapped over several lines: the doer's cell starts after the task's sentence, goes on over a
    name that runs across the line break; the partners' cell ends where a line opens no body."""
    rows = _wrapped_rows(tmp_path)
    assert rows[0] == ("Xây dựng bộ tiêu chí công nhận", ["Bộ Văn hóa, Thể thao và Du lịch"],
                       ["Bộ Nông nghiệp và Môi trường"], "2027-06-30", "Phụ lục, dòng 1.1")
    assert rows[2] == ("Tổ chức tập huấn kỹ năng phục ", ["Bộ Giáo dục và Đào tạo"],
                       ["Bộ Văn hóa, Thể thao và Du lịch"], None, "Phụ lục, dòng 2.1")


def test_cell_per_line_row_cut_by_a_page_break(tmp_path: Path) -> None:
    """A row the page break cuts is read from its cells' first lines before the break; the furniture and
    the repeated header give no task, nor does a group's heading (`1.` + title, `2. Phát triển ...`)."""
    rows = _wrapped_rows(tmp_path)
    assert [r[4] for r in rows] == ["Phụ lục, dòng 1.1", "Phụ lục, dòng 1.2", "Phụ lục, dòng 2.1"]
    assert rows[1] == ("Rà soát các ưu đãi về thuế cho", ["Bộ Tài chính"], ["Bộ Xây dựng"], "2026-12-31",
                       "Phụ lục, dòng 1.2")


def test_cell_per_line_page_break_without_the_header_repeated(tmp_path: Path) -> None:
    """Without the header repeated, the reader glues the page number to the next page's first line when
    that one goes on in lower case (`8 đồng bào ...`): the number is furniture, the rows stay the same."""
    second = len(WRAPPED) - WRAPPED[::-1].index("{page}") - 1
    lines = [*WRAPPED[: second + 2], *WRAPPED[second + 2 + len(WRAPPED_HEADER) :]]
    assert lines[second : second + 3] == ["{page}", "", "đồng bào dân tộc thiểu số."]
    assert _wrapped_rows(tmp_path, lines) == _wrapped_rows(tmp_path)


def _fields(tasks: list[Task]) -> list[tuple]:
    return [(t.responsible, t.coordinating, t.deadline and t.deadline.due, t.section) for t in tasks]


def test_cell_per_line_time_column_before_the_doers(tmp_path: Path) -> None:
    """A header in capitals (`THỜI HẠN` + `HOÀN THÀNH` one label) with the time column before the doers':
    the doer's cell starts on the line after the time cell."""
    text = "\n".join([
        "PHỤ LỤC", "NHIỆM VỤ CỤ THỂ",
        "TT", "NHIỆM VỤ", "THỜI HẠN", "HOÀN THÀNH", "CƠ QUAN CHỦ TRÌ", "CƠ QUAN PHỐI HỢP",
        "1", "Xây dựng cơ sở dữ liệu về các di tích", "quốc gia đặc biệt", "Quý III/2026",
        "Bộ Văn hóa, Thể thao và Du", "lịch", "Bộ Công an, các bộ, cơ", "quan liên quan",
        "2", "Ban hành quy chế phối hợp quản lý các khu", "di sản thế giới của", "Bộ Xây dựng",
        "Tháng 12/2026 và", "thực hiện thường", "xuyên", "Bộ Xây dựng", "Các địa phương có liên quan",
    ]) + "\n"
    rows = _fields(tasks_in(tmp_path, text))
    assert rows == [
        (["Bộ Văn hóa, Thể thao và Du lịch"], ["Bộ Công an", "Bộ, cơ quan"], "2026-09-30", "Phụ lục, dòng 1"),
        (["Bộ Xây dựng"], [], "2026-12-31", "Phụ lục, dòng 2"),
    ]


def test_cell_per_line_rows_numbered_before_their_text(tmp_path: Path) -> None:
    """A column no role names (`Cấp trình`) is passed over; a row whose number stands before its first
    line (`1.1 Tổng hợp ...`) is a row where the number follows the rows before it, a cell's line that
    starts with a figure (`12 tháng 3 ...`) is none; the appendix's own line names the place."""
    text = "\n".join([
        "Phụ lục II",
        "TT", "Nội dung công việc", "Cơ quan", "chủ trì", "Cơ quan", "phối hợp", "Cấp trình", "Sản phẩm",
        "Thời hạn", "hoàn thành",
        "I", "Sắp xếp các trung tâm văn hóa",
        "1", "Rà soát chức năng của các trung tâm văn hóa theo Kế hoạch ngày",
        "12 tháng 3 năm 2026 của tỉnh", "Sở Văn hóa và Thể thao", "Sở Nội vụ", "Cấp có", "thẩm quyền",
        "Báo cáo", "Quý I/2027",
        "1.1 Tổng hợp danh sách các trung tâm cần", "sáp nhập", "Sở Nội vụ", "Sở Tài chính", "Cấp có",
        "thẩm quyền", "Danh sách", "Tháng 3/2027",
    ]) + "\n"
    rows = _fields(tasks_in(tmp_path, text))
    assert rows == [
        (["Sở Văn hóa và Thể thao"], ["Sở Nội vụ"], "2027-03-31", "Phụ lục II, dòng 1"),
        (["Sở Nội vụ"], ["Sở Tài chính"], "2027-03-31", "Phụ lục II, dòng 1.1"),
    ]


def test_cell_per_line_time_cell_only_after_the_page_break(tmp_path: Path) -> None:
    """A cell that starts only after the page break (its first line printed lower in the row) is read
    from the row's part after the break."""
    lines = [*WRAPPED[: WRAPPED.index("1.2")], "1.2", "Rà soát các ưu đãi về thuế cho hộ", "Bộ Tài chính",
             *RUNNING, *WRAPPED_HEADER, "kinh doanh du lịch.", "Báo cáo rà soát", "Quý IV/2026"]
    assert _wrapped_rows(tmp_path, lines)[-1] == (
        "Rà soát các ưu đãi về thuế cho", ["Bộ Tài chính"], [], "2026-12-31", "Phụ lục, dòng 1.2")


def test_cell_per_line_header_partly_between_bars_and_letter_rows(tmp_path: Path) -> None:
    """A header with some labels on one line between bars and the last one on its own line; a group's
    row (`1` + heading) over letter rows (`a)`, placed `1.a`), each cell a line; the plan's own list of
    areas that the table restates, naming no doer, gives no task of its own (DECISIONS-7)."""
    text = "\n".join([
        "KẾ HOẠCH", "Phát triển du lịch nông thôn năm 2026",
        "I. NỘI DUNG THỰC HIỆN",
        "1. Quảng bá sản phẩm du lịch nông thôn",
        "a) Tổ chức hội chợ giới thiệu sản phẩm làng nghề.",
        "b) Xây dựng bản đồ số các điểm du lịch.",
        "2. Đào tạo nguồn nhân lực cho các hộ làm du lịch.",
        "II. TỔ CHỨC THỰC HIỆN",
        "Các cơ quan thực hiện các nhiệm vụ tại Phụ lục kèm theo.",
        "PHỤ LỤC", "PHÂN CÔNG NHIỆM VỤ", "(Kèm theo Kế hoạch số 15/KH-UBND ngày 10/3/2026 của UBND tỉnh)",
        "| STT | Nội dung công việc | Đơn vị chủ trì | Đơn vị phối hợp |",
        "Thời hạn hoàn thành",
        "1", "Quảng bá sản phẩm du lịch nông thôn",
        "a)", "Tổ chức hội chợ giới thiệu sản phẩm làng nghề.", "Sở Công Thương",
        "Sở Văn hóa, Thể thao và Du lịch", "Quý II/2026",
        "b)", "Xây dựng bản đồ số các điểm du lịch.", "Sở Văn hóa, Thể thao và Du lịch",
        "Sở Khoa học và Công nghệ", "Thường xuyên",
        "2", "Đào tạo nguồn nhân lực cho các hộ làm du lịch.", "Sở Nông nghiệp và Môi trường", "Sở Nội vụ",
        "Tháng 10/2026",
    ]) + "\n"
    assert _fields(tasks_in(tmp_path, text)) == [
        (["Sở Công Thương"], ["Sở Văn hóa, Thể thao và Du lịch"], "2026-06-30", "Phụ lục, dòng 1.a"),
        (["Sở Văn hóa, Thể thao và Du lịch"], ["Sở Khoa học và Công nghệ"], None, "Phụ lục, dòng 1.b"),
        (["Sở Nông nghiệp và Môi trường"], ["Sở Nội vụ"], "2026-10-31", "Phụ lục, dòng 2"),
    ]


def test_proposer_column_is_not_the_doer(tmp_path: Path) -> None:
    """`Tỉnh kiến nghị` names who proposed the row; `Bộ phụ trách xử lý` who does it; with no time
    column the limit the text sets for the appendix holds for each row."""
    text = "\n".join([
        "CÔNG VĂN",
        "Về xử lý kiến nghị của địa phương",
        "1. Các Bộ xử lý các kiến nghị của địa phương (Phụ lục kèm theo), hoàn thành trước ngày 20/12/2026.",
        "PHỤ LỤC",
        "TT\tTỉnh kiến nghị\tNội dung kiến nghị\tBộ phụ trách xử lý",
        "1\tSơn La\tSửa đổi quy định về định mức chi cho cấp xã\tBộ Tài chính",
        "2\tĐiện Biên\tHướng dẫn thủ tục cấp phép khai thác cát\tBộ Xây dựng",
    ]) + "\n"
    rows = _rows(tasks_in(tmp_path, text))
    assert rows == [
        ("Sửa đổi quy định về định mức chi cho cấp xã", ["Bộ Tài chính"], [], "2026-12-20",
         "Phụ lục, dòng 1"),
        ("Hướng dẫn thủ tục cấp phép khai thác cát", ["Bộ Xây dựng"], [], "2026-12-20", "Phụ lục, dòng 2"),
    ]


def test_framed_bar_table_with_numbered_rows(tmp_path: Path) -> None:
    """`| 1. | ... |`: rows framed by bars, their number cells printed `1.` (no item of the appendix: the
    place is the table's section and the printed number), each doer's name ending at its cell."""
    rows = [["1.", "Lập hồ sơ xếp hạng di tích đình làng.", "Cục Di sản văn hóa", "Vụ Pháp chế, Sở Xây dựng",
             "Tháng 9/2026"],
            ["2.", "Số hóa tư liệu bảo tàng.", "Viện Bảo tồn di tích", "Cục Di sản văn hóa", "2026 - 2027"]]
    header = ["TT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]
    text = "\n".join([*LEAD, *("| " + " | ".join(row) + " |" for row in [header, *rows])]) + "\n"
    assert _rows(tasks_in(tmp_path, text)) == [
        ("Lập hồ sơ xếp hạng di tích đình làng.", ["Cục Di sản văn hóa"], ["Vụ Pháp chế", "Sở Xây dựng"],
         "2026-09-30", "Phụ lục, dòng 1"),
        ("Số hóa tư liệu bảo tàng.", ["Viện Bảo tồn di tích"], ["Cục Di sản văn hóa"], "2027-12-31",
         "Phụ lục, dòng 2"),
    ]
