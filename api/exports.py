"""Exports of one document for people: its tasks as CSV for Excel."""

import csv
import io

from policylink.api.templating import RECURRENCE_LABELS, deadline_label, printed_place, vietnamese_date

TASK_COLUMNS = (
    "Mã",
    "Mục",
    "Nhiệm vụ",
    "Nội dung",
    "Cơ quan chủ trì",
    "Cơ quan phối hợp",
    "Báo cáo",
    "Thời hạn",
    "Hạn hoàn thành",
    "Định kỳ",
)


def tasks_csv(extraction: dict) -> bytes:
    """The tasks table as CSV in UTF-8 with a BOM, which Excel needs to show Vietnamese right."""
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow(TASK_COLUMNS)
    for task in extraction.get("tasks", []):
        deadline = task.get("deadline")
        writer.writerow(
            [
                task["id"],
                printed_place(task.get("section")),
                task.get("action") or "",
                task["text"],
                "; ".join(task.get("responsible", [])),
                "; ".join(task.get("coordinating", [])),
                "; ".join(task.get("report_to", [])),
                deadline_label(deadline) if deadline else "",
                vietnamese_date(deadline["due"]) if deadline and deadline.get("due") else "",
                RECURRENCE_LABELS.get(task.get("recurrence"), "") if task.get("recurrence") else "",
            ]
        )
    return buffer.getvalue().encode("utf-8-sig")
