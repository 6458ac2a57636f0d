"""The tasks board in a real headless Chromium, served by a real `policylink serve` process over a data
folder holding the shipped corpus and a plan of the provincial people's committee. The screenshot
is left under `tmp_path` for a person to look at."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page
from tasks_fixtures import PLAN_ID, write_plan
from web_fixtures import corpus_data_dir, follow, serve, settings_for

from policylink.api import service


@pytest.fixture(scope="module")
def server_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    data_dir = corpus_data_dir(tmp_path_factory)
    settings = settings_for(data_dir)
    outcomes = service.ingest_paths([write_plan(data_dir)], settings)
    service.close_search_engine(settings)
    assert [o.status for o in outcomes] == ["new"]
    yield from serve(data_dir)


def _rows(page: Page) -> list[str]:
    return page.locator("#task-board tbody tr").all_inner_texts()


def test_board_filtered_by_ubnd_tinh_and_overdue(server_url: str, page: Page, tmp_path: Path) -> None:
    page.goto(server_url + "/")
    follow(page.locator("nav.main").get_by_role("link", name="Nhiệm vụ"))
    assert page.url == server_url + "/nhiem-vu"
    everything = len(_rows(page))
    assert everything == 22  # the conclusion's 18 tasks and the plan's 4

    page.fill("#body", "ubnd tinh")
    follow(page.get_by_role("button", name="Lọc"))
    assert page.locator("#count").inner_text().startswith("11 nhiệm vụ")
    responsible = page.locator("#task-board td.responsible").all_inner_texts()
    assert responsible.count("Ban cán sự đảng Ủy ban nhân dân tỉnh") == 7
    assert {"Sở Tài chính", "Sở Giao thông vận tải", "Ủy ban nhân dân tỉnh"} <= set(responsible)
    assert "Ban Tuyên giáo Tỉnh ủy" not in responsible

    page.check("#overdue")
    page.fill("#as_of", "2025-07-01")
    follow(page.get_by_role("button", name="Lọc"))
    rows = _rows(page)
    assert len(rows) == 2
    assert "quý IV/2024" in rows[0] and "Quá hạn" in rows[0] and "Ban cán sự đảng" in rows[0]
    assert "30/6/2025" in rows[1] and "Sở Tài chính" in rows[1] and "Kế hoạch 45/KH-UBND" in rows[1]
    assert page.locator("#task-board tr.overdue").count() == 2
    assert page.input_value("#body") == "ubnd tinh" and page.is_checked("#overdue")
    page.screenshot(path=str(tmp_path / "tasks-board.png"), full_page=True)
    assert (tmp_path / "tasks-board.png").stat().st_size > 10_000

    with page.expect_download() as download:
        page.get_by_role("link", name="Tải CSV").click()
    text = Path(download.value.path()).read_bytes().decode("utf-8-sig")
    assert len(text.strip().splitlines()) == 3 and "Kế hoạch 45/KH-UBND" in text

    follow(page.get_by_role("link", name="Kế hoạch 45/KH-UBND"))
    assert page.url == f"{server_url}/van-ban/{PLAN_ID}#muc-1"
