"""Load: a real `policylink serve` over a realistic data folder, CLIENTS concurrent clients for
SECONDS over mixed endpoints, and one `policylink ingest` beside it; p50/p95 per endpoint, errors,
and how long the ingested document took to become searchable.

    .venv/bin/python -m bench.load [--data DIR] [--clients 32] [--seconds 60] [--out bench/results/load.md]

The data folder (built once when DIR does not exist, by the real ingest: the shipped corpus, the
gold documents and the published documents of ../shared/real/docs, dense vectors included) is
reused between runs; the ingest beside the server goes to a copy of it, so every run starts alike.
The load starts once the server, after its first search, is idle (what it loads as it starts is
loaded). Clients (threads, each with one keep-alive connection) run a closed loop without pause (each sends
its next request when the last is answered), each request drawn from MIX. Every search asks a query
never asked before in the run (3-8 consecutive words of a sentence of the stored documents, a
quarter of them typed without diacritics), so the server's cache of query vectors never answers
one. Time to searchable runs from the moment the store holds the new document (polled every 0.1 s)
to the first search answer that lists it (polled every 0.2 s).
"""

import argparse
import http.client
import json
import os
import random
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import defaultdict
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote, urlencode, urlsplit

import httpx
import sqlalchemy as sa

from bench.machine import describe
from bench.timing import percentiles_ms
from policylink.api import document_list
from policylink.core.vietnamese import fold

REPO = Path(__file__).resolve().parents[1]
REAL_DOCS = REPO.parent / "shared" / "real" / "docs"
MIX = {"search": 50, "document": 15, "documents": 5, "tasks": 15, "similar": 7.5, "extract": 7.5}
INGEST_AT_S = 20.0  # the ingest beside the server starts this long into the load
SEARCHABLE_CAP_S = 120.0
QUERY_WORDS = (3, 8)  # a generated query: this many consecutive words of one sentence
PLAIN_SHARE = 0.25  # of generated queries typed without diacritics
_SENTENCE_END = re.compile(r"[.;:!?\n]+")
_WORD = re.compile(r"[^\W\d_]+")
DRAFT = (
    "Giao Ủy ban nhân dân tỉnh chỉ đạo các sở, ngành rà soát, đẩy nhanh tiến độ giải phóng mặt bằng "
    "các dự án hạ tầng giao thông trọng điểm, báo cáo kết quả trước ngày 30/6/2025."
)
NEW_DIRECTIVE = """TỈNH ỦY LẠNG SƠN
Số {number}-CT/TU
Lạng Sơn, ngày 12 tháng 5 năm 2025

CHỈ THỊ
về phát triển vùng trồng hồi và quế gắn với chế biến sâu

1. Các huyện ủy, thành ủy lãnh đạo phát triển vùng trồng hồi, quế tập trung, gắn với chế biến sâu.

2. Giao Ban cán sự đảng UBND tỉnh chủ trì, phối hợp với Sở Nông nghiệp và Phát triển nông thôn \
xây dựng đề án, báo cáo Ban Thường vụ Tỉnh ủy trước ngày 30/9/2025.
"""


def _sources() -> list[Path]:
    gold = sorted((REPO / "tests" / "gold").glob("*/*.txt"))
    return [REPO / "corpus", *gold, *sorted(REAL_DOCS.glob("*.txt"))]


def _cli(data_dir: Path, *args: str, **kwargs) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "POLICYLINK_DATA_DIR": str(data_dir)}
    return subprocess.run([sys.executable, "-m", "policylink.api", *args], cwd=REPO, env=env,
                          capture_output=True, text=True, **kwargs)


def build_data(data_dir: Path) -> None:
    """Ingest every source into `data_dir` (a failed file is reported and left out)."""
    done = _cli(data_dir, "ingest", *map(str, _sources()))
    if done.returncode not in (0, 1):
        raise SystemExit(done.stderr[-2000:])


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _sentences() -> list[list[str]]:
    """The words of every sentence (of at least QUERY_WORDS[1] words) of the source texts."""
    texts = [p for source in _sources() for p in ([source] if source.is_file() else source.rglob("*"))]
    out = []
    for path in texts:
        if path.suffix in (".txt", ".md"):
            for sentence in _SENTENCE_END.split(path.read_text(encoding="utf-8", errors="replace")):
                words = _WORD.findall(sentence)
                if len(words) >= QUERY_WORDS[1]:
                    out.append(words)
    return out


