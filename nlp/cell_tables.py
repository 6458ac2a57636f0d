"""Rows of assignment tables written one cell fragment a line, as a PDF reader gives a table's text.

The header's labels stand one a line (a label may wrap: `Cơ quan` + `chủ trì`, the rest starting in lower
case), or some of them on one line with `|` between them (`| TT | Nội dung | Cơ quan chủ trì |` +
`Thời gian`); each row starts on a line holding only its number (`1.1`, `3.`, `II.`, or a group's row `a)`,
placed as `1.a` under the group `1`) and goes on with its cells' lines in the header's order. Where one
cell ends and the next starts is read from general cues: the doer's cell starts on a line opening with a
body (the first after the task's sentence ends, not after a word that needs what follows, `của`), goes on
while its lines end with a comma, `;` or `và`, the next one starts in lower case or a body name runs
across the line break; the time cell starts on a capitalised line opening with a time expression (where
the header puts it before the doers', the doer's cell starts after it). A number before a row's first line
(`2.1 Theo dõi ...`) opens a row where it follows the rows' numbers so far. After a page break (its
running line and number removed at ingestion, ingest.text_pages) the header's lines repeated are skipped,
and a row they cut is read from its part before the break, where each cell's first lines stand; a doer's
or the time cell that starts only after the break is taken from the part after it. A row naming neither a
doer nor a time (a group's heading, `1.` + `Rà soát, hoàn thiện thể chế`) is no unit. Where the cues leave
a boundary open, the task's start and its lead doer come first: the partners' cell ends at the first line
that neither goes on nor opens a body.
"""

import re
from dataclasses import dataclass

from policylink.core.vietnamese import match_key
from policylink.nlp.model import Body
from policylink.nlp.table_headers import HEADER_CELL_MAX, column_roles
from policylink.nlp.task_units import Structure, Unit, content_start, line_spans

Line = tuple[int, int]
# A row's number on its own line (`1.1`, `7.`, `IV.`, a letter `a)`), or before the row's first line
# (`2.1 Theo dõi ...`, a group's `2. Đẩy mạnh ...`, `III Tiếp tục ...`).
_ROW_NUMBER = re.compile(r"(?:\d{1,2}(?:\.\d{1,2})*|[IVXLC]{1,6})\.?|[a-zđ]\)")
_NUMBERED_LINE = re.compile(r"(?P<number>\d{1,2}(?:\.\d{1,2})*|[IVXLC]{1,6})\.?[^\S\n]+(?=\S)")
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
# The appendix's own line above its table (`Phụ lục I`), where the sections do not name it.
_APPENDIX_LINE = re.compile(r"phụ lục(?:\s+(?P<numeral>[ivxlc]+|\d+))?", re.IGNORECASE)
_TITLE_LOOK_BACK = 8  # lines above the header searched for it
_ITEM_ID = re.compile(r"\d+|[IVXLC]+|[a-zđ]")
# What opens a time cell (its lines joined): a standing duty, a period or a year.
_TIME_OPENING = re.compile(
    r"(?:(?:nhiệm vụ|thực hiện|hoàn thành)\s+)*"
    r"(?:thường xuyên|liên tục|định kỳ|(?:hằng|hàng)\s+(?:năm|quý|tháng))"
    r"|(?:(?:trước|trong|từ|đến|cuối|đầu|chậm nhất)\s+)*(?:ngày|tháng|quý|năm|giai đoạn)\s+[\divx]"
    r"|\d{1,2}/\d{4}|\d{4}(?!\d)")
_SENTENCE_END = (".", "!", "?", "…", ".)")
# A line that ends on a comma or a word that needs what follows (`... của` + `Bộ Chính trị về ...`) goes on
# on the next line: in a doer's cell with the next name, in the task's cell with its sentence.
_GOES_ON = re.compile(r"(?:[,;(]|(?<!\w)(?:và|với|của|cho|tại|về|theo|đến|giữa|các|những))$", re.IGNORECASE)
_HEADER_LINES = 16  # a header holds at most so many label lines
_MIN_LABELS = 3
_TITLE_WORDS = 4  # a line in capitals of so many words is a title, not an abbreviation in a cell


@dataclass(frozen=True)
class _Header:
    lines: list[Line]
    roles: list[str | None]


