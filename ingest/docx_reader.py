"""DOCX (python-docx) to the reader conventions of `ingest.clean`.

Paragraphs and tables in document order, one paragraph per line. A data table row is one
line with its cells separated by tabs; a layout table (at most 2×2 cells holding several
paragraphs, as used for the two-column header and the signature block) is read column by
column. Superscript digits become Unicode superscripts; real footnotes (the footnotes part)
get a superscript marker at their reference and are listed after the body.
"""

import io
import zipfile

import docx
import docx.oxml.parser
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.opc.exceptions import PackageNotFoundError
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml import etree

from policylink.ingest.footnotes import superscript
from policylink.ingest.model import IngestError

# lxml refuses a text node over 10 MB (one long paragraph) unless `huge_tree` is set; the parts
# are bounded before parsing (`ingest.sniff.check_zip_expansion`), so python-docx's parser may
# take them. `parse_xml` looks the parser up at each call.
_HUGE_TREE_PARSER = etree.XMLParser(remove_blank_text=True, resolve_entities=False, huge_tree=True)
_HUGE_TREE_PARSER.set_element_class_lookup(docx.oxml.parser.element_class_lookup)
docx.oxml.parser.oxml_parser = _HUGE_TREE_PARSER


def _footnote_text(note: etree._Element) -> str:
    paragraphs = ("".join(t.text or "" for t in p.iter(qn("w:t"))).strip() for p in note.iter(qn("w:p")))
    return " ".join(p for p in paragraphs if p)


class _Footnotes:
    """Footnote texts by id, numbered in order of first reference."""

    def __init__(self, document: docx.document.Document) -> None:
        self.texts: dict[str, str] = {}
        self.order: list[str] = []
        for rel in document.part.rels.values():
            if rel.reltype == RELATIONSHIP_TYPE.FOOTNOTES:
                root = etree.fromstring(rel.target_part.blob)
                for note in root.iter(qn("w:footnote")):
                    if note.get(qn("w:type")) in (None, "normal"):
                        self.texts[note.get(qn("w:id"))] = _footnote_text(note)

    def reference(self, note_id: str) -> str:
        if note_id not in self.order:
            self.order.append(note_id)
        return superscript(str(self.order.index(note_id) + 1))

    def listing(self) -> list[str]:
        return [f"{superscript(str(i + 1))} {self.texts.get(ref, '')}" for i, ref in enumerate(self.order)]


def _paragraph_text(paragraph: Paragraph, footnotes: _Footnotes) -> str:
    parts = []
    for run in paragraph.iter_inner_content():
        if not hasattr(run, "font"):  # a hyperlink: its runs' text
            parts.append(run.text)
            continue
        reference = run._r.find(qn("w:footnoteReference"))
        if reference is not None:
            parts.append(footnotes.reference(reference.get(qn("w:id"))))
        elif run.font.superscript and run.text.strip().isdigit():
            parts.append(superscript(run.text.strip()))
        else:
            parts.append(run.text)
    return "".join(parts).replace("\n", " ")


def _unique_cells(row) -> list:
    cells, seen = [], set()
    for cell in row.cells:
        if id(cell._tc) not in seen:
            seen.add(id(cell._tc))
            cells.append(cell)
    return cells


def _cell_lines(cell, footnotes: _Footnotes) -> list[str]:
    return [text for p in cell.paragraphs if (text := _paragraph_text(p, footnotes).strip())]


def _table_lines(table: Table, footnotes: _Footnotes) -> list[str]:
    rows = [_unique_cells(row) for row in table.rows]
    columns = max((len(cells) for cells in rows), default=0)
    stacked = any(len(_cell_lines(cell, footnotes)) > 1 for cells in rows for cell in cells)
    layout = len(rows) <= 2 and columns <= 2 and stacked
    if layout:
        return [line for cells in rows for cell in cells for line in _cell_lines(cell, footnotes)]
    return ["\t".join(" ".join(_cell_lines(cell, footnotes)) for cell in cells) for cells in rows]


def read_docx(data: bytes, name: str) -> str:
    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError, etree.XMLSyntaxError) as exc:
        raise IngestError(name, "văn bản Word bị hỏng, không đọc được",
                          "Mở bằng Word hoặc LibreOffice, lưu lại dưới dạng .docx rồi nạp tệp mới") from exc
    footnotes = _Footnotes(document)
    lines: list[str] = []
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            lines.append(_paragraph_text(item, footnotes))
        else:
            lines.extend(_table_lines(item, footnotes))
    notes = footnotes.listing()
    return "\n".join(lines + ([""] + notes if notes else []))
