"""The shipped registry: its facts match the conclusion's text, and it merges idempotently."""

import re
from pathlib import Path

import pytest
from store_fixtures import CONCLUSION_CITED_KEYS, engine_at, table_counts

from policylink.ingest.model import IngestError
from policylink.store.documents import get_document, list_documents
from policylink.store.edges import iter_edges
from policylink.store.registry import load_registry, read_registry

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
CONCLUSION = (CORPUS / "ket-luan-btv-tinh-uy-bac-giang-2024-ket-cau-ha-tang.txt").read_text(encoding="utf-8")


def _vn_date(iso: str) -> str:
    """A regex for the date as Vietnamese documents print it: `7/3/2021` or `07/03/2021`."""
    year, month, day = iso.split("-")
    return f"0?{int(day)}/0?{int(month)}/{year}"


def test_shipped_registry_lists_the_ten_cited_documents_as_the_conclusion_states_them():
    registry = read_registry(CORPUS / "registry.yaml")
    by_key = {d.key: d for d in registry.documents}
    assert set(by_key) == CONCLUSION_CITED_KEYS
    for key, facts in by_key.items():
        assert re.search(
            f"{facts.doc_type} số {re.escape(key)} ngày {_vn_date(facts.issue_date)}", CONCLUSION
        )
        assert facts.title in CONCLUSION
        assert f"{facts.number}-{facts.symbol}" == key
        assert facts.jurisdiction == (None if key.endswith("/TW") else "Bắc Giang")
        if facts.issuer is not None:
            assert re.search(
                f"{re.escape(key)} ngày {_vn_date(facts.issue_date)} của {facts.issuer}", CONCLUSION
            )
    assert by_key["113-NQ/TU"].issuer is None and by_key["138-NQ/TU"].issuer is None


def test_shipped_registry_relations_are_stated_in_the_conclusion():
    registry = read_registry(CORPUS / "registry.yaml")
    assert {(r.source_key, r.relation, r.target_key) for r in registry.relations} == {
        ("55-KL/TU", "implements", "113-NQ/TU"),
        ("103-KL/TU", "implements", "138-NQ/TU"),
        ("51-KH/TU", "implements", "06-NQ/TW"),
        ("2987-CV/TU", "implements", "72-KL/TW"),
        ("72-KL/TW", "implements", "13-NQ/TW"),
    }
    for relation in registry.relations:
        assert relation.evidence in CONCLUSION
        assert relation.evidence.index(relation.source_key) < relation.evidence.index(relation.target_key)


def test_loading_the_registry_twice_is_idempotent(tmp_path):
    engine = engine_at(tmp_path)
    registry = read_registry(CORPUS / "registry.yaml")
    with engine.begin() as conn:
        first = load_registry(conn, registry)
    with engine.begin() as conn:
        second = load_registry(conn, registry)
    assert (first.new, first.unchanged, first.edges) == (10, 0, 5)
    assert (second.new, second.updated, second.unchanged, second.edges) == (0, 0, 10, 5)
    assert table_counts(engine) == {"documents": 10, "versions": 0, "extractions": 0, "edges": 5}
    with engine.connect() as conn:
        records = list_documents(conn)
        edges = list(iter_edges(conn))
        thirteen = get_document(conn, "tw/13-NQ/TW/2012")
    assert all(r.origin == "registry" and not r.ingested for r in records)
    assert thirteen.issuer == "Ban Chấp hành Trung ương Đảng"
    assert ("tw/72-KL/TW/2024", "tw/13-NQ/TW/2012") in {(e.source_id, e.target_id) for e in edges}
    assert ("bac-giang/55-KL/TU/2021", "bac-giang/113-NQ/TU/2016") in {
        (e.source_id, e.target_id) for e in edges
    }


_VALID_DOCUMENT = "  - {key: 1-NQ/TU, doc_type: Nghị quyết, date: '2020-01-02', jurisdiction: Bắc Giang}\n"


@pytest.mark.parametrize(
    ("content", "problem"),
    [
        ("documents: []\n", "'name'"),
        ("name: x\ndocuments:\n  - {doc_type: Nghị quyết}\n", "'key' và 'doc_type'"),
        ("name: x\ndocuments:\n  - {key: 1-NQ/TU, doc_type: Nghị quyết, ngay: '2020'}\n", "trường lạ"),
        ("name: x\ndocuments:\n  - {key: 1-NQ/TU, doc_type: Nghị quyết, date: '07/3/2021'}\n", "YYYY-MM-DD"),
        ("name: x\ndocuments:\n" + _VALID_DOCUMENT * 2, "nhiều lần"),
        (
            "name: x\ndocuments:\n"
            + _VALID_DOCUMENT
            + "relations:\n  - {source: 1-NQ/TU, relation: cites, target: 9-NQ/TU}\n",
            "9-NQ/TU",
        ),
        (
            "name: x\ndocuments:\n"
            + _VALID_DOCUMENT
            + "relations:\n  - {source: 1-NQ/TU, relation: follows, target: 1-NQ/TU}\n",
            "follows",
        ),
        ("name: x\ndocuments: [\n", "YAML"),
    ],
)
def test_malformed_registry_is_rejected_with_what_to_fix(tmp_path, content, problem):
    path = tmp_path / "registry.yaml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(IngestError) as caught:
        read_registry(path)
    assert problem in caught.value.problem
    assert str(path) in str(caught.value)
    assert "corpus/registry.yaml" in caught.value.remedy


def test_a_yaml_syntax_error_is_named_by_line_and_column_in_vietnamese(tmp_path):
    path = tmp_path / "registry.yaml"
    path.write_text('name: x\ndocuments:\n  - key: "55-KL/TU\n    title: [x\n', encoding="utf-8")
    with pytest.raises(IngestError) as caught:
        read_registry(path)
    assert "sai cú pháp YAML ở dòng 3, cột 10" in caught.value.problem
    assert "while scanning" not in str(caught.value) and "\n" not in str(caught.value)
