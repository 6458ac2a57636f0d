"""The graph in the store: link a document after its extraction is saved, and load the graph back.

`link_extraction` is what the ingest use case calls, inside its transaction, once a version's
extraction is stored. It is incremental: it reads only the documents sharing the keys the
document cites, writes the edges the document states, records the documents known only by its
citations, and re-links the documents whose undated citations the new knowledge may settle
(or unsettle: a second known `06-NQ/TW` makes an undated mention ambiguous again).
"""

import gc
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field

import sqlalchemy as sa

from policylink.core.identity import NAMED_NATIONAL_TYPES, normalize_key
from policylink.graph.build import CitationGraph
from policylink.graph.link import LinkPlan, Statement, Unresolved, plan_links
from policylink.graph.resolve import Catalogue, as_citation
from policylink.nlp.model import Extraction
from policylink.store.documents import (
    document_rows,
    documents_of_types,
    documents_with_key,
    get_current_version,
    get_document,
    identity_of,
    merge_facts,
)
from policylink.store.edges import replace_edges, resolved_relations, unresolved_edges
from policylink.store.extractions import load_extraction
from policylink.store.schema import edges as edges_table
from policylink.store.twins import fold_into


@dataclass
class LinkReport:
    document_id: str
    edges: int = 0
    new_documents: list[str] = field(default_factory=list)
    unresolved: list[Unresolved] = field(default_factory=list)
    relinked: list[str] = field(default_factory=list)


def _catalogue_for(conn: sa.Connection, data: dict) -> Catalogue:
    keys = {as_citation(c).key for c in data.get("citations", []) if c.get("number")}
    records = [record for key in sorted(keys) for record in documents_with_key(conn, key)]
    if any(c.get("doc_type") in NAMED_NATIONAL_TYPES for c in data.get("citations", [])):
        records += documents_of_types(conn, NAMED_NATIONAL_TYPES)
    own = get_document(conn, data["document"]["id"])
    return Catalogue(records + ([own] if own else []))


def _apply(conn: sa.Connection, data: dict, source_version: int | None) -> LinkPlan:
    plan = plan_links(data, _catalogue_for(conn, data), source_version)
    for facts in plan.facts:
        merge_facts(conn, facts, origin="citation")
    for away, into in plan.folds:
        if (record := get_document(conn, away)) is not None and get_document(conn, into) is not None:
            fold_into(conn, record, into)
    replace_edges(conn, plan.document_id, plan.edges)
    return plan


def _citers_of(conn: sa.Connection, keys: Iterable[str]) -> list[str]:
    """Ingested documents whose text cites one of `keys` and may resolve differently now: those
    with a citation left unresolved, and those resolved to a document carrying the key. Both
    conditions go through the index on `target_id`; registry statements are left out."""
    keys = sorted(keys)
    same_key = [record.id for key in keys for record in documents_with_key(conn, key)]
    target = edges_table.c.target_id
    query = (
        sa.select(edges_table.c.stated_by)
        .where(
            sa.or_(sa.and_(target.is_(None), edges_table.c.target_key.in_(keys)), target.in_(same_key)),
            ~edges_table.c.stated_by.startswith("registry:"),
        )
        .distinct()
        .order_by(edges_table.c.stated_by)
    )
    return list(conn.execute(query).scalars())


def _stored_extraction(conn: sa.Connection, doc_id: str) -> tuple[dict, int] | None:
    version = get_current_version(conn, doc_id)
    if version is None:
        return None
    data = load_extraction(conn, version.id)
    return (data, version.number) if data else None


def _new_keys(plan: LinkPlan) -> set[str]:
    """Keys of the nodes a plan creates: undated citations of them elsewhere may now resolve."""
    return {f.key for f in plan.facts if f.key and identity_of(f) in plan.new_ids}


def link_extraction(
    conn: sa.Connection, extraction: Extraction | dict, source_version: int | None = None
) -> LinkReport:
    """Resolve a stored document's citations, write its edges and citation-only nodes (see module doc)."""
    data = extraction.to_dict() if isinstance(extraction, Extraction) else extraction
    plan = _apply(conn, data, source_version)
    own_key = data["document"].get("key")
    keys = _new_keys(plan) | ({normalize_key(own_key)} if own_key else set())
    relinked = relink_citers(conn, keys, skip={plan.document_id})
    return LinkReport(plan.document_id, len(plan.edges), list(plan.new_ids), list(plan.unresolved), relinked)


def relink_citers(conn: sa.Connection, keys: Iterable[str], skip: Iterable[str] = ()) -> list[str]:
    """Re-link the stored documents citing `keys`, and so on for the nodes that creates; their ids.

    Call it after documents with these keys became known other than by `link_extraction` (a
    registry load), so that undated citations of them resolve, or become ambiguous.
    """
    pending, done, relinked = {normalize_key(k) for k in keys}, set(skip), []
    while pending:
        citers = [doc for doc in _citers_of(conn, pending) if doc not in done]
        pending = set()
        for doc_id in citers:
            done.add(doc_id)
            stored = _stored_extraction(conn, doc_id)
            if stored is None:
                continue
            pending |= _new_keys(_apply(conn, *stored))
            relinked.append(doc_id)
    return relinked


@contextmanager
def _without_cycle_collection() -> Iterator[None]:
    """Pause Python's cyclic garbage collector while a large acyclic structure is built.

    A graph load allocates some ten objects per document and edge and makes no reference cycles;
    the collector would only traverse them again and again as the heap grows (at 100k documents,
    more than half of the load time). Reference counting still frees everything meanwhile.
    """
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def load_graph(conn: sa.Connection) -> CitationGraph:
    """The whole citation graph: every stored document and every stored edge."""
    with _without_cycle_collection():
        return CitationGraph(document_rows(conn), resolved_relations(conn), unresolved_edges(conn))


def stated_facts(conn: sa.Connection, graph: CitationGraph) -> list[Statement]:
    """What every ingested document's citations state about the documents they resolve to."""
    catalogue = Catalogue(graph.records())
    statements: list[Statement] = []
    for record in graph.records():
        stored = _stored_extraction(conn, record.id) if record.ingested else None
        if stored is not None:
            statements.extend(plan_links(stored[0], catalogue).statements)
    return statements
