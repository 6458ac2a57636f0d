"""The upload page in a real headless Chromium against a real `policylink serve` process: an editor
(made by `policylink user add`) signs in, drops a PDF (fpdf2), a DOCX (python-docx) and a TXT on
the page, follows each file's progress (sending, then the server's steps) and outcome and the dense
vectors computed afterwards, and finds the three documents listed and searchable; anonymous people
are sent to sign in and their upload is refused. Screenshots are left under `tmp_path` (and copied
to /tmp/policylink-upload-*.png) for a person to look at."""

import base64
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from playwright.sync_api import Page
from upload_fixtures import DOCX, EDITOR, PASSWORD, PDF, TXT, add_accounts, write_files
from web_fixtures import follow, screenshot, serve

SERVER_STEPS = ["read", "extract", "store", "index", "done"]
MEDIA = {".pdf": "application/pdf", ".txt": "text/plain",
         ".docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document"}


@pytest.fixture(scope="module")
def files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return write_files(tmp_path_factory.mktemp("files"))


@pytest.fixture(scope="module")
def server_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    data_dir = tmp_path_factory.mktemp("data")
    add_accounts(data_dir)
    yield from serve(data_dir)


def _shot(page: Page, folder: Path, name: str) -> None:
    shutil.copy(screenshot(page, folder, name), f"/tmp/policylink-upload-{name}.png")


def _drop(page: Page, paths: list[Path]) -> None:
    """Drop files on the page's drop zone as a person dragging them from a file manager does."""
    items = [{"name": p.name, "type": MEDIA[p.suffix], "data": base64.b64encode(p.read_bytes()).decode()}
             for p in paths]
    page.evaluate(
        """(items) => {
            const transfer = new DataTransfer();
            for (const item of items) {
                const bytes = Uint8Array.from(atob(item.data), (c) => c.charCodeAt(0));
                transfer.items.add(new File([bytes], item.name, {type: item.type}));
            }
            const zone = document.getElementById("dropzone");
            const how = {dataTransfer: transfer, bubbles: true, cancelable: true};
            zone.dispatchEvent(new DragEvent("dragover", how));
            zone.dispatchEvent(new DragEvent("drop", how));
        }""",
        items,
    )


def test_anonymous_people_are_sent_to_sign_in_and_their_upload_is_refused(
    server_url: str, page: Page, tmp_path: Path, files: dict
) -> None:
    page.goto(server_url + "/")
    assert page.locator("nav.main", has_text="Tải văn bản lên").count() == 0
    page.goto(server_url + "/tai-len")
    assert page.url == server_url + "/dang-nhap?next=/tai-len"
    assert page.locator("h1").inner_text() == "Đăng nhập"
    answer = page.evaluate(
        """async () => {
            const data = new FormData();
            data.append("files", new File(["CHỈ THỊ\\nvề thử"], "thu.txt", {type: "text/plain"}));
            const response = await fetch("/api/v1/documents", {method: "POST", body: data});
            return {status: response.status, body: await response.json()};
        }"""
    )
    assert answer["status"] == 401
    assert answer["body"]["detail"].startswith("Cần đăng nhập")
    page.fill("#name", EDITOR)
    page.fill("#password", "sai-mat-khau")
    follow(page.get_by_role("button", name="Đăng nhập"))
    assert "không đúng" in page.locator("#error").inner_text()
    assert page.input_value("#name") == EDITOR  # kept for the second try
    _shot(page, tmp_path, "sign-in-refused")
    documents = page.evaluate("async () => (await fetch('/api/v1/documents')).json()")
    assert documents["total"] == 0 and documents["items"] == []


