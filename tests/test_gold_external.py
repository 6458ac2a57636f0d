"""Gold on real documents from outside sources: texts rebuilt from word-segmented originals or from a
website's Markdown pages into a folder git ignores, annotations in tests/gold/external/{dev,heldout}."""

import importlib.util
from pathlib import Path

import pytest
import yaml

from policylink.nlp.evaluate import extract_gold, score_document
from policylink.nlp.gold import EXTERNAL_DIR_ENV, GoldError, load_split

EXTERNAL = Path(__file__).parent / "gold" / "external"
SEGMENTED = """Chỉ_thị về việc tăng_cường quản_lý chợ
1 .
Giao Sở Công_Thương chủ_trì , phối_hợp với Uỷ_ban_nhân_dân các huyện rà_soát mạng_lưới chợ ,
báo_cáo trước ngày 30/6/2012 .
Ii. tổ_chức thực_hiện
a ) Theo " Quy_chế mẫu " của tỉnh ( bản sửa_đổi ) .
"""


def _rebuild_module():
    spec = importlib.util.spec_from_file_location("rebuild", EXTERNAL / "rebuild.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_rebuild_joins_words_punctuation_and_numbering() -> None:
    text = _rebuild_module().rebuild(SEGMENTED)
    assert text.splitlines() == [
        "Chỉ thị về việc tăng cường quản lý chợ",
        "1. Giao Sở Công Thương chủ trì, phối hợp với Uỷ ban nhân dân các huyện rà soát mạng lưới chợ, "
        "báo cáo trước ngày 30/6/2012.",
        "II. Tổ chức thực hiện",
        'a) Theo "Quy chế mẫu" của tỉnh (bản sửa đổi).',
    ]


PAGE = """---
title: "Thông tư số 9/2026/TT-BXX"
sohieu: 9/2026/TT-BXX
---

## THÔNG TIN VĂN BẢN

| Trường | Giá trị |
|--------|---------|
| Số ký hiệu | 9/2026/TT-BXX |

## VĂN BẢN

**BỘ XÂY DỰNG**

### Điều 5. Trách nhiệm thi hành

Cục Kinh tế xây dựng **chủ trì** hướng dẫn thực hiện.

| Nội dung | Cơ quan chủ trì |
|:---|---:|
| Rà soát định mức | Vụ Pháp chế |

---

## NƠI NHẬN

- Như Điều 5;
"""


def test_markdown_page_keeps_the_document_part_as_plain_text() -> None:
    assert _rebuild_module().document_part(PAGE).splitlines() == [
        "BỘ XÂY DỰNG",
        "Điều 5. Trách nhiệm thi hành",
        "Cục Kinh tế xây dựng chủ trì hướng dẫn thực hiện.",
        "Nội dung\tCơ quan chủ trì",
        "Rà soát định mức\tVụ Pháp chế",
        "NƠI NHẬN",
        "- Như Điều 5;",
    ]


COPIED_PAGE = """*Source: https://example.vn/van-ban/Quyet-dinh-7-QD-UBND.aspx*

# A title the site took from another document

| ỦY BAN NHÂN DÂN TỈNH BẮC GIANG ------- | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |
|---|---|
| Số: 7/QĐ-UBND | Bắc Giang, ngày 2 tháng 3 năm 2020 |

Điều 2. Sở Tài chính có trách nhiệm bố trí kinh phí.

| Nơi nhận: - Như Điều 2; - Lưu: VT. | TM. ỦY BAN NHÂN DÂN CHỦ TỊCH |
|---|---|

| FILE ĐƯỢC ĐÍNH KÈM THEO VĂN BẢN |
|---|
"""


def test_copied_page_keeps_the_document_from_its_header_table() -> None:
    assert _rebuild_module().document_part(COPIED_PAGE).splitlines() == [
        "ỦY BAN NHÂN DÂN TỈNH BẮC GIANG -------\tCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Số: 7/QĐ-UBND\tBắc Giang, ngày 2 tháng 3 năm 2020",
        "Điều 2. Sở Tài chính có trách nhiệm bố trí kinh phí.",
        "Nơi nhận: - Như Điều 2; - Lưu: VT.\tTM. ỦY BAN NHÂN DÂN CHỦ TỊCH",
    ]


def test_page_letters_are_composed() -> None:
    decomposed = COPIED_PAGE.replace("Tài chính", "Ta\u0300i chi\u0301nh")
    assert _rebuild_module().document_part(decomposed) == _rebuild_module().document_part(COPIED_PAGE)


GAZETTE = "CÔNG BÁO/Số 7/Ngày 2-3-2026  \n3 \n \nĐiều 2. Giao Bộ Tài chi\u0301nh hướng dẫn \nthực hiện. \n"


def test_plain_text_keeps_a_pdf_text_but_its_line_end_spaces() -> None:
    assert _rebuild_module().plain_text(GAZETTE) == (
        "CÔNG BÁO/Số 7/Ngày 2-3-2026\n3\n\nĐiều 2. Giao Bộ Tài chính hướng dẫn\nthực hiện.\n")


WEB_COPY = """Bản quyền của trang.
**Số hiệu:**
|
5/KH-UBND
|
**ỦY
BAN NHÂN DÂN**
--------
|
*Căn cứ Luật Tổ chức
chính quyền địa phương;*
Giao Sở Nội vụ hướng dẫn.
**Nguyễn Văn A**
|
Kế hoạch 5/KH-UBND
## Văn bản liên quan
"""


def test_web_copy_is_cut_at_its_two_quotes_without_marks_and_bars() -> None:
    assert _rebuild_module().cut_part(WEB_COPY, "**ỦY", "**Nguyễn Văn A**").splitlines() == [
        "ỦY", "BAN NHÂN DÂN", "Căn cứ Luật Tổ chức", "chính quyền địa phương;",
        "Giao Sở Nội vụ hướng dẫn.", "Nguyễn Văn A",
    ]


def test_rebuilt_text_reads_each_original_by_its_kind(tmp_path: Path) -> None:
    module = _rebuild_module()
    (tmp_path / "9-2026-tt-bxx.md").write_text(PAGE, encoding="utf-8")
    (tmp_path / "00001234.ws").write_text(SEGMENTED, encoding="utf-8")
    (tmp_path / "nghi-quyet-so-7.txt").write_text(GAZETTE, encoding="utf-8")
    page = {"id": "9-2026-tt-bxx", "origin": "owner/site van-ban/9-2026-tt-bxx.md @ abc"}
    segmented = {"id": "00001234", "origin": "owner/data Difficult/00001234.txt.ws @ abc"}
    gazette = {"id": "nghi-quyet-so-7", "origin": "owner/docs docs/bhxh/nghi-quyet-so-7.txt @ abc"}
    assert module.rebuilt_text(page, tmp_path) == module.document_part(PAGE)
    assert module.rebuilt_text(segmented, tmp_path) == module.rebuild(SEGMENTED)
    assert module.rebuilt_text(gazette, tmp_path) == module.plain_text(GAZETTE)
    assert module.rebuilt_text({**page, "id": "missing"}, tmp_path) is None
    (tmp_path / "copy.md").write_text(WEB_COPY, encoding="utf-8")
    copy = {"id": "copy", "origin": "owner/rag data/copy.md @ abc", "cut": ["**ỦY", "**Nguyễn Văn A**"]}
    assert module.rebuilt_text(copy, tmp_path) == module.cut_part(WEB_COPY, "**ỦY", "**Nguyễn Văn A**")


def _annotated(gold_dir: Path) -> Path:
    folder = gold_dir / "external" / "dev"
    folder.mkdir(parents=True)
    (folder / "chi-thi-cho.yaml").write_text(yaml.safe_dump({
        "source": "chi-thi-cho.txt",
        "annotated": ["tasks", "deadlines"],
        "deadlines": [{"text": "ngày 30/6/2012", "due": "2012-06-30", "period_start": None,
                       "recurrence": None}],
        "tasks": [{"anchor": "Giao Sở Công Thương chủ trì", "section": "1",
                   "responsible": ["Sở Công Thương"], "coordinating": ["Ủy ban nhân dân cấp huyện"],
                   "report_to": [], "deadline": "2012-06-30", "recurrence": None}],
    }, allow_unicode=True), encoding="utf-8")
    return gold_dir


def test_external_split_without_rebuilt_texts_says_how_to_rebuild(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv(EXTERNAL_DIR_ENV, raising=False)
    with pytest.raises(GoldError, match="rebuild.py"):
        load_split("ext-dev", _annotated(tmp_path))


def test_external_split_scores_the_rebuilt_text(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    texts = tmp_path / "texts"
    texts.mkdir()
    (texts / "chi-thi-cho.txt").write_text(_rebuild_module().rebuild(SEGMENTED), encoding="utf-8")
    monkeypatch.setenv(EXTERNAL_DIR_ENV, str(texts))
    [gold] = load_split("ext-dev", _annotated(tmp_path / "gold"))
    report = score_document(gold, extract_gold(gold))
    assert report.matches["tasks"].tp == 1
    assert report.accuracies["task_responsible"].correct == 1
    assert report.matches["deadlines"].tp == 1


def test_every_external_annotation_names_a_listed_source_in_its_split() -> None:
    sources = {s["slug"]: s for s in yaml.safe_load((EXTERNAL / "sources.yaml").read_text(encoding="utf-8"))}
    annotations = sorted(EXTERNAL.glob("*/*.yaml"))
    assert len(annotations) == len(sources) >= 20
    for path in annotations:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        source = sources[data["source"].removesuffix(".txt")]
        assert source["split"] == path.parent.name and len(source["sha256"]) == 64
        assert set(data["annotated"]) == {"tasks", "deadlines", "horizons", "citations"}


def test_rebuild_reads_a_lone_i_as_the_letter_item_and_ii_as_roman() -> None:
    rebuild = _rebuild_module().rebuild
    assert rebuild("h ) Lập danh_sách .\ni ) Báo_cáo kết_quả .\n").splitlines() == [
        "h) Lập danh sách.", "i) Báo cáo kết quả."]
    assert rebuild("Ii. tổ_chức thực_hiện\n").splitlines() == ["II. Tổ chức thực hiện"]
