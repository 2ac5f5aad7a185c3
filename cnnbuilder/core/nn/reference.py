"""Slow, readable reference implementations, in the course's loop style.

Tests compare every fast kernel of the engine with these. They loop over
samples, output pixels and channels exactly as the course's assignments
do, so they are easy to check by eye and far too slow for training.
Notation: ``A_prev (m, n_H_prev, n_W_prev, n_c_prev)``, ``W (f, f,
n_c_prev, n_c)``, ``b (n_c,)``.
"""

from __future__ import annotations

import math

import numpy as np

from cnnbuilder.core.nn.activations import LEAKY_SLOPE


def zero_pad(x: np.ndarray, pad: int) -> np.ndarray:
    """Pad the height and width of ``x (m, n_H, n_W, n_c)`` with ``pad`` zeros."""
    return np.pad(x, ((0, 0), (pad, pad), (pad, pad), (0, 0)))


def conv_forward_naive(
    a_prev: np.ndarray, w: np.ndarray, b: np.ndarray, stride: int, pad: int
) -> np.ndarray:
    """Return ``Z (m, n_H, n_W, n_c)`` of a CONV layer, one window at a time."""
    m, n_h_prev, n_w_prev, _ = a_prev.shape
    f, _, _, n_c = w.shape
    n_h = (n_h_prev + 2 * pad - f) // stride + 1
    n_w = (n_w_prev + 2 * pad - f) // stride + 1
    z = np.zeros((m, n_h, n_w, n_c), dtype=a_prev.dtype)
    a_prev_pad = zero_pad(a_prev, pad)
    for i in range(m):
        for h in range(n_h):
            vert_start = h * stride
            for w_ in range(n_w):
                horiz_start = w_ * stride
                vert_end, horiz_end = vert_start + f, horiz_start + f
                a_slice = a_prev_pad[i, vert_start:vert_end, horiz_start:horiz_end, :]
                for c in range(n_c):
                    z[i, h, w_, c] = np.sum(a_slice * w[:, :, :, c]) + b[c]
    return z


