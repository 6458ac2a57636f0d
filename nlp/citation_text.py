"""The text citations are read from: footnote markers blanked, Cyrillic look-alike letters read as
Latin (`BТС` typed with a Cyrillic `Т`, `С`: R38), a law's type word ending a line joined to the name
that opens the next one, a line ending on a comma, the wrapped lines of a `Căn cứ` paragraph and the title's
lines joined; its other wrapped lines are already joined (at ingestion: ingest.wrapped_lines).

Each change keeps every offset, so spans found in the working text are spans of the original.
"""

import re

from policylink.core.vietnamese import CharacterMap
from policylink.ingest.footnotes import SUPERSCRIPT_DIGITS

# Footnote markers (`18-NQ/TW¹`) would otherwise count as part of a symbol.
_SUPERSCRIPTS = CharacterMap(SUPERSCRIPT_DIGITS, " " * len(SUPERSCRIPT_DIGITS))
# Cyrillic capitals drawn like Latin ones (a symbol typed on a Russian keyboard layout); Vietnamese
# documents hold no Cyrillic words, so each is read as the Latin letter it shows.
_CYRILLIC_LOOK_ALIKES = CharacterMap("АВСЕНІЈКМОРЅТХУ", "ABCEHIJKMOPSTXY")


# `... của Luật\nĐấu thầu`: a wrapped line left unjoined before a capital (a PDF reader's text); the type word
# mid-line names nothing alone, so the line break after it is a space in the law's name.
_LAW_TYPE_AT_LINE_END = re.compile(r"(?<=\S )(?:Bộ luật|Luật|Pháp lệnh)[ \t]*(\n)(?=[A-ZĐÀ-Ỹ][a-zđà-ỹ])")

# `... ngày 29/4/2026 của Bộ\nNông nghiệp và Môi trường về việc ...`: likewise an issuing organ's head word
# after `của` at a line's end, before a capitalised word, is the first word of the organ's name, wrapped
_ORGAN_HEAD_AT_LINE_END = re.compile(
    r"(?<=\Wcủa )(?:Bộ|Sở|Ban|Ủy ban|Uỷ ban|Văn phòng|Hội đồng|Cục|Tổng cục)[ \t]*(\n)"
    r"(?=[A-ZĐÀ-Ỹ](?:[a-zđà-ỹ]| ))"
)

# A `Căn cứ ...` paragraph of the preamble runs to its `;` (or the `.` of the last one): a line of it that
# stops on a word was wrapped (`... cơ cấu tổ chức của Bộ\nTài chính được sửa đổi, bổ sung bởi ...`), whatever
# case the next line opens with, unless that line opens a paragraph of its own (a table's short `Căn cứ
# pháp lý` heading cell is no paragraph).
_BASED_ON_WRAP = re.compile(
    r"^[ \t]*(?:[-+•][ \t]*)?Căn cứ(?!\w)(?=[^\n]{30})[^\n]*\w[ \t]*(\n)"
    r"(?![ \t]*(?:[-+•]|Căn cứ|Theo|Xét|Thực hiện|Điều|Chương|[A-ZĐÀ-Ỹ ]+\s*[:\n]))",
    re.MULTILINE,
)


def _breaks_as_spaces(pattern: re.Pattern[str], text: str) -> str:
    """`text` with the line break each match of `pattern` captures (its group 1) read as a space."""
    return pattern.sub(lambda m: m.group()[: m.start(1) - m.start()] + " ", text)


def _join_based_on_lines(text: str) -> str:
    """`text` with the wrapped lines of each `Căn cứ` paragraph joined (same length)."""
    while (joined := _breaks_as_spaces(_BASED_ON_WRAP, text)) != text:
        text = joined
    return text


# A line that ends on a comma goes on in the next one (`... tại Điều 4, Điều 5,\nĐiều 6 và Điều 9 Nghị định số
# ...`): no paragraph ends on a comma, whatever case the next line opens with, unless that line opens an item
# or an article of its own, or is a heading of a word or two that its colon closes (the preamble's last line
# `... trên địa bàn Hà Nội,` before `Quyết định:`).
_COMMA_AT_LINE_END = re.compile(
    r"(?<=\w,)[ \t]*(\n)(?![ \t]*(?:[-+•]|\d+(?:\.\d+)*[.)]|[a-zđ]\)|Điều[ \t]+\d+[.:]"
    r"|\w+(?:[ \t]+\w+)?[ \t]*:[ \t]*(?:\n|$)))"
)


# The subject lines under a document's type heading (`NGHỊ ĐỊNH` / `Sửa đổi, bổ sung ... Nghị định số
# 100/2024/NĐ-CP` / `ngày 26 tháng 7 năm 2024 ...`) are one title, to the blank line, rule, `Căn cứ` line or
# upper-case line (the issuer) that ends it.
_TITLE_HEADING = re.compile(
    r"^[ \t]*(?:NGHỊ ĐỊNH|QUYẾT ĐỊNH|THÔNG TƯ(?: LIÊN TỊCH)?|NGHỊ QUYẾT)[ \t]*\n", re.MULTILINE
)
_MAX_TITLE_LINES = 10
_TITLE_LINE = re.compile(r"(?![ \t]*(?:_|-{3}|Căn cứ(?!\w)))[^\n]+\n")


def _join_title_lines(text: str) -> str:
    """`text` with the lines of the title under its type heading joined (same length)."""
    heading = _TITLE_HEADING.search(text)
    if heading is None:
        return text
    pos = heading.end()
    ends = []
    while (len(ends) <= _MAX_TITLE_LINES and (line := _TITLE_LINE.match(text, pos)) is not None
           and not line.group().isupper()):
        ends.append(line.end() - 1)
        pos = line.end()
    if len(ends) > _MAX_TITLE_LINES:  # no title block: the text runs on under the heading
        return text
    for end in ends[:-1]:
        text = text[:end] + " " + text[end + 1 :]
    return text


def working_text(text: str) -> str:
    """`text` with footnote markers as spaces, Cyrillic look-alikes as Latin, a line break after a
    law's type word, an issuing organ's head word or a comma as a space, and the lines of a `Căn cứ`
    paragraph and of the title joined."""
    text = _CYRILLIC_LOOK_ALIKES(_SUPERSCRIPTS(text))
    for pattern in (_LAW_TYPE_AT_LINE_END, _ORGAN_HEAD_AT_LINE_END, _COMMA_AT_LINE_END):
        text = _breaks_as_spaces(pattern, text)
    return _join_title_lines(_join_based_on_lines(text))
