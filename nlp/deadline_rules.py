"""What each time expression means: a builder per pattern of nlp.deadline_patterns turns a match
into its due date, period start and recurrence, or rejects it (a past event, a date no cue limits).
`deadline_rules` orders them; nlp.deadlines runs them over a document.
"""

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from policylink.nlp.dates import (
    day_date,
    holiday_date,
    iso,
    month_period,
    months_period,
    quarter_number,
    quarter_period,
    year_period,
)
from policylink.nlp.deadline_context import (
    CONGRESS_BEFORE,
    LASTING_BEFORE,
    LIMIT_CUE_BEFORE,
    NOT_A_LIMIT_BEFORE,
    NOT_PERIODIC_BEFORE,
    RELATIVE_CUE_BEFORE,
    SINCE_YEAR_BEFORE,
    before,
    event_end,
    frames_target,
    has_cue,
    in_assignment_table,
    is_not_a_limit,
    is_past,
    is_target_year,
    limit_cells,
    listed_items_end,
    names_report_kind,
    opens_past_sentence,
)
from policylink.nlp.deadline_patterns import (
    BARE_DAY,
    CLOCKED_DAILY,
    CLOCKED_DAY,
    DAY,
    DAY_MONTH,
    DAY_OF_NAMED_MONTH,
    DAY_OF_PERIOD,
    DAYS_SHARING_RECURRENCE,
    FIRST_DAYS_OF_PERIOD,
    FREQUENCY,
    HALF,
    HALF_AND_YEAR,
    HOLIDAY,
    HORIZON_RANGE,
    HORIZON_UNTIL,
    MONTH,
    MONTH_NAMES,
    NUMBERED_ROW,
    PERIODIC,
    QUARTER,
    QUARTER_NUMBER,
    RANGE_CELL,
    RECURRENCE,
    RECURRENCE_ON_DAY,
    RELATIVE,
    SAME_DAY,
    WEEKDAY_DAY,
    WEEKDAY_EVERY_WEEK,
    WORD_MONTH,
    YEAR_ONLY,
)

_MONTHS_PER_RECURRENCE = {12: "annual", 6: "semiannual", 3: "quarterly", 1: "monthly"}


@dataclass(frozen=True)
class Found:
    """A time expression found and the dates it means."""

    start: int
    end: int
    due: str | None
    period_start: str | None
    recurrence: str | None
    horizon: bool = False


# A builder gives the deadline or horizon of a match, several when one expression holds several
# (`6 tháng, năm`), or None when the match is no time limit.
Builder = Callable[[re.Match[str], str], "Found | list[Found] | None"]


def _dated(build: "Builder") -> "Builder":
    """A builder for a calendar date or period, which a past-event context rules out."""

    def checked(m: re.Match[str], text: str) -> Found | list[Found] | None:
        if is_past(text, m.start(), m.end()) or is_not_a_limit(text, m.start()):
            return None
        return build(m, text)

    return checked


def _day(m: re.Match[str], text: str) -> Found | None:
    parts = day_date(m)
    if parts is None:
        return None
    day, month, year = parts
    if m.groupdict().get("cycle"):
        year = None  # `năm sau`: the year after the budget year, not one written
    recurrence = "annual" if m["recur"] else None
    if recurrence is None and not has_cue(text, m.start()):
        return None
    due = iso(year, month, day) if year is not None else None
    if year is not None and due is None:
        return None  # `30/2/2025` is no date
    return Found(m.start(), m.end(), due, None, recurrence)


def _days_sharing_recurrence(m: re.Match[str], text: str) -> list[Found] | None:
    dates = [(int(d["d"]), int(d["m"])) for d in DAY_MONTH.finditer(m.group())]
    if not all(1 <= day <= 31 and 1 <= month <= 12 for day, month in dates):
        return None
    return [Found(m.start(), m.end(), None, None, "annual") for _ in dates]


def _limited_day(m: re.Match[str], text: str, day: int, month: int, year: int) -> Found | None:
    """The day of a date that only a limiting cue before it makes a deadline (`trước 30/9/2026`)."""
    if not LIMIT_CUE_BEFORE.search(before(text, m.start())):
        return None
    due = iso(year, month, day)
    return Found(m.start(), m.end(), due, None, None) if due else None


def _bare_day(m: re.Match[str], text: str) -> Found | None:
    return _limited_day(m, text, int(m["day"]), int(m["month"]), int(m["year"]))


