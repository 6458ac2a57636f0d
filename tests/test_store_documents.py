"""Saving ingested documents: identity, idempotence, versions, registry documents gaining a text."""

from dataclasses import asdict
from pathlib import Path

from store_fixtures import engine_at, make_document, table_counts

from policylink.ingest.pipeline import ingest_file
from policylink.store.documents import (
    as_ingested,
    documents_with_key,
    get_current_version,
    get_document,
    identity_of,
    list_documents,
    merge_facts,
    save_ingested,
)
from policylink.store.records import DocumentFacts


def test_new_document_is_stored_with_its_text_sections_and_footnotes(tmp_path):
    engine = engine_at(tmp_path)
    doc = make_document("Tăng cường lãnh đạo công tác giải phóng mặt bằng.")
    with engine.begin() as conn:
        saved = save_ingested(conn, doc)
    assert saved.status == "new"
    assert saved.document_id == "bac-giang/12-CT/TU/2023"
    assert saved.version == 1
    with engine.connect() as conn:
        record = get_document(conn, saved.document_id)
        version = get_current_version(conn, saved.document_id)
    assert record.ingested and record.origin == "file" and record.current_version == 1
    assert (record.key, record.issue_date, record.issuer) == (
        "12-CT/TU",
        "2023-05-10",
        "Ban Thường vụ Tỉnh ủy",
    )
    assert version.text == doc.text
    assert version.content_hash == doc.content_hash
    assert version.sections == [asdict(s) for s in doc.sections]
    assert version.footnotes == [asdict(f) for f in doc.footnotes]
    assert version.header["recipients"] == ["Các huyện ủy"]


def test_ingesting_the_same_bytes_twice_changes_nothing(tmp_path):
    engine = engine_at(tmp_path)
    doc = make_document("Nội dung không đổi.")
    with engine.begin() as conn:
        first = save_ingested(conn, doc)
    before = table_counts(engine)
    with engine.begin() as conn:
        second = save_ingested(conn, doc)
    assert second.status == "unchanged"
    assert (second.document_id, second.version, second.version_id) == (
        first.document_id,
        first.version,
        first.version_id,
    )
    assert table_counts(engine) == before == {"documents": 1, "versions": 1, "extractions": 0, "edges": 0}


def test_changed_text_with_the_same_identity_becomes_the_next_version(tmp_path):
    engine = engine_at(tmp_path)
    old = make_document("Bản dự thảo lần một.")
    new = make_document("Bản chính thức đã sửa.")
    with engine.begin() as conn:
        save_ingested(conn, old)
        saved = save_ingested(conn, new)
    assert (saved.status, saved.document_id, saved.version) == ("new_version", "bac-giang/12-CT/TU/2023", 2)
    with engine.connect() as conn:
        assert get_document(conn, saved.document_id).current_version == 2
        assert "Bản chính thức đã sửa." in get_current_version(conn, saved.document_id).text
    assert table_counts(engine)["documents"] == 1
    assert table_counts(engine)["versions"] == 2


def test_a_different_identity_is_a_new_document(tmp_path):
    engine = engine_at(tmp_path)
    with engine.begin() as conn:
        save_ingested(conn, make_document("Một.", key="12-CT/TU"))
        other = save_ingested(conn, make_document("Hai.", key="13-CT/TU"))
    assert other.status == "new"
    assert other.document_id == "bac-giang/13-CT/TU/2023"
    assert table_counts(engine)["documents"] == 2


def test_unnumbered_undated_document_gets_an_issuer_type_title_identity(tmp_path):
    engine = engine_at(tmp_path)
    doc = make_document("Kết luận không số.", key=None, doc_type="Kết luận", issue_date=None)
    with engine.begin() as conn:
        saved = save_ingested(conn, doc)
    assert saved.document_id.startswith("bac-giang/ket-luan/ban-thuong-vu-tinh-uy/undated-")
    assert saved.document_id == identity_of(doc.header)


