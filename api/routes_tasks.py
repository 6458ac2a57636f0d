"""The tasks board: the page `/nhiem-vu` for people, `GET /api/v1/tasks` for other systems, and the
filtered list as XLSX, CSV and iCalendar. Page, API and exports read the same query parameters."""

import re
from dataclasses import dataclass
from datetime import date
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse, Response

from policylink.api import tasks_board
from policylink.api.auth import READERS
from policylink.api.deps import AppSettings
from policylink.api.guards import ERROR_RESPONSES
from policylink.api.tasks_board import TaskQuery, TaskRow
from policylink.api.tasks_exports import tasks_csv, tasks_ics, tasks_xlsx
from policylink.api.templating import TEMPLATES, document_name, document_url
from policylink.api.validation import positive_number

router = APIRouter(responses=ERROR_RESPONSES, dependencies=READERS)
_TRUE = {"1", "true", "on", "yes", "co", "có"}
_VN_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/(\d{4})")
_EXPORTS = {
    "xlsx": ("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", tasks_xlsx),
    "csv": ("text/csv; charset=utf-8", tasks_csv),
    "ics": ("text/calendar; charset=utf-8", lambda rows, _as_of, base_url: tasks_ics(rows, base_url)),
}


def _date(value: str, label: str) -> date | None:
    value = value.strip()
    if not value:
        return None
    vietnamese = _VN_DATE.fullmatch(value)
    try:
        if vietnamese:
            day, month, year = (int(part) for part in vietnamese.groups())
            return date(year, month, day)
        return date.fromisoformat(value)
    except ValueError:
        raise ValueError(
            f"{label} '{value}' không phải là ngày; hãy viết ngày/tháng/năm (31/12/2025) "
            "hoặc năm-tháng-ngày (2025-12-31)."
        ) from None


@dataclass(frozen=True)
class TaskForm:
    """The query parameters as written (strings), so that a wrong one gets a Vietnamese message."""

    body: str = ""
    role: str = "any"
    parents: str = ""
    issuer: str = ""
    document: str = ""
    due_after: str = ""
    due_before: str = ""
    overdue: str = ""
    as_of: str = ""
    recurring: str = ""
    sort: str = "due"
    order: str = "asc"
    page: str = ""
    per_page: str = ""

    def query(self) -> TaskQuery:
        """The board query; ValueError (Vietnamese) for a wrong date, number or choice."""
        if self.order not in ("asc", "desc"):
            raise ValueError(f"Thứ tự '{self.order}' không có; hãy chọn asc (tăng dần) hoặc desc (giảm dần).")
        return TaskQuery(
            body=self.body.strip(),
            role=self.role or "any",
            with_parents=self.parents.lower() in _TRUE,
            issuer=self.issuer.strip(),
            document=self.document.strip(),
            due_after=_date(self.due_after, "Hạn từ ngày"),
            due_before=_date(self.due_before, "Hạn đến ngày"),
            overdue=self.overdue.lower() in _TRUE,
            as_of=_date(self.as_of, "Ngày xét quá hạn") or date.today(),
            recurring=self.recurring.lower() in _TRUE,
            sort=self.sort or "due",
            descending=self.order == "desc",
            page=positive_number(self.page, "Trang", 1),
            per_page=positive_number(self.per_page, "Số nhiệm vụ mỗi trang", 50),
        )


_HELP = {
    "body": "Cơ quan chủ trì hoặc phối hợp, gõ tắt hay không dấu đều được (`ubnd tinh`); "
            "gồm cả các cơ quan cấp dưới của nó",
    "role": "`any`, `responsible` (chủ trì) hoặc `coordinating` (phối hợp)",
    "parents": "`true`: thêm nhiệm vụ giao cho cơ quan cấp trên của cơ quan đó",
    "issuer": "Cơ quan ban hành văn bản",
    "document": "Mã hoặc số hiệu văn bản",
    "due_after": "Hạn từ ngày (2025-01-31 hoặc 31/1/2025)",
    "due_before": "Hạn đến ngày",
    "overdue": "`true`: chỉ nhiệm vụ đã quá hạn vào ngày `as_of`",
    "as_of": "Ngày xét quá hạn; mặc định hôm nay",
    "recurring": "`true`: chỉ nhiệm vụ định kỳ",
    "sort": "`due`, `document`, `body` hoặc `issued`",
    "order": "`asc` hoặc `desc`",
    "page": "Trang, từ 1",
    "per_page": f"Số nhiệm vụ mỗi trang, tối đa {tasks_board.MAX_PER_PAGE}",
}


