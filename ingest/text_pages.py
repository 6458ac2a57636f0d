"""Pages of a text taken from a PDF without page marks (pasted, saved as .txt): the reader's `\\f` is
lost, but each page still opens (or ends) with its furniture: a running line printed on every page with
only its numbers changing (`CÔNG BÁO/Số 333/Ngày 16-06-2026`), the page's number next to it (on its own
line or in the same line, set off by a column gap) and blank lines around them, the numbers going up
from page to page. Such a group marks a page break; the group is dropped and the text is cut into pages
there, so the cleaner's paragraph rejoining applies as for a reader that marks its pages. The group is
dropped here rather than by `ingest.page_furniture`, whose rule for page edges would also take a
cell-per-line table's last number cell at a page's foot.

A digital signature stamp (`Ký bởi: …`, `Cơ quan: …`, `Thời gian ký: 2026-06-02 08:06:58 +07:00`) is
printed into the page by the signing software wherever it stands; it is no part of the wording either.
"""

import re

_RUNNING_MAX = 100  # a running line is short; a repeated paragraph line is not one
_MIN_PAGES = 2
_REPEATS_MAX = 2  # how often a page's number may stand again around its running line
_PAGE_NUMBER = re.compile(r"(?:[-–—]\s*)?(?:trang\s+)?\d{1,4}(?:\s*[-–—])?", re.IGNORECASE)
# the page number in the running line's own line, set off by a column gap (a tab in the reader convention)
_GLUED = re.compile(r"(?P<before>\d{1,4})\t+(?P<rest>.*\D.*)|(?P<rest2>.*\D.*?)\t+(?P<after>\d{1,4})")
# a signing software's time: a date, a clock time to the second and the time zone (`+07:00`), which no
# meeting notice's `Thời gian: …` line gives
_STAMP_TIME = re.compile(r"[^\W\d][^:]{0,30}:\s*\d{1,4}[-./]\d{1,2}[-./]\d{1,4}[ T]\d{1,2}:\d{2}:\d{2}"
                         r"\s*(?:[+-]\d{2}:?\d{2}|Z)")
_STAMP_FIELD = re.compile(r"[^\W\d]\w*(?: \w+){0,2}:\s*\S.{0,100}")  # `Ký bởi: …`, `Email: …`
_STAMP_FIELDS_MAX = 4


def without_signature_stamps(text: str) -> str:
    """`text` without the lines of digital signature stamps: a line giving the signing time and the
    short `Label: value` lines right above it."""
    lines = text.split("\n")
    drop: set[int] = set()
    for i, line in enumerate(lines):
        if _STAMP_TIME.fullmatch(line.strip()):
            start = i
            while (start > 0 and i - start < _STAMP_FIELDS_MAX
                   and _STAMP_FIELD.fullmatch(lines[start - 1].strip())):
                start -= 1
            drop.update(range(start, i + 1))
    return "\n".join(line for i, line in enumerate(lines) if i not in drop) if drop else text


def _key(line: str) -> str:
    """Running lines differ only by their numbers and spacing: compare with digits blanked."""
    return re.sub(r"\d+", "#", re.sub(r"\s+", "", line.casefold()))


def _split_glued(line: str) -> tuple[str, int | None]:
    """(the line without a page number set off by a column gap, that number)."""
    match = _GLUED.fullmatch(line)
    if not match:
        return line, None
    number = match["before"] or match["after"]
    return (match["rest"] or match["rest2"]).strip(), int(number)


def _page_number(line: str) -> int | None:
    return int(re.sub(r"\D", "", line)) if _PAGE_NUMBER.fullmatch(line) else None


def _number_near(lines: list[str], i: int) -> tuple[int, int] | None:
    """(index, value) of a page number next to line `i`, at most one blank line away."""
    for distance in (1, 2):
        for j in (i + distance, i - distance):
            between = lines[min(i, j) + 1 : max(i, j)]
            if 0 <= j < len(lines) and not any(between) and (number := _page_number(lines[j])) is not None:
                return j, number
    return None


def _with_repeated_number(lines: list[str], span: tuple[int, int], number: int) -> tuple[int, int]:
    """The group's span grown over the page's number printed again, only blank lines away (a reader that
    gives a page's number twice, once in the footer's place and once next to the running line)."""
    first, last = span
    for _ in range(_REPEATS_MAX):
        above = next((j for j in range(first - 1, -1, -1) if lines[j]), None)
        if above is None or _page_number(lines[above]) != number:
            break
        first = above
    for _ in range(_REPEATS_MAX):
        below = next((j for j in range(last + 1, len(lines)) if lines[j]), None)
        if below is None or _page_number(lines[below]) != number:
            break
        last = below
    return first, last


def _groups(lines: list[str]) -> dict[str, list[tuple[int, int, int]]]:
    """Candidate furniture groups by running key: (first line, last line, page number)."""
    groups: dict[str, list[tuple[int, int, int]]] = {}
    for i, line in enumerate(lines):
        rest, number = _split_glued(line)
        if len(rest) > _RUNNING_MAX or _page_number(rest) is not None or not re.search(r"[^\W\d]", rest):
            continue
        span = (i, i)
        if number is None and (near := _number_near(lines, i)):
            span, number = (min(i, near[0]), max(i, near[0])), near[1]
        if number is None:
            continue
        first, last = _with_repeated_number(lines, span, number)
        if (first == 0 or not lines[first - 1]) or (last == len(lines) - 1 or not lines[last + 1]):
            groups.setdefault(_key(rest), []).append((first, last, number))
    return groups


def _running(groups: list[tuple[int, int, int]]) -> bool:
    """Printed on at least two pages, its page numbers going up."""
    numbers = [number for _, _, number in groups]
    return len(numbers) >= _MIN_PAGES and all(a < b for a, b in zip(numbers, numbers[1:], strict=False))


def text_pages(text: str) -> list[str]:
    """`text` cut into pages at its furniture groups, the groups dropped; `[text]` when it has none."""
    lines = text.split("\n")
    spans = sorted(span for groups in _groups(lines).values() if _running(groups) for span in groups)
    if not spans:
        return [text]
    pages, start = [], 0
    for first, last, _ in spans:
        if first >= start:
            pages.append("\n".join(lines[start:first]))
            start = last + 1
    pages.append("\n".join(lines[start:]))
    return pages
