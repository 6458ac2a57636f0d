"""Training the duty model (nlp.duty_model) on the hand-annotated gold, and measuring it honestly.

Every unit find_tasks considers in a gold document is a training example: its features
(nlp.task_features) and whether a gold task's anchor lies in it. Only development splits train it
(`real-dev`, our own `dev`, and the outside `ext-dev` when its texts are rebuilt): the held-out
splits measure it and are refused here. Cross-validation folds by document family: the documents
of one type and issuer (`quyet-dinh-3850-qd-ubnd-nghe-an-2025` and `-3851-`, twins worded alike)
go to the same fold, family i of the sorted list to fold i mod k. Folding single documents let a
twin teach the model its sibling's wording and praised settings that lost duties on unseen
families. Several splits may be folded together (`real-dev` and
`ext-dev`: the figure then covers two kinds of documents), each reported on its own as well.
`choose` picks the penalty and the thresholds by that cross-validation, and keeps the rules alone
when no choice beats them there.
"""

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from policylink.nlp.duty_model import (
    DEFAULT_KEEP,
    DEFAULT_L2,
    DEFAULT_THRESHOLD,
    KEEP_GRID,
    L2_GRID,
    THRESHOLD_GRID,
    DutyModel,
    fit,
    rules_decide,
)
from policylink.nlp.evaluate import Report, anchor_positions, extract_gold, score_document
from policylink.nlp.gold import DEFAULT_GOLD_DIR, GoldDocument, load_split
from policylink.nlp.task_features import UnitContext, unit_features

TRAINING_SPLITS = ("real-dev", "dev", "ext-dev")
# What `policylink train-duty` trains on by default: the splits CI has (the outside texts are rebuilt
# from their sources, which CI does not fetch).
DEFAULT_SPLITS = ("real-dev", "dev")


@dataclass(frozen=True)
class LabelledDocument:
    gold: GoldDocument
    verdicts: list[str]  # the rules' verdict on each unit (nlp.task_actions.verdict)
    rows: list[list[str]]  # the features of each unit
    labels: list[bool]  # whether a gold task is anchored in it
    rules: Report  # the document scored with the rules alone


def training_documents(splits: Iterable[str], gold_dir: Path = DEFAULT_GOLD_DIR,
                       limit: int | None = None) -> list[GoldDocument]:
    """The documents of `splits` that annotate tasks (the first `limit` of each split, by name)."""
    documents: list[GoldDocument] = []
    for split in splits:
        if split not in TRAINING_SPLITS:
            raise ValueError(
                f"`{split}` không dùng để huấn luyện: chỉ {', '.join(TRAINING_SPLITS)}"
                " (tập held-out chỉ để đo)"
            )
        annotated = [g for g in load_split(split, gold_dir) if g.annotated is None or "tasks" in g.annotated]
        documents.extend(annotated[:limit])
    return documents


def label_units(gold: GoldDocument) -> LabelledDocument:
    """Extract `gold` with the rules, keeping the features of every unit they considered."""
    seen: list[tuple[UnitContext, list[str]]] = []

    def record(ctx: UnitContext) -> bool:
        seen.append((ctx, unit_features(ctx)))
        return rules_decide(ctx)

    extraction = extract_gold(gold, record)
    text = extraction.document.text
    anchors = [p for p in anchor_positions(text, (str(g["anchor"]) for g in gold.tasks)) if p is not None]
    labels = [any(ctx.unit.start <= p < ctx.unit.end for p in anchors) for ctx, _ in seen]
    return LabelledDocument(gold, [ctx.verdict for ctx, _ in seen], [row for _, row in seen], labels,
                            score_document(gold, extraction))


def family(name: str) -> str:
    """A gold file's document family: its name without the numbers (type, symbol and issuer); a word
    holding a digit is a number too (a crawler's page id `ws00211303`, a symbol's `qldn1`)."""
    return "-".join(part for part in name.split("-") if not re.search(r"\d", part))


def families(names: Iterable[str]) -> dict[str, str]:
    """Each name's family, a family that extends another one present by more words (the topic an
    outside slug adds to tell one issuer's plans apart: `ke-hoach-td-0-2025-luong-minh-quang-ninh-giamsat`
    beside `ke-hoach-td-16-2025-luong-minh-quang-ninh`) folded into the shorter. Kept apart, one
    issuer's plans of one template scored each other: family CV over ext-dev read 0.802 for 0.792."""
    own = {name: family(name) for name in names}
    shortest: dict[str, str] = {}
    for name in sorted(set(own.values()), key=len):
        shortest[name] = next((f for f in shortest if shortest[f] == f and name.startswith(f + "-")), name)
    return {name: shortest[f] for name, f in own.items()}


