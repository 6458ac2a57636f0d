"""The citation graph (or a part of it) as JSON, GraphML, Graphviz DOT and Mermaid text."""

import io
import json
import textwrap
from collections.abc import Iterable

import networkx as nx

from policylink.core.vietnamese import match_key
from policylink.graph.build import CitationGraph
from policylink.graph.queries import RELATION_LABELS, descendants, lineage
from policylink.store.records import DocumentRecord

FORMATS = ("json", "graphml", "dot", "mermaid")
FONT = "DejaVu Sans"  # has every Vietnamese glyph; Debian fonts-dejavu-core
RELATION_COLOURS = {
    "cites": "#6b7280",
    "implements": "#1d4ed8",
    "based_on": "#15803d",
    "amends": "#c2410c",
    "replaces": "#b91c1c",
}
_INGESTED_FILL = "#fde68a"
_CITED_FILL = "#ffffff"
_LABEL_WIDTH = 28


def neighbourhood(graph: CitationGraph, root: str) -> list[str]:
    """The root, what it rests on (transitively) and what rests on it (transitively)."""
    above = lineage(graph, root).depth
    below = descendants(graph, root, relations=None).depth
    return list(dict.fromkeys([*above, *below]))


def node_label(record: DocumentRecord) -> list[str]:
    """Type, key (or a short title for an unnumbered document) and year, one per line."""
    year = record.issue_date[:4] if record.issue_date else None
    name = record.key or textwrap.shorten(record.title or record.id, 60, placeholder=" …")
    doc_type = record.doc_type or "Văn bản"
    named_by_type = not record.key and match_key(name).startswith(match_key(doc_type))
    lines = [*([] if named_by_type else [doc_type]), *textwrap.wrap(name, _LABEL_WIDTH)]
    if year:
        lines[-1] += f" ({year})"
    return lines


def node_fields(record: DocumentRecord) -> dict:
    return {
        "id": record.id,
        "key": record.key,
        "doc_type": record.doc_type,
        "date": record.issue_date,
        "issuer": record.issuer,
        "jurisdiction": record.jurisdiction,
        "ingested": record.ingested,
    }


def _selected(graph: CitationGraph, nodes: Iterable[str] | None) -> list[str]:
    return sorted(graph.nx) if nodes is None else list(nodes)


def to_json(graph: CitationGraph, nodes: Iterable[str] | None = None) -> str:
    chosen = _selected(graph, nodes)
    data = {
        "nodes": [node_fields(graph.record(n)) for n in chosen],
        "edges": [
            {"source": s, "target": t, "relation": r, "evidence": evidence[0] if evidence else None}
            for s, t, r, evidence in graph.edges(chosen)
        ],
    }
    return json.dumps(data, ensure_ascii=False, indent=2)


def to_graphml(graph: CitationGraph, nodes: Iterable[str] | None = None) -> str:
    plain = nx.MultiDiGraph()
    for node in _selected(graph, nodes):
        fields = node_fields(graph.record(node))
        plain.add_node(node, **{k: ("" if v is None else v) for k, v in fields.items() if k != "id"})
    for s, t, r, evidence in graph.edges(plain.nodes):
        plain.add_edge(s, t, key=r, relation=r, evidence="\n".join(evidence))
    buffer = io.BytesIO()
    nx.write_graphml(plain, buffer, encoding="utf-8")
    return buffer.getvalue().decode("utf-8")


def _dot_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'


def to_dot(graph: CitationGraph, nodes: Iterable[str] | None = None, root: str | None = None) -> str:
    """Graphviz source, styled for a slide: relations coloured and labelled, a legend for the nodes."""
    chosen = _selected(graph, nodes)
    lines = [
        "digraph citations {",
        f'  graph [rankdir=LR, fontname="{FONT}", nodesep=0.35, ranksep=0.9, pad=0.3, bgcolor="white"];',
        f'  node [shape=box, style="rounded,filled", fontname="{FONT}", fontsize=12, margin="0.15,0.08"];',
        f'  edge [fontname="{FONT}", fontsize=10, arrowsize=0.8];',
    ]
    for node in chosen:
        record = graph.record(node)
        attributes = {
            "label": "\n".join(node_label(record)),
            "fillcolor": _INGESTED_FILL if record.ingested else _CITED_FILL,
            "style": "rounded,filled" if record.ingested else "rounded,filled,dashed",
            "tooltip": node,
        }
        if node == root:
            attributes["penwidth"] = "2.5"
        lines.append(
            f"  {_dot_string(node)} [{', '.join(f'{k}={_dot_string(v)}' for k, v in attributes.items())}];"
        )
    for s, t, r, _ in graph.edges(chosen):
        colour = RELATION_COLOURS[r]
        lines.append(
            f"  {_dot_string(s)} -> {_dot_string(t)} "
            f"[label={_dot_string(RELATION_LABELS[r])}, "
            f"color={_dot_string(colour)}, fontcolor={_dot_string(colour)}];"
        )
    lines += [
        "  subgraph cluster_legend {",
        f'    label="Chú thích"; fontname="{FONT}"; fontsize=11; style="rounded"; color="#9ca3af";',
        f'    legend_ingested [label="Đã nạp toàn văn", fillcolor="{_INGESTED_FILL}", fontsize=10];',
        f'    legend_cited [label="Chỉ biết qua trích dẫn", fillcolor="{_CITED_FILL}", '
        'style="rounded,filled,dashed", fontsize=10];',
        "    {rank=same; legend_ingested; legend_cited}",
        "  }",
        "}",
    ]
    return "\n".join(lines) + "\n"


def to_mermaid(graph: CitationGraph, nodes: Iterable[str] | None = None) -> str:
    chosen = _selected(graph, nodes)
    short = {node: f"n{i}" for i, node in enumerate(chosen)}
    lines = ["flowchart LR"]
    for node in chosen:
        label = "<br/>".join(node_label(graph.record(node))).replace('"', "#quot;")
        shape = ('["', '"]') if graph.record(node).ingested else ('(["', '"])')
        lines.append(f"  {short[node]}{shape[0]}{label}{shape[1]}")
    for s, t, r, _ in graph.edges(chosen):
        lines.append(f"  {short[s]} -->|{RELATION_LABELS[r]}| {short[t]}")
    return "\n".join(lines) + "\n"


def export_text(
    graph: CitationGraph, fmt: str, nodes: Iterable[str] | None = None, root: str | None = None
) -> str:
    if fmt == "json":
        return to_json(graph, nodes)
    if fmt == "graphml":
        return to_graphml(graph, nodes)
    if fmt == "dot":
        return to_dot(graph, nodes, root)
    if fmt == "mermaid":
        return to_mermaid(graph, nodes)
    raise ValueError(f"unknown export format {fmt!r}; use one of {FORMATS}")
