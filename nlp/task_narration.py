"""Whether a unit of a report (Báo cáo) narrates what was done rather than directs it.

A report gives an account of the past period: `UBND tỉnh đã ban hành ...`, `Sau khi Chỉ thị ... được ban
hành, ...`, `Trong năm 2025, Thanh tra tỉnh tổ chức 04 cuộc thanh tra, trong đó:` and the counts listed
under such a lead-in, and the headings of the outline it answers (`7.2. Báo cáo hiện trạng, đánh giá ...`,
the text below them is the answer). None of these is a duty (GUIDELINES on assessments and results,
RULINGS R52). Its proposals are (`Kiến nghị Bộ X ...`, `đề nghị Bộ X hướng dẫn ...`): a unit with a
directive cue is never read as narration.
"""

import re
from collections.abc import Iterable

from policylink.core.vietnamese import match_key
from policylink.nlp.model import Body
from policylink.nlp.task_units import Unit, content_start

REPORT_TYPE = "Báo cáo"
# A request, a proposal or an assignment not told as done (`đã giao Sở X ...` is told).
_CUE = r"(?:yêu cầu|đề nghị|kiến nghị|giao|đề xuất)(?!\w)"
_DIRECTIVE_CUE = re.compile(rf"(?<!đã )(?<!được )(?<!\w){_CUE}")
# ... opening the unit, after a label (`1. Kiến nghị Bộ X ...`, `Kính đề nghị ...`), or addressing a body
# (`..., đề nghị Bộ X hướng dẫn`); as a noun (`đề xuất giải pháp`, `(khó khăn, đề xuất, kiến nghị)`) it
# names part of what is told.
_OPENING_CUE = re.compile(rf"^(?:\S+\s+)?(?:kính |trân trọng )?{_CUE}")
_TO_BODY = re.compile(r"\s*(?:(?:với|cho|đối với)\s+)?")
# `đã` right after its subject (a body, perhaps with an aside in brackets) or opening a clause: the main
# predicate is past (`UBND tỉnh (trước hợp nhất) đã xây dựng ...`, `Năm 2025, đã đôn đốc ...`); not a
# relative clause on a noun (`các nhiệm vụ đã đề ra`).
_PAST = re.compile(r"(?<!\w)đã\s")
_ASIDES = re.compile(r"(?:\s*\([^()]*\))*\s*$")
_CLAUSE_START = re.compile(r"(?:^|[,;:.]|\n)\s*$")
# A cited document's issue told as an event (`Sau khi Chỉ thị số ... được ban hành, ...`).
_ISSUED = re.compile(r"^sau khi\b[^,;]*\bđược ban hành\b")
# An opening period before the report's year (`Trong năm 2025, ...`, `Năm 2025, ...`).
_PAST_YEAR = re.compile(r"^(?:trong )?năm (\d{4})\b")
# The header's date line (`Lào Cai, ngày ... tháng ... năm 2026`).
_DATE_YEAR = re.compile(r"ngày[^\n]*?tháng[^\n]*?năm\s+(\d{4})")


def report_year(text: str, first_section: int) -> int | None:
    """The year the report's header dates it in (None where it prints none)."""
    found = _DATE_YEAR.search(text, 0, first_section)
    return int(found.group(1)) if found else None


def _told(text: str, start: int, end: int, bodies: Iterable[Body], year: int | None) -> bool:
    """Whether the clause or paragraph `text[start:end]` tells what was done (module docstring)."""
    start = content_start(text, start, end)
    key = match_key(text[start:end])
    if _ISSUED.match(key):
        return True
    if year is not None and (m := _PAST_YEAR.match(key)) and int(m.group(1)) < year:
        return True
    ends = {b.end for b in bodies if start <= b.end <= end}
    for m in _PAST.finditer(text, start, end):
        before = text[start : m.start()]
        aside = _ASIDES.search(before)
        if start + aside.start() in ends or _CLAUSE_START.search(before) or not before.strip():
            return True
    return False


def _directs(text: str, start: int, end: int, bodies: list[Body]) -> bool:
    """Whether `text[start:end]` opens with a directive cue or addresses one to a body."""
    key = match_key(text[start:end])
    if _OPENING_CUE.match(key.strip()):
        return True
    starts = {b.start for b in bodies if start <= b.start < end}
    # (match_key keeps the offsets of the text it folds)
    return any(start + _TO_BODY.match(key, m.end()).end() in starts for m in _DIRECTIVE_CUE.finditer(key))


def narrates(text: str, unit: Unit, bodies: list[Body], year: int | None,
             intro: tuple[int, int] | None) -> bool:
    """Whether `unit` of a report narrates: its paragraph (after a heading line of its own) tells what was
    done, or it is an item of a lead-in that does (`..., trong đó:` + `- Thanh tra tỉnh tổ chức 03 cuộc`),
    or it is a heading of the outline the text below answers; and it carries no directive cue."""
    if _directs(text, unit.start, unit.end, bodies):
        return False
    newline = text.find("\n", unit.start, unit.end)
    paragraph = newline + 1 if newline >= 0 else unit.start
    if _told(text, unit.start, unit.end, bodies, year) or _told(text, paragraph, unit.end, bodies, year):
        return True
    if intro is not None and not _directs(text, *intro, bodies) and _told(text, *intro, bodies, year):
        return True
    return _answered_heading(text, unit)


def _answered_heading(text: str, unit: Unit) -> bool:
    """A numbered heading that opens its section (no list item's first line), with the section's answer
    below it, in the unit or after it."""
    section = unit.section
    if section is None or "-b" in section.id:
        return False
    line_start = text.rfind("\n", 0, unit.start) + 1
    line_end = text.find("\n", unit.start, section.end)
    return line_start <= section.start and line_end >= 0 and bool(text[line_end : section.end].strip())
