"""Deadlines (when or how often an action is done) and planning horizons.

The recorded `text` is the time expression itself, without its cue (`hoàn thành trong`,
`trước`): `quý IV/2024`, `ngày 15/12/2024`, `hằng năm`. Periods are normalised to their last day
(`due`) and first day (`period_start`), following tests/gold/GUIDELINES.md. Expressions inside
citations and quoted titles (the `exclude` spans) and past periods (`từ năm 2010 đến nay`,
`Tháng 5/2024, ...` opening a sentence of a report) are not deadlines. This module finds the
expressions and the dates they mean; nlp.deadline_context reads the words around them.
"""

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from spacy.tokens import Doc

from policylink.nlp.dates import (
    DAY_DATE,
    YEAR,
    day_date,
    iso,
    month_period,
    months_period,
    quarter_number,
    quarter_period,
    year_period,
)
from policylink.nlp.deadline_context import (
    CONGRESS_BEFORE,
    LIMIT_CUE_BEFORE,
    NOT_A_LIMIT_BEFORE,
    NOT_PERIODIC_BEFORE,
    RELATIVE_CUE_BEFORE,
    SINCE_YEAR_BEFORE,
    before,
    event_end,
    frames_target,
    has_cue,
    in_label_row,
    is_not_a_limit,
    is_past,
    is_target_year,
    limit_cells,
    opens_past_sentence,
)
from policylink.nlp.model import Deadline
from policylink.nlp.pipeline import text_of
from policylink.nlp.scan import matches, scanning

_RANGE = rf"(?P<first>{YEAR})\s*[-–—]\s*(?P<last>{YEAR})"
# `hằng năm`, `hàng quý`, `mỗi tháng`: every (the word before a period of recurrence).
EVERY = r"(?:hằng|hàng|mỗi)"
_RECURRENCE_WORDS = (
    ("annual", rf"{EVERY}\s+năm(?!\s+học)"),
    ("quarterly", rf"{EVERY}\s+quý"),
    ("monthly", rf"{EVERY}\s+tháng"),
    # daily and weekly have no value of their own in the contract: `periodic`
    ("periodic", rf"{EVERY}\s+(?:ngày|tuần)"),
    ("semiannual", r"6\s+tháng\s+(?:một|1)\s+lần|sáu\s+tháng\s+một\s+lần"),
)
_PERIODIC = re.compile(
    rf"định kỳ(?:\s+(?:(?P<every>{EVERY}\s+(?:năm|quý|tháng|tuần|ngày))|(?P<months>\d+|sáu|ba)\s+tháng"
    r"|(?P<year>1\s+năm|một\s+năm)))?(?:\s+(?:một|1)\s+lần)?",
    re.IGNORECASE,
)
_RECURRENCE = scanning(
    re.compile("|".join(f"(?P<{name}>{p})" for name, p in _RECURRENCE_WORDS), re.IGNORECASE))
# `sau 15 giờ hàng ngày`, `trước 16h30 hằng ngày`: a time of every day is one expression with its hour.
_CLOCKED_DAILY = re.compile(
    r"(?<![\w/.,])\d{1,2}[^\S\n\t]*(?:giờ(?:[^\S\n\t]*\d{1,2}(?:[^\S\n\t]*phút)?)?|h(?:\d{2})?)"
    rf"[^\S\n\t]+{EVERY}[^\S\n\t]+ngày(?!\w)", re.IGNORECASE)
_MONTHS_PER_RECURRENCE = {12: "annual", 6: "semiannual", 3: "quarterly", 1: "monthly"}

