"""Retrieval quality on the hand-written gold: floors for hybrid search, and the CLI commands."""

import json

import pytest
from click.testing import CliRunner
from search_fixtures import corpus_document, shared_cache, shared_embedder  # noqa: F401

from api.cli import main
from search.engine import engine_for
from search.evaluate import load_gold, run, score_ranking
from search.index import EdgeIndex, IndexMeta
from search.lexical import DEFAULT_ANALYZER


def test_gold_set_shape():
    gold = load_gold()
    assert len(gold) >= 40
    kinds = [q.kind for q in gold]
    assert kinds.count("plain") >= len(gold) / 3 - 2
    assert kinds.count("paraphrase") + kinds.count("who") + kinds.count("when") >= len(gold) / 3
    assert all(q.answers for q in gold)


def test_metrics_of_a_known_ranking():
    answers = (("a.txt", "giải phóng mặt bằng"), ("a.txt", "quý IV/2024"))
    ranking = [("a.txt", "khác"), ("a.txt", "công tác Giải phóng mặt bằng"), ("b.txt", "quý IV/2024")]
    scores = score_ranking(ranking, answers)
    assert scores["recall@10"] == 0.5 and scores["mrr@10"] == 0.5
    assert 0 < scores["ndcg@10"] < 1


@pytest.fixture(scope="module")
def report(tmp_path_factory, shared_embedder, shared_cache):  # noqa: F811
    meta = IndexMeta(shared_embedder.name, shared_embedder.dim, DEFAULT_ANALYZER)
    engine = engine_for(EdgeIndex(tmp_path_factory.mktemp("eval"), meta), shared_embedder, shared_cache)
    result = run(engine, [corpus_document()], load_gold())
    engine.wait()
    engine.index.close()
    return result


def test_hybrid_meets_the_floors(report):
    hybrid, dense, sparse = report.modes["hybrid"], report.modes["dense"], report.modes["sparse"]
    assert hybrid["recall@10"] >= 0.90
    assert hybrid["ndcg@10"] >= max(dense["ndcg@10"], sparse["ndcg@10"]) + 0.015
    assert hybrid["mrr@10"] >= 0.85


def test_queries_without_diacritics_match_their_accented_twins(report):
    assert abs(report.twin_gap["hybrid"]) <= 0.05
    assert report.by_kind["plain"]["hybrid"]["recall@10"] >= 0.95


def test_cli_search_status_and_reindex(tmp_path, monkeypatch, shared_embedder, shared_cache):  # noqa: F811
    from search.engine import open_engine

    doc, doc_id = corpus_document()
    engine = open_engine(tmp_path, embedder=shared_embedder)
    engine.indexer.index_document(doc, doc_id)  # lexical only: dense vectors left to `reindex`
    engine.close()
    monkeypatch.setenv("POLICYLINK_DATA_DIR", str(tmp_path))
    runner = CliRunner()
    status = json.loads(runner.invoke(main, ["status", "--json"]).output)
    assert status["passages"] >= 30 and status["pending"] == status["passages"]
    found = runner.invoke(main, ["search", "ha tang logistics", "--mode", "sparse", "--json", "--limit", "3"])
    data = json.loads(found.output)
    assert data["query"] == "ha tang logistics" and len(data["results"]) == 3
    first = data["results"][0]
    assert {"document_id", "section", "heading_path", "text", "snippet", "score"} <= set(first)
    assert "logistics" in first["text"]
    reindexed = runner.invoke(main, ["reindex"])
    assert reindexed.exit_code == 0, reindexed.output
    assert json.loads(runner.invoke(main, ["status", "--json"]).output)["pending"] == 0
    listing = runner.invoke(main, ["search", "đề án đào tạo cán bộ quản lý đô thị", "--limit", "2"])
    assert listing.exit_code == 0 and "Mục: " in listing.output and "**" in listing.output
    bad = runner.invoke(main, ["search", "  "])
    assert bad.exit_code != 0 and "empty query" in bad.output
