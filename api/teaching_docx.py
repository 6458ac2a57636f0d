"""A lecturer's handout as a Word file (python-docx): title, lineage picture, outline, tasks by
responsible body with their deadlines, cited documents with what the store knows of their
validity, and the source passages quoted."""

import io

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table

from policylink.api.teaching import NO_LINEAGE, Lesson

FONT = "Times New Roman"  # the font of Vietnamese administrative documents
_HEADER_FILL = "DDE4EE"


def _shade(cell: object, fill: str) -> None:
    shading = OxmlElement("w:shd")
    shading.set(qn("w:val"), "clear")
    shading.set(qn("w:fill"), fill)
    cell._tc.get_or_add_tcPr().append(shading)  # noqa: SLF001 - python-docx has no shading API


def _table(document: Document, header: list[str], rows: list[list[str]], widths: list[float]) -> Table:
    table = document.add_table(rows=1, cols=len(header))
    table.style = "Table Grid"
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
        _shade(cell, _HEADER_FILL)
    for values in rows:
        cells = table.add_row().cells
        for cell, text in zip(cells, values, strict=True):
            cell.text = text
    for column, width in zip(table.columns, widths, strict=True):
        column.width = Cm(width)  # the grid LibreOffice lays out by; Word reads the cells' widths
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = Cm(width)
            for paragraph in cell.paragraphs:
                paragraph.paragraph_format.space_after = Pt(0)
                for run in paragraph.runs:
                    run.font.size = Pt(10.5)
    return table


def _styles(document: Document) -> None:
    normal = document.styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(12)
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), FONT)
    for name, size in (("Title", 20), ("Heading 1", 14), ("Heading 2", 12.5)):
        style = document.styles[name]
        style.font.name = FONT
        style.font.size = Pt(size)
        style.font.color.rgb = RGBColor(0x0F, 0x2A, 0x4A)
        style.element.rPr.rFonts.set(qn("w:asciiTheme"), "")  # the theme font would win over FONT
        style.element.rPr.rFonts.set(qn("w:hAnsiTheme"), "")
    section = document.sections[0]
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2)
    section.top_margin = section.bottom_margin = Cm(1.8)


def _centred(document: Document, text: str, *, italic: bool = False, size: float = 12) -> None:
    paragraph = document.add_paragraph()
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    run = paragraph.add_run(text)
    run.italic = italic
    run.font.size = Pt(size)


def handout_docx(lesson: Lesson) -> bytes:
    document = Document()
    _styles(document)
    kind = "TÀI LIỆU GIẢNG DẠY" + (" — DÒNG VĂN BẢN" if lesson.scope == "lineage" else "")
    _centred(document, kind, size=10.5)
    _centred(document, lesson.issuer, size=11)
    title = document.add_heading(lesson.heading, level=0)
    title.alignment = WD_ALIGN_PARAGRAPH.CENTER
    _centred(document, lesson.title, italic=True)
    _centred(document, f"Ngày ban hành: {lesson.issue_date or 'văn bản không ghi ngày'}", size=11)

    number = iter(range(1, 10))
    document.add_heading(f"{next(number)}. Nguồn gốc chủ trương", level=1)
    if lesson.lineage_png and lesson.lineage:
        document.add_picture(io.BytesIO(lesson.lineage_png), width=Cm(17))
        document.paragraphs[-1].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for line in lesson.lineage or [NO_LINEAGE]:
        document.add_paragraph(line, style="List Bullet")
    if lesson.scope == "lineage":
        document.add_paragraph("Các văn bản trong dòng, theo thời gian:")
        for name in lesson.documents:
            document.add_paragraph(name, style="List Number")

    document.add_heading(f"{next(number)}. Bố cục văn bản", level=1)
    for level, line in lesson.outline:
        document.add_paragraph(line, style="List Bullet" if level == 1 else "List Bullet 2")

    document.add_heading(f"{next(number)}. Nhiệm vụ theo cơ quan chủ trì", level=1)
    if not lesson.tasks_by_body:
        document.add_paragraph("Văn bản không giao nhiệm vụ cụ thể.")
    for bodies, tasks in lesson.tasks_by_body:
        document.add_heading(bodies, level=2)
        rows = [
            [t.section or "", t.action, "; ".join(t.coordinating) or "—", t.deadline or "—"] for t in tasks
        ]
        _table(document, ["Mục", "Nhiệm vụ", "Phối hợp", "Thời hạn"], rows, [1.6, 9.4, 3, 3])

    document.add_heading(f"{next(number)}. Văn bản được trích dẫn", level=1)
    rows = [[c.name, c.relation, c.date, c.status] for c in lesson.citations]
    _table(document, ["Văn bản", "Quan hệ", "Ngày", "Hiệu lực, tình trạng"], rows, [7, 2.4, 2.6, 5])

    document.add_heading(f"{next(number)}. Trích nguyên văn các nhiệm vụ", level=1)
    for where, text in lesson.passages:
        paragraph = document.add_paragraph()
        paragraph.add_run(f"{where[:1].upper()}{where[1:]}: ").bold = True
        paragraph.add_run(f"“{text}”").italic = True
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
