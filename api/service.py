"""The application's use cases, shared by the command line and the HTTP API.

Reading a file happens outside any transaction; everything a file changes in the store happens
in one transaction, so a failure leaves the store as it was before that file.
"""

import logging
import threading
from collections import Counter
from collections.abc import Callable, Iterable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa

from policylink.api.settings import Settings
from policylink.core.vietnamese import nfc, slugify
from policylink.graph.build import CitationGraph
from policylink.graph.cache import cached_graph
from policylink.graph.check import CitationCheck, check_text
from policylink.graph.export import export_text, neighbourhood, to_dot
from policylink.graph.render import PICTURE_FORMATS, render
from policylink.graph.resolve import Catalogue
from policylink.graph.sync import LinkReport, link_extraction, relink_citers
from policylink.graph.validity import Validity, validities, validity_of
from policylink.ingest.model import IngestedDocument, IngestError
from policylink.ingest.pipeline import ingest_bytes, ingest_file
from policylink.nlp.extract import default_document_id, extract
from policylink.nlp.model import DocumentInfo, Extraction
from policylink.search.drafting import DraftAdvice, advise
from policylink.search.engine import SearchEngine, open_engine
from policylink.search.index import Filters, IndexBusyError
from policylink.search.indexer import Indexer
from policylink.search.retrieval import SearchResult, filters_from
from policylink.store.database import open_store, writing
from policylink.store.deletion import remove_document_text
from policylink.store.documents import as_ingested, get_current_version, save_ingested
from policylink.store.documents import get_document as get_document_record
from policylink.store.documents import list_documents as list_document_records
from policylink.store.extractions import load_extraction, save_extraction
from policylink.store.index_queue import QueueEntry, dequeue, enqueue, queue_length, record_failure, waiting
from policylink.store.records import DocumentRecord, SaveResult, VersionRecord
from policylink.store.registry import REGISTRY_FILE_NAME, RegistryLoad, load_registry, read_registry

logger = logging.getLogger(__name__)


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
    indexed: bool = False  # False for a stored document left queued: another process holds the index


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


def _unexpected(path: Path, exc: Exception) -> IngestOutcome:
    """A failure no reader foresaw: reported like any other, logged with its traceback, and the
    batch goes on (the file's transaction was rolled back)."""
    logger.debug("ingest of %s failed", path, exc_info=exc)
    problem = f"{path.name}: lỗi không lường trước khi xử lý tệp ({type(exc).__name__}: {str(exc)[:200]})"
    return IngestOutcome(str(path), "failed", error=f"{problem}. Kho không thay đổi; hãy báo lỗi kèm tệp này")


def _ingest_document(path: Path, settings: Settings, ocr: bool) -> IngestOutcome:
    def read() -> IngestedDocument:
        return ingest_file(path, max_bytes=settings.max_file_bytes, ocr=ocr)

    return _ingest_read(str(path), read, settings)


StepReport = Callable[[str], None]  # told each step of a file as it begins: read, extract, store, index


def _no_step(step: str) -> None:
    """Nobody follows the steps (the CLI shows files, not steps)."""


def ingest_upload(data: bytes, name: str, settings: Settings, step: StepReport = _no_step) -> IngestOutcome:
    """Ingest one uploaded file as `policylink ingest` ingests a file on disk (the upload page and
    `POST /api/v1/documents`); a bad file gives a `failed` outcome with its reason, never an error."""
    if name == REGISTRY_FILE_NAME:
        return IngestOutcome(name, "failed", kind="registry", error=(
            f"{name}: danh mục văn bản được trích dẫn không nạp qua trang web. "
            "Hãy nạp thư mục chứa nó bằng lệnh `policylink ingest`"))
    try:
        check_upload_size(len(data), name, settings)
    except UploadTooLarge as exc:
        return IngestOutcome(name, "failed", error=str(exc))

    def read() -> IngestedDocument:
        return ingest_bytes(data, name, max_bytes=settings.max_file_bytes)

    return _ingest_read(name, read, settings, step)


def _ingest_read(
    label: str, read: Callable[[], IngestedDocument], settings: Settings, step: StepReport = _no_step
) -> IngestOutcome:
    """Read a file (`read`), store it in one transaction, then bring it to the search index."""
    try:
        step("read")
        doc = read()
        step("extract")
        with writing(open_store(settings.database_url)) as conn:
            stored = store_document(conn, doc, step)
    except IngestError as exc:
        return IngestOutcome(label, "failed", error=str(exc))
    except Exception as exc:  # noqa: BLE001 - one file never stops the batch
        return _unexpected(Path(label), exc)
    saved = stored.saved
    step("index")
    return IngestOutcome(
        label,
        saved.status,
        document_id=saved.document_id,
        version=saved.version,
        sections=len(doc.sections),
        indexed=_reach_index(
            settings,
            stored.queued,
            lambda engine: engine.index_document(doc, saved.document_id, stored.extraction),
        ),
    )


