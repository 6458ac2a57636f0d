"""Drafting assistant: precedent passages for a paragraph of a draft, the bodies and deadlines
those precedents assigned, and (when a checker is given) the check of the draft's citations."""

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

from policylink.search.index import Filters
from policylink.search.retrieval import MAX_QUERY_CHARS, Searcher, SearchResult


@dataclass(frozen=True)
class DraftAdvice:
    precedents: list[SearchResult]
    bodies: list[tuple[str, int]]  # body canonical name, how many precedents assign to it
    deadlines: list[dict]  # deadline texts of the precedents, with the passage they come from
    citations: list = field(default_factory=list)  # graph citation checks, when a checker is given

    def to_dict(self) -> dict:
        return {
            "precedents": [p.to_dict() for p in self.precedents],
            "bodies": [{"body": b, "count": n} for b, n in self.bodies],
            "deadlines": self.deadlines,
            "citations": [c if isinstance(c, dict) else c.__dict__ for c in self.citations],
        }


def advise(
    searcher: Searcher,
    draft: str,
    *,
    limit: int = 5,
    filters: Filters | None = None,
    check_citations: Callable[[str], list] | None = None,
) -> DraftAdvice:
    text = " ".join(draft.split())
    if not text:
        raise ValueError("Dự thảo đang trống: hãy dán một đoạn dự thảo, hoặc chỉ ra tệp chứa dự thảo.")
    precedents = searcher.search(text[:MAX_QUERY_CHARS], filters, limit=limit)
    bodies = Counter(b for p in precedents for b in set(p.bodies))
    deadlines = [
        {**d, "document_id": p.document_id, "section": p.section} for p in precedents for d in p.deadlines
    ]
    citations = check_citations(draft) if check_citations else []
    return DraftAdvice(precedents, bodies.most_common(), deadlines, citations)
