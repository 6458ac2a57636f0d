"""The query-time HNSW beam width reaches Qdrant Edge's search: a real shard with a built HNSW
graph (10,000 384-d vectors, past Edge's full-scan threshold), compared with its exact search."""

import numpy as np
import pytest

from policylink.search.index import DENSE_HNSW_EF, EdgeIndex, Filters, IndexMeta, IndexPoint
from policylink.search.lexical import DEFAULT_ANALYZER, SparseTerms

DIM, POINTS, QUERIES = 384, 10_000, 50


def _unit(vectors: np.ndarray) -> np.ndarray:
    return vectors / np.linalg.norm(vectors, axis=1, keepdims=True)


def _around(centres: np.ndarray, n: int, rng: np.random.Generator) -> np.ndarray:
    noise = 0.35 * rng.normal(size=(n, DIM))
    return _unit(centres[rng.integers(0, len(centres), n)] + noise).astype(np.float32)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """The index with its HNSW graph built, its vectors, and two query sets: around the corpus's
    own topic centres, and around unrelated centres (far from every point: hard for HNSW)."""
    rng = np.random.default_rng(3)
    centres = rng.normal(size=(20, DIM))
    vectors = _around(centres, POINTS, rng)
    index = EdgeIndex(tmp_path_factory.mktemp("hnsw"), IndexMeta("synthetic", DIM, DEFAULT_ANALYZER))
    index.upsert(
        [
            IndexPoint(
                id=f"00000000-0000-0000-0000-{i:012d}",
                payload={"document_id": f"d{i // 40}", "text_hash": str(i)},
                sparse=SparseTerms([i % 100], [1.0]),
                dense=vectors[i],
            )
            for i in range(POINTS)
        ]
    )
    index.optimize()
    queries = {
        "corpus": _around(centres, QUERIES, rng),
        "off-topic": _around(rng.normal(size=(QUERIES, DIM)), QUERIES, rng),
    }
    yield index, queries
    index.close()


def _recall(index: EdgeIndex, queries: np.ndarray) -> float:
    found = 0
    for q in queries:
        exact = {h.id for h in index.search_dense(q, Filters(), 10, exact=True)}
        found += len(exact & {h.id for h in index.search_dense(q, Filters(), 10)})
    return found / (10 * len(queries))


def test_a_wider_beam_finds_what_exact_search_finds(built):
    index, queries = built
    try:
        index.hnsw_ef = 10
        narrow = _recall(index, queries["off-topic"])
        index.hnsw_ef = POINTS  # the beam can hold every point
        wide = _recall(index, queries["off-topic"])
    finally:
        index.hnsw_ef = DENSE_HNSW_EF
    # graph building is multi-threaded, so recall varies a little between builds (measured over
    # 4 builds: ef=10 0.23-0.30, ef=10,000 0.988-0.992, ef=512 0.958-0.968, Edge default 0.70-0.79)
    assert narrow < 0.5
    assert wide >= 0.97


def test_default_beam_reaches_the_recall_it_was_chosen_for(built):
    index, queries = built
    assert index.hnsw_ef == DENSE_HNSW_EF
    assert _recall(index, queries["corpus"]) >= 0.99
    assert _recall(index, queries["off-topic"]) >= 0.9  # Edge's own default: 0.70-0.79
