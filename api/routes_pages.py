"""The web pages, in Vietnamese: documents, one document, the citation graph, extraction, drafting."""

import base64
import json
from collections import Counter
from functools import partial
from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request, UploadFile
from fastapi.responses import HTMLResponse, Response

from policylink.api import service
from policylink.api.auth import READERS
from policylink.api.deps import AppSettings
from policylink.api.exports import tasks_csv
from policylink.api.guards import DRAFT_MAX_CHARS, HeavyWork, error_response, heavy_work, nlp_work
from policylink.api.markup import extraction_marks, marked_text
from policylink.api.templating import TEMPLATES
from policylink.core.vietnamese import slugify
from policylink.graph import queries
from policylink.graph.build import CitationGraph
from policylink.graph.render import RenderError
from policylink.graph.validity import validities, validity_of
from policylink.ingest.model import IngestError
from policylink.search.retrieval import group_by_document

router = APIRouter(include_in_schema=False, dependencies=READERS)
_CLI_ADVICE = "Xem danh sách bằng lệnh `policylink list`."


def _page(request: Request, template: str, status_code: int = 200, **context) -> HTMLResponse:
    return TEMPLATES.TemplateResponse(request, template, context, status_code=status_code)


def document_not_found(request: Request, doc_id: str) -> HTMLResponse:
    message = f"Không tìm thấy văn bản có mã '{doc_id}'. Hãy chọn văn bản từ danh sách."
    return _page(request, "error.html", 404, title="Không tìm thấy văn bản", message=message)


def _lineage_svg(graph: CitationGraph, doc_id: str) -> str | None:
    try:
        return service.svg_for_page(service.export_graph(graph, "svg", doc_id).data)
    except RenderError:
        return None


def _marked_extraction(extraction: dict) -> dict:
    """A contract v1 extraction's text with its facts marked and its sections anchored
    (`muc-<id>`), and the bodies it names, the most frequent first."""
    anchors = {s["start"]: f"muc-{s['id']}" for s in extraction["sections"]}
    return {
        "text_html": marked_text(extraction["document"]["text"], extraction_marks(extraction), anchors),
        "bodies": Counter(b["canonical"] for b in extraction["bodies"]).most_common(),
    }


def _document_context(settings: AppSettings, doc_id: str) -> dict | None:
    view = service.get_document(settings, doc_id)
    if view is None:
        return None
    graph = service.citation_graph(settings)
    extraction = service.stored_extraction(settings, doc_id)
    context = {
        "record": view.record,
        "version": view.version,
        "extraction": extraction,
        "cited_by": [(graph.record(s), r) for s, r, _ in queries.cited_by(graph, doc_id)],
        "lineage_svg": _lineage_svg(graph, doc_id),
        "validity": validity_of(graph, doc_id),
        "records": {r.id: r for r in graph.records()},
    }
    if extraction:
        context.update(_marked_extraction(extraction))
    return context


def _document_view(request: Request, settings: AppSettings, doc_id: str, template: str) -> HTMLResponse:
    context = _document_context(settings, doc_id)
    if context is None:
        return document_not_found(request, doc_id)
    return _page(request, template, **context)


@router.get("/van-ban/{doc_id:path}", response_class=HTMLResponse)
def document_page(request: Request, doc_id: str, settings: AppSettings) -> HTMLResponse:
    return _document_view(request, settings, doc_id, "document.html")


@router.get("/tai-lieu/{doc_id:path}", response_class=HTMLResponse)
def handout_page(request: Request, doc_id: str, settings: AppSettings) -> HTMLResponse:
    """A printable teaching handout: facts, sections, tasks, lineage picture, citations."""
    return _document_view(request, settings, doc_id, "handout.html")


@router.get("/xuat/nhiem-vu/{doc_id:path}", response_model=None)
def tasks_export(request: Request, doc_id: str, settings: AppSettings) -> Response:
    extraction = service.stored_extraction(settings, doc_id)
    if extraction is None:
        if service.get_document(settings, doc_id) is None:
            return document_not_found(request, doc_id)
        message = f"Văn bản '{doc_id}' chưa có toàn văn trong kho nên chưa có danh sách nhiệm vụ."
        return _page(request, "error.html", 404, title="Chưa có toàn văn", message=message)
    name = slugify(extraction["document"]["key"] or doc_id)
    headers = {"Content-Disposition": f'attachment; filename="nhiem-vu-{name}.csv"'}
    return Response(tasks_csv(extraction), media_type="text/csv; charset=utf-8", headers=headers)


def _extraction_view(extraction: dict) -> dict:
    encoded = base64.b64encode(json.dumps(extraction, ensure_ascii=False, indent=2).encode("utf-8"))
    return {
        "extraction": extraction,
        **_marked_extraction(extraction),
        "json_href": "data:application/json;charset=utf-8;base64," + encoded.decode("ascii"),
    }


