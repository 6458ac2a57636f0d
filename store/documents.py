"""Documents and their versions: saving an ingested text, merging known facts, reading back.

Every function works inside the caller's transaction (`with writing(engine) as conn:`), so one
ingest is one transaction and a failure anywhere in it leaves nothing behind.
"""

from collections.abc import Iterable, Sequence
from dataclasses import asdict, fields
from datetime import UTC, date, datetime

import sqlalchemy as sa

from policylink.core.identity import document_id, normalize_key, year_of
from policylink.ingest.model import Footnote, Header, IngestedDocument, Section
from policylink.ingest.title_block import find_layout
from policylink.store.records import ORIGINS, DocumentFacts, DocumentRecord, SaveResult, VersionRecord
from policylink.store.schema import documents, versions
from policylink.store.twins import find_twin, fold_into

_FACT_COLUMNS = ("key", "doc_type", "number", "symbol", "issuer", "jurisdiction", "issue_date", "title")
_RECORD_COLUMNS = [documents.c[f.name] for f in fields(DocumentRecord)]  # in the record's field order
_ISSUE_DATE = [f.name for f in fields(DocumentRecord)].index("issue_date")


def identity_of(facts: Header | DocumentFacts, content: str | None = None) -> str:
    """The store id of a document described by a header or by registry/citation facts;
    `content`, an ingested document's text, identifies it when it has neither number nor title."""
    return document_id(
        key=facts.key,
        jurisdiction=facts.jurisdiction,
        year=year_of(facts.issue_date),
        doc_type=facts.doc_type,
        issuer=facts.issuer,
        title=facts.title,
        content=content,
    )


def _column_values(facts: Header | DocumentFacts) -> dict:
    values = {name: getattr(facts, name) for name in _FACT_COLUMNS}
    if values["key"]:
        values["key"] = normalize_key(values["key"])
    if values["issue_date"]:
        values["issue_date"] = date.fromisoformat(values["issue_date"])
    return values


def _document_row(conn: sa.Connection, doc_id: str) -> sa.Row | None:
    return conn.execute(sa.select(documents).where(documents.c.id == doc_id)).first()


def _twin(conn: sa.Connection, doc_id: str, facts: Header | DocumentFacts) -> DocumentRecord | None:
    """The stored document that `facts` describe under another id (`store.twins`), if one does."""
    return find_twin(doc_id, facts, documents_with_key(conn, facts.key)) if facts.key else None


def save_ingested(conn: sa.Connection, doc: IngestedDocument) -> SaveResult:
    """Store `doc`: 'unchanged' for bytes already stored, 'new_version' for a changed text of an
    ingested document, 'new' otherwise (also when a registry/citation document gets its text).
    A document stored under the id without, or with, the year (`store.twins`) is the same one."""
    same_bytes = conn.execute(
        sa.select(versions.c.id, versions.c.document_id, versions.c.number).where(
            versions.c.content_hash == doc.content_hash
        )
    ).first()
    if same_bytes is not None:
        return SaveResult("unchanged", same_bytes.document_id, same_bytes.number, same_bytes.id)

    doc_id = identity_of(doc.header, doc.text)
    from_text = _column_values(doc.header)
    existing = _document_row(conn, doc_id)
    twin = _twin(conn, doc_id, doc.header) if existing is None else None
    if twin is not None and twin.ingested:
        # a corrected file of a stored text, now with (or without) its date: the document's next version
        doc_id, existing = twin.id, _document_row(conn, twin.id)
    if existing is None:
        status, number = "new", 1
        conn.execute(
            documents.insert().values(
                id=doc_id, origin="file", ingested=True, current_version=number, **from_text
            )
        )
        if twin is not None:  # known by citation or registry under the id without (or with) the year
            fold_into(conn, twin, doc_id)
    else:
        status = "new_version" if existing.ingested else "new"
        number = (existing.current_version or 0) + 1
        # The text is the best witness of its own header; earlier facts fill only what it lacks.
        merged = {
            name: value if value is not None else existing._mapping[name] for name, value in from_text.items()
        }
        conn.execute(
            documents.update()
            .where(documents.c.id == doc_id)
            .values(ingested=True, current_version=number, **merged)
        )
    version_id = conn.execute(
        versions.insert().values(
            document_id=doc_id,
            number=number,
            content_hash=doc.content_hash,
            source_name=doc.source_name,
            source_format=doc.source_format,
            text=doc.text,
            header=asdict(doc.header),
            sections=[asdict(s) for s in doc.sections],
            footnotes=[asdict(f) for f in doc.footnotes],
            warnings=list(doc.warnings),
            created_at=datetime.now(UTC),
        )
    ).inserted_primary_key[0]
    return SaveResult(status, doc_id, number, version_id)


