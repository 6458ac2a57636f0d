"""The passage index: one collection with a named dense vector and a sparse lexical vector (IDF).

Two implementations behind one interface: `EdgeIndex` (Qdrant Edge, in-process, on disk under
the data folder: the default) and `ClientIndex` (qdrant-client: a Qdrant server by URL, or the
client's local mode). Points may lack their dense vector: lexical search works the moment a
document is indexed and dense vectors are filled in afterwards.
"""

import json
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

import numpy as np

from policylink.ingest.model import IngestError
from policylink.search.lexical import SparseTerms

DENSE, SPARSE = "dense", "sparse"
COLLECTION = "passages"
KEYWORD_FIELDS = ("document_id", "doc_type_key", "issuer_key", "jurisdiction_key", "body_keys", "section")
# Filters on `deadline_count`, not the `has_deadline` bool: Qdrant Edge 0.9 matches no point on
# MatchValue(True) over a bool field (measured).
INTEGER_FIELDS = ("year", "deadline_count")
# Query-time HNSW beam width: with Edge's default, recall@10 was 0.69-0.71 for queries far from
# every topic of a 10k-100k synthetic corpus; 512 is the smallest ef swept (64-512) that reached
# >= 0.95 there, at under a third of exact search's latency (bench/search.py).
DENSE_HNSW_EF = 512


@dataclass(frozen=True)
class IndexMeta:
    """Stored with the index: a query must be embedded by the model that built it."""

    embedder: str
    dim: int
    analyzer: str


@dataclass(frozen=True)
class IndexPoint:
    id: str
    payload: dict
    sparse: SparseTerms
    dense: np.ndarray | None = None


@dataclass(frozen=True)
class Hit:
    id: str
    score: float
    payload: dict


@dataclass(frozen=True)
class Filters:
    """Conditions every result must meet; values are folded (`fold`) where the payload is."""

    doc_type_keys: tuple[str, ...] = ()
    issuer_keys: tuple[str, ...] = ()
    jurisdiction_keys: tuple[str, ...] = ()
    body_keys: tuple[str, ...] = ()
    document_ids: tuple[str, ...] = ()
    year_from: int | None = None
    year_to: int | None = None
    undated: bool = False  # a year range also keeps documents whose year is not known
    has_deadline: bool | None = None

    def is_empty(self) -> bool:
        return not (self.keyword_conditions() or self.range_conditions())

    def keyword_conditions(self) -> list[tuple[str, tuple[str, ...]]]:
        """(payload field, values any of which it must hold)."""
        pairs = [
            ("doc_type_key", self.doc_type_keys),
            ("issuer_key", self.issuer_keys),
            ("jurisdiction_key", self.jurisdiction_keys),
            ("body_keys", self.body_keys),
            ("document_id", self.document_ids),
        ]
        return [(key, values) for key, values in pairs if values]

    def range_conditions(self) -> list[tuple[str, int | None, int | None, bool]]:
        """(payload field, lower bound, upper bound, whether a point without the field passes too),
        bounds inclusive, None for open; `has_deadline` is a bound on `deadline_count` (see
        INTEGER_FIELDS)."""
        ranges: list[tuple[str, int | None, int | None, bool]] = []
        if self.year_from is not None or self.year_to is not None:
            ranges.append(("year", self.year_from, self.year_to, self.undated))
        if self.has_deadline is not None:
            bounds = (1, None) if self.has_deadline else (None, 0)
            ranges.append(("deadline_count", *bounds, False))
        return ranges


class VectorIndex(Protocol):
    meta: IndexMeta

    def upsert(self, points: list[IndexPoint]) -> None: ...

    def set_dense(self, vectors: dict[str, np.ndarray]) -> None: ...

    def document_points(self, document_id: str) -> dict[str, str]:
        """point id -> text_hash of every point of a document."""
        ...

    def delete(self, ids: list[str]) -> None: ...

    def delete_document(self, document_id: str) -> None: ...

    def missing_dense(self, limit: int) -> list[Hit]: ...

    def count(self, *, with_dense: bool = False) -> int: ...

    def count_matching(self, filters: Filters) -> int: ...

    def search_dense(
        self, vector: np.ndarray, filters: Filters, limit: int, exact: bool = False
    ) -> list[Hit]: ...

    def search_sparse(self, vector: SparseTerms, filters: Filters, limit: int) -> list[Hit]: ...

    def close(self) -> None: ...


