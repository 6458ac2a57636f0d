"""The time expressions a deadline or horizon can be written as: dates, months, quarters, halves and
years, recurrences (`hằng năm`, `định kỳ 6 tháng`), limits counted from an event (`trong thời hạn 10
ngày kể từ ...`) and planning horizons (`giai đoạn 2021-2025`). nlp.deadline_rules reads their matches.
"""

import re

from policylink.nlp.dates import DAY_DATE, YEAR
from policylink.nlp.scan import scanning

_RANGE = rf"(?P<first>{YEAR})\s*[-–—]\s*(?P<last>{YEAR})"
# `hằng năm`, `hàng quý`, `mỗi tháng`: every (the word before a period of recurrence).
EVERY = r"(?:hằng|hàng|mỗi)"
# `quý`, also in the older spelling `quí`
QUARTER_WORD = r"qu[ýí]"
_SP0 = r"[^\S\n\t]"  # a space inside a line and a cell
# a small count in words (`hai năm một lần`)
_COUNT_WORD = r"(?:một|hai|ba|bốn|năm|sáu)"
# `mỗi năm một lần`: the count of times belongs to the recurrence
_ONCE = r"(?:\s+(?:một|1)\s+lần(?!\w))?"
_ONCE_A = r"\s+tháng\s+(?:một|1)\s+lần(?!\w)"  # `12 tháng một lần`: a count of months, once
_RECURRENCE_WORDS = (
    ("annual", rf"{EVERY}\s+năm(?!\s+học){_ONCE}|(?<![\w/.,])(?:12|mười\s+hai){_ONCE_A}"),
    ("quarterly", rf"{EVERY}\s+{QUARTER_WORD}{_ONCE}|(?<![\w/.,])(?:0?3|ba){_ONCE_A}"),
    ("monthly", rf"{EVERY}\s+tháng{_ONCE}|(?<![\w/.,])(?:0?1|một){_ONCE_A}"),
    # daily and weekly have no value of their own in the contract: `periodic`; nor has `hằng kỳ` (each period
    # of payment or reporting: `số tiền phải nộp hằng kỳ`)
    ("periodic", rf"{EVERY}\s+(?:ngày|tuần){_ONCE}|(?:hằng|hàng)\s+kỳ(?!\w)"),
    ("semiannual", rf"(?<![\w/.,])(?:0?6|sáu){_ONCE_A}"),
)
PERIODIC = re.compile(
    rf"định kỳ(?:\s+(?:(?P<every>{EVERY}\s+(?:năm|{QUARTER_WORD}|tháng|tuần|ngày))"
    r"|(?P<months>\d+|sáu|ba)(?:\s*\([^()\n\t]{1,20}\))?\s+tháng"
    # `định kỳ 10 (mười) ngày một lần`, `định kỳ 02 tuần`: every so many days or weeks
    r"|(?P<days>\d{1,3})(?:\s*\([^()\n\t]{1,20}\))?\s+(?:ngày|tuần)(?!\s+làm\s+việc)"
    # `định kỳ 1 năm`, `định kỳ hai năm một lần`: every so many years
    rf"|(?P<years>\d{{1,2}}|{_COUNT_WORD})\s+năm(?!\s*\d)))?(?:\s+(?:một|1)\s+lần)?",
    re.IGNORECASE,
)
# `1 năm 1 lần`, `6 tháng một lần`, `hai năm một lần`: so many periods, once, a frequency of its own.
FREQUENCY = re.compile(
    rf"(?<![\w/.,])(?P<count>\d{{1,2}}|{_COUNT_WORD})[^\S\t]+(?P<unit>năm|{QUARTER_WORD}|tháng|tuần|ngày)"
    r"[^\S\t]+(?:một|1)[^\S\t]+lần(?!\w)",
    re.IGNORECASE,
)
# `định kỳ hàng năm (trước ngày 10/12)`: a recurrence and the day it falls on, in brackets, are one deadline.
RECURRENCE_ON_DAY = re.compile(
    rf"định{_SP0}+kỳ{_SP0}+(?P<every>{EVERY}{_SP0}+(?:năm|{QUARTER_WORD}|tháng)){_SP0}*"
    r"\((?:trước|vào|chậm\s+nhất(?:\s+là)?)\s+(?:ngày\s+)?\d{1,2}(?:/\d{1,2}|\s+tháng\s+\d{1,2})?\)",
    re.IGNORECASE,
)
RECURRENCE = scanning(
    re.compile("|".join(f"(?P<{name}>{p})" for name, p in _RECURRENCE_WORDS), re.IGNORECASE))
