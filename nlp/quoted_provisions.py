"""Other documents' provisions quoted in a text: they bind under their own document, so they are neither
this document's deadlines nor its tasks (RULINGS R20, R24, R36).

A quotation opens a line (`“a) Trong thời hạn 07 ngày, …`, `"Điều 26. Đơn giá thuê đất`: straight marks in
plain-text copies, curly ones in Word documents) and may run over several lines (the quoted points and
paragraphs, an article's heading and clauses) to the line its closing mark ends. The new wording an amendment
announces (`... được điều chỉnh như sau:` closing the line before) runs over the tables it holds too.

- `quoted_provisions`: the (start, end) of each such quotation, kept out of the deadlines;
- `in_line_quotation`: whether an offset lies in one, kept out of tasks;
- `opens_reproduction`: whether a paragraph opens with a provision it goes on to reproduce, kept out of tasks;
- `reproduced_provisions`: provisions reproduced without quotation marks after the line that names them
  (`Khoản 1 Điều 59 Nghị định số ... quy định: Tổ chức, cá nhân ...` and its points `a)`, `b)`), kept out of
  the deadlines.
"""

import re
from functools import lru_cache

# A line's closing quote mark, then at most a stop (`…đi học."`, `…theo quy định”;`).
_CLOSES = re.compile(r"[\"”][ \t]*[.;,]?[ \t]*$")


def _depth(line: str, depth: int) -> int:
    """How many quotations stay open after `line`, `depth` being open before it: `“` opens and `”` closes;
    a straight mark opens where none is open and closes otherwise (the marks of a quoted phrase inside
    a quotation, `thay cụm từ "A" bằng "B"`, close and open again in pairs)."""
    for char in line:
        if char == '"':
            depth += -1 if depth > 0 else 1
        elif char in "“”":
            depth += 1 if char == "“" else -1
    return depth


# The end of a line announcing the wording quoted after it (`Khoản 2 được sửa đổi như sau:`).
_ANNOUNCES = re.compile(r"(?<!\w)như[^\S\n]+sau[^\S\n]*:[^\S\n]*$", re.IGNORECASE)


def _closing(lines: list[str], first: int) -> tuple[int, int] | None:
    """The line whose end closes the quotation that opens line `first`, and the offset in that line just
    after the closing mark: None where its marks close inside a line (a quoted name opening a sentence:
    `"Đề án X" được triển khai …`), or nothing closes it before the next line opening a quotation or, unless
    the line before announces the wording (`như sau:`), a table row."""
    depth = _depth(lines[first], 0)
    announced = first > 0 and bool(_ANNOUNCES.search(lines[first - 1]))
    index = first
    while depth > 0:
        index += 1
        if index == len(lines):
            return None
        line = lines[index]
        if ("\t" in line and not announced) or line.lstrip().startswith(("“", '"')):
            return None
        depth = _depth(line, depth)
    close = _CLOSES.search(lines[index]) if depth == 0 else None
    return (index, close.start() + 1) if close else None


@lru_cache(maxsize=4)
def _quotations(text: str) -> tuple[tuple[int, int], ...]:
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    spans: list[tuple[int, int]] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        opens = line.lstrip().startswith(("“", '"')) and "\t" not in line
        closing = _closing(lines, index) if opens else None
        if closing is None:
            index += 1
            continue
        last, close_end = closing
        spans.append((starts[index] + len(line) - len(line.lstrip()), starts[last] + close_end))
        index = last + 1
    return tuple(spans)


def quoted_provisions(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quotation opening a line, quotation marks included."""
    return list(_quotations(text))


def in_line_quotation(text: str, offset: int) -> bool:
    """Whether `offset` lies in a quotation that opens a line of the text."""
    return any(start <= offset < end for start, end in _quotations(text))


# The provision a text reproduces, named up to the colon after `quy định`.
_PROVISION_NAMED = (
    r"(?:(?:tại|theo)[^\S\n]+)?(?:điểm|khoản|điều)(?!\w)[^\n:]{0,150}?"
    r"(?<!\w)(?:nghị[^\S\n]+định|thông[^\S\n]+tư|luật|quyết[^\S\n]+định)(?!\w)[^\n:]{0,150}?"
    r"(?<!\w)quy[^\S\n]+định(?:[^\S\n]+(?:như[^\S\n]+sau|cụ[^\S\n]+thể))?[^\S\n]*:")
_REPRODUCING = re.compile(r"^[^\S\n]*" + _PROVISION_NAMED, re.IGNORECASE | re.MULTILINE)
# ... and followed by the wording it reproduces on the same line (`- Khoản 2 Điều 3 của Thông tư số ... quy
# định: “Bộ trưởng ... phân cấp cho ...”`).
_REPRODUCES = re.compile(_PROVISION_NAMED + r"[^\S\n]*\S", re.IGNORECASE)
# The reproduced text goes on over its own points (`a)`, `b)`) and over the lines a wrapped sentence runs on
# to; a new paragraph after a sentence's end, or a line opening an item of the reproducing document (`- `,
# `1.4.`, `(2)`, `II.`), is the document's own.
_POINT = re.compile(r"[^\S\n]*[a-zđ]\)", re.IGNORECASE)
_OWN_ITEM = re.compile(r"[^\S\n]*(?:[-+•*]|\(?\d+\)|\d+(?:\.\d+)*\.[^\S\n]|[IVX]+\.)")
_SENTENCE_END = re.compile(r"[.;:!?][^\S\n]*$")


def _runs_on(text: str, end: int) -> bool:
    """Does the line after the newline at `end` continue the reproduced text?"""
    if _POINT.match(text, end + 1):
        return True
    return not _SENTENCE_END.search(text, max(0, end - 4), end) and not _OWN_ITEM.match(text, end + 1)


def opens_reproduction(text: str, start: int) -> bool:
    """Whether the paragraph at `start` names a provision and goes on with its wording (R20): what it says
    binds under that provision's document."""
    return _REPRODUCES.match(text, start) is not None


def reproduced_provisions(text: str) -> list[tuple[int, int]]:
    """(start, end) of each provision reproduced after a line naming it (`Khoản 1 Điều 59 Nghị định số ...
    quy định: ...`) without quotation marks, from the colon to the end of the reproduced text."""
    spans = []
    for m in _REPRODUCING.finditer(text):
        end = text.find("\n", m.end())
        while end >= 0 and end + 1 < len(text) and _runs_on(text, end):
            end = text.find("\n", end + 1)
        spans.append((m.end(), len(text) if end < 0 else end))
    return spans
