"""Table columns whose role is `based_on`: a column headed `Căn cứ pháp lý` (`Căn cứ`, `Cơ sở pháp lý`)
lists, row by row, the documents a procedure or a row rests on (R30). The column is found by its header
words, not by its place; a cell is the tab-separated field of that column in each row.

A cell may run over several lines (a cell holding a bulleted list). When the column is the last one,
the list items that follow a row's first line and open with a document type word (`- Luật ...`, `(1)
Nghị định ...`) are that cell's lines; other continuation lines belong to earlier columns (a fee cell's
`Mức thu ... theo quy định tại Thông tư ...` is no basis).
"""

import re

from policylink.nlp.citation_patterns import TYPE_ALTERNATION

_BASIS_HEADER = re.compile(r"(?:căn cứ|cơ sở)(?:\s+pháp lý)?(?!\w)", re.IGNORECASE)
_DOCUMENT_ITEM = re.compile(
    rf"[ \t]*(?:[-+•][ \t]*|\(\d+\)[ \t]*|\d+[.)][ \t]+)?(?:{TYPE_ALTERNATION})(?!\w)", re.IGNORECASE
)
_MAX_HEADER_CELL = 40  # a header cell is a short label, not a sentence


def _header_column(cells: list[str]) -> int | None:
    """The index of the basis column in a header row, or None when the row has none."""
    if len(cells) < 2:
        return None
    for index, cell in enumerate(cells):
        label = cell.strip()
        if label and len(label) <= _MAX_HEADER_CELL and _BASIS_HEADER.match(label):
            return index
    return None


def _table_ends(line: str) -> bool:
    """A blank line or an upper-case heading ends the table."""
    stripped = line.strip()
    return not stripped or ("\t" not in line and stripped.isupper())


def based_on_cells(text: str) -> list[tuple[int, int]]:
    """Spans of the cells under a basis column header, in every table of `text`."""
    spans: list[tuple[int, int]] = []
    column: int | None = None
    last_column = False
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        cells = line.split("\t")
        if (found := _header_column(cells)) is not None:
            column, last_column = found, found == len(cells) - 1
            continue
        if column is None:
            continue
        if _table_ends(line):
            column = None
            continue
        if len(cells) > column:
            cell_start = start + sum(len(c) + 1 for c in cells[:column])
            spans.append((cell_start, cell_start + len(cells[column])))
        elif len(cells) == 1 and last_column and _DOCUMENT_ITEM.match(line):
            spans.append((start, start + len(line)))
    return spans