@dataclass(frozen=True)
class StoredDocument:
    saved: SaveResult
    extraction: Extraction
    links: LinkReport | None  # None when the bytes were already stored: nothing was redone
    queued: QueueEntry  # its place in the index queue, left when it is indexed


def store_document(conn: sa.Connection, doc: IngestedDocument, step: StepReport = _no_step) -> StoredDocument:
    """Save a read document, extract it, link its citations and queue it for the search index,
    all on `conn` (one transaction); `step('store')` once the extraction is made."""
    saved = save_ingested(conn, doc)
    queued = enqueue(conn, saved.document_id)
    if saved.status == "unchanged":
        extraction = Extraction.from_dict(load_extraction(conn, saved.version_id))
        step("store")
        return StoredDocument(saved, extraction, None, queued)
    extraction = extract(doc, saved.document_id)
    step("store")
    save_extraction(conn, saved.version_id, extraction.to_dict())
    return StoredDocument(saved, extraction, link_extraction(conn, extraction, saved.version), queued)


def _reach_index(settings: Settings, queued: QueueEntry, change: Callable[[SearchEngine], object]) -> bool:
    """Bring a change just committed to the store (`change`: index or delete one document) to the
    search index and take its entry off the queue. The index follows the committed store and both
    changes are idempotent; when another process holds the index (Qdrant Edge allows one), the
    entry stays queued for that process, and False is returned."""
    try:
        engine = search_engine(settings)
    except IndexBusyError:
        return False
    change(engine)
    with writing(open_store(settings.database_url)) as conn:
        dequeue(conn, queued)
    return True


_SEARCH_ENGINES: dict[Settings, SearchEngine] = {}
_SEARCH_ENGINES_LOCK = threading.Lock()


def search_engine(settings: Settings) -> SearchEngine:
    """The process's search engine for these settings (Qdrant Edge allows one process per index:
    IndexBusyError while another holds it). Opened once, also when threads ask together."""
    with _SEARCH_ENGINES_LOCK:
        if settings not in _SEARCH_ENGINES:
            _SEARCH_ENGINES[settings] = open_engine(
                settings.data_dir,
                embedder=settings.embedder,
                qdrant_url=settings.qdrant_url,
                embedding_cache=settings.embedding_cache,
            )
        return _SEARCH_ENGINES[settings]


def wait_for_vectors(settings: Settings, progress: Callable[[int, int], None], every: float = 1.0) -> None:
    """Wait for this process's background embedding, telling `progress(with_vector, passages)`
    every `every` seconds and once at the end; nothing when no engine is open."""
    engine = _SEARCH_ENGINES.get(settings)
    if engine is None:
        return
    while True:
        done = engine.indexer.wait(every)
        progress(*engine.indexer.dense_progress())
        if done:
            return


def close_search_engine(settings: Settings, *, finish_vectors: bool = True) -> None:
    """Release the index, once background embedding has finished (`finish_vectors`: a command
    that shows its progress) or stopped after its batch in hand (a server shutting down)."""
    engine = _SEARCH_ENGINES.pop(settings, None)
    if engine is not None:
        engine.close(finish_vectors=finish_vectors)


def _index_from_store(indexer: Indexer, conn: sa.Connection, doc_id: str) -> None:
    """Make the index hold what the store holds for `doc_id`: its current text, or nothing."""
    version = get_current_version(conn, doc_id)
    if version is None:
        indexer.delete_document(doc_id)
        return
    extraction = Extraction.from_dict(load_extraction(conn, version.id))
    indexer.index_document(as_ingested(version), doc_id, extraction)


def index_stored_documents(settings: Settings) -> int:
    """Bring the search index level with the store: every stored text is indexed lexically
    (what is indexed already is left alone), every queued document the store no longer holds
    leaves the index, and the queue is emptied; dense vectors are filled separately. Returns the
    number of stored documents visited."""
    indexer = search_engine(settings).indexer
    store = open_store(settings.database_url)
    with store.connect() as conn:
        queued = waiting(conn)
        ids = [record.id for record in list_document_records(conn) if record.ingested]
        removed = {entry.document_id for entry in queued} - set(ids)
        for doc_id in [*ids, *sorted(removed)]:
            _index_from_store(indexer, conn, doc_id)
    with writing(store) as conn:
        for entry in queued:
            dequeue(conn, entry)
    return len(ids)


QUEUE_BATCH = 32  # documents indexed between two looks at the queue (and one write to take them off)
RETRY_AFTER_S = (2, 10, 60, 300)  # wait before the next try after 1, 2, 3, 4+ failed attempts


