"""The graph in a real SQLite store: incremental linking, merging a cited document with its text,
re-linking undated citations when new documents become known."""

import pytest
from graph_fixtures import CORPUS, Mention, make_extraction, store_and_link

from policylink.graph import queries
from policylink.graph.sync import link_extraction, load_graph, relink_citers, stated_facts
from policylink.store.database import create_store_engine
from policylink.store.documents import get_current_version, get_document
from policylink.store.registry import load_registry, read_registry

BTV = "Ban Thường vụ Tỉnh ủy"
CONCLUSION_55 = Mention(
    "Kết luận số 55-KL/TU ngày 07/3/2021 của Ban Thường vụ Tỉnh ủy "
    "về tiếp tục thực hiện Nghị quyết số 113-NQ/TU ngày 22/7/2016",
    "55-KL/TU",
    "Kết luận",
    "2021-03-07",
    BTV,
)
NESTED_113 = Mention(
    "Nghị quyết số 113-NQ/TU ngày 22/7/2016",
    "113-NQ/TU",
    "Nghị quyết",
    "2016-07-22",
    relation="implements",
    nested_in=0,
)


@pytest.fixture
def engine(tmp_path):
    return create_store_engine(f"sqlite:///{tmp_path / 'policylink.db'}")


def _plan_of_work(
    key="20-KH/TU", date="2024-03-01", mentions=(CONCLUSION_55, NESTED_113), jurisdiction="Bắc Giang"
):
    return make_extraction(
        key=key, jurisdiction=jurisdiction, date=date, doc_type="Kế hoạch", mentions=list(mentions)
    )


def test_citations_create_nodes_and_edges_in_the_store(engine):
    with engine.begin() as conn:
        report = store_and_link(conn, _plan_of_work())
        graph = load_graph(conn)
    assert report.new_documents == ["bac-giang/55-KL/TU/2021", "bac-giang/113-NQ/TU/2016"]
    evidence = {(s, t, r): e for s, t, r, e in graph.edges()}
    assert evidence[("bac-giang/20-KH/TU/2024", "bac-giang/55-KL/TU/2021", "cites")] == [
        "Triển khai " + CONCLUSION_55.text
    ]
    implements = [(s, t) for s, t, r, _ in graph.edges() if r == "implements"]
    assert implements == [("bac-giang/55-KL/TU/2021", "bac-giang/113-NQ/TU/2016")]
    cited = graph.record("bac-giang/113-NQ/TU/2016")
    assert (cited.origin, cited.ingested, cited.issue_date) == ("citation", False, "2016-07-22")
    assert [r.id for r, _ in queries.missing(graph)] == [
        "bac-giang/113-NQ/TU/2016",
        "bac-giang/55-KL/TU/2021",
    ]


def test_ingesting_a_cited_document_merges_into_its_node(engine):
    with engine.begin() as conn:
        store_and_link(conn, _plan_of_work())
        full_text = make_extraction(
            key="113-NQ/TU",
            jurisdiction="Bắc Giang",
            date="2016-07-22",
            doc_type="Nghị quyết",
            issuer="Ban Chấp hành Đảng bộ tỉnh",
            title="về phát triển kết cấu hạ tầng giao thông",
            mentions=[
                Mention(
                    "Nghị quyết số 13-NQ/TW ngày 16/01/2012",
                    "13-NQ/TW",
                    "Nghị quyết",
                    "2012-01-16",
                    relation="implements",
                )
            ],
        )
        report = store_and_link(conn, full_text)
        record = get_document(conn, "bac-giang/113-NQ/TU/2016")
        version = get_current_version(conn, "bac-giang/113-NQ/TU/2016")
        graph = load_graph(conn)
    assert report.document_id == "bac-giang/113-NQ/TU/2016"
    assert (record.origin, record.ingested, record.issuer) == ("citation", True, "Ban Chấp hành Đảng bộ tỉnh")
    assert version.text == full_text.document.text
    # One node, reached from the plan through 55-KL/TU, and now resting on 13-NQ/TW itself.
    assert sum(1 for r in graph.records() if r.key == "113-NQ/TU") == 1
    reached = queries.lineage(graph, "bac-giang/20-KH/TU/2024").depth
    assert reached["bac-giang/113-NQ/TU/2016"] == 2
    assert reached["tw/13-NQ/TW/2012"] == 3


