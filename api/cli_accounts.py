"""Who may write through the server: `policylink user add|list|remove` (people who sign in to the
web pages) and `policylink key add|list|remove` (API keys of other systems)."""

from collections.abc import Callable

import click
import sqlalchemy as sa

from policylink.api import credentials
from policylink.api.cli_documents import format_table
from policylink.api.settings import Settings
from policylink.store.accounts import (
    Account,
    AccountExists,
    list_api_keys,
    list_users,
    remove_api_key,
    remove_user,
)
from policylink.store.database import open_store, writing
from policylink.store.schema import ROLES

_ROLE = click.Choice(ROLES)
_ROLE_HELP = "viewer: chỉ xem; editor: xem, tải văn bản lên và xóa văn bản."


def _echo_accounts(
    fetch: Callable[[sa.Connection], list[Account]], empty: str, headers: list[str],
    columns: Callable[[Account], list[str]],
) -> None:
    """A table of users or keys (`columns`, then the day each was made), or `empty` when there is none."""
    with open_store(Settings.from_env().database_url).connect() as conn:
        accounts = fetch(conn)
    if not accounts:
        click.echo(empty)
        return
    rows = [[*columns(account), account.created_at.strftime("%d/%m/%Y")] for account in accounts]
    click.echo(format_table([*headers, "Ngày tạo"], rows))


@click.group("user")
def user_group() -> None:
    """Người dùng đăng nhập trang web (vai trò viewer hoặc editor)."""


@user_group.command("add")
@click.argument("name")
@click.option("--role", type=_ROLE, default="editor", show_default=True, help=_ROLE_HELP)
@click.password_option("--password", prompt="Mật khẩu", help="Mật khẩu (ít nhất 8 ký tự); hỏi khi bỏ trống.")
def user_add(name: str, role: str, password: str) -> None:
    """Tạo người dùng NAME; mật khẩu chỉ được lưu dưới dạng băm (scrypt)."""
    try:
        credentials.create_user(Settings.from_env(), name, password, role)
    except (ValueError, AccountExists) as exc:
        raise click.ClickException(str(exc)) from None
    click.echo(f"Đã tạo người dùng '{name}' với vai trò {role}.")


@user_group.command("list")
def user_list() -> None:
    """Liệt kê người dùng và vai trò."""
    _echo_accounts(list_users, "Chưa có người dùng nào. Tạo bằng lệnh `policylink user add TÊN`.",
                   ["Tên", "Vai trò"], lambda user: [user.name, user.role])


@user_group.command("remove")
@click.argument("name")
def user_remove(name: str) -> None:
    """Xóa người dùng NAME; phiên đăng nhập của người đó hết hiệu lực ngay."""
    with writing(open_store(Settings.from_env().database_url)) as conn:
        if not remove_user(conn, name):
            raise click.ClickException(f"Không có người dùng '{name}'. Xem: `policylink user list`.")
    click.echo(f"Đã xóa người dùng '{name}'.")


@click.group("key")
def key_group() -> None:
    """Khóa API cho hệ thống khác (Authorization: Bearer KHÓA)."""


@key_group.command("add")
@click.argument("name")
@click.option("--role", type=_ROLE, default="editor", show_default=True, help=_ROLE_HELP)
def key_add(name: str, role: str) -> None:
    """Tạo khóa API cho hệ thống NAME và in khóa ra một lần duy nhất (kho chỉ giữ mã băm)."""
    key = credentials.create_api_key(Settings.from_env(), name, role)
    click.echo(key)
    click.echo(f"Đã tạo khóa API cho '{name}' (vai trò {role}). Hãy lưu khóa trên ngay: nó không được in "
               "lại. Gửi kèm mỗi yêu cầu: Authorization: Bearer KHÓA", err=True)


@key_group.command("list")
def key_list() -> None:
    """Liệt kê khóa API (mã công khai, tên hệ thống, vai trò); không in được khóa."""
    _echo_accounts(list_api_keys, "Chưa có khóa API nào. Tạo bằng lệnh `policylink key add TÊN`.",
                   ["Mã", "Hệ thống", "Vai trò"], lambda key: [key.id, key.name, key.role])


@key_group.command("remove")
@click.argument("key_id")
def key_remove(key_id: str) -> None:
    """Thu hồi khóa có mã KEY_ID (cột Mã của `policylink key list`)."""
    with writing(open_store(Settings.from_env().database_url)) as conn:
        if not remove_api_key(conn, key_id):
            raise click.ClickException(f"Không có khóa mã '{key_id}'. Xem danh sách: `policylink key list`.")
    click.echo(f"Đã thu hồi khóa '{key_id}'.")


COMMANDS = (user_group, key_group)