# `sau 15 giờ hàng ngày`, `trước 16h30 hằng ngày`: a time of every day is one expression with its hour.
CLOCKED_DAILY = re.compile(
    r"(?<![\w/.,])\d{1,2}[^\S\n\t]*(?:giờ(?:[^\S\n\t]*\d{1,2}(?:[^\S\n\t]*phút)?)?|h(?:\d{2})?)"
    rf"[^\S\n\t]+{EVERY}[^\S\n\t]+ngày(?!\w)", re.IGNORECASE)

# `trước ngày 05 tháng 7 năm sau`, `ngày 01 tháng 11 năm thực hiện`: a day of a year named by the budget
# cycle, not by its number; no due date.
# `ngày 15 tháng 02 của năm liền kề sau năm báo cáo`: a year named by its place after another such year.
_CYCLE_NAME = r"(?:sau|tiếp\s+theo|thực\s+hiện|kế\s+hoạch|ngân\s+sách|báo\s+cáo)"
_CYCLE_YEAR = (rf"(?:\s+của)?\s+năm\s+(?:liền\s+kề\s+)?(?:(?:sau|trước)\s+năm\s+{_CYCLE_NAME}|{_CYCLE_NAME})"
               r"(?!\w)")
DAY = re.compile(DAY_DATE + rf"(?:(?P<recur>\s+(?:{EVERY})\s+năm)|(?P<cycle>{_CYCLE_YEAR}))?", re.IGNORECASE)
# `trước Thứ Tư ngày 03/12/2025`: the weekday belongs to the date.
WEEKDAY_DAY = re.compile(
    r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)\s*,?\s+"
    + DAY_DATE
    + rf"(?P<recur>\s+(?:{EVERY})\s+năm)?",
    re.IGNORECASE,
)
# `vào thứ Sáu hằng tuần`, `định kỳ thứ Hai hằng tuần`: a weekday and its recurrence are one deadline, as a
# date and its recurrence are (DECISIONS-8).
WEEKDAY_EVERY_WEEK = re.compile(
    r"(?:định[^\S\n\t]+kỳ[^\S\n\t]+)?(?:thứ[^\S\n\t]+(?:hai|ba|tư|năm|sáu|bảy)|chủ[^\S\n\t]+nhật)"
    rf"[^\S\n\t]*,?[^\S\n\t]+{EVERY}[^\S\n\t]+tuần(?!\w)",
    re.IGNORECASE,
)
# `trong 15 ngày đầu mỗi quý`: the first days of every period, a recurring window.
FIRST_DAYS_OF_PERIOD = re.compile(
    rf"(?<![\w/.,])\d{{1,2}}{_SP0}+ngày{_SP0}+đầu{_SP0}+{EVERY}{_SP0}+(?P<unit>tháng|{QUARTER_WORD}|năm)(?!\w)",
    re.IGNORECASE,
)
# `vào ngày 20 của tháng tiếp theo`, `chậm nhất vào ngày cuối cùng của tháng`: a day of a month named by its
# place, not its number; no due date. A month a clause qualifies (`đến hết ngày cuối cùng của tháng chuyển
# đi`) is the end of a period covered, not a limit.
DAY_OF_NAMED_MONTH = re.compile(
    rf"ngày{_SP0}+(?:\d{{1,2}}|cuối\s+cùng){_SP0}+của{_SP0}+tháng(?:{_SP0}+(?:tiếp{_SP0}+theo|sau|trước))?"
    r"(?=\s*(?:[,;.:)\n]|$)|\s+(?:phải|để|và|hoặc)(?!\w))",
    re.IGNORECASE,
)
# `ngày 30 hằng tháng`, `ngày 15 hằng quý`: a day in every month or quarter; after a limiting cue the day
# may go without `ngày` (`trước 25 hằng tháng`).
DAY_OF_PERIOD = re.compile(
    rf"(?:ngày\s+|(?<=trước\s)|(?<=vào\s)|(?<=nhất\s))(?P<day>\d{{1,2}})\s+{EVERY}\s+"
    rf"(?P<unit>tháng|{QUARTER_WORD})(?!\w)", re.IGNORECASE
)
# A time expression stays inside one line and one table cell: `Định kỳ 6 tháng` / `8` (the next row's
# number) is no `tháng 8`.
_SP = r"[^\S\n\t]"
_YEAR_OF = rf"{_SP}*(?:/|-|{_SP}+năm{_SP}+){_SP}*(?P<year>{YEAR})"  # `/2025`, `-2025`, ` năm 2025`
_OF_YEAR = rf"(?:{_YEAR_OF})?"
# `tháng 12 hằng năm`: a month and its recurrence are one deadline (DECISIONS-8).
MONTH = re.compile(
    rf"tháng{_SP}+(?P<month>\d{{1,2}})(?:{_YEAR_OF}|(?P<recur>{_SP}+{EVERY}{_SP}+năm(?!\w)))?(?![\d/])",
    re.IGNORECASE,
)
# `tháng Mười Hai năm 2024`: a month written in words, always with its year.
MONTH_NAMES = {
    "giêng": 1, "một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8,
    "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12, "chạp": 12,
}
WORD_MONTH = re.compile(
    r"tháng\s+(?P<name>"
    + "|".join(n.replace(" ", r"\s+") for n in sorted(MONTH_NAMES, key=len, reverse=True))
    + rf")\s+năm\s+(?P<year>{YEAR})(?!\d)",
    re.IGNORECASE,
)
# `ngày 15/6 và 15/12 hằng năm`: several dates share one recurrence; one deadline per date, each with
# the whole expression as text (DECISIONS-8).
DAYS_SHARING_RECURRENCE = re.compile(
    rf"ngày{_SP}+\d{{1,2}}/\d{{1,2}}(?:{_SP}*(?:,{_SP}*(?:và{_SP}+)?|{_SP}+và{_SP}+)(?:ngày{_SP}+)?\d{{1,2}}/\d{{1,2}})+"
    rf"{_SP}+{EVERY}{_SP}+năm(?!\w)",
    re.IGNORECASE,
)
DAY_MONTH = re.compile(r"(?P<d>\d{1,2})/(?P<m>\d{1,2})")
# `Trước 30/9/2026`: a full date without `ngày` after a limiting cue; `text` leaves the cue out.
BARE_DAY = re.compile(rf"(?<![\w/.,-])(?P<day>\d{{1,2}})/(?P<month>\d{{1,2}})/(?P<year>{YEAR})(?![\w/])")
# `báo cáo ... 6 tháng, năm`, `Định kỳ 6 tháng, năm`, `báo cáo sáu tháng, hằng năm`: the semiannual and the
# annual report, two deadlines (DECISIONS-8); `6 tháng, năm 2025` and `6 tháng, năm học ...` are other things.
HALF_AND_YEAR = re.compile(
    rf"(?P<half>(?:định{_SP}+kỳ{_SP}+)?(?:6|sáu){_SP}+tháng),{_SP}*(?P<year>(?:{EVERY}{_SP}+)?năm)(?!\w)"
    rf"(?!{_SP}*\d|{_SP}+(?:học|nay|tới|sau|trước|qua|đầu|cuối|thứ)(?!\w))",
    re.IGNORECASE,
)
# A plan table's completion cell holding a bare year range (`5\t...\t2026-2027\n`, the last cell of a
# numbered row): a deadline (DECISIONS-7); a column header `\t2021-2025\t` is none.
RANGE_CELL = re.compile(rf"(?<=\t)(?P<first>{YEAR}){_SP}*[-–]{_SP}*(?P<last>{YEAR})(?={_SP}*(?:\n|$))")
NUMBERED_ROW = re.compile(r"\d+\.?\t")
QUARTER_NUMBER = r"(?:IV|III|II|I|[1-4])(?!\w)"
# `quý IV/2024`; quarters listed before their one year (`Quý III, IV/2026`, `quý II và III năm 2026`, `quý 3,
# quý 4/2025`) are one period, the first quarter's first day to the last's last day (`last`: the list's tail).
# Where the year closes a plan's time cell (its line or cell ends there), a later year listed after it runs
# the period on through that year: `Quý IV/2026, 2027` is done by the end of 2027 (RULINGS R42).
QUARTER = re.compile(
    rf"{QUARTER_WORD}\s+(?P<q>{QUARTER_NUMBER})"
    rf"(?:(?P<last>(?:{_SP}*(?:,|và|-|–|đến){_SP}*(?:{QUARTER_WORD}{_SP}+)?{QUARTER_NUMBER})+)?{_YEAR_OF}"
    rf"(?:{_SP}*(?:,|và){_SP}*(?:năm{_SP}+)?(?P<until>{YEAR})(?={_SP}*(?:\n|\t|$)))?)?(?!\w)",
    re.IGNORECASE,
)
HALF = re.compile(
    r"(?:6|sáu)\s+tháng\s+(?P<half>đầu|cuối)\s+năm(?:\s+(?P<year>" + YEAR + "))?", re.IGNORECASE
)
YEAR_ONLY = re.compile(r"năm\s+(?P<year>" + YEAR + r")(?!\s*[-–—]\s*\d)", re.IGNORECASE)

