"""The interface every engine layer offers; :class:`~cnnbuilder.core.nn.network.Network`
runs any object that has it, whatever its kind."""

from __future__ import annotations

from typing import Protocol

import numpy as np

from cnnbuilder.core.nn.aliases import Cache, Grads
from cnnbuilder.core.nn.workspace import Workspace


class Layer(Protocol):
    """One engine layer at position ``index`` (0-based) of the spec.

    Its parameters are named ``layer{index}.W`` / ``layer{index}.b`` (if it
    has any); ``forward`` and ``backward`` read them from ``params``.
    """

    index: int
    in_shape: tuple[int, ...]

    @property
    def out_shape(self) -> tuple[int, ...]:
        """The output shape of one sample: ``(n_H, n_W, n_c)`` or ``(units,)``."""
        ...

    def param_shapes(self) -> dict[str, tuple[int, ...]]:
        """The shape of each parameter by key (empty without parameters)."""
        ...

    def forward(
        self, x: np.ndarray, params: dict[str, np.ndarray], ws: Workspace
    ) -> tuple[np.ndarray, Cache]:
        """Return ``(A, cache)`` for a batch ``x (m, *in_shape)``; A is ``(m, *out_shape)``."""
        ...

    def backward(
        self,
        da: np.ndarray,
        cache: Cache,
        params: dict[str, np.ndarray],
        ws: Workspace,
        need_dx: bool,
    ) -> tuple[np.ndarray | None, Grads]:
        """Return ``(dJ/dA_prev, gradients by key)`` from ``dJ/dA``.

        ``dJ/dA_prev`` is None when ``need_dx`` is false (the first layer).
        """
        ...
