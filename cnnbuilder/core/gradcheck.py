"""Numerical gradient checking (course notes: centred differences, relative error).

Use float64, few samples, no regularisation, and keep ReLU / max-pool
inputs away from their kinks: a centred difference that straddles a kink
measures neither side's slope.
"""

from __future__ import annotations

from collections.abc import Callable

import numpy as np


def numerical_gradient(
    f: Callable[[np.ndarray], float], x: np.ndarray, h: float = 1e-5
) -> np.ndarray:
    """Return ``df/dx`` by centred differences, one element of ``x`` at a time.

    Parameters
    ----------
    f : callable
        ``f(x) -> float``. It may also read ``x`` through a closure: ``x`` is
        changed in place (and restored) while each element is probed.
    x : ndarray, any shape
        Float array, ideally float64.
    h : float
        Step; the error of the centred difference is ``O(h²)``.

    Returns
    -------
    grad : ndarray, shape of ``x``, float64
        ``(f(x + h e_i) - f(x - h e_i)) / (2h)`` for every index ``i``.
    """
    grad = np.zeros(x.shape, dtype=np.float64)
    it = np.nditer(x, flags=["multi_index"], op_flags=["readwrite"])
    while not it.finished:
        index = it.multi_index
        saved = x[index]
        x[index] = saved + h
        f_plus = float(f(x))
        x[index] = saved - h
        f_minus = float(f(x))
        x[index] = saved
        grad[index] = (f_plus - f_minus) / (2 * h)
        it.iternext()
    return grad


def rel_error(a: np.ndarray, b: np.ndarray) -> float:
    """Largest element-wise relative error ``|a - b| / max(1e-8, |a| + |b|)``.

    Course guide: above 1e-2 the gradient is wrong, 1e-7 or less is good.
    """
    a = np.asarray(a, dtype=np.float64)
    b = np.asarray(b, dtype=np.float64)
    if a.shape != b.shape:
        raise ValueError(f"cannot compare shapes {a.shape} and {b.shape}")
    if a.size == 0:
        return 0.0
    return float(np.max(np.abs(a - b) / np.maximum(1e-8, np.abs(a) + np.abs(b))))
