"""One document, one node: the same document filed under two ids, and folding one into the other.

A Party key carries no year, so a document's id takes it from the date (`ha-nam/05-NQ/TU/2023`);
where one side shows no date (`ha-nam/05-NQ/TU`, an undated header or registry entry) the two
ids may name one document. They do when the key and scope agree and the year is unknown on one
side, and no other document fits as well.
"""

from collections.abc import Iterable
from datetime import date

import sqlalchemy as sa

from policylink.core.identity import key_carries_year, normalize_key, scope_of, year_of
from policylink.ingest.model import Header
from policylink.store.records import DocumentFacts, DocumentRecord
from policylink.store.schema import documents, edges

_FILLABLE = ("doc_type", "number", "symbol", "issuer", "jurisdiction", "issue_date", "title", "notes")


def _undated_id(record: DocumentRecord) -> bool:
    """An id without the year (`ha-nam/05-NQ/TU`): its facts may learn the date later, the id stays."""
    return bool(record.key) and record.id == f"{scope_of(record.id)}/{normalize_key(record.key)}"


def may_be_twins(a: DocumentRecord, b: DocumentRecord) -> bool:
    """Same key and scope, different ids, the year unknown on one side."""
    if not a.key or not b.key or a.id == b.id or key_carries_year(a.key):
        return False
    same = normalize_key(a.key) == normalize_key(b.key) and scope_of(a.id) == scope_of(b.id)
    return same and (_undated_id(a) or _undated_id(b))


def find_twin(
    doc_id: str, facts: Header | DocumentFacts, records: Iterable[DocumentRecord]
) -> DocumentRecord | None:
    """The one record among `records` that `facts`, identified as `doc_id`, describe under another id."""
    if not facts.key or key_carries_year(facts.key):
        return None
    year = year_of(facts.issue_date)
    twins = [
        r for r in records
        if r.id != doc_id and r.key and normalize_key(r.key) == normalize_key(facts.key)
        and scope_of(r.id) == scope_of(doc_id) and (year is None or _undated_id(r))
    ]
    return twins[0] if len(twins) == 1 else None


def fold_into(conn: sa.Connection, twin: DocumentRecord, into_id: str) -> None:
    """Fold a document without a stored text into `into_id`: the edges to and from it move there,
    its facts fill what `into_id` lacks, and it goes. Inside the caller's transaction."""
    assert not twin.ingested, twin.id
    into = conn.execute(sa.select(documents).where(documents.c.id == into_id)).one()._mapping
    missing = {name: getattr(twin, name) for name in _FILLABLE if into[name] is None and getattr(twin, name)}
    if "issue_date" in missing:
        missing["issue_date"] = date.fromisoformat(missing["issue_date"])
    values = {**missing, "origin": twin.origin} if into["origin"] == "file" else missing
    if values:
        conn.execute(documents.update().where(documents.c.id == into_id).values(**values))
    conn.execute(edges.update().where(edges.c.target_id == twin.id).values(target_id=into_id))
    conn.execute(edges.update().where(edges.c.source_id == twin.id).values(source_id=into_id))
    conn.execute(documents.delete().where(documents.c.id == twin.id))


class MergeError(ValueError):
    """Two documents that cannot be merged: the message says why and what to do."""


def merge_documents(conn: sa.Connection, away_id: str, into_id: str) -> DocumentRecord:
    """Fold the document `away_id`, known without a text, into `into_id` (`policylink graph merge`);
    the folded document's record. Inside the caller's transaction."""
    rows = {
        doc_id: conn.execute(sa.select(documents).where(documents.c.id == doc_id)).first()
        for doc_id in (away_id, into_id)
    }
    missing = [doc_id for doc_id, row in rows.items() if row is None]
    if missing:
        raise MergeError(f"Không có văn bản nào mang mã {', '.join(missing)}. Xem mã bằng `policylink list`.")
    if away_id == into_id:
        raise MergeError("Hai mã giống nhau: không có gì để gộp.")
    away = DocumentRecord(**{
        name: value.isoformat() if name == "issue_date" and value is not None else value
        for name, value in rows[away_id]._mapping.items()
    })
    if away.ingested:
        raise MergeError(
            f"{away_id} có toàn văn: hãy gộp theo chiều ngược lại (`policylink graph merge {into_id} "
            f"{away_id}`), hoặc xóa toàn văn thừa bằng `policylink delete` trước."
        )
    fold_into(conn, away, into_id)
    return away
