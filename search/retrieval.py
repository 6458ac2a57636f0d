"""Hybrid retrieval: dense and sparse candidates, fused by weighted reciprocal rank, filtered, grouped.

Filters are applied inside both candidate searches (payload indexes), so a selective filter
still returns a full page. Filtered HNSW can miss neighbours when a filter keeps few points, so
the dense leg switches to exact search when the filter keeps at most EXACT_BELOW points.
"""

import math
import re
from dataclasses import dataclass, field
from functools import lru_cache

import numpy as np

from policylink.core.vietnamese import fold, match_key
from policylink.nlp.body_tree import query_key
from policylink.search.diacritics import Vocabulary, restore
from policylink.search.embedders import Embedder
from policylink.search.highlight import snippet
from policylink.search.index import Filters, Hit, VectorIndex
from policylink.search.lexical import document_keys, query_vector
from policylink.search.rerank import rerank
from policylink.search.thesaurus import Expansion, Thesaurus, default_thesaurus

MODES = ("hybrid", "dense", "sparse")
CANDIDATES = 50
KEY_QUERY_SPARSE_WEIGHT = 3.0
RRF_K = 10  # measured on the retrieval gold: k=10 beats the usual 60 (bench/results/search.md)
COVERAGE_POWER = 2.0  # sparse weight = lexical coverage ** this (sweep in bench/results/search.md)
COVERAGE_TOP = 3  # lexical hits whose words count for the coverage
# A query whose words the lexical leg mostly did not find (coverage below this) is searched
# lexically again with the words of the dense leg's first passage added at BORROWED_WEIGHT
# (a sweep of both in bench/results/search.md).
BORROW_BELOW = 0.7
BORROWED_WEIGHT = 0.3
# Below the same coverage, the documents' words for the query's everyday phrases (search/thesaurus.tsv)
# join the lexical query at THESAURUS_WEIGHT, and the query rewritten in those words is embedded as
# a second dense leg at REWRITTEN_DENSE_WEIGHT (0 turns that part off; variants in bench/results/search.md).
THESAURUS_WEIGHT = 0.5
REWRITTEN_DENSE_WEIGHT = 0.75
EXACT_BELOW = 20_000
QUERY_VECTORS_KEPT = 256
# The embedder reads ~512 tokens (about this many characters); longer queries are refused (a
# 10,000-character one took 12.8 s) and the drafting assistant cuts a draft paragraph here.
MAX_QUERY_CHARS = 1500
ACCENT_BONUS = 0.002  # below one RRF rank step: only reorders near-ties


@dataclass(frozen=True)
class SearchResult:
    passage_id: str
    document_id: str
    source_name: str
    section: str | None
    heading_path: str
    text: str
    snippet: str
    highlights: list[tuple[int, int]]
    score: float
    doc_type: str | None
    doc_key: str | None
    issuer: str | None
    jurisdiction: str | None
    year: int | None
    issue_date: str | None
    title: str | None
    bodies: list[str] = field(default_factory=list)
    deadlines: list[dict] = field(default_factory=list)

    def to_dict(self) -> dict:
        out = dict(self.__dict__)
        out["highlights"] = [list(span) for span in self.highlights]
        return out


def filters_from(
    *,
    doc_type: str | None = None,
    issuer: str | None = None,
    jurisdiction: str | None = None,
    year_from: int | None = None,
    year_to: int | None = None,
    undated: bool = False,
    has_deadline: bool | None = None,
    body: str | None = None,
    document_id: str | None = None,
) -> Filters:
    """User-typed values (any accents, any case) to index filters."""
    return Filters(
        doc_type_keys=(fold(doc_type),) if doc_type else (),
        issuer_keys=(fold(issuer),) if issuer else (),
        jurisdiction_keys=(fold(jurisdiction),) if jurisdiction else (),
        body_keys=(query_key(body),) if body and query_key(body) else (),
        document_ids=(document_id,) if document_id else (),
        year_from=year_from,
        year_to=year_to,
        undated=undated,
        has_deadline=has_deadline,
    )


def rrf(rankings: list[list[Hit]], k: int = RRF_K, weights: list[float] | None = None) -> list[Hit]:
    """Reciprocal rank fusion: score = sum of weight / (k + rank)."""
    weights = weights or [1.0] * len(rankings)
    scores: dict[str, float] = {}
    payloads: dict[str, dict] = {}
    for ranking, weight in zip(rankings, weights, strict=True):
        for rank, hit in enumerate(ranking, start=1):
            scores[hit.id] = scores.get(hit.id, 0.0) + weight / (k + rank)
            payloads.setdefault(hit.id, hit.payload)
    order = sorted(scores, key=lambda pid: -scores[pid])
    return [Hit(pid, scores[pid], payloads[pid]) for pid in order]


