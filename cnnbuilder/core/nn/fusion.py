"""Activation fusion: a CONV followed by a max-pool lets the pool apply the activation.

Every activation g is non-decreasing, so ``max g(z) = g(max z)``: the pool
can take the maximum of the CONV's ``Z`` and apply g to its outputs only (a
quarter of the values for a 2 x 2 pool). In backward it applies g' (written
with the output, see :mod:`.activations`) to the pooled gradient before
routing it, so that what reaches the CONV is already ``dJ/dZ``. The result
is the same as unfused, to rounding.

This is the one optimisation that spans two layers, and it lives here
alone: :func:`fuse` rewrites a layer list for a pass, and the layers and
the network know nothing about it.
"""

from __future__ import annotations

import copy
from itertools import pairwise

import numpy as np

from cnnbuilder.core.nn.activations import activate, activation_grad
from cnnbuilder.core.nn.aliases import Cache, Grads
from cnnbuilder.core.nn.conv import Conv2D
from cnnbuilder.core.nn.interface import Layer
from cnnbuilder.core.nn.pool import Pool2D
from cnnbuilder.core.nn.workspace import Workspace


class FusedMaxPool:
    """A max-pool that applies the activation of the CONV before it (which then has none).

    Parameters
    ----------
    pool : Pool2D
        A max-pool.
    activation : str
        The CONV's activation.
    """

    def __init__(self, pool: Pool2D, activation: str) -> None:
        if pool.mode != "max":
            raise ValueError("only a max-pool can take over the activation")
        self.pool, self.activation = pool, activation
        self.index, self.in_shape = pool.index, pool.in_shape

    @property
    def out_shape(self) -> tuple[int, ...]:
        """The pool's ``(n_H, n_W, n_c)``."""
        return self.pool.out_shape

    def param_shapes(self) -> dict[str, tuple[int, ...]]:
        """None: a pool has no parameters."""
        return {}

    def forward(
        self, x: np.ndarray, params: dict[str, np.ndarray], ws: Workspace
    ) -> tuple[np.ndarray, Cache]:
        """Pool the CONV's ``Z (m, n_H_prev, n_W_prev, n_c)``, then apply g in place."""
        out, cache = self.pool.forward(x, params, ws)
        activate(self.activation, out)
        return out, (cache, out)

    def backward(
        self,
        dout: np.ndarray,
        cache: Cache,
        params: dict[str, np.ndarray],
        ws: Workspace,
        need_dx: bool = True,
    ) -> tuple[np.ndarray | None, Grads]:
        """Return ``(dJ/dZ of the CONV, {})`` from ``dout (m, n_H, n_W, n_c)``."""
        if not need_dx:
            return None, {}
        pool_cache, out = cache
        dz = ws.get(f"{self.index}.dz", out.shape, out.dtype)
        activation_grad(self.activation, dout, out, out=dz)
        return self.pool.backward(dz, pool_cache, params, ws, need_dx)


def fuse(layers: list[Layer]) -> list[Layer]:
    """The layers a pass runs: each CONV followed by a max-pool hands its activation over.

    The CONV is replaced by a copy with a linear activation (it outputs
    ``Z``; same parameters and buffers) and the pool by a :class:`FusedMaxPool`.
    Other layers are returned as they are.
    """
    out = list(layers)
    for i, (layer, nxt) in enumerate(pairwise(layers)):
        if isinstance(layer, Conv2D) and isinstance(nxt, Pool2D) and nxt.mode == "max":
            bare = copy.copy(layer)
            bare.activation = "linear"
            out[i], out[i + 1] = bare, FusedMaxPool(nxt, layer.activation)
    return out