_DAY = re.compile(DAY_DATE + rf"(?P<recur>\s+(?:{EVERY})\s+năm)?", re.IGNORECASE)
# `trước Thứ Tư ngày 03/12/2025`: the weekday belongs to the date.
_WEEKDAY_DAY = re.compile(
    r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)\s*,?\s+"
    + DAY_DATE
    + rf"(?P<recur>\s+(?:{EVERY})\s+năm)?",
    re.IGNORECASE,
)
# `ngày 30 hằng tháng`, `ngày 15 hằng quý`: a day in every month or quarter.
_DAY_OF_PERIOD = re.compile(
    rf"ngày\s+(?P<day>\d{{1,2}})\s+{EVERY}\s+(?P<unit>tháng|quý)(?!\w)", re.IGNORECASE
)
# A time expression stays inside one line and one table cell: `Định kỳ 6 tháng` / `8` (the next row's
# number) is no `tháng 8`.
_SP = r"[^\S\n\t]"
_YEAR_OF = rf"{_SP}*(?:/|-|{_SP}+năm{_SP}+){_SP}*(?P<year>{YEAR})"  # `/2025`, `-2025`, ` năm 2025`
_OF_YEAR = rf"(?:{_YEAR_OF})?"
# `tháng 12 hằng năm`: a month and its recurrence are one deadline (DECISIONS-8).
_MONTH = re.compile(
    rf"tháng{_SP}+(?P<month>\d{{1,2}})(?:{_YEAR_OF}|(?P<recur>{_SP}+{EVERY}{_SP}+năm(?!\w)))?(?![\d/])",
    re.IGNORECASE,
)
# `tháng Mười Hai năm 2024`: a month written in words, always with its year.
_MONTH_NAMES = {
    "giêng": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
    "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12, "chạp": 12,
}
_WORD_MONTH = re.compile(
    r"tháng\s+(?P<name>"
    + "|".join(n.replace(" ", r"\s+") for n in sorted(_MONTH_NAMES, key=len, reverse=True))
    + rf")\s+năm\s+(?P<year>{YEAR})(?!\d)",
    re.IGNORECASE,
)
# `ngày 15/6 và 15/12 hằng năm`: several dates share one recurrence; one deadline per date, each with
# the whole expression as text (DECISIONS-8).
_DAY_MONTH = r"(?P<d>\d{1,2})/(?P<m>\d{1,2})"
_DAYS_SHARING_RECURRENCE = re.compile(
    rf"ngày{_SP}+\d{{1,2}}/\d{{1,2}}(?:{_SP}*(?:,{_SP}*(?:và{_SP}+)?|{_SP}+và{_SP}+)(?:ngày{_SP}+)?\d{{1,2}}/\d{{1,2}})+"
    rf"{_SP}+{EVERY}{_SP}+năm(?!\w)",
    re.IGNORECASE,
)
_DAY_MONTH_RE = re.compile(_DAY_MONTH)
# `Trước 30/9/2026`: a full date without `ngày` after a limiting cue; `text` leaves the cue out.
_BARE_DAY = re.compile(rf"(?<![\w/.,-])(?P<day>\d{{1,2}})/(?P<month>\d{{1,2}})/(?P<year>{YEAR})(?![\w/])")
# `báo cáo ... 6 tháng, năm`, `Định kỳ 6 tháng, năm`: the semiannual and the annual report, two
# deadlines (DECISIONS-8); `6 tháng, năm 2025` and `6 tháng, năm học ...` are other things.
_HALF_AND_YEAR = re.compile(
    rf"(?P<half>(?:định{_SP}+kỳ{_SP}+)?(?:6|sáu){_SP}+tháng),{_SP}*(?P<year>năm)(?!\w)"
    rf"(?!{_SP}*\d|{_SP}+(?:học|nay|tới|sau|trước|qua|đầu|cuối|thứ)(?!\w))",
    re.IGNORECASE,
)
# A plan table's completion cell holding a bare year range (`5\t...\t2026-2027\n`, the last cell of a
# numbered row): a deadline (DECISIONS-7); a column header `\t2021-2025\t` is none.
_RANGE_CELL = re.compile(rf"(?<=\t)(?P<first>{YEAR}){_SP}*[-–]{_SP}*(?P<last>{YEAR})(?={_SP}*(?:\n|$))")
_NUMBERED_ROW = re.compile(r"\d+\.?\t")
_QUARTER = re.compile(rf"quý\s+(?P<q>IV|III|II|I|[1-4]){_OF_YEAR}(?!\w)", re.IGNORECASE)
_HALF = re.compile(
    r"(?:6|sáu)\s+tháng\s+(?P<half>đầu|cuối)\s+năm(?:\s+(?P<year>" + YEAR + "))?", re.IGNORECASE
)
_YEAR_ONLY = re.compile(r"năm\s+(?P<year>" + YEAR + r")(?!\s*[-–—]\s*\d)", re.IGNORECASE)