def _half_and_year(m: re.Match[str], text: str) -> list[Found] | None:
    if NOT_PERIODIC_BEFORE.search(before(text, m.start())):
        return None  # `trong 6 tháng, năm ...`: a span of time, not the periodic reports
    return [
        Found(m.start("half"), m.end("half"), None, None, "semiannual"),
        Found(m.start("year"), m.end("year"), None, None, "annual"),
    ]


def _range_cell(m: re.Match[str], text: str) -> Found | None:
    first, last = int(m["first"]), int(m["last"])
    row_start = text.rfind("\n", 0, m.start()) + 1
    if first > last or not NUMBERED_ROW.match(text, row_start) or not in_assignment_table(text, row_start):
        return None
    return Found(m.start(), m.end(), year_period(last)[1], year_period(first)[0], None)


def _clocked_day(m: re.Match[str], text: str) -> Found | None:
    parts = day_date(m)
    if parts is None or parts[2] is None or int(m["hour"]) > 24:
        return None
    day, month, year = parts
    return _limited_day(m, text, day, month, year)


# `tối đa không quá mười ngày, kể từ ngày nhận được yêu cầu`: a cap on a count in words counted from an event
# is a limit, as one in digits is (`không quá` alone caps a length: nlp.deadline_context)
_CAP_BEFORE = re.compile(r"(?:không\s+quá|tối\s+đa(?:\s+là)?)\s*$", re.IGNORECASE)


def _relative(cells: list[tuple[int, int]]) -> "Builder":
    """The builder of relative limits; `cells` are those of a column of limits (no cue needed at their
    start)."""

    def build(m: re.Match[str], text: str) -> Found | None:
        at_cell_start = any(s <= m.start() < e and not text[s : m.start()].strip(" -") for s, e in cells)
        cued = at_cell_start or RELATIVE_CUE_BEFORE.search(before(text, m.start()))
        if m["since"] is None and not cued:
            return None
        if m["words"] is not None and not (cued or _CAP_BEFORE.search(before(text, m.start()))):
            return None
        return _relative_limit(m, text)

    return build


# `thời hạn khai thác 30 năm, kể từ ngày ký giấy phép`, `thời hạn thuê đất là 50 năm`: the term of a right,
# named by the activity it allows, counted in years; not a limit on an action (`trong thời hạn 02 năm kể từ
# ...` is).
_TERM_BEFORE = re.compile(r"(?<!trong\s)thời\s+hạn(?:\s+[^\W\d]+){1,6}\s*:?\s*$", re.IGNORECASE)
_IN_YEARS = re.compile(r"năm\W*$", re.IGNORECASE)


def _relative_limit(m: re.Match[str], text: str) -> Found | None:
    if NOT_A_LIMIT_BEFORE.search(before(text, m.start())):
        return None
    if _IN_YEARS.search(m["head"]) and _TERM_BEFORE.search(before(text, m.start())):
        return None
    if LASTING_BEFORE.search(before(text, m.start(), 120)):
        return None
    if m["words"] is None and int(m["count"] or m["spelled"]) == 0:
        return None
    end = m.end() if m["since"] is None else event_end(text, m.end("head"), m.end())
    if m["since"] is not None and end == m.end():
        end = listed_items_end(text, end)
    return Found(m.start(), end, None, None, None)


def _holiday(m: re.Match[str], text: str) -> Found | None:
    due = holiday_date(m["lunar"] is not None, int(m["year"]))
    return Found(m.start(), m.end(), due, None, None) if due and has_cue(text, m.start()) else None


def _same_day(m: re.Match[str], text: str) -> Found:
    return Found(m.start("limit"), m.end("limit"), None, None, None)


def _day_of_period(m: re.Match[str], text: str) -> Found | None:
    if not 1 <= int(m["day"]) <= 31:
        return None
    return Found(m.start(), m.end(), None, None, "monthly" if m["unit"].lower() == "tháng" else "quarterly")


def _first_days_of_period(m: re.Match[str], text: str) -> Found:
    unit = m["unit"].lower()
    recurrence = "monthly" if unit == "tháng" else "annual" if unit == "năm" else "quarterly"
    return Found(m.start(), m.end(), None, None, recurrence)


def _day_of_named_month(m: re.Match[str], text: str) -> Found | None:
    return Found(m.start(), m.end(), None, None, None) if has_cue(text, m.start()) else None


