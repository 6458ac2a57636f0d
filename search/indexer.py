"""Incremental indexing: documents in, passages upserted; dense vectors filled in afterwards.

`index_document` makes a document searchable lexically at once (sparse vectors need no model)
and attaches dense vectors already in the embedding cache; the rest are embedded by
`fill_dense` — called in a background thread by `start_background`, or by `policylink reindex`.
Re-indexing an unchanged document writes nothing; changed passages are replaced; deleting a
document removes its points. The diacritics vocabulary (search.diacritics) follows each document
in the same step.
"""

import threading
from dataclasses import dataclass

from policylink.ingest.model import IngestedDocument
from policylink.nlp.model import Extraction
from policylink.search.cache import EmbeddingCache, embed_cached
from policylink.search.diacritics import Vocabulary, signature
from policylink.search.embedders import Embedder
from policylink.search.index import IndexPoint, VectorIndex
from policylink.search.lexical import passage_vector
from policylink.search.passages import Passage, build_passages, context_text

DENSE_BATCH = 16


@dataclass(frozen=True)
class IndexReport:
    document_id: str
    passages: int
    added: int
    removed: int
    unchanged: int


@dataclass(frozen=True)
class IndexStatus:
    passages: int
    with_dense: int
    embedder: str
    analyzer: str
    cached_embeddings: int

    @property
    def pending(self) -> int:
        return self.passages - self.with_dense


class Indexer:
    def __init__(
        self, index: VectorIndex, embedder: Embedder, cache: EmbeddingCache, vocabulary: Vocabulary
    ) -> None:
        self.index = index
        self.embedder = embedder
        self.cache = cache
        self.vocabulary = vocabulary
        self._lock = threading.RLock()
        self._worker: threading.Thread | None = None
        self._stopping = threading.Event()

    def index_document(
        self, doc: IngestedDocument, document_id: str, extraction: Extraction | None = None
    ) -> IndexReport:
        return self.index_passages(document_id, build_passages(doc, document_id, extraction))

    def index_passages(self, document_id: str, passages: list[Passage]) -> IndexReport:
        with self._lock:
            existing = self.index.document_points(document_id)
            wanted = {p.point_id: p for p in passages}
            stale = [pid for pid in existing if pid not in wanted]
            fresh = [p for pid, p in wanted.items() if pid not in existing]
            cached = self.cache.get_many(self.embedder.name, [p.text_hash for p in fresh])
            analyzer = self.index.meta.analyzer
            self.index.delete(stale)
            self.index.upsert(
                [
                    IndexPoint(
                        id=p.point_id,
                        payload=p.payload(),
                        sparse=passage_vector(_lexical_text(p), analyzer),
                        dense=cached.get(p.text_hash),
                    )
                    for p in fresh
                ]
            )
            self.vocabulary.set_document(document_id, signature(wanted), [p.text for p in passages])
        return IndexReport(document_id, len(passages), len(fresh), len(stale), len(passages) - len(fresh))

    def delete_document(self, document_id: str) -> None:
        with self._lock:
            self.index.delete_document(document_id)
            self.vocabulary.delete_document(document_id)

    def fill_dense(self, max_passages: int | None = None) -> int:
        """Embed passages that have no dense vector yet (cache first). Returns how many got one."""
        done = 0
        while (max_passages is None or done < max_passages) and not self._stopping.is_set():
            batch = DENSE_BATCH if max_passages is None else min(DENSE_BATCH, max_passages - done)
            with self._lock:
                pending = self.index.missing_dense(batch)
            if not pending:
                break
            texts = {
                hit.payload["text_hash"]: context_text(hit.payload.get("context") or "", hit.payload["text"])
                for hit in pending
            }
            vectors, _ = embed_cached(self.embedder, self.cache, texts)
            with self._lock:
                # a document re-indexed or deleted while its passages were embedded has lost those points
                present: dict[str, str] = {}
                for document_id in {hit.payload["document_id"] for hit in pending}:
                    present.update(self.index.document_points(document_id))
                self.index.set_dense(
                    {hit.id: vectors[hit.payload["text_hash"]] for hit in pending if str(hit.id) in present}
                )
            done += len(pending)
        return done

    def start_background(self) -> threading.Thread:
        """Fill dense vectors in a daemon thread; a running worker is reused."""
        if self._worker is None or not self._worker.is_alive():
            worker = threading.Thread(target=self.fill_dense, name="dense-embedding", daemon=True)
            worker.start()  # before it is published: `wait` from another thread may join it at once
            self._worker = worker
        return self._worker

    def stop_background(self) -> None:
        """Stop embedding after the batch in hand (a server shutting down); what is left keeps no
        dense vector until the next `fill_dense`, in this process or the next to open the index."""
        self._stopping.set()
        self.wait()

    def wait(self, timeout: float | None = None) -> bool:
        """Wait for the background worker (at most `timeout` seconds); True once none is running."""
        if self._worker is not None:
            self._worker.join(timeout)
        return self._worker is None or not self._worker.is_alive()

    def dense_progress(self) -> tuple[int, int]:
        """(passages with a dense vector, passages): the two index counts of `status`, no more."""
        with self._lock:
            return self.index.count(with_dense=True), self.index.count()

    def status(self) -> IndexStatus:
        with self._lock:
            return IndexStatus(
                passages=self.index.count(),
                with_dense=self.index.count(with_dense=True),
                embedder=self.embedder.name,
                analyzer=self.index.meta.analyzer,
                cached_embeddings=self.cache.count(self.embedder.name),
            )


def _lexical_text(passage: Passage) -> str:
    """The passage with its document's own key, so `113-NQ/TU` finds that document too."""
    key = passage.document.key
    return f"{passage.context_text} {key}" if key else passage.context_text