# `trước 15 giờ ngày 27/01/2025`, `17h00 ngày ...`: an hour before the day belongs to the deadline
# (the contract has no time of day, so `due` is the day). Only a limiting cue opens this form; a
# meeting's `8 giờ, ngày ...` is no time limit.
_CLOCK = r"(?P<hour>\d{1,2})\s*(?:giờ(?:\s*\d{1,2}(?:\s*phút)?)?|h(?:\s?\d{2})?)(?!\w)"
CLOCKED_DAY = re.compile(rf"{_CLOCK}\s*,?\s+{DAY_DATE}", re.IGNORECASE)
# `trong thời hạn 10 ngày làm việc kể từ ngày nhận được văn bản đề nghị`: a time limit counted from
# an event (DECISIONS-5). `text` runs from the number through the event, without the cue; it has no
# calendar date. Without `kể từ ...` the cue alone makes it a limit (`trong vòng 30 ngày`); `từ ngày
# nhận ...` without `kể` counts from the event too (not from a date: `từ ngày 01/7`).
# `02 năm kể từ ngày ...`: years only with the event counted from (a bare `5 năm` is a length)
_RELATIVE_UNIT = r"(?:ngày(?:\s+làm\s+việc)?|tuần|tháng|giờ(?:\s+làm\s+việc)?|năm(?=\s*,?\s+(?:kể\s+)?từ\s))"
# `03 đến 04 tháng`: a range of counts; the limit is the whole range
_COUNT_RANGE = r"(?:\s*(?:đến|[-–])\s*\d{1,3})?"
# `02 (hai) ngày`: the count spelled out in brackets; `168 giờ (tương đương 21 ngày)`: a gloss after it.
_GLOSS = r"(?:\s*\([^()\n\t]{1,30}\))?"
# The reference event ends where a condition or a new clause begins (`… hồ sơ hợp lệ theo quy định
# trong trường hợp …`, `… hồ sơ - Trường hợp …`).
_EVENT_END = (
    r"(?:\s+(?:thì|mà|nếu|hoặc|phải|có trách nhiệm|có kết quả|trong trường hợp|đối với|[-–]"
    r"|(?:và\s+)?trong\s+(?:thời\s+hạn|vòng))"  # the next limit
    r"|(?<!đúng)\s+theo quy định)(?!\w)"
)
# `Mười (10) ngày`, `mười lăm (15) ngày`: the count written in words, its digits in brackets.
_NUMBER_WORD = r"(?:một|hai|ba|bốn|tư|năm|lăm|sáu|bảy|tám|chín|mười|mươi|mốt|trăm)"
_SPELLED_COUNT = (rf"(?<!\w){_NUMBER_WORD}(?:[^\S\n\t]+{_NUMBER_WORD}){{0,3}}[^\S\n\t]*"
                  r"\((?P<spelled>\d{1,3})\)")
