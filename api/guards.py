"""What keeps the server answering under hostile or heavy requests: body limits, the media types
each endpoint reads, a bounded number of heavy requests at a time with a time limit, and every
error — the framework's own included — in Vietnamese (JSON under /api/, a page elsewhere)."""

import asyncio
import threading
import time
from collections import deque
from collections.abc import Callable
from http import HTTPStatus
from typing import Any, TypeVar

from fastapi import HTTPException, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from policylink.api.settings import Settings
from policylink.api.templating import TEMPLATES
from policylink.api.validation import vietnamese_detail

T = TypeVar("T")
Start = Callable[[Callable[..., Any], tuple], "asyncio.Future[Any]"]
FORM_BODY_BYTES = 4 * 1024 * 1024  # JSON and pasted forms (a 1,000,000-character text fits)
DRAFT_MAX_CHARS = 100_000  # a draft checked or compared at once (~30 pages)
UPLOAD_PATHS = ("/api/v1/extract", "/trich-xuat")  # file uploads: the file size limit applies
DOCUMENTS_PATH = "/api/v1/documents"  # several files at once: each over the limit fails alone
BATCH_BODY_FILES = 4  # a request adding documents may carry up to 4 times the file limit
_JSON_ONLY = ("/api/v1/check-citations", "/api/v1/similar")

_FRAMEWORK_MESSAGES = {
    400: "Yêu cầu không đọc được (nội dung hoặc biểu mẫu multipart hỏng). Kiểm tra lại dữ liệu gửi lên.",
    404: "Không có địa chỉ này. Xem các địa chỉ API tại /docs, hoặc về trang chủ /.",
    405: "Địa chỉ này không nhận phương thức {method}. Xem phương thức đúng tại /docs.",
    406: "Không trả được định dạng được yêu cầu.",
    413: "Nội dung gửi lên quá lớn.",
    415: "Kiểu nội dung không được hỗ trợ.",
}


class ErrorBody(BaseModel):
    """Every error of the JSON API: one Vietnamese sentence saying what is wrong and what to do."""

    detail: str = Field(description="Lỗi gì và cách xử lý, bằng tiếng Việt.")


ERROR_RESPONSES: dict[int | str, dict[str, Any]] = {
    code: {"model": ErrorBody, "description": text}
    for code, text in {
        400: "Nội dung gửi lên không đọc được (không phải UTF-8, multipart hỏng)",
        401: "Cần đăng nhập hoặc khóa API (để ghi; để đọc khi máy chủ đặt POLICYLINK_PRIVATE_READS)",
        404: "Không có văn bản hoặc địa chỉ này",
        405: "Sai phương thức HTTP",
        413: "Nội dung gửi lên vượt giới hạn dung lượng",
        415: "Kiểu nội dung không đúng (JSON hoặc multipart)",
        422: "Dữ liệu gửi lên không hợp lệ (trống, quá dài, sai kiểu, tệp không đọc được)",
        429: "Máy chủ đang bận xử lý các yêu cầu nặng khác; thử lại sau Retry-After giây",
        503: "Xử lý quá thời hạn hoặc chỉ mục đang bận; thử lại sau Retry-After giây",
    }.items()
}


def _is_api(request: Request) -> bool:
    return request.url.path.startswith("/api/")


def error_response(
    request: Request, status: int, detail: str, headers: dict | None = None, title: str | None = None
) -> Response:
    """JSON `{"detail": ...}` for the API, the error page for people (`title`, else one by status)."""
    if _is_api(request):
        return JSONResponse({"detail": detail}, status_code=status, headers=headers)
    titles = {401: "Cần đăng nhập", 403: "Không có quyền", 404: "Không tìm thấy trang",
              413: "Nội dung quá lớn", 429: "Máy chủ đang bận"}
    title = title or titles.get(status, "Không xử lý được yêu cầu")
    context = {"title": title, "message": detail, "status": status}
    return TEMPLATES.TemplateResponse(request, "error.html", context, status_code=status, headers=headers)


async def http_error(request: Request, exc: StarletteHTTPException) -> Response:
    """Our own HTTPExceptions carry Vietnamese already; the framework's (404, 405, a broken
    multipart body, "There was an error parsing the body") are put into Vietnamese here."""
    detail = exc.detail if isinstance(exc.detail, str) else str(exc.detail)
    ours = isinstance(exc, HTTPException) and detail != "There was an error parsing the body"
    if not ours or detail == HTTPStatus(exc.status_code).phrase:
        detail = _FRAMEWORK_MESSAGES.get(exc.status_code, "Yêu cầu không xử lý được ({code}).")
        detail = detail.format(method=request.method, code=exc.status_code)
    return error_response(request, exc.status_code, detail, getattr(exc, "headers", None))


async def validation_error(request: Request, exc: RequestValidationError) -> Response:
    return error_response(request, 422, vietnamese_detail(exc.errors()))


def _too_large_message(limit: int, upload: bool) -> str:
    size = f"{limit / (1024 * 1024):.0f} MB"
    if upload:
        return (f"Nội dung gửi lên vượt giới hạn {size}. Hãy tách văn bản thành các tệp nhỏ hơn, "
                "hoặc nhờ người quản trị máy chủ nâng giới hạn.")
    return f"Nội dung gửi lên vượt giới hạn {size} cho địa chỉ này. Hãy gửi đoạn văn ngắn hơn."


