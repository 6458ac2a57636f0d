"""Laws are national and identified by name and year, or by number once it is known: every spelling
of one law, by name or by number, in one document or several, is one node (graph.resolve, graph.sync)."""

from pathlib import Path

import sqlalchemy as sa
from citation_fixtures import cite
from graph_fixtures import ingest_and_link

from policylink.store.database import create_store_engine
from policylink.store.documents import list_documents
from policylink.store.schema import edges


def _plan(number: int, province: str, city: str, body: str) -> str:
    return (
        f"ỦY BAN NHÂN DÂN\nTỈNH {province.upper()}\nSố: {number}/KH-UBND\n"
        f"{city}, ngày 2 tháng 10 năm 2024\n\n"
        f"KẾ HOẠCH\nvề quản lý đất đai\n\n{body}\n"
    )


_BY_NAME = (
    "1. Căn cứ Luật Đất đai năm 2024; thi hành Luật Đất Đai ngày 18 tháng 01 năm 2024 trên địa bàn tỉnh.\n"
    "2. Các sở phổ biến Luật Đất đai đến người dân."
)
_UNDATED = "1. Các huyện phổ biến Luật Đất đai đến người dân."
_BY_NUMBER = "1. Căn cứ Luật Đất đai số 31/2024/QH15 ngày 18/01/2024 của Quốc hội."


def test_a_law_named_in_three_spellings_is_one_national_node() -> None:
    ids = {c.target_id for c in cite(_BY_NAME, "Hà Nam")}
    assert ids == {"tw/luat/dat-dai/2024"}
    lower_case = cite("Căn cứ Luật đất đai năm 2024; các sở phổ biến Luật Đất Đai.", "Hà Nam")
    assert [c.target_id for c in lower_case] == ["tw/luat/dat-dai/2024"] * 2


def _law_targets(conn) -> set[str]:
    rows = conn.execute(sa.select(edges.c.target_id).where(edges.c.target_key.like("%31/2024%")
                                                            | edges.c.target_key.like("Luật%")))
    return {row.target_id for row in rows}


def _ingest_all(tmp_path: Path, texts: list[tuple[str, str]]) -> tuple[set[str], set[str]]:
    engine = create_store_engine(f"sqlite:///{tmp_path / 'store.db'}")
    with engine.begin() as conn:
        for name, text in texts:
            path = tmp_path / name
            path.write_text(text, encoding="utf-8")
            ingest_and_link(conn, path)
        laws = {r.id for r in list_documents(conn) if r.doc_type == "Luật"}
        return laws, _law_targets(conn)


def test_by_name_then_by_number_in_other_documents_is_one_node(tmp_path: Path) -> None:
    laws, targets = _ingest_all(tmp_path, [
        ("a.txt", _plan(11, "Hà Nam", "Phủ Lý", _BY_NAME)),
        ("b.txt", _plan(12, "Bắc Giang", "Bắc Giang", _UNDATED)),
        ("c.txt", _plan(13, "Lạng Sơn", "Lạng Sơn", _BY_NUMBER)),
    ])
    assert laws == {"tw/31/2024/QH15"}
    assert targets == {"tw/31/2024/QH15"}


def test_by_number_then_by_name_is_one_node(tmp_path: Path) -> None:
    laws, targets = _ingest_all(tmp_path, [
        ("c.txt", _plan(13, "Lạng Sơn", "Lạng Sơn", _BY_NUMBER)),
        ("a.txt", _plan(11, "Hà Nam", "Phủ Lý", _BY_NAME)),
        ("b.txt", _plan(12, "Bắc Giang", "Bắc Giang", _UNDATED)),
    ])
    assert laws == {"tw/31/2024/QH15"}
    assert targets == {"tw/31/2024/QH15"}


def test_an_undated_law_with_no_known_namesake_stays_unresolved(tmp_path: Path) -> None:
    laws, targets = _ingest_all(tmp_path, [("b.txt", _plan(12, "Bắc Giang", "Bắc Giang", _UNDATED))])
    assert laws == set() and targets == {None}
