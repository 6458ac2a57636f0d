"""The interactive citation graph: the page `/do-thi` (pan, zoom, click a document, focus on one
document's neighbourhood with `?tam=<mã hoặc số hiệu>&buoc=2`), its data `GET /api/v1/graph/view`,
and the browser library that draws it, served from the `node_modules` folder that `npm ci` fills
(`make install`); nothing of the library is kept in the repository."""

from pathlib import Path
from typing import Annotated

from fastapi import APIRouter, HTTPException, Query, Request
from fastapi.responses import FileResponse, HTMLResponse, Response
from pydantic import BaseModel, Field

from policylink.api import service
from policylink.api.auth import READERS
from policylink.api.deps import AppSettings, document_in
from policylink.api.graph_view import MAX_STEPS, view_json
from policylink.api.guards import ERROR_RESPONSES, ErrorBody
from policylink.api.templating import TEMPLATES
from policylink.graph import queries

router = APIRouter(responses=ERROR_RESPONSES, dependencies=READERS)

NODE_MODULES = Path(__file__).resolve().parents[1] / "node_modules"
# The files the page loads, in order: fcose (the fast force-directed layout) needs its two bases.
VENDOR_FILES = {
    "cytoscape.min.js": "cytoscape/dist/cytoscape.min.js",
    "layout-base.js": "layout-base/layout-base.js",
    "cose-base.js": "cose-base/cose-base.js",
    "cytoscape-fcose.js": "cytoscape-fcose/cytoscape-fcose.js",
}
LIBRARY_MISSING = (
    "Thiếu thư viện vẽ đồ thị (cytoscape) trong thư mục node_modules của máy chủ. "
    "Người quản trị hãy chạy `make install` (hoặc `npm ci` trong thư mục mã nguồn) rồi mở lại trang này."
)
_CLI_ADVICE = "Xem danh sách bằng lệnh `policylink list`."


def library_missing() -> bool:
    return not all((NODE_MODULES / path).is_file() for path in VENDOR_FILES.values())


@router.get("/vendor/{name}", include_in_schema=False)
def vendor_file(name: str) -> FileResponse:
    path = VENDOR_FILES.get(name)
    if path is None:
        raise HTTPException(status_code=404, detail=f"Không có tệp thư viện '{name}'.")
    if not (NODE_MODULES / path).is_file():
        raise HTTPException(status_code=503, detail=LIBRARY_MISSING)
    headers = {"Cache-Control": "public, max-age=86400"}
    return FileResponse(NODE_MODULES / path, media_type="text/javascript; charset=utf-8", headers=headers)


class GraphNode(BaseModel):
    id: str
    label: str = Field(description="Nhãn ngắn trên hình: loại, số hiệu (hoặc trích yếu rút gọn), năm")
    name: str = Field(description="Tên văn bản cho người đọc (`Kết luận 55-KL/TU`)")
    title: str | None
    doc_type: str | None
    date: str | None = Field(description="Ngày ban hành, ISO")
    issuer: str | None
    ingested: bool = Field(description="Đã có toàn văn trong kho")
    url: str = Field(description="Trang của văn bản")
    cited_by: int = Field(description="Số văn bản trích dẫn văn bản này")
    steps: int | None = Field(description="Số bước trích dẫn tới văn bản trung tâm; null khi xem toàn bộ")


class GraphEdge(BaseModel):
    source: str = Field(description="Văn bản trích dẫn")
    target: str = Field(description="Văn bản được trích dẫn")
    relation: str = Field(description="`cites`, `implements`, `based_on`, `amends` hoặc `replaces`")
    label: str = Field(description="Quan hệ bằng tiếng Việt")


class GraphView(BaseModel):
    center: str | None = Field(description="Văn bản trung tâm; null khi xem toàn bộ đồ thị")
    nodes: list[GraphNode]
    edges: list[GraphEdge]


Steps = Annotated[int, Query(ge=1, le=MAX_STEPS, description="Số bước trích dẫn quanh văn bản trung tâm")]


@router.get(
    "/api/v1/graph/view",
    response_model=GraphView,
    responses={404: {"model": ErrorBody, "description": "Không có văn bản `center` (detail nói cách tìm)"}},
)
def graph_view(
    settings: AppSettings,
    center: Annotated[str | None, Query(max_length=300, description="Mã hoặc số hiệu văn bản")] = None,
    depth: Steps = 2,
) -> Response:
    """Đồ thị trích dẫn để vẽ: toàn bộ, hoặc các văn bản cách văn bản `center` không quá `depth`
    bước trích dẫn (theo cả hai chiều); mỗi văn bản kèm tên cho người đọc và địa chỉ trang."""
    graph = service.citation_graph(settings)
    center_id = document_in(graph, center) if center else None
    return Response(view_json(graph, center_id, depth), media_type="application/json")


@router.get("/do-thi", response_class=HTMLResponse, include_in_schema=False)
def graph_page(request: Request, settings: AppSettings, tam: str = "", buoc: str = "2") -> HTMLResponse:
    graph = service.citation_graph(settings)
    center, error, status = None, None, 200
    steps = int(buoc) if buoc.isdigit() and 1 <= int(buoc) <= MAX_STEPS else None
    if steps is None:
        error, status, steps = f"Số bước phải là một số từ 1 đến {MAX_STEPS}, không phải “{buoc}”.", 422, 2
    if tam.strip():
        try:
            center = queries.find_document(graph, tam.strip())
        except queries.DocumentNotFound as exc:
            error, status = str(exc).replace(_CLI_ADVICE, "Hãy gõ số hiệu có trong kho, ví dụ 55-KL/TU."), 404
    context = {
        "center": graph.record(center) if center else None,
        "typed": tam if center is None else (graph.record(center).key or ""),
        "steps": steps,
        "max_steps": MAX_STEPS,
        "nodes": graph.nx.number_of_nodes(),
        "missing": queries.missing(graph),
        "unresolved": queries.unresolved_by_key(graph),
        "record": graph.record,
        "library_missing": LIBRARY_MISSING if library_missing() else None,
        "vendor_files": list(VENDOR_FILES),
        "error": error,
    }
    return TEMPLATES.TemplateResponse(request, "graph.html", context, status_code=status)
