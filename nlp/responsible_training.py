"""Training the responsible chooser (nlp.responsible_model) on the gold, and measuring it honestly.

Every task the system finds that a gold task is anchored in gives one example per candidate body
(nlp.responsible_features): its features, and whether the gold names it responsible. Which units
are tasks does not depend on the chooser, so a document is extracted once, with the rules choosing,
and every model is scored on the recorded candidates: a task's responsible is right when the set of
names chosen equals the gold's (nlp.evaluate compares them the same way). Only development splits
train it, folded by document family as the duty model is (nlp.duty_training.family).
"""

from collections.abc import Sequence
from dataclasses import dataclass

from policylink.core.vietnamese import match_key
from policylink.nlp.duty_training import family
from policylink.nlp.evaluate import Accuracy, anchor_position, extract_gold
from policylink.nlp.gold import GoldDocument
from policylink.nlp.responsible_features import Candidate, ResponsibleContext, candidates
from policylink.nlp.responsible_model import (
    DEFAULT_L2,
    DEFAULT_THRESHOLD,
    L2_GRID,
    THRESHOLD_GRID,
    ResponsibleModel,
    fit,
    rules_choose,
)


@dataclass(frozen=True)
class LabelledTask:
    gold: frozenset[str]  # the gold's responsible names (match_key)
    rules: tuple[str, ...]  # the rules' choice
    candidates: tuple[Candidate, ...]

    def labels(self) -> list[bool]:
        return [match_key(c.canonical) in self.gold for c in self.candidates]

    def right(self, names: Sequence[str]) -> bool:
        return {match_key(n) for n in names} == self.gold


@dataclass(frozen=True)
class LabelledDocument:
    gold: GoldDocument
    tasks: list[LabelledTask]  # the system's tasks a gold task is anchored in


def label_tasks(gold: GoldDocument) -> LabelledDocument:
    """Extract `gold` with the rules choosing, keeping every task's candidates, paired with the gold
    tasks as nlp.evaluate pairs them."""
    seen: dict[int, tuple[list[str], list[Candidate]]] = {}

    def record(ctx: ResponsibleContext) -> list[str]:
        chosen = rules_choose(ctx)
        seen[ctx.unit.start] = (chosen, candidates(ctx))
        return chosen

    extraction = extract_gold(gold, choose=record)
    text = extraction.document.text
    free = list(extraction.tasks)
    tasks = []
    for g in gold.tasks:
        position = anchor_position(text, str(g["anchor"]))
        hit = next((t for t in free if position is not None and t.start <= position < t.end), None)
        if hit is None:
            continue
        free.remove(hit)
        rules, found = seen[hit.start]
        tasks.append(LabelledTask(frozenset(match_key(n) for n in g.get("responsible") or []),
                                  tuple(rules), tuple(found)))
    return LabelledDocument(gold, tasks)


def train(documents: Sequence[LabelledDocument], l2: float = DEFAULT_L2,
          threshold: float = DEFAULT_THRESHOLD) -> ResponsibleModel:
    tasks = [t for d in documents for t in d.tasks]
    rows = [sorted(c.features) for t in tasks for c in t.candidates]
    labels = [label for t in tasks for label in t.labels()]
    about = {
        "trained_on": sorted({d.gold.split for d in documents}),
        "documents": len(documents),
        "tasks": len(tasks),
        "candidates": len(rows),
        "l2": l2,
        "rebuild": "policylink train-responsible",
    }
    return fit(rows, labels, l2, threshold, about)


def score(model: ResponsibleModel, documents: Sequence[LabelledDocument]) -> Accuracy:
    tasks = [t for d in documents for t in d.tasks]
    return Accuracy(sum(t.right(model.pick(t.candidates) or t.rules) for t in tasks), len(tasks))


def rules_score(documents: Sequence[LabelledDocument]) -> Accuracy:
    tasks = [t for d in documents for t in d.tasks]
    return Accuracy(sum(t.right(t.rules) for t in tasks), len(tasks))


def cross_validate(documents: Sequence[LabelledDocument], folds: int, l2: float = DEFAULT_L2,
                   threshold: float = DEFAULT_THRESHOLD,
                   also: Sequence[LabelledDocument] = ()) -> tuple[Accuracy, Accuracy]:
    """(rules, learned) responsible accuracy over `documents`, each scored under a model trained on
    the other folds (and on `also`, never scored); a family stays in one fold."""
    families = sorted({family(d.gold.name) for d in documents})
    if not 2 <= folds <= len(families):
        raise ValueError(f"Số phần kiểm định chéo phải từ 2 đến {len(families)} (số họ văn bản: cùng "
                         "loại và cơ quan ban hành)")
    fold_of = {name: i % folds for i, name in enumerate(families)}
    learned = Accuracy()
    for fold in range(folds):
        model = train([*(d for d in documents if fold_of[family(d.gold.name)] != fold), *also], l2, threshold)
        learned.add(score(model, [d for d in documents if fold_of[family(d.gold.name)] == fold]))
    return rules_score(documents), learned


@dataclass(frozen=True)
class Choice:
    rules: Accuracy
    tried: dict[tuple[float, float], Accuracy]
    l2: float
    threshold: float
    learned_wins: bool  # the best learned accuracy beats the rules' out of fold


def choose(documents: Sequence[LabelledDocument], folds: int, also: Sequence[LabelledDocument] = (),
           l2s: Sequence[float] = L2_GRID, thresholds: Sequence[float] = THRESHOLD_GRID) -> Choice:
    """The (l2, threshold) with the best cross-validated accuracy (ties: the first in grid order)."""
    rules, tried = rules_score(documents), {}
    for l2 in l2s:
        for threshold in thresholds:
            rules, tried[l2, threshold] = cross_validate(documents, folds, l2, threshold, also)
    best = max(tried, key=lambda key: (tried[key].correct, -list(tried).index(key)))
    return Choice(rules, tried, *best, tried[best].correct > rules.correct)
