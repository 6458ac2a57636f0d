"""The application's use cases, shared by the command line and the HTTP API.

Reading a file happens outside any transaction; everything a file changes in the store happens
in one transaction, so a failure leaves the store as it was before that file.
"""

from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from pathlib import Path

import sqlalchemy as sa

from api.settings import Settings
from graph.sync import LinkReport, link_extraction, relink_citers
from ingest.model import IngestedDocument, IngestError
from ingest.pipeline import ingest_file
from nlp.extract import extract
from nlp.model import DocumentInfo
from store.database import open_store
from store.documents import get_current_version, save_ingested
from store.documents import get_document as get_document_record
from store.documents import list_documents as list_document_records
from store.extractions import save_extraction
from store.records import DocumentRecord, SaveResult, VersionRecord
from store.registry import REGISTRY_FILE_NAME, RegistryLoad, load_registry, read_registry


@dataclass(frozen=True)
class IngestOutcome:
    """What happened to one source: a document file, or a registry file (`kind='registry'`)."""

    path: str
    status: str  # new | unchanged | new_version | failed; a registry also 'updated'
    kind: str = "document"  # document | registry
    document_id: str | None = None
    version: int | None = None
    sections: int | None = None
    registry_documents: int | None = None
    error: str | None = None  # the IngestError message: file, problem, what to do


@dataclass(frozen=True)
class DocumentView:
    record: DocumentRecord
    version: VersionRecord | None  # None while only the registry or a citation knows the document


def _is_registry(path: Path) -> bool:
    return path.name == REGISTRY_FILE_NAME


def collect_sources(paths: Iterable[Path]) -> list[Path]:
    """Files named, plus every non-hidden file under folders named; registries first, so that
    the documents ingested after them find the documents they cite already known."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(
                sorted(
                    p
                    for p in path.rglob("*")
                    if p.is_file() and not any(part.startswith(".") for part in p.relative_to(path).parts)
                )
            )
        else:
            found.append(path)
    unique = list(dict.fromkeys(found))
    return [p for p in unique if _is_registry(p)] + [p for p in unique if not _is_registry(p)]


def _ingest_document(path: Path, settings: Settings, ocr: bool) -> IngestOutcome:
    try:
        doc = ingest_file(path, max_bytes=settings.max_file_bytes, ocr=ocr)
    except IngestError as exc:
        return IngestOutcome(str(path), "failed", error=str(exc))
    with open_store(settings.database_url).begin() as conn:
        saved = store_document(conn, doc).saved
    return IngestOutcome(
        str(path),
        saved.status,
        document_id=saved.document_id,
        version=saved.version,
        sections=len(doc.sections),
    )


@dataclass(frozen=True)
class StoredDocument:
    saved: SaveResult
    links: LinkReport | None  # None when the bytes were already stored: nothing was redone


def store_document(conn: sa.Connection, doc: IngestedDocument) -> StoredDocument:
    """Save a read document, extract it and link its citations, all on `conn` (one transaction)."""
    saved = save_ingested(conn, doc)
    if saved.status == "unchanged":
        return StoredDocument(saved, None)
    extraction = extract(doc, saved.document_id)
    save_extraction(conn, saved.version_id, extraction.to_dict())
    return StoredDocument(saved, link_extraction(conn, extraction, saved.version))


def load_registry_file(path: Path, settings: Settings) -> RegistryLoad:
    """Merge one registry file into the store, then re-link the documents citing what it names;
    raises IngestError for a malformed file."""
    registry = read_registry(path)
    with open_store(settings.database_url).begin() as conn:
        loaded = load_registry(conn, registry)
        relink_citers(conn, [facts.key for facts in registry.documents if facts.key])
        return loaded


def _ingest_registry(path: Path, settings: Settings) -> IngestOutcome:
    try:
        loaded = load_registry_file(path, settings)
    except IngestError as exc:
        return IngestOutcome(str(path), "failed", kind="registry", error=str(exc))
    status = "new" if loaded.new else "updated" if loaded.updated else "unchanged"
    total = loaded.new + loaded.updated + loaded.unchanged
    return IngestOutcome(str(path), status, kind="registry", registry_documents=total)


def ingest_paths(
    paths: Iterable[Path],
    settings: Settings,
    ocr: bool = False,
    progress: Callable[[Path], None] | None = None,
) -> list[IngestOutcome]:
    """Ingest files and folders (recursively), each file on its own; `progress` is told of each."""
    outcomes = []
    for source in collect_sources(paths):
        if _is_registry(source):
            outcomes.append(_ingest_registry(source, settings))
        else:
            outcomes.append(_ingest_document(source, settings, ocr))
        if progress is not None:
            progress(source)
    return outcomes


def list_documents(settings: Settings) -> list[DocumentRecord]:
    with open_store(settings.database_url).connect() as conn:
        return list_document_records(conn)


def get_document(settings: Settings, doc_id: str) -> DocumentView | None:
    with open_store(settings.database_url).connect() as conn:
        record = get_document_record(conn, doc_id)
        if record is None:
            return None
        return DocumentView(record, get_current_version(conn, doc_id))


def document_payload(view: DocumentView) -> dict:
    """A document as JSON: the contract v1 `document` object, its `sections` and `footnotes`."""
    record, version = view.record, view.version
    info = DocumentInfo(
        id=record.id,
        doc_type=record.doc_type,
        number=record.number,
        symbol=record.symbol,
        key=record.key,
        issuer=record.issuer,
        jurisdiction=record.jurisdiction,
        issue_date=record.issue_date,
        title=record.title,
        text=version.text if version else "",
    )
    return {
        "document": asdict(info),
        "sections": version.sections if version else [],
        "footnotes": version.footnotes if version else [],
        "ingested": record.ingested,
        "origin": record.origin,
        "version": version.number if version else None,
        "source_name": version.source_name if version else None,
    }
