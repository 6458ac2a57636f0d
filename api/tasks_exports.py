"""The tasks board's rows for other tools: Excel (XLSX), CSV that Excel opens in UTF-8, and the
deadlines as an iCalendar file (RFC 5545) that a secretary imports into a calendar."""

import csv
import hashlib
import io
import textwrap
from collections.abc import Iterable
from datetime import UTC, date, datetime, timedelta

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from policylink.api.tasks_board import TaskRow
from policylink.api.templating import (
    RECURRENCE_LABELS,
    deadline_label,
    document_name,
    document_url,
    plain,
    printed_place,
)

COLUMNS = (
    ("Văn bản", 22),
    ("Cơ quan ban hành", 22),
    ("Mục", 8),
    ("Nhiệm vụ", 50),
    ("Cơ quan chủ trì", 30),
    ("Cơ quan phối hợp", 26),
    ("Báo cáo", 20),
    ("Thời hạn", 22),
    ("Hạn hoàn thành", 14),
    ("Định kỳ", 14),
    ("Quá hạn", 9),
    ("Trang văn bản", 30),
)


def _cells(row: TaskRow, as_of: date, base_url: str) -> list:
    task = row.task
    return [
        document_name(row.document),
        row.document.issuer or "",
        printed_place(task.get("section")),
        plain(task["text"]),
        "; ".join(task.get("responsible", [])),
        "; ".join(task.get("coordinating", [])),
        "; ".join(task.get("report_to", [])),
        deadline_label(task.get("deadline")),
        row.due,
        RECURRENCE_LABELS.get(row.recurrence, "") if row.recurrence else "",
        "có" if row.overdue(as_of) else "",
        base_url.rstrip("/") + document_url(row.document.id),
    ]


def tasks_csv(rows: Iterable[TaskRow], as_of: date, base_url: str) -> bytes:
    """UTF-8 with a BOM, which Excel needs to show Vietnamese right; dates as dd/mm/yyyy."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([name for name, _ in COLUMNS])
    for row in rows:
        cells = _cells(row, as_of, base_url)
        writer.writerow([c.strftime("%d/%m/%Y") if isinstance(c, date) else c for c in cells])
    return buffer.getvalue().encode("utf-8-sig")


def tasks_xlsx(rows: Iterable[TaskRow], as_of: date, base_url: str) -> bytes:
    """One sheet, a bold frozen header, wrapped text, real dates, overdue rows shaded."""
    book = Workbook()
    sheet = book.active
    sheet.title = "Nhiệm vụ"
    sheet.append([name for name, _ in COLUMNS])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="DDE4EE")
    late = PatternFill("solid", fgColor="FDE2E2")
    due_column = [name for name, _ in COLUMNS].index("Hạn hoàn thành") + 1
    for row in rows:
        sheet.append(_cells(row, as_of, base_url))
        for cell in sheet[sheet.max_row]:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
            if row.overdue(as_of):
                cell.fill = late
        sheet.cell(sheet.max_row, due_column).number_format = "DD/MM/YYYY"
    for index, (_, width) in enumerate(COLUMNS, start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "A2"
    sheet.auto_filter.ref = sheet.dimensions
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


_RRULES = {
    "annual": "FREQ=YEARLY",
    "semiannual": "FREQ=MONTHLY;INTERVAL=6",
    "quarterly": "FREQ=MONTHLY;INTERVAL=3",
    "monthly": "FREQ=MONTHLY",
}


def _ics_text(value: str) -> str:
    return value.replace("\\", "\\\\").replace(";", "\\;").replace(",", "\\,").replace("\n", "\\n")


def _folded(line: str) -> list[str]:
    """A content line cut into pieces of at most 75 octets, continuations starting with a space,
    never inside a UTF-8 character (RFC 5545, 3.1)."""
    pieces, current, limit = [], "", 75
    for char in line:
        if len((current + char).encode("utf-8")) > limit:
            pieces.append(current)
            current, limit = " ", 75
        current += char
    return [*pieces, current]


def tasks_ics(rows: Iterable[TaskRow], base_url: str, now: datetime | None = None) -> bytes:
    """One all-day event per task with a due date, on that date; a recurring task repeats."""
    stamp = (now or datetime.now(UTC)).strftime("%Y%m%dT%H%M%SZ")
    lines = [
        "BEGIN:VCALENDAR",
        "VERSION:2.0",
        "PRODID:-//policylink//Nhiem vu//VI",
        "CALSCALE:GREGORIAN",
        "X-WR-CALNAME:Hạn nhiệm vụ",
    ]
    for row in rows:
        if row.due is None:
            continue
        task = row.task
        bodies = "; ".join(task.get("responsible", [])) or "chưa rõ cơ quan chủ trì"
        url = base_url.rstrip("/") + document_url(row.document.id)
        uid = hashlib.sha1(f"{row.document.id}#{task['id']}".encode()).hexdigest()
        action = textwrap.shorten(plain(task.get("action") or task["text"]), 90, placeholder=" …")
        summary = f"Hạn: {action} — {bodies}"
        description = f"{plain(task['text'])}\n\n{document_name(row.document)}: {url}"
        lines += [
            "BEGIN:VEVENT",
            f"UID:{uid}@policylink",
            f"DTSTAMP:{stamp}",
            f"DTSTART;VALUE=DATE:{row.due:%Y%m%d}",
            f"DTEND;VALUE=DATE:{row.due + timedelta(days=1):%Y%m%d}",
            f"SUMMARY:{_ics_text(summary)}",
            f"DESCRIPTION:{_ics_text(description)}",
            f"URL:{url}",
            *([f"RRULE:{_RRULES[row.recurrence]}"] if row.recurrence in _RRULES else []),
            "END:VEVENT",
        ]
    lines.append("END:VCALENDAR")
    return "".join(piece + "\r\n" for line in lines for piece in _folded(line)).encode("utf-8")