def cell_table_units(text: str, structure: Structure, bodies: list[Body]) -> tuple[list[Unit], list[Line]]:
    """Units of the rows of the cell-per-line tables in `text`, and the tables' spans (paragraph units
    inside them are none)."""
    lines = list(line_spans(text, 0, len(text)))
    starts = {b.start: b for b in sorted(bodies, key=lambda b: b.end - b.start)}
    units: list[Unit] = []
    spans: list[Line] = []
    i = 0
    while i < len(lines):
        header = _header_at(text, lines, i)
        if header is None:
            i += 1
            continue
        reader = _TableReader(text, lines, header, starts, structure)
        end = reader.read(i + len(header.lines))
        units.extend(reader.units)
        spans.append((lines[i][0], lines[end - 1][1]))
        i = end
    return units, spans


def _key(text: str, line: Line) -> str:
    return match_key(text[line[0] : line[1]]).strip()


def _is_number(text: str, line: Line) -> bool:
    return bool(_ROW_NUMBER.fullmatch(text[line[0] : line[1]].strip()))


def _header_at(text: str, lines: list[Line], i: int) -> _Header | None:
    """The header whose first label stands on line `i`: short labels, each naming a distinct column role,
    up to a row's number; it names the task and its doer."""
    labels: list[str] = []
    j = i
    while j < len(lines) and j - i < _HEADER_LINES and not _is_number(text, lines[j]):
        raw = text[lines[j][0] : lines[j][1]].strip()
        if "|" in raw:  # labels on one line between bars
            cells = [cell.strip() for cell in raw.strip("|").split("|")]
            if not all(cells) or any(len(cell) > HEADER_CELL_MAX for cell in cells):
                return None
            labels.extend(cells)
        elif len(raw) > HEADER_CELL_MAX or raw.endswith(_SENTENCE_END) or "\t" in raw:
            return None
        elif labels and (raw[:1].islower() or _same_role(labels[-1], raw)):
            labels[-1] = f"{labels[-1]} {raw}"  # a wrapped label goes on (`Thời hạn` + `hoàn thành`)
        else:
            labels.append(raw)
        j += 1
    if j >= len(lines) or not _is_number(text, lines[j]) or len(labels) < _MIN_LABELS:
        return None
    roles = [_role(label) for label in labels]
    named = [role for role in roles if role is not None]  # (`Cấp trình`, `Ghi chú` name no role)
    if roles[0] is None or len(named) < _MIN_LABELS or len(set(named)) < len(named) \
            or "task" not in named or "responsible" not in named:
        return None
    return _Header(lines[i:j], roles)


def _role(label: str) -> str | None:
    return next(iter(column_roles([label])), None)


def _same_role(label: str, line: str) -> bool:
    """A label in capitals wraps onto a line naming the same role (`THỜI HẠN` + `HOÀN THÀNH`)."""
    return line.isupper() and _role(line) is not None and _role(label) == _role(line)


