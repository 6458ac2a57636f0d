"""The citation graph in memory: a networkx DiGraph over the store's documents and edges.

Edges point from the citing document to the cited one (`55-KL/TU --implements--> 113-NQ/TU`).
One DiGraph edge per (source, target) pair holds `relations`: relation -> evidence passages, so
the same relation stated twice (by the registry and by a document's text) is one relation with
both passages. A DiGraph rather than a MultiDiGraph keeps building and traversal close to bare
networkx speed (see bench/results/graph.md). Edges whose target is unresolved are kept aside in
`unresolved`.
"""

from collections.abc import Iterable, Iterator

import networkx as nx

from policylink.store.records import DocumentRecord, Edge


class CitationGraph:
    def __init__(self, documents: Iterable[DocumentRecord], edges: Iterable[Edge]) -> None:
        records = {record.id: record for record in documents}
        self.nx = nx.DiGraph()
        self.nx.add_nodes_from((doc_id, {"record": record}) for doc_id, record in records.items())
        self.unresolved: list[Edge] = []
        pairs: dict[tuple[str, str], dict[str, list[str]]] = {}
        for edge in edges:
            if edge.target_id is None:
                self.unresolved.append(edge)
                continue
            for end in (edge.source_id, edge.target_id):
                if end not in records:
                    raise ValueError(f"edge names document {end!r}, which the graph does not hold")
            evidence = pairs.setdefault((edge.source_id, edge.target_id), {}).setdefault(edge.relation, [])
            if edge.evidence and edge.evidence not in evidence:
                evidence.append(edge.evidence)
        self.nx.add_edges_from((s, t, {"relations": relations}) for (s, t), relations in pairs.items())

    def record(self, doc_id: str) -> DocumentRecord:
        return self.nx.nodes[doc_id]["record"]

    def records(self) -> Iterator[DocumentRecord]:
        for _, data in self.nx.nodes(data=True):
            yield data["record"]

    def __contains__(self, doc_id: object) -> bool:
        return doc_id in self.nx

    def edges(self, nodes: Iterable[str] | None = None) -> list[tuple[str, str, str, list[str]]]:
        """(source, target, relation, evidence) for all edges, or those between `nodes`."""
        graph = self.nx if nodes is None else self.nx.subgraph(nodes)
        return [
            (s, t, relation, evidence)
            for s, t, relations in graph.edges(data="relations")
            for relation, evidence in relations.items()
        ]
