"""What waits for the search index and why, for `policylink status` and `GET /api/v1/status`.

The queue, with each entry's failed attempts, is in the store, which every process reads. What
only the process holding the index can see (Qdrant Edge lets one process open it: a running
server) — its counts, the passages still without a dense vector, whether they are being
embedded, its worker's progress — that process writes to `search/holder.json` in the data folder.
"""

import json
import os
from collections import Counter
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from policylink.api import service
from policylink.api.settings import Settings
from policylink.search.engine import SearchEngine, search_folder
from policylink.store.database import open_store
from policylink.store.index_queue import QueueEntry, queue_length, waiting

if TYPE_CHECKING:  # the worker imports this module
    from policylink.api.index_queue_worker import IndexQueueWorker

HOLDER_FILE = "holder.json"
WAITING_SHOWN = 50  # queue entries listed, oldest first
MISSING_SCAN = 500  # passages without a dense vector read to name their documents

# Who holds the index: a server (its worker drains the queue), another command, or nobody.
SERVER, OTHER, NOBODY = "server", "other", "nobody"
_WAITS = {
    SERVER: "chờ máy chủ lập chỉ mục (máy chủ xem hàng đợi mỗi nửa giây)",
    OTHER: "chờ tiến trình policylink đang giữ chỉ mục (một lệnh `reindex` hay `ingest` khác) lập chỉ mục",
    NOBODY: "chờ lập chỉ mục: không có máy chủ nào chạy — `policylink reindex` hoặc lần `policylink "
    "ingest` tới sẽ đưa vào",
}


@dataclass(frozen=True)
class WaitingDocument:
    document_id: str
    queued_at: str
    attempts: int  # failed attempts since it was queued
    error: str | None
    reason: str


@dataclass(frozen=True)
class MissingVectors:
    document_id: str
    passages: int  # among the first MISSING_SCAN passages without a dense vector
    reason: str


@dataclass(frozen=True)
class IndexState:
    holder: str  # SERVER | OTHER | NOBODY
    index: dict | None  # passages, with_dense, pending, embedder, analyzer, cached_embeddings; None: unknown
    embedding: bool  # dense vectors being computed now
    missing_vectors: list[MissingVectors]
    queued: int
    waiting: list[WaitingDocument]  # the first WAITING_SHOWN, oldest first
    worker: dict | None  # the server's worker: started_at, indexed, last_indexed_at, last_error
    updated_at: str | None  # when the holder's figures were taken

    def to_dict(self) -> dict:
        return asdict(self)


def _iso(moment: datetime | None) -> str | None:
    if moment is None:
        return None
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).isoformat(timespec="seconds")


def _engine_figures(engine: SearchEngine) -> dict:
    """The index's counts, whether vectors are being computed, documents with passages lacking one."""
    status = engine.status()
    embedding = not engine.indexer.wait(0)
    missing = Counter(hit.payload.get("document_id", "") for hit in engine.index.missing_dense(MISSING_SCAN))
    return {
        "index": {**status.__dict__, "pending": status.pending},
        "embedding": embedding,
        "missing": dict(missing.most_common()),
    }


def _worker_figures(worker: "IndexQueueWorker") -> dict:
    return {
        "pid": os.getpid(),
        "alive": worker.alive,
        "started_at": _iso(worker.started_at),
        "indexed": worker.indexed,
        "last_indexed_at": _iso(worker.last_indexed_at),
        "last_error": worker.last_error,
    }


def holder_path(settings: Settings) -> Path:
    return search_folder(settings.data_dir) / HOLDER_FILE


def write_holder(settings: Settings, worker: "IndexQueueWorker") -> None:
    """The server's figures for processes that cannot open the index (replaced in one step)."""
    figures = {
        **_engine_figures(service.search_engine(settings)),
        "worker": _worker_figures(worker),
        "updated_at": _iso(datetime.now(UTC)),
    }
    path = holder_path(settings)
    written = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    written.write_text(json.dumps(figures, ensure_ascii=False), encoding="utf-8")
    written.replace(path)


def forget_holder(settings: Settings) -> None:
    holder_path(settings).unlink(missing_ok=True)


def _read_holder(settings: Settings) -> dict | None:
    """The running server's figures; None without a file, or when its server died without removing it."""
    try:
        figures = json.loads(holder_path(settings).read_text(encoding="utf-8"))
        os.kill(int(figures["worker"]["pid"]), 0)
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return figures


def _reason(entry: QueueEntry, holder: str, now: datetime) -> str:
    if not entry.attempts:
        return _WAITS[holder]
    due = service.retry_due(entry, now)
    when = f"lúc {due:%H:%M:%S} UTC" if due and due > now else "ở lượt tới"
    return f"lập chỉ mục lỗi ({entry.attempts} lần): {entry.error} — sẽ thử lại {when}"


def _waiting(entry: QueueEntry, holder: str, now: datetime) -> WaitingDocument:
    reason = _reason(entry, holder, now)
    return WaitingDocument(entry.document_id, str(_iso(entry.queued_at)), entry.attempts, entry.error, reason)


def _missing_reason(holder: str, embedding: bool) -> str:
    if embedding:
        return "thiếu vector — đang nhúng lại (tìm theo từ khóa đã dùng được)"
    if holder == SERVER:
        return "thiếu vector — sẽ nhúng lại (tìm theo từ khóa đã dùng được)"
    return "thiếu vector — sẽ nhúng lại khi máy chủ chạy hoặc khi chạy `policylink reindex`"


def index_state(
    settings: Settings, engine: SearchEngine | None, worker: "IndexQueueWorker | None" = None
) -> IndexState:
    """The state seen by this process: `engine` when it holds the index (a server passes its
    `worker` too), else None and the holder's file, if a server wrote one."""
    if engine is not None:  # a server, or a command that could open the index: no server runs
        figures = {**_engine_figures(engine), "updated_at": _iso(datetime.now(UTC))}
        if worker is not None:
            figures["worker"] = _worker_figures(worker)
        holder = SERVER if worker is not None else NOBODY
    else:
        figures = _read_holder(settings) or {}
        holder = SERVER if figures else OTHER
    now = datetime.now(UTC)
    with open_store(settings.database_url).connect() as conn:
        queued = queue_length(conn)
        entries = waiting(conn, WAITING_SHOWN)
    embedding = bool(figures.get("embedding"))
    return IndexState(
        holder=holder,
        index=figures.get("index"),
        embedding=embedding,
        missing_vectors=[
            MissingVectors(doc_id, count, _missing_reason(holder, embedding))
            for doc_id, count in (figures.get("missing") or {}).items()
        ],
        queued=queued,
        waiting=[_waiting(entry, holder, now) for entry in entries],
        worker=figures.get("worker"),
        updated_at=figures.get("updated_at"),
    )