class _TableReader:
    """Reads one table's rows from the line after its header on."""

    def __init__(self, text: str, lines: list[Line], header: _Header, starts: dict[int, Body],
                 structure: Structure) -> None:
        self.text, self.lines, self.header = text, lines, header
        self.starts, self.structure = starts, structure
        self.keys = [_key(text, line) for line in header.lines]
        columns = [role for role in header.roles if role != "number"]  # a row's lines start after its number
        self.order = {role: k for k, role in enumerate(columns) if role is not None}
        self.time_last = columns[-1] == "deadline"
        # where an article, a chapter or an appendix starts (an item numbered in a cell, `1. Bộ X ...`, no)
        self.parts = {s.start for s in structure.sections if "." not in s.id and not _ITEM_ID.fullmatch(s.id)}
        self.units: list[Unit] = []
        self.appendix = _appendix_above(text, lines, lines.index(header.lines[0]))

    def read(self, i: int) -> int:
        """Reads the rows from line `i`; returns the index of the line after the table."""
        rows: list[tuple[str, list[list[Line]]]] = []  # printed number, parts split by page breaks
        numbering = _Numbering()
        while i < len(self.lines):
            skip = self._furniture(i)
            if skip:
                if rows:
                    rows[-1][1].append([])
                i += skip
                continue
            line = self.lines[i]
            raw = self.text[line[0] : line[1]].strip()
            numbered = _NUMBERED_LINE.match(self.text, *line)
            if _is_number(self.text, line) or (numbered and numbering.follows(numbered["number"])):
                label = numbering.take(numbered["number"] if numbered else raw.rstrip("."))
                rows.append((label, [[(numbered.end(), line[1])]] if numbered else [[]]))
            elif not rows or line[0] in self.parts or (raw.isupper() and len(raw.split()) >= _TITLE_WORDS):
                break  # the table has ended: another part of the document, or a title in capitals
            else:
                rows[-1][1][-1].append(line)
            i += 1
        for number, parts in rows:
            self._row(number, [p for p in parts if p] or [[]])
        return i

    def _furniture(self, i: int) -> int:
        """How many lines from `i` on are the header repeated after a page break (ingestion has removed
        the page's running line and number: ingest.text_pages)."""
        n = 0
        while i + n < len(self.lines) and self._header_repeated(i + n):
            n += len(self.keys)
        return n

    def _header_repeated(self, i: int) -> bool:
        return [_key(self.text, line) for line in self.lines[i : i + len(self.keys)]] == self.keys

    def _row(self, number: str, parts: list[list[Line]]) -> None:
        """The row's unit, from its part before a page break; a doer's or the time cell that starts
        only after the break is taken from there."""
        cells = self._cells(parts[0])
        if cells is None and len(parts) > 1:
            cells = self._cells([line for part in parts for line in part])
        if cells is None:
            return
        end = max(cell[1] for cell in cells.values())
        for rest in parts[1:]:
            later = self._cells(rest) or {}
            for role in ("responsible", "coordinating", "deadline"):
                if role not in cells and role in later:
                    cells[role] = later[role]
        if "responsible" not in cells and "deadline" not in cells:
            return  # a group's heading
        task = cells["task"]
        section = self.structure.deepest(task[0])
        self.units.append(Unit(task[0], end, section, cells.get("responsible"), cells.get("coordinating"),
                               cells.get("deadline"), place=self._place(number, task[0])))

    def _cells(self, lines: list[Line]) -> dict[str, Line] | None:
        """The spans of a row's task, doers' and time cells among its lines."""
        if not lines:
            return None
        order = self.order
        time_first = order.get("deadline", len(order)) < order.get("responsible", -1)  # `Thời hạn`, `Chủ trì`
        time = self._time_lines(lines, 1) if time_first else None
        if time is not None and time[1] < len(lines):
            lead: int | None = time[1]  # the doer's cell follows the time cell
        else:
            lead = self._lead_start(lines) if "responsible" in order else None
            if not time_first and "deadline" in order:
                time = self._time_lines(lines, lead or 1)
        bounds: dict[str, tuple[int, int]] = {}
        if time is not None:
            bounds["deadline"] = time
        if lead is not None:
            stop = time[0] if time is not None and time[0] > lead else len(lines)
            lead_end = min(self._doer_end(lines, lead), stop)
            bounds["responsible"] = (lead, lead_end)
            if order.get("coordinating") == order["responsible"] + 1 and lead_end < stop:
                bounds["coordinating"] = (lead_end, min(self._partners_end(lines, lead_end), stop))
        task_end = min(k for k in (lead, time and time[0], len(lines)) if k is not None)
        if task_end == 0:
            return None
        bounds["task"] = (0, task_end)
        return {role: (lines[a][0], lines[b - 1][1]) for role, (a, b) in bounds.items() if a < b}

    def _time_lines(self, lines: list[Line], after: int) -> tuple[int, int] | None:
        """The time cell's lines from the first line from `after` on that opens with a time expression: to
        the row's end where the time column is the last, else to the next capitalised line."""
        start = self._time_start(lines, after)
        if start is None:
            return None
        return start, len(lines) if self.time_last else self._cell_end(lines, start)

    def _body_opens(self, line: Line) -> Body | None:
        """The body the line opens with, after its list mark (`1. Bộ X chủ trì ...` in a doer's cell)."""
        start = content_start(self.text, *line)
        start += len(self.text[start : line[1]]) - len(self.text[start : line[1]].lstrip())
        return self.starts.get(start)

    def _lead_start(self, lines: list[Line]) -> int | None:
        """The line the doer's cell starts on: the first opening with a body after a sentence's end, else
        the first opening with a body where the line before does not go on; else the line after the
        task's sentence."""
        opening = [k for k in range(1, len(lines))
                   if self._body_opens(lines[k]) and not self._open(lines[k - 1])]
        ends = [k for k in range(1, len(lines)) if self._ends(lines[k - 1])]
        after_end = [k for k in opening if k in ends]
        if after_end:
            return after_end[0]
        if opening:
            return opening[0]
        return ends[0] if ends else None

    def _ends(self, line: Line) -> bool:
        return self.text[line[0] : line[1]].rstrip().endswith(_SENTENCE_END)

    def _time_start(self, lines: list[Line], after: int) -> int | None:
        for k in range(max(after, 1), len(lines)):
            raw = self.text[lines[k][0] : lines[k][1]].strip()
            if not raw[:1].isupper() and not raw[:1].isdigit():
                continue
            rest = " ".join(match_key(self.text[a:b]).strip() for a, b in lines[k : k + 4])
            if _TIME_OPENING.match(rest):
                return k
        return None

    def _cell_end(self, lines: list[Line], k: int) -> int:
        """The line after a cell starting on line `k` that a capitalised line (perhaps after a list mark)
        follows."""
        k += 1
        while k < len(lines) and not self._capitalised(lines[k]):
            k += 1
        return k

    def _capitalised(self, line: Line) -> bool:
        return self.text[content_start(self.text, *line) : line[1]][:1].isupper()

    def _doer_end(self, lines: list[Line], k: int) -> int:
        """The line after a doer's cell starting on line `k`."""
        while k + 1 < len(lines) and self._goes_on(lines[k], lines[k + 1]):
            k += 1
        return k + 1

    def _partners_end(self, lines: list[Line], k: int) -> int:
        """The line after the partners' cell: bodies listed one a line, each perhaps wrapped."""
        end = self._doer_end(lines, k)
        while end < len(lines) and self._body_opens(lines[end]):
            end = self._doer_end(lines, end)
        return end

    def _open(self, line: Line) -> bool:
        """Whether the line ends where its sentence or list cannot stop."""
        return bool(_GOES_ON.search(self.text[line[0] : line[1]].rstrip()))

    def _goes_on(self, line: Line, after: Line) -> bool:
        nxt = self.text[after[0] : after[1]].strip()
        spans = any(b.start < line[1] and b.end > after[0] for b in self.starts.values())
        return self._open(line) or nxt[:1].islower() or spans

    def _top_section(self, offset: int) -> str | None:
        """The id of the outermost section at `offset` (`Phụ lục` of `Phụ lục.2`)."""
        section = self.structure.deepest(offset)
        return section.id.split(".")[0] if section is not None else None

    def _place(self, number: str, offset: int) -> str:
        """`Phụ lục I, dòng 1.2`: the row's printed number within the appendix (its line above the header),
        else the outermost section holding the row (at `offset`)."""
        top = self.appendix or self._top_section(offset)
        return f"{top}, dòng {number}" if top else f"dòng {number}"


