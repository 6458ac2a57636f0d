"""Signing in and out, and the editors' pages: upload (it posts each file to `POST /api/v1/documents`)
and deletion of a document from its page."""

import hmac
import secrets
from typing import Annotated

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response

from policylink.api import credentials, service
from policylink.api.auth import CSRF_FIELD, SESSION_COOKIE, Editor, principal, viewer_refused
from policylink.api.deps import AppSettings
from policylink.api.routes_document_writes import UPLOAD_MAX_FILES
from policylink.api.sign_in_limits import SignInLimits
from policylink.api.templating import TEMPLATES, document_url
from policylink.store.deletion import NotStoredError

router = APIRouter(include_in_schema=False)
LOGIN_COOKIE = "policylink_login"  # the sign-in form's CSRF token, sent back with the form


def _safe_next(target: str) -> str:
    """Only a path of this site (never `//elsewhere`): a sign-in link cannot send people away."""
    return target if target.startswith("/") and not target.startswith("//") else "/"


def _login_page(
    request: Request, target: str, status_code: int = 200, error: str | None = None, name: str = ""
) -> Response:
    token = secrets.token_urlsafe(24)
    context = {"next": _safe_next(target), "csrf": token, "error": error, "name": name}
    page = TEMPLATES.TemplateResponse(request, "login.html", context, status_code=status_code)
    page.set_cookie(LOGIN_COOKIE, token, httponly=True, samesite="strict", path="/dang-nhap")
    return page


@router.get("/dang-nhap", response_class=HTMLResponse)
def login_form(request: Request, next: str = "/") -> Response:  # noqa: A002
    return _login_page(request, next)


@router.post("/dang-nhap", response_class=HTMLResponse)
def login(
    request: Request,
    settings: AppSettings,
    name: Annotated[str, Form(max_length=100)] = "",
    password: Annotated[str, Form(max_length=1000)] = "",
    csrf: Annotated[str, Form(max_length=100)] = "",
    next: Annotated[str, Form(max_length=2000)] = "/",  # noqa: A002
) -> Response:
    expected = request.cookies.get(LOGIN_COOKIE, "")
    if not (expected and hmac.compare_digest(csrf, expected)):
        return _login_page(request, next, 403, "Biểu mẫu đã hết hạn hoặc không gửi từ trang này. "
                                               "Hãy nhập lại tên và mật khẩu.")
    if not name.strip() or not password:
        return _login_page(request, next, 422, "Hãy nhập tên đăng nhập và mật khẩu.")
    limits: SignInLimits = request.app.state.sign_in_limits
    address = request.client.host if request.client else "unknown"
    wait = limits.wait_seconds(name.strip(), address)
    if wait:
        page = _login_page(request, next, 429, f"Đã nhập sai mật khẩu quá nhiều lần. Hãy thử lại sau "
                                                f"{-(-wait // 60)} phút.", name.strip())
        page.headers["Retry-After"] = str(wait)
        return page
    who = credentials.sign_in(settings, name.strip(), password)
    if who is None:
        limits.failed(name.strip(), address)
        return _login_page(request, next, 401, "Tên đăng nhập hoặc mật khẩu không đúng.", name.strip())
    limits.succeeded(name.strip())
    response = RedirectResponse(_safe_next(next), status_code=303)
    response.set_cookie(
        SESSION_COOKIE,
        credentials.session_cookie(credentials.secret_key(settings), who.name),
        max_age=credentials.SESSION_SECONDS,
        httponly=True,
        samesite="lax",
        secure=request.url.scheme == "https",
    )
    response.delete_cookie(LOGIN_COOKIE, path="/dang-nhap")
    return response


@router.post("/dang-xuat")
def logout(request: Request, csrf: Annotated[str, Form(max_length=100)] = "") -> Response:
    who = principal(request)
    if who is not None and who.csrf and not hmac.compare_digest(csrf, who.csrf):
        raise HTTPException(403, "Thiếu mã chống giả mạo (CSRF) của phiên; hãy tải lại trang rồi đăng xuất.")
    response = RedirectResponse("/", status_code=303)
    response.delete_cookie(SESSION_COOKIE)
    return response


@router.get("/tai-len", response_class=HTMLResponse)
def upload_page(request: Request) -> Response:
    """Several files at once, dragged in or chosen; anonymous people are sent to sign in first."""
    who = principal(request)
    if who is None:
        return RedirectResponse("/dang-nhap?next=/tai-len", status_code=303)
    if not who.may_write:
        raise viewer_refused(who, "để tải văn bản lên")
    context = {"csrf": who.csrf or "", "csrf_field": CSRF_FIELD, "max_files": UPLOAD_MAX_FILES}
    return TEMPLATES.TemplateResponse(request, "upload.html", context)


@router.post("/xoa-van-ban")
def delete_from_page(
    settings: AppSettings, _: Editor, document_id: Annotated[str, Form(min_length=1, max_length=500)]
) -> Response:
    """The document page's delete button: the same use case as `DELETE /api/v1/documents/{id}`.
    A text still cited elsewhere stays as a citation node, so its page remains; otherwise the list."""
    try:
        outcome = service.delete_document(settings, document_id)
    except NotStoredError as exc:
        raise HTTPException(404, str(exc)) from None
    target = document_url(outcome.document_id) if outcome.status == "reference" else "/"
    return RedirectResponse(target, status_code=303)
