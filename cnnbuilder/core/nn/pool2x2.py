"""The 2 x 2, stride 2 max-pool: two pairwise maxima, comparisons kept for backward.

Each window ``[[a, b], [c, d]]`` is reduced column pair first (``a|b``,
``c|d``), then row pair; every comparison is strict, so ties go to the
first element in row-major order, as ``argmax`` and PyTorch do.

Two layouts:

``flat``
    For an even-sized contiguous input. In NHWC the right partner of an
    element sits ``n_c`` floats later, so the column step compares the
    flat array with itself shifted by ``n_c``: long contiguous loops
    instead of ``n_c``-long ones (6 floats in LeNet-5). The comparison is
    also made at the right-hand elements, where it means nothing; those
    results are never read, and the backward pass keeps zeros there.
``quads``
    Any input, through a strided ``(m, n_H, 2, n_W, 2, n_c)`` view; input
    rows and columns beyond ``2 n_H``, ``2 n_W`` get a zero gradient.
"""

from __future__ import annotations

import numpy as np
from numpy.lib.stride_tricks import as_strided

from cnnbuilder.core.nn.aliases import Cache
from cnnbuilder.core.nn.workspace import Workspace, zero_fill

_BOOL = np.dtype(bool)


def _quads(x: np.ndarray, n_h: int, n_w: int) -> np.ndarray:
    """View ``(m, n_h, 2, n_w, 2, n_c)`` of the 2 x 2 windows of ``x`` (any strides)."""
    s0, s1, s2, s3 = x.strides
    shape = (x.shape[0], n_h, 2, n_w, 2, x.shape[3])
    return as_strided(x, shape, (s0, 2 * s1, s1, 2 * s2, s2, s3))


def uses_flat(x: np.ndarray) -> bool:
    """Whether ``x (m, n_H, n_W, n_c)`` suits the flat layout."""
    return x.flags.c_contiguous and x.shape[1] % 2 == 0 and x.shape[2] % 2 == 0


def forward(x: np.ndarray, ws: Workspace, key: str) -> tuple[np.ndarray, Cache]:
    """Pool ``x (m, n_H_prev, n_W_prev, n_c)``; return ``(out (m, n_H, n_W, n_c), saved)``."""
    m, h, w, c = x.shape
    n_h, n_w = h // 2, w // 2
    out = ws.get(key + "out", (m, n_h, n_w, c), x.dtype)
    if uses_flat(x):
        flat = x.reshape(-1)
        # right[i]: the element c floats later beats element i (meaningful for left ones).
        right = ws.get(key + "right", flat.shape, _BOOL, zero_fill)
        np.greater(flat[c:], flat[:-c], out=right[:-c])
        cols = ws.get(key + "cols", flat.shape, x.dtype, zero_fill)
        np.maximum(flat[:-c], flat[c:], out=cols[:-c])
        pairs = cols.reshape(m, n_h, 2, w * c)
        lower = ws.get(key + "lower", (m, n_h, w * c), _BOOL)
        np.greater(pairs[:, :, 1], pairs[:, :, 0], out=lower)
        best = ws.get(key + "best", (m, n_h, w * c), x.dtype)
        np.maximum(pairs[:, :, 0], pairs[:, :, 1], out=best)
        np.copyto(out, best.reshape(m, n_h, n_w, 2, c)[..., 0, :])
        return out, ("flat", right, lower, out)
    q = _quads(x, n_h, n_w)
    right = ws.get(key + "right", (m, n_h, 2, n_w, c), _BOOL)
    np.greater(q[..., 1, :], q[..., 0, :], out=right)
    cols = ws.get(key + "cols", (m, n_h, 2, n_w, c), x.dtype)
    np.maximum(q[..., 0, :], q[..., 1, :], out=cols)
    lower = ws.get(key + "lower", (m, n_h, n_w, c), _BOOL)
    np.greater(cols[:, :, 1], cols[:, :, 0], out=lower)
    np.maximum(cols[:, :, 0], cols[:, :, 1], out=out)
    return out, ("quads", right, lower, out)


def backward(
    dout: np.ndarray, in_shape: tuple[int, ...], saved: Cache, ws: Workspace, key: str
) -> np.ndarray:
    """Route ``dout (m, n_H, n_W, n_c)`` to each window's maximum; return ``dx (in_shape)``."""
    layout, right, lower, _ = saved
    m, h, w, c = in_shape
    n_h, n_w = h // 2, w // 2
    if layout == "flat":
        # dout spread to the left elements of a half-height array; right ones stay 0.
        wide = ws.get(key + "wide", (m, n_h, n_w, 2, c), dout.dtype, zero_fill)
        wide[..., 0, :] = dout
        wide = wide.reshape(m, n_h, w * c)
        dx = ws.get(key + "dx", in_shape, dout.dtype)
        rows = dx.reshape(m, n_h, 2, w * c)
        np.multiply(wide, lower, out=rows[:, :, 1])
        np.subtract(wide, rows[:, :, 1], out=rows[:, :, 0])
        flat = dx.reshape(-1)
        moved = ws.get(key + "moved", (flat.size - c,), dout.dtype)
        np.multiply(flat[:-c], right[:-c], out=moved)  # zero wherever flat is a right element
        flat[:-c] -= moved
        flat[c:] += moved
        return dx
    rows = ws.get(key + "drows", (m, n_h, 2, n_w, c), dout.dtype)
    np.multiply(dout, lower, out=rows[:, :, 1])
    np.subtract(dout, rows[:, :, 1], out=rows[:, :, 0])
    odd = h % 2 or w % 2
    dx = ws.get(key + "dx", in_shape, dout.dtype, zero_fill if odd else None)
    q = _quads(dx, n_h, n_w)
    np.multiply(rows, right, out=q[..., 1, :])
    np.subtract(rows, q[..., 1, :], out=q[..., 0, :])
    return dx
