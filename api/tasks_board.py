"""The tasks board: every task of every document's current extraction, filtered, sorted and paged.

Rows are read from the stored extractions and kept per version (an extraction changes only when
its document is ingested again); the rows of every document with their body tree, and every row
in each order asked for so far, are kept until a write moves the store's generation, so a request
only filters and pages.
"""

import threading
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from functools import cached_property

import sqlalchemy as sa

from policylink.api.settings import Settings
from policylink.core.identity import normalize_key
from policylink.core.vietnamese import fold
from policylink.nlp.body_tree import BodyTree, contains, name_words
from policylink.store.current_extractions import current_extraction_stamps
from policylink.store.database import open_store
from policylink.store.documents import list_documents
from policylink.store.extractions import load_extraction
from policylink.store.generation_cache import per_generation
from policylink.store.records import DocumentRecord

SORTS = ("due", "document", "body", "issued")
ROLES = ("any", "responsible", "coordinating")
MAX_PER_PAGE = 500


@dataclass(frozen=True)
class TaskRow:
    document: DocumentRecord
    order: int  # the task's place in its document
    task: dict  # contract v1 task: id, section, action, text, responsible, coordinating, ...

    @cached_property
    def due(self) -> date | None:
        deadline = self.task.get("deadline")
        return date.fromisoformat(deadline["due"]) if deadline and deadline.get("due") else None

    @property
    def recurrence(self) -> str | None:
        deadline = self.task.get("deadline")
        return self.task.get("recurrence") or (deadline or {}).get("recurrence")

    def overdue(self, as_of: date) -> bool:
        return self.due is not None and self.due < as_of


@dataclass(frozen=True)
class TaskQuery:
    """What a person or a system asks of the board; empty fields do not filter."""

    body: str = ""  # a body as typed: `ubnd tinh`, `Sở Tài chính`
    role: str = "any"  # one of ROLES: where the body stands in the task
    with_parents: bool = False  # also the tasks of the bodies above the one asked for
    issuer: str = ""
    document: str = ""  # a document id or key
    due_after: date | None = None
    due_before: date | None = None
    overdue: bool = False  # due before `as_of`
    as_of: date = field(default_factory=date.today)
    recurring: bool = False
    sort: str = "due"  # one of SORTS
    descending: bool = False
    page: int = 1
    per_page: int = 50

    def __post_init__(self) -> None:
        if self.sort not in SORTS:
            raise ValueError(f"Cách sắp xếp '{self.sort}' không có; hãy chọn một trong: {', '.join(SORTS)}.")
        if self.role not in ROLES:
            raise ValueError(f"Vai trò '{self.role}' không có; hãy chọn một trong: {', '.join(ROLES)}.")
        if self.page < 1 or not 1 <= self.per_page <= MAX_PER_PAGE:
            raise ValueError(f"Trang bắt đầu từ 1; mỗi trang từ 1 đến {MAX_PER_PAGE} nhiệm vụ.")


@dataclass(frozen=True)
class BoardPage:
    rows: list[TaskRow]  # this page's rows
    total: int  # rows matching the filters, all pages
    query: TaskQuery
    documents: list[DocumentRecord]  # the documents that have tasks, for choosing one
    issuers: list[str]

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.query.per_page))


@dataclass(frozen=True)
class _Extracted:
    created_at: datetime
    tasks: list[dict]
    kinds: dict[str, tuple[str, str | None]]  # body canonical name -> (kind, level)


_CACHE: dict[int, _Extracted] = {}
_CACHE_LOCK = threading.Lock()


def _extractions(conn: sa.Connection) -> dict[str, _Extracted]:
    """Document id -> the tasks of its current extraction, reloading only what changed."""
    stamps = current_extraction_stamps(conn)
    with _CACHE_LOCK:
        for _, version_id, created in stamps:
            cached = _CACHE.get(version_id)
            if cached is None or cached.created_at != created:
                data = load_extraction(conn, version_id) or {}
                kinds = {b["canonical"]: (b["kind"], b["level"]) for b in data.get("bodies", [])}
                _CACHE[version_id] = _Extracted(created, data.get("tasks", []), kinds)
        return {doc_id: _CACHE[version_id] for doc_id, version_id, _ in stamps}


def _bodies(task: dict, role: str) -> list[str]:
    responsible, coordinating = task.get("responsible", []), task.get("coordinating", [])
    return {"responsible": responsible, "coordinating": coordinating}.get(role, responsible + coordinating)


def _sort_key(sort: str) -> Callable[[TaskRow], tuple]:
    def by_place(row: TaskRow) -> tuple:
        return (fold(row.document.title or row.document.id), row.document.id, row.order)

    keys = {
        "due": lambda row: (row.due is None, row.due or date.max, *by_place(row)),
        "document": by_place,
        "body": lambda row: (fold(next(iter(row.task.get("responsible", [])), "~")), *by_place(row)),
        "issued": lambda row: (row.document.issue_date or "", *by_place(row)),
    }
    return keys[sort]


