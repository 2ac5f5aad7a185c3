"""The course's sanity checks: a gradient check and overfitting a tiny batch.

Both are generators: they yield progress between steps, so that a caller
can stop them (close the generator) between any two steps, and return a
report in plain words with the numbers.
"""

from __future__ import annotations

from collections.abc import Generator, Mapping
from dataclasses import dataclass

import numpy as np

from cnnbuilder.core.nn.losses import softmax_cross_entropy
from cnnbuilder.core.nn.network import Network
from cnnbuilder.core.nn.optim import make_optimizer
from cnnbuilder.core.spec import NetworkSpec

# The course's thresholds for the relative error of a gradient check.
GREAT, FINE, WRONG = 1e-7, 1e-5, 1e-3
TINY_BATCH = 10


@dataclass(frozen=True)
class GradCheck:
    """Analytic against numerical gradients.

    Attributes
    ----------
    error : float
        ``‖g − g_approx‖₂ / (‖g‖₂ + ‖g_approx‖₂)`` over every probed weight.
    per_key : dict of str to float
        The same per parameter array (``"layer0.W"``…).
    verdict : str
        ``"great"`` (< 1e-7), ``"fine"`` (< 1e-5), ``"doubtful"`` or ``"wrong"`` (> 1e-3).
    kinks : int
        Probes left out because the cost has a kink there (a ReLU at exactly
        ``z = 0``, a max-pool tie): its left and right slopes differ, so no
        derivative exists to compare. Zero biases on black pixels do this.
    """

    error: float
    per_key: dict[str, float]
    probes: int
    examples: int
    verdict: str
    kinks: int = 0


def verdict_of(error: float) -> str:
    """The course's reading of a relative error."""
    if error < GREAT:
        return "great"
    if error < FINE:
        return "fine"
    return "wrong" if error > WRONG else "doubtful"


def _relative(g: np.ndarray, approx: np.ndarray) -> float:
    denominator = float(np.linalg.norm(g) + np.linalg.norm(approx))
    return 0.0 if denominator == 0 else float(np.linalg.norm(g - approx)) / denominator


def gradient_check(
    spec: NetworkSpec,
    weights: Mapping[str, np.ndarray],
    x: np.ndarray,
    y: np.ndarray,
    *,
    probes_per_key: int = 6,
    seed: int = 0,
    h: float = 1e-6,
) -> Generator[tuple[int, int], None, GradCheck]:
    """Compare back-propagation with centred differences, in float64.

    Parameters
    ----------
    weights : mapping
        The network's weights (cast to float64).
    x : (m, n_H, n_W, n_c), y : (m,)
        A few examples of the data.
    probes_per_key : int
        Weights probed per parameter array, chosen with ``seed``.

    Yields
    ------
    (done, total)
        Probes done so far.
    """
    net = Network.from_spec(spec, np.random.default_rng(seed), dtype=np.float64)
    net.set_weights(weights)
    x64 = np.asarray(x, dtype=np.float64)
    net.loss_and_grads(x64, y)
    analytic = {key: grad.copy() for key, grad in net.grads.items()}
    rng = np.random.default_rng(seed)
    chosen = {
        key: rng.choice(p.size, size=min(probes_per_key, p.size), replace=False)
        for key, p in net.params.items()
    }
    total = sum(len(c) for c in chosen.values())
    done, kinks = 0, 0
    g_all, approx_all, per_key = [], [], {}
    base = _cost(net, x64, y)
    for key, indices in chosen.items():
        flat = net.params[key].reshape(-1)  # a view: changes reach the network
        kept, approx = [], []
        for index in indices:
            plus, minus = _probe(net, flat, int(index), h, x64, y)
            right, left = (plus - base) / h, (base - minus) / h
            if abs(right - left) > 1e-4 * (1 + abs(right) + abs(left)):
                kinks += 1  # no derivative here: nothing to compare
            else:
                kept.append(int(index))
                approx.append((plus - minus) / (2 * h))
            done += 1
            yield done, total
        g = analytic[key].reshape(-1)[kept]
        per_key[key] = _relative(g, np.array(approx))
        g_all.append(g)
        approx_all.append(np.array(approx))
    error = _relative(np.concatenate(g_all), np.concatenate(approx_all))
    return GradCheck(error, per_key, total - kinks, len(x), verdict_of(error), kinks)


def _cost(net: Network, x: np.ndarray, y: np.ndarray) -> float:
    return softmax_cross_entropy(net.scores(x), y)[0]


def _probe(
    net: Network, flat: np.ndarray, index: int, h: float, x: np.ndarray, y: np.ndarray
) -> tuple[float, float]:
    """The cost with weight ``flat[index]`` moved by ``+h`` and by ``−h`` (then restored)."""
    saved = flat[index]
    flat[index] = saved + h
    plus = _cost(net, x, y)
    flat[index] = saved - h
    minus = _cost(net, x, y)
    flat[index] = saved
    return plus, minus


@dataclass(frozen=True)
class Overfit:
    """How overfitting a tiny batch went.

    Attributes
    ----------
    costs : tuple of float
        The cost before each update.
    accuracy : float
        On the tiny batch, after the last update.
    learned : bool
        The cost came near zero (below ``target``).
    """

    costs: tuple[float, ...]
    accuracy: float
    learned: bool
    target: float


def overfit_tiny_batch(
    spec: NetworkSpec,
    x: np.ndarray,
    y: np.ndarray,
    *,
    seed: int = 0,
    lr: float = 0.003,
    max_steps: int = 300,
    target: float = 0.01,
) -> Generator[tuple[int, float], None, Overfit]:
    """Train a fresh network (initial weights for ``seed``) on ``x, y`` alone with Adam.

    A network that can learn at all drives the cost of a handful of
    examples to nearly zero; one that cannot has a bug or no capacity.

    Yields
    ------
    (step, cost)
        The cost before each update; stops early once it is below ``target``.
    """
    net = Network.from_spec(spec, np.random.default_rng(seed))
    optimizer = make_optimizer("adam", lr)
    costs: list[float] = []
    for step in range(1, max_steps + 1):
        cost = net.loss_and_grads(x, y)
        costs.append(cost)
        yield step, cost
        if not np.isfinite(cost) or cost < target:
            break
        optimizer.step(net.params, net.grads)
    accuracy = float(np.mean(net.predict(x) == y))
    learned = bool(np.isfinite(costs[-1]) and costs[-1] < target)
    return Overfit(tuple(costs), accuracy, learned, target)


def tiny_batch(
    x: np.ndarray, y: np.ndarray, size: int = TINY_BATCH
) -> tuple[np.ndarray, np.ndarray]:
    """``size`` examples: the first of each class, then the next ones in order."""
    firsts = [int(np.flatnonzero(y == label)[0]) for label in np.unique(y)]
    rest = [i for i in range(len(y)) if i not in set(firsts)]
    chosen = np.array((firsts + rest)[:size], dtype=np.intp)
    return x[chosen], y[chosen]
