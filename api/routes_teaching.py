"""Teaching exports of a document or of its lineage: a Word handout and PowerPoint slides."""

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import Response

from policylink.api import teaching
from policylink.api.auth import READERS
from policylink.api.deps import AppSettings
from policylink.api.guards import error_response
from policylink.api.routes_pages import document_not_found
from policylink.api.teaching_docx import handout_docx
from policylink.api.teaching_pptx import slides_pptx
from policylink.core.vietnamese import slugify

router = APIRouter(include_in_schema=False, dependencies=READERS)
_FORMATS = {
    "docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", handout_docx),
    "pptx": ("application/vnd.openxmlformats-officedocument.presentationml.presentation", slides_pptx),
}


@router.get("/xuat/giang-day/{doc_id:path}", response_model=None)
async def teaching_export(
    request: Request, doc_id: str, settings: AppSettings, format: str = "docx", scope: str = "document"  # noqa: A002
) -> Response:
    if format not in _FORMATS or scope not in teaching.SCOPES:
        message = "Hãy chọn định dạng docx (Word) hoặc pptx (PowerPoint), phạm vi document hoặc lineage."
        return error_response(request, 422, message, title="Yêu cầu không hợp lệ")
    lesson = await run_in_threadpool(teaching.lesson, settings, doc_id, scope)
    if lesson is None:
        return document_not_found(request, doc_id)
    media_type, write = _FORMATS[format]
    data = await run_in_threadpool(write, lesson)
    stem = ("dong-van-ban-" if scope == "lineage" else "bai-giang-") + slugify(lesson.name)[:60]
    headers = {"Content-Disposition": f'attachment; filename="{stem}.{format}"'}
    return Response(data, media_type=media_type, headers=headers)