# `trước 15 giờ ngày 27/01/2025`, `17h00 ngày ...`: an hour before the day belongs to the deadline
# (the contract has no time of day, so `due` is the day). Only a limiting cue opens this form; a
# meeting's `8 giờ, ngày ...` is no time limit.
_CLOCK = r"(?P<hour>\d{1,2})\s*(?:giờ(?:\s*\d{1,2}(?:\s*phút)?)?|h(?:\s?\d{2})?)(?!\w)"
_CLOCKED_DAY = re.compile(rf"{_CLOCK}\s*,?\s+{DAY_DATE}", re.IGNORECASE)
# `trong thời hạn 10 ngày làm việc kể từ ngày nhận được văn bản đề nghị`: a time limit counted from
# an event (DECISIONS-5). `text` runs from the number through the event, without the cue; it has no
# calendar date. Without `kể từ ...` the cue alone makes it a limit (`trong vòng 30 ngày`); `từ ngày
# nhận ...` without `kể` counts from the event too (not from a date: `từ ngày 01/7`).
_RELATIVE_UNIT = r"(?:ngày(?:\s+làm\s+việc)?|tuần|tháng|giờ(?:\s+làm\s+việc)?)"
# `02 (hai) ngày`: the count spelled out in brackets; `168 giờ (tương đương 21 ngày)`: a gloss after it.
_GLOSS = r"(?:\s*\([^()\n\t]{1,30}\))?"
# The reference event ends where a condition or a new clause begins (`… hồ sơ hợp lệ theo quy định
# trong trường hợp …`, `… hồ sơ - Trường hợp …`).
_EVENT_END = (
    r"(?:\s+(?:thì|mà|nếu|hoặc|phải|có trách nhiệm|có kết quả|trong trường hợp|đối với|[-–])"
    r"|(?<!đúng)\s+theo quy định)(?!\w)"
)
# `Mười (10) ngày`, `mười lăm (15) ngày`: the count written in words, its digits in brackets.
_NUMBER_WORD = r"(?:một|hai|ba|bốn|tư|năm|lăm|sáu|bảy|tám|chín|mười|mươi|mốt|trăm)"
_SPELLED_COUNT = (rf"(?<!\w){_NUMBER_WORD}(?:[^\S\n\t]+{_NUMBER_WORD}){{0,3}}[^\S\n\t]*"
                  r"\((?P<spelled>\d{1,3})\)")
_RELATIVE = re.compile(
    rf"(?P<head>(?:(?<![\w/.,-])(?<!ngày\s)(?P<count>\d{{1,3}})|{_SPELLED_COUNT}){_GLOSS}\s+{_RELATIVE_UNIT}"
    rf"(?!\w){_GLOSS})"
    r"(?P<since>\s*,?\s+(?:kể\s+)?từ\s+(?:ngày|khi|thời\s+điểm)(?!\w)\s+(?!\d)[^\s,;:.()]+"
    rf"(?:(?!{_EVENT_END})[^,;:.()\n\t]){{0,100}}"
    r"(?<=\w))?",
    re.IGNORECASE,
)

_HORIZON_UNTIL = re.compile(r"(?:tầm nhìn\s+)?đến\s+(?:hết\s+)?năm\s+(?P<year>" + YEAR + ")", re.IGNORECASE)
_HORIZON_RANGE = re.compile(r"(?P<word>giai đoạn|thời kỳ|nhiệm kỳ)\s+" + _RANGE, re.IGNORECASE)


@dataclass(frozen=True)
class _Found:
    start: int
    end: int
    due: str | None
    period_start: str | None
    recurrence: str | None
    horizon: bool = False


