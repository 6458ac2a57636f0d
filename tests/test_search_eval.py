"""Retrieval quality on the hand-written gold: floors for hybrid search, and the CLI commands."""

import json
import re

import pytest
from click.testing import CliRunner
from search_fixtures import corpus_document, shared_cache, shared_embedder  # noqa: F401

from policylink.api.cli import main
from policylink.search.evaluate import evaluate_search, gold_sources, load_gold, score_ranking


def test_gold_set_shape():
    gold = load_gold()
    assert len(gold) >= 120
    kinds = [q.kind for q in gold]
    assert kinds.count("plain") >= len(gold) / 3 - 2
    assert kinds.count("paraphrase") + kinds.count("who") + kinds.count("when") >= len(gold) / 3
    assert all(q.answers for q in gold)
    ids = {q.id for q in gold}
    assert all(q.twin in ids for q in gold if q.kind == "plain")
    # the corpus is the conclusion and the twelve other gold documents, and answers come from most
    sources = gold_sources()
    assert len(sources) == 13 and len({src for q in gold for src, _ in q.answers}) >= 12


def test_metrics_of_a_known_ranking():
    answers = (("a.txt", "giải phóng mặt bằng"), ("a.txt", "quý IV/2024"))
    ranking = [("a.txt", "khác"), ("a.txt", "công tác Giải phóng mặt bằng"), ("b.txt", "quý IV/2024")]
    scores = score_ranking(ranking, answers)
    assert scores["recall@10"] == 0.5 and scores["mrr@10"] == 0.5
    assert 0 < scores["ndcg@10"] < 1


@pytest.fixture(scope="module")
def report(shared_embedder, shared_cache):  # noqa: F811
    return evaluate_search(shared_embedder, shared_cache)


def test_hybrid_meets_the_floors(report):
    """The issue's targets: hybrid R@10 >= 0.90 and an nDCG@10 margin of 0.03 over the better
    single leg (measured 0.923 and +0.063 on 126 queries, bench/results/search.md); the MRR floor
    sits a little below the measured 0.786."""
    hybrid, dense, sparse = report.modes["hybrid"], report.modes["dense"], report.modes["sparse"]
    assert report.queries == len(load_gold())
    assert hybrid["recall@10"] >= 0.90
    assert hybrid["ndcg@10"] >= max(dense["ndcg@10"], sparse["ndcg@10"]) + 0.03
    assert hybrid["mrr@10"] >= 0.73
    assert hybrid["recall@10"] > max(dense["recall@10"], sparse["recall@10"])


def test_queries_without_diacritics_match_their_accented_twins(report):
    assert abs(report.twin_gap["hybrid"]) <= 0.05
    assert report.by_kind["plain"]["hybrid"]["recall@10"] >= 0.90


def test_fusion_helps_paraphrases_over_the_lexical_leg(report):
    paraphrase = report.by_kind["paraphrase"]
    assert paraphrase["hybrid"]["ndcg@10"] >= paraphrase["sparse"]["ndcg@10"] + 0.15


TINY_DOC = """ỦY BAN NHÂN DÂN
TỈNH HÀ NAM
Số: 77/KH-UBND
Hà Nam, ngày 02 tháng 3 năm 2024

KẾ HOẠCH
Phát triển vùng trồng lúa chất lượng cao

1. Sở Nông nghiệp và Phát triển nông thôn chủ trì xây dựng vùng trồng lúa chất lượng cao,
hoàn thành trong quý IV/2024.

2. Sở Tài chính bố trí kinh phí hỗ trợ giống lúa cho các hợp tác xã trong năm 2024.

3. UBND các huyện tuyên truyền, vận động nông dân liên kết tiêu thụ sản phẩm với doanh nghiệp.
"""

TINY_GOLD = """corpus: [ke-hoach-ha-nam-lua.txt]
queries:
  - id: rice
    query: vùng trồng lúa chất lượng cao
    kind: accented
    answers:
      - {source: ke-hoach-ha-nam-lua.txt, snippet: "chủ trì xây dựng vùng trồng lúa chất lượng cao"}
  - id: rice-plain
    query: vung trong lua chat luong cao
    kind: plain
    twin: rice
    answers:
      - {source: ke-hoach-ha-nam-lua.txt, snippet: "chủ trì xây dựng vùng trồng lúa chất lượng cao"}
"""


