"""Lines a printed page cut in mid-sentence, joined back: a text taken from a PDF (pasted, saved as
.txt, an OCR result) keeps the page's line breaks (`... Thủ trưởng các đơn vị thuộc Bộ Kế` /
`hoạch và Đầu tư ...`), and every reader that takes a line for a unit (a paragraph, an item, a
heading, a citation) would see half sentences.

A join replaces the line break by a space, so the text keeps its length: offsets into the joined
text are offsets into the text given.
"""

import re

_MIN_WRAPPED_LENGTH = 20  # shorter lines are headings or header-block lines, not wrapped prose
# A line cut before its end: it stops on a word that cannot end a sentence (a date cut after `tháng`
# or `năm` goes on with a digit, which any line may).
_OPEN_END = re.compile(r"(?<!\w)(?:ngày|số|của|và|về|tại|theo|thực hiện|triển khai|các|phê duyệt|ban hành)$")
# What starts a unit of its own: a bullet, an item's number (`2.`, `1.1.`, `3.2`), a letter item, a line
# holding a number alone (a table row's number, a page number).
_NEW_UNIT = re.compile(
    r"(?:[-+•–*]\s|\d+(?:\.\d+)*\.(?:\s|$)|\d+(?:\.\d+)+\s|\d+(?:\.\d+)*$|[a-zđ]\)\s)")
# A heading's own line (`Điều 5. Tổ chức thực hiện`, `9. Tổ chức thực hiện`, `Chương II`): whatever
# word it ends on, a capitalised line after it starts the content, not the heading's second half. A
# numbered line as long as a printed line is an item's first line, which may wrap anywhere.
_HEADING = re.compile(r"(?:Điều\s+\d+|Chương\s+[IVXLC\d]+|Mục\s+\d+|[IVXLC]+\.|\d+(?:\.\d+)*\.\s)",
                      re.IGNORECASE)
_HEADING_MAX = 60


def _wrapped(line: str, following: str) -> bool:
    """Does `line` stop mid-sentence only because the text was hard-wrapped before `following`?

    The line must be prose (long enough, no table cells, not upper case) ending on a word, and
    either be followed by a lower-case continuation or, outside a heading, end on a word that
    cannot end a sentence.
    """
    if "\t" in line or "\t" in following or len(line) < _MIN_WRAPPED_LENGTH or line.isupper():
        return False
    if not line[-1:].isalnum() or not following or _NEW_UNIT.match(following):
        return False
    if following[0].islower() or following[0] in "0123456789(":
        return True
    heading = len(line) <= _HEADING_MAX and _HEADING.match(line.lstrip()) is not None
    return bool(_OPEN_END.search(line)) and not heading


def unwrapped(text: str) -> str:
    """`text` with each hard-wrapped line joined to the next by a space (same length)."""
    lines = text.split("\n")
    joins = [_wrapped(line, following) for line, following in zip(lines, lines[1:], strict=False)]
    ends = [" " if join else "\n" for join in joins] + [""]
    return "".join(line + end for line, end in zip(lines, ends, strict=True))