# A builder gives the deadline or horizon of a match, several when one expression holds several
# (`6 tháng, năm`), or None when the match is no time limit.
_Builder = Callable[[re.Match[str], str], "_Found | list[_Found] | None"]


def _dated(build: "_Builder") -> "_Builder":
    """A builder for a calendar date or period, which a past-event context rules out."""

    def checked(m: re.Match[str], text: str) -> _Found | list[_Found] | None:
        if is_past(text, m.start(), m.end()) or is_not_a_limit(text, m.start()):
            return None
        return build(m, text)

    return checked


def _day(m: re.Match[str], text: str) -> _Found | None:
    parts = day_date(m)
    if parts is None:
        return None
    day, month, year = parts
    recurrence = "annual" if m["recur"] else None
    if recurrence is None and not has_cue(text, m.start()):
        return None
    due = iso(year, month, day) if year is not None else None
    if year is not None and due is None:
        return None  # `30/2/2025` is no date
    return _Found(m.start(), m.end(), due, None, recurrence)


def _days_sharing_recurrence(m: re.Match[str], text: str) -> list[_Found] | None:
    dates = [(int(d["d"]), int(d["m"])) for d in _DAY_MONTH_RE.finditer(m.group())]
    if not all(1 <= day <= 31 and 1 <= month <= 12 for day, month in dates):
        return None
    return [_Found(m.start(), m.end(), None, None, "annual") for _ in dates]


def _limited_day(m: re.Match[str], text: str, day: int, month: int, year: int) -> _Found | None:
    """The day of a date that only a limiting cue before it makes a deadline (`trước 30/9/2026`)."""
    if not LIMIT_CUE_BEFORE.search(before(text, m.start())):
        return None
    due = iso(year, month, day)
    return _Found(m.start(), m.end(), due, None, None) if due else None


def _bare_day(m: re.Match[str], text: str) -> _Found | None:
    return _limited_day(m, text, int(m["day"]), int(m["month"]), int(m["year"]))


def _half_and_year(m: re.Match[str], text: str) -> list[_Found] | None:
    if NOT_PERIODIC_BEFORE.search(before(text, m.start())):
        return None  # `trong 6 tháng, năm ...`: a span of time, not the periodic reports
    return [
        _Found(m.start("half"), m.end("half"), None, None, "semiannual"),
        _Found(m.start("year"), m.end("year"), None, None, "annual"),
    ]


def _range_cell(m: re.Match[str], text: str) -> _Found | None:
    first, last = int(m["first"]), int(m["last"])
    row_start = text.rfind("\n", 0, m.start()) + 1
    if first > last or not _NUMBERED_ROW.match(text, row_start):
        return None
    return _Found(m.start(), m.end(), year_period(last)[1], year_period(first)[0], None)


def _clocked_day(m: re.Match[str], text: str) -> _Found | None:
    parts = day_date(m)
    if parts is None or parts[2] is None or int(m["hour"]) > 24:
        return None
    day, month, year = parts
    return _limited_day(m, text, day, month, year)


def _relative(cells: list[tuple[int, int]]) -> "_Builder":
    """The builder of relative limits; `cells` are those of a column of limits (no cue needed at their
    start)."""

    def build(m: re.Match[str], text: str) -> _Found | None:
        at_cell_start = any(s <= m.start() < e and not text[s : m.start()].strip(" -") for s, e in cells)
        cued = at_cell_start or RELATIVE_CUE_BEFORE.search(before(text, m.start()))
        if m["since"] is None and not cued:
            return None
        return _relative_limit(m, text)

    return build


def _relative_limit(m: re.Match[str], text: str) -> _Found | None:
    if NOT_A_LIMIT_BEFORE.search(before(text, m.start())):
        return None
    if int(m["count"] or m["spelled"]) == 0:
        return None
    end = m.end() if m["since"] is None else event_end(text, m.end("head"), m.end())
    return _Found(m.start(), end, None, None, None)