def train(documents: Sequence[LabelledDocument], l2: float = DEFAULT_L2,
          threshold: float = DEFAULT_THRESHOLD, keep: float = DEFAULT_KEEP) -> DutyModel:
    verdicts = [verdict for d in documents for verdict in d.verdicts]
    rows = [row for d in documents for row in d.rows]
    labels = [label for d in documents for label in d.labels]
    about = {
        "trained_on": sorted({d.gold.split for d in documents}),
        "documents": len(documents),
        "units": len(rows),
        "duties": sum(labels),
        "l2": l2,
        "rebuild": "policylink train-duty",
    }
    family_of = families(d.gold.name for d in documents)
    units_family = [family_of[d.gold.name] for d in documents for _ in d.verdicts]
    return fit(verdicts, rows, labels, l2, about, threshold, keep, units_family)


@dataclass(frozen=True)
class Folded:
    """Cross-validated figures: the rules and the learned model on every scored document, and the
    same per split."""

    rules: Report
    learned: Report
    by_split: dict[str, tuple[Report, Report]]  # split -> (rules, learned)


def cross_validate(documents: Sequence[LabelledDocument], folds: int, l2: float = DEFAULT_L2,
                   also: Sequence[LabelledDocument] = (), threshold: float = DEFAULT_THRESHOLD,
                   keep: float = DEFAULT_KEEP) -> Folded:
    """The rules and the model over `documents`, each scored under a model trained on the other folds
    (and on `also`, documents always trained on and never scored); a family stays in one fold."""
    family_of = families(d.gold.name for d in documents)
    names = sorted(set(family_of.values()))
    if not 2 <= folds <= len(names):
        raise ValueError(f"Số phần kiểm định chéo phải từ 2 đến {len(names)} (số họ văn bản: cùng "
                         "loại và cơ quan ban hành)")
    fold_of = {name: i % folds for i, name in enumerate(names)}
    ordered = sorted(documents, key=lambda d: (d.gold.split, d.gold.name))
    by_split = {d.gold.split: (Report(), Report()) for d in ordered}
    for fold in range(folds):
        model = train([*(d for d in ordered if fold_of[family_of[d.gold.name]] != fold), *also], l2,
                      threshold, keep)
        for document in (d for d in ordered if fold_of[family_of[d.gold.name]] == fold):
            rules, learned = by_split[document.gold.split]
            rules.add(document.rules)
            learned.add(score_document(document.gold, extract_gold(document.gold, model.decide)))
    return Folded(_total(r for r, _ in by_split.values()), _total(m for _, m in by_split.values()), by_split)


def _total(reports: Iterable[Report]) -> Report:
    total = Report()
    for report in reports:
        total.add(report)
    return total


def score_with(model: DutyModel, documents: Sequence[LabelledDocument]) -> tuple[Report, Report]:
    """(rules, learned) over `documents`, which `model` did not train on: a split held out whole."""
    learned = _total(score_document(d.gold, extract_gold(d.gold, model.decide)) for d in documents)
    return _total(d.rules for d in documents), learned


@dataclass(frozen=True)
class Choice:
    """The cross-validated figures of the rules and of each (l2, threshold, keep) tried, and what won."""

    rules: Report
    tried: dict[tuple[float, float, float], Folded]
    l2: float
    threshold: float
    keep: float
    learned_wins: bool  # the best learned task F1 beats the rules' (else the rules decide alone)


def choose(documents: Sequence[LabelledDocument], folds: int, also: Sequence[LabelledDocument] = (),
           l2s: Sequence[float] = L2_GRID, thresholds: Sequence[float] = THRESHOLD_GRID,
           keeps: Sequence[float] = KEEP_GRID) -> Choice:
    """The (l2, threshold, keep) with the best cross-validated task F1 (ties: the first in grid
    order); a keep above its threshold is not tried, unless no keep of the grid is at or below it."""
    tried = {}
    for l2 in l2s:
        for threshold in thresholds:
            for keep in [k for k in keeps if k <= threshold] or [threshold]:
                tried[l2, threshold, keep] = cross_validate(documents, folds, l2, also, threshold, keep)
    best = max(tried, key=lambda key: (tried[key].learned.matches["tasks"].f1, -list(tried).index(key)))
    rules = tried[best].rules
    wins = tried[best].learned.matches["tasks"].f1 > rules.matches["tasks"].f1
    return Choice(rules, tried, *best, wins)
