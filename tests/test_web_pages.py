"""The web pages in a real headless Chromium, served by a real `policylink serve` process over a
data folder holding the shipped corpus. Each test leaves a full-page screenshot under
`tmp_path` (kept by pytest in its base temp folder) for a person to look at."""

from collections.abc import Iterator
from pathlib import Path

import pytest
from ingest_fixtures import build_docx, read_blocks
from playwright.sync_api import Page
from web_fixtures import DIRECTIVE, corpus_data_dir, follow, screenshot, serve


@pytest.fixture(scope="module")
def server_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    yield from serve(corpus_data_dir(tmp_path_factory))


def _assert_vietnamese_page(page: Page) -> None:
    assert page.evaluate("document.characterSet") == "UTF-8"
    assert page.evaluate("document.documentElement.lang") == "vi"
    nav = page.locator("nav.main").inner_text()
    for item in ("Văn bản", "Tra cứu", "Soạn thảo", "Đồ thị trích dẫn", "Trích xuất"):
        assert item in nav


def test_home_page_lists_the_corpus_in_vietnamese(server_url: str, page: Page, tmp_path: Path) -> None:
    page.goto(server_url + "/")
    _assert_vietnamese_page(page)
    assert "Kho văn bản chỉ đạo" in page.locator("h1").inner_text()
    table_text = page.locator("table").inner_text()
    for key in ("55-KL/TU", "113-NQ/TU", "72-KL/TW", "13-NQ/TW"):
        assert key in table_text
    assert "về kết quả nghiên cứu, tổng kết thực tiễn" in table_text
    assert page.locator("#documents .badge.missing").count() >= 10  # known only by citation
    page.select_option("#type", "Nghị quyết")
    follow(page.get_by_role("button", name="Lọc"))
    keys = page.locator("#documents tbody tr td:first-child").all_inner_texts()
    assert keys and any("113-NQ/TU" in k for k in keys) and not any("55-KL/TU" in k for k in keys)
    screenshot(page, tmp_path, "home")


def test_conclusion_page_tasks_citation_link_and_csv(server_url: str, page: Page, tmp_path: Path) -> None:
    page.goto(server_url + "/")
    follow(page.get_by_role("link", name="Kết luận (không số)"))
    assert page.url.startswith(server_url + "/van-ban/")
    _assert_vietnamese_page(page)
    tasks = page.locator("#tasks").inner_text()
    assert "Ban cán sự đảng" in tasks and "quý IV/2024" in tasks and "Cơ quan chủ trì" in tasks
    assert page.locator('#text a.mark.citation[href="/van-ban/bac-giang/55-KL/TU/2021"]').count() == 1
    assert page.locator("#text mark.deadline", has_text="quý IV/2024").count() == 1
    assert page.locator("#lineage svg").count() == 1
    screenshot(page, tmp_path, "document")

    with page.expect_download() as download_info:
        page.get_by_role("link", name="Tải nhiệm vụ (CSV, mở bằng Excel)").click()
    data = Path(download_info.value.path()).read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    text = data.decode("utf-8-sig")
    assert text.splitlines()[0].startswith("Mã,Mục,Nhiệm vụ")
    assert "Ban cán sự đảng Ủy ban nhân dân tỉnh" in text and "quý IV/2024" in text

    follow(page.locator("#citations a", has_text="55-KL/TU").first)
    assert page.url.endswith("/van-ban/bac-giang/55-KL/TU/2021")
    heading = page.locator("h1").inner_text()
    assert "55-KL/TU" in heading and "chưa có toàn văn" in heading
    assert "7/3/2021" in page.locator("table.facts").inner_text()
    assert page.locator("#cited-by a").count() >= 1
    assert "113-NQ/TU" in page.locator("#lineage svg").text_content()
    screenshot(page, tmp_path, "cited-document")


