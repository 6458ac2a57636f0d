"""Teaching exports of a document or of its lineage: a Word handout and PowerPoint slides."""

from fastapi import APIRouter, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.responses import HTMLResponse, Response

from policylink.api import teaching
from policylink.api.deps import AppSettings
from policylink.api.teaching_docx import handout_docx
from policylink.api.teaching_pptx import slides_pptx
from policylink.api.templating import TEMPLATES
from policylink.core.vietnamese import slugify

router = APIRouter(include_in_schema=False)
_FORMATS = {
    "docx": ("application/vnd.openxmlformats-officedocument.wordprocessingml.document", handout_docx),
    "pptx": ("application/vnd.openxmlformats-officedocument.presentationml.presentation", slides_pptx),
}


def _error(request: Request, status: int, title: str, message: str) -> HTMLResponse:
    context = {"title": title, "message": message}
    return TEMPLATES.TemplateResponse(request, "error.html", context, status_code=status)


@router.get("/xuat/giang-day/{doc_id:path}", response_model=None)
async def teaching_export(
    request: Request, doc_id: str, settings: AppSettings, format: str = "docx", scope: str = "document"  # noqa: A002
) -> Response:
    if format not in _FORMATS or scope not in teaching.SCOPES:
        message = "Hãy chọn định dạng docx (Word) hoặc pptx (PowerPoint), phạm vi document hoặc lineage."
        return _error(request, 422, "Yêu cầu không hợp lệ", message)
    lesson = await run_in_threadpool(teaching.lesson, settings, doc_id, scope)
    if lesson is None:
        message = f"Không tìm thấy văn bản có mã '{doc_id}'. Hãy chọn văn bản từ danh sách."
        return _error(request, 404, "Không tìm thấy văn bản", message)
    media_type, write = _FORMATS[format]
    data = await run_in_threadpool(write, lesson)
    stem = ("dong-van-ban-" if scope == "lineage" else "bai-giang-") + slugify(lesson.name)[:60]
    headers = {"Content-Disposition": f'attachment; filename="{stem}.{format}"'}
    return Response(data, media_type=media_type, headers=headers)
