"""The CONV layer: im2col view + one GEMM, followed by its activation.

Forward
    ``Z = conv(pad(A_prev), W) + b`` then ``A = g(Z)``, as one product
    ``cols @ [W; b]`` where every row of ``cols`` is one input window plus a
    trailing 1 (the bias is folded into the product).

Grouped windows
    A layer with few filters makes a skinny product (``n_c = 6`` columns)
    that BLAS runs slowly. With ``group = k`` each row of ``cols`` holds a
    window ``k`` output positions wide (``f x (f + (k-1) s)``) and the weight
    matrix becomes banded, ``(f (f + (k-1) s) n_c_prev + 1) x (k n_c)``: more
    multiply-adds, but a wider product and a smaller ``cols`` copy.

Backward
    ``dW`` and ``db`` come from one product ``cols.T @ dZ``; the input
    gradient is one batched product with the kernel offset as the leading
    axis, scattered back by :func:`col2im_offsets` (a loop over the ``f x f``
    offsets only).
"""

from __future__ import annotations

import math

import numpy as np

from cnnbuilder.core.nn.activations import activate, activation_grad
from cnnbuilder.core.nn.aliases import Cache, Grads
from cnnbuilder.core.nn.im2col import col2im_offsets, im2col, out_size, pad, windows
from cnnbuilder.core.nn.workspace import Workspace, zero_fill

# Output columns a product should have before grouping stops paying off.
_WIDE_ENOUGH = 24


def choose_group(n_w: int, f: int, s: int, filters: int) -> int:
    """Pick how many adjacent output positions share one im2col row.

    Few filters make a skinny GEMM; grouping ``k`` positions widens it to
    ``k * filters`` columns at the cost of ``(f + (k-1) s) / f`` times the
    multiply-adds, so ``k`` stays at most ``f`` (less than twice the work).
    A ``k`` that divides ``n_w`` is preferred (no cropped columns).
    Measured (single-thread CPU time, batch 64): 6 filters of 5 x 5 on
    32 x 32 x 3 run fastest with k = 4, 16 filters of 5 x 5 on 14 x 14 x 6
    with k = 2, 32 filters of 3 x 3 with k = 1.
    """
    want = min(n_w, f, math.ceil(_WIDE_ENOUGH / filters))
    if want <= 1:
        return 1
    for k in range(want, min(n_w, f, 2 * want) + 1):
        if n_w % k == 0:
            return k
    return want


