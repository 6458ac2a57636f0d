"""`policylink migrate-store --to postgresql://...` moves an office's SQLite store to a real
PostgreSQL server: every row with its id, the server's counters continued, the target refused
when not empty."""

import json
from pathlib import Path

import pytest
from click.testing import CliRunner
from postgres_fixtures import database_url
from store_fixtures import make_document, table_counts

from policylink.api.cli import main
from policylink.store.database import create_store_engine
from policylink.store.documents import save_ingested
from policylink.store.edges import iter_edges, replace_edges
from policylink.store.extractions import load_extraction, save_extraction
from policylink.store.index_queue import enqueue, waiting
from policylink.store.records import Edge


@pytest.fixture
def office(tmp_path: Path) -> Path:
    """A data folder whose SQLite store holds two documents, a second version, an extraction,
    an edge between the documents and a queued document."""
    data_dir = tmp_path / "data"
    engine = create_store_engine(f"sqlite:///{data_dir / 'policylink.db'}")
    with engine.begin() as conn:
        cited = save_ingested(conn, make_document("Kết luận gốc.", key="55-KL/TU", issue_date="2021-03-07"))
        save_ingested(conn, make_document("Bản đầu."))
        citing = save_ingested(conn, make_document("Bản sửa, thực hiện Kết luận số 55-KL/TU."))
        save_extraction(conn, citing.version_id, {"schema_version": "1", "tasks": []})
        replace_edges(conn, citing.document_id, [Edge(citing.document_id, "55-KL/TU", "implements",
                                                      target_id=cited.document_id, source_version=2)])
        enqueue(conn, citing.document_id)
    engine.dispose()
    return data_dir


def _run(data_dir: Path, *args: str, **env: str):
    return CliRunner().invoke(main, list(args), env={"POLICYLINK_DATA_DIR": str(data_dir), **env})


def test_migrate_store_moves_every_row_to_postgresql(office: Path, tmp_path: Path, postgres_cluster):
    target_url = database_url(postgres_cluster.server_url, tmp_path / "target")
    result = _run(office, "migrate-store", "--to", target_url)
    assert result.exit_code == 0, result.output
    assert "documents: 2" in result.output and "versions: 3" in result.output
    source = create_store_engine(f"sqlite:///{office / 'policylink.db'}")
    target = create_store_engine(target_url)
    assert table_counts(target) == table_counts(source) == {
        "documents": 2, "versions": 3, "extractions": 1, "edges": 1
    }
    with source.connect() as before, target.connect() as after:
        assert list(iter_edges(after)) == list(iter_edges(before))
        assert [e.document_id for e in waiting(after)] == [e.document_id for e in waiting(before)]
        assert load_extraction(after, 3) == {"schema_version": "1", "tasks": []}
    with target.begin() as conn:  # the server numbers new rows after the copied ones
        assert save_ingested(conn, make_document("Bản thứ ba.")).version == 3
    on_server = json.loads(_run(office, "list", "--json", POLICYLINK_DATABASE_URL=target_url).stdout)
    on_file = json.loads(_run(office, "list", "--json").stdout)
    assert {d["id"] for d in on_server} == {d["id"] for d in on_file} and len(on_file) == 2


def test_migrate_store_refuses_a_target_that_is_not_empty(office: Path, tmp_path: Path, postgres_cluster):
    target_url = database_url(postgres_cluster.server_url, tmp_path / "target")
    assert _run(office, "migrate-store", "--to", target_url).exit_code == 0
    again = _run(office, "migrate-store", "--to", target_url)
    assert again.exit_code == 1 and "kho trống" in again.output and "Traceback" not in again.output


def test_migrate_store_names_an_unreachable_target(office: Path, tmp_path: Path):
    result = _run(office, "migrate-store", "--to", f"postgresql://x@/db?host={tmp_path / 'khong-co'}")
    assert result.exit_code == 1 and "Không mở được cơ sở dữ liệu đích" in result.output
