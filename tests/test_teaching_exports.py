"""The teaching exports of the shipped conclusion (and of a plan written for the tests), fetched from
the app (FastAPI's TestClient over a real store), opened again with python-docx and python-pptx,
and rendered to images by LibreOffice and Poppler; the page images stay under `tmp_path` for a
person to look at."""

import io
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest
from docx import Document
from fastapi.testclient import TestClient
from pptx import Presentation
from pptx.enum.shapes import MSO_SHAPE, MSO_SHAPE_TYPE
from tasks_fixtures import CONCLUSION_FILE, PLAN_ID, store_files, write_plan
from web_fixtures import CONCLUSION_ID, settings_for

from policylink.api.app import create_app

HEADINGS = [
    "1. Nguồn gốc chủ trương",
    "2. Bố cục văn bản",
    "3. Nhiệm vụ theo cơ quan chủ trì",
    "4. Văn bản được trích dẫn",
    "5. Trích nguyên văn các nhiệm vụ",
]
UBND_PARTY = "Ban cán sự đảng Ủy ban nhân dân tỉnh"


@pytest.fixture(scope="module")
def client(tmp_path_factory: pytest.TempPathFactory) -> Iterator[TestClient]:
    data_dir = tmp_path_factory.mktemp("teaching")
    settings = settings_for(data_dir)
    store_files(settings, [CONCLUSION_FILE, write_plan(data_dir)])
    yield TestClient(create_app(settings))


def _export(client: TestClient, doc_id: str, fmt: str, scope: str = "document") -> bytes:
    response = client.get(f"/xuat/giang-day/{doc_id}", params={"format": fmt, "scope": scope})
    assert response.status_code == 200, response.text
    assert response.headers["content-disposition"].endswith(f'.{fmt}"')
    return response.content


def _slide_texts(deck: Presentation) -> list[str]:
    """Each slide's non-empty text boxes, top to bottom as added."""
    return [
        "\n".join(s.text_frame.text for s in slide.shapes if s.has_text_frame and s.text_frame.text)
        for slide in deck.slides
    ]


def test_handout_docx_of_the_conclusion(client: TestClient) -> None:
    document = Document(io.BytesIO(_export(client, CONCLUSION_ID, "docx")))
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert headings == HEADINGS
    title = next(p.text for p in document.paragraphs if p.style.name == "Title")
    assert title == "Kết luận"
    texts = [p.text for p in document.paragraphs]
    assert any(t.startswith("về kết quả nghiên cứu, tổng kết thực tiễn") for t in texts)
    assert document.inline_shapes and document.inline_shapes[0].width > 0  # the lineage picture
    assert "Kết luận 55-KL/TU — thực hiện → Nghị quyết 113-NQ/TU (22/7/2016)" in texts
    assert any(t.startswith("2.3. Ban cán sự đảng UBND tỉnh") for t in texts)  # the outline

    bodies = [p.text for p in document.paragraphs if p.style.name == "Heading 2"]
    assert bodies[0] == UBND_PARTY and "Huyện ủy; Thị ủy; Thành ủy" in bodies
    tasks = document.tables[0]
    assert [c.text for c in tasks.rows[0].cells] == ["Mục", "Nhiệm vụ", "Phối hợp", "Thời hạn"]
    rows = {row.cells[0].text: [c.text for c in row.cells] for row in tasks.rows[1:]}
    assert set(rows) == {"1", "2.3-b1", "2.3-b2", "2.3-b3", "2.3-b4", "2.3-b5", "3"}
    assert rows["2.3-b2"][3] == "quý IV/2024 (hạn 31/12/2024)"
    assert rows["2.3-b2"][1].startswith("Chỉ đạo UBND tỉnh tham mưu, xây dựng “Đề án")
    assert rows["3"][2] == "Cơ quan, đơn vị" and rows["3"][3] == "định kỳ"
    all_task_rows = sum(len(t.rows) - 1 for t in document.tables[:-1])
    assert all_task_rows == 18  # every task once, under its responsible bodies

    cited = {row.cells[0].text: [c.text for c in row.cells] for row in document.tables[-1].rows[1:]}
    assert cited["Kết luận 55-KL/TU (7/3/2021)"][1:3] == ["trích dẫn", "7/3/2021"]
    assert cited["Nghị quyết 113-NQ/TU (22/7/2016)"][1] == "thực hiện"
    assert "chỉ biết qua trích dẫn" in cited["Kết luận 72-KL/TW (23/2/2024)"][3]
    quotes = texts[texts.index(HEADINGS[4]) + 1 :]
    assert len(quotes) == 18 and quotes[0].startswith("Mục 1: “Ban cán sự đảng UBND tỉnh hoàn thiện")
    assert not any("*" in q for q in quotes)  # the conversion's emphasis markers are not shown


