"""The JSON API under /api/v1 for other systems: English field names, Vietnamese `detail` on errors."""

from dataclasses import asdict
from typing import Annotated, Literal

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel, Field, ValidationError
from starlette.datastructures import UploadFile  # what `request.form()` holds (FastAPI's is a subclass)

from policylink.api import service
from policylink.api.auth import READERS
from policylink.api.deps import AppSettings, document_in
from policylink.api.guards import (
    DRAFT_MAX_CHARS,
    ERROR_RESPONSES,
    ErrorBody,
    HeavyWork,
    heavy_work,
    nlp_work,
)
from policylink.api.validation import vietnamese_detail
from policylink.graph import queries
from policylink.graph.export import node_fields
from policylink.graph.render import RenderError
from policylink.ingest.model import IngestError
from policylink.ingest.sniff import MAX_TEXT_CHARS
from policylink.search.retrieval import MAX_QUERY_CHARS, group_by_document

router = APIRouter(prefix="/api/v1", responses=ERROR_RESPONSES, dependencies=READERS)
Heavy = Annotated[HeavyWork, Depends(heavy_work)]
Nlp = Annotated[HeavyWork, Depends(nlp_work)]  # a worker process's queue when the server has them

NOT_FOUND = {404: {"model": ErrorBody, "description": "Không có văn bản này (detail nói cách tìm)"}}
NOT_BLANK = r"\S"  # some character besides white space
NAME_MAX_CHARS = 200


class ExtractText(BaseModel):
    text: str = Field(
        min_length=1,
        max_length=MAX_TEXT_CHARS,
        pattern=NOT_BLANK,
        description="Toàn văn cần trích xuất (UTF-8).",
    )
    name: str | None = Field(
        None, max_length=NAME_MAX_CHARS, description="Tên tệp, vd. `van-ban.md`; đuôi `.md` đọc như Markdown."
    )


class DraftText(BaseModel):
    text: str = Field(
        min_length=1,
        max_length=DRAFT_MAX_CHARS,
        pattern=NOT_BLANK,
        description="Đoạn dự thảo có trích dẫn văn bản.",
    )
    jurisdiction: str | None = Field(
        None,
        max_length=NAME_MAX_CHARS,
        description="Địa phương của dự thảo (vd. `Bắc Giang`) cho ký hiệu địa phương như `TU`.",
    )


def unreadable(exc: IngestError) -> HTTPException:
    return HTTPException(status_code=422, detail=f"Không đọc được văn bản: {exc}")


def too_large(exc: service.UploadTooLarge) -> HTTPException:
    return HTTPException(status_code=413, detail=str(exc))


async def _extract_upload(request: Request, settings: AppSettings, heavy: HeavyWork) -> dict:
    form = await request.form()
    upload = form.get("file")
    if not isinstance(upload, UploadFile):
        raise HTTPException(
            status_code=422,
            detail="Yêu cầu không hợp lệ: thiếu tệp trong trường 'file' của biểu mẫu multipart.",
        )
    name = upload.filename or "tep-tai-len"
    try:
        service.check_upload_size(upload.size or 0, name, settings)
        data = await upload.read()
        return (await heavy.run(service.extract_bytes, data, name, settings)).to_dict()
    except service.UploadTooLarge as exc:
        raise too_large(exc) from None
    except IngestError as exc:
        raise unreadable(exc) from None


async def _extract_json(request: Request, settings: AppSettings, heavy: HeavyWork) -> dict:
    body = await request.body()
    try:
        service.check_upload_size(len(body), "nội dung JSON", settings)
        payload = ExtractText.model_validate_json(body)
        return (await heavy.run(service.extract_text, payload.text, payload.name, settings)).to_dict()
    except ValidationError as exc:
        raise HTTPException(status_code=422, detail=vietnamese_detail(exc.errors(), ("body",))) from None
    except service.UploadTooLarge as exc:
        raise too_large(exc) from None
    except IngestError as exc:
        raise unreadable(exc) from None


_EXTRACT_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": ["file"],
                    "properties": {"file": {"type": "string", "format": "binary"}},
                }
            },
            "application/json": {"schema": ExtractText.model_json_schema()},
        },
    }
}


