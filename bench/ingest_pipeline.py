"""Stage profile of `policylink ingest`: wall and CPU time per stage, and the embedder alone.

    .venv/bin/python -m bench.ingest_pipeline --docs N [--out bench/results/ingest_pipeline.md]
        [--stop-after SECONDS] [--every SECONDS]

N text documents are generated from the real documents in `../shared/real/docs/` (their sizes and
shapes; each reused document gets its document number and its other non-year numbers shifted, so
ids, passages and embeddings differ) and ingested by the real CLI command into a fresh data folder
with a fresh embedding cache. Stage functions are wrapped with clocks (wall, and CPU of the calling
thread); a stage's time excludes the stages nested in it. Embedding runs in the indexer's
background thread while the next documents are read and extracted, so stage wall times can add up
to more than the total. Growth per call compares a function's mean CPU time per call over the last
full pass through the source documents with the first pass (the same documents, other numbers):
what grows with the corpus shows there.

The machine is shared, so the report keeps what does not depend on the other jobs: CPU seconds per
stage and per thread, and the load average sampled through the run. The report is rewritten every
`--every` seconds while the ingest runs, marked partial with how far it got; a run stopped early
(`--stop-after`, SIGTERM, Ctrl-C) leaves a partial report of what it measured. After a finished
ingest the embedder alone embeds a sample of the same passages, in the same batches.
"""

import _thread
import argparse
import functools
import os
import re
import resource
import signal
import statistics
import tempfile
import threading
import time
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path

import click

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
ALONE_PASSAGES = 480  # the embedder-alone sample: batches spread over the run, about this many passages


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
    """Wall and thread-CPU seconds per stage, exclusive of the stages nested in a call; each call's
    CPU time is kept per wrapped function, for the growth column (CPU: on a shared machine wall
    time per call follows the other jobs' load, which changes through a long run)."""

    def __init__(self) -> None:
        self.wall: dict[str, float] = defaultdict(float)
        self.cpu: dict[str, float] = defaultdict(float)
        self.calls: dict[tuple[str, str], list[float]] = defaultdict(list)
        self._local = threading.local()
        self._lock = threading.Lock()
        self._restore: list[tuple[object, str, object]] = []
        self.stopped = False

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
                    if not self.stopped:  # a call that ends after the run was stopped is not in its figures
                        self.wall[stage] += wall - nested_wall
                        self.cpu[stage] += cpu - nested_cpu
                        self.calls[(stage, name)].append(cpu - nested_cpu)

        self._restore.append((owner, name, original))
        setattr(owner, name, timed)

    def restore(self) -> None:
        for owner, name, original in reversed(self._restore):
            setattr(owner, name, original)

    def stage_calls(self, stage: str) -> int:
        with self._lock:
            return sum(len(calls) for (s, _), calls in self.calls.items() if s == stage)

    def growth(self, stage: str, cycle: int) -> float | None:
        """The largest growth of the stage's functions (None below two passes of `cycle` calls)."""
        with self._lock:
            found = [_growth(calls, cycle) for (s, _), calls in self.calls.items() if s == stage]
        return max((g for g in found if g is not None), default=None)


def _growth(calls: list[float], cycle: int) -> float | None:
    """Mean of the last full run of `cycle` calls / mean of the first (a function called once per
    document repeats its source documents every `cycle` calls, so like is compared with like)."""
    passes = len(calls) // cycle
    if passes < 2:
        return None
    first = statistics.mean(calls[:cycle])
    return statistics.mean(calls[(passes - 1) * cycle : passes * cycle]) / first if first else None


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
    (indexer, "build_passages", "passages"),
    (indexer.Indexer, "index_passages", "lexical index"),
    (EdgeIndex, "document_points", "point look-up by document"),
    (EdgeIndex, "upsert", "point upsert"),
    (Vocabulary, "set_document", "diacritics vocabulary"),
    (indexer.Indexer, "fill_dense", "dense bookkeeping (cache)"),
    (indexer, "embed_cached", "dense bookkeeping (cache)"),
    (EdgeIndex, "missing_dense", "scroll for passages without a vector"),
    (EdgeIndex, "set_dense", "vector upsert"),
    (EdgeIndex, "optimize", "HNSW optimisation"),
    (EdgeIndex, "close", "index flush and close"),
]
EMBEDDING = "embedding"


def _main_thread_cpu() -> float:
    """CPU seconds of the process's main thread (reading, extraction, store, lexical index)."""
    fields = Path(f"/proc/self/task/{os.getpid()}/stat").read_text().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


