"""Sliding windows over NHWC volumes: padding, im2col views, col2im offsets.

Every window is a strided view of the (padded) input built with
``as_strided``: no Python loop over samples or pixels. The only loops are
the ``f x f`` window offsets of the col2im scatter (:func:`offset_slice`).
"""

from __future__ import annotations

import numpy as np
from numpy.lib.stride_tricks import as_strided

from cnnbuilder.core.nn.workspace import Workspace, zero_fill


def out_size(n: int, f: int, s: int, p: int = 0) -> int:
    """Course formula ``floor((n + 2p - f) / s) + 1``."""
    return (n + 2 * p - f) // s + 1


def pad(x: np.ndarray, p: int, ws: Workspace, key: str, extra_w: int = 0) -> np.ndarray:
    """Return ``x`` zero-padded by ``p`` on every side (and ``extra_w`` more on the right).

    Parameters
    ----------
    x : (m, n_H, n_W, n_c)
    p : int
        Padding of the course, the same on all four sides.
    extra_w : int
        Zero columns appended on the right, so that grouped windows
        (:func:`windows` with ``group > 1``) never read past the array.

    Returns
    -------
    xp : (m, n_H + 2p, n_W + 2p + extra_w, n_c)
        ``x`` itself when nothing is added. The buffer comes from ``ws``;
        its borders are zeroed once and never written.
    """
    if p == 0 and extra_w == 0:
        return x
    m, h, w, c = x.shape
    xp = ws.get(key, (m, h + 2 * p, w + 2 * p + extra_w, c), x.dtype, zero_fill)
    xp[:, p : p + h, p : p + w, :] = x
    return xp


def windows(xp: np.ndarray, n_h: int, n_w: int, f: int, s: int, group: int = 1) -> np.ndarray:
    """Read-only view of every ``f x f`` window of ``xp``.

    With ``group = k > 1`` each window covers ``k`` horizontally adjacent
    output positions at once: it is ``f`` rows by ``f + (k - 1) s`` columns
    and the windows step by ``k s`` columns (``n_w`` then counts groups).

    Parameters
    ----------
    xp : (m, H, W, n_c)
        The padded input.

    Returns
    -------
    view : (m, n_h, n_w, f, f + (group - 1) s, n_c)

    Raises
    ------
    ValueError
        When the last window would reach past ``xp``: ``as_strided`` does
        not check, and would read whatever memory lies beyond.
    """
    m, h, w, c = xp.shape
    s0, s1, s2, s3 = xp.strides
    f_w = f + (group - 1) * s
    if (n_h - 1) * s + f > h or (n_w - 1) * group * s + f_w > w:
        raise ValueError(f"{n_h} x {n_w} windows of {f} x {f_w} reach past a {h} x {w} input")
    return as_strided(
        xp,
        shape=(m, n_h, n_w, f, f_w, c),
        strides=(s0, s * s1, group * s * s2, s1, s2, s3),
        writeable=False,
    )


def _ones_last_column(array: np.ndarray) -> None:
    array[:, -1] = 1


def im2col(view: np.ndarray, ws: Workspace, key: str) -> np.ndarray:
    """Copy a window view into a matrix, one window per row, plus a column of ones.

    The ones column folds the bias into the product: ``cols @ [W; b]``.

    Parameters
    ----------
    view : (m, n_h, n_w, a, b, n_c)
        From :func:`windows`.

    Returns
    -------
    cols : (m * n_h * n_w, a * b * n_c + 1)
    """
    m, n_h, n_w = view.shape[:3]
    k = view.shape[3] * view.shape[4] * view.shape[5]
    cols = ws.get(key, (m * n_h * n_w, k + 1), view.dtype, _ones_last_column)
    # Splitting the last axis of a row slice is always a view, so this writes into cols.
    target = cols.reshape(m, n_h, n_w, k + 1)[..., :k].reshape(view.shape)
    np.copyto(target, view)
    return cols


def offset_slice(i: int, j: int, s: int, n_h: int, n_w: int) -> tuple[slice, ...]:
    """Index of the input pixels that window offset ``(i, j)`` touches, over all windows.

    ``xp[offset_slice(i, j, s, n_h, n_w)]`` has shape ``(m, n_h, n_w, n_c)``:
    element ``[:, r, q]`` is row ``i`` column ``j`` of window ``(r, q)``.
    """
    return (
        slice(None),
        slice(i, i + s * (n_h - 1) + 1, s),
        slice(j, j + s * (n_w - 1) + 1, s),
    )


def col2im_offsets(
    parts: np.ndarray, padded_shape: tuple[int, ...], f: int, s: int, ws: Workspace, key: str
) -> np.ndarray:
    """Scatter-add per-offset window gradients back onto the padded input.

    Parameters
    ----------
    parts : (f * f, m, n_h, n_w, n_c)
        ``parts[i * f + j]`` is the gradient of row ``i``, column ``j`` of
        every window. Keeping the offset as the leading axis makes each of
        the ``f * f`` additions run over long contiguous memory.
    padded_shape : (m, H, W, n_c)

    Returns
    -------
    dxp : padded_shape
        Pixels no window reaches (the leftover rows/columns when
        ``(n + 2p - f)`` is not a multiple of ``s``) stay zero.
    """
    n_h, n_w = parts.shape[2], parts.shape[3]
    dxp = ws.get(key, padded_shape, parts.dtype)
    dxp.fill(0)
    for i in range(f):
        for j in range(f):
            dxp[offset_slice(i, j, s, n_h, n_w)] += parts[i * f + j]
    return dxp
