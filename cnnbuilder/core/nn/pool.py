"""The POOL layer (max or average), no parameters.

Windows are strided views (:mod:`cnnbuilder.core.nn.im2col`). Max-pool
backward routes each window's gradient to its arg-max (the first maximum
in row-major window order, as PyTorch does); average-pool spreads it
evenly. Input rows/columns that no window covers (when ``(n - f)`` is not
a multiple of ``s``) get a zero gradient.

The common 2 x 2, stride 2 max-pool has its own path: two pairwise
maxima over reshaped views, with the comparisons kept for backward.
"""

from __future__ import annotations

import numpy as np
from numpy.lib.stride_tricks import as_strided

from cnnbuilder.core.nn.activations import activate, activation_grad
from cnnbuilder.core.nn.im2col import col2im_offsets, out_size, windows
from cnnbuilder.core.nn.workspace import Workspace, zero_fill


def _quads(x: np.ndarray, n_h: int, n_w: int) -> np.ndarray:
    """View ``(m, n_h, 2, n_w, 2, n_c)`` of the 2 x 2 windows of ``x`` (any strides)."""
    s0, s1, s2, s3 = x.strides
    shape = (x.shape[0], n_h, 2, n_w, 2, x.shape[3])
    return as_strided(x, shape, (s0, 2 * s1, s1, 2 * s2, s2, s3), writeable=False)


