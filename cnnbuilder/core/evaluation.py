"""Evaluate a trained network: accuracy, confusion matrix, mistakes."""

from __future__ import annotations

from typing import Protocol

import numpy as np


class Predicts(Protocol):
    """A network or a training engine: ``predict(x)`` gives the classes ``(m,)``."""

    def predict(self, x: np.ndarray) -> np.ndarray: ...


def accuracy(network: Predicts, x: np.ndarray, y: np.ndarray) -> float:
    """Fraction of samples whose most probable class is the label.

    Parameters
    ----------
    network : Network or Engine
    x : (m, n_H, n_W, n_c) array
    y : (m,) int array
    """
    if len(y) == 0:
        return float("nan")
    with np.errstate(over="ignore", invalid="ignore"):  # a poor network may overflow
        return float(np.mean(network.predict(x) == y))


def confusion_matrix(y_true: np.ndarray, y_pred: np.ndarray, classes: int) -> np.ndarray:
    """Return the (classes, classes) count matrix: row = true class, column = predicted."""
    matrix = np.zeros((classes, classes), dtype=np.int64)
    np.add.at(matrix, (y_true.astype(np.int64), y_pred.astype(np.int64)), 1)
    return matrix


def misclassified(y_true: np.ndarray, y_pred: np.ndarray, limit: int | None = None) -> np.ndarray:
    """Return the indices of the wrongly predicted samples (at most ``limit``)."""
    wrong = np.flatnonzero(y_true != y_pred)
    return wrong if limit is None else wrong[:limit]
