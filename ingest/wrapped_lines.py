"""Lines a printed page cut in mid-sentence, joined back: a text taken from a PDF (pasted, saved as
.txt, an OCR result) keeps the page's line breaks (`... Thủ trưởng các đơn vị thuộc Bộ Kế` /
`hoạch và Đầu tư ...`), and every reader that takes a line for a unit (a paragraph, an item, a
heading, a citation) would see half sentences.

A join replaces the line break by a space, so the text keeps its length: offsets into the joined
text are offsets into the text given.

A text printed at one width (most of its open-ended lines run to about the same length) says more: a
line that runs to that width and does not end a sentence goes on in the next line whatever its first
letter (`... thu hồi kinh phí đã ứng trước, Bộ` / `Ngoại giao có trách nhiệm ...`), unless the next
line opens an item or a heading of its own.
"""

import re
from collections import Counter

from policylink.ingest.markers import ends_open

_MIN_WRAPPED_LENGTH = 20  # shorter lines are headings or header-block lines, not wrapped prose
# A line cut before its end: it stops on a word that cannot end a sentence (a date cut after `tháng`
# or `năm` goes on with a digit, which any line may).
_OPEN_END = re.compile(r"(?<!\w)(?:ngày|số|của|và|về|tại|theo|thực hiện|triển khai|các|phê duyệt|ban hành)$")
# What starts a unit of its own: a bullet, an item's number (`2.`, `1.1.`, `3.2`), a letter item (its
# mark alone on a line is a table row's letter), a line holding a number alone (a table row's number, a
# page number).
_NEW_UNIT = re.compile(
    r"(?:[-+•–*]\s|\d+(?:\.\d+)*\.(?:\s|$)|\d+(?:\.\d+)+\s|\d+(?:\.\d+)*$|[a-zđ]\)(?:\s|$))")
# A heading's own line (`Điều 5. Tổ chức thực hiện`, `9. Tổ chức thực hiện`, `Chương II`): whatever
# word it ends on, a capitalised line after it starts the content, not the heading's second half. A
# numbered line as long as a printed line is an item's first line, which may wrap anywhere.
_HEADING = re.compile(r"(?:Điều\s+\d+|Chương\s+[IVXLC\d]+|Mục\s+\d+|[IVXLC]+\.|\d+(?:\.\d+)*\.\s)",
                      re.IGNORECASE)
_HEADING_MAX = 60
# An article, chapter or section heading, or a Roman-numbered part: its line may run to the print width
# and still end before its content starts (`Điều 22. Chế độ cung cấp thông tin, báo cáo về tổ chức ...`).
_PART_HEADING = re.compile(
    r"(?:Điều\s+\d+\w*\.|Chương\s+[IVXLC\d]+|Mục\s+\d+|Phần\s+[IVXLC\d]+|[IVXLC]+\.\s)", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.;!?]\s+\S")
_QUOTES = "\"“‘'"
_ITEM_MARK = re.compile(r"[a-zđ]{1,2}\d?\)(?:\s|$)")  # `aa)`, `b2)`: a point beyond `z`, a point's part
_DOT_LEADER = re.compile(r"\.{4,}|…{2,}")  # a form's blank to fill, not prose
_BAND = 15  # justified lines of one text differ by at most this much from the widest
_MIN_PRINTED = 15  # open-ended lines in the band before a text counts as printed at one width
_PRINTED_SHARE = 0.4
_PRINT_WIDTHS = range(40, 141)  # a printed page's line, in characters


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


def _open_ended(line: str) -> bool:
    """A line of prose that stops without ending a sentence."""
    return ends_open(line) and "\t" not in line and not _DOT_LEADER.search(line)


def print_width(lines: list[str]) -> int | None:
    """The width a text was printed at: the widest length whose band holds most of the open-ended lines
    of 40 characters or more, and at least `_MIN_PRINTED` of them; None for a text of paragraphs on their
    own lines or one sentence a line."""
    lengths = Counter(len(line) for line in lines if len(line) >= _PRINT_WIDTHS[0] and _open_ended(line))
    total = sum(lengths.values())
    if total < _MIN_PRINTED:
        return None
    held = {width: sum(lengths[n] for n in range(width - _BAND, width + 1)) for width in _PRINT_WIDTHS}
    width = max(_PRINT_WIDTHS, key=lambda w: (held[w], -w))
    return width if held[width] >= max(_MIN_PRINTED, _PRINTED_SHARE * total) else None


def _in_heading(first: str) -> bool:
    """Whether a unit whose first line is `first` is a part's heading: it opens with the part's mark
    and ends no sentence after it (`Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Thủ trưởng ...` is
    an article's text)."""
    mark = _PART_HEADING.match(first.lstrip())
    return mark is not None and not _SENTENCE_END.search(first.lstrip(), mark.end())


def _runs_on(first: str, line: str, following: str, width: int) -> bool:
    """Does a line running to the print width go on in `following`? Yes when it ends no sentence, or
    ends a clause of a list in a sentence (`;`, `:`) before a lower-case word; not before an item, a
    heading or a capitals line (an amending text's opening quote does not count), nor, unless a
    lower-case word goes on, in a heading (its unit's `first` line opens one)."""
    if len(line) < width - _BAND or line.isupper() or "\t" in line or "\t" in following:
        return False
    start = following.lstrip(_QUOTES)
    if not start or _NEW_UNIT.match(start) or _ITEM_MARK.match(start) or _PART_HEADING.match(start):
        return False
    if not _open_ended(line):
        return line.rstrip()[-1:] in ";:" and start[0].islower() and not _DOT_LEADER.search(line)
    return start[0].islower() or (not _in_heading(first) and not start.isupper())


def unwrapped(text: str) -> str:
    """`text` with each hard-wrapped line joined to the next by a space (same length)."""
    lines = text.split("\n")
    width = print_width(lines)
    ends: list[str] = []
    first = ""  # the first line of the unit being joined
    for line, following in zip(lines, lines[1:], strict=False):
        first = first or line
        join = _wrapped(line, following) or (width is not None and _runs_on(first, line, following, width))
        ends.append(" " if join else "\n")
        first = first if join else ""
    ends.append("")
    return "".join(line + end for line, end in zip(lines, ends, strict=True))
