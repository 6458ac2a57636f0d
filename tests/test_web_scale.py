"""The list and the graph page at a few hundred documents, in a real headless Chromium served by a
real `policylink serve`: 280 generated documents (tests/scale_fixtures.py) and the 20 central
resolutions they cite make a graph of 300 nodes. Screenshots are left under `tmp_path`."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page
from scale_fixtures import SUBJECTS, Generated, generate, store_generated
from web_fixtures import follow, serve, settings_for

DOCUMENTS, CENTRAL = 280, 20


@pytest.fixture(scope="module")
def generated(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, list[Generated]]:
    data_dir = tmp_path_factory.mktemp("scale")
    documents = generate(data_dir / "sources", DOCUMENTS, central=CENTRAL)
    store_generated(settings_for(data_dir), documents)
    return data_dir, documents


@pytest.fixture(scope="module")
def server_url(generated: tuple[Path, list[Generated]]) -> Iterator[str]:
    yield from serve(generated[0])


def _drawn(page: Page) -> int:
    page.wait_for_selector("#graph[data-ready='1']", timeout=120_000)
    return page.evaluate("window.policylinkGraph.nodes().length")


def _screen_point(page: Page, selector: str) -> tuple[str, float, float]:
    """A node's id and where it is on the screen (cytoscape draws on a canvas)."""
    return tuple(page.evaluate(
        """(selector) => {
            const cy = window.policylinkGraph;
            const node = cy.nodes(selector).filter(n => {
                const p = n.renderedPosition();
                return p.x > 40 && p.y > 40 && p.x < cy.width() - 400 && p.y < cy.height() - 40;
            })[0];
            const box = document.getElementById("graph").getBoundingClientRect();
            const p = node.renderedPosition();
            return [node.id(), box.left + p.x, box.top + p.y];
        }""",
        selector,
    ))


def test_graph_of_300_nodes_pans_zooms_and_answers_a_click(
    server_url: str, page: Page, tmp_path: Path
) -> None:
    page.goto(server_url + "/do-thi")
    assert _drawn(page) == DOCUMENTS + CENTRAL
    assert "Toàn bộ đồ thị: 300 văn bản" in page.locator("#focus-note").inner_text()

    zoom = page.evaluate("window.policylinkGraph.zoom()")
    box = page.locator("#graph").bounding_box()
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    page.mouse.wheel(0, -400)
    page.wait_for_function(f"window.policylinkGraph.zoom() > {zoom}")
    pan = page.evaluate("window.policylinkGraph.pan()")
    page.mouse.move(box["x"] + 12, box["y"] + 12)  # a corner: the background, not a node
    page.mouse.down()
    page.mouse.move(box["x"] + 212, box["y"] + 112, steps=8)
    page.mouse.up()
    moved = page.evaluate("window.policylinkGraph.pan()")
    assert moved["x"] > pan["x"] + 100 and moved["y"] > pan["y"] + 50
    page.evaluate("window.policylinkGraph.fit(undefined, 30)")

    node_id, x, y = _screen_point(page, ".ingested")
    page.mouse.click(x, y)
    page.wait_for_selector("#node-panel:not([hidden])")
    assert page.get_attribute("#graph", "data-selected") == node_id
    name = page.evaluate(f"window.policylinkGraph.getElementById({node_id!r}).data('name')")
    assert page.locator("#node-name").inner_text() == name
    assert "đã có toàn văn" in page.locator("#node-facts").inner_text()
    assert page.evaluate("window.policylinkGraph.nodes('.faded').length") > 200  # the rest set back
    page.screenshot(path=str(tmp_path / "graph-300-clicked.png"))

    follow(page.get_by_role("link", name="Xem vùng lân cận"))
    assert "tam=" in page.url and "buoc=2" in page.url
    near = _drawn(page)
    assert 1 < near < DOCUMENTS + CENTRAL
    assert page.evaluate("window.policylinkGraph.nodes('.center').map(n => n.id())") == [node_id]
    assert f"Vùng lân cận của {name}" in page.locator("#focus-note").inner_text()
    page.screenshot(path=str(tmp_path / "graph-300-focused.png"))

    other_id, x, y = _screen_point(page, f"[id != {node_id!r}]")
    other = page.evaluate(f"window.policylinkGraph.getElementById({other_id!r}).data()")
    page.mouse.dblclick(x, y)
    page.wait_for_url(server_url + other["url"])
    assert other["name"].split(" ")[-1] in page.locator("h1").inner_text()  # its number


def test_list_searches_sorts_and_pages_with_the_query_in_the_address(
    server_url: str, page: Page, generated: tuple[Path, list[Generated]], tmp_path: Path
) -> None:
    documents = generated[1]
    page.goto(server_url + "/")
    assert page.locator("#count").inner_text() == f"{DOCUMENTS + CENTRAL} văn bản — trang 1/6"

    subject = SUBJECTS[1]  # chuyển đổi số
    wanted = [d for d in documents if d.subject == subject]  # numbers grow with the index
    page.fill("#q", "chuyen doi so")
    page.select_option("#sort", "number")
    page.select_option("#order", "desc")
    follow(page.get_by_role("button", name="Lọc"))
    assert "q=chuyen+doi+so" in page.url and "sort=number" in page.url and "order=desc" in page.url
    assert page.locator("#count").inner_text() == f"{len(wanted)} văn bản khớp"
    keys = page.locator("#documents tbody td:first-child").all_inner_texts()
    assert keys == [d.key for d in reversed(wanted)]
    titles = page.locator("#documents tbody td:nth-child(5)").all_inner_texts()
    assert all(subject in title for title in titles)
    assert page.input_value("#q") == "chuyen doi so"
    page.screenshot(path=str(tmp_path / "list-search.png"), full_page=True)

    in_ha_nam = [d for d in documents if d.province == "Hà Nam"]
    follow(page.get_by_role("link", name="Bỏ lọc"))
    page.select_option("#scope", "ha-nam")
    follow(page.get_by_role("button", name="Lọc"))
    assert page.locator("#count").inner_text() == f"{len(in_ha_nam)} văn bản khớp — trang 1/2"
    first = page.locator("#documents tbody td:first-child").all_inner_texts()
    follow(page.get_by_role("link", name="Trang sau ›"))
    assert "scope=ha-nam" in page.url and "page=2" in page.url
    assert page.locator("#count").inner_text() == f"{len(in_ha_nam)} văn bản khớp — trang 2/2"
    second = page.locator("#documents tbody td:first-child").all_inner_texts()
    assert len(first) == 50 and len(second) == len(in_ha_nam) - 50
    assert sorted(first + second) == sorted(d.key for d in in_ha_nam)
    assert page.input_value("#scope") == "ha-nam"
    page.screenshot(path=str(tmp_path / "list-page-2.png"), full_page=True)
