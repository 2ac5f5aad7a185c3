"""The FC layer (and the dense part of the Softmax layer).

``Z = A_prev_flat @ W + b``, ``A = g(Z)``. A 3-D input is flattened in C
order over ``(n_H, n_W, n_c)``, as FORMATS.md prescribes.
"""

from __future__ import annotations

import numpy as np

from cnnbuilder.core.nn.activations import activate, activation_grad
from cnnbuilder.core.nn.aliases import Cache, Grads
from cnnbuilder.core.nn.workspace import Workspace


class Dense:
    """Fully connected layer of ``units`` neurons.

    Parameters
    ----------
    index : int
        0-based position in the spec; names ``layer{index}.W/b``.
    in_shape : tuple of int
        ``(n_H, n_W, n_c)`` or ``(n_in,)``.
    activation : str
        ``"linear"`` for the Softmax layer (the softmax itself is in the loss).
    """

    kind = "fc"

    def __init__(self, index: int, in_shape: tuple[int, ...], units: int, activation: str) -> None:
        self.index = index
        self.key_w, self.key_b = f"layer{index}.W", f"layer{index}.b"
        self.in_shape = tuple(in_shape)
        self.n_in = int(np.prod(in_shape))
        self.units = units
        self.activation = activation

    @property
    def out_shape(self) -> tuple[int]:
        """``(units,)``."""
        return (self.units,)

    def param_shapes(self) -> dict[str, tuple[int, ...]]:
        """``W: (n_in, n_out)``, ``b: (n_out,)``."""
        return {self.key_w: (self.n_in, self.units), self.key_b: (self.units,)}

    def forward(
        self, x: np.ndarray, params: dict[str, np.ndarray], ws: Workspace
    ) -> tuple[np.ndarray, Cache]:
        """Return ``(A, cache)``: x ``(m, *in_shape)`` -> A ``(m, units)``."""
        m = x.shape[0]
        x_flat = x.reshape(m, self.n_in)
        z = ws.get(f"{self.index}.z", (m, self.units), x.dtype)
        np.matmul(x_flat, params[self.key_w], out=z)
        z += params[self.key_b]
        a = activate(self.activation, z)
        return a, (x_flat, a)

    def backward(
        self,
        da: np.ndarray,
        cache: Cache,
        params: dict[str, np.ndarray],
        ws: Workspace,
        need_dx: bool = True,
    ) -> tuple[np.ndarray | None, Grads]:
        """Return ``(dA_prev, {W: dW, b: db})``.

        ``da`` is ``(m, units)``;
        ``dA_prev`` has the input's shape ``(m, *in_shape)``.
        """
        x_flat, a = cache
        dz = activation_grad(self.activation, da, a)
        grads = {self.key_w: x_flat.T @ dz, self.key_b: dz.sum(axis=0)}
        if not need_dx:
            return None, grads
        dx = dz @ params[self.key_w].T
        return dx.reshape(dz.shape[0], *self.in_shape), grads