@router.post(
    "/extract",
    openapi_extra=_EXTRACT_BODY,
    responses={
        413: {"model": ErrorBody, "description": "Tệp vượt giới hạn dung lượng (detail nói giới hạn)"},
        422: {
            "model": ErrorBody,
            "description": "Tệp rỗng, hỏng, mã hóa, ảnh quét, chương trình, gói nén, quá dài, hoặc JSON sai",
        },
    },
)
async def extract(request: Request, settings: AppSettings, heavy: Nlp) -> dict:
    """Trích xuất cấu trúc, nhiệm vụ, thời hạn, cơ quan và trích dẫn của một văn bản; không lưu gì.

    Gửi tệp (txt, md, pdf, docx, html) trong trường `file` của biểu mẫu multipart, hoặc JSON
    `{"text": "...", "name": "van-ban.txt"}`. Trả về hợp đồng trích xuất v1
    (`nlp/extraction.schema.json`).
    """
    if request.headers.get("content-type", "").startswith("multipart/form-data"):
        return await _extract_upload(request, settings, heavy)
    return await _extract_json(request, settings, heavy)


@router.get("/documents/{document_id:path}/extraction", responses=NOT_FOUND)
def document_extraction(document_id: str, settings: AppSettings) -> dict:
    """Kết quả trích xuất (hợp đồng v1) đã lưu của phiên bản hiện hành của văn bản."""
    data = service.stored_extraction(settings, document_id)
    if data is None:
        known = service.get_document(settings, document_id) is not None
        raise HTTPException(
            status_code=404,
            detail=f"Văn bản '{document_id}' chưa có toàn văn trong kho, nên chưa có kết quả trích xuất. "
            "Hãy nạp tệp văn bản bằng lệnh `policylink ingest`."
            if known
            else f"Không tìm thấy văn bản có mã '{document_id}'. Xem danh sách tại /api/v1/documents",
        )
    return data


# Ids contain slashes (`bac-giang/55-KL/TU/2021`), hence the `path` converter; routes with a
# suffix after an id (`/extraction` above) must be declared before this catch-all.
@router.get("/documents/{document_id:path}", responses=NOT_FOUND)
def get_document(document_id: str, settings: AppSettings) -> dict:
    """Thông tin, toàn văn, các mục và chú thích của một văn bản."""
    view = service.get_document(settings, document_id)
    if view is None:
        raise HTTPException(
            status_code=404,
            detail=f"Không tìm thấy văn bản có mã '{document_id}'. Xem danh sách tại /api/v1/documents",
        )
    validity = service.document_validity(settings, document_id)
    return {**service.document_payload(view), "validity": validity.as_dict()}


def _neighbourhood_json(graph, hood: queries.Neighbourhood) -> dict:
    return {
        "root": hood.root,
        "documents": [{**node_fields(graph.record(d)), "depth": n} for d, n in hood.depth.items()],
        "edges": [{"source": s, "target": t, "relation": r, "evidence": e} for s, t, r, e in hood.edges],
    }


@router.get("/graph/lineage/{ref:path}", responses=NOT_FOUND)
def lineage(ref: str, settings: AppSettings) -> dict:
    """Các văn bản mà văn bản `ref` (mã hoặc số hiệu) dựa trên, theo bắc cầu, với độ sâu."""
    graph = service.citation_graph(settings)
    return _neighbourhood_json(graph, queries.lineage(graph, document_in(graph, ref)))


@router.get("/graph/cited-by/{ref:path}", responses=NOT_FOUND)
def cited_by(ref: str, settings: AppSettings) -> dict:
    """Các văn bản trích dẫn trực tiếp văn bản `ref`, với quan hệ và câu chữ làm chứng."""
    graph = service.citation_graph(settings)
    doc_id = document_in(graph, ref)
    return {
        "id": doc_id,
        "cited_by": [
            {**node_fields(graph.record(s)), "relation": r, "evidence": e}
            for s, r, e in queries.cited_by(graph, doc_id)
        ],
    }


@router.get("/graph/missing")
def missing(settings: AppSettings) -> dict:
    """Văn bản được trích dẫn nhưng chưa có toàn văn (nhiều lượt trích dẫn trước), và các số hiệu
    được trích dẫn mà chưa xác định được văn bản."""
    graph = service.citation_graph(settings)
    return {
        "missing": [{**node_fields(r), "cited_by": n} for r, n in queries.missing(graph)],
        "unresolved": [
            {"key": key, "cited_in": sorted({e.source_id for e in edges})}
            for key, edges in queries.unresolved_by_key(graph).items()
        ],
    }


