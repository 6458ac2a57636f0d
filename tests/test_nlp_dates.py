"""Vietnamese calendar expressions: day dates in every written form, months, quarters (nlp.dates)."""

import calendar
import re
from datetime import date

from hypothesis import given
from hypothesis import strategies as st

from policylink.nlp.dates import DAY_DATE_RE, day_date_iso, month_period, quarter_number, quarter_period


@given(st.dates(min_value=date(1945, 1, 1), max_value=date(2099, 12, 31)), st.sampled_from(["/", "-", "."]),
       st.booleans())
def test_day_dates_normalise_to_iso_in_every_written_form(day: date, sep: str, padded: bool) -> None:
    d, m = (f"{day.day:02d}", f"{day.month:02d}") if padded else (str(day.day), str(day.month))
    for written in (f"ngày {d}{sep}{m}{sep}{day.year}", f"ngày {d} tháng {m} năm {day.year}"):
        match = DAY_DATE_RE.fullmatch(written)
        assert match is not None
        assert day_date_iso(match) == day.isoformat()


@given(st.integers(1, 31), st.integers(1, 12), st.integers(1900, 2100))
def test_impossible_days_give_no_date(day: int, month: int, year: int) -> None:
    match = DAY_DATE_RE.fullmatch(f"ngày {day}/{month}/{year}")
    assert match is not None
    valid = day <= calendar.monthrange(year, month)[1]
    assert (day_date_iso(match) is not None) == valid


@given(st.integers(1900, 2100), st.integers(1, 4))
def test_quarters_tile_the_year(year: int, quarter: int) -> None:
    start, end = quarter_period(year, quarter)
    assert start == month_period(year, 3 * quarter - 2)[0]
    assert end == month_period(year, 3 * quarter)[1]
    roman = ["I", "II", "III", "IV"][quarter - 1]
    assert quarter_number(roman) == quarter_number(str(quarter)) == quarter


@given(st.integers(1900, 2100), st.integers(1, 12))
def test_month_period_ends_on_the_last_day(year: int, month: int) -> None:
    start, end = month_period(year, month)
    assert re.fullmatch(r"\d{4}-\d{2}-01", start)
    assert date.fromisoformat(end).day == calendar.monthrange(year, month)[1]
