"""Header parts a copy prints on one line, each put on a line of its own.

A web page's plain-text copy (and a DOCX whose header table is read row by row) may run the parts
of a header block together: the number with the subject (`Số: 627/BYT-BH V/v hướng dẫn ...`), the
number with the place and date (`Số: 435/QĐ-UBND Kon Tum, ngày 04 tháng 5 năm 2020 ...`), the date
with the type line or the addressees (`... năm 2024 QUYẾT ĐỊNH SỬA ĐỔI ...`, `... năm 2021 Kính
gửi:`), the type word with its subject (`QUYẾT ĐỊNH V/V BAN HÀNH ...`). Each part starts a line of its
own, the header parser's unit: a space becomes a line break, so no offset moves.
"""

import re

from policylink.ingest.header import DOC_TYPES
from policylink.ingest.markers import is_structural, is_upper_line

_HEADER_LINES = 6  # the header block's first lines; a run-together one sits among them
# `Số: 451/QĐ- UBND`: a typed symbol may hold a space beside its dashes (as ingest.header reads it)
_NUMBER = re.compile(r"^Số\s*:?\s*\d{1,6}\s*[-/]\s*[A-ZĐ0-9](?:[\wĐđ/.]| ?- ?)*[\wĐđ](?= \S)")
# `Kon Tum, ngày 04 tháng 5 năm 2020`: a place of capitalised words, then the date
_PLACE_DATE = re.compile(
    r"(?:[A-ZĐ]\w*\.? ){0,3}[A-ZĐ]\w*, ngày \d{1,2} tháng \d{1,2} năm \d{4}"
)
_TYPE_NAMES = sorted((t.upper() for t in DOC_TYPES), key=len, reverse=True)
_BODY = re.compile(r"^(?:Căn cứ|Thực hiện|Theo đề nghị|Xét đề nghị)\b")


def _break(line: str) -> list[int]:
    """Offsets of the spaces in `line` that end one header part: after the number, before and after
    the place and date that open the line or follow the number."""
    cuts: list[int] = []
    start = 0
    if number := _NUMBER.match(line):
        cuts.append(number.end())
        start = number.end() + 1
    date = _PLACE_DATE.match(line, start)
    if date and date.end() < len(line) and line[date.end()] == " ":
        cuts.append(date.end())
    return cuts


def _type_cut(line: str) -> int | None:
    """`QUYẾT ĐỊNH V/V BAN HÀNH ...` → the space after the longest type name that opens an upper-case
    line; none when the name is the whole line or the issuer follows it (`KẾT LUẬN CỦA ...`)."""
    if not is_upper_line(line):
        return None
    name = next((n for n in _TYPE_NAMES if line == n or line.startswith(n + " ")), None)
    if name is None or line == name or line[len(name) + 1:].startswith("CỦA "):
        return None
    return len(name)


def split_header_lines(lines: list[str]) -> list[str]:
    """`lines` with the header parts run together on a line of the header block split apart."""
    out: list[str] = []
    for index, line in enumerate(lines):
        if index >= _HEADER_LINES or is_structural(line) or _BODY.match(line):
            return out + lines[index:]
        pieces, start = [], 0
        for cut in _break(line):
            pieces.append(line[start:cut])
            start = cut + 1
        pieces.append(line[start:])
        for piece in pieces:
            cut = _type_cut(piece)
            out.extend([piece[:cut], piece[cut + 1:]] if cut else [piece])
    return out
