"""End to end on the shipped corpus: registry + the 2024 Bắc Giang conclusion, ingested, extracted and
linked by the real modules into a real SQLite store, then queried, exported and drawn through the CLI."""

import io
import json

import networkx as nx
import numpy as np
import pytest
from click.testing import CliRunner
from graph_fixtures import ingest_and_link, shipped_store
from PIL import Image

from policylink.api.cli import main
from policylink.graph import queries
from policylink.graph.sync import load_graph
from policylink.store.database import create_store_engine

# The lineage the conclusion states (footnote ¹): what it cites, and what those implement.
CITED_BY_CONCLUSION = ["55-KL/TU", "147-NQ/TU", "103-KL/TU", "51-KH/TU", "2987-CV/TU"]
IMPLEMENTS = {
    ("bac-giang/55-KL/TU/2021", "bac-giang/113-NQ/TU/2016"),
    ("bac-giang/103-KL/TU/2021", "bac-giang/138-NQ/TU/2016"),
    ("bac-giang/51-KH/TU/2022", "tw/06-NQ/TW/2022"),
    ("bac-giang/2987-CV/TU/2024", "tw/72-KL/TW/2024"),
    ("tw/72-KL/TW/2024", "tw/13-NQ/TW/2012"),
}
DRAFT = """TỈNH ỦY BẮC GIANG

KẾ HOẠCH
về phát triển hạ tầng giao thông năm 2025

Căn cứ Nghị quyết số 113-NQ/TU ngày 12/7/2016 của Tỉnh ủy về phát triển kết cấu hạ tầng giao thông;
Thực hiện Kết luận số 72-KL/TW ngày 23/02/2024 của Bộ Chính trị, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch.
"""


@pytest.fixture(scope="module")
def store_url(tmp_path_factory):
    return shipped_store(tmp_path_factory.mktemp("shipped"))


@pytest.fixture(scope="module")
def graph(store_url):
    with create_store_engine(store_url).connect() as conn:
        return load_graph(conn)


@pytest.fixture(scope="module")
def conclusion(graph):
    (doc_id,) = [r.id for r in graph.records() if r.ingested]
    return doc_id


def _run(store_url, *args):
    result = CliRunner().invoke(main, list(args), env={"POLICYLINK_DATABASE_URL": store_url})
    assert result.exit_code == 0, result.output
    return result


def test_lineage_of_the_conclusion_is_exactly_what_it_states(graph, conclusion):
    hood = queries.lineage(graph, conclusion)
    numbered = {(s, t, r) for s, t, r, _ in hood.edges if graph.record(t).key}
    expected = {(conclusion, f"bac-giang/{key}/{_year(graph, key)}", "cites") for key in CITED_BY_CONCLUSION}
    expected |= {(s, t, "implements") for s, t in IMPLEMENTS}
    assert numbered == expected
    assert hood.depth["tw/13-NQ/TW/2012"] == 3
    # The registry and the conclusion's own text state the same implements edges: one edge, two witnesses.
    evidence = {(s, t): e for s, t, r, e in hood.edges if r == "implements"}
    assert all(len(evidence[pair]) == 2 for pair in IMPLEMENTS)


def _year(graph, key):
    (record,) = [r for r in graph.records() if r.key == key]
    return record.issue_date[:4]


def test_central_documents_are_scoped_tw_and_provincial_ones_to_bac_giang(graph):
    ids = {r.key: r.id for r in graph.records() if r.key}
    assert {ids[k] for k in ("06-NQ/TW", "13-NQ/TW", "72-KL/TW")} == {
        "tw/06-NQ/TW/2022",
        "tw/13-NQ/TW/2012",
        "tw/72-KL/TW/2024",
    }
    local = [doc_id for key, doc_id in ids.items() if key.endswith("/TU")]
    assert len(local) == 7
    assert all(doc_id.startswith("bac-giang/") for doc_id in local)