async def _task_form(
    body: Annotated[str, Query(description=_HELP["body"])] = "",
    role: Annotated[str, Query(description=_HELP["role"])] = "any",
    parents: Annotated[str, Query(description=_HELP["parents"])] = "",
    issuer: Annotated[str, Query(description=_HELP["issuer"])] = "",
    document: Annotated[str, Query(description=_HELP["document"])] = "",
    due_after: Annotated[str, Query(description=_HELP["due_after"])] = "",
    due_before: Annotated[str, Query(description=_HELP["due_before"])] = "",
    overdue: Annotated[str, Query(description=_HELP["overdue"])] = "",
    as_of: Annotated[str, Query(description=_HELP["as_of"])] = "",
    recurring: Annotated[str, Query(description=_HELP["recurring"])] = "",
    sort: Annotated[str, Query(description=_HELP["sort"])] = "due",
    order: Annotated[str, Query(description=_HELP["order"])] = "asc",
    page: Annotated[str, Query(description=_HELP["page"])] = "",
    per_page: Annotated[str, Query(description=_HELP["per_page"])] = "",
) -> TaskForm:
    """The query parameters as written; strings, so that a wrong one gets a Vietnamese message."""
    return TaskForm(body, role, parents, issuer, document, due_after, due_before, overdue, as_of,
                    recurring, sort, order, page, per_page)


Form = Annotated[TaskForm, Depends(_task_form)]


def _api_query(form: TaskForm) -> TaskQuery:
    try:
        return form.query()
    except ValueError as exc:
        raise HTTPException(status_code=422, detail=str(exc)) from None


def row_payload(row: TaskRow, as_of: date) -> dict:
    record, task = row.document, row.task
    return {
        "document": {
            "id": record.id,
            "key": record.key,
            "doc_type": record.doc_type,
            "title": record.title,
            "issuer": record.issuer,
            "issue_date": record.issue_date,
            "name": document_name(record),
            "url": document_url(record.id),
        },
        "task_id": task["id"],
        "section": task.get("section"),
        "action": task.get("action"),
        "text": task["text"],
        "responsible": task.get("responsible", []),
        "coordinating": task.get("coordinating", []),
        "report_to": task.get("report_to", []),
        "deadline": task.get("deadline"),
        "due": row.due.isoformat() if row.due else None,
        "recurrence": row.recurrence,
        "overdue": row.overdue(as_of),
    }


@router.get("/api/v1/tasks", tags=["nhiệm vụ"])
def tasks_api(settings: AppSettings, form: Form) -> dict:
    """Nhiệm vụ của mọi văn bản trong kho (bản trích xuất hiện hành), lọc, sắp xếp và phân trang."""
    page = tasks_board.board(settings, _api_query(form))
    return {
        "total": page.total,
        "page": page.query.page,
        "per_page": page.query.per_page,
        "pages": page.pages,
        "as_of": page.query.as_of.isoformat(),
        "items": [row_payload(row, page.query.as_of) for row in page.rows],
    }


@router.get("/api/v1/tasks.{fmt}", tags=["nhiệm vụ"], response_class=Response)
def tasks_export(request: Request, fmt: str, settings: AppSettings, form: Form) -> Response:
    """Danh sách đã lọc (mọi trang) dưới dạng `xlsx`, `csv` (Excel) hoặc `ics` (lịch các hạn)."""
    if fmt not in _EXPORTS:
        message = f"Không có định dạng '{fmt}'; hãy dùng xlsx, csv hoặc ics."
        raise HTTPException(status_code=404, detail=message)
    query = _api_query(form)
    rows = tasks_board.select(settings, query).rows
    base_url = str(request.base_url)
    media_type, write = _EXPORTS[fmt]
    data = write(rows, query.as_of, base_url)
    headers = {"Content-Disposition": f'attachment; filename="nhiem-vu.{fmt}"'}
    return Response(data, media_type=media_type, headers=headers)


@router.get("/nhiem-vu", response_class=HTMLResponse, include_in_schema=False)
def tasks_page(request: Request, settings: AppSettings, form: Form) -> HTMLResponse:
    context: dict = {"form": form, "roles": tasks_board.ROLES, "sorts": tasks_board.SORTS}
    try:
        query = form.query()
    except ValueError as exc:
        query, context["error"] = TaskQuery(), str(exc)
    context["board"] = tasks_board.board(settings, query)
    params = {k: v for k, v in request.query_params.items() if v and k not in ("page", "per_page")}
    context["export_query"] = urlencode(params)
    context["page_url"] = lambda number: "/nhiem-vu?" + urlencode({**params, "page": number})
    status = 422 if "error" in context else 200
    return TEMPLATES.TemplateResponse(request, "tasks.html", context, status_code=status)
