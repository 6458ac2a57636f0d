"""Embedding cache: (model name, sha256 of passage text) -> vector, in a SQLite file.

Shared by every document and version, so a passage repeated across documents or re-ingested
after an edit elsewhere in its document is embedded once.
"""

import sqlite3
import threading
from pathlib import Path

import numpy as np

from policylink.search.embedders import Embedder


class EmbeddingCache:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._lock = threading.Lock()
        self._db = sqlite3.connect(str(path), check_same_thread=False)
        self._db.execute(
            "CREATE TABLE IF NOT EXISTS embeddings ("
            " model TEXT NOT NULL, text_sha256 TEXT NOT NULL, vector BLOB NOT NULL,"
            " PRIMARY KEY (model, text_sha256))"
        )
        self._db.commit()

    def get_many(self, model: str, hashes: list[str]) -> dict[str, np.ndarray]:
        found: dict[str, np.ndarray] = {}
        with self._lock:
            for start in range(0, len(hashes), 500):
                chunk = hashes[start : start + 500]
                marks = ",".join("?" * len(chunk))
                rows = self._db.execute(
                    "SELECT text_sha256, vector FROM embeddings"
                    f" WHERE model = ? AND text_sha256 IN ({marks})",
                    [model, *chunk],
                ).fetchall()
                found.update({sha: np.frombuffer(blob, dtype=np.float32) for sha, blob in rows})
        return found

    def put_many(self, model: str, vectors: dict[str, np.ndarray]) -> None:
        with self._lock:
            self._db.executemany(
                "INSERT OR REPLACE INTO embeddings (model, text_sha256, vector) VALUES (?, ?, ?)",
                [(model, sha, np.asarray(v, dtype=np.float32).tobytes()) for sha, v in vectors.items()],
            )
            self._db.commit()

    def count(self, model: str) -> int:
        with self._lock:
            return self._db.execute("SELECT COUNT(*) FROM embeddings WHERE model = ?", [model]).fetchone()[0]

    def close(self) -> None:
        with self._lock:
            self._db.close()


def embed_cached(
    embedder: Embedder, cache: EmbeddingCache, texts_by_hash: dict[str, str]
) -> tuple[dict[str, np.ndarray], int]:
    """Vectors for every hash; only texts missing from the cache are embedded.
    Returns the vectors and how many were computed now."""
    hashes = list(texts_by_hash)
    vectors = cache.get_many(embedder.name, hashes)
    missing = [h for h in hashes if h not in vectors]
    if missing:
        computed = embedder.encode_passages([texts_by_hash[h] for h in missing])
        fresh = dict(zip(missing, computed, strict=True))
        cache.put_many(embedder.name, fresh)
        vectors.update(fresh)
    return vectors, len(missing)
