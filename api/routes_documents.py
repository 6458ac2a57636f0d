"""The document list: the page `/` for people and `GET /api/v1/documents` for other systems, reading
the same query parameters (kept in the page's address, so a search can be bookmarked or shared)."""

from dataclasses import asdict, dataclass
from typing import Annotated
from urllib.parse import urlencode

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import HTMLResponse
from pydantic import BaseModel, Field

from policylink.api import document_list, service
from policylink.api.auth import READERS
from policylink.api.deps import AppSettings
from policylink.api.document_list import DocumentQuery
from policylink.api.guards import ERROR_RESPONSES
from policylink.api.templating import TEMPLATES
from policylink.api.validation import positive_number
from policylink.graph.cache import derived
from policylink.graph.validity import validities

router = APIRouter(responses=ERROR_RESPONSES, dependencies=READERS)
_TRUE = {"1", "true", "on", "yes", "co", "có"}


@dataclass(frozen=True)
class ListForm:
    """The query parameters as written (strings), so that a wrong one gets a Vietnamese message."""

    q: str = ""
    type: str = ""
    issuer: str = ""
    year: str = ""
    scope: str = ""
    full_text: str = ""
    sort: str = "date"
    order: str = ""
    page: str = ""
    per_page: str = ""

    def query(self) -> DocumentQuery:
        """The list query; ValueError (Vietnamese) for a wrong number or choice."""
        return DocumentQuery(
            text=self.q.strip(),
            doc_type=self.type,
            issuer=self.issuer,
            year=positive_number(self.year, "Năm ban hành", None),
            scope=self.scope,
            full_text=self.full_text.lower() in _TRUE,
            sort=self.sort or "date",
            order=self.order,
            page=positive_number(self.page, "Trang", 1),
            per_page=positive_number(self.per_page, "Số văn bản mỗi trang", 50),
        )


_HELP = {
    "q": "Từ trong trích yếu, số hiệu (`55-KL`) hoặc loại văn bản; có dấu hay không dấu đều được",
    "type": "Loại văn bản, đúng như trong danh sách (`Nghị quyết`)",
    "issuer": "Cơ quan ban hành, đúng như trong danh sách",
    "year": "Năm ban hành (2021)",
    "scope": "Phạm vi: `tw` (trung ương) hoặc tỉnh, thành phố viết liền không dấu (`bac-giang`)",
    "full_text": "`true`: chỉ văn bản đã có toàn văn trong kho",
    "sort": "`date` (ngày ban hành), `number` (số hiệu) hoặc `title` (trích yếu)",
    "order": "`asc` hoặc `desc`; để trống: ngày mới nhất trước, số và trích yếu tăng dần",
    "page": "Trang, từ 1",
    "per_page": f"Số văn bản mỗi trang, tối đa {document_list.MAX_PER_PAGE}",
}


async def _list_form(
    q: Annotated[str, Query(description=_HELP["q"])] = "",
    type: Annotated[str, Query(description=_HELP["type"])] = "",  # noqa: A002
    issuer: Annotated[str, Query(description=_HELP["issuer"])] = "",
    year: Annotated[str, Query(description=_HELP["year"])] = "",
    scope: Annotated[str, Query(description=_HELP["scope"])] = "",
    full_text: Annotated[str, Query(description=_HELP["full_text"])] = "",
    sort: Annotated[str, Query(description=_HELP["sort"])] = "date",
    order: Annotated[str, Query(description=_HELP["order"])] = "",
    page: Annotated[str, Query(description=_HELP["page"])] = "",
    per_page: Annotated[str, Query(description=_HELP["per_page"])] = "",
) -> ListForm:
    return ListForm(q, type, issuer, year, scope, full_text, sort, order, page, per_page)


Form = Annotated[ListForm, Depends(_list_form)]


class DocumentItem(BaseModel):
    id: str = Field(description="Mã văn bản trong kho, có dấu `/` (`bac-giang/55-KL/TU/2021`)")
    key: str | None = Field(description="Số hiệu (`55-KL/TU`)")
    doc_type: str | None
    number: str | None
    symbol: str | None
    issuer: str | None
    jurisdiction: str | None
    issue_date: str | None = Field(description="Ngày ban hành, ISO")
    title: str | None
    notes: str | None
    origin: str = Field(description="`file`, `registry` hoặc `citation`: văn bản được biết đến từ đâu")
    ingested: bool = Field(description="Đã có toàn văn trong kho")
    current_version: int | None


class DocumentList(BaseModel):
    total: int = Field(description="Số văn bản khớp truy vấn, mọi trang")
    page: int
    per_page: int
    pages: int
    items: list[DocumentItem]


@router.get("/api/v1/documents", response_model=DocumentList)
def list_documents(settings: AppSettings, form: Form) -> dict:
    """Văn bản trong kho (đã nạp toàn văn, hoặc chỉ biết qua danh mục hay trích dẫn): tìm theo trích
    yếu hoặc số hiệu (không phân biệt dấu), lọc theo loại, cơ quan ban hành, năm, phạm vi; sắp xếp
    và phân trang."""
    try:
        query = form.query()
    except ValueError as exc:
        raise HTTPException(status_code=422, detail=str(exc)) from None
    page = document_list.document_page(settings, query)
    return {
        "total": page.total,
        "page": query.page,
        "per_page": query.per_page,
        "pages": page.pages,
        "items": [asdict(record) for record in page.records],
    }


@router.get("/", response_class=HTMLResponse, include_in_schema=False)
def home(request: Request, settings: AppSettings, form: Form) -> HTMLResponse:
    context: dict = {"form": form, "sorts": document_list.SORTS}
    try:
        query = form.query()
    except ValueError as exc:
        query, context["error"] = DocumentQuery(), str(exc)
    page = document_list.document_page(settings, query)
    params = {k: v for k, v in request.query_params.items() if v and k != "page"}
    context.update(
        listing=page,
        filtered=any(v for k, v in params.items() if k not in ("sort", "order", "per_page")),
        changed=derived(service.citation_graph(settings), "validities", validities),
        page_url=lambda number: "/?" + urlencode({**params, "page": number}),
    )
    status = 422 if "error" in context else 200
    return TEMPLATES.TemplateResponse(request, "home.html", context, status_code=status)
