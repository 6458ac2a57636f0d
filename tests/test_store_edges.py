"""Edges and extractions: what the graph and NLP stages save and read back."""

import pytest
import sqlalchemy as sa
from store_fixtures import engine_at, make_document

from policylink.store.documents import merge_facts, save_ingested
from policylink.store.edges import iter_edges, replace_edges
from policylink.store.extractions import load_extraction, save_extraction
from policylink.store.records import DocumentFacts, Edge


def test_replace_edges_swaps_only_the_edges_of_the_same_statement(tmp_path):
    engine = engine_at(tmp_path)
    with engine.begin() as conn:
        doc = save_ingested(conn, make_document("Văn bản trích dẫn."))
        kl55, _ = merge_facts(
            conn, DocumentFacts(key="55-KL/TU", jurisdiction="Bắc Giang", issue_date="2021-03-07"), "citation"
        )
        nq113, _ = merge_facts(
            conn,
            DocumentFacts(key="113-NQ/TU", jurisdiction="Bắc Giang", issue_date="2016-07-22"),
            "citation",
        )
        replace_edges(conn, "registry:test", [Edge(kl55, "113-NQ/TU", "implements", target_id=nq113)])
        first = [
            Edge(
                doc.document_id,
                "55-KL/TU",
                "cites",
                target_id=kl55,
                evidence="Kết luận số 55-KL/TU",
                source_version=1,
            ),
            Edge(kl55, "113-NQ/TU", "implements", target_id=nq113, source_version=1),  # nested citation
            Edge(doc.document_id, "99-CT/TU", "cites"),  # unresolved target
        ]
        assert replace_edges(conn, doc.document_id, first) == 3
    with engine.connect() as conn:
        assert list(iter_edges(conn)) == [Edge(kl55, "113-NQ/TU", "implements", target_id=nq113), *first]

    with engine.begin() as conn:
        assert replace_edges(conn, doc.document_id, first[:1]) == 1
    with engine.connect() as conn:
        assert list(iter_edges(conn)) == [Edge(kl55, "113-NQ/TU", "implements", target_id=nq113), first[0]]


def test_an_edge_to_an_unknown_document_id_is_refused(tmp_path):
    engine = engine_at(tmp_path)
    with pytest.raises(sa.exc.IntegrityError), engine.begin() as conn:
        doc = save_ingested(conn, make_document("Văn bản."))
        replace_edges(
            conn, doc.document_id, [Edge(doc.document_id, "1-NQ/TU", "cites", target_id="khong/ton/tai")]
        )


def test_extraction_is_saved_per_version_and_replaced_on_save(tmp_path):
    engine = engine_at(tmp_path)
    with engine.begin() as conn:
        saved = save_ingested(conn, make_document("Văn bản có trích xuất."))
        assert load_extraction(conn, saved.version_id) is None
        save_extraction(
            conn, saved.version_id, {"schema_version": "1", "tasks": [{"text": "Giao Ban cán sự"}]}
        )
        save_extraction(conn, saved.version_id, {"schema_version": "1", "tasks": []})
    with engine.connect() as conn:
        assert load_extraction(conn, saved.version_id) == {"schema_version": "1", "tasks": []}
