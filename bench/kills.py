"""Random SIGKILLs during `ingest`: the store stays consistent after every kill, and every stored
document is searchable after the next ingest.

    .venv/bin/python -m bench.kills [--kills 100] [--out bench/results/kills.md]

Each round starts a child process that ingests one new directive through the real use case
(`service.ingest_paths`: read, extract, store, index) and kills it with SIGKILL after a random
delay, so kills land during start-up, extraction, the store transaction, indexing or embedding.
After each kill the store is checked: SQLite's integrity check, every ingested document's
current version present with its extraction. At the end one more ingest runs in process (it
drains the index queue) and every ingested document must have points in the search index.
"""

import argparse
import os
import random
import signal
import subprocess
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

import sqlalchemy as sa

from bench.machine import describe
from policylink.api import service
from policylink.api.settings import Settings
from policylink.store.database import create_store_engine

DIRECTIVE = """TỈNH ỦY BẮC GIANG
Số {n}-CT/TU
Bắc Giang, ngày 10 tháng 5 năm 2023

CHỈ THỊ
về tăng cường công tác giải phóng mặt bằng đợt {n}

1. Các cấp ủy tập trung lãnh đạo công tác giải phóng mặt bằng các dự án trọng điểm.

2. Giao Ban cán sự đảng UBND tỉnh chủ trì, phối hợp với các cơ quan liên quan thực hiện Chỉ thị này,
báo cáo kết quả trước ngày 30/11/2023.
"""
_CHILD = (
    "from pathlib import Path; from policylink.api import service; "
    "from policylink.api.settings import Settings; "
    "service.ingest_paths([Path({path!r})], Settings.from_env())"
)


def _inconsistencies(url: str) -> list[str]:
    """What is wrong with the store at `url` (empty when consistent)."""
    engine = create_store_engine(url)
    problems = []
    with engine.connect() as conn:
        if (check := conn.exec_driver_sql("PRAGMA integrity_check").scalar()) != "ok":
            problems.append(f"integrity_check: {check}")
        rows = conn.exec_driver_sql(
            "SELECT d.id, v.id, e.version_id FROM documents d "
            "LEFT JOIN versions v ON v.document_id = d.id AND v.number = d.current_version "
            "LEFT JOIN extractions e ON e.version_id = v.id WHERE d.ingested"
        ).all()
        problems += [f"{doc}: current version missing" for doc, version, _ in rows if version is None]
        problems += [f"{doc}: extraction missing" for doc, version, ext in rows if version and ext is None]
        orphans = conn.execute(sa.text("SELECT count(*) FROM versions WHERE document_id NOT IN "
                                       "(SELECT id FROM documents)")).scalar()
        problems += [f"{orphans} versions without a document"] if orphans else []
    engine.dispose()
    return problems


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--kills", type=int, default=100)
    parser.add_argument("--max-delay", type=float, default=12.0, help="kill within this many seconds")
    parser.add_argument("--out", type=Path, default=Path("bench/results/kills.md"))
    args = parser.parse_args(argv)
    chance = random.Random(15)
    started = time.monotonic()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        settings = Settings.from_env(folder / "data")
        env = {**os.environ, "POLICYLINK_DATA_DIR": str(settings.data_dir)}
        inconsistent, finished = 0, 0
        for n in range(1, args.kills + 1):
            path = folder / f"chi-thi-{n}.txt"
            path.write_text(DIRECTIVE.format(n=n), encoding="utf-8")
            child = subprocess.Popen([sys.executable, "-c", _CHILD.format(path=str(path))], env=env,
                                     stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
            try:
                child.wait(timeout=chance.uniform(0.2, args.max_delay))
                finished += 1  # it ended before its kill
            except subprocess.TimeoutExpired:
                os.kill(child.pid, signal.SIGKILL)
                child.wait()
            problems = _inconsistencies(settings.database_url)
            inconsistent += bool(problems)
            ended = "killed" if child.returncode == -signal.SIGKILL else "finished"
            print(n, ended, problems or "ok", flush=True)
        final = folder / "chi-thi-0.txt"
        final.write_text(DIRECTIVE.format(n=1000), encoding="utf-8")
        service.ingest_paths([final], settings)
        service.drain_index_queue(settings)
        engine = create_store_engine(settings.database_url)
        with engine.connect() as conn:
            ingested = [row[0] for row in conn.exec_driver_sql("SELECT id FROM documents WHERE ingested")]
        index = service.search_engine(settings).indexer.index
        unsearchable = [doc for doc in ingested if not index.document_points(doc)]
        queued = service.queued_count(settings)
        service.close_search_engine(settings)
    killed = args.kills - finished
    lines = [
        "# Random kills during ingest",
        "",
        f"Run {datetime.now(UTC):%Y-%m-%d %H:%M} UTC by `python -m bench.kills --kills {args.kills}` "
        f"on {describe()}; {time.monotonic() - started:.0f} s.",
        "",
        "| rounds | killed (SIGKILL) | ended before the kill | stores inconsistent after a round | "
        "documents stored | unsearchable after the next ingest | left queued |",
        "|---|---|---|---|---|---|---|",
        f"| {args.kills} | {killed} | {finished} | {inconsistent} | {len(ingested)} | {len(unsearchable)} "
        f"| {queued} |",
        "",
        f"Kill delays uniform in 0.2–{args.max_delay:g} s after the child starts (its imports take "
        "several seconds, so early kills land before the store is touched).",
    ]
    args.out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print("\n".join(lines))


if __name__ == "__main__":
    main()