class Pool2D:
    """POOL layer: ``mode`` in {"max", "avg"}, window ``f x f``, stride ``s``.

    Parameters
    ----------
    index : int
        0-based position in the spec.
    in_shape : (n_H_prev, n_W_prev, n_c)
    """

    kind = "pool"

    def __init__(self, index: int, in_shape: tuple[int, ...], mode: str, f: int, s: int) -> None:
        if mode not in ("max", "avg"):
            raise ValueError(f"unknown pool mode {mode!r}")
        self.index = index
        self.in_shape = tuple(in_shape)
        self.mode, self.f, self.s = mode, f, s
        self.n_h, self.n_w = out_size(in_shape[0], f, s), out_size(in_shape[1], f, s)
        self.fast = mode == "max" and f == 2 and s == 2

    @property
    def out_shape(self) -> tuple[int, int, int]:
        """``(n_H, n_W, n_c)`` with ``n_c = n_c_prev``."""
        return (self.n_h, self.n_w, self.in_shape[2])

    def param_shapes(self) -> dict[str, tuple[int, ...]]:
        """POOL has no parameters."""
        return {}

    def _key(self, name: str) -> str:
        return f"{self.index}.{name}"

    def forward(
        self,
        x: np.ndarray,
        params: dict[str, np.ndarray],
        ws: Workspace,
        activation: str | None = None,
    ) -> tuple[np.ndarray, tuple]:
        """Return ``(out, cache)``: x ``(m, n_H_prev, n_W_prev, n_c)`` -> ``(m, n_H, n_W, n_c)``.

        Parameters
        ----------
        activation : str, optional
            Max-pool only: ``x`` is the previous layer's ``Z`` and its
            activation is applied here, to the pooled values. Every
            activation is non-decreasing, so ``max g(z) = g(max z)``, on a
            quarter of the values for a 2 x 2 pool.
        """
        if activation is not None and self.mode != "max":
            raise ValueError("only a max-pool can take over the activation")
        if self.fast:
            out, cache = self._forward_2x2(x, ws)
        elif self.mode == "avg":
            view = windows(x, self.n_h, self.n_w, self.f, self.s)
            return view.mean(axis=(3, 4), dtype=x.dtype), (x.shape, None)
        else:
            out, cache = self._forward_max(x)
        if activation is not None:
            activate(activation, out)
        return out, cache

    def _forward_max(self, x: np.ndarray) -> tuple[np.ndarray, tuple]:
        view = windows(x, self.n_h, self.n_w, self.f, self.s)
        m, c = x.shape[0], x.shape[3]
        flat = view.reshape(m, self.n_h, self.n_w, self.f * self.f, c)
        arg = flat.argmax(axis=3)
        out = np.take_along_axis(flat, arg[:, :, :, None], axis=3)[:, :, :, 0]
        return out, (x.shape, (arg, out))

    def _forward_2x2(self, x: np.ndarray, ws: Workspace) -> tuple[np.ndarray, tuple]:
        m, c = x.shape[0], x.shape[3]
        n_h, n_w = self.n_h, self.n_w
        q = _quads(x, n_h, n_w)
        # Right beats left only when strictly larger: ties go to the first, like argmax.
        right = ws.get(self._key("right"), (m, n_h, 2, n_w, c), np.dtype(bool))
        np.greater(q[..., 1, :], q[..., 0, :], out=right)
        cols = ws.get(self._key("colmax"), (m, n_h, 2, n_w, c), x.dtype)
        np.maximum(q[..., 0, :], q[..., 1, :], out=cols)
        lower = ws.get(self._key("lower"), (m, n_h, n_w, c), np.dtype(bool))
        np.greater(cols[:, :, 1], cols[:, :, 0], out=lower)
        out = ws.get(self._key("out"), (m, n_h, n_w, c), x.dtype)
        np.maximum(cols[:, :, 0], cols[:, :, 1], out=out)
        return out, (x.shape, (right, lower, out))

    def backward(
        self,
        dout: np.ndarray,
        cache: tuple,
        params: dict[str, np.ndarray],
        ws: Workspace,
        need_dx: bool = True,
        fold: str | None = None,
    ) -> tuple[np.ndarray | None, dict[str, np.ndarray]]:
        """Return ``(dx, {})``.

        Parameters
        ----------
        dout : (m, n_H, n_W, n_c)
        fold : str, optional
            Activation of the layer before (max-pool only). Its derivative
            is applied here, on the pooled values (the routed element equals
            the window maximum), so that ``dx`` is already ``dJ/dZ`` of that
            layer: a quarter of the work for a 2 x 2 pool.

        Returns
        -------
        dx : (m, n_H_prev, n_W_prev, n_c) or None
        """
        if not need_dx:
            return None, {}
        in_shape, saved = cache
        if fold is not None:
            if self.mode != "max":
                raise ValueError("only a max-pool can take over the activation derivative")
            out = saved[-1]
            dout = activation_grad(fold, dout, out, ws.get(self._key("dz"), out.shape, out.dtype))
        if self.fast:
            return self._backward_2x2(dout, in_shape, saved, ws), {}
        f = self.f
        offsets = np.arange(f * f).reshape(-1, 1, 1, 1, 1)
        if self.mode == "avg":
            parts = np.broadcast_to(dout / (f * f), (f * f, *dout.shape))
        else:
            arg = saved[0]
            parts = (arg[None] == offsets) * dout[None]
        dx = col2im_offsets(parts, in_shape, f, self.s, ws, self._key("dx"))
        return dx, {}

    def _backward_2x2(
        self, dout: np.ndarray, in_shape: tuple[int, ...], saved: tuple, ws: Workspace
    ) -> np.ndarray:
        right, lower, _ = saved
        n_h, n_w = self.n_h, self.n_w
        m, c = dout.shape[0], dout.shape[3]
        rows = ws.get(self._key("drows"), (m, n_h, 2, n_w, c), dout.dtype)
        np.multiply(dout, lower, out=rows[:, :, 1])
        np.subtract(dout, rows[:, :, 1], out=rows[:, :, 0])
        odd = in_shape[1] % 2 or in_shape[2] % 2
        dx = ws.get(self._key("dx"), in_shape, dout.dtype, zero_fill if odd else None)
        s0, s1, s2, s3 = dx.strides
        q = as_strided(dx, (m, n_h, 2, n_w, 2, c), (s0, 2 * s1, s1, 2 * s2, s2, s3))
        np.multiply(rows, right, out=q[..., 1, :])
        np.subtract(rows, q[..., 1, :], out=q[..., 0, :])
        return dx
