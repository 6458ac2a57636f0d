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
import sqlalchemy as sa

from policylink.store.documents import to_record
from policylink.store.records import DocumentRecord, Edge

Relation = tuple[str, str, str, str | None]  # (source, target, relation, evidence) of a resolved edge


class CitationGraph:
    def __init__(
        self,
        documents: Iterable[DocumentRecord | sa.Row],
        relations: Iterable[Relation],
        unresolved: Iterable[Edge] = (),
    ) -> None:
        """`documents` as records or as the store's rows, made records when first asked for, and
        `relations` as plain tuples: a graph load from the store reads some 100k of the one and
        250k of the other at 100k documents (see `from_edges` for `Edge` records)."""
        self._documents: dict[str, DocumentRecord | sa.Row] = {doc.id: doc for doc in documents}
        self.nx = nx.DiGraph()
        self.nx.add_nodes_from(self._documents)
        self.unresolved: list[Edge] = list(unresolved)
        pairs: dict[tuple[str, str], dict[str, list[str]]] = {}
        for source, target, relation, evidence in relations:
            kept = pairs.setdefault((source, target), {}).setdefault(relation, [])
            if evidence and evidence not in kept:
                kept.append(evidence)
        self.nx.add_edges_from((s, t, {"relations": by_relation}) for (s, t), by_relation in pairs.items())
        if len(self.nx) != len(self._documents):  # networkx added a missing end of an edge as a node
            end = next(end for pair in pairs for end in pair if end not in self._documents)
            raise ValueError(f"edge names document {end!r}, which the graph does not hold")

    @classmethod
    def from_edges(cls, documents: Iterable[DocumentRecord], edges: Iterable[Edge]) -> "CitationGraph":
        """The graph of `edges`; those whose target is unresolved are kept aside in `unresolved`."""
        edges = list(edges)
        return cls(
            documents,
            ((e.source_id, e.target_id, e.relation, e.evidence) for e in edges if e.target_id is not None),
            (e for e in edges if e.target_id is None),
        )

    def record(self, doc_id: str) -> DocumentRecord:
        document = self._documents[doc_id]
        if not isinstance(document, DocumentRecord):
            document = self._documents[doc_id] = to_record(document)
        return document

    def records(self) -> Iterator[DocumentRecord]:
        for doc_id in self.nx:
            yield self.record(doc_id)

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
