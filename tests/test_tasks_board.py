"""The tasks board through the JSON API (FastAPI's TestClient) over a real SQLite store holding the
shipped conclusion and a plan written for these tests; its exports opened again with openpyxl, the
csv module and icalendar."""

import csv
import io
from collections.abc import Iterator
from datetime import date

import icalendar
import openpyxl
import pytest
from fastapi.testclient import TestClient
from tasks_fixtures import CONCLUSION_FILE, PLAN_ID, store_files, write_plan
from web_fixtures import CONCLUSION_ID, settings_for

from policylink.api.app import create_app
from policylink.nlp.body_tree import BodyTree, name_words

# The conclusion's tasks for the party committee in the provincial people's committee (BCS đảng
# UBND tỉnh), by hand from corpus/ket-luan-...txt: items 1, 2.3 (five bullets) and 3.
CONCLUSION_UBND = {"t1", "t9", "t10", "t11", "t12", "t13", "t18"}
PLAN_TASKS = {(PLAN_ID, t) for t in ("t1", "t2", "t3", "t4")}


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    data_dir = tmp_path_factory.mktemp("tasks")
    settings = settings_for(data_dir)
    store_files(settings, [CONCLUSION_FILE, write_plan(data_dir)])
    yield TestClient(create_app(settings))  # no lifespan: the board reads the store only


def _tasks(client: TestClient, **params: str) -> dict:
    response = client.get("/api/v1/tasks", params=params)
    assert response.status_code == 200, response.text
    return response.json()


def _ids(payload: dict) -> set[tuple[str, str]]:
    return {(item["document"]["id"], item["task_id"]) for item in payload["items"]}


def test_names_match_typed_short_and_without_diacritics() -> None:
    full = name_words("Ủy ban nhân dân tỉnh")
    assert name_words("ubnd tinh") == name_words("UBND tỉnh") == name_words("các UBND tỉnh") == full
    assert name_words("bcs dang ubnd tinh") == name_words("Ban cán sự đảng Ủy ban nhân dân tỉnh")
    assert name_words("Sở TN&MT") == name_words("so tai nguyen va moi truong")
    # two-letter abbreviations are syllables in lower case: `tu phap` is Tư pháp, not Tỉnh ủy Pháp
    assert name_words("tu phap") == ("tu", "phap")
    assert name_words("TU") == name_words("Tỉnh ủy")


def test_body_tree_puts_departments_and_organs_under_their_body() -> None:
    names = ["Sở Tài chính", "Thanh tra Sở Tài chính", "Ban Tuyên giáo Tỉnh ủy", "Huyện ủy", "Bộ Chính trị",
             "Bộ Tài chính"]
    kinds = {"Bộ Chính trị": ("party", "central"), "Bộ Tài chính": ("state", "central")}
    tree = BodyTree(names, kinds)
    assert tree.ancestors("Thanh tra Sở Tài chính") == ["Sở Tài chính", "Ủy ban nhân dân tỉnh"]
    assert tree.ancestors("Ban Tuyên giáo Tỉnh ủy") == ["Tỉnh ủy"]
    assert tree.ancestors("Huyện ủy") == ["Tỉnh ủy"]
    assert tree.ancestors("Bộ Tài chính") == ["Chính phủ"]
    assert tree.ancestors("Bộ Chính trị") == []  # a party organ, not a ministry
    assert tree.under("Thanh tra Sở Tài chính", name_words("ubnd tinh"))
    assert not tree.under("Ban Tuyên giáo Tỉnh ủy", name_words("ubnd tinh"))
    assert tree.above(name_words("so tai chinh")) == {"Ủy ban nhân dân tỉnh"}


