"""Extraction quality against the gold set: precision/recall/F1 per field, micro-averaged.

Counts are summed over documents, then turned into scores, per split (dev, heldout) and for all.
Strings are compared with `match_key` (case- and tone-style-insensitive), as GUIDELINES says.
"""

import re
from collections import Counter
from collections.abc import Callable, Hashable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from policylink.core.identity import name_form, normalize_key
from policylink.core.vietnamese import match_key
from policylink.ingest.pipeline import ingest_file
from policylink.nlp.duty_model import Decider, learned_decide
from policylink.nlp.extract import default_document_id, extract
from policylink.nlp.gold import DEFAULT_GOLD_DIR, SPLITS, GoldDocument, load_split
from policylink.nlp.model import Citation, Deadline, Extraction, Task
from policylink.nlp.task_units import content_start

MAX_SOURCE_BYTES = 50 * 1024 * 1024
MATCH_FIELDS = ("citations", "citation_dates", "relation_edges", "bodies", "deadlines", "horizons", "tasks")
ACCURACY_FIELDS = (
    "deadline_due", "horizon_due", "task_responsible", "task_coordinating", "task_report_to",
    "task_deadline", "document_fields",
)
_DOCUMENT_FIELDS = ("doc_type", "key", "issuer", "jurisdiction", "issue_date")


@dataclass
class Match:
    """True/false positives and false negatives of one field."""

    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, other: "Match") -> None:
        self.tp, self.fp, self.fn = self.tp + other.tp, self.fp + other.fp, self.fn + other.fn

    @property
    def precision(self) -> float:
        return self.tp / (self.tp + self.fp) if self.tp + self.fp else 1.0

    @property
    def recall(self) -> float:
        return self.tp / (self.tp + self.fn) if self.tp + self.fn else 1.0

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict:
        return {"tp": self.tp, "fp": self.fp, "fn": self.fn, "precision": round(self.precision, 4),
                "recall": round(self.recall, 4), "f1": round(self.f1, 4)}


@dataclass
class Accuracy:
    correct: int = 0
    total: int = 0

    def add(self, other: "Accuracy") -> None:
        self.correct, self.total = self.correct + other.correct, self.total + other.total

    @property
    def accuracy(self) -> float:
        return self.correct / self.total if self.total else 1.0

    def as_dict(self) -> dict:
        return {"correct": self.correct, "total": self.total, "accuracy": round(self.accuracy, 4)}


@dataclass
class Report:
    documents: int = 0
    matches: dict[str, Match] = field(default_factory=lambda: {f: Match() for f in MATCH_FIELDS})
    accuracies: dict[str, Accuracy] = field(default_factory=lambda: {f: Accuracy() for f in ACCURACY_FIELDS})

    def add(self, other: "Report") -> None:
        self.documents += other.documents
        for name, match in other.matches.items():
            self.matches[name].add(match)
        for name, accuracy in other.accuracies.items():
            self.accuracies[name].add(accuracy)

    def as_dict(self) -> dict:
        return {
            "documents": self.documents,
            **{name: m.as_dict() for name, m in self.matches.items()},
            **{name: a.as_dict() for name, a in self.accuracies.items()},
        }


def citation_key(key: str) -> str:
    """Comparable form of a key: numbered keys without spaces (`TƯ` = `TW`), names in their name form
    (`policylink.core.identity.name_form`)."""
    key = key.strip()
    key = normalize_key(key) if re.match(r"\d", key) else name_form(key)
    return match_key(key)


def _multiset_match(gold: Iterable[Hashable], system: Iterable[Hashable]) -> Match:
    gold_counts, system_counts = Counter(gold), Counter(system)
    tp = sum((gold_counts & system_counts).values())
    return Match(tp, sum(system_counts.values()) - tp, sum(gold_counts.values()) - tp)


def _source_keys(citations: list[Citation], self_id: str) -> list[str]:
    """'self', or the key of the innermost citation whose span encloses a nested one, else of the
    citation whose id its source names."""
    keys = []
    for c in citations:
        if c.source == self_id:
            keys.append("self")
            continue
        enclosing = [o for o in citations if o is not c and o.start <= c.start and c.end <= o.end]
        # `A được sửa đổi, bổ sung bởi B`: A's source is B, which follows it
        named = [o for o in citations if o is not c and o.target_id is not None and o.target_id == c.source]
        source = min(enclosing, key=lambda o: o.end - o.start) if enclosing else (named[0] if named else None)
        keys.append(citation_key(source.key) if source else "self")
    return keys


