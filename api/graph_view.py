"""What the interactive graph page draws: documents as nodes (named for people, with the address
of their page) and citations as edges, for the whole graph or one document's neighbourhood.

The whole graph's JSON is built once per loaded graph (`graph.cache.derived`), so the page's data
costs a generation query while the store is unchanged, whatever its size.
"""

import json

from policylink.api.templating import document_name, document_url
from policylink.graph.build import CitationGraph
from policylink.graph.cache import derived
from policylink.graph.export import node_label
from policylink.graph.queries import RELATION_LABELS, within

MAX_STEPS = 5


def _payload(graph: CitationGraph, depth: dict[str, int] | None, center: str | None) -> dict:
    chosen = list(depth) if depth is not None else list(graph.nx)
    nodes = []
    for doc_id in chosen:
        record = graph.record(doc_id)
        nodes.append({
            "id": doc_id,
            "label": "\n".join(node_label(record)),
            "name": document_name(record),
            "title": record.title,
            "doc_type": record.doc_type,
            "date": record.issue_date,
            "issuer": record.issuer,
            "ingested": record.ingested,
            "url": document_url(doc_id),
            "cited_by": graph.nx.in_degree(doc_id),
            "steps": depth[doc_id] if depth is not None else None,
        })
    edges = [
        {"source": s, "target": t, "relation": r, "label": RELATION_LABELS[r]}
        for s, t, r, _ in graph.edges(None if depth is None else chosen)
    ]
    return {"center": center, "nodes": nodes, "edges": edges}


def whole_json(graph: CitationGraph) -> bytes:
    """The whole graph's JSON, built anew (`view_json` keeps it per graph)."""
    return json.dumps(_payload(graph, None, None), ensure_ascii=False).encode("utf-8")


def view_json(graph: CitationGraph, center: str | None = None, steps: int = 2) -> bytes:
    """The graph page's data as JSON: the whole graph, or the documents within `steps` of `center`
    (an id of the graph)."""
    if center is None:
        return derived(graph, "graph-view", whole_json)
    payload = _payload(graph, within(graph, center, steps), center)
    return json.dumps(payload, ensure_ascii=False).encode("utf-8")