def test_lineage_handout_lists_the_documents_in_time(client: TestClient) -> None:
    document = Document(io.BytesIO(_export(client, CONCLUSION_ID, "docx", "lineage")))
    listed = [p.text for p in document.paragraphs if p.style.name == "List Number"]
    assert listed[0] == "Nghị quyết 13-NQ/TW (16/1/2012)"
    assert listed.index("Nghị quyết 113-NQ/TU (22/7/2016)") < listed.index("Kết luận 55-KL/TU (7/3/2021)")
    assert "TÀI LIỆU GIẢNG DẠY — DÒNG VĂN BẢN" in document.paragraphs[0].text


def test_slides_pptx_of_the_conclusion(client: TestClient) -> None:
    deck = Presentation(io.BytesIO(_export(client, CONCLUSION_ID, "pptx")))
    texts = _slide_texts(deck)
    assert "Kết luận" in texts[0] and "Ban Thường vụ Tỉnh ủy" in texts[0]
    assert texts[1].startswith("Nguồn gốc chủ trương")
    assert any(s.shape_type == MSO_SHAPE_TYPE.PICTURE for s in deck.slides[1].shapes)
    assert texts[2].startswith("Mục tiêu, quan điểm") and "Về kết cấu hạ tầng giao thông" in texts[2]
    task_slides = [t for t in texts if t.startswith("Nhiệm vụ theo cơ quan chủ trì")]
    assert task_slides and UBND_PARTY in task_slides[0]
    assert sum(t.count("\n• ") for t in task_slides) == 18
    assert texts[-1].startswith("Mốc thời hạn") and "31/12/2024" in texts[-1]


def test_timeline_places_deadlines_in_order(client: TestClient) -> None:
    deck = Presentation(io.BytesIO(_export(client, PLAN_ID, "pptx")))
    lineage = deck.slides[1]  # the plan cites nothing: said in words, not as a lone box
    assert not any(s.shape_type == MSO_SHAPE_TYPE.PICTURE for s in lineage.shapes)
    assert "chưa trích dẫn văn bản nào" in _slide_texts(deck)[1]
    timeline = deck.slides[-1]
    labels = [s for s in timeline.shapes if s.has_text_frame and "/20" in s.text_frame.text]
    by_place = [s.text_frame.text.split("\n") for s in sorted(labels, key=lambda s: s.left)]
    assert [label[0] for label in by_place] == ["30/6/2025", "31/12/2025", "30/9/2026"]
    assert by_place[0][-1] == "Sở Tài chính" and by_place[2][-1] == "Công an tỉnh"
    marks = [s for s in timeline.shapes
             if s.shape_type == MSO_SHAPE_TYPE.AUTO_SHAPE and s.auto_shape_type == MSO_SHAPE.OVAL]
    assert sorted(m.left for m in marks) == [m.left for m in sorted(marks, key=lambda m: m.left)]
    assert len(marks) == 3 and len({m.top for m in marks}) == 1  # on one line


def test_exports_render_with_libreoffice(client: TestClient, tmp_path: Path) -> None:
    (tmp_path / "bai-giang.docx").write_bytes(_export(client, CONCLUSION_ID, "docx"))
    (tmp_path / "trinh-chieu.pptx").write_bytes(_export(client, CONCLUSION_ID, "pptx"))
    profile = f"-env:UserInstallation=file://{tmp_path / 'lo-profile'}"  # apart from any other soffice
    subprocess.run(
        ["soffice", profile, "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path),
         str(tmp_path / "bai-giang.docx"), str(tmp_path / "trinh-chieu.pptx")],
        check=True, capture_output=True, timeout=300,
    )
    for stem, least_pages in (("bai-giang", 4), ("trinh-chieu", 6)):
        subprocess.run(["pdftoppm", "-r", "60", "-png", str(tmp_path / f"{stem}.pdf"), str(tmp_path / stem)],
                       check=True, timeout=120)
        pages = sorted(tmp_path.glob(f"{stem}-*.png"))
        assert len(pages) >= least_pages
        assert all(page.stat().st_size > 5_000 for page in pages)


def test_document_page_links_the_exports_and_wrong_requests_are_told(client: TestClient) -> None:
    page = client.get(f"/van-ban/{CONCLUSION_ID}").text
    for fmt in ("docx", "pptx"):
        assert f"/xuat/giang-day/{CONCLUSION_ID}?format={fmt}" in page
        assert f"/xuat/giang-day/{CONCLUSION_ID}?format={fmt}&amp;scope=lineage" in page
    wrong = client.get(f"/xuat/giang-day/{CONCLUSION_ID}", params={"format": "pdf"})
    assert wrong.status_code == 422 and "docx (Word) hoặc pptx (PowerPoint)" in wrong.text
    missing = client.get("/xuat/giang-day/khong/co/van-ban", params={"format": "docx"})
    assert missing.status_code == 404 and "Không tìm thấy văn bản" in missing.text
