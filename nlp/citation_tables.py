"""Table columns whose role is `based_on`: a column headed `Căn cứ pháp lý` (`Căn cứ`, `Cơ sở pháp lý`)
lists, row by row, the documents a procedure or a row rests on (R30). The column is found by its header
words (`table_headers`, the reader the assignment tables use too); a cell is the tab-separated field of that
column in each row.

A cell may run over several lines (a cell holding a bulleted list). When the column is a row's last one
(or the row stops before it, the cell opening on a later line), the list items that follow the row's
first line and open with a document type word (`- Luật ...`, `(1) Nghị định ...`) are that cell's lines;
other continuation lines belong to earlier columns (a fee cell's `Mức thu ... theo quy định tại Thông tư
...` is no basis).

An upper-case line inside a table (`LĨNH VỰC: ...`, `I. THỦ TỤC HÀNH CHÍNH CẤP XÃ`, `II<TAB>LĨNH VỰC ...`)
groups the rows under it: the table goes on when the next line is a row that reaches the basis column, and
ends otherwise.

A header may also be written one cell to a line (`TT`, `Tên thủ tục`, ..., `Căn cứ pháp lý`, each on its own
line above the tab-separated rows), as a table copied cell by cell gives it. A note under a table that spells
out what a basis column names (`Tại cột “Tên VBQPPL ...” là văn bản sau đây:` over its items) gives those
documents as basis too.
"""

import re

from policylink.nlp.citation_patterns import TYPE_ALTERNATION
from policylink.nlp.table_headers import HEADER_CELL_MAX, column_roles

# `2. Danh mục thủ tục hành chính bị bãi bỏ<TAB>Stt<TAB>...`: a numbered heading glued to the header's
# first cell
_GLUED_HEADING = re.compile(r"\s*(?:\d+|[IVXLC]+|[A-ZĐ])\.\s+\S")
_DOCUMENT_ITEM = re.compile(
    rf"[ \t]*(?:[-+•][ \t]*|\(\d+\)[ \t]*|\d+[.)][ \t]+)?(?:{TYPE_ALTERNATION})(?!\w)", re.IGNORECASE
)


def _header_column(cells: list[str]) -> tuple[int, int] | None:
    """The index of the basis column in a header row and the header's number of cells (neither counting a
    heading glued before the header, nor the empty cells of the row above left before that heading), or
    None when the row has none."""
    if len(cells) < 2 or (index := column_roles(cells).get("basis")) is None:
        return None
    empty = next(i for i, cell in enumerate(cells) if cell.strip() or i == index)
    glued = empty + (1 if index > empty and _GLUED_HEADING.match(cells[empty]) else 0)
    return index - glued, len(cells) - glued


def _group_heading(line: str) -> bool:
    """An upper-case line, its mark perhaps in a cell of its own (`II<TAB>LĨNH VỰC NGHỆ THUẬT`): a heading of
    the rows below it, or of what follows the table."""
    return " ".join(line.split("\t")).strip().isupper()


def _stacked_header(lines: list[str], index: int) -> list[str]:
    """The header cells written one to a line from `lines[index]` on (a table copied cell by cell: `TT`,
    `Tên thủ tục`, ..., `Căn cứ pháp lý`, each on its own line above tab-separated rows), or [] when that
    line opens none. It opens with the number column's label and runs over short labels to the first
    group heading (`I`, `DANH MỤC ...`) or row."""
    if "\t" in lines[index] or column_roles([lines[index]]).get("number") != 0:
        return []
    cells = [lines[index]]
    for line in lines[index + 1 :]:
        label = line.strip()
        if (not label or "\t" in line or len(label) > HEADER_CELL_MAX or label[-1] in ".;:"
                or _GROUP_MARK.fullmatch(label) or label.isupper()):
            break
        cells.append(line)
    return cells


_GROUP_MARK = re.compile(r"(?:\d+|[IVXLC]+|[A-ZĐ])\.?")


def based_on_cells(text: str) -> list[tuple[int, int]]:
    """Spans of the cells under a basis column header, in every table of `text`."""
    spans: list[tuple[int, int]] = []
    column: int | None = None
    last_column = False
    grouped = False  # a group heading came last: the next row tells whether the table goes on
    pos = 0
    lines = text.split("\n")
    stacked_until = -1  # the last line of a header written one cell to a line
    for index, line in enumerate(lines):
        start, pos = pos, pos + len(line) + 1
        if index <= stacked_until:
            continue
        cells = line.split("\t")
        if (stacked := _stacked_header(lines, index)) and _header_column(stacked) is not None:
            cells, stacked_until = stacked, index + len(stacked) - 1
        if (found := _header_column(cells)) is not None:
            (column, width), grouped = found, False
            last_column = column == width - 1
            continue
        if column is None:
            continue
        if _group_heading(line):
            grouped = True
            continue
        if not line.strip() or (grouped and ("\t" not in line or len(cells) <= column)):
            column = None
            continue
        grouped = False
        if len(cells) > 1:
            # the basis cell is the row's last (rows may lack the header's trailing cells), or it opens
            # on a later line (the row stops before it, a fee cell's lines between): its list items follow
            last_column = len(cells) <= column + 1
        if len(cells) > column:
            cell_start = start + sum(len(c) + 1 for c in cells[:column])
            spans.append((cell_start, cell_start + len(cells[column])))
        elif len(cells) == 1 and last_column and _DOCUMENT_ITEM.match(line):
            spans.append((start, start + len(line)))
    return spans


# `Tại cột “Tên VBQPPL quy định nội dung sửa đổi” là văn bản sau đây:` and its items: a note that spells out
# the documents a basis column names, which are that column's (R30)
_COLUMN_NOTE = re.compile(
    r"^[^\n]*?cột[ \t]*[“\"](?P<label>[^”\"\n]{1,80})[”\"][^\n]*:[ \t]*\n", re.MULTILINE
)
_NOTE_ITEMS = re.compile(r"(?:[ \t]*(?:[-+•]|\d+[.)])[ \t][^\n]*(?:\n|$))*")


def based_on_notes(text: str) -> list[tuple[int, int]]:
    """Spans of the items under a note that lists what a basis column names."""
    spans = []
    for note in _COLUMN_NOTE.finditer(text):
        if column_roles([note["label"]]).get("basis") == 0:
            items = _NOTE_ITEMS.match(text, note.end())
            if items is not None and items.end() > note.end():
                spans.append((note.end(), items.end()))
    return spans
