"""The document list (`/`, `GET /api/v1/documents`) and the graph page's data (`/api/v1/graph/view`)
over a real store holding the shipped registry and conclusion and a plan written for the tasks
tests: search without diacritics, filters, sorts, pages, the query kept in the links, the graph
kept between requests and loaded again after an ingest, the browser library served from
node_modules."""

import html
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from tasks_fixtures import CONCLUSION_FILE, PLAN_ID, store_files, write_plan
from web_fixtures import DIRECTIVE, settings_for

from policylink.api import routes_graph, service
from policylink.api.app import create_app
from policylink.api.settings import Settings
from policylink.core.vietnamese import fold
from policylink.store.database import open_store, writing
from policylink.store.deletion import remove_document_text

REGISTRY = Path(__file__).resolve().parents[1] / "corpus" / "registry.yaml"


@pytest.fixture(scope="module")
def settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    data_dir = tmp_path_factory.mktemp("listing")
    settings = settings_for(data_dir)
    service.load_registry_file(REGISTRY, settings)
    store_files(settings, [CONCLUSION_FILE, write_plan(data_dir)])
    return settings


@pytest.fixture(scope="module")
def client(settings: Settings) -> Iterator[TestClient]:
    yield TestClient(create_app(settings))


def _items(client: TestClient, **params) -> list[dict]:
    response = client.get("/api/v1/documents", params={"per_page": 500, **params})
    assert response.status_code == 200, response.text
    return response.json()["items"]


def _keys(client: TestClient, **params) -> list[str | None]:
    return [item["key"] for item in _items(client, **params)]


def test_search_by_title_ignores_diacritics_and_case(client: TestClient) -> None:
    with_marks = _keys(client, q="Hạ tầng GIAO THÔNG")
    without = _keys(client, q="ha tang giao thong")
    assert with_marks == without
    assert {"55-KL/TU", "113-NQ/TU", "45/KH-UBND"} <= set(without)
    assert "138-NQ/TU" not in without  # urban development, not transport
    assert _keys(client, q="55-kl/tu") == ["55-KL/TU"]
    assert _keys(client, q="ke hoach 45") == ["45/KH-UBND"]
    assert _items(client, q="không có văn bản nào như thế") == []


def test_filters_by_type_issuer_year_scope_and_full_text(client: TestClient) -> None:
    resolutions = _items(client, type="Nghị quyết")
    assert resolutions and {d["doc_type"] for d in resolutions} == {"Nghị quyết"}
    central = _items(client, scope="tw")
    assert central and all(d["id"].startswith("tw/") for d in central)
    assert {"72-KL/TW", "13-NQ/TW"} <= {d["key"] for d in central}
    in_2021 = _items(client, year="2021")
    assert in_2021 and all(d["issue_date"].startswith("2021-") for d in in_2021)
    assert [d["id"] for d in _items(client, issuer="Ủy ban nhân dân tỉnh")] == [PLAN_ID]
    assert {d["ingested"] for d in _items(client, full_text="1")} == {True}
    assert len(_items(client, full_text="1")) == 2


def test_sorts_and_orders(client: TestClient) -> None:
    by_date = _items(client)
    dates = [d["issue_date"] for d in by_date if d["issue_date"]]
    assert dates == sorted(dates, reverse=True) and dates[0] == "2025-02-10"  # the plan, newest
    assert by_date[-1]["issue_date"] is None  # undated last
    oldest_first = [d["issue_date"] for d in _items(client, order="asc") if d["issue_date"]]
    assert oldest_first == sorted(dates)
    assert _items(client, order="asc")[-1]["issue_date"] is None  # undated last in either order
    numbers = [int(k.split("-")[0].split("/")[0]) for k in _keys(client, sort="number") if k]
    assert numbers == sorted(numbers) and numbers[0] == 6  # 06-NQ/TW before 13-NQ/TW ... 2987-CV/TU
    titles = [fold(d["title"] or d["key"]) for d in _items(client, sort="title", order="desc")]
    assert titles == sorted(titles, reverse=True) and titles[0].startswith("ve xay dung")


def test_pages_cover_every_document_once_with_a_total(client: TestClient) -> None:
    everything = _items(client)
    seen: list[str] = []
    for number in (1, 2, 3, 4):
        listing = client.get("/api/v1/documents", params={"per_page": 5, "page": number}).json()
        assert listing["total"] == len(everything) and listing["pages"] == 4 and listing["page"] == number
        seen += [d["id"] for d in listing["items"]]
    assert seen == [d["id"] for d in everything]
    beyond = client.get("/api/v1/documents", params={"per_page": 5, "page": 9}).json()
    assert beyond["items"] == [] and beyond["total"] == len(everything)