def test_cli_eval_search_prints_the_three_modes_side_by_side(tmp_path, monkeypatch):
    gold_dir = tmp_path / "gold"
    (gold_dir / "search").mkdir(parents=True)
    (gold_dir / "dev").mkdir()
    (gold_dir / "dev" / "ke-hoach-ha-nam-lua.txt").write_text(TINY_DOC, encoding="utf-8")
    (gold_dir / "search" / "queries.yaml").write_text(TINY_GOLD, encoding="utf-8")
    monkeypatch.setenv("POLICYLINK_DATA_DIR", str(tmp_path / "data"))
    runner = CliRunner()
    table = runner.invoke(main, ["eval", "--search", "--gold-dir", str(gold_dir)])
    assert table.exit_code == 0, table.output
    header = next(line for line in table.output.splitlines() if line.startswith("metric"))
    assert header.split() == ["metric", "hybrid", "dense", "sparse"]
    for metric in ("recall@5", "recall@10", "mrr@10", "ndcg@10", "twin gap"):
        assert metric in table.output
    data = json.loads(runner.invoke(main, ["eval", "--search", "--gold-dir", str(gold_dir), "--json"]).output)
    assert data["queries"] == 2 and set(data["modes"]) == {"hybrid", "dense", "sparse"}
    assert data["per_query"]["rice"]["hybrid"]["recall@10"] == 1.0
    # another query file, its documents beside it: --queries takes it with its own corpus list
    other = tmp_path / "elsewhere" / "rice.yaml"
    other.parent.mkdir()
    (other.parent / "lua.txt").write_text(TINY_DOC, encoding="utf-8")
    renamed = TINY_GOLD.replace("ke-hoach-ha-nam-lua.txt", "lua.txt").replace("id: rice\n", "id: lua\n")
    other.write_text(renamed.replace("twin: rice", "twin: lua"), encoding="utf-8")
    chosen = json.loads(runner.invoke(main, ["eval", "--search", "--queries", str(other), "--json"]).output)
    assert set(chosen["per_query"]) == {"lua", "rice-plain"} and chosen["modes"]["hybrid"]["recall@10"] == 1.0
    absent = runner.invoke(main, ["eval", "--search", "--queries", str(tmp_path / "none.yaml")])
    assert absent.exit_code != 0 and "--queries" in absent.output
    missing = runner.invoke(main, ["eval", "--search", "--gold-dir", str(tmp_path / "nowhere")])
    assert missing.exit_code != 0 and "không có tập gold tìm kiếm" in missing.output
    (gold_dir / "dev" / "ke-hoach-ha-nam-lua.txt").unlink()
    lost = runner.invoke(main, ["eval", "--search", "--gold-dir", str(gold_dir)])
    assert lost.exit_code != 0 and "ke-hoach-ha-nam-lua.txt" in lost.output


def test_cli_search_status_and_reindex(tmp_path, monkeypatch, shared_embedder, shared_cache):  # noqa: F811
    from policylink.search.engine import open_engine

    doc, doc_id = corpus_document()
    engine = open_engine(tmp_path, embedder=shared_embedder)
    engine.indexer.index_document(doc, doc_id)  # lexical only: dense vectors left to `reindex`
    engine.close()
    monkeypatch.setenv("POLICYLINK_DATA_DIR", str(tmp_path))
    runner = CliRunner()
    status = json.loads(runner.invoke(main, ["status", "--json"]).output)
    index = status["index"]
    assert index["passages"] >= 30 and index["pending"] == index["passages"]
    [missing] = status["missing_vectors"]  # the document, with the reason its passages wait
    assert missing["document_id"] == doc_id and missing["reason"].startswith("thiếu vector — sẽ nhúng lại")
    found = runner.invoke(main, ["search", "ha tang logistics", "--mode", "sparse", "--json", "--limit", "3"])
    data = json.loads(found.output)
    assert data["query"] == "ha tang logistics" and len(data["results"]) == 3
    first = data["results"][0]
    assert {"document_id", "section", "heading_path", "text", "snippet", "score"} <= set(first)
    assert "logistics" in first["text"]
    reindexed = runner.invoke(main, ["reindex"])
    assert reindexed.exit_code == 0, reindexed.output
    after = json.loads(runner.invoke(main, ["status", "--json"]).output)
    assert after["index"]["pending"] == 0 and after["missing_vectors"] == []
    listing = runner.invoke(main, ["search", "đề án đào tạo cán bộ quản lý đô thị", "--limit", "2"])
    assert listing.exit_code == 0 and "Mục: " in listing.output
    # no raw match markers or scores: the matched words are bold on a terminal, plain in a pipe
    assert "**" not in listing.output and not re.search(r"\[\d\.\d+\]", listing.output)
    bad = runner.invoke(main, ["search", "  "])
    assert bad.exit_code != 0 and "Câu tìm kiếm đang trống" in bad.output and "Error" not in bad.output