def _day_of_period(m: re.Match[str], text: str) -> _Found | None:
    if not 1 <= int(m["day"]) <= 31:
        return None
    return _Found(m.start(), m.end(), None, None, "monthly" if m["unit"].lower() == "tháng" else "quarterly")


def _period(m: re.Match[str], bounds: Callable[[int], tuple[str, str] | None]) -> _Found | None:
    year = m["year"]
    if year is None:
        return _Found(m.start(), m.end(), None, None, None)
    period = bounds(int(year))
    if period is None:
        return None
    return _Found(m.start(), m.end(), period[1], period[0], None)


def _month(m: re.Match[str], text: str) -> _Found | None:
    month = int(m["month"])
    if not 1 <= month <= 12:
        return None
    if m["recur"]:
        return _Found(m.start(), m.end(), None, None, "annual")
    return _period(m, lambda year: month_period(year, month))


def _word_month(m: re.Match[str], text: str) -> _Found | None:
    month = _MONTH_NAMES[" ".join(m["name"].lower().split())]
    return _period(m, lambda year: month_period(year, month))


def _quarter(m: re.Match[str], text: str) -> _Found | None:
    quarter = quarter_number(m["q"])
    return _period(m, lambda year: quarter_period(year, quarter or 0))


def _half(m: re.Match[str], text: str) -> _Found | None:
    first, last = (1, 6) if m["half"].lower() == "đầu" else (7, 12)
    return _period(m, lambda year: months_period(year, first, last))


def _year(title_blocks: Sequence[tuple[int, int]]) -> _Builder:
    """`trong năm 2025` limits an action; `KẾ HOẠCH / Chuyển đổi số huyện năm 2025`, the year in
    a title block (ingestion found them: `title_blocks`), is the period it plans for: a horizon
    (DECISIONS-4)."""

    def build(m: re.Match[str], text: str) -> _Found | None:
        start, due = year_period(int(m["year"]))
        if any(a <= m.start() < b for a, b in title_blocks) or is_target_year(text, m):
            return _Found(m.start(), m.end(), due, start, None, horizon=True)
        if not has_cue(text, m.start()):
            return None
        return _Found(m.start(), m.end(), due, start, None)

    return build


def _recurrence(m: re.Match[str], text: str) -> _Found | None:
    return _Found(m.start(), m.end(), None, None, m.lastgroup)


def _clocked_daily(m: re.Match[str], text: str) -> _Found | None:
    return _Found(m.start(), m.end(), None, None, "periodic")


def _periodic(m: re.Match[str], text: str) -> _Found | None:
    if m["every"]:
        unit = m["every"].split()[-1].lower()
        recurrence = {"năm": "annual", "quý": "quarterly", "tháng": "monthly"}.get(unit, "periodic")
    elif m["months"]:
        months = {"sáu": 6, "ba": 3}.get(m["months"].lower()) or int(m["months"])
        recurrence = _MONTHS_PER_RECURRENCE.get(months, "periodic")
    elif m["year"]:
        recurrence = "annual"
    else:
        recurrence = "periodic"
    return _Found(m.start(), m.end(), None, None, recurrence)


def _horizon_until(m: re.Match[str], text: str) -> _Found | None:
    if SINCE_YEAR_BEFORE.search(before(text, m.start())):
        return None  # `từ năm 2015 đến năm 2020`: a past range, not a planning horizon
    return _Found(m.start(), m.end(), year_period(int(m["year"]))[1], None, None, horizon=True)


def _horizon_range(m: re.Match[str], text: str) -> _Found | None:
    first, last = int(m["first"]), int(m["last"])
    if first > last or (opens_past_sentence(text, m.start(), m.end()) and not frames_target(text, m.end())):
        return None
    if m["word"].lower() == "nhiệm kỳ" and CONGRESS_BEFORE.search(before(text, m.start(), 100)):
        return None  # `Đại hội ... lần thứ XX, nhiệm kỳ 2025-2030` names a congress
    return _Found(m.start(), m.end(), year_period(last)[1], year_period(first)[0], None, horizon=True)


