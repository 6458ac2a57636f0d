"""Scope by who issued a document: one table of issuer codes and one of document types (policylink.core),
used by header reading, citations, identity and resolution."""

from pathlib import Path

from graph_fixtures import ingest_and_link

from policylink.core.doc_types import HEADER_DOC_TYPES, type_for_code
from policylink.core.identity import document_id, normalize_key, scope_for
from policylink.core.issuer_codes import is_central, is_central_issuer, key_level
from policylink.graph.check import type_of_key
from policylink.ingest.header import parse_header
from policylink.nlp.citations import find_citations
from policylink.nlp.pipeline import vietnamese_doc
from policylink.store.database import create_store_engine
from policylink.store.documents import list_documents


def test_key_level_from_the_issuer_codes() -> None:
    central = ("57-NQ/TW", "12-HD/VPTW", "565-BC/BTCTW", "30/2020/NĐ-CP", "1899/QĐ-TTg", "31/2024/QH15",
               "90/NQ-UBTVQH15", "11208/BNV-CQĐP", "1200/VPCP-KTTH", "37/TB-CHQ", "01/2020/TTLT-BTC-BNV")
    local = ("55-KL/TU", "12-NQ/HU", "4240/UBND-VX", "2157/UBND-KT", "05/CT-UBND", "52/2025/QĐ-CTUBND")
    unknown = ("5155/SGDĐT-GDTXNNĐH", "68/TTr-SDTTG", "215/TB-VP", "5348/CT-CS", "05-HD/ĐUK")
    assert {key: key_level(key) for key in central} == dict.fromkeys(central, "central")
    assert {key: key_level(key) for key in local} == dict.fromkeys(local, "local")
    assert {key: key_level(key) for key in unknown} == dict.fromkeys(unknown, None)


def test_issuer_name_decides_when_the_key_does_not() -> None:
    assert [is_central_issuer(name) for name in (
        "Bộ Tài chính", "Cục Thuế", "Ban Tổ chức Trung ương", "Văn phòng Chính phủ",
        "Tòa án nhân dân tối cao",
    )] == [True] * 5
    assert [is_central_issuer(name) for name in (
        "Ủy ban nhân dân tỉnh Hà Nam", "Thuế tỉnh Ninh Bình", "Sở Xây dựng", "Ban Thường vụ Tỉnh ủy",
        "Bộ Chỉ huy Quân sự tỉnh", "Ban Chỉ đạo", None,
    )] == [False] * 7
    assert is_central("5348/CT-CS", "Cục Thuế")
    assert not is_central("5155/SGDĐT-GDTXNNĐH", "Sở Giáo dục và Đào tạo")
    assert not is_central("4240/UBND-VX", "Bộ Tài chính")  # a known local code wins over a stray name


def test_two_provinces_same_key_are_two_documents() -> None:
    ha_nam = document_id(key="2157/UBND-KT", jurisdiction="Hà Nam", year=2024)
    nam_dinh = document_id(key="2157/UBND-KT", jurisdiction="Nam Định", year=2024)
    assert (ha_nam, nam_dinh) == ("ha-nam/2157/UBND-KT/2024", "nam-dinh/2157/UBND-KT/2024")
    assert scope_for("215/TB-VP", "Hà Nam") == "ha-nam"
    assert scope_for("68/TTr-SDTTG", None) == "unknown"
    assert scope_for("5348/CT-CS", None, "Cục Thuế") == "tw"


def test_one_table_of_document_types() -> None:
    assert type_for_code("QĐ") == type_for_code("qđ") == "Quyết định"
    assert type_for_code("QĐI") == "Quy định" and type_for_code("CĐ") == "Công điện"
    assert type_for_code("UBND") is None
    assert type_of_key("5-CTr/TU") == "Chương trình"
    assert "Công điện" in HEADER_DOC_TYPES and "Văn bản" not in HEADER_DOC_TYPES


def test_mixed_case_codes_keep_their_case() -> None:
    assert normalize_key("1899/QĐ-TTG") == normalize_key("1899/QĐ-TTg") == "1899/QĐ-TTg"
    assert normalize_key("7 - CTR/TU") == "7-CTr/TU"