def check_meta(stored: IndexMeta, wanted: IndexMeta, where: str) -> None:
    if stored.embedder != wanted.embedder or stored.dim != wanted.dim:
        raise IngestError(
            where,
            f"the index was built with embedder {stored.embedder!r} ({stored.dim} dimensions), "
            f"not {wanted.embedder!r} ({wanted.dim})",
            f"set POLICYLINK_EMBEDDER back to {stored.embedder!r}, or delete the index and run "
            "`policylink reindex` to rebuild it with the new embedder",
        )
    if stored.analyzer != wanted.analyzer:
        raise IngestError(
            where,
            f"the index was built with lexical analyzer {stored.analyzer!r}, not {wanted.analyzer!r}",
            "delete the index and run `policylink reindex`",
        )


class IndexBusyError(IngestError):
    """Another process holds the Qdrant Edge index (Edge allows one process per folder)."""

    def __init__(self, folder: Path) -> None:
        super().__init__(
            str(folder),
            "chỉ mục tìm kiếm đang được một tiến trình policylink khác mở (thường là `policylink serve`)",
            "Văn bản nạp lúc này vẫn được lưu và xếp hàng: tiến trình đang giữ chỉ mục sẽ tự đưa chúng vào. "
            "Để tìm kiếm khi máy chủ đang chạy, dùng trang web hoặc API /api/v1/search của nó; "
            "hoặc dừng máy chủ rồi chạy lại lệnh",
        )


# --------------------------------------------------------------------------- Qdrant Edge


class EdgeIndex:
    """Qdrant Edge shard in `folder`; metadata in `folder/index.json`. One process per folder.
    `hnsw_ef` is the beam width of approximate dense search (None: Edge's default; exact search
    ignores it)."""

    def __init__(self, folder: Path, meta: IndexMeta, hnsw_ef: int | None = DENSE_HNSW_EF) -> None:
        import qdrant_edge as q

        self._q = q
        self.folder = folder
        self.hnsw_ef = hnsw_ef
        shard_dir = folder / "shard"
        meta_file = folder / "index.json"
        if meta_file.exists():
            stored = IndexMeta(**json.loads(meta_file.read_text(encoding="utf-8")))
            check_meta(stored, meta, str(folder))
            self.meta = stored
            try:
                self._shard = q.EdgeShard.load(str(shard_dir))
            except Exception as exc:  # Edge raises a bare Exception; only its lock error is ours to explain
                if "WouldBlock" in str(exc):
                    raise IndexBusyError(folder) from exc
                raise
            return
        folder.mkdir(parents=True, exist_ok=True)
        config = q.EdgeConfig(
            vectors={DENSE: q.EdgeVectorParams(size=meta.dim, distance=q.Distance.Cosine)},
            sparse_vectors={SPARSE: q.EdgeSparseVectorParams(modifier=q.Modifier.Idf)},
        )
        if shard_dir.exists():
            # a first creation killed before it wrote index.json (written last, after which points
            # come): the shard holds no points, so it is made again — unless a process holds it
            try:
                q.EdgeShard.load(str(shard_dir)).close()
            except Exception as exc:  # noqa: BLE001 - Edge raises a bare Exception
                if "WouldBlock" in str(exc):
                    raise IndexBusyError(folder) from exc
            shutil.rmtree(shard_dir)
        self._shard = q.EdgeShard.create(str(shard_dir), config)
        for name in KEYWORD_FIELDS:
            self._shard.update(q.UpdateOperation.create_field_index(name, q.PayloadSchemaType.Keyword))
        for name in INTEGER_FIELDS:
            self._shard.update(q.UpdateOperation.create_field_index(name, q.PayloadSchemaType.Integer))
        written = meta_file.with_suffix(".json.tmp")  # replaced in one step: never half a file
        written.write_text(json.dumps(meta.__dict__), encoding="utf-8")
        written.replace(meta_file)
        self.meta = meta

    def _filter(self, filters: Filters, *, missing_dense: bool = False):
        q = self._q
        must: list = []
        for key, values in filters.keyword_conditions():
            must.append(q.FieldCondition(key=key, match=q.MatchAny(list(values))))
        for key, low, high, or_missing in filters.range_conditions():
            cond = q.FieldCondition(key=key, range=q.RangeFloat(gte=low, lte=high))
            must.append(q.Filter(should=[cond, q.IsEmptyCondition(key)]) if or_missing else cond)
        must_not = [q.HasVectorCondition(DENSE)] if missing_dense else None
        if not must and not must_not:
            return None
        return q.Filter(must=must or None, must_not=must_not)

    def upsert(self, points: list[IndexPoint]) -> None:
        q = self._q
        batch = []
        for p in points:
            vector: dict = {SPARSE: q.SparseVector(p.sparse.indices, p.sparse.values)}
            if p.dense is not None:
                vector[DENSE] = [float(x) for x in p.dense]
            batch.append(q.Point(id=p.id, vector=vector, payload=p.payload))
        for start in range(0, len(batch), 1000):
            self._shard.update(q.UpdateOperation.upsert_points(batch[start : start + 1000]))

    def set_dense(self, vectors: dict[str, np.ndarray]) -> None:
        q = self._q
        updates = [q.PointVectors(pid, {DENSE: [float(x) for x in v]}) for pid, v in vectors.items()]
        if updates:
            self._shard.update(q.UpdateOperation.update_vectors(updates))

    def document_points(self, document_id: str) -> dict[str, str]:
        flt = self._filter(Filters(document_ids=(document_id,)))
        found, offset = {}, None
        while True:
            records, offset = self._shard.scroll(
                self._q.ScrollRequest(offset=offset, limit=1000, filter=flt, with_payload=["text_hash"])
            )
            found.update({str(r.id): (r.payload or {}).get("text_hash", "") for r in records})
            if offset is None:
                return found

    def delete(self, ids: list[str]) -> None:
        if ids:
            self._shard.update(self._q.UpdateOperation.delete_points(list(ids)))

    def delete_document(self, document_id: str) -> None:
        flt = self._filter(Filters(document_ids=(document_id,)))
        self._shard.update(self._q.UpdateOperation.delete_points_by_filter(flt))

    def missing_dense(self, limit: int) -> list[Hit]:
        q = self._q
        records, _ = self._shard.scroll(
            q.ScrollRequest(
                limit=limit, filter=self._filter(Filters(), missing_dense=True), with_payload=True
            )
        )
        return [Hit(str(r.id), 0.0, r.payload or {}) for r in records]

    def count(self, *, with_dense: bool = False) -> int:
        q = self._q
        flt = q.Filter(must=[q.HasVectorCondition(DENSE)]) if with_dense else None
        return self._shard.count(q.CountRequest(filter=flt, exact=True))

    def count_matching(self, filters: Filters) -> int:
        return self._shard.count(self._q.CountRequest(filter=self._filter(filters), exact=True))

    def _query(self, query, filters: Filters, limit: int, params=None) -> list[Hit]:
        q = self._q
        request = q.QueryRequest(
            limit=limit, query=query, filter=self._filter(filters), with_payload=True, params=params
        )
        return [Hit(str(p.id), float(p.score), p.payload or {}) for p in self._shard.query(request)]

    def search_dense(
        self, vector: np.ndarray, filters: Filters, limit: int, exact: bool = False
    ) -> list[Hit]:
        q = self._q
        params = q.SearchParams(exact=True) if exact else q.SearchParams(hnsw_ef=self.hnsw_ef)
        return self._query(q.Query.Nearest([float(x) for x in vector], using=DENSE), filters, limit, params)

    def search_sparse(self, vector: SparseTerms, filters: Filters, limit: int) -> list[Hit]:
        q = self._q
        if not vector.indices:
            return []
        return self._query(
            q.Query.Nearest(q.SparseVector(vector.indices, vector.values), using=SPARSE), filters, limit
        )

    def optimize(self) -> None:
        """Build the HNSW graph now (otherwise built when segments grow past the threshold)."""
        self._shard.optimize()

    def close(self) -> None:
        self._shard.flush()
        self._shard.close()


