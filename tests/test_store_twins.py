"""One document, one node: ids with and without the year (same key and scope) fold into one, a corrected
re-ingest is a new version, and `graph conflicts` / `graph merge` handle the pairs left."""

import json
from pathlib import Path

from click.testing import CliRunner
from graph_fixtures import ingest_and_link

from policylink.api.cli import main
from policylink.store.database import create_store_engine
from policylink.store.documents import get_current_version, get_document, list_documents, merge_facts
from policylink.store.records import DocumentFacts
from policylink.store.schema import edges

_PLAN = (
    "TỈNH ỦY HÀ NAM\n*\nSố 30-KH/TU\nPhủ Lý, ngày 2 tháng 10 năm 2023\n\nKẾ HOẠCH\nvề trồng rừng\n\n"
    "1. Thực hiện Nghị quyết số 05-NQ/TU ngày 14/3/2023 của Ban Chấp hành Đảng bộ tỉnh về phát triển "
    "rừng, các cấp ủy tổ chức trồng rừng.\n"
)


def _resolution(dated: bool, extra: str = "") -> str:
    date = "Phủ Lý, ngày 14 tháng 3 năm 2023\n" if dated else ""
    return (
        f"TỈNH ỦY HÀ NAM\n*\nSố 05-NQ/TU\n{date}\nNGHỊ QUYẾT\ncủa Ban Chấp hành Đảng bộ tỉnh\n"
        "về phát triển rừng\n\n"
        f"1. Phát triển rừng bền vững{extra}.\n"
    )


def _ingest(conn, folder: Path, name: str, text: str):
    path = folder / name
    path.write_text(text, encoding="utf-8")
    return ingest_and_link(conn, path)


def _ids(conn) -> set[str]:
    return {r.id for r in list_documents(conn)}


def test_citation_node_folds_into_the_undated_text_that_arrives(tmp_path: Path) -> None:
    engine = create_store_engine(f"sqlite:///{tmp_path / 'policylink.db'}")
    with engine.begin() as conn:
        _ingest(conn, tmp_path, "ke-hoach.txt", _PLAN)
        assert "ha-nam/05-NQ/TU/2023" in _ids(conn)
        _ingest(conn, tmp_path, "nghi-quyet.txt", _resolution(dated=False))
        ids = _ids(conn)
        assert "ha-nam/05-NQ/TU" in ids and "ha-nam/05-NQ/TU/2023" not in ids
        record = get_document(conn, "ha-nam/05-NQ/TU")
        assert record.ingested and record.issue_date == "2023-03-14"  # the citation's date is kept
        targets = {row.target_id for row in conn.execute(edges.select()) if row.target_key == "05-NQ/TU"}
        assert targets == {"ha-nam/05-NQ/TU"}


def test_registry_node_without_year_folds_into_the_dated_text(tmp_path: Path) -> None:
    engine = create_store_engine(f"sqlite:///{tmp_path / 'policylink.db'}")
    with engine.begin() as conn:
        merge_facts(conn, DocumentFacts(key="05-NQ/TU", jurisdiction="Hà Nam", notes="danh mục"), "registry")
        assert _ids(conn) == {"ha-nam/05-NQ/TU"}
        _ingest(conn, tmp_path, "nghi-quyet.txt", _resolution(dated=True))
        assert _ids(conn) == {"ha-nam/05-NQ/TU/2023"}
        record = get_document(conn, "ha-nam/05-NQ/TU/2023")
        assert (record.origin, record.notes, record.ingested) == ("registry", "danh mục", True)


def test_corrected_reingest_is_a_new_version_and_a_dated_citation_finds_it(tmp_path: Path) -> None:
    engine = create_store_engine(f"sqlite:///{tmp_path / 'policylink.db'}")
    with engine.begin() as conn:
        first = _ingest(conn, tmp_path, "nghi-quyet.txt", _resolution(dated=False))
        assert first.document_id == "ha-nam/05-NQ/TU"
        _ingest(conn, tmp_path, "nghi-quyet-sua.txt", _resolution(dated=True, extra=", gắn với sinh kế"))
        assert _ids(conn) == {"ha-nam/05-NQ/TU"}
        assert get_current_version(conn, "ha-nam/05-NQ/TU").number == 2
        assert get_document(conn, "ha-nam/05-NQ/TU").issue_date == "2023-03-14"
        _ingest(conn, tmp_path, "ke-hoach.txt", _PLAN)
        assert "ha-nam/05-NQ/TU/2023" not in _ids(conn)


def test_conflicts_list_the_pairs_left_and_merge_folds_one(tmp_path: Path) -> None:
    engine = create_store_engine(f"sqlite:///{(tmp_path / 'policylink.db')}")
    with engine.begin() as conn:
        for date in ("2021-06-01", "2023-03-14", None):  # the undated one fits both: nothing is folded
            facts = DocumentFacts(key="05-NQ/TU", jurisdiction="Hà Nam", issue_date=date)
            merge_facts(conn, facts, "citation")
    env = {"POLICYLINK_DATA_DIR": str(tmp_path)}
    listed = CliRunner().invoke(main, ["graph", "conflicts", "--json"], env=env, catch_exceptions=False)
    duplicates = json.loads(listed.output)["duplicates"]
    assert [d["ids"] for d in duplicates] == [
        ["ha-nam/05-NQ/TU", "ha-nam/05-NQ/TU/2021"], ["ha-nam/05-NQ/TU", "ha-nam/05-NQ/TU/2023"],
    ]
    assert all(d["merge"].startswith("policylink graph merge ") for d in duplicates)
    merged = CliRunner().invoke(
        main, ["graph", "merge", "ha-nam/05-NQ/TU", "ha-nam/05-NQ/TU/2023"], env=env, catch_exceptions=False
    )
    assert merged.exit_code == 0, merged.output
    with engine.connect() as conn:
        assert _ids(conn) == {"ha-nam/05-NQ/TU/2021", "ha-nam/05-NQ/TU/2023"}
    refused = CliRunner().invoke(main, ["graph", "merge", "ha-nam/05-NQ/TU", "tw/1/TW"], env=env)
    assert refused.exit_code == 1 and "policylink list" in refused.output
