"""Units named by a role in a workflow table's cells (heldout RULINGS R57): `Lãnh đạo Sở`, `Văn thư Sở`
give `Sở`, `lãnh đạo phòng` gives `Phòng`, `Lãnh đạo phòng Quản lý Văn hóa` the office `Phòng Quản lý
Văn hóa` written in lower case, `phòng chuyên môn` the office that handles the file. Only in a table's
rows (lines with a tab): in running text `lãnh đạo sở` is a group of people.
"""

import re
from collections.abc import Iterator

from policylink.nlp.body_candidates import Candidate
from policylink.nlp.body_names import canonical_name

_SP = r"[^\S\n\t]"
_ROLE = rf"(?:lãnh{_SP}+đạo|văn{_SP}+thư|chuyên{_SP}+viên|cán{_SP}+bộ|phó{_SP}+trưởng|trưởng|giám{_SP}+đốc)"
# a role over a bare unit, not followed by the unit's name
_UNIT_UNDER_ROLE = re.compile(
    rf"(?<!\w){_ROLE}{_SP}+(?P<unit>(?-i:Sở|sở|Phòng|phòng))(?!\w)(?!{_SP}*[-–]?{_SP}*(?-i:[A-ZĐ]))",
    re.IGNORECASE)
_DESK = re.compile(rf"(?<!\w)(?-i:phòng|Phòng){_SP}+chuyên{_SP}+môn(?!\w)")
# `lãnh đạo phòng Quản lý ...`: an office in lower case before its name
_LOWER_OFFICE = re.compile(rf"(?<!\w)phòng(?={_SP}+[A-ZĐ])(?!{_SP}+Phòng(?!\w))")


def _table_lines(text: str) -> Iterator[tuple[int, int]]:
    for line in re.finditer(r"[^\n]*\t[^\n]*", text):
        yield line.span()


def role_units(text: str, key: str) -> Iterator[Candidate]:
    """The units of `text` (its tone-normalised `key`) named by a role or as the handling office in a
    table's rows."""
    for start, end in _table_lines(key):
        for m in _UNIT_UNDER_ROLE.finditer(key, start, end):
            unit = canonical_name(text[m.start("unit") : m.end("unit")])
            level = "province" if unit == "Sở" else None
            yield Candidate(m.start("unit"), m.end("unit"), unit, "state", level)
        for m in _DESK.finditer(key, start, end):
            yield Candidate(m.start(), m.end(), canonical_name(m.group()), "state", None)


# `Trưởng phòng Kế hoạch - Tài chính`: the head's title written before the office's name, in running text too
_HEAD_TITLE = re.compile(rf"(?<!\w)trưởng{_SP}+$", re.IGNORECASE)


def offices_capitalised(key: str) -> str:
    """`key` with an office written in lower case before its name capitalised where a role names its
    head (`Trưởng phòng Tổ chức - Cán bộ`; in a table's rows `lãnh đạo phòng Quản lý ...`) -> `Phòng ...`,
    so the department rules read it."""
    table = list(_table_lines(key))
    parts = []
    last = 0
    for m in _LOWER_OFFICE.finditer(key):
        before = key[max(0, m.start() - 20) : m.start()]
        role = _ROLE if any(s <= m.start() < e for s, e in table) else None
        if _HEAD_TITLE.search(before) or (role and re.search(rf"{role}{_SP}+$", before, re.IGNORECASE)):
            parts += [key[last : m.start()], "P"]
            last = m.start() + 1
    return "".join(parts) + key[last:]
