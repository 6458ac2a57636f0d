"""Where a time expression stands: the words around it decide whether it limits an action (a cue
before it: `trước`, `trong`, `chậm nhất`), names a past event (`từ năm 2010 đến nay`, `Năm 2023, ...`
opening a sentence of a report), or a target the plan sets (`năm 2026 đạt 35% ...` in the goals),
which is a horizon. The expressions themselves and the dates they mean are in nlp.deadline_patterns
and nlp.deadline_rules.
"""

import re

from policylink.core.vietnamese import normalize_tones
from policylink.nlp.body_open_class import body_at
from policylink.nlp.dates import YEAR

# Cues that limit in time by themselves (`trước`, `chậm nhất`): the only ones that make a date without
# `ngày` (`trước 30/9/2026`) or with an hour (`trước 15 giờ ngày ...`) a deadline.
_LIMIT_CUE = r"trước|(?:chậm|muộn) nhất(?:\s+là)?(?:\s+(?:vào|đến))?|xong|hoàn thành|hạn|đến hết"
LIMIT_CUE_BEFORE = re.compile(rf"(?:{_LIMIT_CUE})\s*$", re.IGNORECASE)
# Cues that make a count of days, weeks or months a time limit without `kể từ ...` (`trong vòng 30 ngày`).
# (`Thời gian giải quyết: 03 ngày làm việc`: a procedure's limit after its label.) `không quá`, `tối đa`
# alone cap a length (`thời gian trợ cấp tối đa không quá 15 ngày`, `huy động không quá 15 ngày`: how long
# something lasts, DECISIONS); they make a limit only after a limit's own words (`trong thời hạn không quá`).
RELATIVE_CUE_BEFORE = re.compile(
    r"(?:(?:trong\s+(?:thời\s+hạn|vòng|thời\s+gian)|thời\s+hạn[^\S\n]*:?"
    r"|thời\s+(?:hạn|gian)\s+giải\s+quyết[^\S\n]*:)(?:\s+(?:là\s+)?(?:không\s+quá|tối\s+đa(?:\s+là)?))?"
    r"|chậm\s+nhất(?:\s+là)?)\s*$",
    re.IGNORECASE,
)
# `có hiệu lực sau 10 ngày kể từ ngày ký`, `đã quá 30 ngày`: an entry into force or an overrun.
# `kéo dài thêm không quá 02 ngày`: an extension of a limit, not a limit of its own; `chậm nhất sau 05 ngày`
# is a limit, as is `không vượt quá 02 năm kể từ ...`.
NOT_A_LIMIT_BEFORE = re.compile(
    r"(?:(?<!nhất\s)sau|(?<!không\s)(?<!không\svượt\s)quá|hiệu lực(?:\s+thi hành)?(?:\s+sau)?"
    r"|(?:kéo\s+dài|gia\s+hạn)(?:\s+thêm)?(?:\s+(?:không\s+quá|tối\s+đa(?:\s+là)?))?)\s*$",
    re.IGNORECASE,
)
# `có giá trị trong thời hạn 12 tháng`, `được bảo lưu mức phụ cấp ... trong thời gian 12 tháng`, `không
# sử dụng trong thời gian 12 tháng liên tục`, `được miễn thuế nhập khẩu đến hết ngày ...`, `Nghị quyết này
# có hiệu lực thi hành đến hết ngày ...`, `Giấy phép có thời hạn đến hết ...`: how long a state lasts (a
# validity, an entitlement kept, a disuse), not a time limit on an action.
LASTING_BEFORE = re.compile(
    r"(?<!\w)(?:có\s+(?:giá\s+trị|hiệu\s+lực|thời\s+hạn)|bảo\s+lưu|được\s+(?:miễn|giảm|hưởng|áp\s+dụng)"
    r"|không\s+sử\s+dụng"
    r"|tạm\s+(?:hoãn|dừng|ngừng))(?!\w)(?:(?!\sthì\s)[^.;:\n]){0,80}?"
    r"(?:trong\s+(?:thời\s+(?:hạn|gian)|vòng)|đến\s+hết)(?:\s+(?:tối\s+đa|không\s+quá)(?:\s+là)?)?\s*$",
    re.IGNORECASE,
)
# `Quy định tại khoản 1 Điều này được thực hiện đến hết ngày ...`, `Các chính sách trên áp dụng đến hết
# năm ...`: a norm, the subject of its sentence, applies until then; the span of its application, not a limit
# on an action.
_NORM_APPLIES_BEFORE = re.compile(
    r"(?:^|[.;:\n])[^\S\n]*(?:[-+•]|\d+\.|[a-zđ]\))?[^\S\n]*(?:các[^\S\n]+)?(?:quy\s+định|chính\s+sách|cơ\s+chế)"
    r"(?!\w)[^.;:\n]{0,120}?(?<!\w)(?:được\s+)?(?:thực\s+hiện|áp\s+dụng)\s+(?:đến|tới)\s+hết\s*$",
    re.IGNORECASE,
)
# `trong 6 tháng, năm ...`: a span of time, not the periodic reports.
NOT_PERIODIC_BEFORE = re.compile(r"(?:trong|sau|trên|đầu|cuối|hơn|gần|vòng)\s*$", re.IGNORECASE)
# Cues that make a bare day date or year a time limit (`trước ngày ...`, `trong năm 2025`, `vào cuối năm
# 2027`: the end of the year, its last day).
_CUE_BEFORE = re.compile(
    rf"(?:{_LIMIT_CUE}|trong|vào|ngay trong"
    r"|kết thúc|thời hạn|thời gian(?:\s+hoàn thành|\s+thực hiện)?\s*:?|[:|\t]|^|\n)(?:\s+cuối)?\s*$",
    re.IGNORECASE,
)
# `từ năm 2010`, and results already reached (`kết quả đạt được trong năm 2023`): past, not limits.
_PAST_RANGE_BEFORE = re.compile(
    r"(?:từ|kể từ|sau|(?:đạt được|đã đạt|đã thực hiện|đã hoàn thành|đã triển khai)(?:\s+trong)?)\s*$",
    re.IGNORECASE,
)
SINCE_YEAR_BEFORE = re.compile(rf"từ\s+(?:năm\s+)?{YEAR}\s*$", re.IGNORECASE)
_UNTIL_NOW_AFTER = re.compile(r"\s*(?:đến|tới)\s+(?:hiện\s+)?nay|\s+vừa qua|\s+trước đây", re.IGNORECASE)
_SENTENCE_OPENING = re.compile(r"(?:^|[.;:\n])\s*(?:[-+•]\s*)?$")
# `năm 2026 đạt 35% ...`, `giai đoạn 2025 - 2030, mỗi năm giúp ít nhất 500 hộ ...`: a quantity to reach
# in that period, i.e. a target the period frames (DECISIONS-7, -8).
_TARGET_AFTER = re.compile(
    r"\s*,?\s*(?:phấn đấu\s+)?(?:đạt|có ít nhất|có trên|giảm|tăng|hoàn thành)\s+(?:[^\W\d]+\s+){0,3}?\d",
    re.IGNORECASE,
)
_TARGET_IN_CLAUSE = re.compile(
    r",[^.;\n]{0,80}?(?:phấn đấu|ít nhất|tối thiểu|không dưới)(?!\w)", re.IGNORECASE
)
_PAST_IN_CLAUSE = re.compile(r",[^.;\n]{0,80}?(?<!\w)(?:đã|vừa qua)(?!\w)", re.IGNORECASE)
# `đến hết tháng 12/2009 tổ chức Công đoàn đã có hơn ...`: the subject after the time, then `đã`: what the
# time dates had happened (`các nhiệm vụ đã được giao` is a relative clause of the object, not the verb)
# `sự phối hợp của các ngành trong năm 2009 là bài học ...`: mid-sentence, a time before the copula closes
# the noun phrase it qualifies, the subject of a description (`Năm 2010 là năm ...` opening a sentence is
# the topic: the year the tasks below are for)
_COPULA_AFTER = re.compile(r"[^\S\n]+là(?!\w)", re.IGNORECASE)
_PAST_STATE_AFTER = re.compile(
    r"[^\S\n]+(?:(?!(?:đã|và|để|thì|phải|cần|sẽ)(?!\w))[^\W\d]+[^\S\n]+){0,8}?đã(?!\w)"
    r"(?![^\S\n]+(?:được|đề ra|giao|ban hành|phê duyệt|nêu)(?!\w))",
    re.IGNORECASE,
)
_TARGET_CUE_BEFORE = re.compile(r"(?:phấn đấu|chỉ tiêu|mục tiêu)[^.;\n]{0,40}$", re.IGNORECASE)
# `đảm bảo mục tiêu 100% phương tiện ... sử dụng năng lượng sạch vào năm 2030`, `mục tiêu về công trình xanh:
# tỉnh A có tối thiểu 200 công trình ... vào năm 2030`: the year a target of the same sentence is to be
# reached (a horizon), not a limit on the duty's action.
_TARGET_CLAUSE_BEFORE = re.compile(r"(?:phấn đấu|chỉ tiêu|mục tiêu)[^.;\n]*vào\s+$", re.IGNORECASE)
_CLAUSE_WIDTH = 300
# The numbered heading of an item (`2. Mục tiêu cụ thể`, `II. MỤC TIÊU`).
_NUMBERED_HEADING = re.compile(r"^(?:[IVXLC]+|\d+(?:\.\d+)*)\.[ \t]+[^\n]*", re.MULTILINE)
_GOALS = re.compile(r"mục tiêu", re.IGNORECASE)
CONGRESS_BEFORE = re.compile(r"(?:Đại hội|khóa|khoá)[^.;\n]{0,80},?\s*$", re.IGNORECASE)
# `có hiệu lực từ ngày 01/7/2025 đến hết ngày 31/12/2026`, `Kể từ ngày ký đến hết ngày ...`: the end of a
# span in which something applies, not a limit on an action.
# `Cộng dồn từ đầu năm đến cuối quý IV năm 2025`: the end of a span figures are summed over.
_SPAN_END_BEFORE = re.compile(r"(?<!\w)từ\s[^.;\n]{0,100}?đến\s+(?:hết|cuối)\s*$", re.IGNORECASE)
# `(Kèm theo Quyết định số    /QĐ-UBND ngày    tháng 11 năm 2025 ...)`: a document's own date, its
# number left blank for the signature (so no citation was found there).
# `Quyết định số 25/QĐ-UBND ngày   tháng   năm 2025`: the day and month left blank, the year is no period;
# `Lào Cai, ngày    tháng 8 năm 2025`, `ngày / tháng 6 năm 2026`: the day left blank, the month no period
# either.
_DOCUMENT_DATE_BEFORE = re.compile(
    r"(?<!\w)số\s*\S*\s+ngày\s*$|(?<!\w)ngày(?:\s+tháng)?[\s/._…]*$", re.IGNORECASE)