def _citation_scores(gold: GoldDocument, system: Extraction, report: Report) -> None:
    cits = system.citations
    report.matches["citations"] = _multiset_match(
        (citation_key(str(g["key"])) for g in gold.citations), (citation_key(c.key) for c in cits))
    report.matches["citation_dates"] = _multiset_match(
        ((citation_key(str(g["key"])), g.get("date")) for g in gold.citations),
        ((citation_key(c.key), c.date) for c in cits))

    def gold_source(g: dict) -> str:
        source = str(g.get("source") or "self")
        return source if source == "self" else citation_key(source)

    gold_edges = {(gold_source(g), g.get("relation"), citation_key(str(g["key"]))) for g in gold.citations}
    sources = _source_keys(cits, system.document.id)
    system_edges = {(s, c.relation, citation_key(c.key)) for s, c in zip(sources, cits, strict=True)}
    report.matches["relation_edges"] = _multiset_match(gold_edges, system_edges)


def _time_key(text: str) -> str:
    """A time expression's words as `match_key` gives them; a line break inside (a wrapped line, which
    ingestion joins: ingest.wrapped_lines) counts as the space it stands for."""
    return " ".join(match_key(text).split())


def _paired(gold: list[dict], system: list[Deadline]) -> Iterable[tuple[dict, Deadline]]:
    """Gold and system time expressions with the same text, paired in order of appearance."""
    waiting: dict[str, list[Deadline]] = {}
    for record in system:
        waiting.setdefault(_time_key(record.text), []).append(record)
    for g in gold:
        queue = waiting.get(_time_key(str(g["text"])))
        if queue:
            yield g, queue.pop(0)


def _time_scores(gold: list[dict], system: list[Deadline], matched: str, due: str, report: Report) -> None:
    report.matches[matched] = _multiset_match(
        (_time_key(str(g["text"])) for g in gold), (_time_key(d.text) for d in system))
    pairs = list(_paired(gold, system))
    report.accuracies[due] = Accuracy(sum(g.get("due") == d.due for g, d in pairs), len(pairs))


def anchor_position(text: str, anchor: str, start: int = 0) -> int | None:
    """Where the task `anchor` marks starts, looking from `start`: past the item marker an anchor may
    carry to be unique (`k) Kiểm tra, sơ kết, tổng kết` where the same words open other items), as a
    unit's text starts past its marker (nlp.task_units). An anchor copied across a line break the cleaned
    text has joined (ingest.wrapped_lines) is found all the same: any run of spaces matches any other;
    and so is one copied across the `|` between a table's cells, which the readers write as a tab."""
    position = text.find(anchor, start)
    if position < 0:
        position = match_key(text).find(match_key(anchor), start)
    if position < 0 and match_key(anchor).split():
        cells = (r"\s+".join(map(re.escape, cell.split())) for cell in match_key(anchor).split("|"))
        found = re.compile(r"\s*[|\t]\s*".join(cells)).search(match_key(text), start)
        position = found.start() if found else -1
    return position + content_start(anchor, 0, len(anchor)) if position >= 0 else None


def anchor_positions(text: str, anchors: Iterable[str]) -> list[int | None]:
    """The places of a document's gold anchors, which are in text order: each is looked for from the
    previous one's place, so an anchor whose words come back later (a table row repeating an item, told
    apart in the annotated text only by line breaks that ingestion joins) marks the later occurrence;
    one out of order is looked for from the start."""
    positions: list[int | None] = []
    start = 0
    for anchor in anchors:
        position = anchor_position(text, anchor, start)
        if position is None:
            position = anchor_position(text, anchor)
        if position is not None:
            start = position
        positions.append(position)
    return positions


def _task_scores(gold: GoldDocument, system: Extraction, report: Report) -> None:
    text = system.document.text
    free: list[Task] = list(system.tasks)
    pairs: list[tuple[dict, Task]] = []
    anchors = anchor_positions(text, (str(g["anchor"]) for g in gold.tasks))
    for g, position in zip(gold.tasks, anchors, strict=True):
        hit = next((t for t in free if position is not None and t.start <= position < t.end), None)
        if hit is not None:
            free.remove(hit)
            pairs.append((g, hit))
    report.matches["tasks"] = Match(len(pairs), len(system.tasks) - len(pairs), len(gold.tasks) - len(pairs))

    def names(values: Iterable[str]) -> set[str]:
        return {match_key(v) for v in values}

    for role in ("responsible", "coordinating", "report_to"):
        report.accuracies[f"task_{role}"] = Accuracy(
            sum(names(g.get(role) or []) == names(getattr(t, role)) for g, t in pairs), len(pairs))
    report.accuracies["task_deadline"] = Accuracy(
        sum(g.get("deadline") == (t.deadline.due if t.deadline else None) for g, t in pairs), len(pairs))


