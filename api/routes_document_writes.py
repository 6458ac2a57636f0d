"""Writing to the store through the JSON API: add documents (several files at once) and remove a
stored text. Both need an editor (an API key, or a signed-in editor with the session's CSRF token)."""

from typing import Annotated, Literal

from fastapi import APIRouter, Depends, Header, HTTPException, Path, Request
from pydantic import BaseModel, Field
from starlette.datastructures import UploadFile  # what `request.form()` holds (FastAPI's is a subclass)

from policylink.api import service
from policylink.api.auth import Editor
from policylink.api.deps import AppSettings
from policylink.api.guards import ERROR_RESPONSES, ErrorBody, HeavyWork, heavy_work
from policylink.api.upload_progress import UPLOAD_ID_PATTERN, Step, UploadProgress
from policylink.store.deletion import NotStoredError

router = APIRouter(prefix="/api/v1", responses=ERROR_RESPONSES)
UPLOAD_MAX_FILES = 20  # files in one request; the upload page sends one file per request
FILES_FIELD = "files"
Heavy = Annotated[HeavyWork, Depends(heavy_work)]


async def _upload_progress(request: Request) -> UploadProgress:
    return request.app.state.upload_progress


Progress = Annotated[UploadProgress, Depends(_upload_progress)]
UploadId = Annotated[str | None, Header(
    pattern=UPLOAD_ID_PATTERN,
    description="Mã do trang tải lên tự đặt (8–64 chữ, số, '-' hoặc '_') để hỏi tiến độ tại "
    "GET /api/v1/uploads/{upload_id} trong lúc máy chủ xử lý.",
)]

WRITE_ERRORS: dict[int | str, dict] = {
    401: {"model": ErrorBody, "description": "Chưa đăng nhập, hoặc khóa API sai hay đã thu hồi"},
    403: {"model": ErrorBody, "description": "Tài khoản chỉ có quyền xem, hoặc thiếu mã CSRF của phiên"},
}


class FileOutcome(BaseModel):
    """What happened to one uploaded file, as `policylink ingest` reports it."""

    file: str = Field(description="Tên tệp gửi lên.")
    status: Literal["new", "new_version", "unchanged", "failed"] = Field(
        description="new: văn bản mới · new_version: phiên bản mới của văn bản đã có · "
        "unchanged: đúng tệp đã nạp trước đây · failed: không nạp được (xem `error`)."
    )
    document_id: str | None = None
    version: int | None = None
    sections: int | None = None
    error: str | None = Field(None, description="Lý do không nạp được và cách xử lý, bằng tiếng Việt.")
    indexed: bool = Field(False, description="Đã vào chỉ mục tìm kiếm (false: đang chờ trong hàng đợi).")


class UploadStepReport(BaseModel):
    """The step the server is at with an upload named by `X-Upload-Id`."""

    file: str = Field(description="Tên tệp đang xử lý.")
    step: Step = Field(
        description="read: đang đọc tệp · extract: đang trích xuất · store: đang lưu vào kho · "
        "index: đang lập chỉ mục tìm kiếm · done: đã xong (kết quả ở câu trả lời của POST)."
    )


class UploadReport(BaseModel):
    files: list[FileOutcome]
    failed: int = Field(description="Số tệp không nạp được; các tệp khác vẫn được lưu.")


class DeleteReport(BaseModel):
    document_id: str
    status: Literal["deleted", "reference"] = Field(
        description="deleted: đã xóa hẳn · reference: xóa toàn văn, văn bản còn ở lại trong đồ thị vì được "
        "văn bản khác trích dẫn."
    )
    indexed: bool = Field(description="Chỉ mục tìm kiếm đã cập nhật (false: sẽ cập nhật từ hàng đợi).")


_UPLOAD_BODY = {
    "requestBody": {
        "required": True,
        "content": {
            "multipart/form-data": {
                "schema": {
                    "type": "object",
                    "required": [FILES_FIELD],
                    "properties": {
                        FILES_FIELD: {"type": "array", "items": {"type": "string", "format": "binary"},
                                      "maxItems": UPLOAD_MAX_FILES}
                    },
                }
            }
        },
    }
}


async def _outcome(
    upload: UploadFile, name: str, settings: AppSettings, heavy: Heavy, step: service.StepReport
) -> service.IngestOutcome:
    """One file through the ingest use case, in a heavy-work slot; busy or slow is this file's failure."""
    try:
        service.check_upload_size(upload.size or 0, name, settings)  # before the bytes are read
    except service.UploadTooLarge as exc:
        return service.IngestOutcome(name, "failed", error=str(exc))
    data = await upload.read()
    try:
        return await heavy.run(service.ingest_upload, data, name, settings, step)
    except HTTPException as exc:  # 429 (no slot) or 503 (over time: the file may still be stored)
        later = " Tệp có thể vẫn được lưu khi xử lý xong; hãy xem lại danh sách văn bản sau." \
            if exc.status_code == 503 else ""
        return service.IngestOutcome(name, "failed", error=f"{name}: {exc.detail}{later}")