# `Trong thời hạn ba ngày, kể từ ...`: the count in words alone; only a limit's own cue makes it one
_WORD_COUNT = rf"(?P<words>(?<!\w){_NUMBER_WORD}(?:[^\S\n\t]+{_NUMBER_WORD}){{0,3}})"
RELATIVE = re.compile(
    rf"(?P<head>(?:(?<![\w/.,-])(?<!ngày\s)(?<!tháng\s)(?P<count>\d{{1,3}}){_COUNT_RANGE}|{_SPELLED_COUNT}|{_WORD_COUNT}){_GLOSS}"
    rf"\s+{_RELATIVE_UNIT}"
    rf"(?!\w){_GLOSS})"
    r"(?P<since>\s*,?\s+(?:kể\s+)?từ\s+(?:ngày|khi|thời\s+điểm)(?!\w)\s+(?!\d)[^\s,;:.()]+"
    rf"(?:(?!{_EVENT_END})[^,;:.()\n\t]){{0,150}}"
    r"(?<=\w))?",
    re.IGNORECASE,
)

# `ngay trong ngày cơ quan, tổ chức tiếp nhận yêu cầu`: a limit of the same day as an event (a procedure's
# limit, RULINGS R21): `text` is `trong ngày` and the event, up to a variant (`hoặc trong ngày làm việc tiếp
# theo`), a condition or the end of the clause.
SAME_DAY = re.compile(
    rf"(?<!\w)ngay{_SP}+(?P<limit>trong{_SP}+ngày{_SP}+(?!làm{_SP}+việc|hôm|\d)[^.;:\n\t]{{0,100}}?\w)"
    rf"(?=\s+(?:hoặc|nếu|thì)(?!\w)|[.;:\n\t]|$)",
    re.IGNORECASE,
)

