"""`policylink delete`: a document ingested by mistake leaves the store, the graph and search;
what other documents cite stays in the graph; the index follows even when another process held it."""

from pathlib import Path

import pytest
from click.testing import CliRunner
from web_fixtures import hold_index

from policylink.api import service
from policylink.api.cli import main
from policylink.api.settings import Settings

# A plan of Bắc Giang that cites the shipped corpus's 113-NQ/TU, and a report that cites the plan.
PLAN = """TỈNH ỦY BẮC GIANG
Số 48-KH/TU
Bắc Giang, ngày 12 tháng 6 năm 2025

KẾ HOẠCH
về cải tạo kênh tiêu thoát nước nội đồng

Thực hiện Nghị quyết số 113-NQ/TU ngày 22/7/2016 của Ban Thường vụ Tỉnh ủy và Quyết định số
777/QĐ-UBND ngày 01/3/2025 của UBND tỉnh, Ban Thường vụ Tỉnh ủy ban hành Kế hoạch như sau:

1. Ban cán sự đảng UBND tỉnh chỉ đạo nạo vét kênh tiêu thoát nước nội đồng, hoàn thành trong quý IV/2025.
"""
REPORT = """TỈNH ỦY BẮC GIANG
Số 301-BC/TU
Bắc Giang, ngày 20 tháng 12 năm 2025

BÁO CÁO
kết quả nạo vét kênh mương

Thực hiện Kế hoạch số 48-KH/TU ngày 12/6/2025 của Ban Thường vụ Tỉnh ủy, các địa phương đã nạo vét
120 km kênh mương nội đồng.
"""


def _ingest(settings: Settings, folder: Path, name: str, text: str) -> str:
    path = folder / name
    path.write_text(text, encoding="utf-8")
    [outcome] = service.ingest_paths([path], settings)
    assert outcome.status == "new", outcome
    return outcome.document_id


def _delete(settings: Settings, *ids: str):
    runner = CliRunner()
    return runner.invoke(main, ["delete", *ids, "--yes"], env={"POLICYLINK_DATA_DIR": str(settings.data_dir)})


def _search_ids(settings: Settings, query: str) -> set[str]:
    try:
        engine = service.search_engine(settings)
        results = service.search_passages(engine, service.SearchQuery(query, limit=30))
        return {r.document_id for r in results}
    finally:
        service.close_search_engine(settings)


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    settings = Settings.from_env(tmp_path / "data")
    service.ingest_paths([Path(__file__).resolve().parents[1] / "corpus"], settings)
    service.close_search_engine(settings)
    return settings


def test_deleting_an_uncited_document_removes_it_everywhere_and_it_can_come_back(
    settings: Settings, tmp_path: Path
) -> None:
    plan_id = _ingest(settings, tmp_path, "kh-48.txt", PLAN)
    service.close_search_engine(settings)
    before = {r.id for r in service.list_documents(settings)}
    cited_only_by_plan = {r.id for r in service.list_documents(settings) if r.key == "777/QĐ-UBND"}
    assert len(cited_only_by_plan) == 1
    assert plan_id in _search_ids(settings, "nạo vét kênh tiêu thoát nước nội đồng")

    result = _delete(settings, plan_id)
    assert result.exit_code == 0, result.output
    assert "Đã xóa toàn văn" in result.output
    assert {r.id for r in service.list_documents(settings)} == before - {plan_id} - cited_only_by_plan
    graph = service.citation_graph(settings)
    assert plan_id not in graph
    assert any(r.key == "113-NQ/TU" for r in service.list_documents(settings))  # the registry's stays
    assert plan_id not in _search_ids(settings, "nạo vét kênh tiêu thoát nước nội đồng")

    again = _ingest(settings, tmp_path, "kh-48.txt", PLAN)  # the same bytes are new again
    service.close_search_engine(settings)
    assert again == plan_id


def test_a_deleted_document_that_others_cite_stays_as_a_citation_node(
    settings: Settings, tmp_path: Path
) -> None:
    plan_id = _ingest(settings, tmp_path, "kh-48.txt", PLAN)
    report_id = _ingest(settings, tmp_path, "bc-301.txt", REPORT)
    service.close_search_engine(settings)
    assert _delete(settings, plan_id).exit_code == 0
    record = next(r for r in service.list_documents(settings) if r.id == plan_id)
    assert (record.ingested, record.origin, record.key) == (False, "citation", "48-KH/TU")
    graph = service.citation_graph(settings)
    assert graph.nx.has_edge(report_id, plan_id)


def test_deleting_an_unknown_id_says_where_to_find_ids(settings: Settings) -> None:
    result = _delete(settings, "bac-giang/khong-co")
    assert result.exit_code == 1
    assert "policylink list" in result.output


def _delete_while_index_held(settings: Settings, folder: Path) -> tuple[str, service.DeleteOutcome]:
    """Ingest PLAN, then delete it while another process holds the search index."""
    plan_id = _ingest(settings, folder, "kh-48.txt", PLAN)
    service.close_search_engine(settings)
    holder = hold_index(settings.data_dir)
    try:
        return plan_id, service.delete_document(settings, plan_id)
    finally:
        holder.close()


def test_a_deletion_while_another_process_holds_the_index_reaches_the_index_later(
    settings: Settings, tmp_path: Path
) -> None:
    plan_id, outcome = _delete_while_index_held(settings, tmp_path)
    assert (outcome.status, outcome.indexed) == ("deleted", False)
    assert service.queued_count(settings) == 1
    assert service.index_queued_documents(settings) == 1
    service.close_search_engine(settings)
    assert service.queued_count(settings) == 0
    assert plan_id not in _search_ids(settings, "nạo vét kênh tiêu thoát nước nội đồng")


def test_reindex_also_takes_a_deletion_queued_while_the_index_was_held(
    settings: Settings, tmp_path: Path
) -> None:
    plan_id, outcome = _delete_while_index_held(settings, tmp_path)
    assert outcome.indexed is False
    try:
        service.index_stored_documents(settings)
    finally:
        service.close_search_engine(settings)
    assert service.queued_count(settings) == 0
    assert plan_id not in _search_ids(settings, "nạo vét kênh tiêu thoát nước nội đồng")
