"""Validity (issue 11): a document that a later one replaces says so on its page, in the document list,
in the JSON API, and `check-citations` warns a draft citing it and names the replacement; one that a
later one amends is shown in force and amended, with the amending document, on its page and in
`check-citations --json`."""

import json
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest
from click.testing import CliRunner
from playwright.sync_api import Page
from web_fixtures import follow, serve, settings_for

from policylink.api import service

_HEAD = "ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\nSố: {key}\nPhủ Lý, ngày {day} tháng {month} năm {year}\n\nQUYẾT ĐỊNH\n"
OLD = _HEAD.format(key="15/2019/QĐ-UBND", day=20, month=5, year=2019) + (
    "Về quản lý cụm công nghiệp\n\nĐiều 1. Các sở quản lý cụm công nghiệp theo quy hoạch.\n"
)
NEW = _HEAD.format(key="20/2024/QĐ-UBND", day=3, month=5, year=2024) + (
    "Về quản lý cụm công nghiệp\n\nĐiều 1. Các sở quản lý cụm công nghiệp theo quy hoạch mới.\n"
    "Điều 2. Quyết định này thay thế Quyết định số 15/2019/QĐ-UBND ngày 20/5/2019 của UBND tỉnh Hà Nam.\n"
)
RULES = _HEAD.format(key="08/2022/QĐ-UBND", day=2, month=3, year=2022) + (
    "Về quản lý chợ\n\nĐiều 1. Ban quản lý chợ thu phí theo quy định.\n"
)
AMENDING = _HEAD.format(key="12/2025/QĐ-UBND", day=9, month=6, year=2025) + (
    "Sửa đổi quy định quản lý chợ\n\nĐiều 1. Sửa đổi, bổ sung Điều 1 Quyết định số 08/2022/QĐ-UBND ngày "
    "2/3/2022 của UBND tỉnh Hà Nam như sau: Ban quản lý chợ thu phí và công khai mức thu.\n"
)
DRAFT = ("ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\n\nKẾ HOẠCH\nvề cụm công nghiệp\n\n"
         "Căn cứ Quyết định số 15/2019/QĐ-UBND ngày 20/5/2019 của UBND tỉnh Hà Nam;\n")
AMENDED_DRAFT = ("ỦY BAN NHÂN DÂN\nTỈNH HÀ NAM\n\nKẾ HOẠCH\nvề chợ\n\n"
                 "Căn cứ Quyết định số 08/2022/QĐ-UBND ngày 2/3/2022 của UBND tỉnh Hà Nam;\n")
OLD_ID, NEW_ID = "ha-nam/15/2019/QĐ-UBND", "ha-nam/20/2024/QĐ-UBND"
RULES_ID, AMENDING_ID = "ha-nam/08/2022/QĐ-UBND", "ha-nam/12/2025/QĐ-UBND"


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    sources, data = tmp_path_factory.mktemp("sources"), tmp_path_factory.mktemp("data")
    (sources / "cu.txt").write_text(OLD, encoding="utf-8")
    (sources / "moi.txt").write_text(NEW, encoding="utf-8")
    (sources / "quy-dinh.txt").write_text(RULES, encoding="utf-8")
    (sources / "sua-doi.txt").write_text(AMENDING, encoding="utf-8")
    settings = settings_for(data)
    outcomes = service.ingest_paths([sources], settings)
    service.close_search_engine(settings)
    assert [o.status for o in outcomes] == ["new"] * 4, outcomes
    return data


@pytest.fixture(scope="module")
def server_url(data_dir: Path) -> Iterator[str]:
    yield from serve(data_dir)


def test_the_replaced_document_says_so_on_its_page_and_in_the_list(server_url: str, page: Page) -> None:
    page.goto(f"{server_url}/van-ban/{OLD_ID}")
    row = page.locator("#validity")
    assert row.get_attribute("data-state") == "replaced"
    assert "Đã bị thay thế bởi Quyết định số 20/2024/QĐ-UBND (ngày 3/5/2024)" in row.inner_text()
    follow(row.get_by_role("link", name="Quyết định số 20/2024/QĐ-UBND"))
    page.wait_for_url(f"**/van-ban/{NEW_ID.replace('Đ', '*')}*")
    assert page.locator("#validity").get_attribute("data-state") == "in_force"
    page.goto(server_url + "/")
    assert sorted(page.locator("#documents .validity").all_inner_texts()) == [
        "đã bị thay thế", "đã được sửa đổi, bổ sung"]


def test_an_amended_document_says_so_on_its_page(server_url: str, page: Page) -> None:
    page.goto(f"{server_url}/van-ban/{RULES_ID}")
    row = page.locator("#validity")
    assert row.get_attribute("data-state") == "amended"
    assert ("Còn hiệu lực, đã được sửa đổi, bổ sung bởi Quyết định số 12/2025/QĐ-UBND (ngày 9/6/2025)"
            in row.inner_text())
    follow(row.get_by_role("link", name="Quyết định số 12/2025/QĐ-UBND"))
    page.wait_for_url(f"**/van-ban/{AMENDING_ID.replace('Đ', '*')}*")
    assert page.locator("#validity").get_attribute("data-state") == "in_force"


def test_the_json_api_carries_the_validity(server_url: str) -> None:
    old = httpx.get(f"{server_url}/api/v1/documents/{OLD_ID}").json()["validity"]
    assert (old["state"], [c["document_id"] for c in old["replaced_by"]]) == ("replaced", [NEW_ID])
    assert old["replaced_by"][0]["date"] == "2024-05-03"
    assert httpx.get(f"{server_url}/api/v1/documents/{NEW_ID}").json()["validity"]["state"] == "in_force"
    checked = httpx.post(f"{server_url}/api/v1/check-citations", json={"text": DRAFT}, timeout=60).json()
    (check,) = checked["citations"]
    assert [p["expected"] for p in check["problems"] if p["field"] == "validity"] == [NEW_ID]


def _checked_draft(
    text: str, data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> tuple[dict, Path]:
    """`policylink check-citations DRAFT --json` on a draft citing one document: its check and the draft."""
    from policylink.api.cli import main

    draft = tmp_path / "du-thao.txt"
    draft.write_text(text, encoding="utf-8")
    monkeypatch.setenv("POLICYLINK_DATA_DIR", str(data_dir))
    result = CliRunner().invoke(main, ["check-citations", str(draft), "--json"])
    assert result.exit_code == 0, result.output
    (check,) = json.loads(result.output)["citations"]
    return check, draft


def test_check_citations_warns_about_a_replaced_document(data_dir: Path, tmp_path: Path,
                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from policylink.api.cli import main

    check, draft = _checked_draft(DRAFT, data_dir, tmp_path, monkeypatch)
    assert check["validity"]["state"] == "replaced"
    (problem,) = [p for p in check["problems"] if p["field"] == "validity"]
    assert problem["expected"] == NEW_ID
    assert "hãy trích dẫn Quyết định số 20/2024/QĐ-UBND" in problem["message"]
    people = CliRunner().invoke(main, ["check-citations", str(draft)]).output
    assert "đã bị thay thế bởi Quyết định số 20/2024/QĐ-UBND" in people


def test_check_citations_json_carries_an_amended_document_s_validity(
        data_dir: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    check, _ = _checked_draft(AMENDED_DRAFT, data_dir, tmp_path, monkeypatch)
    validity = check["validity"]
    assert validity["state"] == "amended"
    assert [c["document_id"] for c in validity["amended_by"]] == [AMENDING_ID]
    assert not [p for p in check["problems"] if p["field"] == "validity"]  # amended, still in force