def _ties_by_id(hits: list[Hit]) -> list[Hit]:
    """Equal scores in passage-id order: the index returns ties in storage order, which varies
    from one build to the next, and rank fusion would carry that into the results."""
    return sorted(hits, key=lambda hit: (-hit.score, hit.id))


def _syllables(text: str) -> set[str]:
    return set(re.findall(r"\w+", fold(text)))


def lexical_coverage(query: str, sparse_hits: list[Hit]) -> float:
    """Share of the query's (folded) syllables found in the best of the top lexical hits. Near 1
    when the query's words are the corpus's words; low for a paraphrase, where the lexical leg
    ranks passages on incidental words (`của`, `cho`, `các`) and its order is mostly noise."""
    wanted = _syllables(query)
    if not wanted:
        return 0.0
    found = (  # the words the lexical leg indexed: heading context, text, the document's own key
        _syllables(" ".join(str(hit.payload.get(f) or "") for f in ("context", "text", "doc_key")))
        for hit in sparse_hits[:COVERAGE_TOP]
    )
    return max((len(wanted & words) / len(wanted) for words in found), default=0.0)


def fusion_weights(query: str, coverage: float) -> list[float]:
    """[dense, sparse] RRF weights. A document key is an identifier, which only the lexical leg
    matches exactly; and the lexical leg is trusted in proportion to how much of the query it
    actually matched. A query typed without diacritics needs no weight of its own: the dense
    leg embeds it with its diacritics restored (`Searcher.dense_query`)."""
    sparse = KEY_QUERY_SPARSE_WEIGHT if document_keys(query) else 1.0
    return [1.0, sparse * coverage**COVERAGE_POWER]


def _accented_syllables(query: str) -> list[str]:
    return [w for w in match_key(query).split() if fold(w) != w]


def _accent_share(accented: list[str], text: str) -> float:
    """Share of the query's accented syllables (`_accented_syllables`) found with the same
    accents in the text."""
    if not accented:
        return 0.0
    haystack = set(match_key(text).replace(",", " ").replace(".", " ").split())
    return sum(w in haystack for w in accented) / len(accented)


def _with_accent_bonus(query: str, hits: list[Hit], limit: int) -> list[Hit]:
    """The first `limit` hits once each has ACCENT_BONUS for the share of the query's accented
    syllables its passage writes with the same accents. A hit below the limit-th score by more
    than the whole bonus cannot reach the page (`limit` hits stand above it whatever their
    bonus), so its passage is not read."""
    accented = _accented_syllables(query)
    if not accented:
        return sorted(hits, key=lambda h: -h.score)[:limit]
    floor = sorted((h.score for h in hits), reverse=True)[limit - 1] if len(hits) >= limit else -math.inf
    rescored = [
        Hit(h.id, h.score + ACCENT_BONUS * _accent_share(accented, h.payload.get("text", "")), h.payload)
        if h.score + ACCENT_BONUS >= floor
        else h
        for h in hits
    ]
    rescored.sort(key=lambda h: -h.score)
    return rescored[:limit]