def _period(m: re.Match[str], text: str, bounds: Callable[[int], tuple[str, str] | None]) -> Found | None:
    """A month, quarter or half; without its year only a cue makes it a time to act (`trong quý IV`), as
    for a day without its year: `tình hình quý IV`, `số liệu quý III` name the period reported on."""
    year = m["year"]
    if year is None:
        return Found(m.start(), m.end(), None, None, None) if has_cue(text, m.start()) else None
    period = bounds(int(year))
    if period is None:
        return None
    return Found(m.start(), m.end(), period[1], period[0], None)


# `ngày 20 và 21 tháng 01 năm 2010`, `các ngày 11, 12 tháng 01`: days listed before their month (the form
# the day-date pattern leaves to the month's): dates of days, limits only after a cue, as one day is.
_DAYS_BEFORE = re.compile(r"(?<![\w/.,])(?:ngày\s+)?\d{1,2}(?:\s*(?:,|và|-|–)\s*\d{1,2})*\s+$", re.IGNORECASE)


def _month(m: re.Match[str], text: str) -> Found | None:
    month = int(m["month"])
    if not 1 <= month <= 12:
        return None
    days = _DAYS_BEFORE.search(before(text, m.start()))
    if days and not has_cue(text, m.start() - len(days.group())):
        return None
    if m["recur"]:
        return Found(m.start(), m.end(), None, None, "annual")
    return _period(m, text, lambda year: month_period(year, month))


def _word_month(m: re.Match[str], text: str) -> Found | None:
    month = MONTH_NAMES[" ".join(m["name"].lower().split())]
    return _period(m, text, lambda year: month_period(year, month))


def _quarter(m: re.Match[str], text: str) -> Found | None:
    first = quarter_number(m["q"]) or 0
    listed = re.findall(QUARTER_NUMBER, m["last"], re.IGNORECASE) if m["last"] else []
    last = quarter_number(listed[-1]) or 0 if listed else first
    until = int(m["until"]) if m["until"] else None

    def bounds(year: int) -> tuple[str, str] | None:
        opening, closing = quarter_period(year, first), quarter_period(year, last)
        if opening is None or closing is None or first > last:
            return None
        if until is not None and until > year:
            return opening[0], year_period(until)[1]
        return opening[0], closing[1]

    return _period(m, text, bounds)


def _half(m: re.Match[str], text: str) -> Found | None:
    first, last = (1, 6) if m["half"].lower() == "đầu" else (7, 12)
    return _period(m, text, lambda year: months_period(year, first, last))


# A title block that names a plan (`KẾ HOẠCH / Chuyển đổi số huyện năm 2025`, `Phê duyệt Đề án ...`).
_PLAN_TITLE = re.compile(r"kế\s+hoạch|chương\s+trình|đề\s+án|chiến\s+lược|quy\s+hoạch", re.IGNORECASE)


def _year(title_blocks: Sequence[tuple[int, int]]) -> Builder:
    """`trong năm 2025` limits an action; `KẾ HOẠCH / Chuyển đổi số huyện năm 2025`, the year in
    a title block (ingestion found them: `title_blocks`) that names a plan, is the period it plans for:
    a horizon (DECISIONS-4). Another title's year names its subject's year (`bão số 15 năm 2025`,
    `đợt 3 năm 2025`), neither limit nor horizon."""

    def build(m: re.Match[str], text: str) -> Found | None:
        start, due = year_period(int(m["year"]))
        title = next(((a, b) for a, b in title_blocks if a <= m.start() < b), None)
        plans = title is not None and bool(_PLAN_TITLE.search(text, *title))
        if plans or is_target_year(text, m):
            return Found(m.start(), m.end(), due, start, None, horizon=True)
        if title is not None or not has_cue(text, m.start()):
            return None
        return Found(m.start(), m.end(), due, start, None)

    return build


def _recurrence(m: re.Match[str], text: str) -> Found | None:
    return Found(m.start(), m.end(), None, None, m.lastgroup)


def _timed_recurrence(m: re.Match[str], text: str) -> Found | None:
    """A clock time of every day, a weekday of every week: no value of their own in the contract."""
    return Found(m.start(), m.end(), None, None, "periodic")


def _periodic(m: re.Match[str], text: str) -> Found | None:
    if m["days"]:
        recurrence = "periodic"
    elif m["every"]:
        unit = m["every"].split()[-1].lower().replace("quí", "quý")
        recurrence = {"năm": "annual", "quý": "quarterly", "tháng": "monthly"}.get(unit, "periodic")
    elif m["months"]:
        months = {"sáu": 6, "ba": 3}.get(m["months"].lower()) or int(m["months"])
        recurrence = _MONTHS_PER_RECURRENCE.get(months, "periodic")
    elif m["years"]:
        recurrence = "annual" if _count(m["years"]) == 1 else "periodic"
    elif names_report_kind(text, m.start(), m.end()):
        return None
    elif _BARE_BEFORE_DAY.match(text, m.end()):
        return None  # `định kỳ trước ngày 15 tháng 12 hằng năm`: the day and its recurrence say when
    else:
        recurrence = "periodic"
    return Found(m.start(), m.end(), None, None, recurrence)


