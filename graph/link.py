"""Turning one document's extraction into graph edges: resolve every citation, anchor nested ones
on the document that encloses them, and say which documents the citations make known.

Pure: reads a contract v1 extraction and a catalogue, returns plain records; `graph.sync` writes
them to the store.
"""

from dataclasses import dataclass, field

from policylink.core.identity import named_law_stem, normalize_key
from policylink.graph.resolve import (
    Catalogue,
    Resolution,
    as_citation,
    citation_node,
    law_name,
    resolve,
    year_in_key,
)
from policylink.nlp.model import Citation, Extraction
from policylink.store.documents import identity_of
from policylink.store.records import DocumentFacts, Edge

_EVIDENCE_LIMIT = 400
_PASSAGE_ENDS = (". ", ".\n", "; ", "\n")


@dataclass(frozen=True)
class Statement:
    """What one citation states about a resolved document (for the conflicting-facts query)."""

    target_id: str
    key: str
    date: str | None
    issuer: str | None
    stated_by: str
    text: str


@dataclass(frozen=True)
class Unresolved:
    stated_by: str
    key: str
    text: str
    status: str  # ambiguous | unknown
    candidates: tuple[str, ...]
    reason: str | None


@dataclass
class LinkPlan:
    document_id: str
    edges: list[Edge] = field(default_factory=list)
    facts: list[DocumentFacts] = field(default_factory=list)  # to record: new nodes, or gaps to fill
    new_ids: list[str] = field(default_factory=list)
    unresolved: list[Unresolved] = field(default_factory=list)
    statements: list[Statement] = field(default_factory=list)
    folds: list[tuple[str, str]] = field(default_factory=list)  # (citation-only node, the one it is)


def evidence_passage(text: str, citation: Citation) -> str:
    """The clause around a citation (between sentence or list separators), at most a few lines."""
    if citation.start is None or citation.end is None or text[citation.start : citation.end] != citation.text:
        return citation.text
    before = [(text.rfind(end, 0, citation.start), end) for end in _PASSAGE_ENDS]
    begin = max((i + len(end) for i, end in before if i != -1), default=0)
    after = [text.find(end, citation.end) for end in _PASSAGE_ENDS]
    finish = min((i for i in after if i != -1), default=len(text))
    passage = " ".join(text[begin:finish].split())
    if len(passage) > _EVIDENCE_LIMIT:
        return citation.text
    return passage


def target_key(citation: Citation) -> str:
    return normalize_key(citation.key) if citation.number else " ".join(citation.key.split())


def _resolve_all(
    citations: list[Citation], jurisdiction: str | None, catalogue: Catalogue
) -> list[Resolution]:
    """Dated and unnumbered citations first: they may make an undated mention of the same key unique."""
    resolved: dict[int, Resolution] = {}
    order = sorted(range(len(citations)), key=lambda i: not (citations[i].date or not citations[i].number))
    for i in order:
        resolved[i] = resolve(citations[i], jurisdiction, catalogue)
        if resolved[i].status == "new":
            catalogue.add(citation_node(resolved[i]))
    return [resolved[i] for i in range(len(citations))]


def plan_links(
    extraction: Extraction | dict, catalogue: Catalogue, source_version: int | None = None
) -> LinkPlan:
    """Edges, nodes and unresolved citations for one document's extraction."""
    data = extraction.to_dict() if isinstance(extraction, Extraction) else extraction
    document = data["document"]
    doc_id, text = document["id"], document.get("text") or ""
    citations = [as_citation(c) for c in data.get("citations", [])]
    resolutions = _resolve_all(citations, document.get("jurisdiction"), catalogue)
    plan = LinkPlan(doc_id)
    seen: set[tuple[str, str, str]] = set()
    plan.folds = _named_laws_now_numbered(citations, resolutions, catalogue)
    for citation, resolution in zip(citations, resolutions, strict=True):
        source_id, relation = doc_id, citation.relation or "cites"
        if citation.source not in (None, "self", doc_id):
            source_id = _enclosing_target(citation, citations, resolutions, catalogue)
            if source_id is None:  # the enclosing document is unresolved: only "this text mentions it" holds
                source_id, relation = doc_id, "cites"
        if resolution.target_id == source_id:
            continue
        _record_resolution(plan, citation, resolution)
        key = target_key(citation)
        edge_id = (source_id, resolution.target_id or key, relation)
        if edge_id in seen:
            continue
        seen.add(edge_id)
        plan.edges.append(
            Edge(
                source_id=source_id,
                target_key=key,
                relation=relation,
                target_id=resolution.target_id,
                evidence=evidence_passage(text, citation),
                source_version=source_version,
            )
        )
    return plan


def _named_laws_now_numbered(
    citations: list[Citation], resolutions: list[Resolution], catalogue: Catalogue
) -> list[tuple[str, str]]:
    """`tw/luat/dat-dai/2024`, known only by name, is `tw/31/2024/QH15` once a citation writes both
    the name and the number: the pairs to fold."""
    folds = []
    for citation, resolution in zip(citations, resolutions, strict=True):
        stem = named_law_stem(citation.doc_type, law_name(citation)) if citation.number else None
        if stem is None or resolution.target_id is None:
            continue
        for record in catalogue.named_laws(stem, year_in_key(citation.key), numbered_first=False):
            if not record.key and not record.ingested and (record.id, resolution.target_id) not in folds:
                folds.append((record.id, resolution.target_id))
    return folds


def _enclosing_target(
    nested: Citation, citations: list[Citation], resolutions: list[Resolution], catalogue: Catalogue
) -> str | None:
    """The resolved id of the citation whose subject holds `nested`: the innermost citation whose
    span contains it, else the one whose provisional id `nested.source` names."""
    holders = [
        (c.end - c.start, r.target_id)
        for c, r in zip(citations, resolutions, strict=True)
        if c is not nested
        and None not in (c.start, nested.start)
        and c.start <= nested.start
        and nested.end <= c.end
        and c.end - c.start > nested.end - nested.start
    ]
    if holders:
        return min(holders, key=lambda holder: holder[0])[1]
    by_provisional = {
        c.target_id: r.target_id for c, r in zip(citations, resolutions, strict=True) if c.target_id
    }
    if nested.source in by_provisional:
        return by_provisional[nested.source]
    return nested.source if nested.source in catalogue.by_id else None


def _record_resolution(plan: LinkPlan, citation: Citation, resolution: Resolution) -> None:
    if resolution.target_id is None:
        plan.unresolved.append(
            Unresolved(
                plan.document_id,
                target_key(citation),
                citation.text,
                resolution.status,
                resolution.candidates,
                resolution.reason,
            )
        )
        return
    plan.statements.append(
        Statement(
            resolution.target_id,
            target_key(citation),
            citation.date,
            citation.issuer,
            plan.document_id,
            citation.text,
        )
    )
    # Facts are recorded only when they carry the target's full identity (never an undated guess).
    if resolution.facts is not None and identity_of(resolution.facts) == resolution.target_id:
        if resolution.status == "new" and resolution.target_id not in plan.new_ids:
            plan.new_ids.append(resolution.target_id)
        plan.facts.append(resolution.facts)