def _appendix_above(text: str, lines: list[Line], header: int) -> str | None:
    """`Phụ lục I` where a line of that form stands shortly above the header."""
    for a, b in reversed(lines[max(0, header - _TITLE_LOOK_BACK) : header]):
        if found := _APPENDIX_LINE.fullmatch(text[a:b].strip()):
            return " ".join(filter(None, ("Phụ lục", (found["numeral"] or "").upper())))
    return None


class _Numbering:
    """The rows' numbers so far: a number written before text on its line opens a row only where it
    follows them (`2.1` after `2`, `2.2` after `2.1`, `3` after `2.4`, `III` after `II`), so a cell's
    line that starts with a figure (`12 tháng 9 năm 2025 ...`) opens none. A letter row (`a)`) is
    printed under the number before it (`1.a`)."""

    def __init__(self) -> None:
        self.last: tuple[int, ...] = ()
        self.roman = 0
        self.label = ""

    def follows(self, number: str) -> bool:
        if number[0] in _ROMAN:
            return _roman(number) == self.roman + 1
        parts = tuple(int(p) for p in number.split("."))
        last = self.last
        return parts == last + (1,) or any(parts == last[:k] + (last[k] + 1,) for k in range(len(last)))

    def take(self, number: str) -> str:
        """Takes the row's number; returns the row's printed place (`1.a` for `a)` under `1`)."""
        if number.endswith(")"):
            return f"{self.label}.{number[:-1]}" if self.label else number[:-1]
        if number[0] in _ROMAN:
            self.roman, self.last = _roman(number), ()  # a group's rows count from 1 again
        else:
            self.last = tuple(int(p) for p in number.split("."))
        self.label = number
        return number


def _roman(number: str) -> int:
    values = [_ROMAN[c] for c in number]
    return sum(-v if i + 1 < len(values) and v < values[i + 1] else v for i, v in enumerate(values))
