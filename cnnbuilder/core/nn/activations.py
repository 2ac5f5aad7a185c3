"""Activation functions g and their derivatives, computed from the output a = g(z).

Every derivative here can be written with the output alone (ReLU: a > 0,
tanh: 1 - a², sigmoid: a(1 - a)), so layers keep only ``a`` for backward,
and a max-pool after the layer can apply it to the pooled values (the
routed element equals the window's maximum).
"""

from __future__ import annotations

import numpy as np

LEAKY_SLOPE = 0.01


def _sigmoid(z: np.ndarray) -> np.ndarray:
    # exp(-|z|) never overflows, so huge |z| gives 0 or 1 without a warning.
    e = np.exp(-np.abs(z))
    r = 1 / (1 + e)
    np.copyto(z, np.where(z >= 0, r, e * r))
    return z


def activate(name: str, z: np.ndarray) -> np.ndarray:
    """Apply the activation to ``z`` in place and return it.

    Parameters
    ----------
    name : {"relu", "leaky_relu", "tanh", "sigmoid", "linear"}
    z : ndarray, any shape
        Overwritten with ``a = g(z)``.
    """
    if name == "relu":
        return np.maximum(z, 0, out=z)
    if name == "leaky_relu":
        return np.maximum(z, LEAKY_SLOPE * z, out=z)
    if name == "tanh":
        return np.tanh(z, out=z)
    if name == "sigmoid":
        return _sigmoid(z)
    if name == "linear":
        return z
    raise ValueError(f"unknown activation {name!r}")


def activation_grad(
    name: str, da: np.ndarray, a: np.ndarray, out: np.ndarray | None = None
) -> np.ndarray:
    """Return ``dz = da * g'(z)``, with ``g'`` written in terms of ``a = g(z)``.

    Parameters
    ----------
    da, a : ndarray of the same shape
    out : ndarray, optional
        Where to write ``dz`` (may be ``da`` itself).

    Notes
    -----
    At the ReLU kink (z = 0) the derivative is taken as 0, as PyTorch does.
    """
    if name == "relu":
        return np.multiply(da, a > 0, out=out)
    if name == "leaky_relu":
        return np.multiply(da, np.where(a > 0, 1, LEAKY_SLOPE).astype(a.dtype), out=out)
    if name == "tanh":
        return np.multiply(da, 1 - a * a, out=out)
    if name == "sigmoid":
        return np.multiply(da, a * (1 - a), out=out)
    if name == "linear":
        if out is None or out is da:
            return da
        np.copyto(out, da)
        return out
    raise ValueError(f"unknown activation {name!r}")
