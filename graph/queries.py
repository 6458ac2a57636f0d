"""Questions asked of the citation graph: lineage, descendants, cited-by, paths, gaps, conflicts."""

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

import networkx as nx

from policylink.core.identity import normalize_key
from policylink.graph.build import CitationGraph
from policylink.graph.link import Statement
from policylink.store.records import DocumentRecord, Edge
from policylink.store.twins import may_be_twins

RELATION_LABELS = {
    "cites": "trích dẫn",
    "implements": "thực hiện",
    "based_on": "căn cứ",
    "amends": "sửa đổi, bổ sung",
    "replaces": "thay thế",
}


class DocumentNotFound(LookupError):
    """A reference names no document of the graph, or several; the message says which and what to do."""


@dataclass(frozen=True)
class Neighbourhood:
    root: str
    depth: dict[str, int]  # every document reached, with its distance from the root (root: 0)
    edges: list[tuple[str, str, str, list[str]]]  # (source, target, relation, evidence) among them


@dataclass(frozen=True)
class Conflict:
    target_id: str
    key: str
    dates: dict[str, list[str]]  # date -> who states it (a document id, or `record` for the stored facts)


@dataclass(frozen=True)
class Duplicate:
    """Two ids that likely name one document: same key and scope, the year unknown on one side."""

    key: str
    ids: tuple[str, str]
    merge: str | None  # the command folding the one without a text into the other; None: both have one


def find_document(graph: CitationGraph, ref: str) -> str:
    """An id as given, or the unique document carrying key `ref` (`113-NQ/TU`)."""
    if ref in graph:
        return ref
    key = normalize_key(ref)
    matches = sorted(r.id for r in graph.records() if r.key == key)
    if len(matches) == 1:
        return matches[0]
    if matches:
        raise DocumentNotFound(
            f"Số hiệu {key} ứng với nhiều văn bản: {', '.join(matches)}. Hãy dùng mã đầy đủ."
        )
    raise DocumentNotFound(
        f"Không có văn bản '{ref}' trong đồ thị. Xem danh sách bằng lệnh `policylink list`."
    )


def _reach(graph: CitationGraph, root: str, forward: bool, relations: Iterable[str] | None) -> Neighbourhood:
    """Breadth-first along the adjacency dicts (far cheaper than edge views on large graphs)."""
    wanted = set(relations) if relations else None
    adjacency = graph.nx.succ if forward else graph.nx.pred
    depth = {root: 0}
    edges = []
    frontier = [root]
    while frontier:
        following = []
        for node in frontier:
            for other, data in adjacency[node].items():
                for relation, evidence in data["relations"].items():
                    if wanted is not None and relation not in wanted:
                        continue
                    edges.append(
                        (node, other, relation, evidence) if forward else (other, node, relation, evidence)
                    )
                    if other not in depth:
                        depth[other] = depth[node] + 1
                        following.append(other)
        frontier = following
    return Neighbourhood(root, depth, edges)


def lineage(graph: CitationGraph, doc_id: str, relations: Iterable[str] | None = None) -> Neighbourhood:
    """What a document rests on, transitively: everything reachable along its citations."""
    return _reach(graph, doc_id, forward=True, relations=relations)


def descendants(
    graph: CitationGraph, doc_id: str, relations: Iterable[str] | None = ("implements",)
) -> Neighbourhood:
    """What rests on a document, transitively: by default what implements it, and so on down."""
    return _reach(graph, doc_id, forward=False, relations=relations)


def cited_by(graph: CitationGraph, doc_id: str) -> list[tuple[str, str, list[str]]]:
    """(citing document, relation, evidence) for each direct citation of `doc_id`."""
    return sorted(
        (s, relation, evidence)
        for s, _, relations in graph.nx.in_edges(doc_id, data="relations")
        for relation, evidence in relations.items()
    )


def cited_by_counts(graph: CitationGraph) -> Counter[str]:
    """How many distinct documents cite each document."""
    return Counter(dict(graph.nx.in_degree()))


def path(graph: CitationGraph, start: str, end: str) -> list[tuple[str, str, str]] | None:
    """The shortest chain of citations linking two documents, following citations from either end
    first, then regardless of direction; (source, target, relation) as stored, or None."""
    for a, b in ((start, end), (end, start)):
        try:
            nodes = nx.shortest_path(graph.nx, a, b)
            break
        except nx.NetworkXNoPath:
            continue
    else:
        try:
            nodes = nx.shortest_path(graph.nx.to_undirected(as_view=True), start, end)
        except nx.NetworkXNoPath:
            return None
    steps = []
    for x, y in zip(nodes, nodes[1:], strict=False):
        source, target = (x, y) if graph.nx.has_edge(x, y) else (y, x)
        relation = sorted(graph.nx[source][target]["relations"])[0]
        steps.append((source, target, relation))
    return steps


def missing(graph: CitationGraph) -> list[tuple[DocumentRecord, int]]:
    """Documents known only by citation or registry, most cited first: what to ingest next."""
    counts = cited_by_counts(graph)
    waiting = [r for r in graph.records() if not r.ingested]
    return sorted(((r, counts[r.id]) for r in waiting), key=lambda item: (-item[1], item[0].id))


def unresolved_by_key(graph: CitationGraph) -> dict[str, list[Edge]]:
    """Citations the graph could not place (ambiguous or unknown), grouped by cited key."""
    grouped: dict[str, list[Edge]] = defaultdict(list)
    for edge in graph.unresolved:
        grouped[edge.target_key].append(edge)
    return dict(sorted(grouped.items()))


def conflicts(graph: CitationGraph, statements: Iterable[Statement]) -> list[Conflict]:
    """Documents about which the stored facts and the citations disagree on the date."""
    dates: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    keys: dict[str, str] = {}
    for record in graph.records():
        if record.issue_date:
            dates[record.id][record.issue_date].append("record")
    for statement in statements:
        keys[statement.target_id] = statement.key
        if statement.date and statement.target_id in graph:
            stated = dates[statement.target_id][statement.date]
            if statement.stated_by not in stated:
                stated.append(statement.stated_by)
    return [
        Conflict(
            target,
            keys.get(target) or graph.record(target).key or target,
            {d: w for d, w in sorted(by_date.items())},
        )
        for target, by_date in sorted(dates.items())
        if len(by_date) > 1
    ]


def duplicates(graph: CitationGraph) -> list[Duplicate]:
    """Likely duplicates left in the graph (`store.twins`), each with the command that merges them."""
    by_key: dict[str, list[DocumentRecord]] = defaultdict(list)
    for record in graph.records():
        if record.key:
            by_key[normalize_key(record.key)].append(record)
    found = []
    for key, records in sorted(by_key.items()):
        for i, a in enumerate(records):
            for b in records[i + 1:]:
                if not may_be_twins(a, b):
                    continue
                into, away = (a, b) if a.ingested or not b.ingested else (b, a)
                command = None if away.ingested else f"policylink graph merge {away.id} {into.id}"
                found.append(Duplicate(key, tuple(sorted((a.id, b.id))), command))
    return sorted(found, key=lambda d: (d.key, d.ids))


def within(graph: CitationGraph, root: str, steps: int) -> dict[str, int]:
    """The documents at most `steps` citations away from `root`, either way, with their distance."""
    depth = {root: 0}
    frontier = [root]
    for step in range(1, steps + 1):
        following = []
        for node in frontier:
            for other in (*graph.nx.succ[node], *graph.nx.pred[node]):
                if other not in depth:
                    depth[other] = step
                    following.append(other)
        frontier = following
    return depth
