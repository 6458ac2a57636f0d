"""Builders of real PDF and DOCX files for ingestion tests (fpdf2, python-docx).

Documents are given as blocks, the way the shipped `.txt` is written: blocks separated by a
blank line, lines inside a block kept as separate lines. Superscript digits (`¹`) in the text are
written as raised smaller digits (PDF) or superscript runs (DOCX); a block that starts with a
superscript marker is a footnote, printed at the bottom of the page that holds its anchor.
"""

import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

import docx
import pdfplumber
import pypdfium2
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from fpdf import FPDF
from PIL import Image, ImageDraw

from policylink.ingest.layout import dominant_size, page_text

REPO = Path(__file__).resolve().parents[1]
CONCLUSION = REPO / "corpus" / "ket-luan-btv-tinh-uy-bac-giang-2024-ket-cau-ha-tang.txt"
FONT_DIR = Path("/usr/share/fonts/truetype/dejavu")
SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹"
_FROM_SUPERSCRIPT = str.maketrans(SUPERSCRIPTS, "0123456789")
_SUPERSCRIPT_RUN = re.compile(f"([{SUPERSCRIPTS}]+)")


def read_blocks(path: Path = CONCLUSION) -> list[list[str]]:
    """The document as blocks of lines (blank-line separated)."""
    text = path.read_text(encoding="utf-8").strip("\n")
    return [block.split("\n") for block in re.split(r"\n\s*\n", text) if block.strip()]


def is_footnote(block: list[str]) -> bool:
    return bool(block) and block[0][:1] in SUPERSCRIPTS


@dataclass
class PdfLayout:
    header_left: list[str] = field(default_factory=list)  # two-column header, left column
    header_right: list[str] = field(default_factory=list)
    running_header: str | None = None
    page_numbers: bool = True
    break_before: set[int] = field(default_factory=set)  # block indexes that start a new page
    centred_blocks: set[int] = field(default_factory=lambda: {0})


class _DocumentPdf(FPDF):
    def __init__(self, layout: PdfLayout) -> None:
        super().__init__(format="A4", unit="mm")
        self.layout = layout
        self.footnotes: dict[int, list[tuple[str, str]]] = {}
        for style, file in (("", "DejaVuSerif.ttf"), ("B", "DejaVuSerif-Bold.ttf")):
            self.add_font("DejaVu", style, str(FONT_DIR / file))
        self.set_margins(25, 20, 20)
        self.set_auto_page_break(True, margin=70)

    def header(self) -> None:
        if self.layout.running_header:
            self.set_font("DejaVu", "", 9)
            self.set_y(9)
            self.cell(0, 5, self.layout.running_header, align="C")
            self.set_y(20)

    def footer(self) -> None:
        self.set_auto_page_break(False)
        notes = self.footnotes.get(self.page_no(), [])
        if notes:
            self.set_y(-66)
            self.line(self.l_margin, self.get_y(), self.l_margin + 50, self.get_y())
            self.ln(1)
            for marker, text in notes:
                self.set_x(self.l_margin)
                self.set_font("DejaVu", "", 8)
                self.char_vpos = "SUP"
                self.write(3.4, marker.translate(_FROM_SUPERSCRIPT))
                self.char_vpos = "LINE"
                self.set_font("DejaVu", "", 8)
                self.write(3.4, " " + text)
                self.ln(3.6)
        if self.layout.page_numbers:
            self.set_font("DejaVu", "", 10)
            self.set_y(-14)
            self.cell(0, 5, str(self.page_no()), align="C")
        self.set_auto_page_break(True, margin=70)

    def write_runs(self, text: str, size: float, height: float) -> None:
        """Write text with its superscript digits raised and smaller."""
        for part in _SUPERSCRIPT_RUN.split(text):
            if not part:
                continue
            self.set_font("DejaVu", self.font_style, size)
            if part[0] in SUPERSCRIPTS:
                self.char_vpos = "SUP"
                self.write(height, part.translate(_FROM_SUPERSCRIPT))
                self.char_vpos = "LINE"
                self.set_font("DejaVu", self.font_style, size)
            else:
                self.write(height, part)


