"""Task units: the paragraphs, `Giao X ...` sentences and plan-table rows a task may be.

A unit's text starts past its item marker (`1.`, `a)`, `-`, `Điều 5.`). An item whose first line
is a short title followed by text of its own is one unit anchored on the title; a container's
title (its body lists sub-items, a `... sau:` introduction or a table) is none. A plan table gives
one unit per row under a header row naming its columns (task, responsible, coordinating,
deadline). `Structure` holds the sections around a unit, and `body_chain` the bodies written one
after another that name a unit's actors.
"""

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from policylink.core.vietnamese import match_key
from policylink.ingest.model import Section
from policylink.nlp.model import Body

_MARKER = re.compile(  # used with .match(text, pos): anchored at pos
    r"[ \t]*(?:[-+•*–][ \t]+|(?:Điều|Khoản|Mục)[ \t]+\d+[.:]?[ \t]*|(?:\d+\.)+\d*[ \t]+"
    r"|\(?\d+\)[ \t]+|\((?:[ivx]+|[a-zđ])\)[ \t]+|[IVXLC]+\.[ \t]+|[a-zđ]\)[ \t]+)"
)
# A role heads the body named after it (`Giám đốc các sở: A, B`, `Chủ tịch, các Phó Chủ tịch UBND tỉnh`).
_HEAD_ROLE = (
    r"(?:(?:các\s+)?(?:đồng chí\s+)?"
    r"(?:(?:phó\s+)?chủ tịch(?:\s*,\s*(?:các\s+)?phó chủ tịch)?|(?:phó\s+)?giám đốc|thủ trưởng"
    r"|bộ trưởng|thứ trưởng|(?:phó\s+)?tổng giám đốc|(?:phó\s+)?cục trưởng|(?:phó\s+)?viện trưởng"
    r"|(?:phó\s+)?hiệu trưởng|(?:phó\s+)?chi cục trưởng|(?:phó\s+)?chỉ huy trưởng|(?:phó\s+)?bí thư"
    # (`$`: a gap between two bodies ends before the body the title heads)
    r"|người đứng đầu|(?:phó\s+)?(?:chánh|trưởng)(?=\s+(?:văn phòng|thanh tra|ban)(?!\w)|\s*$)"
    # `Trưởng ban Ban Quản lý ...`: the title written out before the board's name
    r"|(?:phó\s+)?trưởng\s+ban))"
    r"(?:\s+(?:các\s+)?(?:sở|bộ|phòng|ban)\s*:|\s*:)?\s+"
)
_CONNECTOR = re.compile(rf"\s*(?:,|;|và|cùng|với)?\s*(?:{_HEAD_ROLE})?", re.IGNORECASE)
# Before the first body of a chain: a form of address (`Các đồng chí Bộ trưởng, Thủ trưởng ...`), the
# head of a distributed list (`Các Bộ, cơ quan: Tài chính, Xây dựng`) or a role (`Trưởng Thuế các tỉnh`).
_FIRST_GAP = re.compile(
    r"\s*(?:(?:các\s+)?đồng\s+chí\s+|(?:các\s+)?(?:sở|bộ|phòng)(?:\s*,\s*(?:cơ\s+quan|ngành))?\s*:\s*"
    rf"|{_HEAD_ROLE})?", re.IGNORECASE)