class Run:
    """What one bench run has measured so far; `report()` works at any moment."""

    def __init__(self, count: int, argv: str) -> None:
        self.count, self.argv = count, argv
        self.size = 0
        self.sources = len(list(REAL.glob("*.txt")))  # generated documents repeat them
        self.clocks = StageClocks()
        self.batches: list[list[str]] = []
        self.indexed_passages = 0
        self.loads: list[float] = []
        self.state = "running"
        self.wall0 = self.cpu0 = self.main_cpu0 = 0.0
        self.files_wall: float | None = None  # when the last file was stored and indexed lexically
        self.end: tuple[float, float, float] | None = None  # wall, CPU, main-thread CPU at the end
        self.alone: tuple[int, float, float] | None = None  # passages, wall, CPU of the embedder alone

    def start(self) -> None:
        self.wall0, self.cpu0, self.main_cpu0 = time.perf_counter(), time.process_time(), _main_thread_cpu()

    def now(self) -> tuple[float, float, float]:
        if self.end is not None:
            return self.end
        return (time.perf_counter() - self.wall0, time.process_time() - self.cpu0,
                _main_thread_cpu() - self.main_cpu0)

    def stop(self, state: str) -> None:
        with self.clocks._lock:
            self.clocks.stopped = True
            self.end, self.state = self.now(), state

    def embedded(self) -> int:
        return sum(map(len, list(self.batches)))


