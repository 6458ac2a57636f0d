"""Who a request comes from and what it may do: an API key (`Authorization: Bearer plk_…`), the
server's local token (the command line beside it), or a signed session cookie; writes need the
editor role, and a cookie-signed write also needs the session's CSRF token."""

import hmac
from typing import Annotated

from fastapi import Depends, HTTPException, Request
from fastapi.concurrency import run_in_threadpool
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer

from policylink.api import credentials
from policylink.api.credentials import Principal
from policylink.api.settings import Settings

SESSION_COOKIE = "policylink_session"
CSRF_HEADER = "X-CSRF-Token"
CSRF_FIELD = "csrf"
_bearer = HTTPBearer(auto_error=False, description="Khóa API (`policylink key add TÊN`).")

NEED_SIGN_IN = ("Cần đăng nhập bằng tài khoản biên tập (editor) hoặc gửi khóa API "
                "(Authorization: Bearer …) để thêm hay xóa văn bản.")
NEED_READ = ("Máy chủ này chỉ cho người đã đăng nhập hoặc hệ thống có khóa API xem dữ liệu. "
             "Hãy đăng nhập tại /dang-nhap hoặc gửi khóa API (Authorization: Bearer …).")


def _settings(request: Request) -> Settings:
    return request.app.state.settings


def _unauthorized(detail: str) -> HTTPException:
    return HTTPException(401, detail, headers={"WWW-Authenticate": "Bearer"})


def principal(request: Request) -> Principal | None:
    """The caller, or None when anonymous; raises 401 for a key that is presented but not valid.
    Worked out once per request."""
    if hasattr(request.state, "principal"):
        return request.state.principal
    settings = _settings(request)
    found: Principal | None = None
    scheme, _, token = request.headers.get("authorization", "").partition(" ")
    if scheme.lower() == "bearer" and token.strip():
        token = token.strip()
        local = request.app.state.local_token
        if hmac.compare_digest(token.encode(), local.encode()):
            found = Principal("policylink (dòng lệnh)", "viewer", "local")
        else:
            found = credentials.key_principal(settings, token)
            if found is None:
                raise _unauthorized("Khóa API không đúng hoặc đã bị thu hồi. Hãy tạo khóa mới bằng lệnh "
                                    "`policylink key add TÊN`.")
    elif cookie := request.cookies.get(SESSION_COOKIE):
        session = credentials.read_session(credentials.secret_key(settings), cookie)
        if session:
            found = credentials.user_principal(settings, *session)
    request.state.principal = found
    return found


def signed_in(request: Request) -> Principal | None:
    """The signed-in person (or key) for the pages' navigation; None for anyone else."""
    try:
        return principal(request)
    except HTTPException:
        return None


def viewer_refused(who: Principal, purpose: str) -> HTTPException:
    """403 for a caller with the viewer role only; `purpose` says what the editor role is needed for."""
    return HTTPException(403, f"'{who.name}' chỉ có quyền xem; cần vai trò biên tập (editor) "
                              f"{purpose}. Hãy nhờ người quản trị cấp quyền.")


async def _csrf_token_sent(request: Request) -> str:
    if token := request.headers.get(CSRF_HEADER):
        return token
    if request.headers.get("content-type", "").startswith(("multipart/form-data",
                                                            "application/x-www-form-urlencoded")):
        value = (await request.form()).get(CSRF_FIELD)
        return value if isinstance(value, str) else ""
    return ""


async def require_editor(
    request: Request, _: Annotated[HTTPAuthorizationCredentials | None, Depends(_bearer)] = None
) -> Principal:
    """A caller allowed to write: 401 when anonymous, 403 for a viewer or a cookie without the
    session's CSRF token (a page elsewhere cannot post here on a signed-in person's behalf)."""
    who = principal(request)
    if who is None:
        raise _unauthorized(NEED_SIGN_IN)
    if not who.may_write:
        raise viewer_refused(who, "để thêm hay xóa văn bản")
    if who.kind == "user":
        sent = await _csrf_token_sent(request)
        if not (who.csrf and sent and hmac.compare_digest(sent, who.csrf)):
            raise HTTPException(403, "Thiếu hoặc sai mã chống giả mạo (CSRF) của phiên đăng nhập. "
                                     "Hãy tải lại trang rồi thử lại.")
    return who


async def require_reader(request: Request) -> Principal | None:
    """Anyone while reads are open (the default); with POLICYLINK_PRIVATE_READS a viewer or editor.
    On the event loop (no thread hop, `deps`); a presented key or session is looked up in the store
    in a worker thread."""
    presented = "authorization" in request.headers or SESSION_COOKIE in request.cookies
    who = await run_in_threadpool(principal, request) if presented else principal(request)
    if _settings(request).private_reads and who is None:
        raise _unauthorized(NEED_READ)
    return who


Editor = Annotated[Principal, Depends(require_editor)]
READERS = [Depends(require_reader)]