def merge_facts(conn: sa.Connection, facts: DocumentFacts, origin: str) -> tuple[str, str]:
    """Record a document known from the registry or a citation; returns (id, 'new'|'updated'|'unchanged').

    An existing document keeps its values; the facts only fill its empty fields.
    """
    if origin not in ORIGINS:
        raise ValueError(f"origin must be one of {ORIGINS}, not {origin!r}")
    doc_id = identity_of(facts)
    values = {**_column_values(facts), "notes": facts.notes}
    existing = _document_row(conn, doc_id)
    twin = _twin(conn, doc_id, facts) if existing is None else None
    if twin is not None:  # the same document under the id without (or with) the year: fill that one
        doc_id, existing = twin.id, _document_row(conn, twin.id)
    if existing is None:
        conn.execute(documents.insert().values(id=doc_id, origin=origin, ingested=False, **values))
        return doc_id, "new"
    missing = {
        name: value for name, value in values.items() if value is not None and existing._mapping[name] is None
    }
    if not missing:
        return doc_id, "unchanged"
    conn.execute(documents.update().where(documents.c.id == doc_id).values(**missing))
    return doc_id, "updated"


def to_record(row: sa.Row) -> DocumentRecord:
    """A row of `_RECORD_COLUMNS` (positional: a graph load reads ~100k of them)."""
    values = list(row)
    if values[_ISSUE_DATE] is not None:
        values[_ISSUE_DATE] = values[_ISSUE_DATE].isoformat()
    return DocumentRecord(*values)


def document_rows(conn: sa.Connection) -> Sequence[sa.Row]:
    """All documents as rows (`to_record` makes one a record), newest issue date first, undated
    ones last: a graph load reads every one and makes records only of those it is asked for."""
    query = sa.select(*_RECORD_COLUMNS).order_by(
        sa.nulls_last(documents.c.issue_date.desc()), documents.c.id
    )
    return conn.execute(query).all()


def list_documents(conn: sa.Connection) -> list[DocumentRecord]:
    """All documents, newest issue date first, undated ones last."""
    return [to_record(row) for row in document_rows(conn)]


def get_document(conn: sa.Connection, doc_id: str) -> DocumentRecord | None:
    row = conn.execute(sa.select(*_RECORD_COLUMNS).where(documents.c.id == doc_id)).first()
    return to_record(row) if row is not None else None


def documents_with_key(conn: sa.Connection, key: str) -> list[DocumentRecord]:
    """Every stored document carrying `key` (normalised), whatever its scope and year."""
    query = sa.select(*_RECORD_COLUMNS).where(documents.c.key == normalize_key(key)).order_by(documents.c.id)
    return [to_record(row) for row in conn.execute(query)]


def documents_of_types(conn: sa.Connection, doc_types: Iterable[str]) -> list[DocumentRecord]:
    """Every stored document of these types (laws, found by name rather than by key)."""
    query = (
        sa.select(*_RECORD_COLUMNS).where(documents.c.doc_type.in_(list(doc_types))).order_by(documents.c.id)
    )
    return [to_record(row) for row in conn.execute(query)]


def get_current_version(conn: sa.Connection, doc_id: str) -> VersionRecord | None:
    """The newest stored text of a document, None for a document known only by its facts."""
    query = (
        sa.select(versions)
        .join(documents, documents.c.id == versions.c.document_id)
        .where(documents.c.id == doc_id, versions.c.number == documents.c.current_version)
    )
    row = conn.execute(query).first()
    if row is None:
        return None
    mapping = row._mapping
    values = {f.name: mapping[f.name] for f in fields(VersionRecord)}
    values["created_at"] = values["created_at"].isoformat()
    return VersionRecord(**values)


def as_ingested(version: VersionRecord) -> IngestedDocument:
    """A stored version as ingestion produced it (its layout found again in its text)."""
    layout = find_layout(version.text)
    header = {**version.header, "recipients": tuple(version.header.get("recipients", ()))}
    return IngestedDocument(
        source_name=version.source_name,
        source_format=version.source_format,
        content_hash=version.content_hash,
        text=version.text,
        header=Header(**header),
        sections=tuple(Section(**section) for section in version.sections),
        footnotes=tuple(Footnote(**footnote) for footnote in version.footnotes),
        warnings=tuple(version.warnings),
        attachments=layout.attachments,
        header_zones=layout.header_zones,
        title_blocks=layout.title_blocks,
    )