def _sample(batches: list[list[str]], passages: int) -> list[list[str]]:
    """Batches spread evenly over the run, about `passages` passages in all."""
    size = max(1, round(statistics.mean(map(len, batches))))
    wanted = max(1, passages // size)
    step = max(1, len(batches) // wanted)
    return batches[::step][:wanted]


class Monitor(threading.Thread):
    """Samples the load average every few seconds and rewrites the partial report every `every`."""

    def __init__(self, result: Run, out: Path, every: float) -> None:
        super().__init__(name="bench-monitor", daemon=True)
        self.result, self.out, self.every = result, out, every
        self.done = threading.Event()

    def run(self) -> None:
        last = time.perf_counter()
        while not self.done.wait(5):
            self.result.loads.append(os.getloadavg()[0])
            if time.perf_counter() - last >= self.every:
                last = time.perf_counter()
                write(self.out, report(self.result))


def _interrupt(signum, frame) -> None:
    raise KeyboardInterrupt


def run(result: Run, out: Path, every: float, stop_after: float | None) -> None:
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as tmp:
        folder, data = Path(tmp) / "docs", Path(tmp) / "data"
        folder.mkdir()
        result.size = generate(folder, result.count)
        os.environ["POLICYLINK_DATA_DIR"] = str(data)
        os.environ.pop("POLICYLINK_EMBEDDING_CACHE", None)  # a fresh cache in the data folder
        settings = Settings.from_env()
        clocks = result.clocks
        for owner, name, stage in STAGES:
            clocks.wrap(owner, name, stage)
        alone = make_embedder(settings.embedder)  # for the embedder-alone run below
        embedder_class = type(alone)
        original_encode, original_build = embedder_class.encode_passages, indexer.build_passages

        def recording_encode(self, texts: list[str]):
            vectors = original_encode(self, texts)
            with result.clocks._lock:
                if not result.clocks.stopped:  # a batch counts once embedded, as its time does
                    result.batches.append(list(texts))
            return vectors

        def counting_build(*args, **kwargs):
            passages = original_build(*args, **kwargs)
            result.indexed_passages += len(passages)
            return passages

        def files_done(*args, **kwargs):
            outcomes = original_paths(*args, **kwargs)
            result.files_wall = time.perf_counter() - result.wall0
            return outcomes

        embedder_class.encode_passages = recording_encode
        indexer.build_passages = counting_build
        original_paths, service.ingest_paths = service.ingest_paths, files_done
        clocks.wrap(embedder_class, "encode_passages", EMBEDDING)
        signal.signal(signal.SIGTERM, _interrupt)
        timer = threading.Timer(stop_after, _thread.interrupt_main) if stop_after else None
        monitor = Monitor(result, out, every)
        result.start()
        monitor.start()
        if timer:
            timer.start()
        try:
            cli_main(["ingest", str(folder)], standalone_mode=False)
            result.stop("finished")
        except (KeyboardInterrupt, click.exceptions.Abort):
            result.stop("stopped")
            service.close_search_engine(settings, finish_vectors=False)
        finally:
            if timer:
                timer.cancel()
            monitor.done.set()
            monitor.join()
            clocks.restore()
            embedder_class.encode_passages, indexer.build_passages = original_encode, original_build
            service.ingest_paths = original_paths
    if result.state != "finished" or not result.batches:
        return
    sample = _sample(result.batches, ALONE_PASSAGES)
    alone.encode_passages(sample[0][:2])  # warm-up
    wall0, cpu0 = time.perf_counter(), time.process_time()
    for batch in sample:
        alone.encode_passages(batch)
    result.alone = (sum(map(len, sample)), time.perf_counter() - wall0, time.process_time() - cpu0)


def _progress_line(result: Run, wall: float) -> str:
    stored = result.clocks.stage_calls("extract")
    if result.state == "finished":
        return ""
    how = "still running" if result.state == "running" else "stopped before the end"
    return (
        f"**Partial run ({how})**: after {wall:.0f} s, {stored} of {result.count} documents stored and "
        f"indexed lexically, {result.embedded()} of their {result.indexed_passages} passages embedded. "
        "Every figure below covers only that part.\n\n"
    )


def report(result: Run) -> str:
    clocks = result.clocks
    wall, cpu, main_cpu = result.now()
    stages = list(dict.fromkeys([stage for _, _, stage in STAGES] + [EMBEDDING]))
    embedding, embedded = clocks.wall[EMBEDDING], result.embedded()
    loads = result.loads or [os.getloadavg()[0]]
    files = f"{result.files_wall:.1f} s" if result.files_wall is not None else "not reached"
    lines = [
        "# Ingest stage profile",
        "",
        f"Run {datetime.now(UTC).isoformat(timespec='seconds')} by "
        f"`python -m bench.ingest_pipeline {result.argv}`.",
        "",
        f"Machine: {describe()}. Load average (1 min) through the run: min {min(loads):.1f}, "
        f"mean {statistics.mean(loads):.1f}, max {max(loads):.1f} ({len(loads)} samples). Shared by "
        "other jobs: wall times depend on them, CPU seconds much less.",
        "",
        _progress_line(result, wall)
        + f"{result.count} text documents ({result.size / 1e6:.1f} MB) made from `../shared/real/docs/`, "
        "through `policylink ingest FOLDER` (default embedder, fresh embedding cache). Stage times "
        "exclude nested stages; a stage's CPU is its calling thread's (the embedder's OpenMP threads "
        "are not in it; the totals are). Embedding runs in a background thread beside the next "
        f"documents' reading and extraction. Growth = a function's mean CPU time per call over the last "
        f"full pass through the {result.sources} source documents / over the first pass (the same documents "
        "with other numbers; the largest of the stage's functions; from two passes).",
        "",
        f"Total: {wall:.1f} s wall, {cpu:.1f} s CPU: main thread (read, extract, store, lexical index) "
        f"{main_cpu:.1f} s, other threads (embedding with its OpenMP threads, index) "
        f"{cpu - main_cpu:.1f} s = {(cpu - main_cpu) / cpu if cpu else 0:.0%} of the CPU. "
        f"Embedding {embedding:.1f} s wall = **{embedding / wall if wall else 0:.0%} of the wall time**. "
        f"Last file stored and indexed lexically at {files}. {embedded} passages embedded, "
        f"{embedded / wall if wall else 0:.1f} passages/s end to end, "
        f"{embedding / embedded if embedded else 0:.3f} s of embedding wall per passage; peak memory "
        f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB.",
        "",
        "| stage | calls | wall s | CPU s | share of total wall | growth per call |",
        "|---|---:|---:|---:|---:|---:|",
    ]
    for stage in stages:
        growth = clocks.growth(stage, result.sources)
        share = clocks.wall[stage] / wall if wall else 0
        lines.append(
            f"| {stage} | {clocks.stage_calls(stage)} | {clocks.wall[stage]:.2f} | {clocks.cpu[stage]:.2f} | "
            f"{share:.0%} | {'—' if growth is None else f'{growth:.2f}×'} |"
        )
    if result.alone is not None:
        passages, alone_wall, alone_cpu = result.alone
        in_ingest = embedding / embedded
        lines += [
            "",
            f"Embedder alone on {passages} of these passages (batches spread over the run), same process, "
            f"after the ingest: {alone_wall:.1f} s wall, {alone_cpu:.1f} s CPU, "
            f"{alone_wall / passages:.3f} s per passage ({passages / alone_wall:.1f} passages/s); "
            f"in the ingest {in_ingest:.3f} s per passage ({in_ingest * passages / alone_wall:.2f}× alone).",
        ]
    return "\n".join(lines) + "\n"


def write(out: Path, text: str) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    partial = out.with_suffix(".tmp")
    partial.write_text(text, encoding="utf-8")
    partial.replace(out)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--docs", type=int, default=100)
    parser.add_argument("--out", type=Path, default=Path("bench/results/ingest_pipeline.md"))
    parser.add_argument("--every", type=float, default=60.0, help="seconds between partial reports")
    parser.add_argument("--stop-after", type=float, help="stop the ingest after this many seconds")
    args = parser.parse_args(argv)
    shown = f"--docs {args.docs}" + (f" --stop-after {args.stop_after:g}" if args.stop_after else "")
    result = Run(args.docs, shown)
    run(result, args.out, args.every, args.stop_after)
    text = report(result)
    write(args.out, text)
    print(text)


if __name__ == "__main__":
    main()