def test_queries_descendants_cited_by_path_missing(graph, conclusion):
    below = queries.descendants(graph, "tw/13-NQ/TW/2012")
    assert set(below.depth) == {"tw/13-NQ/TW/2012", "tw/72-KL/TW/2024", "bac-giang/2987-CV/TU/2024"}
    assert [s for s, _, _ in queries.cited_by(graph, "bac-giang/113-NQ/TU/2016")] == [
        "bac-giang/55-KL/TU/2021"
    ]
    steps = queries.path(graph, "tw/13-NQ/TW/2012", conclusion)
    assert [s for s, _, _ in steps] == [conclusion, "bac-giang/2987-CV/TU/2024", "tw/72-KL/TW/2024"]
    waiting = {r.key for r, _ in queries.missing(graph) if r.key}
    assert waiting == {*CITED_BY_CONCLUSION, "113-NQ/TU", "138-NQ/TU", "06-NQ/TW", "72-KL/TW", "13-NQ/TW"}


def test_cli_lineage_and_missing_speak_vietnamese(store_url, conclusion):
    lineage = _run(store_url, "graph", "lineage", conclusion).output
    assert "thực hiện: Nghị quyết số 13-NQ/TW ngày 16/1/2012 của Ban Chấp hành Trung ương Đảng" in lineage
    as_json = json.loads(_run(store_url, "graph", "lineage", "72-KL/TW", "--json").output)
    assert as_json["edges"][0]["source"] == "tw/72-KL/TW/2024"
    assert as_json["edges"][0]["target"] == "tw/13-NQ/TW/2012"
    missing = _run(store_url, "graph", "missing").output
    assert "văn bản chưa nạp toàn văn" in missing and "2987-CV/TU" in missing
    path = _run(store_url, "graph", "path", "113-NQ/TU", conclusion).output
    assert "trích dẫn" in path and "thực hiện" in path
    cited_by = _run(store_url, "graph", "cited-by", "113-NQ/TU").output
    assert "55-KL/TU" in cited_by


def test_cli_reports_an_unknown_reference_clearly(store_url):
    result = CliRunner().invoke(
        main, ["graph", "lineage", "999-NQ/TU"], env={"POLICYLINK_DATABASE_URL": store_url}
    )
    assert result.exit_code != 0
    assert "Không có văn bản '999-NQ/TU'" in result.output


def test_exports_json_graphml_dot_mermaid(store_url, tmp_path, graph):
    data = json.loads(_run(store_url, "graph", "export", "--format", "json").output)
    assert len(data["nodes"]) == len(graph.nx)
    assert set(data["nodes"][0]) == {"id", "key", "doc_type", "date", "issuer", "jurisdiction", "ingested"}
    assert {"source": "tw/72-KL/TW/2024", "target": "tw/13-NQ/TW/2012", "relation": "implements"} in [
        {k: e[k] for k in ("source", "target", "relation")} for e in data["edges"]
    ]
    out = tmp_path / "graph.graphml"
    _run(store_url, "graph", "export", "--format", "graphml", "--out", str(out))
    read_back = nx.read_graphml(out)
    assert read_back.nodes["tw/13-NQ/TW/2012"]["doc_type"] == "Nghị quyết"
    assert read_back.number_of_edges() == len(data["edges"])
    dot = _run(store_url, "graph", "export", "--format", "dot", "--root", "72-KL/TW").output
    assert 'fontname="DejaVu Sans"' in dot and '"tw/72-KL/TW/2024" -> "tw/13-NQ/TW/2012"' in dot
    mermaid = _run(store_url, "graph", "export", "--format", "mermaid", "--root", "72-KL/TW").output
    assert mermaid.startswith("flowchart LR") and "-->|thực hiện|" in mermaid