# --------------------------------------------------------------------------- qdrant-client


class ClientIndex:
    """A collection reached through qdrant-client: `QdrantClient(url=...)` for a server, or the
    client's local mode (`":memory:"`, `path=`), which runs the same code in process. `hnsw_ef`
    as for `EdgeIndex`: a server's HNSW has the same default-beam recall loss; local mode
    always searches exactly and warns on any search parameter, so its users pass None."""

    def __init__(
        self, client, meta: IndexMeta, collection: str = COLLECTION, hnsw_ef: int | None = DENSE_HNSW_EF
    ) -> None:
        from qdrant_client import models

        self._m = models
        self._client = client
        self.collection = collection
        self.hnsw_ef = hnsw_ef
        if client.collection_exists(collection):
            stored_raw = client.get_collection(collection).config.metadata or {}
            stored = IndexMeta(**{k: stored_raw[k] for k in ("embedder", "dim", "analyzer")})
            check_meta(stored, meta, f"Qdrant collection {collection!r}")
            self.meta = stored
            return
        client.create_collection(
            collection,
            vectors_config={DENSE: models.VectorParams(size=meta.dim, distance=models.Distance.COSINE)},
            sparse_vectors_config={SPARSE: models.SparseVectorParams(modifier=models.Modifier.IDF)},
            metadata=dict(meta.__dict__),
        )
        schema = models.PayloadSchemaType
        for name in KEYWORD_FIELDS:
            client.create_payload_index(collection, name, schema.KEYWORD)
        for name in INTEGER_FIELDS:
            client.create_payload_index(collection, name, schema.INTEGER)
        self.meta = meta

    def _filter(self, filters: Filters, *, missing_dense: bool = False):
        m = self._m
        must: list = []
        for key, values in filters.keyword_conditions():
            must.append(m.FieldCondition(key=key, match=m.MatchAny(any=list(values))))
        for key, low, high, or_missing in filters.range_conditions():
            cond = m.FieldCondition(key=key, range=m.Range(gte=low, lte=high))
            empty = m.IsEmptyCondition(is_empty=m.PayloadField(key=key))
            must.append(m.Filter(should=[cond, empty]) if or_missing else cond)
        must_not = [m.HasVectorCondition(has_vector=DENSE)] if missing_dense else None
        if not must and not must_not:
            return None
        return m.Filter(must=must or None, must_not=must_not)

    def upsert(self, points: list[IndexPoint]) -> None:
        m = self._m
        batch = []
        for p in points:
            vector: dict = {SPARSE: m.SparseVector(indices=p.sparse.indices, values=p.sparse.values)}
            if p.dense is not None:
                vector[DENSE] = [float(x) for x in p.dense]
            batch.append(m.PointStruct(id=p.id, vector=vector, payload=p.payload))
        for start in range(0, len(batch), 500):
            self._client.upsert(self.collection, batch[start : start + 500])

    def set_dense(self, vectors: dict[str, np.ndarray]) -> None:
        m = self._m
        updates = [
            m.PointVectors(id=pid, vector={DENSE: [float(x) for x in v]}) for pid, v in vectors.items()
        ]
        if updates:
            self._client.update_vectors(self.collection, updates)

    def document_points(self, document_id: str) -> dict[str, str]:
        found, offset = {}, None
        while True:
            records, offset = self._client.scroll(
                self.collection,
                scroll_filter=self._filter(Filters(document_ids=(document_id,))),
                limit=1000,
                offset=offset,
                with_payload=["text_hash"],
            )
            found.update({str(r.id): (r.payload or {}).get("text_hash", "") for r in records})
            if offset is None:
                return found

    def delete(self, ids: list[str]) -> None:
        if ids:
            self._client.delete(self.collection, points_selector=self._m.PointIdsList(points=list(ids)))

    def delete_document(self, document_id: str) -> None:
        flt = self._filter(Filters(document_ids=(document_id,)))
        self._client.delete(self.collection, points_selector=self._m.FilterSelector(filter=flt))

    def missing_dense(self, limit: int) -> list[Hit]:
        records, _ = self._client.scroll(
            self.collection,
            scroll_filter=self._filter(Filters(), missing_dense=True),
            limit=limit,
            with_payload=True,
        )
        return [Hit(str(r.id), 0.0, r.payload or {}) for r in records]

    def count(self, *, with_dense: bool = False) -> int:
        m = self._m
        flt = m.Filter(must=[m.HasVectorCondition(has_vector=DENSE)]) if with_dense else None
        return self._client.count(self.collection, count_filter=flt, exact=True).count

    def count_matching(self, filters: Filters) -> int:
        return self._client.count(self.collection, count_filter=self._filter(filters), exact=True).count

    def _query(self, query, using: str, filters: Filters, limit: int, params=None) -> list[Hit]:
        response = self._client.query_points(
            self.collection,
            query=query,
            using=using,
            query_filter=self._filter(filters),
            limit=limit,
            with_payload=True,
            search_params=params,
        )
        return [Hit(str(p.id), float(p.score), p.payload or {}) for p in response.points]

    def search_dense(
        self, vector: np.ndarray, filters: Filters, limit: int, exact: bool = False
    ) -> list[Hit]:
        if exact:
            params = self._m.SearchParams(exact=True)
        else:
            params = self._m.SearchParams(hnsw_ef=self.hnsw_ef) if self.hnsw_ef else None
        return self._query([float(x) for x in vector], DENSE, filters, limit, params)

    def search_sparse(self, vector: SparseTerms, filters: Filters, limit: int) -> list[Hit]:
        if not vector.indices:
            return []
        query = self._m.SparseVector(indices=vector.indices, values=vector.values)
        return self._query(query, SPARSE, filters, limit)

    def close(self) -> None:
        self._client.close()


def open_index(data_dir: Path, meta: IndexMeta, qdrant_url: str | None = None) -> VectorIndex:
    """Qdrant Edge under `data_dir/search/` by default; a Qdrant server when a URL is given."""
    if qdrant_url:
        from qdrant_client import QdrantClient

        return ClientIndex(QdrantClient(url=qdrant_url), meta)
    return EdgeIndex(data_dir / "search" / "edge", meta)
