"""The learned choice of a task's responsible bodies: a logistic regression over
nlp.responsible_features, with the rules' choice as its prior.

Each candidate body (the rules' choice and the bodies detected in the unit, the headings and
introductions over it and `Kính gửi`) is scored on its own; the task's responsible bodies are the
candidates at or above `threshold`, and the rules' choice when none is. The rules' choice is one of
the features, so the model departs from it only where the gold taught it to. The weights are a
plain weight per named feature (responsible_model.json, shipped in the package and rebuilt by
`policylink train-responsible`, see nlp.responsible_training), fitted by nlp.logistic; a file whose
`learned` is false lets the rules choose alone (the model did not beat them out of fold).
"""

import json
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from policylink.core.once import once
from policylink.nlp.logistic import logistic_weights
from policylink.nlp.responsible_features import Candidate, ResponsibleContext, candidates

MODEL_PATH = Path(__file__).with_name("responsible_model.json")
# Chosen by `policylink train-responsible` among these by cross-validation across document families.
L2_GRID = (0.3, 1.0, 3.0)
THRESHOLD_GRID = (0.4, 0.5, 0.6)
DEFAULT_L2 = 1.0
DEFAULT_THRESHOLD = 0.5

# Names a task's responsible bodies (canonical names, in order); find_tasks takes one.
Chooser = Callable[[ResponsibleContext], list[str]]


@dataclass(frozen=True)
class ResponsibleModel:
    bias: float
    weights: dict[str, float]
    threshold: float = DEFAULT_THRESHOLD
    learned: bool = True  # False: the rules choose alone
    about: dict = field(default_factory=dict)  # what it was trained on, for the file's reader

    def probability(self, features: Sequence[str]) -> float:
        z = self.bias + sum(self.weights.get(name, 0.0) for name in features)
        return 1.0 / (1.0 + math.exp(-z))

    def pick(self, found: Sequence[Candidate]) -> list[str] | None:
        """The candidates at or above the threshold, None when there is none."""
        chosen = [c.canonical for c in found if self.probability(sorted(c.features)) >= self.threshold]
        return chosen or None

    def choose(self, ctx: ResponsibleContext) -> list[str]:
        rules = rules_choose(ctx)
        if not self.learned:
            return rules
        return self.pick(candidates(ctx)) or rules

    def to_json(self) -> str:
        data = {
            "about": self.about,
            "learned": self.learned,
            "threshold": self.threshold,
            "bias": round(self.bias, 6),
            "weights": {name: round(w, 6) for name, w in sorted(self.weights.items())},
        }
        return json.dumps(data, ensure_ascii=False, indent=1) + "\n"

    @classmethod
    def from_json(cls, text: str) -> "ResponsibleModel":
        data = json.loads(text)
        return cls(float(data["bias"]), {k: float(v) for k, v in data["weights"].items()},
                   float(data["threshold"]), bool(data["learned"]), data.get("about", {}))


def fit(rows: Sequence[Sequence[str]], labels: Sequence[bool], l2: float = DEFAULT_L2,
        threshold: float = DEFAULT_THRESHOLD, about: dict | None = None) -> ResponsibleModel:
    """Weights for candidates' feature `rows`, labelled by whether the gold names them responsible."""
    bias, weights = logistic_weights(rows, labels, l2)
    return ResponsibleModel(bias, weights, threshold, True, about or {})


def rules_choose(ctx: ResponsibleContext) -> list[str]:
    """The rules alone: their bodies' canonical names, each once, in order of first mention."""
    return list(dict.fromkeys(body.canonical for body in ctx.rules))


@once
def shipped_model() -> ResponsibleModel:
    return ResponsibleModel.from_json(MODEL_PATH.read_text(encoding="utf-8"))


def learned_choose(ctx: ResponsibleContext) -> list[str]:
    """The shipped model's choice."""
    return shipped_model().choose(ctx)
