"""Adding and removing documents through the JSON API, and who may: API keys and signed-in people
(made by the real `policylink user add` / `policylink key add`), roles, CSRF, private reads.
FastAPI's TestClient over a real data folder (SQLite store, Qdrant Edge index); real TXT/PDF/DOCX."""

import hashlib
import re
import subprocess
import time
from collections.abc import Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from fastapi.testclient import TestClient
from httpx import Response
from upload_fixtures import DOCX, EDITOR, PASSWORD, PDF, TXT, VIEWER, add_accounts, write_files
from web_fixtures import DIRECTIVE, policylink, settings_for

from policylink.api import service
from policylink.api.app import create_app
from policylink.api.credentials import create_api_key, create_user
from policylink.api.sign_in_limits import ADDRESS_FAILURES, NAME_FAILURES, WINDOW_SECONDS, SignInLimits
from policylink.store.database import open_store

TOPICS = {"txt": TXT, "pdf": PDF, "docx": DOCX}


@pytest.fixture(scope="module")
def data_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("data")


@pytest.fixture(scope="module")
def key(data_dir: Path) -> str:
    return add_accounts(data_dir)


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write_files(tmp_path_factory.mktemp("files"))


@pytest.fixture(scope="module")
def client(data_dir: Path, key: str) -> Iterator[TestClient]:
    with TestClient(create_app(settings_for(data_dir))) as test_client:
        yield test_client


def _multipart(*paths: Path) -> list[tuple[str, tuple[str, bytes]]]:
    return [("files", (path.name, path.read_bytes())) for path in paths]


