"""Softmax and the fused softmax + cross-entropy loss, numerically stable."""

from __future__ import annotations

import numpy as np


def log_softmax(scores: np.ndarray) -> np.ndarray:
    """Return ``log softmax(scores)`` row by row, by the log-sum-exp trick.

    Parameters
    ----------
    scores : (m, C)
        Logits ``z^[L]``.

    Returns
    -------
    log_probs : (m, C)
        Shifting each row by its maximum leaves the result unchanged and
        keeps ``exp`` from overflowing, however large the logits.
    """
    shifted = scores - scores.max(axis=1, keepdims=True)
    shifted -= np.log(np.exp(shifted).sum(axis=1, keepdims=True))
    return shifted


def softmax(scores: np.ndarray) -> np.ndarray:
    """Return the class probabilities ``(m, C)`` of logits ``(m, C)``; rows sum to 1."""
    return np.exp(log_softmax(scores))


def softmax_cross_entropy(
    scores: np.ndarray, y: np.ndarray, normaliser: int | None = None
) -> tuple[float, np.ndarray]:
    """Mean cross-entropy of softmax(scores) against labels, and its gradient.

    ``J = -(1/m) * sum_i log softmax(z_i)[y_i]`` (natural log).

    Parameters
    ----------
    scores : (m, C)
    y : (m,) int
        Class labels ``0 .. C-1``.
    normaliser : int, optional
        The ``m`` to divide by; defaults to ``len(y)``. A part of a batch
        split across threads passes the whole batch size, so that the parts'
        losses and gradients add up to the batch's.

    Returns
    -------
    loss : float
    dscores : (m, C)
        ``dJ/dz = (softmax(z) - one_hot(y)) / m``; each row sums to 0.
    """
    m = len(y) if normaliser is None else normaliser
    rows = np.arange(len(y))
    log_probs = log_softmax(scores)
    loss = -float(log_probs[rows, y].sum(dtype=np.float64)) / m
    dscores = np.exp(log_probs, out=log_probs)
    dscores[rows, y] -= 1
    dscores /= m
    return loss, dscores
