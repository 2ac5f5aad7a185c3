"""The POOL layer (max or average), no parameters.

Windows are strided views (:mod:`cnnbuilder.core.nn.im2col`). Max-pool
backward routes each window's gradient to its arg-max (the first maximum
in row-major window order, as PyTorch does); average-pool spreads it
evenly. Input rows/columns that no window covers (when ``(n - f)`` is not
a multiple of ``s``) get a zero gradient.

The common 2 x 2, stride 2 max-pool has its own path
(:mod:`cnnbuilder.core.nn.pool2x2`).
"""

from __future__ import annotations

import numpy as np

from cnnbuilder.core.nn import pool2x2
from cnnbuilder.core.nn.aliases import Cache, Grads
from cnnbuilder.core.nn.im2col import col2im_offsets, out_size, windows
from cnnbuilder.core.nn.workspace import Workspace


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
        self, x: np.ndarray, params: dict[str, np.ndarray], ws: Workspace
    ) -> tuple[np.ndarray, Cache]:
        """Return ``(out, cache)``: x ``(m, n_H_prev, n_W_prev, n_c)`` -> ``(m, n_H, n_W, n_c)``."""
        if self.fast:
            out, saved = pool2x2.forward(x, ws, self._key(""))
            cache = (x.shape, saved)
        elif self.mode == "avg":
            view = windows(x, self.n_h, self.n_w, self.f, self.s)
            return view.mean(axis=(3, 4), dtype=x.dtype), (x.shape, None)
        else:
            out, cache = self._forward_max(x)
        return out, cache

    def _forward_max(self, x: np.ndarray) -> tuple[np.ndarray, Cache]:
        view = windows(x, self.n_h, self.n_w, self.f, self.s)
        m, c = x.shape[0], x.shape[3]
        flat = view.reshape(m, self.n_h, self.n_w, self.f * self.f, c)
        arg = flat.argmax(axis=3)
        out = np.take_along_axis(flat, arg[:, :, :, None], axis=3)[:, :, :, 0]
        return out, (x.shape, (arg, out))

    def backward(
        self,
        dout: np.ndarray,
        cache: Cache,
        params: dict[str, np.ndarray],
        ws: Workspace,
        need_dx: bool = True,
    ) -> tuple[np.ndarray | None, Grads]:
        """Return ``(dx, {})``.

        Parameters
        ----------
        dout : (m, n_H, n_W, n_c)

        Returns
        -------
        dx : (m, n_H_prev, n_W_prev, n_c) or None
        """
        if not need_dx:
            return None, {}
        in_shape, saved = cache
        if self.fast:
            return pool2x2.backward(dout, in_shape, saved, ws, self._key("")), {}
        f = self.f
        offsets = np.arange(f * f).reshape(-1, 1, 1, 1, 1)
        if self.mode == "avg":
            parts = np.broadcast_to(dout / (f * f), (f * f, *dout.shape))
        else:
            arg = saved[0]
            parts = (arg[None] == offsets) * dout[None]
        dx = col2im_offsets(parts, in_shape, f, self.s, ws, self._key("dx"))
        return dx, {}