# `số liệu ước tính quý IV năm 2025`, `Dự tính quý IV/2025 (triệu đồng)`: the period figures are for (the
# period reported on), not a time to act (DECISIONS-7).
_FIGURES_BEFORE = re.compile(
    r"(?<!\w)(?:số\s+liệu|ước\s+tính|ước|sơ\s+bộ|dự\s+tính|cộng\s+dồn|lũy\s+kế)(?:\s+cả)?\s*$", re.IGNORECASE)
# `khi Luật được thông qua vào tháng 12/2025`: when a text is enacted (its issuer's act), a qualifier of the
# text, not a limit on an action. (`nhiệm vụ được giao trong năm 2025` is the year the tasks are to be done.)
_ENACTED_BEFORE = re.compile(
    r"(?<!\w)được\s+(?:ban\s+hành|thông\s+qua|phê\s+duyệt|ký(?:\s+ban\s+hành)?)\s+(?:trong|vào)\s*$",
    re.IGNORECASE)
# `giai đoạn trước ngày 01/7/2025`, `giai đoạn chuyển tiếp (quý 3, quý 4/2025)`: a stage that the date
# bounds or a bracket of periods restates, not a limit (`Giai đoạn 1 (hoàn thành trước ngày …)` is one).
_STAGE_BEFORE = re.compile(
    r"(?<!\w)(?:giai\s+đoạn|thời\s+kỳ)(?:\s+(?:trước|sau)|[^()\n]{0,60}\((?:[^(),\n]{1,15},\s*)*)\s*$",
    re.IGNORECASE)