def _cong_van(province: str, upper: str, subject: str) -> str:
    return (
        f"ỦY BAN NHÂN DÂN\nTỈNH {upper}\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
        f"Số: 2157/UBND-KT\nV/v {subject}\n{province}, ngày 12 tháng 9 năm 2024\n"
        "Kính gửi: Các sở, ban, ngành.\n"
        f"Ủy ban nhân dân tỉnh đề nghị các sở, ban, ngành {subject} trước ngày 30/9/2024.\n"
    )


def test_same_key_of_two_provinces_are_two_nodes_and_a_citation_names_its_province(tmp_path: Path) -> None:
    files = {
        "ha-nam.txt": _cong_van("Hà Nam", "HÀ NAM", "rà soát đất công"),
        "nam-dinh.txt": _cong_van("Nam Định", "NAM ĐỊNH", "kiểm kê rừng phòng hộ"),
        "trich-dan.txt": (
            "ỦY BAN NHÂN DÂN\nTỈNH NAM ĐỊNH\nSố: 80/KH-UBND\nNam Định, ngày 1 tháng 10 năm 2024\nKẾ HOẠCH\n"
            "Thực hiện Công văn số 2157/UBND-KT ngày 12/9/2024 của Ủy ban nhân dân tỉnh Hà Nam về rà soát "
            "đất công, Ủy ban nhân dân tỉnh ban hành Kế hoạch phối hợp.\n"
        ),
    }
    engine = create_store_engine(f"sqlite:///{tmp_path / 'policylink.db'}")
    with engine.begin() as conn:
        for name, text in files.items():
            path = tmp_path / name
            path.write_text(text, encoding="utf-8")
            ingest_and_link(conn, path)
        ids = {record.id for record in list_documents(conn)}
    assert {"ha-nam/2157/UBND-KT/2024", "nam-dinh/2157/UBND-KT/2024", "nam-dinh/80/KH-UBND/2024"} <= ids
    assert not any(i.startswith("tw/") for i in ids)


def test_citation_of_a_central_department_by_its_name() -> None:
    text = (
        "Thực hiện Công văn số 5348/CT-CS ngày 20/11/2025 của Cục Thuế về gia hạn nộp thuế và Công văn số "
        "2157/UBND-KT ngày 12/9/2024 của Ủy ban nhân dân tỉnh Hà Nam về rà soát đất công.\n"
    )
    citations = find_citations(vietnamese_doc(text), self_id="x", jurisdiction="Nam Định")
    assert [c.target_id for c in citations] == ["tw/5348/CT-CS/2025", "ha-nam/2157/UBND-KT/2024"]


def test_header_of_a_central_department_and_of_a_provincial_office() -> None:
    def header(text: str):
        return parse_header(text.split("\n"), text).header

    central = header(
        "BỘ TÀI CHÍNH\nCỤC THUẾ\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 5348/CT-CS\nV/v gia hạn nộp thuế\n"
        "Hà Nội, ngày 20 tháng 11 năm 2025\nKính gửi: Thuế các tỉnh.\n"
    )
    assert (central.doc_type, central.jurisdiction) == ("Công văn", None)
    assert document_id(key=central.key, jurisdiction=None, year=2025, issuer=central.issuer).startswith("tw/")
    local = header(
        "CỤC THUẾ\nTHUẾ TỈNH NINH BÌNH\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nSố: 310/NBI-QLDN\nV/v hoàn thuế\n"
        "Ninh Bình, ngày 3 tháng 12 năm 2025\nKính gửi: Công ty An Phú.\n"
    )
    assert local.jurisdiction == "Ninh Bình"


def test_one_unnumbered_name_spaced_or_dashed_two_ways_is_one_document() -> None:
    ids = {document_id(key=None, jurisdiction="Hòa Bình", year=None, doc_type="Đề án", title=title)
           for title in ("Đề án A giai đoạn 2031 - 2035", "Đề án A giai đoạn 2031–2035",
                         "Đề án  A giai đoạn 2031-2035")}
    assert len(ids) == 1