def _media_problem(method: str, path: str, content_type: str) -> str | None:
    """Why the body's media type is refused, or None; a JSON endpoint never reads `text/plain`
    (a form any web page can post cross-site without asking the browser first)."""
    media = content_type.split(";", 1)[0].strip().lower()
    if path in _JSON_ONLY and media != "application/json":
        return f"Địa chỉ này chỉ nhận JSON (Content-Type: application/json), không nhận '{media or 'trống'}'."
    if method == "POST" and path == DOCUMENTS_PATH and media != "multipart/form-data":
        return f"Địa chỉ này nhận tệp trong biểu mẫu multipart/form-data, không nhận '{media or 'trống'}'."
    if path == UPLOAD_PATHS[0] and media not in {"application/json", "multipart/form-data"}:
        return (f"Địa chỉ này nhận JSON (application/json) hoặc tệp trong biểu mẫu multipart/form-data, "
                f"không nhận '{media or 'trống'}'.")
    return None


class RequestGuard:
    """ASGI middleware: refuses a body over its limit (from Content-Length before reading, or
    while it streams) and a body of the wrong media type, before any route reads it."""

    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        self.app = app
        self.settings = settings

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http" or scope["method"] in {"GET", "HEAD", "OPTIONS"}:
            await self.app(scope, receive, send)
            return
        request = Request(scope)
        batch = scope["path"] == DOCUMENTS_PATH and scope["method"] == "POST"
        upload = batch or scope["path"] in UPLOAD_PATHS
        # uploads: the route names the file over `max_file_bytes`; this backstop stops bodies past twice
        # that (past BATCH_BODY_FILES times that for several files)
        limit = (BATCH_BODY_FILES if batch else 2) * self.settings.max_file_bytes + 64 * 1024
        limit = limit if upload else FORM_BODY_BYTES
        problem = _media_problem(scope["method"], scope["path"], request.headers.get("content-type", ""))
        if problem:
            await error_response(request, 415, problem)(scope, receive, send)
            return
        declared = request.headers.get("content-length", "")
        if declared.isdigit() and int(declared) > limit:
            await error_response(request, 413, _too_large_message(limit, upload))(scope, receive, send)
            return
        received = 0

        async def counted() -> Message:
            nonlocal received
            message = await receive()
            received += len(message.get("body", b""))
            if received > limit:  # raised into the route's read; the exception handlers answer
                raise HTTPException(413, _too_large_message(limit, upload))
            return message

        await self.app(scope, counted, send)


class HeavyWork:
    """At most `slots` heavy requests (extraction, citation check, precedents) run at a time; a
    request waits up to `wait_s` for a slot (then 429) and gets `timeout_s` to finish (then 503).
    A timed-out computation keeps its slot until it ends, so the bound holds. Waiting
    requests take the slots first come, first served: when every waiter polled for a freed slot,
    the unlucky ones waited past `wait_s` while others waited a fraction of it."""

    POLL_S = 0.01  # how often the first waiter looks for a free slot

    def __init__(self, slots: int, wait_s: float, timeout_s: float, start: Start | None = None) -> None:
        """`start(work, args)` begins `work(*args)` elsewhere and returns its future: by default a
        thread of the event loop's pool; the NLP worker processes' `start` (api/nlp_worker.py)."""
        self._start = start or _in_thread
        self._slots = threading.Semaphore(slots)
        self._queue: deque[object] = deque()  # waiting requests, first come first
        self._queue_lock = threading.Lock()
        self.wait_s = wait_s
        self.timeout_s = timeout_s

    def _retry_after(self) -> dict[str, str]:
        return {"Retry-After": str(max(1, round(self.timeout_s / 4)))}

    def _first_takes_slot(self, turn: object) -> bool:
        with self._queue_lock:
            return self._queue[0] is turn and self._slots.acquire(blocking=False)

    async def _wait_for_slot(self) -> None:
        deadline = time.monotonic() + self.wait_s
        turn = object()
        with self._queue_lock:
            self._queue.append(turn)
        try:
            while not self._first_takes_slot(turn):
                if time.monotonic() >= deadline:
                    raise HTTPException(
                        429,
                        "Máy chủ đang xử lý nhiều yêu cầu nặng cùng lúc. Hãy thử lại sau ít giây.",
                        headers=self._retry_after(),
                    )
                await asyncio.sleep(self.POLL_S)
        finally:
            with self._queue_lock:
                self._queue.remove(turn)

    def _ended(self, done: asyncio.Future) -> None:
        self._slots.release()
        done.cancelled() or done.exception()  # read: never "exception was never retrieved"

    async def run(self, work: Callable[..., T], *args: Any) -> T:
        await self._wait_for_slot()
        try:
            future = self._start(work, args)
        except BaseException:
            self._slots.release()
            raise
        future.add_done_callback(self._ended)
        try:
            return await asyncio.wait_for(asyncio.shield(future), self.timeout_s)
        except TimeoutError:
            raise HTTPException(
                503,
                f"Xử lý vượt thời hạn {self.timeout_s:g} giây. Hãy gửi văn bản ngắn hơn hoặc thử lại sau.",
                headers=self._retry_after(),
            ) from None


def _in_thread(work: Callable[..., T], args: tuple) -> "asyncio.Future[T]":
    return asyncio.get_running_loop().run_in_executor(None, work, *args)


async def heavy_work(request: Request) -> HeavyWork:
    return request.app.state.heavy_work


async def nlp_work(request: Request) -> HeavyWork:
    """Extractions and citation checks: the NLP worker processes' queue when the server has them
    (`POLICYLINK_NLP_WORKERS`), else the heavy work's own."""
    return request.app.state.nlp_work