def retry_due(entry: QueueEntry, now: datetime) -> datetime | None:
    """When a failed entry may be tried again; None for an entry never tried (due at once)."""
    if not entry.attempts or entry.tried_at is None:
        return None
    tried = entry.tried_at if entry.tried_at.tzinfo else entry.tried_at.replace(tzinfo=UTC)  # SQLite: naive
    return tried + timedelta(seconds=RETRY_AFTER_S[min(entry.attempts, len(RETRY_AFTER_S)) - 1])


def index_queued_documents(settings: Settings, batch: int = QUEUE_BATCH) -> int:
    """Index up to `batch` documents of the queue, oldest first (documents stored while another
    process held the index, or whose indexing was interrupted), and take them off it; one that
    fails stays queued with its error and is tried again later (RETRY_AFTER_S). Dense vectors
    follow in the background. Returns how many were indexed."""
    store = open_store(settings.database_url)
    now = datetime.now(UTC)
    with store.connect() as conn:
        due = [e for e in waiting(conn) if (retry_due(e, now) or now) <= now][:batch]
    if not due:
        return 0
    engine = search_engine(settings)
    done, failed = [], []
    for entry in due:
        try:
            with store.connect() as conn:
                _index_from_store(engine.indexer, conn, entry.document_id)
            done.append(entry)
        except Exception as exc:  # noqa: BLE001 - one document never stops the queue; its reason is kept
            logger.warning("indexing %s failed", entry.document_id, exc_info=exc)
            failed.append((entry, f"{type(exc).__name__}: {exc}"[:500]))
    with writing(store) as conn:
        for entry in done:
            dequeue(conn, entry)
        for entry, error in failed:
            record_failure(conn, entry, error)
    engine.indexer.start_background()
    return len(done)


def drain_index_queue(settings: Settings) -> int:
    """Index what waits in the queue (a document stored just before a crash, or beside a server
    that has since stopped) when this process can open the index; 0 while another holds it."""
    drained = 0
    try:
        while indexed := index_queued_documents(settings):
            drained += indexed
    except IndexBusyError:
        pass
    return drained


@dataclass(frozen=True)
class DeleteOutcome:
    document_id: str
    status: str  # deleted | reference (kept as a document known by citation or registry)
    indexed: bool  # False while another process holds the index: its points go when it drains the queue


def delete_document(settings: Settings, doc_id: str) -> DeleteOutcome:
    """Remove a stored text (store, graph edges it stated, search points); raises NotStoredError."""
    with writing(open_store(settings.database_url)) as conn:
        status = remove_document_text(conn, doc_id)
        queued = enqueue(conn, doc_id)
    indexed = _reach_index(settings, queued, lambda engine: engine.delete_document(doc_id))
    return DeleteOutcome(doc_id, status, indexed)


def queued_count(settings: Settings) -> int:
    with open_store(settings.database_url).connect() as conn:
        return queue_length(conn)


def load_registry_file(path: Path, settings: Settings) -> RegistryLoad:
    """Merge one registry file into the store, then re-link the documents citing what it names;
    raises IngestError for a malformed file."""
    registry = read_registry(path)
    with writing(open_store(settings.database_url)) as conn:
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


def document_validity(settings: Settings, doc_id: str) -> Validity:
    """In force, amended or replaced, from the citation graph (`graph.validity`)."""
    return validity_of(citation_graph(settings), doc_id)


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


# --- Use cases of the web pages and the JSON API: extraction without storing, the stored
# extraction, the citation graph, exports, and the citation check of a draft. ---


class UploadTooLarge(ValueError):
    """An upload over `Settings.max_file_bytes`; the message (Vietnamese) says the limit and what to do."""


def _megabytes(size: int) -> str:
    return f"{size / (1024 * 1024):.1f} MB"


def check_upload_size(size: int, name: str, settings: Settings) -> None:
    """Refuse an upload over the limit before its bytes are read."""
    if size > settings.max_file_bytes:
        raise UploadTooLarge(
            f"Tệp '{name}' có dung lượng {_megabytes(size)}, "
            f"vượt giới hạn {_megabytes(settings.max_file_bytes)}. "
            "Hãy tách văn bản thành các tệp nhỏ hơn, hoặc nhờ người quản trị máy chủ nâng giới hạn."
        )


def extract_bytes(data: bytes, name: str, settings: Settings) -> Extraction:
    """Contract v1 of an uploaded file (txt, md, pdf, docx, html); nothing is stored.

    Raises UploadTooLarge, or IngestError for an empty, damaged, encrypted, scanned or unknown file.
    """
    check_upload_size(len(data), name, settings)
    document = ingest_bytes(data, name, max_bytes=settings.max_file_bytes)
    return extract(document, default_document_id(document))


def extract_text(text: str, name: str | None, settings: Settings) -> Extraction:
    """Contract v1 of pasted text; `name` (default `van-ban.txt`) picks the flavour (`.md`)."""
    return extract_bytes(nfc(text).encode("utf-8"), name or "van-ban.txt", settings)


