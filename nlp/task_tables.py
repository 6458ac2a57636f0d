"""Rows of assignment tables as task units: tab-separated lines under a header row naming columns.

The header's words give each column its role (task, responsible, coordinating, deadline, ...). The
crawl flattens merged cells: a row that shares the doer's cells of the row above prints only its
last cells (`- Nội dung\tSản phẩm\tNăm 2026`), a row without its number cell starts one column
early, and several such rows may be glued on one physical line, each after an empty cell. Where
the time column is the last one, a line is cut after each time cell followed by an empty cell, and
a part shorter than the header is aligned on the right: its cells are the row's last columns, and
the cells it lacks (the doers) are those of the row it continues (RULINGS R42). A row that names
neither a doer nor a time is a heading of a group of rows, no unit.
"""

import re
from collections.abc import Iterator

from policylink.core.vietnamese import match_key
from policylink.ingest.model import Section
from policylink.nlp.dates import YEAR
from policylink.nlp.table_headers import HEADER_CELL_MAX, column_roles
from policylink.nlp.task_units import Structure, Unit, content_start, line_spans

# A procedure's steps (`Bước`, `Trình tự`, `Thứ tự công việc`, `Thời gian giải quyết TTHC`) are no
# assignment (RULINGS R21); a header row holds labels, not sentences.
_PROCEDURE_HEADER = ("bước", "trình tự", "thứ tự công việc", "quy trình", "tthc", "thủ tục hành chính")
# A table's caption, the line above its header or glued before it in the header's first cell
# (`2. Trình tự thực hiện`), names a procedure's steps too: each application sets the rows off.
_PROCEDURE_CAPTION = re.compile(
    r"(?:trình tự|quy trình|các bước)(?:\s+(?:thực hiện|giải quyết|xử lý))?\s*:?$")
# What a time cell holds: a year, or a standing duty (`Thực hiện thường xuyên, liên tục`).
_TIME_CELL = re.compile(rf"(?<!\d){YEAR}(?!\d)|thường xuyên|liên tục", re.IGNORECASE)
_DOERS = ("responsible", "coordinating")
# What a row's number cell prints: `3`, `2.1`, `IV`, `a`, `B1`.
_ROW_NUMBER = re.compile(r"[\w.]{1,8}")
_MIN_GLUED = 3  # cells of a glued row's part before the empty cell: at least work, product, time
Cells = list[tuple[int, int]]
Row = dict[int, tuple[int, int]]  # column index -> cell


_CAPTION_MAX = 60  # a caption of a procedure's record (`Cách thức thực hiện`) is a short line
_STEP = re.compile(r"bước\s+\d")


def procedure_steps(text: str) -> list[tuple[int, int]]:
    """Where a procedure's steps are written as paragraphs (RULINGS R21): from a caption `Trình tự
    thực hiện` over `Bước 1: ...` lines to the next caption of the procedure's record (a short line
    without closing punctuation, `Cách thức thực hiện`). What the authority does at a step (`Trường
    hợp hồ sơ chưa hợp lệ, Sở X trả lại ...`) describes the procedure; it assigns nothing."""
    spans: list[tuple[int, int]] = []
    start: int | None = None
    steps = False
    for s, e in line_spans(text, 0, len(text)):
        line = match_key(text[content_start(text, s, e) : e]).strip()
        caption = 0 < len(line) <= _CAPTION_MAX and line[-1] not in ".;:" and "\t" not in line
        if start is not None and caption and not _STEP.match(line):
            if steps:
                spans.append((start, s))
            start = None
        if caption and _PROCEDURE_CAPTION.fullmatch(line):
            start, steps = e, False
        elif start is not None and _STEP.match(line):
            steps = True
    return spans