class Load:
    """CLIENTS threads, each with one keep-alive connection (`http.client`: the load generator
    shares the server's cores, so it spends as little CPU per request as it can)."""

    def __init__(self, url: str, documents: list[str], seconds: float) -> None:
        self.address = urlsplit(url).netloc
        self.documents = documents
        self.sentences = _sentences()
        self.asked: set[str] = set()
        self._asking = threading.Lock()
        self.similar_body = json.dumps({"text": DRAFT}).encode()
        self.extract_body = json.dumps({"text": NEW_DIRECTIVE.format(number=1)}).encode()
        self.seconds = seconds
        self.samples: dict[str, list[float]] = {kind: [] for kind in MIX}
        self.errors: dict[str, list[str]] = defaultdict(list)
        self.client_cpu_s = 0.0

    def _request(self, chance: random.Random) -> tuple[str, str, str, bytes | None]:
        return self.request_of(chance.choices(list(MIX), weights=list(MIX.values()))[0], chance)

    def request_of(self, kind: str, chance: random.Random) -> tuple[str, str, str, bytes | None]:
        """One request of `kind` (a key of MIX): kind, method, path, body."""
        if kind == "search":
            return kind, "GET", "/api/v1/search?" + urlencode({"q": self._new_query(chance)}), None
        if kind == "document":
            return kind, "GET", "/api/v1/documents/" + quote(chance.choice(self.documents)), None
        if kind == "documents":
            return kind, "GET", "/api/v1/documents", None
        if kind == "tasks":
            return kind, "GET", f"/api/v1/tasks?page={chance.randint(1, 3)}", None
        if kind == "similar":
            return kind, "POST", "/api/v1/similar", self.similar_body
        return kind, "POST", "/api/v1/extract", self.extract_body

    def _new_query(self, chance: random.Random) -> str:
        """Words of a random sentence, not asked before in this run."""
        while True:
            words = chance.choice(self.sentences)
            length = chance.randint(*QUERY_WORDS)
            start = chance.randint(0, len(words) - length)
            query = " ".join(words[start : start + length]).lower()
            query = fold(query) if chance.random() < PLAIN_SHARE else query
            with self._asking:
                if query not in self.asked:
                    self.asked.add(query)
                    return query

    def _client(self, seed: int, until: float) -> None:
        chance = random.Random(seed)
        connection = http.client.HTTPConnection(self.address, timeout=120)
        while time.monotonic() < until:
            kind, method, path, body = self._request(chance)
            headers = {"Content-Type": "application/json"} if body else {}
            started = time.monotonic()
            try:
                connection.request(method, path, body=body, headers=headers)
                answer = connection.getresponse()
                text = answer.read()
                if answer.status != 200:
                    self.errors[kind].append(f"{answer.status} {text[:200].decode(errors='replace')}")
            except (OSError, http.client.HTTPException) as exc:
                self.errors[kind].append(f"{type(exc).__name__}: {exc}")
                connection.close()  # the next request opens a new connection
            self.samples[kind].append(time.monotonic() - started)
        connection.close()

    def run(self, clients: int) -> None:
        until = time.monotonic() + self.seconds
        cpu_before = time.process_time()
        threads = [threading.Thread(target=self._client, args=(seed, until)) for seed in range(clients)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        self.client_cpu_s = time.process_time() - cpu_before


def _time_to_searchable(data_dir: Path, url: str, key: str, out: dict) -> None:
    """Ingest a new directive with the CLI beside the server; when the store held it, when search found it."""
    folder = Path(tempfile.mkdtemp(prefix="policylink-load-"))
    source = folder / "chi-thi-lang-son.txt"
    source.write_text(NEW_DIRECTIVE.format(number=key.split("-")[0]), encoding="utf-8")
    store = sa.create_engine(f"sqlite:///{data_dir / 'policylink.db'}")
    started = time.monotonic()
    ingest = subprocess.Popen([sys.executable, "-m", "policylink.api", "ingest", str(source)], cwd=REPO,
                              env={**os.environ, "POLICYLINK_DATA_DIR": str(data_dir)},
                              stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    stored = found = None
    with httpx.Client(base_url=url, timeout=120) as client:
        while time.monotonic() - started < SEARCHABLE_CAP_S and found is None:
            if stored is None:
                with store.connect() as conn:
                    if conn.execute(sa.text("SELECT 1 FROM documents WHERE key = :k AND ingested"),
                                    {"k": key}).first():
                        stored = time.monotonic()
                time.sleep(0.1)
                continue
            answer = client.get("/api/v1/search", params={"q": key, "limit": 5})
            if any(r.get("doc_key") == key for r in answer.json().get("results", [])):
                found = time.monotonic()
            else:
                time.sleep(0.2)
    out["stderr"] = ingest.communicate(timeout=300)[1]
    out["ingest_s"] = time.monotonic() - started
    out["stored_after_s"] = stored - started if stored else None
    out["searchable_after_store_s"] = found - stored if stored and found else None
    store.dispose()
    shutil.rmtree(folder, ignore_errors=True)


def _stat(pid: int | str) -> list[str]:
    return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()


def _memory_mib(pid: int) -> tuple[float, list[float]]:
    """Resident memory (MiB) of the server and of each of its child processes (Linux /proc)."""
    def rss(p: int | str) -> float:
        lines = Path(f"/proc/{p}/status").read_text().splitlines()
        return int(next(line.split()[1] for line in lines if line.startswith("VmRSS:"))) / 1024

    children = []
    for entry in Path("/proc").iterdir():
        try:
            if entry.name.isdigit() and _stat(entry.name)[1] == str(pid):
                children.append(rss(entry.name))
        except OSError:
            continue
    return rss(pid), sorted(children, reverse=True)


def _cpu_seconds(pid: int) -> float:
    """User + system CPU time so far of a process and its living children (Linux /proc): the server
    and its NLP worker process, when it has one."""
    total = 0.0
    for entry in Path("/proc").iterdir():
        try:
            fields = _stat(entry.name) if entry.name.isdigit() else None
        except OSError:  # a process that ended meanwhile
            continue
        if fields and (entry.name == str(pid) or fields[1] == str(pid)):
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    return total


def _stored_documents(url: str) -> list[str]:
    """Ids of every document with its text in the store, read page by page from the list API."""
    ids: list[str] = []
    page, pages = 1, 1
    while page <= pages:
        params = {"full_text": "true", "per_page": document_list.MAX_PER_PAGE, "page": page}
        listed = httpx.get(url + "/api/v1/documents", params=params, timeout=60).json()
        ids += [d["id"] for d in listed["items"]]
        page, pages = page + 1, listed["pages"]
    return ids


def _serve(data_dir: Path) -> tuple[subprocess.Popen, str]:
    port = _free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "policylink.api", "serve", "--port", str(port)], cwd=REPO,
        env={**os.environ, "POLICYLINK_DATA_DIR": str(data_dir)},
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )
    url = f"http://127.0.0.1:{port}"
    for _ in range(1200):
        try:
            httpx.get(url + "/api/v1/search", params={"q": "hạ tầng"}, timeout=60)  # opens the index
            _settle(server.pid)
            return server, url
        except httpx.TransportError:
            time.sleep(0.1)
    raise SystemExit("the server did not start")