def test_handout_prints_tasks_lineage_and_citations(server_url: str, page: Page, tmp_path: Path) -> None:
    page.goto(server_url + "/")
    follow(page.get_by_role("link", name="Kết luận (không số)"))
    follow(page.get_by_role("link", name="Tài liệu giảng dạy (bản in)"))
    assert "Ban cán sự đảng" in page.locator("#tasks").inner_text()
    assert page.locator(".picture svg").count() == 1
    assert "Nghị quyết số 113-NQ/TU ngày 22/7/2016" in page.locator("body").inner_text()
    page.emulate_media(media="print")
    assert not page.locator(".noprint").is_visible()
    screenshot(page, tmp_path, "handout-print")
    pdf = page.pdf(format="A4")
    assert pdf.startswith(b"%PDF") and len(pdf) > 20_000


def test_graph_page_missing_documents_and_neighbourhood(server_url: str, page: Page, tmp_path: Path) -> None:
    page.goto(server_url + "/do-thi")
    _assert_vietnamese_page(page)
    missing = page.locator("#missing").inner_text()
    assert "55-KL/TU" in missing and "13-NQ/TW" in missing
    page.wait_for_selector("#graph[data-ready='1']")
    everything = int(page.get_attribute("#graph", "data-nodes"))
    page.fill("#tam", "55-KL/TU")
    page.select_option("#buoc", "1")
    follow(page.get_by_role("button", name="Xem"))
    assert "tam=55-KL%2FTU" in page.url and "buoc=1" in page.url
    page.wait_for_selector("#graph[data-ready='1']")
    shown = page.evaluate("window.policylinkGraph.nodes().map(n => n.data('name'))")
    assert "Nghị quyết 113-NQ/TU" in shown and "Nghị quyết 138-NQ/TU" not in shown
    assert 1 < len(shown) < everything
    assert "Vùng lân cận của Kết luận 55-KL/TU" in page.locator("#focus-note").inner_text()
    screenshot(page, tmp_path, "graph")


def test_draft_check_suggests_the_right_date(server_url: str, page: Page, tmp_path: Path) -> None:
    page.goto(server_url + "/soan-thao")
    _assert_vietnamese_page(page)
    page.fill(
        "#text",
        "Tiếp tục thực hiện Nghị quyết số 113-NQ/TU ngày 22/7/2017 của Ban Chấp hành Đảng bộ tỉnh "
        "về phát triển kết cấu hạ tầng giao thông, tập trung đầu tư các trục giao thông động lực "
        "kết nối với các tỉnh lân cận.",
    )
    page.select_option("#jurisdiction", "Bắc Giang")
    follow(page.get_by_role("button", name="Kiểm tra và tìm tiền lệ"))
    check = page.locator(".check").first.inner_text()
    assert "có trong kho" in check
    assert "Ghi ngày 22/7/2017, đúng là ngày 22/7/2016" in check
    assert "Nghị quyết số 113-NQ/TU ngày 22/7/2016" in check
    precedents = page.locator(".document-hits")
    assert precedents.count() >= 1 and "Mục" in precedents.first.inner_text()
    screenshot(page, tmp_path, "draft")


def test_search_page_without_diacritics(server_url: str, page: Page, tmp_path: Path) -> None:
    page.goto(server_url + "/tra-cuu")
    _assert_vietnamese_page(page)
    page.fill("input[name=q]", "ha tang giao thong")
    follow(page.get_by_role("button", name="Tìm kiếm"))
    assert "đoạn trong 1 văn bản" in page.locator("#results").inner_text()
    marks = page.locator(".snippet mark").all_inner_texts()
    assert any(m.lower() == "hạ tầng giao thông" for m in marks)
    assert page.locator(".document-hits h3 a").first.get_attribute("href").startswith("/van-ban/")
    screenshot(page, tmp_path, "search")
    page.select_option("#type", "Kết luận")
    page.fill("#year_from", "2030")
    follow(page.get_by_role("button", name="Tìm kiếm"))
    assert "Không tìm thấy" in page.locator("main").inner_text()