def _document_scores(gold: GoldDocument, system: Extraction, report: Report) -> None:
    stated = [f for f in _DOCUMENT_FIELDS if f in gold.document]

    def same(name: str) -> bool:
        expected, found = gold.document.get(name), getattr(system.document, name)
        if expected is None or found is None:
            return expected is None and found is None
        compare: Callable[[str], str] = citation_key if name == "key" else match_key
        return compare(str(expected)) == compare(str(found))

    report.accuracies["document_fields"] = Accuracy(sum(same(f) for f in stated), len(stated))


def score_document(gold: GoldDocument, system: Extraction) -> Report:
    """Every field the gold annotates (`gold.annotated`, all when None); the others stay at zero."""
    report = Report(documents=1)

    def annotated(name: str) -> bool:
        return gold.annotated is None or name in gold.annotated

    if annotated("citations"):
        _citation_scores(gold, system, report)
    if annotated("deadlines"):
        _time_scores(gold.deadlines, system.deadlines, "deadlines", "deadline_due", report)
    if annotated("horizons"):
        _time_scores(gold.horizons, system.horizons, "horizons", "horizon_due", report)
    if annotated("bodies"):
        report.matches["bodies"] = _multiset_match(
            (match_key(str(g["canonical"])) for g in gold.bodies),
            (match_key(b.canonical) for b in system.bodies),
        )
    if annotated("tasks"):
        _task_scores(gold, system, report)
    if annotated("document"):
        _document_scores(gold, system, report)
    return report


def extract_gold(gold: GoldDocument, decide: Decider = learned_decide) -> Extraction:
    document = ingest_file(gold.source, max_bytes=MAX_SOURCE_BYTES)
    return extract(document, default_document_id(document), decide)


def evaluate(splits: Iterable[str] = SPLITS, gold_dir: Path = DEFAULT_GOLD_DIR,
             decide: Decider = learned_decide) -> dict[str, Report]:
    """A report per split (`dev`, `heldout`, `real-dev`, `real-heldout`) and one for all of them together
    (`"all"`); `decide` tells tasks from other units (the learned duty model, or `rules_decide`)."""
    reports: dict[str, Report] = {}
    total = Report()
    for split in splits:
        report = Report()
        for gold in load_split(split, gold_dir):
            report.add(score_document(gold, extract_gold(gold, decide)))
        reports[split] = report
        total.add(report)
    reports["all"] = total
    return reports


_LABELS = {
    "citations": "Trích dẫn (khóa)", "citation_dates": "Trích dẫn (khóa, ngày)",
    "relation_edges": "Quan hệ trích dẫn", "bodies": "Cơ quan", "deadlines": "Thời hạn",
    "horizons": "Mốc kế hoạch", "tasks": "Nhiệm vụ", "deadline_due": "Ngày đến hạn (thời hạn)",
    "horizon_due": "Ngày đến hạn (mốc)", "task_responsible": "Cơ quan chủ trì (nhiệm vụ)",
    "task_coordinating": "Cơ quan phối hợp (nhiệm vụ)", "task_report_to": "Báo cáo về (nhiệm vụ)",
    "task_deadline": "Thời hạn (nhiệm vụ)", "document_fields": "Thông tin văn bản",
}


def format_table(reports: dict[str, Report]) -> str:
    """A plain-text table: one block per split, P/R/F1 for matched fields, accuracy for the rest."""
    lines = []
    for split, report in reports.items():
        lines.append(f"== {split} ({report.documents} văn bản) ==")
        lines.append(f"{'trường':34} {'P':>6} {'R':>6} {'F1':>6}   {'tp':>4} {'fp':>4} {'fn':>4}")
        for name, m in report.matches.items():
            lines.append(f"{_LABELS[name]:34} {m.precision:6.3f} {m.recall:6.3f} {m.f1:6.3f}   "
                         f"{m.tp:4d} {m.fp:4d} {m.fn:4d}")
        lines.append(f"{'độ chính xác':34} {'':>20}   {'đúng':>4} {'tổng':>9}")
        for name, a in report.accuracies.items():
            lines.append(f"{_LABELS[name]:34} {a.accuracy:6.3f} {'':>13}   {a.correct:4d} {a.total:9d}")
        lines.append("")
    return "\n".join(lines).rstrip() + "\n"
