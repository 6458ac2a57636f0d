"""The document list: every document of the store, searched by title or number without regard to
diacritics, filtered by type, issuer, year and scope, sorted and paged. The page `/` and
`GET /api/v1/documents` read the same query.

The documents are those of the cached citation graph (`graph.cache`), so a request reads the
store only for its generation; the folded search text and the choices of the filters are kept with
the graph.
"""

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from policylink.api import service
from policylink.api.settings import Settings
from policylink.core.identity import CENTRAL_SCOPE, scope_of
from policylink.core.vietnamese import fold
from policylink.graph.build import CitationGraph
from policylink.graph.cache import derived
from policylink.store.records import DocumentRecord

SORTS = ("date", "number", "title")
ORDERS = ("asc", "desc")
DEFAULT_ORDER = {"date": "desc", "number": "asc", "title": "asc"}  # newest first; numbers, titles A→Z
MAX_PER_PAGE = 500
MAX_QUERY_CHARS = 200
CENTRAL_LABEL = "Trung ương"
_LEADING_NUMBER = re.compile(r"\d+")
_WORD = re.compile(r"[\w/-]+")  # a number keeps its symbol: `55-kl/tu`


@dataclass(frozen=True)
class DocumentQuery:
    """What a person or a system asks of the list; empty fields do not filter."""

    text: str = ""  # words of the title, the number (`55-KL`), the type, with or without diacritics
    doc_type: str = ""
    issuer: str = ""
    year: int | None = None
    scope: str = ""  # `tw` (central) or a province's slug (`bac-giang`)
    full_text: bool = False  # only documents whose text is stored
    sort: str = "date"  # one of SORTS
    order: str = ""  # one of ORDERS; empty: the sort's natural order (DEFAULT_ORDER)
    page: int = 1
    per_page: int = 50

    def __post_init__(self) -> None:
        if self.sort not in SORTS:
            raise ValueError(f"Cách sắp xếp '{self.sort}' không có; hãy chọn một trong: {', '.join(SORTS)}.")
        if self.order and self.order not in ORDERS:
            raise ValueError(f"Thứ tự '{self.order}' không có; hãy chọn asc (tăng dần) hoặc desc (giảm dần).")
        if self.page < 1 or not 1 <= self.per_page <= MAX_PER_PAGE:
            raise ValueError(f"Trang bắt đầu từ 1; mỗi trang từ 1 đến {MAX_PER_PAGE} văn bản.")
        if len(self.text) > MAX_QUERY_CHARS:
            raise ValueError(f"Từ khóa dài {len(self.text)} ký tự; hãy gõ tối đa {MAX_QUERY_CHARS} ký tự.")

    @property
    def descending(self) -> bool:
        return (self.order or DEFAULT_ORDER[self.sort]) == "desc"


@dataclass(frozen=True)
class Choices:
    """What the filters can choose from, over every document of the store."""

    types: list[str]
    issuers: list[str]
    years: list[int]  # newest first
    scopes: list[tuple[str, str]]  # (value, label): (`tw`, `Trung ương`), (`bac-giang`, `Bắc Giang`)
    total: int  # documents in the store
    with_text: int  # of which with a stored text


@dataclass(frozen=True)
class DocumentPage:
    records: list[DocumentRecord]  # this page's documents
    total: int  # documents matching the query, all pages
    query: DocumentQuery
    choices: Choices

    @property
    def pages(self) -> int:
        return max(1, -(-self.total // self.query.per_page))


def _words(text: str) -> str:
    """Folded words, each after a space: a query word matches the start of a word (`45` finds
    `45/KH-UBND`, not `2045`)."""
    return " " + " ".join(_WORD.findall(fold(text)))


def _search_text(record: DocumentRecord) -> str:
    return _words(" ".join(filter(None, (record.doc_type, record.key, record.title))))


def _scope_label(scope: str, records: list[DocumentRecord]) -> str:
    if scope == CENTRAL_SCOPE:
        return CENTRAL_LABEL
    places = Counter(r.jurisdiction for r in records if r.jurisdiction)
    return places.most_common(1)[0][0] if places else scope


def _choices(graph: CitationGraph) -> Choices:
    records = list(graph.records())
    by_scope: dict[str, list[DocumentRecord]] = {}
    for record in records:
        by_scope.setdefault(scope_of(record.id), []).append(record)
    scopes = [(scope, _scope_label(scope, group)) for scope, group in by_scope.items()]
    return Choices(
        types=sorted({r.doc_type for r in records if r.doc_type}, key=fold),
        issuers=sorted({r.issuer for r in records if r.issuer}, key=fold),
        years=sorted({int(r.issue_date[:4]) for r in records if r.issue_date}, reverse=True),
        scopes=sorted(scopes, key=lambda pair: (pair[0] != CENTRAL_SCOPE, fold(pair[1]))),
        total=len(records),
        with_text=sum(r.ingested for r in records),
    )


def _searchable(graph: CitationGraph) -> list[tuple[DocumentRecord, str]]:
    return [(record, _search_text(record)) for record in graph.records()]


def _number(record: DocumentRecord) -> int | None:
    found = _LEADING_NUMBER.match(record.number or record.key or "")
    return int(found.group()) if found else None


_SORT_KEYS: dict[str, Callable[[DocumentRecord], tuple]] = {
    "date": lambda r: (r.issue_date or "", r.id),
    "number": lambda r: (_number(r) or 0, fold(r.key or ""), r.issue_date or "", r.id),
    "title": lambda r: (fold(r.title or r.key or ""), r.id),
}
_HAS_SORT_VALUE: dict[str, Callable[[DocumentRecord], bool]] = {
    "date": lambda r: r.issue_date is not None,
    "number": lambda r: _number(r) is not None,
    "title": lambda r: bool(r.title or r.key),
}


def _matches(record: DocumentRecord, words: list[str], text: str, query: DocumentQuery) -> bool:
    return (
        all(" " + word in text for word in words)
        and (not query.doc_type or record.doc_type == query.doc_type)
        and (not query.issuer or record.issuer == query.issuer)
        and (query.year is None or (record.issue_date or "").startswith(f"{query.year}-"))
        and (not query.scope or scope_of(record.id) == query.scope)
        and (not query.full_text or record.ingested)
    )


def document_page(settings: Settings, query: DocumentQuery) -> DocumentPage:
    """The documents `query` asks for, on its page, with the total and the filters' choices.
    Documents without the sort's value (undated, unnumbered) come last in either order."""
    graph = service.citation_graph(settings)
    words = _words(query.text).split(" ")[1:]
    searchable = derived(graph, "document-search", _searchable)
    chosen = [record for record, text in searchable if _matches(record, words, text, query)]
    has_value, sort_key = _HAS_SORT_VALUE[query.sort], _SORT_KEYS[query.sort]
    ordered = sorted((r for r in chosen if has_value(r)), key=sort_key, reverse=query.descending)
    ordered += sorted((r for r in chosen if not has_value(r)), key=_SORT_KEYS["title"])
    first = (query.page - 1) * query.per_page
    return DocumentPage(
        records=ordered[first : first + query.per_page],
        total=len(ordered),
        query=query,
        choices=derived(graph, "document-choices", _choices),
    )