def _bearer(key: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {key}"}


def _try_password(client: TestClient, name: str, password: str) -> Response:
    """One sign-in through the form, with the CSRF token of a freshly served form."""
    token = re.search(r'name="csrf" value="([^"]+)"', client.get("/dang-nhap").text).group(1)
    return client.post("/dang-nhap", data={"name": name, "password": password, "csrf": token},
                       follow_redirects=False)


def _sign_in(client: TestClient, name: str) -> str:
    """Sign `client` in through the form; returns the session's CSRF token from the pages."""
    answer = _try_password(client, name, PASSWORD)
    assert answer.status_code == 303, answer.text
    return re.search(r'name="csrf" value="([^"]+)"', client.get("/").text).group(1)


def _post(client: TestClient, path: Path, **kwargs) -> object:
    return client.post("/api/v1/documents", files=_multipart(path), **kwargs)


def _document_ids(client: TestClient) -> set[str]:
    return {d["id"] for d in client.get("/api/v1/documents").json()["items"] if d["ingested"]}


def _dense_vectors_done(client: TestClient) -> None:
    """Wait (bounded) until background embedding has given every passage its dense vector, so the
    ranking below is the hybrid one rather than whatever share of vectors exists at that moment."""
    for _ in range(600):
        if client.get("/api/v1/status").json()["index"]["pending"] == 0:
            return
        time.sleep(0.2)
    raise AssertionError("dense vectors still missing after 120 s")


def test_anonymous_writes_are_401_in_vietnamese_and_store_nothing(client: TestClient, files: dict) -> None:
    answer = client.post("/api/v1/documents", files=_multipart(files["txt"]))
    assert answer.status_code == 401
    assert answer.headers["www-authenticate"] == "Bearer"
    assert "đăng nhập" in answer.json()["detail"] and "khóa API" in answer.json()["detail"]
    assert client.delete("/api/v1/documents/son-la/07-CT/TU/2025").status_code == 401
    assert client.post("/xoa-van-ban", data={"document_id": "son-la/07-CT/TU/2025"}).status_code == 401
    wrong = _post(client, files["txt"], headers=_bearer("plk_0_sai"))
    assert wrong.status_code == 401 and "thu hồi" in wrong.json()["detail"]
    assert _document_ids(client) == set()


def test_a_key_adds_three_formats_each_with_its_outcome_and_a_bad_file_fails_alone(
    client: TestClient, key: str, files: dict
) -> None:
    bad = ("files", ("bao-cao.docx", b"MZ\x90\x00" + bytes(200)))  # a program named like a document
    answer = client.post("/api/v1/documents", headers=_bearer(key),
                         files=[*_multipart(files["txt"], files["pdf"]), bad, *_multipart(files["docx"])])
    assert answer.status_code == 200, answer.text
    report = answer.json()
    assert [(f["file"], f["status"]) for f in report["files"]] == [
        ("chi-thi-07.txt", "new"), ("ke-hoach-15.pdf", "new"), ("bao-cao.docx", "failed"),
        ("nghi-quyet-09.docx", "new"),
    ]
    assert report["failed"] == 1
    assert "chương trình máy tính" in report["files"][2]["error"]
    stored = {f["document_id"] for f in report["files"] if f["document_id"]}
    assert stored == {"son-la/07-CT/TU/2025", "lao-cai/15-KH/TU/2025", "nam-dinh/09-NQ/TU/2025"}
    assert _document_ids(client) == stored
    _dense_vectors_done(client)
    for kind, directive in TOPICS.items():
        hits = client.get("/api/v1/search", params={"q": directive.topic, "limit": 3}).json()["results"]
        assert hits[0]["doc_key"] == directive.key, (kind, hits[:1])
    again = client.post("/api/v1/documents", headers=_bearer(key), files=_multipart(files["txt"])).json()
    assert again["files"][0]["status"] == "unchanged"
    changed = TXT.text().replace("30/11/2025", "15/12/2025").encode("utf-8")
    edited = [("files", ("chi-thi-07b.txt", changed))]
    newer = client.post("/api/v1/documents", headers=_bearer(key), files=edited)
    assert newer.json()["files"][0]["status"] == "new_version"
    assert newer.json()["files"][0]["version"] == 2


def test_a_file_over_the_limit_fails_alone_and_a_request_without_files_is_422(
    client: TestClient, key: str, files: dict
) -> None:
    big = ("files", ("qua-lon.txt", b"a" * (10 * 1024 * 1024 + 1)))
    answer = client.post("/api/v1/documents", headers=_bearer(key), files=[big, *_multipart(files["pdf"])])
    assert answer.status_code == 200
    outcomes = answer.json()["files"]
    assert outcomes[0]["status"] == "failed" and "vượt giới hạn 10.0 MB" in outcomes[0]["error"]
    assert "người quản trị" in outcomes[0]["error"] and "POLICYLINK_" not in outcomes[0]["error"]
    assert outcomes[1]["status"] == "unchanged"
    empty = client.post("/api/v1/documents", headers=_bearer(key), data={"khac": "1"},
                        files=[("khong-phai-files", ("a.txt", b"x"))])
    assert empty.status_code == 422 and "'files'" in empty.json()["detail"]
    as_json = client.post("/api/v1/documents", headers=_bearer(key), json={"text": "x"})
    assert as_json.status_code == 415


def test_each_step_of_an_upload_is_reported_and_can_be_asked_for(
    client: TestClient, data_dir: Path, key: str, files: dict
) -> None:
    steps: list[str] = []
    outcome = service.ingest_upload(files["txt"].read_bytes(), "chi-thi-07.txt", settings_for(data_dir),
                                    steps.append)
    assert outcome.status in ("new", "unchanged")
    assert steps == ["read", "extract", "store", "index"]
    upload_id = "trang-tai-len-0001"
    answer = client.post("/api/v1/documents", headers={**_bearer(key), "X-Upload-Id": upload_id},
                         files=_multipart(files["pdf"]))
    assert answer.status_code == 200, answer.text
    asked = client.get(f"/api/v1/uploads/{upload_id}", headers=_bearer(key))
    assert asked.status_code == 200 and asked.json() == {"file": "ke-hoach-15.pdf", "step": "done"}
    assert client.get(f"/api/v1/uploads/{upload_id}").status_code == 401  # only an editor may ask
    unknown = client.get("/api/v1/uploads/chua-bao-gio-gui", headers=_bearer(key))
    assert unknown.status_code == 404 and "danh sách văn bản" in unknown.json()["detail"]
    assert client.get("/api/v1/uploads/a b", headers=_bearer(key)).status_code == 422
    odd = client.post("/api/v1/documents", headers={**_bearer(key), "X-Upload-Id": "x"},
                      files=_multipart(files["pdf"]))
    assert odd.status_code == 422


def test_roles_and_csrf_for_signed_in_people(data_dir: Path, files: dict, key: str) -> None:
    with TestClient(create_app(settings_for(data_dir))) as viewer:
        token = _sign_in(viewer, VIEWER)
        refused = _post(viewer, files["txt"], headers={"X-CSRF-Token": token})
        assert refused.status_code == 403 and "chỉ có quyền xem" in refused.json()["detail"]
        assert "Tải văn bản lên" not in viewer.get("/").text
        assert viewer.get("/tai-len").status_code == 403
    with TestClient(create_app(settings_for(data_dir))) as editor:
        token = _sign_in(editor, EDITOR)
        assert 'href="/tai-len"' in editor.get("/").text
        without = editor.post("/api/v1/documents", files=_multipart(files["txt"]))
        assert without.status_code == 403 and "CSRF" in without.json()["detail"]
        forged = _post(editor, files["txt"], headers={"X-CSRF-Token": "x"})
        assert forged.status_code == 403
        page_delete = editor.post("/xoa-van-ban", data={"document_id": "son-la/07-CT/TU/2025"})
        assert page_delete.status_code == 403 and "CSRF" in page_delete.text  # the delete button's form
        assert editor.get("/api/v1/documents/son-la/07-CT/TU/2025").status_code == 200
        sent = _post(editor, files["txt"], headers={"X-CSRF-Token": token})
        assert sent.status_code == 200 and sent.json()["files"][0]["status"] in {"new", "unchanged"}
        as_field = editor.post("/api/v1/documents", files=_multipart(files["txt"]), data={"csrf": token})
        assert as_field.status_code == 200
        assert 'data-csrf="' + token + '"' in editor.get("/tai-len").text
        assert policylink(data_dir, "user", "remove", EDITOR).returncode == 0
        gone = _post(editor, files["txt"], headers={"X-CSRF-Token": token})
        assert gone.status_code == 401  # a removed user's session stops at once
    create_user(settings_for(data_dir), EDITOR, PASSWORD, "editor")


def test_sign_in_refuses_a_wrong_password_and_a_form_from_elsewhere(data_dir: Path, key: str) -> None:
    with TestClient(create_app(settings_for(data_dir))) as client:
        form = client.get("/dang-nhap").text
        token = re.search(r'name="csrf" value="([^"]+)"', form).group(1)
        wrong = client.post("/dang-nhap", data={"name": EDITOR, "password": "sai-mat-khau", "csrf": token})
        assert wrong.status_code == 401 and "không đúng" in wrong.text
        client.cookies.clear()
        forged = client.post("/dang-nhap", data={"name": EDITOR, "password": PASSWORD, "csrf": token})
        assert forged.status_code == 403 and "policylink_session" not in forged.headers.get("set-cookie", "")
        outside = client.get("/dang-nhap", params={"next": "//example.com/"}).text
        assert 'name="next" value="/"' in outside


def test_repeated_wrong_passwords_make_the_name_wait_even_for_the_right_one(data_dir: Path, key: str) -> None:
    with TestClient(create_app(settings_for(data_dir))) as client:
        tries = [_try_password(client, EDITOR, f"doan-{n}").status_code for n in range(NAME_FAILURES)]
        assert tries == [401] * NAME_FAILURES
        held = _try_password(client, EDITOR.upper(), PASSWORD)
        assert held.status_code == 429 and "quá nhiều lần" in held.text
        assert 0 < int(held.headers["Retry-After"]) <= WINDOW_SECONDS
        assert "policylink_session" not in held.headers.get("set-cookie", "")
        other = _try_password(client, VIEWER, PASSWORD)
        assert other.status_code == 303  # another account from the same address still signs in


def test_sign_in_limits_slide_with_the_window_and_count_the_address_across_names() -> None:
    now = [0.0]
    limits = SignInLimits(clock=lambda: now[0])
    for n in range(ADDRESS_FAILURES):
        limits.failed(f"ten-{n % (NAME_FAILURES - 1)}-{n}", "10.0.0.7")
    assert limits.wait_seconds("nguoi-moi", "10.0.0.7") == WINDOW_SECONDS + 1
    assert limits.wait_seconds("nguoi-moi", "10.0.0.8") == 0
    now[0] = WINDOW_SECONDS + 0.5  # the first failures have left the window
    assert limits.wait_seconds("nguoi-moi", "10.0.0.7") == 0
    for _ in range(NAME_FAILURES):
        limits.failed("ke-doan", "10.0.0.9")
    assert limits.wait_seconds("KE-DOAN", "10.0.0.10") > 0
    limits.succeeded("ke-doan")
    assert limits.wait_seconds("ke-doan", "10.0.0.10") == 0


def test_keys_and_passwords_are_stored_only_as_hashes(data_dir: Path, key: str) -> None:
    key_id, secret = key.removeprefix("plk_").split("_", 1)
    with open_store(settings_for(data_dir).database_url).connect() as conn:  # the process's own engine
        rows = conn.exec_driver_sql("SELECT id, name, secret_hash, role FROM api_keys").all()
        passwords = conn.exec_driver_sql("SELECT password_hash FROM users").scalars().all()
    assert (key_id, "he-thong-van-thu", hashlib.sha256(secret.encode()).hexdigest(), "editor") in rows
    assert all(p.startswith("scrypt$") and PASSWORD not in p for p in passwords)
    # the database files read by another process: a read here would drop this process's SQLite locks
    stored = [str(path) for path in data_dir.glob("policylink.db*")]
    for text in (secret, PASSWORD):
        assert subprocess.run(["grep", "-qF", "--", text, *stored]).returncode == 1  # 1: not found
    listed = policylink(data_dir, "key", "list")
    assert key_id in listed.stdout and secret not in listed.stdout


def test_delete_removes_the_text_from_store_graph_and_index(client: TestClient, key: str) -> None:
    doc_id = "nam-dinh/09-NQ/TU/2025"
    assert client.get("/api/v1/graph/lineage/" + doc_id).status_code == 200
    answer = client.delete("/api/v1/documents/" + doc_id, headers=_bearer(key))
    assert answer.status_code == 200, answer.text
    assert answer.json() == {"document_id": doc_id, "status": "deleted", "indexed": True}
    assert client.get("/api/v1/documents/" + doc_id).status_code == 404
    assert client.get("/api/v1/graph/lineage/" + doc_id).status_code == 404
    hits = client.get("/api/v1/search", params={"q": DOCX.topic, "limit": 20}).json()["results"]
    assert all(hit["document_id"] != doc_id for hit in hits)
    again = client.delete("/api/v1/documents/" + doc_id, headers=_bearer(key))
    assert again.status_code == 404


def test_a_revoked_key_and_a_viewer_key_cannot_write(client: TestClient, data_dir: Path, files: dict) -> None:
    viewer_key = create_api_key(settings_for(data_dir), "bao-cao-thong-ke", "viewer")
    refused = client.post("/api/v1/documents", headers=_bearer(viewer_key), files=_multipart(files["txt"]))
    assert refused.status_code == 403
    revoked = create_api_key(settings_for(data_dir), "tam-thoi")
    assert _post(client, files["txt"], headers=_bearer(revoked)).status_code == 200
    assert policylink(data_dir, "key", "remove", revoked.removeprefix("plk_").split("_")[0]).returncode == 0
    assert _post(client, files["txt"], headers=_bearer(revoked)).status_code == 401


def test_private_reads_need_a_key_or_a_session(tmp_path: Path) -> None:
    settings = replace(settings_for(tmp_path / "data"), private_reads=True)
    viewer_key = create_api_key(settings, "doc-du-lieu", "viewer")
    with TestClient(create_app(settings)) as client:
        refused = client.get("/api/v1/documents")
        assert refused.status_code == 401 and "POLICYLINK" not in refused.json()["detail"]
        assert client.get("/api/v1/documents", headers=_bearer(viewer_key)).status_code == 200
        page = client.get("/")
        assert page.status_code == 401 and "Cần đăng nhập" in page.text and "/dang-nhap?next=" in page.text
        assert client.get("/dang-nhap").status_code == 200
        create_user(settings, VIEWER, PASSWORD, "viewer")
        _sign_in(client, VIEWER)
        assert client.get("/").status_code == 200


def test_the_page_of_a_document_known_only_by_citation_links_to_the_upload_page(
    client: TestClient, key: str
) -> None:
    directive = [("files", ("21-ct.txt", DIRECTIVE))]
    added = client.post("/api/v1/documents", headers=_bearer(key), files=directive)
    assert added.json()["files"][0]["status"] == "new"
    cited = [d["id"] for d in client.get("/api/v1/documents").json()["items"] if not d["ingested"]]
    assert cited  # the directive cites Nghị quyết 13-NQ/TW, whose text is not stored
    page = client.get("/van-ban/" + cited[0]).text
    assert 'href="/tai-len"' in page and "policylink ingest" not in page
