"""An L2-penalised logistic regression over named binary features, fitted by Newton's method.

No random start, so the same rows give the same weights; the bias is not penalised. The learned
duty decision (nlp.duty_model) fits its weights with it.
"""

from collections.abc import Sequence

import numpy as np

_NEWTON_STEPS = 50
_TOLERANCE = 1e-9


def logistic_weights(rows: Sequence[Sequence[str]], labels: Sequence[bool],
                     l2: float) -> tuple[float, dict[str, float]]:
    """(bias, weight per feature name) for `rows`, each the names of the features that hold."""
    names = sorted({name for row in rows for name in row})
    column = {name: i for i, name in enumerate(names)}
    x = np.zeros((len(rows), len(names) + 1))
    x[:, 0] = 1.0  # the bias, not penalised
    for i, row in enumerate(rows):
        for name in row:
            x[i, column[name] + 1] = 1.0
    y = np.asarray(labels, dtype=float)
    penalty = np.full(len(names) + 1, l2)
    penalty[0] = 0.0
    w = np.zeros(len(names) + 1)
    for _ in range(_NEWTON_STEPS):
        p = 1.0 / (1.0 + np.exp(-(x @ w)))
        gradient = x.T @ (p - y) + penalty * w
        hessian = (x * (p * (1 - p))[:, None]).T @ x + np.diag(penalty + 1e-9)
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if float(np.max(np.abs(step))) < _TOLERANCE:
            break
    return float(w[0]), {name: float(w[i + 1]) for name, i in column.items()}
