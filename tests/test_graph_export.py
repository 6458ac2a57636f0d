"""Exports on plain data: awkward titles survive every format, and the selection is the neighbourhood."""

import io
import json

import networkx as nx
from graph_fixtures import known

from policylink.graph.build import CitationGraph
from policylink.graph.export import FORMATS, export_text, neighbourhood, node_label, to_dot
from policylink.graph.render import render
from policylink.store.records import DocumentRecord, Edge

TRICKY = 'về "hệ sinh thái công nghiệp" \\ đô thị'


def _graph(*more: DocumentRecord):
    records = [*more,
        known(
            "bac-giang/1-KH/TU/2024",
            "1-KH/TU",
            "2024-01-02",
            ingested=True,
            doc_type="Kế hoạch",
            title=TRICKY,
        ),
        known("tw/13-NQ/TW/2012", "13-NQ/TW", "2012-01-16", doc_type="Nghị quyết"),
        known(
            "bac-giang/quy-hoach/x/undated-1",
            None,
            None,
            doc_type="Quy hoạch",
            title="Quy hoạch tỉnh Bắc Giang",
        ),
        known("bac-giang/9-CT/TU/2020", "9-CT/TU", "2020-05-05", doc_type="Chỉ thị"),
    ]
    edges = [
        Edge(
            "bac-giang/1-KH/TU/2024",
            "13-NQ/TW",
            "implements",
            "tw/13-NQ/TW/2012",
            "thực hiện Nghị quyết số 13",
        ),
        Edge(
            "bac-giang/1-KH/TU/2024",
            "13-NQ/TW",
            "implements",
            "tw/13-NQ/TW/2012",
            "thực hiện Nghị quyết số 13",
        ),
        Edge("bac-giang/1-KH/TU/2024", "Quy hoạch tỉnh", "cites", "bac-giang/quy-hoach/x/undated-1", None),
        Edge("bac-giang/1-KH/TU/2024", "99-KL/TU", "cites", None, "Kết luận số 99-KL/TU"),
    ]
    return CitationGraph.from_edges(records, edges)


def test_same_relation_stated_twice_is_one_edge_and_unresolved_are_kept_aside():
    graph = _graph()
    assert graph.nx.number_of_edges() == 2
    assert [e.target_key for e in graph.unresolved] == ["99-KL/TU"]


def test_every_text_format_keeps_the_neighbourhood_only():
    graph = _graph()
    nodes = neighbourhood(graph, "tw/13-NQ/TW/2012")
    assert set(nodes) == {"tw/13-NQ/TW/2012", "bac-giang/1-KH/TU/2024"}  # what it rests on, what rests on it
    for fmt in FORMATS:
        text = export_text(graph, fmt, nodes)
        assert "9-CT/TU" not in text and "Quy hoạch" not in text
    data = json.loads(export_text(graph, "json", nodes))
    assert {
        "source": "bac-giang/1-KH/TU/2024",
        "target": "tw/13-NQ/TW/2012",
        "relation": "implements",
        "evidence": "thực hiện Nghị quyết số 13",
    } in data["edges"]
    read_back = nx.read_graphml(io.BytesIO(export_text(graph, "graphml").encode("utf-8")))
    assert read_back.nodes["bac-giang/quy-hoach/x/undated-1"]["key"] == ""
    assert "#quot;" not in export_text(graph, "mermaid")  # the tricky title is not in a label: keys are


def test_labels_are_type_key_year_and_unnumbered_names_are_not_doubled():
    graph = _graph()
    assert node_label(graph.record("tw/13-NQ/TW/2012")) == ["Nghị quyết", "13-NQ/TW (2012)"]
    assert node_label(graph.record("bac-giang/quy-hoach/x/undated-1")) == ["Quy hoạch tỉnh Bắc Giang"]


def test_quotes_and_backslashes_reach_graphviz_intact():
    untitled = known(
        "bac-giang/x/y/2024-abc", None, "2024-03-03", ingested=True, doc_type="Kết luận", title=TRICKY
    )
    graph = _graph(untitled)
    svg = render(to_dot(graph, root=untitled.id), "svg").decode("utf-8")
    assert "&quot;hệ sinh thái" in svg and "nghiệp&quot; \\ đô" in svg
    mermaid = export_text(graph, "mermaid")
    assert "#quot;hệ sinh thái" in mermaid and "nghiệp#quot;" in mermaid
