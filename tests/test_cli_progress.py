"""A long ingest shows each stage advancing in a terminal: the files bar, then the vector bar,
then the flush of the index, for `policylink ingest` run in a pseudo-terminal (pty)."""

import os
import pty
import re
import select
import subprocess
import sys
from pathlib import Path

FILES = 50
# One body for every file: their passages share embeddings (the test's cache), the numbers differ.
DIRECTIVE = """TỈNH ỦY BẮC GIANG
BAN THƯỜNG VỤ
Số {number}-CT/TU
Bắc Giang, ngày 10 tháng 5 năm 2023

CHỈ THỊ
về tăng cường công tác giải phóng mặt bằng

1. Các cấp ủy, chính quyền tập trung lãnh đạo công tác giải phóng mặt bằng.

2. Giao Ban cán sự đảng UBND tỉnh chủ trì, phối hợp với các cơ quan liên quan thực hiện Chỉ thị này.
"""
_PERCENT = re.compile(r"Đang nạp\s+\[[#-]*\]\s+(\d+)%")
_VECTORS = re.compile(r"Vector ngữ nghĩa\s+\[[#-]*\]\s+(\d+)/(\d+)")


def _in_terminal(args: list[str], env: dict[str, str], guard_s: float = 900) -> tuple[int, str]:
    """Run `args` with stdout and stderr on a pseudo-terminal; its exit code and all it wrote."""
    master, slave = pty.openpty()
    process = subprocess.Popen(args, stdin=subprocess.DEVNULL, stdout=slave, stderr=slave, env=env)
    os.close(slave)
    chunks = []
    while True:
        ready, _, _ = select.select([master], [], [], guard_s)
        if not ready:
            process.kill()
            break
        try:
            data = os.read(master, 4096)
        except OSError:  # EIO: the command exited and closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    os.close(master)
    return process.wait(), b"".join(chunks).decode("utf-8", errors="replace")


def test_ingest_of_fifty_files_shows_every_stage_advancing(tmp_path: Path) -> None:
    folder = tmp_path / "van-ban"
    folder.mkdir()
    for number in range(1, FILES + 1):
        (folder / f"chi-thi-{number:02d}.txt").write_text(DIRECTIVE.format(number=number), encoding="utf-8")
    env = {**os.environ, "POLICYLINK_DATA_DIR": str(tmp_path / "data"), "COLUMNS": "100"}
    code, output = _in_terminal([sys.executable, "-m", "policylink.api", "ingest", str(folder)], env)
    assert code == 0, output

    percents = [int(p) for p in _PERCENT.findall(output)]
    assert percents == sorted(percents) and percents[-1] == 100, output
    assert len(set(percents)) >= 10  # redrawn as the files go, not once at the end
    vectors = [(int(done), int(total)) for done, total in _VECTORS.findall(output)]
    assert vectors, output
    done, total = vectors[-1]
    assert done == total >= FILES  # every passage of every file has its vector
    stages = ["Đang nạp", "Vector ngữ nghĩa", "Đang ghi chỉ mục", "Đã xử lý 50 tệp: 50 mới"]
    positions = [output.find(stage) for stage in stages]
    assert -1 not in positions and positions == sorted(positions), output
