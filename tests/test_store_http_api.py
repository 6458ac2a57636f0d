"""The HTTP API over the store, through FastAPI's TestClient on a real data folder."""

from pathlib import Path

import jsonschema
import pytest
from fastapi.testclient import TestClient

from policylink.api.app import create_app
from policylink.api.service import ingest_paths
from policylink.api.settings import Settings
from policylink.nlp.schema import document_schema

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
DOCUMENT_SCHEMA = document_schema()


def _settings(data_dir: Path) -> Settings:
    return Settings.from_env(data_dir)


@pytest.fixture(scope="module")
def client(tmp_path_factory) -> TestClient:
    settings = _settings(tmp_path_factory.mktemp("data"))
    outcomes = ingest_paths([CORPUS], settings)
    assert [o.status for o in outcomes] == ["new", "new"]
    return TestClient(create_app(settings))


def test_home_page_is_vietnamese_utf8_and_lists_documents(client):
    response = client.get("/")
    assert response.status_code == 200
    assert response.headers["content-type"] == "text/html; charset=utf-8"
    assert '<html lang="vi">' in response.text and '<meta charset="utf-8">' in response.text
    total = client.get("/api/v1/documents").json()["total"]
    assert f"{total} văn bản, 1 đã có toàn văn." in response.text
    assert 'href="/van-ban/bac-giang/55-KL/TU/2021"' in response.text
    assert "/api/v1/documents/" not in response.text  # people get pages, not JSON links


def test_documents_endpoint_lists_every_document(client):
    listing = client.get("/api/v1/documents", params={"per_page": 500}).json()
    documents = listing["items"]
    assert listing["total"] == len(documents) and listing["pages"] == 1
    assert sum(d["origin"] == "registry" for d in documents) == 10
    assert sum(d["ingested"] for d in documents) == 1
    assert {"id", "key", "doc_type", "issue_date", "issuer", "ingested", "origin"} <= set(documents[0])


def test_document_endpoint_accepts_ids_with_slashes(client):
    response = client.get("/api/v1/documents/bac-giang/55-KL/TU/2021")
    assert response.status_code == 200
    payload = response.json()
    jsonschema.validate(payload["document"], DOCUMENT_SCHEMA)
    assert payload["document"]["issue_date"] == "2021-03-07"
    assert payload["document"]["jurisdiction"] == "Bắc Giang"


def test_ingested_document_endpoint_returns_text_and_sections(client):
    (conclusion,) = client.get("/api/v1/documents", params={"full_text": "true"}).json()["items"]
    payload = client.get(f"/api/v1/documents/{conclusion['id']}").json()
    jsonschema.validate(payload["document"], DOCUMENT_SCHEMA)
    assert payload["document"]["text"].count("\n") > 10
    assert payload["sections"] and payload["footnotes"]


def test_unknown_document_is_a_404_with_advice(client):
    response = client.get("/api/v1/documents/bac-giang/999-KL/TU/2020")
    assert response.status_code == 404
    assert "/api/v1/documents" in response.json()["detail"]