# A table's column label: a period, maybe qualified (`Quý III`, `Năm 2024`, `Ước tính quý IV`, `cả
# năm`, `9 tháng`), alone in its cell.
_LABEL_CELL = re.compile(
    r"\s*(?:(?:sơ bộ|ước tính|ước|thực hiện|dự tính|dự kiến|cộng dồn|lũy kế|cả)\s+)?"
    r"(?:năm|quý|tháng|\d{1,2}\s+tháng)(?:\s+[\w/]+){0,3}\s*",
    re.IGNORECASE,
)


def before(text: str, start: int, width: int = 40) -> str:
    """The `width` characters before `start`, where a cue would stand."""
    return text[max(0, start - width) : start]


def is_past(text: str, start: int, end: int) -> bool:
    """`từ năm 2010 đến nay`, `Tháng 5/2024, ...` opening a sentence, `Trong tháng 11 năm 2025, ... đã
    ...`: dates of past events."""
    if _PAST_RANGE_BEFORE.search(before(text, start)) or _UNTIL_NOW_AFTER.match(text, end):
        return True
    if _PAST_STATE_AFTER.match(text, end):
        return True
    if _COPULA_AFTER.match(text, end) and not _SENTENCE_OPENING.search(before(text, start, 8)):
        return True
    return opens_past_sentence(text, start, end) or _opens_past_report(text, start, end)