def test_registry_document_keeps_its_id_and_becomes_ingested_when_its_text_arrives(tmp_path):
    engine = engine_at(tmp_path)
    facts = DocumentFacts(
        key="12-CT/TU",
        doc_type="Chỉ thị",
        issuer=None,
        jurisdiction="Bắc Giang",
        issue_date="2023-05-10",
        title="về tăng cường công tác giải phóng mặt bằng",
        notes="Biết qua trích dẫn.",
    )
    with engine.begin() as conn:
        registry_id, status = merge_facts(conn, facts, origin="registry")
    assert status == "new"
    with engine.connect() as conn:
        known = get_document(conn, registry_id)
        assert get_current_version(conn, registry_id) is None
    assert not known.ingested and known.current_version is None

    with engine.begin() as conn:
        saved = save_ingested(conn, make_document("Toàn văn chỉ thị."))
    assert (saved.status, saved.document_id, saved.version) == ("new", registry_id, 1)
    with engine.connect() as conn:
        record = get_document(conn, registry_id)
    assert record.ingested and record.current_version == 1
    assert record.origin == "registry"  # how it first became known is kept
    assert record.issuer == "Ban Thường vụ Tỉnh ủy"  # the text supplies what the registry lacked
    assert record.notes == "Biết qua trích dẫn."
    assert table_counts(engine)["documents"] == 1


def test_merge_facts_only_fills_empty_fields(tmp_path):
    engine = engine_at(tmp_path)
    with engine.begin() as conn:
        saved = save_ingested(conn, make_document("Văn bản đã có toàn văn."))
        doc_id, status = merge_facts(
            conn,
            DocumentFacts(
                key="12-CT/TU", jurisdiction="Bắc Giang", issue_date="2023-05-10", title="trích yếu khác"
            ),
            origin="citation",
        )
        assert (doc_id, status) == (saved.document_id, "unchanged")
        _, status = merge_facts(
            conn,
            DocumentFacts(key="12-CT/TU", jurisdiction="Bắc Giang", issue_date="2023-05-10", notes="ghi chú"),
            origin="citation",
        )
        assert status == "updated"
        record = get_document(conn, doc_id)
    assert record.title == "về tăng cường công tác giải phóng mặt bằng"
    assert record.notes == "ghi chú"
    assert record.origin == "file"


def test_keys_are_normalised_and_listing_orders_newest_first(tmp_path):
    engine = engine_at(tmp_path)
    with engine.begin() as conn:
        merge_facts(conn, DocumentFacts(key="72 - KL/TƯ", issue_date="2024-02-23"), origin="citation")
        merge_facts(conn, DocumentFacts(key="13-NQ/TW", issue_date="2012-01-16"), origin="citation")
        merge_facts(conn, DocumentFacts(key="55-KL/TU", jurisdiction="Lạng Sơn"), origin="citation")
        save_ingested(
            conn, make_document("Chỉ thị.", key="55-KL/TU", doc_type="Kết luận", issue_date="2021-03-07")
        )
        ids = [r.id for r in list_documents(conn)]
        same_key = [r.id for r in documents_with_key(conn, "55 - KL/TU")]
    assert ids == ["tw/72-KL/TW/2024", "bac-giang/55-KL/TU/2021", "tw/13-NQ/TW/2012", "lang-son/55-KL/TU"]
    assert same_key == ["bac-giang/55-KL/TU/2021", "lang-son/55-KL/TU"]


def test_a_stored_version_read_back_carries_the_layout_ingestion_found(tmp_path):
    name = "quyet-dinh-ubnd-hung-yen-2024-ban-hanh-quy-che-cum-cong-nghiep.txt"
    source = Path(__file__).parent / "gold" / "dev" / name
    doc = ingest_file(source, max_bytes=1_000_000)
    assert doc.attachments  # the Quy chế printed after the decision
    engine = engine_at(tmp_path)
    with engine.begin() as conn:
        saved = save_ingested(conn, doc)
    with engine.connect() as conn:
        version = get_current_version(conn, saved.document_id)
    again = as_ingested(version)
    assert again.attachments == doc.attachments
    assert again.header_zones == doc.header_zones and again.title_blocks == doc.title_blocks
    assert len(again.title_blocks) == 2  # the decision's and the Quy chế's
    assert again.footnotes_start == doc.footnotes_start