def test_undated_citation_settles_when_the_document_becomes_known_and_unsettles_on_a_second(engine):
    undated = Mention("Nghị quyết số 06-NQ/TW", "06-NQ/TW", "Nghị quyết", relation="implements")
    with engine.begin() as conn:
        first = store_and_link(conn, _plan_of_work(key="30-KH/TU", mentions=[undated]))
        assert [u.status for u in first.unresolved] == ["unknown"]
        dated_2022 = Mention(
            "Nghị quyết số 06-NQ/TW ngày 24/01/2022 của Bộ Chính trị",
            "06-NQ/TW",
            "Nghị quyết",
            "2022-01-24",
            "Bộ Chính trị",
        )
        second = store_and_link(conn, _plan_of_work(key="31-KH/TU", mentions=[dated_2022]))
        assert second.relinked == ["bac-giang/30-KH/TU/2024"]
        graph = load_graph(conn)
        assert ("bac-giang/30-KH/TU/2024", "tw/06-NQ/TW/2022", "implements") in {
            (s, t, r) for s, t, r, _ in graph.edges()
        }
        dated_2016 = Mention("Nghị quyết số 06-NQ/TW ngày 05/11/2016", "06-NQ/TW", "Nghị quyết", "2016-11-05")
        third = store_and_link(conn, _plan_of_work(key="32-KH/TU", mentions=[dated_2016]))
        graph = load_graph(conn)
    assert "bac-giang/30-KH/TU/2024" in third.relinked
    assert {r.id for r in graph.records() if r.key == "06-NQ/TW"} == {"tw/06-NQ/TW/2016", "tw/06-NQ/TW/2022"}
    assert not any(s == "bac-giang/30-KH/TU/2024" for s, *_ in graph.edges())
    assert list(queries.unresolved_by_key(graph)) == ["06-NQ/TW"]


def test_two_dates_for_one_document_are_a_conflict(engine):
    wrong_day = Mention("Nghị quyết số 113-NQ/TU ngày 12/7/2016", "113-NQ/TU", "Nghị quyết", "2016-07-12")
    with engine.begin() as conn:
        store_and_link(conn, _plan_of_work())
        store_and_link(conn, _plan_of_work(key="40-KH/TU", mentions=[wrong_day]))
        graph = load_graph(conn)
        found = queries.conflicts(graph, stated_facts(conn, graph))
    assert len(found) == 1
    assert found[0].target_id == "bac-giang/113-NQ/TU/2016"
    assert found[0].dates == {
        "2016-07-12": ["bac-giang/40-KH/TU/2024"],
        "2016-07-22": ["record", "bac-giang/20-KH/TU/2024"],
    }


def test_relinking_the_same_document_replaces_its_edges(engine):
    with engine.begin() as conn:
        store_and_link(conn, _plan_of_work())
        before = sorted((s, t, r) for s, t, r, _ in load_graph(conn).edges())
        revised = _plan_of_work(mentions=[CONCLUSION_55])
        link_extraction(conn, revised, 2)
        after = sorted((s, t, r) for s, t, r, _ in load_graph(conn).edges())
    assert len(before) == 2
    assert after == [("bac-giang/20-KH/TU/2024", "bac-giang/55-KL/TU/2021", "cites")]


def test_registry_loaded_later_settles_an_undated_citation(engine):
    undated = Mention("Nghị quyết số 113-NQ/TU", "113-NQ/TU", "Nghị quyết", relation="implements")
    with engine.begin() as conn:
        store_and_link(conn, _plan_of_work(key="50-KH/TU", mentions=[undated]))
        registry = read_registry(CORPUS / "registry.yaml")
        load_registry(conn, registry)
        assert load_graph(conn).unresolved  # the registry alone does not touch the document's edges
        relinked = relink_citers(conn, [facts.key for facts in registry.documents])
        graph = load_graph(conn)
    assert relinked == ["bac-giang/50-KH/TU/2024"]
    assert graph.unresolved == []
    assert [s for s, _, _ in queries.cited_by(graph, "bac-giang/113-NQ/TU/2016")] == [
        "bac-giang/50-KH/TU/2024",
        "bac-giang/55-KL/TU/2021",
    ]