def _pending_marker(block_lines: list[str], footnote_blocks: list[list[str]]) -> list[str]:
    markers = [note[0].split(" ", 1)[0] for note in footnote_blocks]
    return [m for m in markers if any(m in line for line in block_lines)]


def build_pdf(blocks: list[list[str]], path: Path, layout: PdfLayout | None = None) -> Path:
    """Render blocks to an A4 PDF: DejaVu Serif 12 pt body, footnotes 8 pt at the page bottom."""
    layout = layout or PdfLayout()
    pdf = _DocumentPdf(layout)
    pdf.add_page()
    footnote_blocks = [block for block in blocks if is_footnote(block)]
    if layout.header_left or layout.header_right:
        top = pdf.get_y()
        pdf.set_font("DejaVu", "B", 11)
        for line in layout.header_left:
            pdf.set_x(pdf.l_margin)
            pdf.cell(70, 6, line, align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.set_y(top)
        for line in layout.header_right:
            pdf.set_x(pdf.l_margin + 80)
            pdf.cell(85, 6, line, align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.set_y(top + 6 * max(len(layout.header_left), len(layout.header_right)) + 6)
    for index, block in enumerate(blocks):
        if is_footnote(block):
            continue
        if index in layout.break_before:
            pdf.add_page()
        for marker in _pending_marker(block, footnote_blocks):
            note = next(n for n in footnote_blocks if n[0].startswith(marker))
            pdf.footnotes.setdefault(pdf.page_no(), []).append((marker, note[0][len(marker):].strip()))
        centred = index in layout.centred_blocks
        for line in block:
            pdf.set_x(pdf.l_margin)
            if centred:
                pdf.set_font("DejaVu", "B", 12)
                pdf.multi_cell(0, 6, line, align="C", new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.set_font("DejaVu", "", 12)
                pdf.write_runs(line, 12, 6)
                pdf.ln(6)
        pdf.ln(3)
    pdf.output(str(path))
    return path


def pdfplumber_layout_text(data: bytes) -> str:
    """A PDF read the way the reader did before PDFium: pdfplumber's words through `ingest.layout`.

    The reference the PDFium reader is compared with, character for character (tests, bench).
    """
    with pdfplumber.open(io.BytesIO(data)) as pdf:
        pages_words = [page.extract_words(extra_attrs=["size"]) for page in pdf.pages]
        widths = [float(page.width) for page in pdf.pages]
    size = dominant_size(pages_words)
    return "\f".join(
        page_text(words, size, width, first_page=number == 0)
        for number, (words, width) in enumerate(zip(pages_words, widths, strict=True))
    )


def join_blocks(blocks: list[list[str]], continuations: set[int]) -> list[list[str]]:
    """Blocks with each block in `continuations` appended to the previous body block (one
    paragraph in the original, split in the `.txt` by a page break); footnotes stay apart."""
    out: list[list[str]] = []
    for index, block in enumerate(blocks):
        if index in continuations:
            target = next(b for b in reversed(out) if not is_footnote(b))
            target[-1] = f"{target[-1]} {block[0]}"
            target.extend(block[1:])
        else:
            out.append(list(block))
    return out


_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _footnotes_part(document, notes: list[str]) -> None:
    """Add a real footnotes part (`word/footnotes.xml`) holding `notes`, ids 1..n."""
    body = "".join(
        f'<w:footnote w:id="{i}"><w:p><w:r><w:rPr><w:vertAlign w:val="superscript"/></w:rPr><w:footnoteRef/>'
        f'</w:r><w:r><w:t xml:space="preserve"> {escape(text)}</w:t></w:r></w:p></w:footnote>'
        for i, text in enumerate(notes, start=1)
    )
    xml = (
        f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:footnotes xmlns:w="{_W}">'
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
        f"</w:footnote>{body}</w:footnotes>"
    )
    part = Part(PackURI("/word/footnotes.xml"), CT.WML_FOOTNOTES, xml.encode(), document.part.package)
    document.part.relate_to(part, RT.FOOTNOTES)


def _add_runs(paragraph, text: str, note_ids: dict[str, int]) -> None:
    for part in _SUPERSCRIPT_RUN.split(text):
        if not part:
            continue
        if part in note_ids:
            run = paragraph.add_run()
            run.font.superscript = True
            reference = OxmlElement("w:footnoteReference")
            reference.set(qn("w:id"), str(note_ids[part]))
            run._r.append(reference)
        else:
            run = paragraph.add_run(part.translate(_FROM_SUPERSCRIPT) if part[0] in SUPERSCRIPTS else part)
            run.font.superscript = part[0] in SUPERSCRIPTS


def build_docx(
    blocks: list[list[str]],
    path: Path,
    *,
    header_columns: tuple[list[str], list[str]] | None = None,
    table_after: int | None = None,
    table_rows: list[list[str]] | None = None,
) -> Path:
    """Render blocks to a DOCX: one paragraph per line; footnote blocks become real Word
    footnotes; optional two-column header table and a task table after block `table_after`."""
    document = docx.Document()
    notes = [block for block in blocks if is_footnote(block)]
    note_ids = {note[0].split(" ", 1)[0]: i for i, note in enumerate(notes, start=1)}
    if notes:
        texts = [" ".join(note)[len(marker):].strip() for note, marker in zip(notes, note_ids, strict=True)]
        _footnotes_part(document, texts)
    if header_columns:
        layout_table = document.add_table(rows=1, cols=2)
        for cell, lines in zip(layout_table.rows[0].cells, header_columns, strict=True):
            cell.paragraphs[0].text = lines[0]
            for line in lines[1:]:
                cell.add_paragraph(line)
    for index, block in enumerate(blocks):
        if is_footnote(block):
            continue
        for line in block:
            paragraph = document.add_paragraph()
            _add_runs(paragraph, line, note_ids)
            if index == 0 and not header_columns:
                paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
        if index == table_after and table_rows:
            table = document.add_table(rows=len(table_rows), cols=len(table_rows[0]))
            for row, values in zip(table.rows, table_rows, strict=True):
                for cell, value in zip(row.cells, values, strict=True):
                    cell.text = value
    document.save(str(path))
    return path


def build_scanned_pdf(source_pdf: Path, path: Path, dpi: int = 200) -> Path:
    """An image-only copy of `source_pdf` (each page rasterised with pypdfium2): a scan, no text layer."""
    document = pypdfium2.PdfDocument(str(source_pdf))
    scan = FPDF()
    for page in document:
        scan.add_page()
        scan.image(page.render(scale=dpi / 72).to_pil(), x=0, y=0, w=210, h=297)
    document.close()
    scan.output(str(path))
    return path


def build_text_pdf(path: Path, *, user_password: str | None = None) -> Path:
    """A one-line text PDF; with `user_password`, an encrypted one."""
    pdf = FPDF()
    pdf.add_font("DejaVu", "", str(FONT_DIR / "DejaVuSerif.ttf"))
    pdf.add_page()
    pdf.set_font("DejaVu", size=12)
    pdf.write(6, "1. Giao Sở Xây dựng chủ trì thực hiện.")
    if user_password:
        pdf.set_encryption(owner_password="chu-so-huu", user_password=user_password)
    pdf.output(str(path))
    return path


def build_image_only_pdf(path: Path) -> Path:
    """A PDF page holding only an image: no text layer, as a scan without OCR."""
    image = Image.new("RGB", (1240, 1754), "white")
    ImageDraw.Draw(image).rectangle((100, 100, 1100, 300), outline="black", width=5)
    pdf = FPDF()
    pdf.add_page()
    pdf.image(image, x=0, y=0, w=210)
    pdf.output(str(path))
    return path


def not_word_zip() -> bytes:
    """A ZIP archive that is not a Word document."""
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        archive.writestr("ghi-chu.txt", "không phải văn bản Word")
    return buffer.getvalue()