# A limiting cue after a bare `định kỳ`: the date it leads to is the deadline.
_BARE_BEFORE_DAY = re.compile(r"\s+(?:trước|vào|chậm\s+nhất)\s+(?:ngày\s+)?\d", re.IGNORECASE)
_COUNT_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6}


def _count(word: str) -> int:
    return _COUNT_WORDS.get(word.lower()) or int(word)


_MONTHS_PER_UNIT = {"năm": 12, "quý": 3, "quí": 3, "tháng": 1}


def _frequency(m: re.Match[str], text: str) -> Found:
    """`1 năm 1 lần`, `6 tháng một lần`: the recurrence of so many periods; weeks, days and other counts are
    `periodic`."""
    months = _count(m["count"]) * _MONTHS_PER_UNIT.get(m["unit"].lower(), 0)
    return Found(m.start(), m.end(), None, None, _MONTHS_PER_RECURRENCE.get(months, "periodic"))


def _recurrence_on_day(m: re.Match[str], text: str) -> Found:
    unit = m["every"].split()[-1].lower().replace("quí", "quý")
    return Found(m.start(), m.end(), None, None, {"năm": "annual", "quý": "quarterly"}.get(unit, "monthly"))


def _horizon_until(m: re.Match[str], text: str) -> Found | None:
    if SINCE_YEAR_BEFORE.search(before(text, m.start())):
        return None  # `từ năm 2015 đến năm 2020`: a past range, not a planning horizon
    return Found(m.start(), m.end(), year_period(int(m["year"] or m["near"]))[1], None, None, horizon=True)


def _horizon_range(m: re.Match[str], text: str) -> Found | None:
    first, last = int(m["first"]), int(m["last"])
    if first > last or (opens_past_sentence(text, m.start(), m.end()) and not frames_target(text, m.end())):
        return None
    if m["word"].lower() == "nhiệm kỳ" and CONGRESS_BEFORE.search(before(text, m.start(), 100)):
        return None  # `Đại hội ... lần thứ XX, nhiệm kỳ 2025-2030` names a congress
    return Found(m.start(), m.end(), year_period(last)[1], year_period(first)[0], None, horizon=True)


def deadline_rules(
    title_blocks: Sequence[tuple[int, int]], text: str = ""
) -> tuple[tuple[re.Pattern[str], Builder], ...]:
    """Earlier rules win where expressions overlap (a periodic `định kỳ hằng năm` over `hằng năm`);
    an expression a rule rejects (a header date, a past year) is not searched again by later rules.
    `text`'s columns of limits let a bare count of days in their cells be a limit."""
    return (
        (HORIZON_RANGE, _horizon_range),
        (HORIZON_UNTIL, _horizon_until),
        (RANGE_CELL, _dated(_range_cell)),
        (RECURRENCE_ON_DAY, _recurrence_on_day),
        (DAY_OF_PERIOD, _day_of_period),
        (FIRST_DAYS_OF_PERIOD, _first_days_of_period),
        (DAY_OF_NAMED_MONTH, _dated(_day_of_named_month)),
        (CLOCKED_DAY, _dated(_clocked_day)),
        (DAYS_SHARING_RECURRENCE, _days_sharing_recurrence),
        (WEEKDAY_DAY, _dated(_day)),
        (DAY, _dated(_day)),
        (BARE_DAY, _dated(_bare_day)),
        (HOLIDAY, _dated(_holiday)),
        (HALF_AND_YEAR, _half_and_year),
        (HALF, _dated(_half)),
        (QUARTER, _dated(_quarter)),
        (WORD_MONTH, _dated(_word_month)),
        (MONTH, _dated(_month)),
        (WEEKDAY_EVERY_WEEK, _timed_recurrence),
        (PERIODIC, _periodic),
        (FREQUENCY, _frequency),
        (CLOCKED_DAILY, _timed_recurrence),
        (RECURRENCE, _recurrence),
        (YEAR_ONLY, _dated(_year(title_blocks))),
        (RELATIVE, _relative(limit_cells(text))),
        (SAME_DAY, _same_day),
    )

