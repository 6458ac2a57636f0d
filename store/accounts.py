"""Rows of the people and systems allowed to write (`schema.users`, `schema.api_keys`).

Only hashes are stored; making and checking them is `api/credentials.py`'s job. Functions work
inside the caller's transaction.
"""

from dataclasses import dataclass
from datetime import UTC, datetime

import sqlalchemy as sa

from policylink.store.schema import api_keys, users


@dataclass(frozen=True)
class Account:
    """A user (`kind='user'`, `name` is the sign-in name) or an API key (`kind='key'`, `id` its public id)."""

    kind: str
    id: str
    name: str
    role: str
    secret_hash: str
    created_at: datetime


class AccountExists(ValueError):
    """A user name already taken; the message (Vietnamese) says what to do."""


def add_user(conn: sa.Connection, name: str, password_hash: str, role: str) -> None:
    if conn.execute(sa.select(users.c.name).where(users.c.name == name)).first():
        raise AccountExists(f"Đã có người dùng '{name}'. Hãy chọn tên khác, hoặc xóa người dùng cũ trước.")
    conn.execute(users.insert().values(name=name, password_hash=password_hash, role=role,
                                       created_at=datetime.now(UTC)))


def _user(row: sa.Row) -> Account:
    return Account("user", row.name, row.name, row.role, row.password_hash, row.created_at)


def get_user(conn: sa.Connection, name: str) -> Account | None:
    row = conn.execute(users.select().where(users.c.name == name)).first()
    return _user(row) if row else None


def list_users(conn: sa.Connection) -> list[Account]:
    return [_user(row) for row in conn.execute(users.select().order_by(users.c.name))]


def remove_user(conn: sa.Connection, name: str) -> bool:
    return conn.execute(users.delete().where(users.c.name == name)).rowcount > 0


def add_api_key(conn: sa.Connection, key_id: str, name: str, secret_hash: str, role: str) -> None:
    conn.execute(api_keys.insert().values(id=key_id, name=name, secret_hash=secret_hash, role=role,
                                          created_at=datetime.now(UTC)))


def _key(row: sa.Row) -> Account:
    return Account("key", row.id, row.name, row.role, row.secret_hash, row.created_at)


def get_api_key(conn: sa.Connection, key_id: str) -> Account | None:
    row = conn.execute(api_keys.select().where(api_keys.c.id == key_id)).first()
    return _key(row) if row else None


def list_api_keys(conn: sa.Connection) -> list[Account]:
    return [_key(row) for row in conn.execute(api_keys.select().order_by(api_keys.c.created_at))]


def remove_api_key(conn: sa.Connection, key_id: str) -> bool:
    return conn.execute(api_keys.delete().where(api_keys.c.id == key_id)).rowcount > 0
