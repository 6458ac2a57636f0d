"""Where a letter's `Kính gửi` list ends: the one reading of it for the whole system.

The list is the `Kính gửi:` line and the lines that go on with it: a bullet (an addressee of its own,
`- Sở Tài chính;`), a note wholly in brackets (an address, `(Địa chỉ: ...)`), the first addressee of a
bare `Kính gửi:`, and the lines a long name wraps into. A name wraps into a line starting in lower case
(`Các tổ chức, cá nhân khai thác khoáng sản` / `trên địa bàn tỉnh.`), into a capitalised line that a
bullet follows (`- Các cơ quan giúp việc` / `Đảng ủy tỉnh,` / `- Các chi bộ.`), and, in a list without
bullets, the addressees follow one another after a `;` or `,`. Any other line opens the body: the first
line of its first sentence starts a paragraph in capitals (`Căn cứ ...`, `Ngày 09 tháng 6 ...`), whether
or not the last addressee closes with a full stop; after a full stop or a blank line only bullets and
address notes go on.
"""

import re

from policylink.ingest import markers
from policylink.ingest.attachments import Line

_ADDRESS = re.compile(r"\([^()]*\)")  # a line wholly in brackets
_GOES_ON = (";", ",")  # an addressee's separator: another one follows


def _bare(line: str) -> bool:
    """A `Kính gửi:` line that names no addressee yet."""
    opening = markers.ADDRESSEES.match(line)
    return opening is not None and not line[opening.end():].strip(" \t|")


def _goes_on(previous: str, line: str, following: str, *, bulleted: bool, blank: bool) -> bool:
    """Whether `line` (not blank) belongs to the list whose last line is `previous`; `following` is
    the next non-blank line, `bulleted` whether the list has a bullet, `blank` whether a blank line
    stands between `previous` and `line`."""
    if markers.BULLET.match(line) or _ADDRESS.fullmatch(line) or _bare(previous):
        return True
    if blank or markers.is_structural(line) or previous.endswith("."):
        return False
    if line[0].islower():
        return True
    if bulleted:
        return markers.BULLET.match(following) is not None
    return previous.endswith(_GOES_ON)


def _first_bullet(line: str) -> bool:
    """A `Kính gửi:` line whose first addressee is a bullet (`Kính gửi: - Sở Tài chính;`)."""
    opening = markers.ADDRESSEES.match(line)
    return opening is not None and markers.BULLET.match(line[opening.end():].lstrip(" \t|")) is not None


def addressees_end(lines: list[Line], index: int) -> int:
    """End offset of the `Kính gửi:` list whose line is `lines[index]` (module docstring)."""
    start, previous = lines[index]
    end, previous = start + len(previous.rstrip()), previous.strip()
    bulleted, blank = _first_bullet(previous), False
    rest = lines[index + 1:]
    for position, (offset, printed) in enumerate(rest):
        line = printed.strip()
        if not line:
            blank = True
            continue
        following = next((text.strip() for _, text in rest[position + 1:] if text.strip()), "")
        if not _goes_on(previous, line, following, bulleted=bulleted, blank=blank):
            break
        bulleted = bulleted or markers.BULLET.match(line) is not None
        end, previous, blank = offset + len(printed.rstrip()), line, False
    return end