_LEADING_ROLE = re.compile(rf"\s*{_HEAD_ROLE}", re.IGNORECASE)
_ADDRESSING_TITLE = re.compile(r"(?:giao|đề nghị|yêu cầu)\s+", re.IGNORECASE)
_TITLE_MAX = 160  # a numbered item's title line (`1. Nâng cao nhận thức ...`) is short
_GIAO_SENTENCE = re.compile(r"(?<=[.;])\s+(?=Giao\s)")
_HEADER_WORDS = (  # (column role, header words), checked in this order
    ("number", ("stt", "tt", "số tt")),
    ("deadline", ("thời gian", "thời hạn", "hoàn thành", "tiến độ", "thời điểm")),
    ("coordinating", ("phối hợp",)),
    ("product", ("sản phẩm", "kết quả")),
    ("responsible", ("chủ trì", "thực hiện", "trách nhiệm", "phụ trách", "xử lý", "đơn vị", "cơ quan")),
    ("task", ("nội dung", "nhiệm vụ", "công việc", "đề án", "giải pháp", "đề xuất", "kiến nghị")),
)
# A procedure's steps (`Bước`, `Trình tự`, `Thứ tự công việc`, `Thời gian giải quyết TTHC`) are no
# assignment (RULINGS R21); a header row holds labels, not sentences.
_PROCEDURE_HEADER = ("bước", "trình tự", "thứ tự công việc", "quy trình", "tthc", "thủ tục hành chính")
_HEADER_CELL_MAX = 60
# `Tỉnh kiến nghị`, `Đơn vị đề xuất`: the column naming who proposed the row, not who does it.
_SOURCE_HEADER = re.compile(
    r"(?:tỉnh|địa phương|đơn vị|cơ quan|bộ|ngành|sở)(?:\s*,\s*\w+)*\s+(?:kiến nghị|đề xuất|đề nghị|gửi)$"
)


@dataclass(frozen=True)
class Unit:
    start: int
    end: int
    section: Section | None
    responsible_cell: tuple[int, int] | None = None
    coordinating_cell: tuple[int, int] | None = None
    deadline_cell: tuple[int, int] | None = None
    subject_start: int | None = None  # where the actors are named, when not at `start`
    place: str | None = None  # the printed place when no section names it (`Phụ lục I, dòng 4`)


class Structure:
    """Sections, their children and their own text (before the first child)."""

    def __init__(self, text: str, sections: list[Section]) -> None:
        self.text = text
        self.sections = list(sections)
        self.by_id = {s.id: s for s in self.sections}
        self.children: dict[str | None, list[Section]] = {}
        for s in self.sections:
            self.children.setdefault(s.parent, []).append(s)
        self._own_lines: dict[str | None, list[tuple[int, int]]] = {}
        self._line_keys: dict[tuple[int, int], str] = {}

    def deepest(self, offset: int) -> Section | None:
        containing = [s for s in self.sections if s.start <= offset < s.end]
        return min(containing, key=lambda s: s.end - s.start, default=None)

    def scopes(self, section: Section | None) -> Iterator[Section | None]:
        while section is not None:
            yield section
            section = self.by_id.get(section.parent) if section.parent else None
        yield None

    def own_lines(self, scope: Section | None) -> list[tuple[int, int]]:
        """Lines of `scope` outside its children (the document outside sections for None),
        computed once per scope: every unit asks for the lines of each scope around it."""
        key = scope.id if scope else None
        if key not in self._own_lines:
            self._own_lines[key] = self._find_own_lines(scope)
        return self._own_lines[key]

    def line_key(self, line: tuple[int, int]) -> str:
        """`line_key` of a line of the text, computed once: every unit asks for the headings and
        introductions around it."""
        if line not in self._line_keys:
            self._line_keys[line] = line_key(self.text, line)
        return self._line_keys[line]

    def _find_own_lines(self, scope: Section | None) -> list[tuple[int, int]]:
        if scope is None:
            start, end = 0, len(self.text)
        else:
            start, end = scope.start, scope.end
        kids = sorted((c.start, c.end) for c in self.children.get(scope.id if scope else None, []))
        lines = []
        for ls, le in line_spans(self.text, start, end):
            if not any(ks <= ls < ke for ks, ke in kids):
                lines.append((ls, le))
        return lines


