"""The header block: type, number/symbol, issuer, place and date, subject line.

Works on the cleaned lines before the body starts. Two-column headers arrive from the readers as
their left column (issuer, number) followed by their right column (motto, place and date), or
as one line with the columns separated by a tab; both read the same here.
"""

import re
from dataclasses import dataclass
from datetime import date

from policylink.core.doc_types import HEADER_DOC_TYPES, type_for_code
from policylink.core.identity import normalize_key
from policylink.core.issuer_codes import is_central
from policylink.core.vietnamese import fold
from policylink.ingest.issuers import Issuer, canonical_issuer, infer_jurisdiction
from policylink.ingest.markers import is_structural, is_upper_line
from policylink.ingest.model import Header

DOC_TYPES = HEADER_DOC_TYPES  # the types a header's type line may name
_TYPE_BY_FOLD = {fold(name): name for name in DOC_TYPES}
# `Số: 3783/QĐ- UBND`: a typed symbol may hold a space beside its dashes.
_NUMBER = re.compile(
    r"\bSố\s*:?\s*(?P<num>\d{1,6})\s*(?P<sep>[-/])\s*(?P<sym>[A-ZĐ0-9](?:[\wĐđ/.]| ?- ?)*[\wĐđ])", re.I
)
_PLACE = r"(?:(?P<place>[^\t,;]{2,40}),\s*)?"
# `ngày 24 tháng11 năm 2025`: the space after a date word is sometimes lost in typing.
_DATE_WORDS = re.compile(
    _PLACE + r"ngày\s*(?P<d>\d{1,2})\s*tháng\s*(?P<m>\d{1,2})\s*năm\s*(?P<y>\d{4})", re.I
)
_DATE_DIGITS = re.compile(_PLACE + r"ngày\s+(?P<d>\d{1,2})/(?P<m>\d{1,2})/(?P<y>\d{4})", re.I)
_SUBJECT = re.compile(r"^(?:về|v/v)\s", re.I)
_CONG_VAN_SUBJECT = re.compile(r"^v/v\s", re.I)  # `V/v ...`: a Công văn's subject, in place of a type line
_SUBJECT_LINE = re.compile(r"^(?:v/v|về việc)\s", re.I)
_RULE = re.compile(r"[-*_=]{3,}")  # the rule printed under a title
_BODY_LENGTH = 120  # a header line is never this long; the first such line opens the body


@dataclass(frozen=True)
class HeaderBlock:
    header: Header
    end_line: int  # index of the first body line


def header_end(lines: list[str]) -> int:
    """Index of the first body line: a numbered item, a `Căn cứ` line or a long paragraph (not the
    subject line, nor the line under the type line, which names the document however long)."""
    previous = ""
    for i, line in enumerate(lines):
        if not line or _SUBJECT_LINE.match(line):  # a Công văn's subject may be long (`V/v triển khai ...`)
            continue
        long_paragraph = len(line) > _BODY_LENGTH and _type_line(previous) is None
        if is_structural(line) or long_paragraph or fold(line).startswith("can cu "):
            return i
        previous = line
    return len(lines)


def _type_line(line: str) -> tuple[str, str] | None:
    """`KẾT LUẬN` -> (`Kết luận`, ``); `KẾT LUẬN CỦA BAN THƯỜNG VỤ` -> (`Kết luận`, `CỦA BAN ...`)."""
    if not is_upper_line(line):
        return None
    folded = fold(line)
    for key, name in sorted(_TYPE_BY_FOLD.items(), key=lambda item: -len(item[0])):
        if folded == key or folded.startswith(key + " cua "):
            return name, line[len(key):].strip()
    return None


def _type_from_symbol(symbol: str) -> str | None:
    for part in symbol.split("/"):
        if found := type_for_code(part.split("-")[0]):
            return found
    return None


def _iso_date(match: re.Match[str]) -> str | None:
    try:
        return date(int(match["y"]), int(match["m"]), int(match["d"])).isoformat()
    except ValueError:
        return None


def _header_number(line: str) -> re.Match[str] | None:
    """The header's `Số: ...` in a line (on its own or beside another column), not a subject's
    wrapped line that cites a document (`Nghị định số 12/2026/NĐ-CP`): the header prints `Số` capitalised."""
    found = _NUMBER.search(line)
    return None if found is None or found.group().startswith("số") else found


def _title(lines: list[str], type_index: int | None) -> str | None:
    """The subject line (`về ...`, `V/v ...`) with its continuation lines, as one line; without
    one, the lines right under the type line (`Ban hành Quy chế ...`, `TRIỂN KHAI ...`) up to a
    blank line, a rule, a sentence's end or a change of case: an upper-case line after a
    sentence-case subject is who decides (`ỦY BAN NHÂN DÂN TỈNH ...`), a sentence-case one after
    an upper-case subject is text."""
    for i, line in enumerate(lines):
        if _SUBJECT.match(line):
            parts = [line]
            for following in lines[i + 1:]:
                ends = not following or _RULE.fullmatch(following)
                if ends or _header_number(following) or _DATE_WORDS.search(following):
                    break
                parts.append(following)
            return " ".join(parts)
    if type_index is None:
        return None
    parts = []
    for following in lines[type_index + 1:]:
        if not following or fold(following).startswith("cua "):  # `CỦA BAN THƯỜNG VỤ`: the issuer
            if parts:
                break
            continue
        case_changes = parts and is_upper_line(following) != is_upper_line(parts[0])
        if case_changes or (parts and following.endswith((".", ":", ";"))) or _RULE.fullmatch(following):
            break  # who decides, the first sentence of the text, or the rule under the title
        parts.append(following)
    return " ".join(parts) or None