@pytest.mark.parametrize(
    ("params", "words"),
    [
        ({"sort": "popularity"}, "Cách sắp xếp 'popularity' không có"),
        ({"order": "up"}, "Thứ tự 'up' không có"),
        ({"page": "0"}, "Trang bắt đầu từ 1"),
        ({"per_page": "mười"}, "phải là một số nguyên dương"),
        ({"per_page": "501"}, "mỗi trang từ 1 đến 500"),
        ({"year": "hai nghìn"}, "Năm ban hành 'hai nghìn'"),
    ],
)
def test_wrong_parameters_are_422_in_vietnamese(client: TestClient, params: dict, words: str) -> None:
    response = client.get("/api/v1/documents", params=params)
    assert response.status_code == 422 and words in response.json()["detail"]
    page = client.get("/", params=params)
    assert page.status_code == 422 and words in html.unescape(page.text)


def test_list_page_keeps_the_query_in_its_links(client: TestClient) -> None:
    response = client.get("/", params={"q": "nghi quyet", "sort": "number", "per_page": "2"})
    assert response.status_code == 200
    text = response.text
    assert 'value="nghi quyet"' in text and '<option value="number" selected>' in text
    assert "— trang 1/" in text
    assert 'href="/?q=nghi+quyet&amp;sort=number&amp;per_page=2&amp;page=2"' in text
    assert "Bỏ lọc" in text
    assert "Bỏ lọc" not in client.get("/").text


def test_graph_view_whole_and_around_one_document(client: TestClient) -> None:
    whole = client.get("/api/v1/graph/view").json()
    total = client.get("/api/v1/documents").json()["total"]
    assert len(whole["nodes"]) == total and whole["center"] is None
    names = {n["name"] for n in whole["nodes"]}
    assert {"Kết luận 55-KL/TU", "Kế hoạch 45/KH-UBND"} <= names
    assert all(n["url"].startswith("/van-ban/") for n in whole["nodes"])
    assert {"thực hiện"} <= {e["label"] for e in whole["edges"]}

    near = client.get("/api/v1/graph/view", params={"center": "55-KL/TU", "depth": 1}).json()
    steps = {n["name"]: n["steps"] for n in near["nodes"]}
    assert steps["Kết luận 55-KL/TU"] == 0 and steps["Nghị quyết 113-NQ/TU"] == 1
    assert "Nghị quyết 138-NQ/TU" not in steps
    assert all(e["source"] in {n["id"] for n in near["nodes"]} for e in near["edges"])
    unknown = client.get("/api/v1/graph/view", params={"center": "999-KL/TU"})
    assert unknown.status_code == 404 and "Không có văn bản '999-KL/TU'" in unknown.json()["detail"]


def test_graph_is_kept_until_the_store_changes(
    client: TestClient, settings: Settings, tmp_path: Path
) -> None:
    first = service.citation_graph(settings)
    assert service.citation_graph(settings) is first  # unchanged store: the same graph, no reload
    before = client.get("/api/v1/graph/view").json()
    directive = tmp_path / "chi-thi-21.txt"
    directive.write_text(DIRECTIVE, encoding="utf-8")
    store_files(settings, [directive])  # written to the store directly, as another process would
    assert service.citation_graph(settings) is not first
    after = client.get("/api/v1/graph/view").json()
    assert len(after["nodes"]) > len(before["nodes"])
    assert "Chỉ thị 21-CT/TU" in {n["name"] for n in after["nodes"]}
    assert "21-CT/TU" in _keys(client, q="giai phong mat bang")

    kept = service.citation_graph(settings)
    with writing(open_store(settings.database_url)) as conn:  # `policylink delete` of that text
        remove_document_text(conn, "thai-nguyen/21-CT/TU/2025")
    assert service.citation_graph(settings) is not kept
    assert "21-CT/TU" not in _keys(client, q="giai phong mat bang")


def test_graph_page_loads_the_library_from_node_modules(client: TestClient) -> None:
    page = client.get("/do-thi")
    assert page.status_code == 200
    for name in routes_graph.VENDOR_FILES:
        assert f'<script src="/vendor/{name}"></script>' in page.text
        script = client.get(f"/vendor/{name}")
        assert script.status_code == 200 and script.headers["content-type"].startswith("text/javascript")
    assert client.get("/vendor/lodash.js").status_code == 404
    focused = client.get("/do-thi", params={"tam": "55-KL/TU", "buoc": "3"})
    assert "Vùng lân cận của" in focused.text and 'data-steps="3"' in focused.text
    assert client.get("/do-thi", params={"tam": "999-KL/TU"}).status_code == 404
    assert client.get("/do-thi", params={"buoc": "9"}).status_code == 422


def test_graph_page_says_what_to_do_without_the_library(
    client: TestClient, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(routes_graph, "NODE_MODULES", tmp_path)  # a server installed without `npm ci`
    page = client.get("/do-thi")
    assert page.status_code == 200
    assert "Thiếu thư viện vẽ đồ thị" in page.text and "make install" in page.text
    assert "/vendor/cytoscape.min.js" not in page.text
    missing = client.get("/vendor/cytoscape.min.js")
    assert missing.status_code == 503 and "npm ci" in missing.text