def _rules(
    title_blocks: Sequence[tuple[int, int]], text: str = ""
) -> tuple[tuple[re.Pattern[str], _Builder], ...]:
    """Earlier rules win where expressions overlap (a periodic `định kỳ hằng năm` over `hằng năm`);
    an expression a rule rejects (a header date, a past year) is not searched again by later rules.
    `text`'s columns of limits let a bare count of days in their cells be a limit."""
    return (
        (_HORIZON_RANGE, _horizon_range),
        (_HORIZON_UNTIL, _horizon_until),
        (_RANGE_CELL, _dated(_range_cell)),
        (_DAY_OF_PERIOD, _day_of_period),
        (_CLOCKED_DAY, _dated(_clocked_day)),
        (_DAYS_SHARING_RECURRENCE, _days_sharing_recurrence),
        (_WEEKDAY_DAY, _dated(_day)),
        (_DAY, _dated(_day)),
        (_BARE_DAY, _dated(_bare_day)),
        (_HALF_AND_YEAR, _half_and_year),
        (_HALF, _dated(_half)),
        (_QUARTER, _dated(_quarter)),
        (_WORD_MONTH, _dated(_word_month)),
        (_MONTH, _dated(_month)),
        (_PERIODIC, _periodic),
        (_CLOCKED_DAILY, _clocked_daily),
        (_RECURRENCE, _recurrence),
        (_YEAR_ONLY, _dated(_year(title_blocks))),
        (_RELATIVE, _relative(limit_cells(text))),
    )


def _overlaps(start: int, end: int, spans: list[tuple[int, int]]) -> bool:
    return any(start < e and s < end for s, e in spans)


def _head(m: re.Match[str]) -> tuple[int, int]:
    """The part of a match a citation must not hold: a relative limit's count and unit, since its event
    may name the document (`05 ngày làm việc kể từ ngày ban hành Quyết định`); the whole match else."""
    return m.span("head") if "head" in m.re.groupindex else m.span()


def _limits(found: _Found, text: str, issued: str | None) -> bool:
    """A dated limit that ended before the document was issued is a past event; a period alone in a
    cell of a row of period labels names a column."""
    if found.horizon:
        return True
    if issued and found.due and found.recurrence is None and found.due < issued:
        return False
    return not in_label_row(text, found.start, found.end)


def find_deadlines(
    doc: Doc, *, exclude: list[tuple[int, int]], title_blocks: Sequence[tuple[int, int]] = (),
    issued: str | None = None,
) -> tuple[list[Deadline], list[Deadline]]:
    """(deadlines, horizons) in order of appearance; also `doc.spans["deadlines"/"horizons"]`.
    `title_blocks` as ingestion found them (IngestedDocument.title_blocks; none when left out);
    `issued` the document's ISO issue date, when known."""
    text = text_of(doc)
    taken: list[tuple[int, int]] = []
    found: list[_Found] = []
    for pattern, build in _rules(title_blocks, text):
        for m in matches(pattern, text):
            if _overlaps(m.start(), m.end(), taken) or _overlaps(*_head(m), exclude):
                continue
            taken.append((m.start(), m.end()))
            item = build(m, text)
            if isinstance(item, list):
                found += item
            elif item is not None:
                found.append(item)
    found = sorted((f for f in found if _limits(f, text, issued)), key=lambda f: f.start)
    deadlines = [_record(text, f) for f in found if not f.horizon]
    horizons = [_record(text, f) for f in found if f.horizon]
    for key, records in (("deadlines", deadlines), ("horizons", horizons)):
        spans = [
            doc.char_span(r.start, r.end, label=r.recurrence or "due", alignment_mode="expand")
            for r in records
        ]
        doc.spans[key] = [s for s in spans if s is not None]
    return deadlines, horizons


def _record(text: str, found: _Found) -> Deadline:
    return Deadline(
        start=found.start,
        end=found.end,
        text=text[found.start : found.end],
        due=found.due,
        period_start=found.period_start,
        recurrence=found.recurrence,
    )
