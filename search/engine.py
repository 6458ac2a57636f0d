"""One object for the application layer: open the index, index and delete documents, search.

The ingest use case calls `SearchEngine.index_document` after a document is stored and
`SearchEngine.delete_document` when one is removed; both are incremental.
"""

from dataclasses import dataclass
from pathlib import Path

from policylink.ingest.model import IngestedDocument
from policylink.nlp.model import Extraction
from policylink.search.cache import EmbeddingCache
from policylink.search.diacritics import Vocabulary
from policylink.search.embedders import DEFAULT_EMBEDDER, Embedder, make_embedder
from policylink.search.index import IndexMeta, VectorIndex, open_index
from policylink.search.indexer import Indexer, IndexReport, IndexStatus
from policylink.search.lexical import DEFAULT_ANALYZER
from policylink.search.retrieval import Searcher


@dataclass
class SearchEngine:
    index: VectorIndex
    indexer: Indexer
    searcher: Searcher

    def index_document(
        self,
        doc: IngestedDocument,
        document_id: str,
        extraction: Extraction | None = None,
        *,
        background: bool = True,
    ) -> IndexReport:
        """Searchable lexically on return; dense vectors come from the cache at once, the rest
        from a background thread (`background=True`) or before returning (`False`)."""
        report = self.indexer.index_document(doc, document_id, extraction)
        if background:
            self.indexer.start_background()
        else:
            self.indexer.fill_dense()
        return report

    def delete_document(self, document_id: str) -> None:
        self.indexer.delete_document(document_id)

    def status(self) -> IndexStatus:
        return self.indexer.status()

    def wait(self) -> None:
        """Block until the background embedding worker, if any, has finished."""
        self.indexer.wait()

    def close(self, *, finish_vectors: bool = True) -> None:
        """Release the index, after the background embedding has finished (`finish_vectors`) or
        stopped at its next batch."""
        if finish_vectors:
            self.wait()
        else:
            self.indexer.stop_background()
        self.index.close()
        self.indexer.cache.close()
        self.indexer.vocabulary.close()


def search_folder(data_dir: Path) -> Path:
    """Where the engine over `data_dir` keeps its files: the diacritics vocabulary (and, beside
    it, the word list's counts: `search.diacritics.lexicon`), the default embedding cache."""
    return data_dir / "search"


def open_engine(
    data_dir: Path,
    *,
    embedder: str | Embedder = DEFAULT_EMBEDDER,
    qdrant_url: str | None = None,
    analyzer: str = DEFAULT_ANALYZER,
    embedding_cache: Path | None = None,
) -> SearchEngine:
    """The engine over `data_dir/search/` (Qdrant Edge) or a Qdrant server at `qdrant_url`;
    embeddings are cached in `embedding_cache` (default `data_dir/search/embeddings.sqlite`),
    which several data folders may share. The diacritics vocabulary of the indexed passages is
    kept in `data_dir/search/vocabulary.sqlite`."""
    model = make_embedder(embedder) if isinstance(embedder, str) else embedder
    meta = IndexMeta(embedder=model.name, dim=model.dim, analyzer=analyzer)
    index = open_index(data_dir, meta, qdrant_url)
    cache_path = embedding_cache or search_folder(data_dir) / "embeddings.sqlite"
    vocabulary = Vocabulary(search_folder(data_dir) / "vocabulary.sqlite")
    return engine_for(index, model, EmbeddingCache(cache_path), vocabulary)


def engine_for(
    index: VectorIndex, embedder: Embedder, cache: EmbeddingCache, vocabulary: Vocabulary | None = None
) -> SearchEngine:
    """An engine over an open index; without `vocabulary`, one held in memory, for an index that
    lives no longer than the process (evaluation, benchmarks, tests)."""
    vocabulary = vocabulary or Vocabulary()
    return SearchEngine(
        index=index,
        indexer=Indexer(index, embedder, cache, vocabulary),
        searcher=Searcher(index, embedder, vocabulary),
    )
