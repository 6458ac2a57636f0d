"""Other documents' provisions quoted in a text: they bind under their own document, so they are neither
this document's deadlines nor its tasks (RULINGS R20, R24, R36).

- `quoted_provisions`: the new wording an amending document quotes (`Điều 1. Sửa đổi, bổ sung điểm a
  khoản 3 Điều 5 như sau:` then `“a) Trong thời hạn 07 ngày, … ”`), kept out of the deadlines;
- `in_line_quotation`: any quotation that opens a line and closes at a line's end, kept out of tasks.
"""

import re
from functools import lru_cache

from policylink.nlp.scan import matches

# A line ending in `như sau:` and the quotation opening the next line, through its closing mark (it may
# run over several lines: the quoted points and paragraphs); a quotation opening again before it closes
# leaves the first unclosed, and nothing is taken.
_QUOTED_PROVISION = re.compile(r"như sau\s*:[^\S\n]*\n[^\S\n]*(“[^“”]*”)", re.IGNORECASE)


def quoted_provisions(text: str) -> list[tuple[int, int]]:
    """(start, end) of each quoted new wording, quotation marks included."""
    return [m.span(1) for m in matches(_QUOTED_PROVISION, text)]


# A quotation opening a line (`"7. Kinh phí ủy nhiệm thu`, `“Điều 26. Đơn giá thuê đất`) up to the quote
# mark that ends a line. Table cells (a tab inside) are no quotations.
_LINE_QUOTATION = re.compile(r"^[ \t]*[\"“][^\t]{0,3000}?[\"”][ \t]*[.;,]?[ \t]*$", re.MULTILINE | re.DOTALL)


@lru_cache(maxsize=4)
def _line_quotations(text: str) -> tuple[tuple[int, int], ...]:
    return tuple(m.span() for m in _LINE_QUOTATION.finditer(text))


def in_line_quotation(text: str, offset: int) -> bool:
    """Whether `offset` lies in a quotation that opens a line of the text."""
    return any(start <= offset < end for start, end in _line_quotations(text))