# `Lào Cai, ngày\t30\ttháng 9 năm 2026`: a date whose wide spaces a reader took for column breaks
_DATE_SPLIT = re.compile(r"ngày[ \t]+\d{1,2}[ \t]+tháng", re.I)


def _join_date(match: re.Match[str]) -> str:
    return match.group().replace("\t", " ")


def _cells(line: str) -> list[str]:
    """`KẾT LUẬN CỦA BỘ CHÍNH TRỊ VỀ ...`: a type line that runs on from its issuer into its subject
    is read as two lines, the type with its issuer and the subject."""
    found = _type_line(line)
    subject_at = fold(line).find(" ve ") if found and found[1] else -1
    return [line[:subject_at], line[subject_at + 1:]] if subject_at > 0 else [line]


def _provincial_key(key: str, symbol: str, issuer: Issuer | None) -> tuple[str, str]:
    """`05-NQ/TƯ` under a provincial committee's name is its `05-NQ/TU` read with a stray hook: the
    centre's code is written `TW`, and a local committee issues no central key."""
    if issuer is None or issuer.jurisdiction is None or not re.search(r"TƯ$", symbol):
        return key, symbol
    symbol = symbol[:-2] + "TU"
    return normalize_key(f"{key.split('-', 1)[0]}-{symbol}"), symbol


# `(Kèm theo Công văn số 17809/BTC-CTK ngày 17 tháng 11 năm 2025 của Bộ Tài chính)` on a line of its own:
# the annex of a text published without its header names the text (R45).
_ANNEX_NAMING = re.compile(
    r"^[ \t]*\([ \t]*(?:ban hành[ \t]+)?kèm theo[ \t]+(?P<type>"
    + "|".join(sorted(map(re.escape, DOC_TYPES), key=len, reverse=True))
    + r")[ \t]+số[ \t]*:?[ \t]*(?P<num>\d{1,6})(?P<sep>[-/])(?P<sym>[A-ZĐ0-9][\wĐđ/.-]*[\wĐđ])[ \t]+",
    re.IGNORECASE | re.MULTILINE,
)


def _named_by_annex(full_text: str) -> tuple[str, str, str, str, str | None] | None:
    """(type, number, symbol, key, date) of the document its annex line names."""
    found = _ANNEX_NAMING.search(full_text)
    if found is None:
        return None
    date_match = _DATE_WORDS.match(full_text, found.end()) or _DATE_DIGITS.match(full_text, found.end())
    doc_type = next(name for name in DOC_TYPES if fold(name) == fold(found["type"]))
    key = normalize_key(f"{found['num']}{found['sep']}{found['sym']}")
    return doc_type, found["num"], found["sym"], key, _iso_date(date_match) if date_match else None


def parse_header(lines: list[str], full_text: str) -> HeaderBlock:
    end = header_end(lines)
    zone = [cell for line in lines[:end] for part in _DATE_SPLIT.sub(_join_date, line).split("\t")
            for cell in _cells(part.strip())]
    number = symbol = key = place = issue_date = doc_type = None
    type_index = None
    issuer_lines: list[str] = []
    for i, line in enumerate(zone):
        found_type = _type_line(line)
        if found_type and doc_type is None:
            doc_type, type_index = found_type[0], i
        if found_type:
            # `KẾT LUẬN CỦA BAN THƯỜNG VỤ`, also as the line under `THÔNG BÁO`: who issued it
            if found_type[1]:
                issuer_lines.append(found_type[1])
            continue
        if number is None and (match := _header_number(line)):
            number, symbol = match["num"], match["sym"].replace(" ", "")
            key = normalize_key(f"{number}{match['sep']}{symbol}")
            continue
        # `match`, not `search`: the place-and-date line starts with them; a date further into a
        # line belongs to something else (`về thực hiện Nghị quyết số 13-NQ/TW ngày 16/01/2012`).
        if issue_date is None and (match := _DATE_WORDS.match(line) or _DATE_DIGITS.match(line)):
            issue_date = _iso_date(match)
            place = match["place"].strip() if match["place"] else None
            continue
        if is_upper_line(line) and (doc_type is None or fold(line).startswith("cua ")):
            issuer_lines.append(line)
    issuer = canonical_issuer(issuer_lines)
    header_read = bool(issuer or key or issue_date)
    if key is None and doc_type is None and issue_date is None and (named := _named_by_annex(full_text)):
        doc_type, number, symbol, key, issue_date = named
    if key is not None and symbol is not None:
        key, symbol = _provincial_key(key, symbol, issuer)
    # A `V/v` line is a Công văn's, whatever the symbol starts with (`5348/CT-CS`: `CT` is the
    # issuing Cục's code there, not a Chỉ thị's).
    if doc_type is None and any(_CONG_VAN_SUBJECT.match(line) for line in zone):
        doc_type = "Công văn"
    if doc_type is None and symbol:
        doc_type = _type_from_symbol(symbol)
    # The key's issuer codes decide the level when they name a known body, the issuer read from
    # the header otherwise (`1865/SGTVT-QLGT`: a Sở's code and a section code, neither in the table).
    central = is_central(key, issuer.name if issuer else None)
    jurisdiction = issuer.jurisdiction if issuer else None
    # A text published without its header (`Kính gửi: Thuế tỉnh Tây Ninh.` first) shows no issuing
    # side: the places its body names are its addressees' and subjects', not its own (R18).
    if jurisdiction is None and not central and header_read:
        jurisdiction = place or infer_jurisdiction(full_text)
    header = Header(
        doc_type=doc_type,
        number=number,
        symbol=symbol,
        key=key,
        issuer=issuer.name if issuer else None,
        jurisdiction=jurisdiction,
        place=place,
        issue_date=issue_date,
        title=_title(zone, type_index),
    )
    return HeaderBlock(header, end)