@router.get(
    "/graph/export",
    responses={
        200: {"content": {media.split(";")[0]: {} for media in service.EXPORT_MEDIA.values()}},
        503: {"model": ErrorBody, "description": "Chưa cài Graphviz để vẽ hình"},
        **NOT_FOUND,
    },
)
def export_graph(
    settings: AppSettings,
    format: Literal["json", "graphml", "dot", "mermaid", "svg", "png"] = "json",  # noqa: A002
    root: str | None = None,
) -> Response:
    """Xuất đồ thị trích dẫn (hoặc vùng lân cận của văn bản `root`): json, graphml, dot, mermaid, svg, png."""
    graph = service.citation_graph(settings)
    root_id = document_in(graph, root) if root else None
    try:
        exported = service.export_graph(graph, format, root_id)
    except RenderError as exc:
        raise HTTPException(status_code=503, detail=str(exc)) from None
    headers = {"Content-Disposition": f'inline; filename="{exported.file_name}"'}
    return Response(exported.data, media_type=exported.media_type, headers=headers)


@router.post("/check-citations")
async def check_citations(draft: DraftText, settings: AppSettings, heavy: Nlp) -> dict:
    """Kiểm tra từng trích dẫn trong dự thảo: có trong kho không (known/unknown/ambiguous), số, ngày,
    cơ quan ban hành, loại văn bản có đúng không, và dòng trích dẫn chuẩn."""
    checked = await heavy.run(service.check_draft, settings, draft.text, draft.jurisdiction)
    return {"jurisdiction": checked.jurisdiction, "citations": [asdict(c) for c in checked.checks]}


@router.get("/search")
def search(
    settings: AppSettings,
    q: Annotated[
        str,
        Query(
            min_length=1,
            max_length=MAX_QUERY_CHARS,
            pattern=NOT_BLANK,
            description="Câu tìm kiếm, có dấu hoặc không dấu.",
        ),
    ],
    type: Annotated[str | None, Query(max_length=NAME_MAX_CHARS)] = None,  # noqa: A002
    issuer: Annotated[str | None, Query(max_length=NAME_MAX_CHARS)] = None,
    year_from: Annotated[int | None, Query(ge=1900, le=2200)] = None,
    year_to: Annotated[int | None, Query(ge=1900, le=2200)] = None,
    body: Annotated[str | None, Query(max_length=NAME_MAX_CHARS)] = None,
    limit: Annotated[int, Query(ge=1, le=100)] = 10,
    undated: Annotated[bool, Query(description="Lọc theo năm mà vẫn giữ văn bản không rõ năm.")] = False,
    jurisdiction: Annotated[str | None, Query(max_length=NAME_MAX_CHARS, description="Địa phương.")] = None,
    has_deadline: Annotated[bool | None, Query(description="Chỉ các đoạn có (true) / không có hạn.")] = None,
    mode: Annotated[Literal["hybrid", "dense", "sparse"], Query(description="Cách xếp hạng.")] = "hybrid",
) -> dict:
    """Tìm các đoạn văn bản theo nghĩa và theo từ (kết hợp), lọc theo loại văn bản, cơ quan ban hành,
    năm, cơ quan được giao việc; kết quả kèm đoạn trích có đánh dấu và đường dẫn mục."""
    query = service.SearchQuery(q, type, issuer, year_from, year_to, body, limit, undated, jurisdiction,
                                has_deadline, mode)
    try:
        results = service.search_passages(service.search_engine(settings), query)
    except ValueError as exc:
        raise HTTPException(status_code=422, detail=f"Câu tìm kiếm không hợp lệ: {exc}") from None
    return {
        "query": q,
        "results": [r.to_dict() for r in results],
        "documents": [
            {"document_id": doc_id, "passages": [r.passage_id for r in hits]}
            for doc_id, hits in group_by_document(results)
        ],
    }


class SimilarDraft(DraftText):
    limit: int = Field(5, ge=1, le=50, description="Số đoạn tiền lệ tối đa.")


@router.post("/similar")
async def similar(draft: SimilarDraft, settings: AppSettings, heavy: Heavy) -> dict:
    """Tiền lệ cho một đoạn dự thảo: các đoạn văn bản gần nghĩa nhất, cơ quan và thời hạn chúng dùng,
    và kết quả kiểm tra các trích dẫn trong đoạn dự thảo."""
    def precedents() -> service.DraftAdvice:
        engine = service.search_engine(settings)
        return service.find_precedents(engine, settings, draft.text, draft.jurisdiction, draft.limit)

    advice = await heavy.run(precedents)
    return {**advice.to_dict(), "citations": [asdict(c) for c in advice.citations]}
