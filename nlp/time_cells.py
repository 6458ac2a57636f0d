"""The deadline a plan table's time cell gives its row (tests/gold/real/RULINGS.md, R42).

A time cell limits the row's action, so what elsewhere is a planning horizon is a deadline here:
`Năm 2025-2030`, `Giai đoạn 2026 - 2027`, `Hoàn thành trong giai đoạn 2026 - 2027 và vận hành ...`
give the last day of the last year; `Năm 2026`, `Thực hiện trong năm 2026 và ...` the year's last day;
a quarter, a month or a day the deadline finder already read (nlp.deadlines). The first dated limit
in the cell wins. A start (`Triển khai từ năm 2026`, `Bắt đầu ... từ năm 2026`, RULINGS R19) and a
standing duty (`Thực hiện thường xuyên`) give none.
"""

import re

from policylink.nlp.dates import YEAR, year_period
from policylink.nlp.model import Deadline

_SP = r"[^\S\n\t]"  # a space inside the cell
# a space or a line break: a cell written one fragment a line wraps at the dash (`2026 –` + `2030`)
_BREAK = r"[^\S\t]"
_SPAN = re.compile(rf"(?P<first>{YEAR}){_BREAK}*[-–—]{_BREAK}*(?P<last>{YEAR})(?!\d)")
_YEAR = re.compile(rf"(?<!\w)năm{_SP}+(?P<year>{YEAR})(?![\d/]|{_BREAK}*[-–—]{_BREAK}*\d)", re.IGNORECASE)
_START_BEFORE = re.compile(rf"(?:từ|kể từ|sau){_SP}+(?:năm{_SP}+)?$", re.IGNORECASE)


def cell_deadline(text: str, start: int, end: int, found: list[Deadline]) -> Deadline | None:
    """The row's deadline from its time cell `text[start:end]`; `found` are the document's deadlines."""
    candidates = [d for d in found if start <= d.start < end and d.due and not d.recurrence]
    for m in _SPAN.finditer(text, start, end):
        first, last = int(m["first"]), int(m["last"])
        if first <= last and not _START_BEFORE.search(text, start, m.start()):
            candidates.append(Deadline(m.start(), m.end(), m.group(), year_period(last)[1],
                                       year_period(first)[0], None))
    for m in _YEAR.finditer(text, start, end):
        if not _START_BEFORE.search(text, start, m.start("year")):
            period = year_period(int(m["year"]))
            candidates.append(Deadline(m.start(), m.end(), m.group(), period[1], period[0], None))
    return min(candidates, key=lambda d: d.start, default=None)
