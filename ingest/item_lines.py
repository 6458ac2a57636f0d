"""Item numbers a copy prints apart from their item, put back at the start of its line.

A web page's plain-text copy (and a DOCX or PDF whose numbering sits in a run or column of its own)
may print a numbered item's number away from the item's words:
- alone on its line, the item's words on the next one (`1.4.` / `Xây dựng kế hoạch ...`);
- run onto the end of the heading above it, when that heading's first child starts there
  (`1. Tăng cường sự lãnh đạo ... tiến bộ 1.1.` / `Tổ chức nghiên cứu ...`, or
  `3. Giải quyết tốt tranh chấp lao động 3.1. Rà soát ...` on one line): the child's number is the
  heading's own number followed by `.1`, which nothing else in a heading reads as;
- glued to the item's first word (`1.Các sở, ban, ngành ...`).
The site's breadcrumb printed before a heading (`Quyết định 435/QĐ-UBND năm 2020. Điều 1.`) names
the page, not the document's words: it is dropped, with the attached part's name it repeats before
that part's headings (`... năm 2020. CHƯƠNG TRÌNH HÀNH ĐỘNG. II. NỘI DUNG`).
"""

import re

from policylink.ingest.markers import STRUCTURAL, ends_open, is_upper_line

_ITEM_WORDS = 60  # an item's first line in a copy runs long; a table cell's line is short
_LONE_NUMBER = re.compile(r"\d{1,3}(?:\.\d{1,3})*\.")
_HEADING_NUMBER = re.compile(r"(\d{1,3}(?:\.\d{1,3})*)\.[^\S\n]+\S")
_GLUED = re.compile(r"^(\d{1,3}(?:\.\d{1,3})*\.)(?=[^\W\d_]{2})")
# `Quyết định 435/QĐ-UBND năm 2020. `: a type word, the page's number and its year.
_BREADCRUMB = re.compile(
    r"^[A-ZĐ][a-zđà-ỹ]+(?:[^\S\n][a-zđà-ỹ]+){0,3}[^\S\n]+\d{1,6}(?:/[\w.-]+)+[^\S\n]+năm[^\S\n]+\d{4}\.[^\S\n]+(?=\S)"
)
# the attached part's name, in capitals, repeated before one of its headings
_PART_NAME = re.compile(r"[^.\n]+\.[^\S\n]+(?=\S)")


def _starts_item(line: str) -> bool:
    return any(pattern.match(line) for pattern in STRUCTURAL)


def _without_breadcrumb(line: str) -> str:
    crumb = _BREADCRUMB.match(line)
    if crumb is None:
        return line
    rest = line[crumb.end():]
    part = _PART_NAME.match(rest)
    if part and is_upper_line(part.group()) and _starts_item(rest[part.end():]):
        return rest[part.end():]
    return rest


def _split_child(line: str) -> list[str]:
    """`3. Heading 3.1. First child` → the heading and the child, each on its line."""
    heading = _HEADING_NUMBER.match(line)
    if heading is None:
        return [line]
    child = re.compile(rf"[^\S\n]+({re.escape(heading.group(1))}\.1\.)(?:[^\S\n]+(\w)|$)")
    found = child.search(line, heading.end())
    if found is None or (found.group(2) is not None and not found.group(2).isupper()):
        return [line]
    return [line[: found.start()], line[found.start(1):].rstrip()]


def _item_words(previous: str, line: str) -> bool:
    """Does `line` hold the words of the item whose number stands alone on the line before it? Not
    in a table a PDF reader gives one cell a line (`1.` / `Rà soát ...` / `Sở A` / `Quý II`): there
    the line before the number is a header label or a row's last cell, with no closing punctuation,
    and a cell's words are short; an item's number follows a sentence or heading that ends, and
    its words run long or introduce a list (`Giao Sở A:`)."""
    ends = not ends_open(previous) or is_upper_line(previous)
    return ends and (len(line) >= _ITEM_WORDS or line.endswith(":"))


def rejoin_item_numbers(lines: list[str]) -> list[str]:
    """`lines` with each item's number at the start of its item's line."""
    out: list[str] = []
    pending: tuple[str, bool] | None = None  # a number waiting for its item's words; split off its heading?
    for raw in lines:
        for index, line in enumerate(parts := _split_child(_without_breadcrumb(raw))):
            if (glued := _GLUED.match(line)) and line[glued.end()].isupper():
                line = f"{glued.group(1)} {line[glued.end():]}"
            if pending is not None:
                number, child = pending
                pending = None
                words = line and not _starts_item(line) and not _LONE_NUMBER.fullmatch(line)
                if words and (child or _item_words(out[-1] if out else "", line)):
                    out.append(f"{number} {line}")
                    continue
                out.append(number)
            if _LONE_NUMBER.fullmatch(line):
                pending = (line, index > 0 and len(parts) > 1)
            else:
                out.append(line)
    if pending is not None:
        out.append(pending[0])
    return out