def table_units(text: str, structure: Structure) -> Iterator[Unit]:
    """Rows of plan tables, one unit each (several where a line holds glued rows)."""
    columns: dict[str, int] | None = None
    width = rows = 0
    doers: dict[str, tuple[int, int] | None] = {}
    place = caption = ""
    table: Section | None = None  # the section holding the header: a row's number cell opens none
    for start, end in line_spans(text, 0, len(text)):
        line = text[start:end]
        if "\t" not in line:
            columns, caption = None, line
            continue
        cells = _cells(line, start)
        keys = [match_key(text[s:e]).strip() for s, e in cells]
        if _PROCEDURE_CAPTION.search(match_key(caption).strip()) or _PROCEDURE_CAPTION.search(keys[0]):
            columns, caption = None, ""  # the header of a procedure's steps: its rows assign nothing
            continue
        caption = ""
        header = _header_columns(keys)
        if header is not None:
            columns, width, rows, doers = header or None, len(cells), 0, {}
            table = structure.deepest(start)
            continue
        if columns is None:
            continue
        section = structure.deepest(start)
        for part in _row_parts(text, cells, columns, width):
            row = {role: part.get(index) for role, index in columns.items()}
            # a part that starts after the task column (a row's last cells): its first cell is the work
            task = row["task"] or (part[min(part)] if min(part) > columns["task"] else None)
            if task is None or not text[slice(*task)].strip() or text[slice(*task)].strip().isupper():
                continue
            if any(columns.get(role) in part for role in _DOERS if role in columns):
                if _filled(text, row.get("responsible")):
                    doers = {role: row.get(role) for role in _DOERS}
                rows += 1
                place = _row_place(text, table, row.get("number"), rows)
            elif doers and min(part) > 0:
                row.update(doers)  # the row continues the one above: its doers' cells are shared
            else:
                rows += 1
                place = _row_place(text, table, row.get("number"), rows)
            if not (_filled(text, row.get("responsible")) or _filled(text, row.get("deadline"))):
                continue  # a heading over a group of rows
            yield Unit(task[0], part[max(part)][1], section,
                       *(row.get(role) for role in ("responsible", "coordinating", "deadline")), place=place)


def _row_parts(text: str, cells: Cells, columns: dict[str, int], width: int) -> list[Row]:
    """The rows a line holds, each as {column: cell}. Without a last time column: the line as one
    row, its cells from the first column on."""
    if columns.get("deadline") != width - 1:
        return [dict(enumerate(cells))]
    parts: list[Cells] = [[]]
    for i, cell in enumerate(cells):
        empty = cell[0] >= cell[1]
        if empty and len(parts[-1]) >= _MIN_GLUED and i + 1 < len(cells) \
                and _TIME_CELL.search(text, *parts[-1][-1]):
            parts.append([])
        elif not (empty and not parts[-1] and len(parts) > 1):
            parts[-1].append(cell)
    found = []
    for part in filter(None, parts):
        if len(part) < width and _TIME_CELL.search(text, *part[-1]):
            found.append({width - len(part) + i: cell for i, cell in enumerate(part)})
        else:
            found.append(dict(enumerate(part)))
    return found


def _filled(text: str, cell: tuple[int, int] | None) -> bool:
    return cell is not None and bool(text[slice(*cell)].strip())


def _row_place(text: str, section: Section | None, number_cell: tuple[int, int] | None, rows: int) -> str:
    """`Phụ lục I, dòng 4`: the row's printed number (else its rank under the header) within
    the appendix (or section) holding the table."""
    number = text[slice(*number_cell)].strip().rstrip(".") or None if number_cell else None
    if number is not None and not _ROW_NUMBER.fullmatch(number):
        number = None  # a sentence in the number column (a row the crawl shifted) is no row label
    row = f"dòng {number or rows}"
    return f"{section.id}, {row}" if section is not None else row


def _cells(line: str, offset: int) -> Cells:
    cells, pos = [], offset
    for piece in line.split("\t"):
        lead = len(piece) - len(piece.lstrip())
        cells.append((pos + lead, pos + len(piece.rstrip())))
        pos += len(piece) + 1
    return cells


def _header_columns(cells: list[str]) -> dict[str, int] | None:
    """Column roles of a header row; None for a line that is no header, an empty dict for the
    header of a table that assigns nothing (a procedure's steps)."""
    if any(len(cell) > HEADER_CELL_MAX for cell in cells):
        return None
    if any(word in cell for cell in cells for word in _PROCEDURE_HEADER):
        return {}
    columns = column_roles(cells)
    columns.pop("basis", None)
    if "task" in columns and ("responsible" in columns or "deadline" in columns):
        return columns
    return None