class Conv2D:
    """CONV layer ``f x f``, stride ``s``, padding ``p``, ``filters`` kernels, activation.

    Parameters
    ----------
    index : int
        0-based position in the spec; names the parameters ``layer{index}.W/b``.
    in_shape : (n_H_prev, n_W_prev, n_c_prev)
    group : int, optional
        Output positions per im2col row (see module notes); chosen by
        :func:`choose_group` when None.
    """

    kind = "conv"

    def __init__(
        self,
        index: int,
        in_shape: tuple[int, ...],
        filters: int,
        f: int,
        s: int,
        p: int,
        activation: str,
        group: int | None = None,
    ) -> None:
        self.index = index
        self.key_w, self.key_b = f"layer{index}.W", f"layer{index}.b"
        self.in_shape = tuple(in_shape)
        self.filters, self.f, self.s, self.p = filters, f, s, p
        self.activation = activation
        h, w, _ = self.in_shape
        self.n_h, self.n_w = out_size(h, f, s, p), out_size(w, f, s, p)
        self.group = group if group is not None else choose_group(self.n_w, f, s, filters)
        self.n_groups = math.ceil(self.n_w / self.group)
        # Zero columns so that the last group's window stays inside the buffer.
        reach = (self.n_groups * self.group - 1) * s + f
        self.extra_w = max(0, reach - (w + 2 * p))

    @property
    def out_shape(self) -> tuple[int, int, int]:
        """``(n_H, n_W, n_c)``."""
        return (self.n_h, self.n_w, self.filters)

    def param_shapes(self) -> dict[str, tuple[int, ...]]:
        """``W: (f, f, n_c_prev, n_c)``, ``b: (n_c,)``."""
        return {
            self.key_w: (self.f, self.f, self.in_shape[2], self.filters),
            self.key_b: (self.filters,),
        }

    def _key(self, name: str) -> str:
        return f"{self.index}.{name}"

    def _weight_matrix(self, w: np.ndarray, b: np.ndarray, ws: Workspace) -> np.ndarray:
        """``[W; b]`` as ``(K + 1, k n_c)``, banded when grouped."""
        f, s, k, n_c = self.f, self.s, self.group, self.filters
        c = self.in_shape[2]
        f_w = f + (k - 1) * s
        rows = f * f_w * c
        wb = ws.get(self._key("wb"), (rows + 1, k * n_c), w.dtype, zero_fill)
        band = wb[:rows].reshape(f, f_w, c, k, n_c)
        # One loop step per grouped position; the off-band entries stay zero.
        for q in range(k):
            band[:, q * s : q * s + f, :, q, :] = w
        wb[rows].reshape(k, n_c)[...] = b
        return wb

    def forward(
        self, x: np.ndarray, params: dict[str, np.ndarray], ws: Workspace
    ) -> tuple[np.ndarray, Cache]:
        """Return ``(A, cache)``.

        Parameters
        ----------
        x : (m, n_H_prev, n_W_prev, n_c_prev)

        Returns
        -------
        a : (m, n_H, n_W, n_c)
            May be a view of a workspace buffer.
        """
        m = x.shape[0]
        k, n_c = self.group, self.filters
        xp = pad(x, self.p, ws, self._key("xp"), self.extra_w)
        view = windows(xp, self.n_h, self.n_groups, self.f, self.s, k)
        cols = im2col(view, ws, self._key("cols"))
        wb = self._weight_matrix(params[self.key_w], params[self.key_b], ws)
        z = ws.get(self._key("z"), (cols.shape[0], k * n_c), x.dtype)
        np.matmul(cols, wb, out=z)
        z = z.reshape(m, self.n_h, self.n_groups * k, n_c)[:, :, : self.n_w]
        a = activate(self.activation, z)
        padded_shape = (m, self.in_shape[0] + 2 * self.p, self.in_shape[1] + 2 * self.p)
        return a, (cols, a, (*padded_shape, self.in_shape[2]))

    def _param_grads(self, dz: np.ndarray, cols: np.ndarray, ws: Workspace) -> Grads:
        f, s, k, n_c = self.f, self.s, self.group, self.filters
        m = dz.shape[0]
        if self.n_groups * k != self.n_w:
            # Cropped positions of the last group get a zero gradient.
            wide = ws.get(
                self._key("dz_wide"), (m, self.n_h, self.n_groups * k, n_c), dz.dtype, zero_fill
            )
            wide[:, :, : self.n_w] = dz
            dz = wide
        # dZ.T @ cols rather than cols.T @ dZ: the same product, measurably
        # faster in OpenBLAS for these long-and-thin shapes.
        dwb_t = ws.get(self._key("dwb"), (k * n_c, cols.shape[1]), dz.dtype)
        np.matmul(dz.reshape(-1, k * n_c).T, cols, out=dwb_t)
        dwb = dwb_t.T
        c, f_w = self.in_shape[2], f + (k - 1) * s
        band = np.ascontiguousarray(dwb[:-1]).reshape(f, f_w, c, k, n_c)
        dw = band[:, 0:f, :, 0, :].copy()
        for q in range(1, k):
            dw += band[:, q * s : q * s + f, :, q, :]
        db = dwb[-1].reshape(k, n_c).sum(axis=0)
        return {self.key_w: dw, self.key_b: db}

    def backward(
        self,
        da: np.ndarray,
        cache: Cache,
        params: dict[str, np.ndarray],
        ws: Workspace,
        need_dx: bool = True,
    ) -> tuple[np.ndarray | None, Grads]:
        """Return ``(dA_prev, {W: dW, b: db})``.

        Parameters
        ----------
        da : (m, n_H, n_W, n_c)
            ``dJ/dA``.
        need_dx : bool
            False for the first layer: nobody needs ``dJ/dX``.

        Returns
        -------
        dx : (m, n_H_prev, n_W_prev, n_c_prev) or None
        """
        cols, a, padded_shape = cache
        if self.activation == "linear":  # dZ = dA, no copy (also a fused CONV, see .fusion)
            dz = np.ascontiguousarray(da)
        else:
            dz = ws.get(self._key("dz"), a.shape, a.dtype)
            activation_grad(self.activation, da, a, out=dz)
        grads = self._param_grads(dz, cols, ws)
        if not need_dx:
            return None, grads
        return self._input_grad(dz, params[self.key_w], padded_shape, ws), grads

    def _input_grad(
        self, dz: np.ndarray, w: np.ndarray, padded_shape: tuple[int, ...], ws: Workspace
    ) -> np.ndarray:
        f, p = self.f, self.p
        m, c = dz.shape[0], self.in_shape[2]
        rows = m * self.n_h * self.n_w
        # (f*f, n_c, n_c_prev): one small matrix per kernel offset.
        # Contiguous so that each of the f*f products reads its matrix in one pass.
        wt = np.ascontiguousarray(w.reshape(f * f, c, self.filters).transpose(0, 2, 1))
        parts = ws.get(self._key("parts"), (f * f, rows, c), dz.dtype)
        np.matmul(dz.reshape(rows, self.filters), wt, out=parts)
        parts = parts.reshape(f * f, m, self.n_h, self.n_w, c)
        dxp = col2im_offsets(parts, padded_shape, f, self.s, ws, self._key("dxp"))
        h, w_in = self.in_shape[0], self.in_shape[1]
        return dxp[:, p : p + h, p : p + w_in, :]
