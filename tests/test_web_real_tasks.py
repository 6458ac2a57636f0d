"""A published document's tasks on its page, in a real headless Chromium served by a real `policylink
serve` process (issue 12, what people see): titles that read as duties and the places the document
prints, not the ids ingestion gives to its bullets. The document is a real conclusion of the
Government Office, read from `../shared/real/docs`."""

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page
from web_fixtures import serve, settings_for

from policylink.api import service
from policylink.nlp.gold import DEFAULT_REAL_DIR

CONCLUSION = DEFAULT_REAL_DIR / "docs" / "thong-bao-659-tb-vpcp-van-phong-chinh-phu-2025.txt"
CONCLUSION_URL = "/van-ban/tw/659/TB-VPCP/2025"


@pytest.fixture(scope="module")
def server_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    data_dir = tmp_path_factory.mktemp("data")
    settings = settings_for(data_dir)
    outcomes = service.ingest_paths([CONCLUSION], settings)  # stored and indexed, as `policylink ingest`
    service.close_search_engine(settings)
    assert [o.status for o in outcomes] == ["new"]
    yield from serve(data_dir)


def test_a_real_conclusions_tasks_read_as_duties_at_their_printed_places(
    server_url: str, page: Page, tmp_path: Path
) -> None:
    page.goto(server_url + CONCLUSION_URL)
    rows = page.locator("#tasks tbody tr")
    places = rows.locator("td:nth-child(1)").all_inner_texts()
    titles = rows.locator("td:nth-child(2) strong").all_inner_texts()
    responsible = rows.locator("td:nth-child(3)").all_inner_texts()
    assert len(titles) >= 5

    # the items of `1.` are dashes: each sits at the place the text prints, `1`
    printed = set(re.findall(r"^(\d+)\. ", CONCLUSION.read_text(encoding="utf-8"), re.MULTILINE))
    assert set(places) <= printed and places.count("1") >= 5
    assert not any("-b" in place for place in places)

    # titles are the directive's verb phrase, in sentence case, not a fragment
    for title in titles:
        assert title[:1].isupper() and len(title.split()) >= 5, title
    assert titles[0].startswith("Tập trung rà soát")

    # the dashes do what their lead-in addresses: the ministers stand for their bodies
    assert responsible[0] == "Bộ; Cơ quan ngang Bộ; Cơ quan thuộc Chính phủ"
    assert "Bộ Tư pháp" in responsible

    # the place links to the item it stands in
    href = rows.first.locator("td:nth-child(1) a").get_attribute("href")
    assert href is not None and href.startswith("#muc-1")
    page.screenshot(path=str(tmp_path / "real-tasks.png"), full_page=True)
    assert (tmp_path / "real-tasks.png").stat().st_size > 10_000