def test_body_filter_expands_abbreviations_and_takes_the_departments(client: TestClient) -> None:
    payload = _tasks(client, body="ubnd tinh")
    expected = {(CONCLUSION_ID, t) for t in CONCLUSION_UBND} | PLAN_TASKS
    assert _ids(payload) == expected and payload["total"] == len(expected)
    assert _ids(_tasks(client, body="Ủy ban nhân dân tỉnh")) == expected
    # plan item 3: the police act, the transport department (under the committee) only coordinates
    responsible = _ids(_tasks(client, body="UBND TỈNH", role="responsible"))
    assert responsible == expected - {(PLAN_ID, "t3")}
    assert _ids(_tasks(client, body="Sở Tài chính")) == {(PLAN_ID, "t1")}
    assert _ids(_tasks(client, body="so tai chinh", parents="true")) == {(PLAN_ID, "t1"), (PLAN_ID, "t4")}
    assert _ids(_tasks(client, body="huyen uy")) == {(CONCLUSION_ID, "t14")}


def test_overdue_as_of_a_date_and_due_ranges(client: TestClient) -> None:
    mid_2025 = _tasks(client, body="ubnd tinh", overdue="true", as_of="2025-07-01")
    assert _ids(mid_2025) == {(CONCLUSION_ID, "t10"), (PLAN_ID, "t1")}
    assert all(item["overdue"] for item in mid_2025["items"]) and mid_2025["as_of"] == "2025-07-01"
    assert [item["due"] for item in mid_2025["items"]] == ["2024-12-31", "2025-06-30"]
    new_year = _tasks(client, overdue="1", as_of="1/1/2026")
    assert _ids(new_year) == {(CONCLUSION_ID, "t10"), (PLAN_ID, "t1"), (PLAN_ID, "t4")}
    in_2025 = _tasks(client, due_after="2025-01-01", due_before="31/12/2025")
    assert _ids(in_2025) == {(PLAN_ID, "t1"), (PLAN_ID, "t4")}
    today = _tasks(client, overdue="true")  # default: today
    assert today["as_of"] == date.today().isoformat()


def test_recurring_issuer_document_sort_and_pages(client: TestClient) -> None:
    recurring = _tasks(client, recurring="true")
    assert {item["recurrence"] for item in recurring["items"]} <= {"annual", "quarterly", "periodic"}
    assert (PLAN_ID, "t2") in _ids(recurring) and (PLAN_ID, "t1") not in _ids(recurring)
    by_issuer = _tasks(client, issuer="btv tinh uy")
    assert {item["document"]["id"] for item in by_issuer["items"]} == {CONCLUSION_ID}
    by_key = _tasks(client, document="45/KH-UBND")
    assert _ids(by_key) == PLAN_TASKS
    assert by_key["items"][0]["document"] == {
        "id": PLAN_ID, "key": "45/KH-UBND", "doc_type": "Kế hoạch",
        "title": "triển khai đầu tư hạ tầng giao thông năm 2025", "issuer": "Ủy ban nhân dân tỉnh",
        "issue_date": "2025-02-10", "name": "Kế hoạch 45/KH-UBND", "url": "/van-ban/" + PLAN_ID,
    }
    everything = _tasks(client, per_page="500")
    dues = [item["due"] for item in everything["items"]]
    dated = [d for d in dues if d]
    assert dated == sorted(dated) and dues[: len(dated)] == dated  # dated first, earliest first
    pages = [_tasks(client, sort="body", per_page="5", page=str(n)) for n in (1, 2, 3, 4, 5)]
    assert {p["total"] for p in pages} == {everything["total"]} and pages[0]["pages"] == 5
    seen = [i for p in pages for i in _ids(p)]
    assert len(seen) == len(set(seen)) == everything["total"]
    newest_first = _tasks(client, sort="issued", order="desc", per_page="1")
    assert newest_first["items"][0]["document"]["id"] == PLAN_ID


@pytest.mark.parametrize(
    ("params", "words"),
    [
        ({"as_of": "31/2/2025"}, "không phải là ngày"),
        ({"due_before": "mai"}, "ngày/tháng/năm"),
        ({"sort": "priority"}, "Cách sắp xếp"),
        ({"per_page": "10000"}, "mỗi trang"),
        ({"page": "hai"}, "số nguyên dương"),
    ],
)
def test_wrong_parameters_get_a_vietnamese_message(client: TestClient, params: dict, words: str) -> None:
    response = client.get("/api/v1/tasks", params=params)
    assert response.status_code == 422 and words in response.json()["detail"]


