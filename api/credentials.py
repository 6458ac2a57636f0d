"""Passwords, API keys and session cookies: how they are made, stored (as hashes only) and checked.

- A password is kept as `scrypt$n$r$p$salt$hash` (hashlib.scrypt, a random 16-byte salt).
- An API key reads `plk_<id>_<secret>`; the store keeps the id and the SHA-256 of the secret, so
  a key is shown once, when it is made, and a lost key is replaced, not recovered.
- A session cookie is `<payload>.<HMAC-SHA256>` signed with the server's secret key; the payload
  names the user, a CSRF token for the forms, and when the session ends.
"""

import base64
import functools
import hashlib
import hmac
import json
import os
import secrets
import time
from dataclasses import dataclass
from pathlib import Path

from policylink.api.settings import Settings
from policylink.store.accounts import (
    Account,
    add_api_key,
    add_user,
    get_api_key,
    get_user,
)
from policylink.store.database import open_store, writing
from policylink.store.schema import ROLES

SESSION_SECONDS = 12 * 3600
_SCRYPT = {"n": 2**14, "r": 8, "p": 1}
_KEY_PREFIX = "plk_"


@dataclass(frozen=True)
class Principal:
    """Who makes a request: a signed-in person or a system with a key, with its role."""

    name: str
    role: str  # viewer | editor
    kind: str  # user | key | local (the command line beside the server, through its token)
    csrf: str | None = None  # the session's CSRF token (users only)

    @property
    def may_write(self) -> bool:
        return self.role == "editor"


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).decode("ascii").rstrip("=")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def hash_password(password: str) -> str:
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, dklen=32, **_SCRYPT)
    return f"scrypt${_SCRYPT['n']}${_SCRYPT['r']}${_SCRYPT['p']}${_b64(salt)}${_b64(digest)}"


def password_matches(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
        if scheme != "scrypt":
            return False
        found = hashlib.scrypt(password.encode("utf-8"), salt=_unb64(salt), n=int(n), r=int(r), p=int(p),
                               dklen=len(_unb64(digest)))
    except ValueError:
        return False
    return hmac.compare_digest(found, _unb64(digest))


def _check_role(role: str) -> None:
    if role not in ROLES:
        raise ValueError(f"Vai trò '{role}' không có; chọn một trong: {', '.join(ROLES)}.")


def create_user(settings: Settings, name: str, password: str, role: str) -> None:
    """Raises ValueError (Vietnamese) for a bad name, a short password or a taken name."""
    _check_role(role)
    if not name.strip() or len(name) > 100 or any(c.isspace() for c in name):
        raise ValueError("Tên đăng nhập phải có từ 1 đến 100 ký tự và không chứa khoảng trắng.")
    if len(password) < 8:
        raise ValueError("Mật khẩu phải có ít nhất 8 ký tự.")
    with writing(open_store(settings.database_url)) as conn:
        add_user(conn, name, hash_password(password), role)


def sign_in(settings: Settings, name: str, password: str) -> Principal | None:
    with open_store(settings.database_url).connect() as conn:
        user = get_user(conn, name)
    if user is None:
        hash_password(password)  # the same work as a wrong password: no hint that the name is unknown
        return None
    return Principal(user.name, user.role, "user") if password_matches(password, user.secret_hash) else None


def _secret_hash(secret: str) -> str:
    return hashlib.sha256(secret.encode("ascii")).hexdigest()


def create_api_key(settings: Settings, name: str, role: str = "editor") -> str:
    """A new key for a system named `name`; the key itself is returned once and never stored."""
    _check_role(role)
    key_id, secret = secrets.token_hex(6), secrets.token_urlsafe(32)
    with writing(open_store(settings.database_url)) as conn:
        add_api_key(conn, key_id, name, _secret_hash(secret), role)
    return f"{_KEY_PREFIX}{key_id}_{secret}"


def key_principal(settings: Settings, key: str) -> Principal | None:
    """The system a presented key belongs to, or None for an unknown, revoked or malformed key."""
    if not key.startswith(_KEY_PREFIX) or key.count("_") < 2:
        return None
    key_id, secret = key[len(_KEY_PREFIX):].split("_", 1)
    with open_store(settings.database_url).connect() as conn:
        found: Account | None = get_api_key(conn, key_id)
    if found is None or not hmac.compare_digest(found.secret_hash, _secret_hash(secret)):
        return None
    return Principal(found.name, found.role, "key")


def user_principal(settings: Settings, name: str, csrf: str) -> Principal | None:
    """A signed-in user as the store knows them now (a removed user's session stops working)."""
    with open_store(settings.database_url).connect() as conn:
        user = get_user(conn, name)
    return Principal(user.name, user.role, "user", csrf) if user else None


@functools.cache
def secret_key(settings: Settings) -> bytes:
    """POLICYLINK_SECRET_KEY, else a random key made once in the data folder (owner-only file).
    Read once per process: every signed-in request checks its cookie with it."""
    if settings.secret_key:
        return settings.secret_key.encode("utf-8")
    path = settings.data_dir / "secret.key"
    if not path.exists():
        path.parent.mkdir(parents=True, exist_ok=True)
        try:
            fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        except FileExistsError:  # another process made it meanwhile
            pass
        else:
            with os.fdopen(fd, "w") as handle:
                handle.write(secrets.token_urlsafe(48))
    return Path(path).read_text().strip().encode("utf-8")


def _signature(key: bytes, payload: str) -> str:
    return _b64(hmac.new(key, payload.encode("ascii"), hashlib.sha256).digest())


def session_cookie(key: bytes, name: str) -> str:
    """A signed session for `name` with a fresh CSRF token."""
    payload = _b64(json.dumps({"u": name, "c": secrets.token_urlsafe(24),
                               "e": int(time.time()) + SESSION_SECONDS}).encode("utf-8"))
    return f"{payload}.{_signature(key, payload)}"


def read_session(key: bytes, cookie: str) -> tuple[str, str] | None:
    """(user name, CSRF token) of a valid, unexpired cookie; None otherwise."""
    payload, _, signature = cookie.partition(".")
    if not signature or not hmac.compare_digest(signature, _signature(key, payload)):
        return None
    try:
        data = json.loads(_unb64(payload))
    except ValueError:
        return None
    if not isinstance(data, dict) or data.get("e", 0) < time.time():
        return None
    return str(data["u"]), str(data["c"])