def line_spans(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    for m in re.finditer(r"[^\n]+", text[start:end]):
        if m.group().strip():
            yield start + m.start(), start + m.end()


def line_key(text: str, line: tuple[int, int]) -> str:
    """The comparable form of a line's content, past its item marker."""
    return match_key(text[content_start(text, *line) : line[1]])


def content_start(text: str, start: int, end: int) -> int:
    m = _MARKER.match(text, start, end)
    pos = m.end() if m else start
    while pos < end and text[pos].isspace():
        pos += 1
    return pos


_IN_ORDER: tuple[list[Body], list[Body], list[int]] = ([], [], [])


def _in_order(bodies: list[Body]) -> tuple[list[Body], list[int]]:
    """`bodies` sorted by start, and their starts. The rules ask for chains in the same list over and
    over (a unit at a time): the last list's order is kept while its items stay the same."""
    global _IN_ORDER
    seen, ordered, starts = _IN_ORDER
    if seen != bodies:  # (an item identical to the one kept is not compared field by field)
        ordered = sorted(bodies, key=lambda b: b.start)
        starts = [b.start for b in ordered]
        _IN_ORDER = (list(bodies), ordered, starts)
    return ordered, starts


def body_chain(bodies: list[Body], text: str, pos: int, limit: int) -> list[Body]:
    """Bodies written one after another from `pos` (joined by `,`, `và`, ...), in order."""
    found: list[Body] = []
    ordered, starts = _in_order(bodies)
    # (a body starting past `limit` ends past it)
    for index in range(bisect_left(starts, pos), bisect_right(starts, limit)):
        body = ordered[index]
        if body.start < pos or body.end > limit:
            continue
        gap = text[pos : body.start]
        if (_CONNECTOR.fullmatch(gap) and found) or (not found and _FIRST_GAP.fullmatch(gap)):
            found.append(body)
            pos = body.end
        elif body.start > pos:
            break
    return found


def after_role(text: str, pos: int, end: int) -> int:
    """Past a head role (`báo cáo Chủ tịch UBND huyện`): the role stands for its body."""
    role = _LEADING_ROLE.match(text, pos, end)
    return role.end() if role else pos


def table_units(text: str, structure: Structure) -> Iterator[Unit]:
    """Rows of plan tables: tab-separated lines under a header row naming the columns."""
    columns: dict[str, int] | None = None
    rows = 0
    for start, end in line_spans(text, 0, len(text)):
        line = text[start:end]
        if "\t" not in line:
            columns = None
            continue
        cells = _cells(line, start)
        header = _header_columns([match_key(text[s:e]).strip() for s, e in cells])
        if header is not None:
            columns, rows = header or None, 0
            continue
        if columns is None or columns["task"] >= len(cells):
            continue
        task_start, task_end = cells[columns["task"]]
        task_text = text[task_start:task_end].strip()
        if not task_text or task_text.isupper():
            continue
        rows += 1
        section = structure.deepest(start)
        yield Unit(task_start, end, section,
                   *(_cell(cells, columns.get(role)) for role in ("responsible", "coordinating", "deadline")),
                   place=_row_place(text, section, cells, columns, rows))


def _row_place(text: str, section: Section | None, cells: list[tuple[int, int]],
               columns: dict[str, int], rows: int) -> str:
    """`Phụ lục I, dòng 4`: the row's printed number (else its rank under the header) within
    the appendix (or section) holding the table."""
    number = None
    if "number" in columns and columns["number"] < len(cells):
        s, e = cells[columns["number"]]
        number = text[s:e].strip().rstrip(".") or None
    row = f"dòng {number or rows}"
    return f"{section.id}, {row}" if section is not None else row


def _cell(cells: list[tuple[int, int]], index: int | None) -> tuple[int, int] | None:
    return cells[index] if index is not None and index < len(cells) else None


def _cells(line: str, offset: int) -> list[tuple[int, int]]:
    cells, pos = [], offset
    for part in line.split("\t"):
        lead = len(part) - len(part.lstrip())
        cells.append((pos + lead, pos + len(part.rstrip())))
        pos += len(part) + 1
    return cells


def _header_columns(cells: list[str]) -> dict[str, int] | None:
    """Column roles of a header row; None for a line that is no header, an empty dict for the
    header of a table that assigns nothing (a procedure's steps)."""
    if any(len(cell) > _HEADER_CELL_MAX for cell in cells):
        return None
    if any(word in cell for cell in cells for word in _PROCEDURE_HEADER):
        return {}
    columns: dict[str, int] = {}
    for index, cell in enumerate(cells):
        if _SOURCE_HEADER.match(cell):
            continue
        for role, words in _HEADER_WORDS:
            hit = cell in words if role == "number" else any(w in cell for w in words)
            if hit and role not in columns:
                columns[role] = index
                break
    if "task" in columns and ("responsible" in columns or "deadline" in columns):
        return columns
    return None


def _item_body(text: str, structure: Structure, section: Section | None,
               start: int, end: int) -> list[tuple[int, int]] | None:
    """The body lines of an item whose first line (`start`..`end`) is a title: a short line
    without closing punctuation, followed by text of the item's own. None for other lines; an
    empty list for a container (its body lists the tasks: sub-items, `... sau:`, a table)."""
    if section is None or text[section.start : start].strip() or section.id in ("recipients", "addressees"):
        return None
    title = text[content_start(text, start, end) : end].strip()
    if not title or len(title) > _TITLE_MAX or title[-1] in ".;:!?" or title.isupper():
        return None
    body = [(s, e) for s, e in structure.own_lines(section) if s > start]
    if not body and not structure.children.get(section.id):
        return None
    if structure.children.get(section.id) or any(
        text[s:e].rstrip().endswith(":") or "\t" in text[s:e] for s, e in body
    ):
        return []
    return body


def paragraph_units(text: str, structure: Structure, bodies: list[Body],
                    notes_start: int | None = None) -> Iterator[Unit]:
    """Paragraph units of the body; the footnotes (from `notes_start` on, as ingestion moved them
    to the end) and table rows are none."""
    merged_until = -1
    for start, end in line_spans(text, 0, len(text) if notes_start is None else notes_start):
        line = text[start:end]
        if start < merged_until:
            continue
        section = structure.deepest(start)
        if "\t" in line:
            continue
        if section is not None and section.id in ("recipients", "addressees"):
            continue
        content = content_start(text, start, end)
        item_body = _item_body(text, structure, section, start, end)
        if item_body == []:
            continue  # a container's title is not a task; its parts are
        if item_body and not body_chain(bodies, text, content, end):
            # `1. Nâng cao nhận thức ...` + a paragraph: one task, anchored on the title
            merged_until = item_body[-1][1]
            # `1.1. Giao Sở X` + its duties: the title names the actor
            subject = None if _ADDRESSING_TITLE.match(text, content, end) else item_body[0][0]
            yield Unit(content, merged_until, section, subject_start=subject)
            continue
        if (listed := _listed_subject_end(text, structure, bodies, section, content, end)) is not None:
            # `Chánh Văn phòng UBND tỉnh;` + `Giám đốc Sở X; ... chịu trách nhiệm thi hành ...`
            merged_until = listed
            yield Unit(content, listed, section)
            continue
        pieces = [content, *(m.end() for m in _GIAO_SENTENCE.finditer(text, content, end)), end]
        for piece_start, piece_end in zip(pieces, pieces[1:], strict=False):
            yield Unit(piece_start, piece_end, section)


def _listed_subject_end(text: str, structure: Structure, bodies: list[Body], section: Section | None,
                        content: int, end: int) -> int | None:
    """Where a subject written one body per line ends its sentence: lines that only name bodies
    (after their roles) and end with `;` or `,` continue on the next lines of their section."""
    stop = end
    while True:
        chain = body_chain(bodies, text, after_role(text, content, stop), stop)
        if not chain or text[chain[-1].end : stop].strip() not in (";", ","):
            return stop if stop != end else None
        following = next(line_spans(text, stop, len(text)), None)
        if following is None or structure.deepest(following[0]) is not section:
            return stop if stop != end else None
        content, stop = following
        if _MARKER.match(text, content, stop) and _MARKER.match(text, content, stop).end() > content:
            return None  # an item of its own