def test_exports_open_in_excel_and_calendar_tools(client: TestClient) -> None:
    params = {"body": "ubnd tinh", "as_of": "2025-07-01"}
    xlsx = client.get("/api/v1/tasks.xlsx", params=params)
    assert xlsx.status_code == 200 and "spreadsheetml" in xlsx.headers["content-type"]
    sheet = openpyxl.load_workbook(io.BytesIO(xlsx.content)).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:5] == ("Văn bản", "Cơ quan ban hành", "Mục", "Nhiệm vụ", "Cơ quan chủ trì")
    assert len(rows) == 1 + 11
    first = dict(zip(rows[0], rows[1], strict=True))
    assert first["Hạn hoàn thành"].date() == date(2024, 12, 31) and first["Quá hạn"] == "có"
    assert first["Cơ quan chủ trì"] == "Ban cán sự đảng Ủy ban nhân dân tỉnh"
    assert first["Trang văn bản"].endswith("/van-ban/" + CONCLUSION_ID)

    data = client.get("/api/v1/tasks.csv", params=params).content
    assert data.startswith(b"\xef\xbb\xbf")
    table = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))
    assert len(table) == 11 and table[1]["Văn bản"] == "Kế hoạch 45/KH-UBND"
    assert table[0]["Nhiệm vụ"].startswith("Chỉ đạo UBND tỉnh tham mưu, xây dựng “Đề án về")
    assert table[1]["Hạn hoàn thành"] == "30/06/2025" and table[1]["Cơ quan phối hợp"] == "Sở Xây dựng"

    ics = client.get("/api/v1/tasks.ics", params=params)
    assert ics.headers["content-type"].startswith("text/calendar")
    events = icalendar.Calendar.from_ical(ics.content).walk("VEVENT")
    starts = sorted(event["DTSTART"].dt for event in events)
    assert starts == [date(2024, 12, 31), date(2025, 6, 30), date(2025, 12, 31), date(2026, 9, 30)]
    plan_first = next(e for e in events if e["DTSTART"].dt == date(2025, 6, 30))
    assert "Sở Tài chính" in str(plan_first["SUMMARY"]) and str(plan_first["URL"]).endswith(PLAN_ID)
    assert "Kế hoạch 45/KH-UBND" in str(plan_first["DESCRIPTION"])
    assert len({str(e["UID"]) for e in events}) == 4
    assert all(len(line) <= 75 for line in ics.content.split(b"\r\n"))


def test_board_page_shows_names_and_links_not_ids(client: TestClient) -> None:
    response = client.get("/nhiem-vu", params={"body": "ubnd tinh", "overdue": "1", "as_of": "2025-07-01"})
    assert response.status_code == 200
    html = response.text
    assert "2 nhiệm vụ" in html and html.count('class="badge late"') == 2
    assert f'href="/van-ban/{PLAN_ID}#muc-1">Kế hoạch 45/KH-UBND</a>' in html
    assert "“Đề án về đào tạo" in html and "*" not in html.split('id="task-board"')[1]  # no Markdown
    assert "/api/v1/tasks.ics?body=ubnd+tinh&amp;overdue=1&amp;as_of=2025-07-01" in html
    wrong = client.get("/nhiem-vu", params={"due_after": "32/1/2025"})
    assert wrong.status_code == 422 and "Hạn từ ngày &#39;32/1/2025&#39; không phải là ngày" in wrong.text


def test_unknown_export_format_is_refused(client: TestClient) -> None:
    response = client.get("/api/v1/tasks.pdf")
    assert response.status_code == 404 and "xlsx, csv hoặc ics" in response.json()["detail"]


def test_openapi_describes_the_board_parameters(client: TestClient) -> None:
    paths = client.get("/openapi.json").json()["paths"]
    parameters = {p["name"]: p for p in paths["/api/v1/tasks"]["get"]["parameters"]}
    assert {"body", "overdue", "as_of", "recurring", "sort", "page", "per_page"} <= set(parameters)
    assert "ubnd tinh" in parameters["body"]["description"]
    assert "/api/v1/tasks.{fmt}" in paths
