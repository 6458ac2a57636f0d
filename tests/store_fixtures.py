"""Real documents and real store engines for the store tests (no mocks: plain data, SQLite files)."""

import hashlib
import os
from pathlib import Path

import sqlalchemy as sa
from postgres_fixtures import SERVER_ENV, database_url

from policylink.ingest.model import Footnote, Header, IngestedDocument, Section
from policylink.store.database import create_store_engine

# The ten documents the shipped conclusion cites, as corpus/registry.yaml lists them.
CONCLUSION_CITED_KEYS = frozenset(
    ("55-KL/TU", "113-NQ/TU", "147-NQ/TU", "103-KL/TU", "138-NQ/TU",
     "51-KH/TU", "06-NQ/TW", "2987-CV/TU", "72-KL/TW", "13-NQ/TW")
)


def store_url(folder: Path) -> str:
    """The SQLite file in `folder`, or during the PostgreSQL run the server database for it."""
    server = os.environ.get(SERVER_ENV)
    return database_url(server, folder) if server else f"sqlite:///{folder / 'policylink.db'}"


def store_is_sound(engine: sa.Engine) -> bool:
    """SQLite: its integrity check passes. PostgreSQL: no transaction of a killed client still
    holds the tables (the server rolls it back; taking every table's write lock proves it)."""
    with engine.begin() as conn:
        if engine.dialect.name == "sqlite":
            return conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
        conn.exec_driver_sql("SET LOCAL lock_timeout = '20s'")
        tables = "documents, versions, extractions, edges, index_queue"
        conn.exec_driver_sql(f"LOCK TABLE {tables} IN EXCLUSIVE MODE")
        return True


def engine_at(folder: Path) -> sa.Engine:
    return create_store_engine(store_url(folder))


def make_document(
    body: str,
    *,
    key: str | None = "12-CT/TU",
    doc_type: str = "Chỉ thị",
    issuer: str = "Ban Thường vụ Tỉnh ủy",
    jurisdiction: str | None = "Bắc Giang",
    issue_date: str | None = "2023-05-10",
    title: str | None = "về tăng cường công tác giải phóng mặt bằng",
    source_name: str = "chi-thi-12.txt",
) -> IngestedDocument:
    """A small directive: two numbered sections and one footnote, hashed from its own bytes."""
    number, symbol = key.split("-", 1) if key else (None, None)
    first = f"1. {body}\n"
    second = "2. Giao Ban cán sự đảng UBND tỉnh chủ trì thực hiện¹.\n"
    note = "¹ Kết luận số 55-KL/TU ngày 07/3/2021 của Ban Thường vụ Tỉnh ủy.\n"
    text = first + second + note
    return IngestedDocument(
        source_name=source_name,
        source_format="txt",
        content_hash=hashlib.sha256(text.encode("utf-8")).hexdigest(),
        text=text,
        header=Header(
            doc_type=doc_type,
            number=number,
            symbol=symbol,
            key=key,
            issuer=issuer,
            jurisdiction=jurisdiction,
            issue_date=issue_date,
            title=title,
            recipients=("Các huyện ủy",),
        ),
        sections=(
            Section("1", first.strip(), 1, 0, len(first), None),
            Section("2", second.strip(), 1, len(first), len(first) + len(second), None),
        ),
        footnotes=(Footnote("¹", note[2:].strip(), len(first) + len(second) - 3),),
    )


def table_counts(engine: sa.Engine) -> dict[str, int]:
    with engine.connect() as conn:
        return {
            name: conn.execute(sa.text(f"SELECT COUNT(*) FROM {name}")).scalar()
            for name in ("documents", "versions", "extractions", "edges")
        }
