"""Other documents' provisions quoted in a text: they bind under their own document, so they are neither
this document's deadlines nor its tasks (RULINGS R20, R24, R36).

A quotation opens a line (`“a) Trong thời hạn 07 ngày, …`, `"Điều 26. Đơn giá thuê đất`: straight marks in
plain-text copies, curly ones in Word documents) and may run over several lines (the quoted points and
paragraphs, an article's heading and clauses) to the line its closing mark ends.

- `quoted_provisions`: the (start, end) of each such quotation, kept out of the deadlines;
- `in_line_quotation`: whether an offset lies in one, kept out of tasks.
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


def _closing(lines: list[str], first: int) -> tuple[int, int] | None:
    """The line whose end closes the quotation that opens line `first`, and the offset in that line just
    after the closing mark: None where its marks close inside a line (a quoted name opening a sentence:
    `"Đề án X" được triển khai …`), or nothing closes it before the next line opening a quotation or a
    table row."""
    depth = _depth(lines[first], 0)
    index = first
    while depth > 0:
        index += 1
        if index == len(lines):
            return None
        line = lines[index]
        if "\t" in line or line.lstrip().startswith(("“", '"')):
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
