"""Retrieval evaluation on the hand-written gold (tests/gold/search/queries.yaml).

Each gold answer is a source file plus a verbatim snippet; a retrieved passage answers it when
it comes from that file and contains the snippet (compared NFC, tone-style and case folded,
whitespace collapsed). Metrics per mode (sparse, dense, hybrid): Recall@5, Recall@10, MRR@10,
nDCG@10, plus the gap between queries typed without diacritics and their accented twins.
"""

import math
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ingest.model import IngestedDocument
from ingest.vietnamese import match_key
from search.engine import SearchEngine
from search.retrieval import MODES

DEFAULT_GOLD = Path(__file__).resolve().parent.parent / "tests" / "gold" / "search" / "queries.yaml"
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
    """Index the documents (dense vectors filled before searching), run every gold query."""
    for doc, doc_id in documents:
        engine.index_document(doc, doc_id, background=False)
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