def test_picture_of_the_lineage_renders_with_vietnamese_labels(store_url, tmp_path, conclusion):
    png = tmp_path / "lineage.png"
    _run(store_url, "graph", "export", "--format", "png", "--root", conclusion, "--out", str(png))
    image = Image.open(png).convert("RGB")
    width, height = image.size
    assert width > 800 and height > 400
    pixels = np.asarray(image).reshape(-1, 3)
    ink = np.any(pixels != 255, axis=1).mean()
    assert ink > 0.03
    colours = np.unique(pixels, axis=0)
    assert len(colours) > 200  # anti-aliased text and coloured edges, not a blank or single-colour box
    svg = _run(store_url, "graph", "export", "--format", "svg", "--root", conclusion).output
    for label in ("Nghị quyết", "Kết luận", "Kế hoạch", "Công văn", "thực hiện", "trích dẫn", "Chú thích"):
        assert label in svg
    assert Image.open(io.BytesIO(png.read_bytes())).format == "PNG"


def test_check_citations_flags_a_wrong_date_in_a_draft(store_url, tmp_path):
    draft = tmp_path / "du-thao.txt"
    draft.write_text(DRAFT, encoding="utf-8")
    people = _run(store_url, "check-citations", str(draft), "--jurisdiction", "Bắc Giang").output
    assert "ghi ngày 12/7/2016, đúng là ngày 22/7/2016" in people
    assert "Trích dẫn chuẩn: Nghị quyết số 113-NQ/TU ngày 22/7/2016" in people
    machines = json.loads(
        _run(store_url, "check-citations", str(draft), "--jurisdiction", "Bắc Giang", "--json").output
    )
    by_key = {c["key"]: c for c in machines["citations"]}
    assert by_key["113-NQ/TU"]["problems"][0]["expected"] == "2016-07-22"
    assert by_key["72-KL/TW"]["status"] == "known" and by_key["72-KL/TW"]["problems"] == []


RESOLUTION_113 = """ĐẢNG BỘ TỈNH BẮC GIANG
TỈNH ỦY
Số 113-NQ/TU

ĐẢNG CỘNG SẢN VIỆT NAM
Bắc Giang, ngày 22 tháng 7 năm 2016

NGHỊ QUYẾT
về phát triển kết cấu hạ tầng giao thông giai đoạn 2016-2020 và định hướng đến năm 2030

Thực hiện Nghị quyết số 13-NQ/TW ngày 16/01/2012 của Ban Chấp hành Trung ương Đảng khóa XI về xây dựng
kết cấu hạ tầng đồng bộ, Tỉnh ủy quyết nghị:

1. Phát triển mạng lưới giao thông đồng bộ, kết nối các huyện với trung tâm tỉnh.

2. Giao Ban cán sự đảng UBND tỉnh chủ trì xây dựng kế hoạch thực hiện Nghị quyết này.
"""


def test_full_text_of_a_cited_resolution_merges_into_its_node(tmp_path):
    url = shipped_store(tmp_path)
    source = tmp_path / "nghi-quyet-113-NQ-TU.txt"
    source.write_text(RESOLUTION_113, encoding="utf-8")
    engine = create_store_engine(url)
    with engine.begin() as conn:
        report = ingest_and_link(conn, source)
        graph = load_graph(conn)
    assert report.document_id == "bac-giang/113-NQ/TU/2016"
    assert report.new_documents == []  # 13-NQ/TW was already known from the registry
    record = graph.record("bac-giang/113-NQ/TU/2016")
    assert (record.origin, record.ingested, record.issuer) == ("registry", True, "Tỉnh ủy")
    assert sum(1 for r in graph.records() if r.key == "113-NQ/TU") == 1
    assert ("bac-giang/113-NQ/TU/2016", "tw/13-NQ/TW/2012", "implements") in {
        (s, t, r) for s, t, r, _ in graph.edges()
    }
    assert "113-NQ/TU" not in {r.key for r, _ in queries.missing(graph)}
    cited = _run(url, "graph", "cited-by", "13-NQ/TW").output
    assert "113-NQ/TU" in cited and "72-KL/TW" in cited
