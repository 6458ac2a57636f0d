"""Retrieval evaluation on the hand-written gold (tests/gold/search/queries.yaml).

Each gold answer is a source file plus a verbatim snippet; a retrieved passage answers it when
it comes from that file and contains the snippet (compared NFC, tone-style and case folded,
whitespace collapsed). Metrics per mode (sparse, dense, hybrid): Recall@5, Recall@10, MRR@10,
nDCG@10, plus the gap between queries typed without diacritics and their accented twins.

The gold file's `corpus` lists every document the evaluation indexes (answering or distracting);
they are looked up in corpus/ and tests/gold/dev|heldout/ and ingested by the real pipeline.
"""

import math
import tempfile
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from policylink.core.vietnamese import match_key
from policylink.ingest.model import IngestedDocument, IngestError
from policylink.ingest.pipeline import ingest_file
from policylink.nlp.extract import default_document_id, extract
from policylink.nlp.gold import DEFAULT_REAL_DIR
from policylink.search.cache import EmbeddingCache
from policylink.search.embedders import Embedder
from policylink.search.engine import SearchEngine, engine_for
from policylink.search.index import EdgeIndex, IndexMeta
from policylink.search.lexical import DEFAULT_ANALYZER
from policylink.search.retrieval import MODES

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_GOLD = ROOT / "tests" / "gold" / "search" / "queries.yaml"
METRICS = ("recall@5", "recall@10", "mrr@10", "ndcg@10")


@dataclass(frozen=True)
class GoldQuery:
    id: str
    query: str
    kind: str
    answers: tuple[tuple[str, str], ...]  # (source file, snippet)
    twin: str | None = None


@dataclass
class EvalReport:
    queries: int
    modes: dict[str, dict[str, float]]
    by_kind: dict[str, dict[str, dict[str, float]]]
    twin_gap: dict[str, float]  # mode -> mean nDCG@10 of accented twins minus plain queries
    per_query: dict[str, dict[str, dict[str, float]]] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return dict(self.__dict__)


def load_gold(path: Path = DEFAULT_GOLD) -> list[GoldQuery]:
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    try:
        return [
            GoldQuery(
                id=q["id"],
                query=q["query"],
                kind=q["kind"],
                answers=tuple((a["source"], a["snippet"]) for a in q["answers"]),
                twin=q.get("twin"),
            )
            for q in data["queries"]
        ]
    except (KeyError, TypeError) as exc:
        raise IngestError(
            str(path),
            f"the search gold lacks a field ({exc}): it needs `queries`, each with id, query, kind and "
            "answers (source, snippet)",
            "Follow the schema of tests/gold/search/queries.yaml",
        ) from None


def gold_sources(path: Path = DEFAULT_GOLD) -> list[str]:
    """The documents to index: the gold file's `corpus` plus any answer source it forgot."""
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    listed = list(data.get("corpus") or [])
    answering = [a["source"] for q in data["queries"] for a in q["answers"]]
    return list(dict.fromkeys(listed + answering))


def source_folders(gold_path: Path = DEFAULT_GOLD) -> list[Path]:
    """Where a query file's documents are looked up, first match wins: corpus/, the file's own
    folder, dev/ and heldout/ beside that folder and in tests/gold, then the real documents."""
    here = gold_path.resolve().parent
    folders = [ROOT / "corpus", here]
    for gold_dir in (here.parent, DEFAULT_GOLD.parent.parent):
        folders += [gold_dir / "dev", gold_dir / "heldout"]
    return list(dict.fromkeys([*folders, DEFAULT_REAL_DIR / "docs"]))


def find_source(name: str, gold_path: Path = DEFAULT_GOLD) -> Path:
    """A gold source in one of `source_folders`."""
    folders = source_folders(gold_path)
    for folder in folders:
        if (folder / name).is_file():
            return folder / name
    raise IngestError(
        name,
        "a document named in the search gold is in none of " + ", ".join(map(str, folders)),
        "Put the file there or remove it from the gold file's `corpus` and answers",
    )


def gold_documents(
    path: Path = DEFAULT_GOLD, max_bytes: int = 50 * 1024 * 1024
) -> list[tuple[IngestedDocument, str]]:
    """Every gold source ingested, with its default document id."""
    documents = []
    for name in gold_sources(path):
        doc = ingest_file(find_source(name, path), max_bytes=max_bytes)
        documents.append((doc, default_document_id(doc)))
    return documents


def _norm(text: str) -> str:
    return " ".join(match_key(text).split())


def answered(source_name: str, text: str, answer: tuple[str, str]) -> bool:
    source, snippet = answer
    return source_name == source and _norm(snippet) in _norm(text)