# `Trong tháng 11 năm 2025, ...`, `Trong các ngày 08 và 09 tháng 11 năm 2025, ...`: a time opening a sentence
# after `trong`/`vào`, maybe after the days it holds.
_TIME_OPENING = re.compile(
    r"(?:^|[.;:\n])\s*(?:[-+•]\s*)?(?:trong|vào)\s+(?:(?:các\s+)?ngày\s+\d{1,2}(?:\s*(?:,|và)\s*\d{1,2})*\s+)?$",
    re.IGNORECASE,
)


def _opens_past_report(text: str, start: int, end: int) -> bool:
    """A time opening a sentence whose clause tells what happened (`Trong tháng 11 năm 2025, mưa lũ đã
    gây ...`): a report of a past event. With no `đã` it may set a time to act (`Trong tháng 12 năm 2025,
    các xã hoàn thành ...`)."""
    return bool(_TIME_OPENING.search(before(text, start, 60)) and _PAST_IN_CLAUSE.match(text, end))


# `sau Hội nghị giao ban công tác 6 tháng đầu năm 2009`, `Hội nghị tổng kết năm 2025`: the period a meeting
# reviews, part of its name, not a time to act (the meeting's own date is a day).
# (`Hội nghị tổng kết vào tháng 11 hằng năm`: a cue before the time makes it the meeting's own time.)
_MEETING_BEFORE = re.compile(
    r"(?<!\w)hội\s+nghị(?:\s+(?!(?:vào|trong|trước|sau|đến|từ|hạn)(?!\w))[^\W\d]+){0,5}\s*$", re.IGNORECASE)