def _settle(pid: int, quiet_share: float = 0.05, cap_s: float = 120.0) -> None:
    """Wait until the server (and its worker processes) use under `quiet_share` of a core over a
    second: what it loads as it starts is then loaded, and not counted in the load's figures."""
    started = time.monotonic()
    while time.monotonic() - started < cap_s:
        before = _cpu_seconds(pid)
        time.sleep(1.0)
        if _cpu_seconds(pid) - before < quiet_share:
            return


def _report(args, load: Load, ingest: dict, loads: list[tuple[float, float, float]], passages: dict) -> str:
    total = sum(len(s) for s in load.samples.values())
    errors = sum(len(e) for e in load.errors.values())
    lines = [
        "# Load: 32 clients on a real server, an ingest beside it",
        "",
        f"`python -m bench.load --clients {args.clients} --seconds {args.seconds:g}` — "
        f"{datetime.now(UTC):%Y-%m-%d %H:%M} UTC",
        "",
        f"Machine: {describe()}.",
        "The machine is shared with other work: load average (1 min) before the run "
        f"{loads[0][0]:.1f}, at its end {loads[-1][0]:.1f} (5 min {loads[-1][1]:.1f}); the server's own "
        f"share is at most the {os.cpu_count()} cores.",
        "",
        f"Data folder: {passages.get('documents', '?')} documents, {passages.get('passages', '?')} passages "
        f"({passages.get('with_dense', '?')} with dense vectors). Clients: {args.clients}, closed loop, "
        f"{args.seconds:g} s; mix {', '.join(f'{k} {v:g}%' for k, v in MIX.items())}. "
        f"Searches: {len(load.asked)} distinct generated queries, none asked twice.",
        "",
        "| endpoint | requests | p50 ms | p95 ms | errors |",
        "|---|---|---|---|---|",
    ]
    for kind in MIX:
        samples = load.samples.get(kind, [])
        if samples:
            p50, p95 = percentiles_ms(samples)
            failed = len(load.errors.get(kind, []))
            lines.append(f"| {kind} | {len(samples)} | {p50:.0f} | {p95:.0f} | {failed} |")
    lines += [
        "",
        f"{total} requests ({total / args.seconds:.1f}/s), {errors} errors. The server process used "
        f"{passages['server_cpu_s']:.0f} CPU-seconds over the {args.seconds:g} s "
        f"({passages['server_cpu_s'] / max(total, 1) * 1000:.0f} CPU-ms per request, background "
        "embedding included): on a machine where it had both cores to itself that is the capacity "
        "to set the latencies against. The load generator itself (one process, "
        f"{args.clients} threads) used {load.client_cpu_s:.0f} CPU-seconds "
        f"({load.client_cpu_s / max(total, 1) * 1000:.1f} CPU-ms per request) on the same cores.",
        "",
    ]
    server_mib, children_mib = passages["memory_mib"]
    workers = os.environ.get("POLICYLINK_NLP_WORKERS", "0")
    children = ", ".join(f"{m:.0f}" for m in children_mib)
    lines += [
        f"Memory at the end of the load: server {server_mib:.0f} MiB resident"
        + (f", its child processes {children} MiB" if children_mib else "")
        + f" (POLICYLINK_NLP_WORKERS={workers}).",
        "",
    ]
    for kind, found in load.errors.items():
        lines.append(f"- {kind}: {len(found)} errors, first: `{found[0][:160]}`")
    stored, searchable = ingest.get("stored_after_s"), ingest.get("searchable_after_store_s")
    lines += [
        "",
        "**Ingest beside the server** (`policylink ingest` of one new directive, started "
        f"{INGEST_AT_S:g} s into the load): stored after "
        + (f"{stored:.1f} s" if stored is not None else "— (not stored)")
        + "; lexically searchable through the server "
        + (f"{searchable:.1f} s after the store held it" if searchable is not None
           else f"— not within {SEARCHABLE_CAP_S:g} s")
        + f"; the ingest command took {ingest.get('ingest_s', 0):.1f} s in all.",
        "",
    ]
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=Path(tempfile.gettempdir()) / "policylink-load-data")
    parser.add_argument("--clients", type=int, default=32)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--out", type=Path, default=REPO / "bench" / "results" / "load.md")
    args = parser.parse_args(argv)
    if not (args.data / "policylink.db").exists():
        print(f"building the data folder {args.data} (once)…", flush=True)
        build_data(args.data)
    work = Path(tempfile.mkdtemp(prefix="policylink-load-run-")) / "data"
    shutil.copytree(args.data, work)
    server, url = _serve(work)
    try:
        documents = _stored_documents(url)
        status = httpx.get(url + "/api/v1/status", timeout=60).json()
        passages = {**(status.get("index") or {}), "documents": len(documents)}
        loads = [os.getloadavg()]
        cpu_before = _cpu_seconds(server.pid)
        load = Load(url, documents, args.seconds)
        ingest: dict = {}
        key = f"{900 + random.Random().randint(0, 99)}-CT/TU"
        beside = threading.Timer(INGEST_AT_S, _time_to_searchable, (work, url, key, ingest))
        beside.start()
        load.run(args.clients)
        passages["server_cpu_s"] = _cpu_seconds(server.pid) - cpu_before
        passages["memory_mib"] = _memory_mib(server.pid)
        beside.join()
        loads.append(os.getloadavg())
    finally:
        server.terminate()
        try:
            server.wait(timeout=60)
        except subprocess.TimeoutExpired:
            server.kill()
            print("the server did not stop within 60 s of SIGTERM: killed", flush=True)
        shutil.rmtree(work.parent, ignore_errors=True)
    report = _report(args, load, ingest, loads, passages)
    args.out.write_text(report, encoding="utf-8")
    print(report)


if __name__ == "__main__":
    main()
