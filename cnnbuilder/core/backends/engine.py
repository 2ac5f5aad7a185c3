"""The engine protocol, the NumPy engine, and the choice between backends."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

import numpy as np

from cnnbuilder.core.errors import MissingExtra
from cnnbuilder.core.extras import available
from cnnbuilder.core.nn.network import Network
from cnnbuilder.core.nn.optim import make_optimizer
from cnnbuilder.core.spec import BACKENDS


class Engine(Protocol):
    """Makes the updates of one run on a :class:`Network`'s weights."""

    def step(
        self, x: np.ndarray, y: np.ndarray, should_stop: Callable[[], bool] | None = None
    ) -> float:
        """One update on a batch ``x (m, n_H, n_W, n_c)``, ``y (m,)``; return its cost.

        The cost is that of the weights before the update. When it is not
        finite, no update is made and the weights go back to those of the
        last finite cost (an earlier update may have made them NaN).
        ``should_stop`` is asked during the step: when it says so the step
        raises ``StepInterrupted`` before any weight changed.
        """
        ...

    def predict(self, x: np.ndarray) -> np.ndarray:
        """The predicted class ``(m,)`` of every sample, with the current weights."""
        ...

    def sync(self) -> None:
        """Leave the current weights in the network's ``params`` (its layout)."""
        ...


class NumpyEngine:
    """The NumPy engine: :class:`Network` and an optimiser from :mod:`cnnbuilder.core.nn`."""

    def __init__(self, network: Network, optimizer: str, lr: float) -> None:
        self.network = network
        self.optimizer = make_optimizer(optimizer, lr)
        # The last weights whose cost was finite, restored on divergence.
        self._snapshot = {k: v.copy() for k, v in network.params.items()}

    def step(
        self, x: np.ndarray, y: np.ndarray, should_stop: Callable[[], bool] | None = None
    ) -> float:
        """See :meth:`Engine.step` (``should_stop`` is asked between layers)."""
        params = self.network.params
        # A diverging run overflows; the caller sees a non-finite cost, not a warning.
        with np.errstate(over="ignore", invalid="ignore", divide="ignore"):
            cost = float(self.network.loss_and_grads(x, y, should_stop))
            if np.isfinite(cost):
                for key, value in params.items():
                    np.copyto(self._snapshot[key], value)
                self.optimizer.step(params, self.network.grads)
        if not np.isfinite(cost):
            for key, saved in self._snapshot.items():
                np.copyto(params[key], saved)
        return cost

    def predict(self, x: np.ndarray) -> np.ndarray:
        """See :meth:`Engine.predict`."""
        classes: np.ndarray = self.network.predict(x)
        return classes

    def sync(self) -> None:
        """The NumPy engine works on the network's own arrays: nothing to do."""


def available_backends() -> tuple[str, ...]:
    """The backends that can run here: ``numpy``, and ``torch`` when it is installed."""
    return tuple(name for name in BACKENDS if name == "numpy" or available(name))


def make_engine(
    network: Network, backend: str, optimizer: str, lr: float, device: str = "auto"
) -> Engine:
    """Return the engine of ``backend`` for ``network``.

    Raises
    ------
    ValueError
        An unknown backend; :class:`DeviceUnavailable` for a device this computer lacks.
    MissingExtra
        ``torch`` without PyTorch installed.
    """
    if backend == "numpy":
        return NumpyEngine(network, optimizer, lr)
    if backend == "torch":
        if not available("torch"):
            raise MissingExtra("torch", "torch")
        from cnnbuilder.core.backends.torch_engine import TorchEngine

        return TorchEngine(network, optimizer, lr, device)
    raise ValueError(f"unknown backend {backend!r}; expected one of {', '.join(BACKENDS)}")