@router.post(
    "/documents",
    openapi_extra=_UPLOAD_BODY,
    response_model=UploadReport,
    responses={
        **WRITE_ERRORS,
        413: {"model": ErrorBody, "description": "Cả yêu cầu vượt giới hạn dung lượng"},
        422: {"model": ErrorBody, "description": "Không có tệp nào trong trường 'files', hoặc quá nhiều tệp"},
    },
)
async def add_documents(
    request: Request, settings: AppSettings, heavy: Heavy, progress: Progress, _: Editor,
    x_upload_id: UploadId = None,
) -> UploadReport:
    """Nạp một hay nhiều tệp (txt, md, pdf, docx, html) vào kho, như lệnh `policylink ingest`.

    Mỗi tệp được đọc, lưu, trích xuất, liên kết trích dẫn và đưa vào chỉ mục tìm kiếm riêng rẽ;
    tệp hỏng chỉ hỏng một mình (`failed` với lý do), các tệp khác vẫn được lưu. Cần khóa API
    (`Authorization: Bearer …`) hoặc phiên đăng nhập của người biên tập. Với tiêu đề `X-Upload-Id`,
    bước đang làm (đọc, trích xuất, lưu, lập chỉ mục) được hỏi tại `GET /api/v1/uploads/{upload_id}`.
    """
    form = await request.form(max_files=UPLOAD_MAX_FILES + 1)
    uploads = [item for item in form.getlist(FILES_FIELD) if isinstance(item, UploadFile)]
    if not uploads:
        raise HTTPException(422, "Yêu cầu không hợp lệ: chưa có tệp nào trong trường 'files' của biểu mẫu "
                                 "multipart. Hãy chọn ít nhất một tệp.")
    if len(uploads) > UPLOAD_MAX_FILES:
        raise HTTPException(422, f"Gửi tối đa {UPLOAD_MAX_FILES} tệp mỗi lần; hãy chia thành nhiều lần gửi.")
    outcomes = []
    for upload in uploads:
        name = upload.filename or "tep-tai-len"

        def step(current: str, name: str = name) -> None:
            if x_upload_id:
                progress.report(x_upload_id, name, current)

        outcomes.append(await _outcome(upload, name, settings, heavy, step))
        step("done")
    files = [
        FileOutcome(file=o.path, status=o.status, document_id=o.document_id, version=o.version,
                    sections=o.sections, error=o.error, indexed=o.indexed)
        for o in outcomes
    ]
    return UploadReport(files=files, failed=sum(o.status == "failed" for o in outcomes))


UNKNOWN_UPLOAD = "Không có lần tải lên nào với mã này (chưa bắt đầu, hoặc đã xong quá 10 phút)"


@router.get(
    "/uploads/{upload_id}",
    response_model=UploadStepReport,
    responses={**WRITE_ERRORS, 404: {"model": ErrorBody, "description": UNKNOWN_UPLOAD}},
)
def upload_step(
    progress: Progress, _: Editor, upload_id: Annotated[str, Path(pattern=UPLOAD_ID_PATTERN)]
) -> UploadStepReport:
    """Bước máy chủ đang làm với lần tải lên mang tiêu đề `X-Upload-Id` này: đọc tệp, trích xuất,
    lưu, lập chỉ mục, hay đã xong. Trang tải lên hỏi vài lần mỗi giây để hiện tiến độ từng tệp."""
    current = progress.get(upload_id)
    if current is None:
        raise HTTPException(404, "Chưa có tiến độ cho lần tải lên này: máy chủ chưa nhận tệp, hoặc đã xong "
                                 "quá 10 phút. Hãy xem kết quả trong danh sách văn bản.")
    return UploadStepReport(file=current.file, step=current.step)


@router.delete(
    "/documents/{document_id:path}",
    response_model=DeleteReport,
    responses={**WRITE_ERRORS, 404: {"model": ErrorBody, "description": "Không có toàn văn nào với mã này"}},
)
def delete_document(document_id: str, settings: AppSettings, _: Editor) -> DeleteReport:
    """Xóa toàn văn đã nạp của một văn bản khỏi kho, đồ thị trích dẫn và chỉ mục tìm kiếm, như lệnh
    `policylink delete`; văn bản còn được văn bản khác trích dẫn ở lại như một nút trích dẫn."""
    try:
        outcome = service.delete_document(settings, document_id)
    except NotStoredError as exc:
        raise HTTPException(404, str(exc)) from None
    return DeleteReport(document_id=outcome.document_id, status=outcome.status, indexed=outcome.indexed)