def test_extraction_form_by_text_and_by_upload(server_url: str, page: Page, tmp_path: Path) -> None:
    page.goto(server_url + "/trich-xuat")
    _assert_vietnamese_page(page)
    page.fill("#text", DIRECTIVE)
    follow(page.get_by_role("button", name="Trích xuất"))
    tasks = page.locator("#tasks").inner_text()
    assert "Ban cán sự đảng Ủy ban nhân dân tỉnh" in tasks and "Sở Tài chính" in tasks
    assert "quý I/2026" in tasks and "31/3/2026" in tasks
    assert "13-NQ/TW" in page.locator("#citations").inner_text()
    with page.expect_download() as download_info:
        page.locator("#download-json").click()
    assert '"21-CT/TU"' in Path(download_info.value.path()).read_text(encoding="utf-8")
    screenshot(page, tmp_path, "extract-text")

    docx = build_docx(read_blocks(), tmp_path / "ket-luan.docx")
    page.goto(server_url + "/trich-xuat")
    page.set_input_files("#file", str(docx))
    follow(page.get_by_role("button", name="Trích xuất"))
    assert "quý IV/2024" in page.locator("#tasks").inner_text()
    page.goto(server_url + "/trich-xuat")
    follow(page.get_by_role("button", name="Trích xuất"))
    assert "Hãy dán nội dung văn bản hoặc chọn một tệp" in page.locator("#error").inner_text()


def test_api_docs_render_offline_from_local_files(server_url: str, page: Page, tmp_path: Path) -> None:
    requested: list[str] = []
    page.on("request", lambda request: requested.append(request.url))
    page.goto(server_url + "/docs")
    page.locator(".opblock-summary-path[data-path='/api/v1/extract']").first.wait_for()
    assert all(url.startswith(server_url) for url in requested), requested  # nothing from a CDN
    screenshot(page, tmp_path, "api-docs")


def test_search_filters_in_peoples_words_and_phrase_marks(
    server_url: str, page: Page, tmp_path: Path
) -> None:
    page.goto(server_url + "/tra-cuu")
    page.fill("input[name=q]", "giải phóng mặt bằng")
    follow(page.get_by_role("button", name="Tìm kiếm"))
    marks = [m.lower() for m in page.locator(".snippet mark").all_inner_texts()]
    assert "giải phóng mặt bằng" in marks
    assert not {"giải", "mặt", "phóng", "bằng"} & set(marks)  # no lone syllable (`giải pháp`, `Mặt trận`)
    screenshot(page, tmp_path, "search-phrase")
    page.fill("input[name=q]", "đào tạo bồi dưỡng kiến thức")
    page.fill("#body", "ubnd tinh")  # as a person types it; the conclusion writes `UBND tỉnh` or in full
    follow(page.get_by_role("button", name="Tìm kiếm"))
    found = page.locator("#results").inner_text()
    assert "đoạn trong 1 văn bản" in found and not found.startswith("0 ")
    badges = page.locator(".result .badge").all_inner_texts()
    assert any("Ủy ban nhân dân tỉnh" in b for b in badges)
    page.fill("#body", "Ủy ban nhân dân tỉnh")
    follow(page.get_by_role("button", name="Tìm kiếm"))
    assert page.locator("#results").inner_text() == found
    page.fill("#body", "")
    page.fill("#year_from", "2030")  # the conclusion bears no date: kept only when asked
    follow(page.get_by_role("button", name="Tìm kiếm"))
    assert "Không tìm thấy" in page.locator("main").inner_text()
    page.check("input[name=undated]")
    follow(page.get_by_role("button", name="Tìm kiếm"))
    assert "đoạn trong 1 văn bản" in page.locator("#results").inner_text()
    page.fill("#year_from", "abc")
    follow(page.get_by_role("button", name="Tìm kiếm"))
    assert "phải là một năm gồm 4 chữ số" in page.locator("#error").inner_text()
    page.goto(server_url + "/tra-cuu?q=" + "đất " * 600)
    assert "quá giới hạn" in page.locator("#error").inner_text()