class Searcher:
    def __init__(
        self,
        index: VectorIndex,
        embedder: Embedder,
        vocabulary: Vocabulary,
        thesaurus: Thesaurus | None = None,
    ) -> None:
        self.index = index
        self.embedder = embedder
        self.vocabulary = vocabulary
        self.thesaurus = thesaurus or default_thesaurus()
        # hybrid only: words borrowed for a low-coverage query, then the question-type re-ranking
        # (`rerank`); off only to measure what they cost (bench/search_latency.py)
        self.paraphrase_stages = True
        # a query re-run with other filters, another page or another mode is embedded once
        self._query_vector = lru_cache(maxsize=QUERY_VECTORS_KEPT)(self._encode_query)

    def _encode_query(self, query: str) -> np.ndarray:
        return self.embedder.encode_queries([query])[0]

    def dense_query(self, query: str) -> str:
        """What the dense leg embeds: a query typed without diacritics gets the corpus's own."""
        return restore(query, self.vocabulary)

    def _dense(self, query: str, filters: Filters, limit: int) -> list[Hit]:
        vector = self._query_vector(self.dense_query(query))
        exact = not filters.is_empty() and self.index.count_matching(filters) <= EXACT_BELOW
        return _ties_by_id(self.index.search_dense(vector, filters, limit, exact=exact))

    def _sparse(
        self, query: str, filters: Filters, limit: int, borrowed: str = "", expansion: Expansion | None = None
    ) -> list[Hit]:
        formal = expansion.formal if expansion and THESAURUS_WEIGHT > 0 else ()
        terms = query_vector(
            query, self.index.meta.analyzer, borrowed, BORROWED_WEIGHT, formal, THESAURUS_WEIGHT
        )
        return _ties_by_id(self.index.search_sparse(terms, filters, limit))

    def expansion(self, query: str) -> Expansion:
        """The documents' words for the query's everyday phrases; a query typed without
        diacritics is matched with them restored."""
        return self.thesaurus.expand(self.dense_query(query))

    def _hybrid(self, query: str, filters: Filters, limit: int) -> list[Hit]:
        dense, sparse = self._dense(query, filters, limit), self._sparse(query, filters, limit)
        coverage = lexical_coverage(query, sparse)
        legs, weights = [dense], [1.0]
        if self.paraphrase_stages and coverage < BORROW_BELOW:
            expansion = self.expansion(query)
            if dense or expansion:
                first = dense[0].payload if dense else {}
                borrowed = f"{first.get('context') or ''} {first.get('text', '')}"
                sparse = self._sparse(query, filters, limit, borrowed, expansion)
                coverage = lexical_coverage(query, sparse)
            if expansion:  # the lexical leg is trusted for the documents' words it found too
                coverage = max(coverage, lexical_coverage(expansion.rewritten, sparse))
            if expansion and REWRITTEN_DENSE_WEIGHT > 0:
                legs.append(self._dense(expansion.rewritten, filters, limit))
                weights.append(REWRITTEN_DENSE_WEIGHT)
        weights.append(fusion_weights(query, coverage)[1])
        hits = rrf([*legs, sparse], k=RRF_K, weights=weights)
        return rerank(query, hits) if self.paraphrase_stages else hits

    def ranked_hits(
        self, query: str, filters: Filters | None = None, limit: int = 10, mode: str = "hybrid"
    ) -> list[Hit]:
        if mode not in MODES:
            raise ValueError(f"unknown search mode {mode!r}; expected one of {', '.join(MODES)}")
        filters = filters or Filters()
        depth = max(limit, CANDIDATES)
        if mode == "dense":
            hits = self._dense(query, filters, depth)
        elif mode == "sparse":
            hits = self._sparse(query, filters, depth)
        else:
            hits = self._hybrid(query, filters, depth)
        return _with_accent_bonus(query, hits, limit)

    def search(
        self, query: str, filters: Filters | None = None, limit: int = 10, mode: str = "hybrid"
    ) -> list[SearchResult]:
        query = query.strip()
        if not query:
            raise ValueError("Câu tìm kiếm đang trống: hãy gõ vài từ, ví dụ: hạ tầng giao thông.")
        if len(query) > MAX_QUERY_CHARS:
            raise ValueError(
                f"Câu tìm kiếm dài {len(query)} ký tự, quá giới hạn {MAX_QUERY_CHARS} ký tự: hãy rút gọn "
                "còn vài từ hay một câu; để tìm tiền lệ cho cả một đoạn dự thảo, dùng trang Soạn thảo."
            )
        return [to_result(query, hit) for hit in self.ranked_hits(query, filters, limit, mode)]


def to_result(query: str, hit: Hit) -> SearchResult:
    p = hit.payload
    snip = snippet(query, p.get("text", ""))
    return SearchResult(
        passage_id=hit.id,
        document_id=p["document_id"],
        source_name=p.get("source_name", ""),
        section=p.get("section"),
        heading_path=p.get("heading_path", ""),
        text=p.get("text", ""),
        snippet=snip.text,
        highlights=snip.spans,
        score=round(hit.score, 6),
        doc_type=p.get("doc_type"),
        doc_key=p.get("doc_key"),
        issuer=p.get("issuer"),
        jurisdiction=p.get("jurisdiction"),
        year=p.get("year"),
        issue_date=p.get("issue_date"),
        title=p.get("title"),
        bodies=list(p.get("bodies", [])),
        deadlines=list(p.get("deadlines", [])),
    )


def group_by_document(results: list[SearchResult]) -> list[tuple[str, list[SearchResult]]]:
    """(document id, its results) for each document, in the order of its best passage."""
    groups: dict[str, list[SearchResult]] = {}
    for result in results:
        groups.setdefault(result.document_id, []).append(result)
    return list(groups.items())