def is_not_a_limit(text: str, start: int) -> bool:
    """The end of a span in which something applies (`có hiệu lực từ … đến hết ngày …`) or a state lasts
    (`được miễn thuế đến hết ngày …`), a document's
    own date (`Quyết định số   /QĐ-UBND ngày   tháng 11 năm 2025`), the period figures are for (`số liệu
    ước tính quý IV`), the time a text is enacted (`Luật được thông qua vào tháng 12/2025`), a stage a
    date bounds (`giai đoạn trước ngày 01/7/2025`) or the period a meeting reviews (`Hội nghị sơ kết 6
    tháng đầu năm 2025`)."""
    near = before(text, start)
    return bool(
        _SPAN_END_BEFORE.search(before(text, start, 160)) or _DOCUMENT_DATE_BEFORE.search(near)
        or LASTING_BEFORE.search(before(text, start, 120))
        or _NORM_APPLIES_BEFORE.search(before(text, start, 160))
        or _FIGURES_BEFORE.search(near) or _ENACTED_BEFORE.search(near)
        or _STAGE_BEFORE.search(before(text, start, 80)) or _MEETING_BEFORE.search(before(text, start, 60))
    )


def in_label_row(text: str, start: int, end: int) -> bool:
    """Is `start:end` a whole cell of a table row where at least two cells are period labels (`Năm
    2024 → Năm 2025`, `Quý III → 9 tháng → Quý IV`)? Such rows name columns; they limit nothing."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    if "\t" not in line:
        return False
    cells = line.split("\t")
    if sum(bool(_LABEL_CELL.fullmatch(cell)) for cell in cells) < 2:
        return False
    line_end = line_start + len(line)
    cell_start = max(text.rfind("\t", line_start, start) + 1, line_start)
    cell_end = text.find("\t", end, line_end)
    cell = text[cell_start : line_end if cell_end < 0 else cell_end]
    return bool(_LABEL_CELL.fullmatch(cell))


def opens_past_sentence(text: str, start: int, end: int) -> bool:
    """`Năm 2023, ...`, `Giai đoạn 2016-2023, ...`: a period opening a sentence of a report."""
    return bool(_SENTENCE_OPENING.search(before(text, start, 8)) and text[end : end + 1] == ",")


def has_cue(text: str, start: int) -> bool:
    """Does a cue before `start` make a bare day date or year a time limit (`trước ngày`, `trong năm`)?"""
    return bool(_CUE_BEFORE.search(before(text, start)))


def _in_goals_part(text: str, pos: int) -> bool:
    """Is `pos` under a numbered heading that names goals (`2. Mục tiêu cụ thể`)?"""
    headings = list(_NUMBERED_HEADING.finditer(text, 0, pos))
    return bool(headings) and bool(_GOALS.search(headings[-1].group()))


def is_target_year(text: str, m: re.Match[str]) -> bool:
    """`năm 2026 đạt 35% ...` in the goals, `phấn đấu năm 2026 có ít nhất ...`, `mục tiêu ... vào năm
    2030`: a target year."""
    if _TARGET_CLAUSE_BEFORE.search(before(text, m.start(), _CLAUSE_WIDTH)):
        return True
    if not _TARGET_AFTER.match(text, m.end()):
        return False
    return _in_goals_part(text, m.start()) or bool(_TARGET_CUE_BEFORE.search(before(text, m.start(), 60)))


def frames_target(text: str, end: int) -> bool:
    """`giai đoạn 2025 - 2030, mỗi năm giúp ít nhất 500 hộ ...`: the clause after the period states a
    target to reach, not a result already reached (`Giai đoạn 2016-2020, đã ...`)."""
    return bool(_TARGET_IN_CLAUSE.match(text, end)) and not _PAST_IN_CLAUSE.match(text, end)


# Words after which a body's name belongs to the event (`kể từ ngày được UBND tỉnh ký`, `của Sở X`).
_BODY_IN_EVENT = re.compile(
    r"(?:được|do|bởi|của|tại|cho|với|đến|từ|ngày|khi|điểm|và|hoặc|gửi|nhận)[^\S\n]+$", re.IGNORECASE)
_LABEL = re.compile(r"\w+(?:[^\S\n]+\w+){0,3}[^\S\n]*:")  # `Mã TTHC:`, a field's label
_CAPITALISED = re.compile(r"(?<=[^\S\n])[A-ZĐÀ-Ỹ]\w*")


def event_end(text: str, start: int, end: int) -> int:
    """Where the event of a relative limit (`text[start:end]`, from `kể từ`) ends: at a body named after
    its object, the subject of the next clause (`kể từ ngày nhận được hồ sơ Sở X kiểm tra ...` ends at
    `hồ sơ`), or at the label of the next field written on (`... hồ sơ hợp lệ Mã TTHC: ...`)."""
    key = normalize_tones(text[start : end + _NAME_REACH])  # (same length: offsets hold)
    for word in _CAPITALISED.finditer(text, start, end):
        at = word.start()
        if _LABEL.match(text, at) or (
                body_at(key, at - start) and not _BODY_IN_EVENT.search(text, max(0, at - 12), at)):
            return len(text[:at].rstrip())
    return end


_NAME_REACH = 200  # characters after the event a body's name may run on into

# `kể từ ngày nhận được báo cáo của doanh nghiệp, hợp tác xã, Quản tài viên ...`, `danh sách người lao động
# đúng, đủ thông tin và ...`: a short item after a comma, itself ended by a comma, `và`/`hoặc` or the clause's
# end, is listed with the event's last word; a longer stretch there is the next clause (`..., cơ quan thuế xem
# xét`).
# The next clause's first words, where a listed item or the last conjunct ends.
_CLAUSE_NEXT = r"\s+(?:có\s+trách\s+nhiệm|phải|thì|nếu|trong\s+trường\s+hợp)(?!\w)"
_LISTED_ITEM = re.compile(
    r",[^\S\n]*(?P<item>[^\W\d_]+(?:[^\S\n]+[^\W\d_]+){0,2})"
    rf"(?=[,;.\n]|[^\S\n]+(?:và|hoặc)(?!\w)|{_CLAUSE_NEXT})")
# `..., phê duyệt, công bố hoặc công nhận kết quả hoàn thành nhiệm vụ`: the last conjunct of the listed
# actions, with its object, up to a comma, the clause's end or the next clause.
_LAST_CONJUNCT = re.compile(
    r"[^\S\t]+(?:và|hoặc)[^\S\t]+(?P<item>[^\W\d_]+(?:[^\S\t]+[^\W\d_]+){0,7}?)"
    rf"(?=[,;.]|\n\n|{_CLAUSE_NEXT}|$)")

_LAST_WORD = re.compile(r"\w+$")
# `kể từ ngày Luật có hiệu lực, tổ chức, cá nhân có trách nhiệm ...`: only a doer bears a duty, so the items
# before `có trách nhiệm` are the next clause's subject, listed after the opening adverbial's comma. Where the
# event's own actions were listed up to their last conjunct (`nghiệm thu, phê duyệt hoặc công nhận kết quả
# nhiệm vụ, dự án có trách nhiệm ...`), the limit stands inside its subject's clause, and the items stay.
_DUTY_NEXT = re.compile(r"[^\S\n]+(?:có|chịu)[^\S\n]+trách[^\S\n]+nhiệm(?!\w)", re.IGNORECASE)


def listed_items_end(text: str, end: int) -> int:
    """Where an event ending at `end` ends with the lowercase items listed after it by commas, the last
    joined by `và`/`hoặc`; items that end before a duty (`, chủ đầu tư có trách nhiệm`) are its doers."""
    start, listed, joined = end, False, False
    while (last := _LAST_WORD.search(text, max(0, end - 20), end)) and last.group().islower():
        item = _LISTED_ITEM.match(text, end)
        if item is None or not item["item"].islower():
            conjunct = _LAST_CONJUNCT.match(text, end) if listed else None
            if conjunct is None or not conjunct["item"].islower():
                break
            item, listed, joined = conjunct, False, True
        else:
            listed = True
        end = item.end()
        if not joined and _DUTY_NEXT.match(text, end):
            return start
    return end


# A procedure list's column of limits (`Thời hạn giải quyết`): a count of days at the start of its cell is
# the procedure's limit without a cue (`10 ngày làm việc`), as after the label in running text.
_LIMIT_HEADER = re.compile(
    r"[^\S\n]*thời[^\S\n]+(?:hạn|gian)[^\S\n]+giải[^\S\n]+quyết[^\S\n]*", re.IGNORECASE)
_LINE = re.compile(r"[^\n]*")


def limit_cells(text: str) -> list[tuple[int, int]]:
    """(start, end) of each cell, in the rows of a table, under a header cell `Thời hạn giải quyết`."""
    cells: list[tuple[int, int]] = []
    column: int | None = None
    for line in _LINE.finditer(text):
        pieces = line.group().split("\t")
        if len(pieces) < 2:
            column = None if line.group().strip() else column
            continue
        header = next((i for i, p in enumerate(pieces) if _LIMIT_HEADER.fullmatch(p)), None)
        if header is not None:
            column = header
        elif column is not None and column < len(pieces):
            start = line.start() + sum(len(p) + 1 for p in pieces[:column])
            cells.append((start, start + len(pieces[column])))
    return cells


# A table's header row: the cell that heads its time column, and the cells that name who does the work.
_TIME_HEADER = re.compile(r"\s*(?:dự\s+kiến\s+)?(?:thời\s+gian|thời\s+hạn|tiến\s+độ)(?!\w).*", re.IGNORECASE)
_DOER_HEADER = re.compile(
    r".*(?:chủ\s+trì|thực\s+hiện|phụ\s+trách|cơ\s+quan|đơn\s+vị(?!\s+tính)).*", re.IGNORECASE)


def in_assignment_table(text: str, pos: int) -> bool:
    """Does the table row at `pos` assign work (RULINGS R22)? Its header row (the nearest line above with a
    cell heading a time column) names a doer (`Cơ quan chủ trì`, `Đơn vị thực hiện`). A list of projects
    with their `Dự kiến thời gian vận hành` assigns nothing: its years are values, not limits (R44). A row
    with no such header above is taken to assign."""
    end = text.rfind("\n", 0, pos)
    while end > 0:
        start = text.rfind("\n", 0, end) + 1
        cells = text[start:end].split("\t")
        if len(cells) > 1 and any(_TIME_HEADER.fullmatch(c) for c in cells):
            return any(_DOER_HEADER.fullmatch(c) and not _TIME_HEADER.fullmatch(c) for c in cells)
        end = start - 1
    return True


# An introduction opening with its purpose (`Để bảo đảm chỗ ở cho Nhân dân trước Tết ..., Thủ tướng yêu
# cầu:`), and the verb that then directs.
_PURPOSE_OPENING = re.compile(r"[^\S\n]*(?:[-+•][^\S\n]*)?để(?!\w)", re.IGNORECASE)
_DIRECTING = re.compile(r"(?<!\w)(?:yêu\s+cầu|đề\s+nghị|chỉ\s+đạo|giao)(?!\w)", re.IGNORECASE)


def in_purpose(text: str, line_start: int, pos: int) -> bool:
    """Does `pos` stand in the purpose an introduction opens with, before the verb that directs? The time
    there is the purpose's (`... trước Tết Nguyên đán năm 2026`), not a limit the items inherit."""
    return bool(_PURPOSE_OPENING.match(text, line_start)) and not _DIRECTING.search(text, line_start, pos)


# `Báo cáo định kỳ` (a title, a subject opening an item), `(báo cáo định kỳ)`, `vào báo cáo định kỳ`: the name
# of a kind of report, a noun; `báo cáo định kỳ về Sở` reports periodically.
_REPORT_NAME_BEFORE = re.compile(
    r"(?:(?<!\w)Báo[^\S\n]+cáo|(?:\(|(?<!\w)(?:vào|các|những|mỗi)[^\S\n]+)báo[^\S\n]+cáo)[^\S\n]+$")


def names_report_kind(text: str, start: int, end: int) -> bool:
    """Does a bare `định kỳ` at `start:end` qualify `báo cáo` as the name of a kind of report (RULINGS R47)?
    `báo cáo` capitalised or a noun after a preposition or a plural, or the pair in brackets."""
    found = _REPORT_NAME_BEFORE.search(before(text, start, 24))
    if found is None:
        return False
    return not found.group().startswith("(") or text[end : end + 1] == ")"