def conv_backward_naive(
    dz: np.ndarray, a_prev: np.ndarray, w: np.ndarray, stride: int, pad: int
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return ``(dA_prev, dW, db)`` of a CONV layer given ``dZ (m, n_H, n_W, n_c)``."""
    m, n_h, n_w, n_c = dz.shape
    f = w.shape[0]
    a_prev_pad = zero_pad(a_prev, pad)
    da_prev_pad = np.zeros_like(a_prev_pad)
    dw = np.zeros_like(w)
    db = np.zeros(n_c, dtype=dz.dtype)
    for i in range(m):
        for h in range(n_h):
            for w_ in range(n_w):
                vs, hs = h * stride, w_ * stride
                a_slice = a_prev_pad[i, vs : vs + f, hs : hs + f, :]
                for c in range(n_c):
                    da_prev_pad[i, vs : vs + f, hs : hs + f, :] += w[:, :, :, c] * dz[i, h, w_, c]
                    dw[:, :, :, c] += a_slice * dz[i, h, w_, c]
                    db[c] += dz[i, h, w_, c]
    n_h_prev, n_w_prev = a_prev.shape[1], a_prev.shape[2]
    da_prev = da_prev_pad[:, pad : pad + n_h_prev, pad : pad + n_w_prev, :]
    return da_prev, dw, db


def pool_forward_naive(a_prev: np.ndarray, f: int, stride: int, mode: str) -> np.ndarray:
    """Return the pooled ``A (m, n_H, n_W, n_c)``, one window and channel at a time."""
    m, n_h_prev, n_w_prev, n_c = a_prev.shape
    n_h = (n_h_prev - f) // stride + 1
    n_w = (n_w_prev - f) // stride + 1
    a = np.zeros((m, n_h, n_w, n_c), dtype=a_prev.dtype)
    for i in range(m):
        for h in range(n_h):
            for w_ in range(n_w):
                for c in range(n_c):
                    vs, hs = h * stride, w_ * stride
                    window = a_prev[i, vs : vs + f, hs : hs + f, c]
                    a[i, h, w_, c] = np.max(window) if mode == "max" else np.mean(window)
    return a


def _max_mask(window: np.ndarray) -> np.ndarray:
    """A mask with a single 1 at the window's first maximum (row-major order)."""
    mask = np.zeros(window.shape, dtype=bool)
    mask[np.unravel_index(np.argmax(window), window.shape)] = True
    return mask


def pool_backward_naive(
    da: np.ndarray, a_prev: np.ndarray, f: int, stride: int, mode: str
) -> np.ndarray:
    """Return ``dA_prev``: max routes to the arg-max, average spreads evenly."""
    m, n_h, n_w, n_c = da.shape
    da_prev = np.zeros_like(a_prev)
    for i in range(m):
        for h in range(n_h):
            for w_ in range(n_w):
                for c in range(n_c):
                    vs, hs = h * stride, w_ * stride
                    if mode == "max":
                        window = a_prev[i, vs : vs + f, hs : hs + f, c]
                        share = _max_mask(window) * da[i, h, w_, c]
                    else:
                        share = np.full((f, f), da[i, h, w_, c] / (f * f))
                    da_prev[i, vs : vs + f, hs : hs + f, c] += share
    return da_prev


def dense_forward_naive(a_prev: np.ndarray, w: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Return ``Z (m, n_out)``; a 3-D input is flattened in C order over (H, W, C)."""
    m = a_prev.shape[0]
    x = a_prev.reshape(m, -1)
    z = np.zeros((m, w.shape[1]), dtype=a_prev.dtype)
    for i in range(m):
        for j in range(w.shape[1]):
            z[i, j] = np.sum(x[i] * w[:, j]) + b[j]
    return z


def dense_backward_naive(
    dz: np.ndarray, a_prev: np.ndarray, w: np.ndarray
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Return ``(dA_prev, dW, db)`` of an FC layer, one sample at a time."""
    m = a_prev.shape[0]
    x = a_prev.reshape(m, -1)
    dx = np.zeros_like(x)
    dw = np.zeros_like(w)
    db = np.zeros(w.shape[1], dtype=dz.dtype)
    for i in range(m):
        dw += np.outer(x[i], dz[i])
        db += dz[i]
        dx[i] = w @ dz[i]
    return dx.reshape(a_prev.shape), dw, db


def _g(name: str, z: float) -> float:
    if name == "relu":
        return max(z, 0.0)
    if name == "leaky_relu":
        return z if z > 0 else LEAKY_SLOPE * z
    if name == "tanh":
        return math.tanh(z)
    if name == "sigmoid":
        return 1 / (1 + math.exp(-z)) if z >= 0 else math.exp(z) / (1 + math.exp(z))
    return z


def _g_prime(name: str, z: float) -> float:
    if name == "relu":
        return 1.0 if z > 0 else 0.0
    if name == "leaky_relu":
        return 1.0 if z > 0 else LEAKY_SLOPE
    if name == "tanh":
        return 1 - math.tanh(z) ** 2
    if name == "sigmoid":
        s = _g("sigmoid", z)
        return s * (1 - s)
    return 1.0


def activation_naive(name: str, z: np.ndarray) -> np.ndarray:
    """Apply ``g`` element by element."""
    out = np.array([_g(name, float(v)) for v in z.ravel()], dtype=z.dtype)
    return out.reshape(z.shape)


def activation_backward_naive(name: str, da: np.ndarray, z: np.ndarray) -> np.ndarray:
    """Return ``dZ = dA * g'(Z)`` element by element, from ``Z``."""
    g = [_g_prime(name, float(v)) for v in z.ravel()]
    return da * np.array(g, dtype=z.dtype).reshape(z.shape)


def softmax_cross_entropy_naive(scores: np.ndarray, y: np.ndarray) -> tuple[float, np.ndarray]:
    """Mean cross-entropy and ``dScores``, one sample at a time (max-shifted)."""
    m, n_classes = scores.shape
    loss = 0.0
    dscores = np.zeros_like(scores)
    for i in range(m):
        top = max(float(v) for v in scores[i])
        exps = [math.exp(float(v) - top) for v in scores[i]]
        total = sum(exps)
        loss -= math.log(exps[y[i]] / total)
        for k in range(n_classes):
            dscores[i, k] = (exps[k] / total - (1.0 if k == y[i] else 0.0)) / m
    return loss / m, dscores