def stored_extraction(settings: Settings, doc_id: str) -> dict | None:
    """The stored contract v1 of a document's current version; None without full text."""
    with open_store(settings.database_url).connect() as conn:
        version = get_current_version(conn, doc_id)
        return load_extraction(conn, version.id) if version else None


def citation_graph(settings: Settings) -> CitationGraph:
    """The whole graph, kept between calls until the store changes (`graph.cache`); read only."""
    return cached_graph(open_store(settings.database_url))


@dataclass(frozen=True)
class GraphExport:
    data: bytes
    media_type: str
    file_name: str


EXPORT_MEDIA = {
    "json": "application/json",
    "graphml": "application/graphml+xml",
    "dot": "text/vnd.graphviz; charset=utf-8",
    "mermaid": "text/plain; charset=utf-8",
    "svg": "image/svg+xml",
    "png": "image/png",
}
EXPORT_FORMATS = tuple(EXPORT_MEDIA)


def export_graph(graph: CitationGraph, fmt: str, root: str | None = None) -> GraphExport:
    """The whole graph, or `root`'s neighbourhood (an id, already found), in one of EXPORT_FORMATS.

    Raises graph.render.RenderError when Graphviz is missing for a picture.
    """
    nodes = neighbourhood(graph, root) if root else None
    if fmt in PICTURE_FORMATS:
        data = render(to_dot(graph, nodes, root), fmt)
    else:
        data = export_text(graph, fmt, nodes, root).encode("utf-8")
    stem = slugify(graph.record(root).key or root) if root else "do-thi-trich-dan"
    extension = "mmd" if fmt == "mermaid" else fmt
    return GraphExport(data, EXPORT_MEDIA[fmt], f"{stem}.{extension}")


def svg_for_page(svg: bytes) -> str:
    """Graphviz SVG made fit to sit inside an HTML page: the XML prologue and DOCTYPE dropped."""
    text = svg.decode("utf-8")
    return text[text.index("<svg") :]


def known_jurisdictions(graph: CitationGraph) -> list[str]:
    """Jurisdictions of the stored documents, the most frequent first (the default for a draft)."""
    counts = Counter(r.jurisdiction for r in graph.records() if r.jurisdiction)
    return [place for place, _ in counts.most_common()]


@dataclass(frozen=True)
class DraftCheck:
    jurisdiction: str | None
    checks: list[CitationCheck]


def check_draft(settings: Settings, text: str, jurisdiction: str | None = None) -> DraftCheck:
    """Check every citation in a pasted draft against the store; local symbols (`TU`) take
    `jurisdiction`, else the one the draft's header names."""
    text = nfc(text)
    place = jurisdiction
    if not place:
        try:
            draft = ingest_bytes(text.encode("utf-8"), "du-thao.txt", max_bytes=settings.max_file_bytes)
            place = draft.header.jurisdiction
        except IngestError:
            place = None
    graph = citation_graph(settings)
    return DraftCheck(place, check_text(text, place, Catalogue(graph.records()), validities(graph)))


# --- Search over passages (Qdrant, hybrid dense + lexical) and the drafting assistant. ---


@dataclass(frozen=True)
class SearchQuery:
    """What a person or a system asks for; text filters match with or without diacritics."""

    text: str
    doc_type: str | None = None
    issuer: str | None = None
    year_from: int | None = None
    year_to: int | None = None
    body: str | None = None
    limit: int = 10
    undated: bool = False  # a year range keeps documents whose year is not known
    jurisdiction: str | None = None
    has_deadline: bool | None = None
    mode: str = "hybrid"  # hybrid | dense | sparse

    def filters(self) -> Filters:
        return filters_from(
            doc_type=self.doc_type,
            issuer=self.issuer,
            year_from=self.year_from,
            year_to=self.year_to,
            undated=self.undated,
            body=self.body,
            jurisdiction=self.jurisdiction,
            has_deadline=self.has_deadline,
        )


def search_passages(engine: SearchEngine, query: SearchQuery) -> list[SearchResult]:
    """Passages ranked by meaning and words; raises ValueError for an empty query."""
    return engine.searcher.search(query.text, query.filters(), limit=query.limit, mode=query.mode)


def find_precedents(
    engine: SearchEngine, settings: Settings, draft: str, jurisdiction: str | None = None, limit: int = 5
) -> DraftAdvice:
    """Precedent passages for a paragraph of a draft, the bodies and deadlines they used, and the
    check of the draft's citations; raises ValueError for an empty draft."""

    def check(text: str) -> list[CitationCheck]:
        return check_draft(settings, text, jurisdiction).checks

    return advise(engine.searcher, draft, limit=limit, check_citations=check)