def test_an_editor_uploads_a_pdf_a_docx_and_a_txt_and_finds_them(
    server_url: str, page: Page, tmp_path: Path, files: dict
) -> None:
    page.goto(server_url + "/dang-nhap?next=/tai-len")
    page.fill("#name", EDITOR)
    page.fill("#password", PASSWORD)
    follow(page.get_by_role("button", name="Đăng nhập"))
    page.wait_for_url(server_url + "/tai-len")
    assert page.locator("nav.main a.active").inner_text() == "Tải văn bản lên"
    assert EDITOR in page.locator("header .account").inner_text()
    _shot(page, tmp_path, "upload-empty")

    _drop(page, [files["pdf"], files["docx"], files["txt"]])
    page.wait_for_selector("#summary[data-done]", timeout=300_000)
    rows = [row.split("\t") for row in page.locator("#uploads tbody tr").all_inner_texts()]
    assert [(r[0], r[2]) for r in rows] == [
        ("ke-hoach-15.pdf", "mới"), ("nghi-quyet-09.docx", "mới"), ("chi-thi-07.txt", "mới")
    ], rows
    assert all(r[4].strip() == "2" for r in rows)  # two numbered sections each
    assert page.locator("#uploads progress:not([value])").count() == 0  # every bar ended
    for row in page.locator("#uploads tbody tr").all():  # the server's steps, each finished, in order
        steps = row.locator("ol.steps li")
        assert steps.all_inner_texts() == ["đọc tệp", "trích xuất", "lưu", "lập chỉ mục"]
        assert [item.get_attribute("class") for item in steps.all()] == ["done"] * 4
        assert row.locator("progress").get_attribute("value") == "100"
        seen = row.get_attribute("data-seen").split()  # steps shown, as the page polled them
        assert seen[-1] == "done" and seen == sorted(seen, key=SERVER_STEPS.index), seen
        print(row.locator("td").first.inner_text(), "steps seen while polling:", seen)
    page.wait_for_selector("#vectors[data-done]", timeout=300_000)
    assert page.locator("#vectors span").inner_text().startswith("Mọi đoạn đã có vector ngữ nghĩa")
    assert page.locator("#vectors progress").get_attribute("value") == "1"
    summary = page.locator("#summary").inner_text()
    assert summary == "Đã xử lý 3 tệp: 3 mới, 0 phiên bản mới, 0 không đổi, 0 lỗi."
    _shot(page, tmp_path, "upload-done")

    page.set_input_files("#files", [str(files["txt"])])  # the file chooser, and the same bytes again
    assert page.locator("#chosen").inner_text() == "Đã chọn 1 tệp: chi-thi-07.txt"
    page.locator("#summary").evaluate("element => delete element.dataset.done")
    page.get_by_role("button", name="Tải lên và nạp vào kho").click()
    page.wait_for_selector("#summary[data-done]", timeout=120_000)
    assert page.locator("#uploads tbody tr").last.locator("td").nth(2).inner_text() == "không đổi"

    follow(page.locator("#uploads tbody tr").first.get_by_role("link", name="Xem văn bản"))
    assert "15-KH/TU" in page.locator("h1").inner_text()
    assert "Văn phòng Tỉnh ủy" in page.locator("#tasks").inner_text()

    page.goto(server_url + "/")
    listing = page.locator("table").inner_text()
    for directive in (PDF, DOCX, TXT):
        assert directive.key in listing
    _shot(page, tmp_path, "listed")
    for directive in (PDF, DOCX, TXT):
        page.goto(server_url + "/tra-cuu?q=" + directive.topic)
        group = page.locator("section.document-hits", has=page.locator("h3", has_text=directive.key))
        assert group.count() == 1, (directive.topic, page.locator("h3").all_inner_texts())
        assert directive.topic.split()[-1] in " ".join(group.locator("mark").all_inner_texts())
    _shot(page, tmp_path, "searched")


def test_an_editor_deletes_a_document_from_its_page_and_anonymous_people_see_no_button(
    server_url: str, page: Page, tmp_path: Path
) -> None:
    page.goto(server_url + "/")
    follow(page.locator("table a", has_text=TXT.key).first)
    document_path = page.url.removeprefix(server_url)
    assert TXT.key in page.locator("h1").inner_text()
    assert page.locator("#delete-document").count() == 0  # anonymous: no button

    page.goto(server_url + "/dang-nhap?next=" + document_path)
    page.fill("#name", EDITOR)
    page.fill("#password", PASSWORD)
    follow(page.get_by_role("button", name="Đăng nhập"))
    page.wait_for_url(server_url + document_path)
    questions: list[str] = []
    page.once("dialog", lambda dialog: (questions.append(dialog.message), dialog.accept()))
    page.get_by_role("button", name="Xóa văn bản").click()
    page.wait_for_url(server_url + "/")
    assert questions and "Không hoàn tác được" in questions[0]
    assert TXT.key not in page.locator("table").inner_text()
    assert PDF.key in page.locator("table").inner_text()
    _shot(page, tmp_path, "deleted")
    gone = page.goto(server_url + document_path)
    assert gone.status == 404
    page.goto(server_url + "/tra-cuu?q=" + TXT.topic)
    assert page.locator("section.document-hits", has=page.locator("h3", has_text=TXT.key)).count() == 0