def _matches(row: TaskRow, query: TaskQuery, tree: BodyTree, above: set[str]) -> bool:
    if query.document and row.document.id != query.document:
        return False
    if query.issuer and not contains(name_words(row.document.issuer or ""), name_words(query.issuer)):
        return False
    if query.recurring and not row.recurrence:
        return False
    due = row.due
    if (query.due_after or query.due_before or query.overdue) and due is None:
        return False
    if (query.due_after and due < query.due_after) or (query.due_before and due > query.due_before):
        return False
    if query.overdue and not row.overdue(query.as_of):
        return False
    if query.body:
        wanted = name_words(query.body)
        bodies = _bodies(row.task, query.role)
        return any(tree.under(b, wanted) for b in bodies) or any(b in above for b in bodies)
    return True


@dataclass(frozen=True)
class Selection:
    rows: list[TaskRow]  # every row matching the filters, sorted
    query: TaskQuery  # as asked, a document key replaced by its id
    documents: list[DocumentRecord]  # the documents that have tasks, for choosing one
    issuers: list[str]


@dataclass(frozen=True)
class _Rows:
    """Everything the board derives from the store before any filter; read only."""

    records: dict[str, DocumentRecord]
    rows: list[TaskRow]
    tree: BodyTree
    with_tasks: list[DocumentRecord]  # newest first
    issuers: list[str]
    ordered: dict[tuple[str, bool], list[TaskRow]] = field(default_factory=dict, compare=False, repr=False)

    def in_order(self, sort: str, descending: bool) -> list[TaskRow]:
        """Every row sorted `sort`'s way, sorted once per order (the keys fold every document's
        title: sorting cost more than all the rest of a request). The sort is stable, so the rows a
        filter keeps from this list are in the order sorting them alone gives."""
        if (sort, descending) not in self.ordered:  # two threads may both sort: the same list
            self.ordered[sort, descending] = sorted(self.rows, key=_sort_key(sort), reverse=descending)
        return self.ordered[sort, descending]


def _build_rows(conn: sa.Connection) -> _Rows:
    records = {record.id: record for record in list_documents(conn)}
    extracted = {doc_id: e for doc_id, e in _extractions(conn).items() if doc_id in records}
    rows = [
        TaskRow(records[doc_id], order, task)
        for doc_id, e in extracted.items()
        for order, task in enumerate(e.tasks)
    ]
    kinds = {name: kind for e in extracted.values() for name, kind in e.kinds.items()}
    with_tasks = [records[doc_id] for doc_id, e in extracted.items() if e.tasks]
    return _Rows(
        records=records,
        rows=rows,
        tree=BodyTree({b for row in rows for b in _bodies(row.task, "any")}, kinds),
        with_tasks=sorted(with_tasks, key=lambda r: (r.issue_date or "", r.id), reverse=True),
        issuers=sorted({r.issuer for r in with_tasks if r.issuer}, key=fold),
    )


def _all_rows(settings: Settings) -> _Rows:
    """Every task row with the body tree, built again only when a write (from any process) moved
    the store's generation since the last build."""
    return per_generation(open_store(settings.database_url), "tasks-board", _build_rows)


def select(settings: Settings, query: TaskQuery) -> Selection:
    """Every row `query`'s filters keep (exports take them all), sorted its way."""
    every = _all_rows(settings)
    above = every.tree.above(name_words(query.body)) if query.body and query.with_parents else set()
    query = replace(query, document=_document_id(query.document, every.records.values()))
    chosen = [
        row for row in every.in_order(query.sort, query.descending) if _matches(row, query, every.tree, above)
    ]
    return Selection(rows=chosen, query=query, documents=every.with_tasks, issuers=every.issuers)


def board(settings: Settings, query: TaskQuery) -> BoardPage:
    """The rows `query` asks for, on its page, with the total and what the filters can choose from."""
    selection = select(settings, query)
    first = (query.page - 1) * query.per_page
    return BoardPage(
        rows=selection.rows[first : first + query.per_page],
        total=len(selection.rows),
        query=selection.query,
        documents=selection.documents,
        issuers=selection.issuers,
    )


def _document_id(ref: str, records: Iterable[DocumentRecord]) -> str:
    """An id as given; a key (`55-KL/TU`) names the document carrying it when only one does."""
    if not ref:
        return ""
    records = list(records)
    if any(r.id == ref for r in records):
        return ref
    carrying = [r.id for r in records if r.key and r.key == normalize_key(ref)]
    return carrying[0] if len(carrying) == 1 else ref
