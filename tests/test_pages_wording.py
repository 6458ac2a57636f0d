"""What the pages show people (FastAPI's TestClient over a real store): names rather than store ids,
no developer formats among the buttons, and a drafting form that says what to do when sent empty."""

import re
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from tasks_fixtures import CONCLUSION_FILE, store_files
from web_fixtures import CONCLUSION_ID, settings_for

from policylink.api.app import create_app


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    data_dir = tmp_path_factory.mktemp("wording")
    settings = settings_for(data_dir)
    store_files(settings, [CONCLUSION_FILE])
    yield TestClient(create_app(settings))


def _visible(html: str) -> str:
    """The text a reader sees: without pictures (whose tooltips name nodes), scripts or tags."""
    html = re.sub(r"<(svg|script|style)\b.*?</\1>", " ", html, flags=re.DOTALL)
    return re.sub(r"<[^>]+>", " ", html)


@pytest.mark.parametrize("path", ["/", f"/van-ban/{CONCLUSION_ID}", f"/do-thi?tam={CONCLUSION_ID}"])
def test_pages_name_documents_instead_of_showing_ids_or_data_formats(client: TestClient, path: str) -> None:
    response = client.get(path)
    assert response.status_code == 200
    text = _visible(response.text)
    assert CONCLUSION_ID not in text and "bac-giang/55-KL/TU/2021" not in text
    for developer_word in ("JSON", "GraphML", "Mermaid", "Mã định danh"):
        assert developer_word not in text


def test_graph_page_names_the_chosen_document(client: TestClient) -> None:
    text = _visible(client.get("/do-thi", params={"tam": "bac-giang/55-KL/TU/2021"}).text)
    assert "Vùng lân cận của Kết luận 55-KL/TU" in " ".join(text.split())


def test_drafting_form_guesses_no_province_and_refuses_an_empty_draft(client: TestClient) -> None:
    form = client.get("/soan-thao").text
    selected = re.search(r'<option value="([^"]*)" selected>', form)
    assert selected and selected.group(1) == ""  # the draft's own place, not the store's commonest
    assert 'name="text" required' in form
    empty = client.post("/soan-thao", data={"text": "  \n", "jurisdiction": ""})
    assert empty.status_code == 422
    assert "Hãy dán đoạn dự thảo cần kiểm tra" in empty.text
