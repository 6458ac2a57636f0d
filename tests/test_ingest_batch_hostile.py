"""A batch with hostile files among good ones: each bad file is named with its Vietnamese
message, the good files after it are stored, and two untitled, undated notes stay apart."""

import json
import sys
from pathlib import Path

from click.testing import CliRunner

from policylink.api.cli import main
from policylink.core.identity import document_id
from policylink.ingest.pipeline import ingest_bytes

NOTE_A = "Họp giao ban tuần: rà soát tiến độ giải phóng mặt bằng dự án đường vành đai.\n"
NOTE_B = "Ghi chú: chuẩn bị tài liệu cho hội nghị sơ kết công tác dân vận quý III.\n"
DIRECTIVE = """TỈNH ỦY BẮC GIANG
Số 12-CT/TU
Bắc Giang, ngày 10 tháng 5 năm 2023

CHỈ THỊ
về tăng cường công tác giải phóng mặt bằng

1. Giao Ban cán sự đảng UBND tỉnh chủ trì thực hiện Chỉ thị này.
"""


def test_two_untitled_undated_notes_get_ids_from_their_content():
    a = ingest_bytes(NOTE_A.encode(), "a.txt", max_bytes=1 << 20)
    b = ingest_bytes(NOTE_B.encode(), "b.txt", max_bytes=1 << 20)
    assert (a.header.key, a.header.title, a.header.issue_date) == (None, None, None)
    ids = [document_id(key=None, jurisdiction=None, year=None, title=None, content=d.text) for d in (a, b)]
    assert ids[0] != ids[1] and all(i.startswith("unknown/van-ban/khong-ro/undated-") for i in ids)
    empty_title = document_id(key=None, jurisdiction=None, year=None, title="")
    assert empty_title not in ids


def test_hostile_files_fail_one_by_one_and_the_batch_goes_on(tmp_path: Path):
    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "a-chuong-trinh.txt").write_bytes(Path(sys.executable).resolve().read_bytes()[:100_000])
    (batch / "b-mot-dong.md").write_text("Giao Sở Xây dựng chủ trì. " * 42_000, encoding="utf-8")
    (batch / "c-chi-thi.txt").write_text(DIRECTIVE, encoding="utf-8")
    (batch / "d-ghi-chu.txt").write_text(NOTE_A, encoding="utf-8")
    (batch / "e-ghi-chu.txt").write_text(NOTE_B, encoding="utf-8")
    (batch / "f-nul.txt").write_bytes(NOTE_B.replace("Ghi chú", "Lưu ý").encode() + bytes(300))
    result = CliRunner().invoke(
        main, ["ingest", str(batch), "--json"], env={"POLICYLINK_DATA_DIR": str(tmp_path / "data")},
        catch_exceptions=False,
    )
    assert result.exit_code == 1 and "Traceback" not in result.output
    outcomes = {Path(o["path"]).name: o for o in json.loads(result.stdout)}
    assert outcomes["a-chuong-trinh.txt"]["status"] == "failed"
    assert "chương trình máy tính (ELF" in outcomes["a-chuong-trinh.txt"]["error"]
    assert "vượt giới hạn 1.000.000 ký tự" in outcomes["b-mot-dong.md"]["error"]
    stored = [outcomes[n] for n in ("c-chi-thi.txt", "d-ghi-chu.txt", "e-ghi-chu.txt", "f-nul.txt")]
    assert [o["status"] for o in stored] == ["new"] * 4
    assert len({o["document_id"] for o in stored}) == 4
