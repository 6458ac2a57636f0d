"""Vietnamese calendar expressions: day dates, months, quarters, half-years, years.

Shared by citations (the date of a cited document) and deadlines (the due date of a period).
Every function returns ISO `YYYY-MM-DD` strings, or None for a date that does not exist.
"""

import calendar
import re
from datetime import date

# `ngày 07/3/2021`, `ngày 7-3-2021`, `ngày 7.3.2021`, `ngày 7 tháng 3 năm 2021`; the year may be
# missing (`ngày 15/12 hằng năm`).
DAY_DATE = (
    r"ngày\s+(?P<day>\d{1,2})"
    r"(?:\s*(?P<sep>[/.-])\s*(?P<month>\d{1,2})(?:\s*(?P=sep)\s*(?P<year>\d{4}))?"
    r"|\s+tháng\s+(?P<wmonth>\d{1,2})(?:\s*,?\s+năm\s+(?P<wyear>\d{4}))?)"
)
DAY_DATE_RE = re.compile(DAY_DATE, re.IGNORECASE)

# A year written in full, 19xx or 20xx: `2025`.
YEAR = r"(?:19|20)\d{2}"
_ROMAN = {"I": 1, "II": 2, "III": 3, "IV": 4}


def iso(year: int, month: int, day: int) -> str | None:
    """`2021-03-07`, or None when the day does not exist (`30/2/2021`)."""
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None


def day_date(match: re.Match[str]) -> tuple[int, int, int | None] | None:
    """(day, month, year or None) from a `DAY_DATE` match; None if day or month is out of range."""
    day = int(match["day"])
    month = int(match["month"] or match["wmonth"])
    year_text = match["year"] or match["wyear"]
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return day, month, int(year_text) if year_text else None


def day_date_iso(match: re.Match[str]) -> str | None:
    parts = day_date(match)
    if parts is None or parts[2] is None:
        return None
    day, month, year = parts
    return iso(year, month, day)


def month_period(year: int, month: int) -> tuple[str, str] | None:
    """(first day, last day) of a month, or None for a month outside 1-12."""
    if not 1 <= month <= 12:
        return None
    last = calendar.monthrange(year, month)[1]
    return date(year, month, 1).isoformat(), date(year, month, last).isoformat()


def months_period(year: int, first_month: int, last_month: int) -> tuple[str, str] | None:
    """(first day of `first_month`, last day of `last_month`) in `year`."""
    first = month_period(year, first_month)
    last = month_period(year, last_month)
    if first is None or last is None or first_month > last_month:
        return None
    return first[0], last[1]


def quarter_number(text: str) -> int | None:
    """`IV` / `4` -> 4; None outside 1-4."""
    text = text.upper()
    number = _ROMAN.get(text) if not text.isdigit() else int(text)
    return number if number in (1, 2, 3, 4) else None


def quarter_period(year: int, quarter: int) -> tuple[str, str] | None:
    if quarter not in (1, 2, 3, 4):
        return None
    return months_period(year, 3 * quarter - 2, 3 * quarter)


def year_period(year: int) -> tuple[str, str]:
    return date(year, 1, 1).isoformat(), date(year, 12, 31).isoformat()


# The first day of the lunar new year (Tết Nguyên đán) in Vietnam, by Gregorian year.
_LUNAR_NEW_YEAR = {
    2020: (1, 25), 2021: (2, 12), 2022: (2, 1), 2023: (1, 22), 2024: (2, 10), 2025: (1, 29),
    2026: (2, 17), 2027: (2, 6), 2028: (1, 26), 2029: (2, 13), 2030: (2, 3),
}


def holiday_date(lunar: bool, year: int) -> str | None:
    """The first day of Tết in `year`: the lunar new year (`Tết Nguyên đán`) when `lunar`, else 1 January
    (`Tết Dương lịch`); None for a lunar year outside the table."""
    if not lunar:
        return date(year, 1, 1).isoformat()
    month_day = _LUNAR_NEW_YEAR.get(year)
    return date(year, *month_day).isoformat() if month_day else None