def score_ranking(ranking: list[tuple[str, str]], answers: tuple[tuple[str, str], ...]) -> dict[str, float]:
    """Metrics for one ranked list of (source name, passage text); each answer counts once,
    at the first passage that contains it."""
    first_rank: dict[int, int] = {}
    for rank, (source, text) in enumerate(ranking, start=1):
        for i, answer in enumerate(answers):
            if i not in first_rank and answered(source, text, answer):
                first_rank[i] = rank
    n = len(answers)
    ranks = sorted(first_rank.values())
    dcg = sum(1 / math.log2(r + 1) for r in ranks if r <= 10)
    ideal = sum(1 / math.log2(r + 1) for r in range(1, min(n, 10) + 1))
    return {
        "recall@5": sum(r <= 5 for r in ranks) / n,
        "recall@10": sum(r <= 10 for r in ranks) / n,
        "mrr@10": 1 / ranks[0] if ranks and ranks[0] <= 10 else 0.0,
        "ndcg@10": dcg / ideal,
    }


def _mean(rows: list[dict[str, float]]) -> dict[str, float]:
    return {m: round(sum(r[m] for r in rows) / len(rows), 4) for m in METRICS} if rows else {}


def run(
    engine: SearchEngine,
    documents: Iterable[tuple[IngestedDocument, str]],
    gold: list[GoldQuery],
    modes: tuple[str, ...] = MODES,
) -> EvalReport:
    """Index the documents with their extraction, as ingest does (dense vectors filled before
    searching), run every gold query."""
    for doc, doc_id in documents:
        engine.index_document(doc, doc_id, extract(doc, doc_id), background=False)
    per_query: dict[str, dict[str, dict[str, float]]] = {}
    for q in gold:
        per_query[q.id] = {}
        for mode in modes:
            hits = engine.searcher.ranked_hits(q.query, limit=10, mode=mode)
            ranking = [(h.payload.get("source_name", ""), h.payload.get("text", "")) for h in hits]
            per_query[q.id][mode] = score_ranking(ranking, q.answers)
    modes_summary = {mode: _mean([per_query[q.id][mode] for q in gold]) for mode in modes}
    kinds = sorted({q.kind for q in gold})
    by_kind = {
        kind: {mode: _mean([per_query[q.id][mode] for q in gold if q.kind == kind]) for mode in modes}
        for kind in kinds
    }
    twins = [q for q in gold if q.twin and q.twin in per_query]
    twin_gap = (
        {
            mode: round(
                sum(per_query[q.twin][mode]["ndcg@10"] - per_query[q.id][mode]["ndcg@10"] for q in twins)
                / len(twins),
                4,
            )
            for mode in modes
        }
        if twins
        else {}
    )
    return EvalReport(len(gold), modes_summary, by_kind, twin_gap, per_query)


def evaluate_search(
    embedder: Embedder, cache: EmbeddingCache, gold_path: Path = DEFAULT_GOLD, modes: tuple[str, ...] = MODES
) -> EvalReport:
    """The gold corpus indexed afresh in a temporary Qdrant Edge shard, so documents dropped from
    the gold leave no trace; vectors computed before come from `cache`."""
    documents = gold_documents(gold_path)
    queries = load_gold(gold_path)
    with tempfile.TemporaryDirectory(prefix="policylink-eval-") as folder:
        meta = IndexMeta(embedder.name, embedder.dim, DEFAULT_ANALYZER)
        engine = engine_for(EdgeIndex(Path(folder), meta), embedder, cache)
        try:
            return run(engine, documents, queries, modes)
        finally:
            engine.wait()
            engine.index.close()


def format_report(report: EvalReport) -> str:
    """A plain table: metrics as rows, modes as columns."""
    modes = list(report.modes)
    lines = [
        f"Tìm kiếm — {report.queries} truy vấn vàng",
        "metric      " + "".join(f"{m:>10}" for m in modes),
    ]
    for metric in METRICS:
        lines.append(f"{metric:<12}" + "".join(f"{report.modes[m][metric]:>10.3f}" for m in modes))
    if report.twin_gap:
        lines.append(
            "twin gap    "
            + "".join(f"{report.twin_gap[m]:>10.3f}" for m in modes)
            + "   (nDCG@10 có dấu − không dấu)"
        )
    lines.append("")
    lines.append("nDCG@10 theo loại truy vấn:")
    for kind, row in report.by_kind.items():
        lines.append(f"  {kind:<10}" + "".join(f"{row[m]['ndcg@10']:>10.3f}" for m in modes))
    return "\n".join(lines)
