"""`policylink migrate-store`: move the store to another database (SQLite -> PostgreSQL)."""

import click
import sqlalchemy as sa

from policylink.api.settings import Settings
from policylink.store.database import create_store_engine, open_store
from policylink.store.transfer import TargetNotEmpty, copy_store


@click.command("migrate-store")
@click.option("--to", "target_url", required=True, metavar="URL",
              help="Cơ sở dữ liệu đích, vd. postgresql://policylink@may-chu/policylink (phải trống).")
def migrate_store_command(target_url: str) -> None:
    """Chuyển toàn bộ kho (văn bản, phiên bản, trích xuất, quan hệ, hàng đợi chỉ mục) sang cơ sở
    dữ liệu khác; kho nguồn giữ nguyên."""
    settings = Settings.from_env()
    try:
        target = create_store_engine(target_url)
    except (sa.exc.ArgumentError, sa.exc.OperationalError, ModuleNotFoundError) as exc:
        raise click.ClickException(
            f"Không mở được cơ sở dữ liệu đích '{target_url}': {str(exc).splitlines()[0]}. "
            "Kiểm tra địa chỉ, tài khoản, và đã cài `pip install -e '.[pg]'` cho PostgreSQL."
        ) from None
    try:
        counts = copy_store(open_store(settings.database_url), target)
    except TargetNotEmpty as exc:
        raise click.ClickException(str(exc)) from None
    for table, count in counts.items():
        click.echo(f"{table}: {count}")
    click.echo(
        "Đã chuyển kho. Đặt POLICYLINK_DATABASE_URL bằng địa chỉ đích cho mọi tiến trình policylink; "
        "chỉ mục tìm kiếm giữ nguyên chỗ cũ (thư mục dữ liệu hoặc POLICYLINK_QDRANT_URL)."
    )


COMMANDS = (migrate_store_command,)