# `trước Tết Nguyên đán năm 2026`, `Tết Nguyên đán Bính Ngọ 2026`: a named holiday with its year (RULINGS R6).
HOLIDAY = re.compile(
    rf"Tết{_SP}+(?:(?P<lunar>nguyên{_SP}+đán|âm{_SP}+lịch)|dương{_SP}+lịch)"
    rf"(?:{_SP}+[A-ZĐ]\w*{_SP}+[A-ZĐ]\w*)??(?:{_SP}+năm)?{_SP}+(?P<year>{YEAR})(?!\d)",
    re.IGNORECASE,
)

# `đến năm 2030`, with the word that frames it (`tầm nhìn`, `định hướng`, `giai đoạn`): `Định hướng đến năm
# 2030: ...`, `Giai đoạn từ nay đến 2020: ...` (there the year may go without `năm`).
HORIZON_UNTIL = re.compile(
    r"(?:(?:tầm nhìn|định hướng|giai đoạn)\s+)?đến\s+(?:hết\s+)?năm\s+(?P<year>" + YEAR + ")"
    r"|giai đoạn\s+từ\s+nay\s+đến\s+(?:hết\s+)?(?:năm\s+)?(?P<near>" + YEAR + ")", re.IGNORECASE)
# `giai đoạn 2021-2025`, `giai đoạn từ năm 2010-2015`
HORIZON_RANGE = re.compile(
    r"(?P<word>giai đoạn|thời kỳ|nhiệm kỳ)\s+(?:từ\s+)?(?:năm\s+)?" + _RANGE, re.IGNORECASE)