@router.get("/trich-xuat", response_class=HTMLResponse)
def extraction_form(request: Request) -> HTMLResponse:
    return _page(request, "extract.html", text="")


@router.post("/trich-xuat", response_class=HTMLResponse)
async def extraction_result(
    request: Request,
    settings: AppSettings,
    heavy: Annotated[HeavyWork, Depends(nlp_work)],
    text: Annotated[str, Form()] = "",
    file: Annotated[UploadFile | None, Form()] = None,
) -> HTMLResponse:
    has_file = file is not None and bool(file.filename)
    if not has_file and not text.strip():
        message = "Hãy dán nội dung văn bản hoặc chọn một tệp (txt, md, pdf, docx, html)."
        return _page(request, "extract.html", 422, text=text, error=message)
    try:
        if has_file:
            service.check_upload_size(file.size or 0, file.filename, settings)
            data = await file.read()
            result = await heavy.run(service.extract_bytes, data, file.filename, settings)
        else:
            result = await heavy.run(service.extract_text, text, None, settings)
    except service.UploadTooLarge as exc:
        return _page(request, "extract.html", 413, text=text, error=str(exc))
    except IngestError as exc:
        return _page(request, "extract.html", 422, text=text, error=f"Không đọc được văn bản: {exc}")
    return _page(request, "extract.html", text=text, **_extraction_view(result.to_dict()))


def _draft_page(
    request: Request, settings: AppSettings, text: str, jurisdiction: str | None, submitted: bool = False
) -> HTMLResponse:
    """The drafting form; a local symbol's place is the one chosen, else the draft's own (never a
    guessed default)."""
    graph = service.citation_graph(settings)
    places = service.known_jurisdictions(graph)
    context = {"text": text, "places": places, "jurisdiction": jurisdiction or ""}
    if submitted and not text.strip():
        message = "Hãy dán đoạn dự thảo cần kiểm tra vào ô bên dưới rồi bấm “Kiểm tra và tìm tiền lệ”."
        return _page(request, "draft.html", 422, error=message, **context)
    if text.strip():
        engine = service.search_engine(settings)
        advice = service.find_precedents(engine, settings, text, jurisdiction or None)
        context.update(
            advice=advice,
            precedents=group_by_document(advice.precedents),
            records={r.id: r for r in graph.records()},
        )
    return _page(request, "draft.html", **context)


def _year(value: str, label: str) -> int | None:
    """A year typed in the form, None when left empty; ValueError says what is wrong."""
    value = value.strip()
    if not value:
        return None
    if not (value.isdigit() and len(value) == 4):
        raise ValueError(f"{label} phải là một năm gồm 4 chữ số (ví dụ 2016), không phải “{value}”.")
    return int(value)


@router.get("/tra-cuu", response_class=HTMLResponse, response_model=None)
def search_page(
    request: Request,
    settings: AppSettings,
    q: str = "",
    type: str = "",  # noqa: A002
    issuer: str = "",
    year_from: str = "",
    year_to: str = "",
    body: str = "",
    undated: str = "",
) -> Response:
    documents = service.list_documents(settings)
    form = {"q": q, "type": type, "issuer": issuer, "year_from": year_from, "year_to": year_to, "body": body}
    context = {
        "form": {**form, "undated": bool(undated)},
        "types": sorted({d.doc_type for d in documents if d.doc_type and d.ingested}),
        "issuers": sorted({d.issuer for d in documents if d.issuer and d.ingested}),
        "records": {d.id: d for d in documents},
        "changed": validities(service.citation_graph(settings)),
    }
    if q.strip():
        try:
            years = _year(year_from, "“Từ năm”"), _year(year_to, "“Đến năm”")
            query = service.SearchQuery(
                q, type or None, issuer or None, *years, body or None, limit=20, undated=bool(undated)
            )
            results = service.search_passages(service.search_engine(settings), query)
        except ValueError as exc:
            return _page(request, "search.html", 422, error=str(exc), **context)
        context.update(groups=group_by_document(results), total=len(results))
    return _page(request, "search.html", **context)


@router.get("/soan-thao", response_class=HTMLResponse)
def draft_form(request: Request, settings: AppSettings) -> HTMLResponse:
    return _draft_page(request, settings, "", None)


@router.post("/soan-thao", response_class=HTMLResponse, response_model=None)
async def draft_result(
    request: Request,
    settings: AppSettings,
    heavy: Annotated[HeavyWork, Depends(heavy_work)],
    text: Annotated[str, Form()] = "",
    jurisdiction: Annotated[str, Form()] = "",
) -> Response:
    if len(text) > DRAFT_MAX_CHARS:
        message = f"Dự thảo dài {len(text):,} ký tự; giới hạn là {DRAFT_MAX_CHARS:,}. ".replace(",", ".")
        return error_response(request, 422, message + "Hãy kiểm tra từng phần của dự thảo.")
    return await heavy.run(partial(_draft_page, submitted=True), request, settings, text, jurisdiction)
