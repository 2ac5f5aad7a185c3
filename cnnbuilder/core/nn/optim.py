"""Optimisers: SGD, momentum, Adam, in the course's notation, updating in place.

Each keeps its state (velocity ``v``, moments ``m``/``v``, step count ``t``)
per parameter name, so the same optimiser serves any network's dict.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

import numpy as np


class Optimizer:
    """Base class: ``step(params, grads)`` updates every ``params[key]`` in place.

    Parameters
    ----------
    lr : float
        Learning rate ``α``.
    """

    name = "base"

    def __init__(self, lr: float) -> None:
        if not lr > 0:
            raise ValueError(f"the learning rate must be positive (got {lr})")
        self.lr = float(lr)

    def step(self, params: Mapping[str, np.ndarray], grads: Mapping[str, np.ndarray]) -> None:
        """Apply one update to every parameter that has a gradient."""
        for key, param in params.items():
            self.update(key, param, grads[key])

    def update(self, key: str, param: np.ndarray, grad: np.ndarray) -> None:
        """Update one parameter in place."""
        raise NotImplementedError


class SGD(Optimizer):
    """Gradient descent: ``W := W - α dW``."""

    name = "sgd"

    def update(self, key: str, param: np.ndarray, grad: np.ndarray) -> None:
        """``W := W - α dW``."""
        param -= self.lr * grad


class Momentum(Optimizer):
    """Gradient descent with momentum (course form).

    ``v := β v + (1 - β) dW``, ``W := W - α v``, with ``β = 0.9`` and
    ``v`` starting at zero.
    """

    name = "momentum"

    def __init__(self, lr: float, beta: float = 0.9) -> None:
        super().__init__(lr)
        self.beta = beta
        self.velocity: dict[str, np.ndarray] = {}

    def update(self, key: str, param: np.ndarray, grad: np.ndarray) -> None:
        """One momentum step for ``param``."""
        if key not in self.velocity:
            self.velocity[key] = np.zeros_like(param)
        v = self.velocity[key]
        v *= self.beta
        v += (1 - self.beta) * grad
        param -= self.lr * v


class Adam(Optimizer):
    """Adam with bias correction.

    ``v := β1 v + (1 - β1) dW``, ``s := β2 s + (1 - β2) dW²``,
    ``v̂ = v / (1 - β1^t)``, ``ŝ = s / (1 - β2^t)``,
    ``W := W - α v̂ / (sqrt(ŝ) + ε)``; ``β1 = 0.9``, ``β2 = 0.999``,
    ``ε = 1e-8``, ``t`` counted per parameter from 1.

    The moments of every parameter are views into one flat array each, so
    that a step over a whole network is a dozen array operations rather
    than a dozen per parameter. ``v[key]``, ``s[key]``, ``t[key]`` remain
    the state of each parameter.
    """

    name = "adam"

    def __init__(
        self, lr: float, beta1: float = 0.9, beta2: float = 0.999, eps: float = 1e-8
    ) -> None:
        super().__init__(lr)
        self.beta1, self.beta2, self.eps = beta1, beta2, eps
        self.v: dict[str, np.ndarray] = {}
        self.s: dict[str, np.ndarray] = {}
        self.t: dict[str, int] = {}
        self._scratch: dict[str, np.ndarray] = {}
        self._keys: tuple[str, ...] = ()
        self._flat: tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray] | None = None

    def step(self, params: Mapping[str, np.ndarray], grads: Mapping[str, np.ndarray]) -> None:
        """Update every parameter; all at once while the same parameters come back."""
        if not self.t:
            self._allocate(params)
        if self._flat is None or tuple(params) != self._keys:
            super().step(params, grads)
            return
        v, s, tmp, g = self._flat
        np.concatenate([grads[key].reshape(-1) for key in self._keys], out=g)
        t = self.t[self._keys[0]] + 1
        self._moments(v, s, tmp, g, t)
        for key in self._keys:
            params[key] -= self._scratch[key]
            self.t[key] = t

    def _allocate(self, params: Mapping[str, np.ndarray]) -> None:
        """Create the state of ``params``, flat when they share a dtype."""
        dtypes = {value.dtype for value in params.values()}
        if len(dtypes) != 1:
            return
        size, dtype = sum(value.size for value in params.values()), dtypes.pop()
        v, s, tmp, g = (np.zeros(size, dtype) for _ in range(4))
        self._flat = (v, s, tmp, g)
        offset = 0
        for key, value in params.items():
            span = slice(offset, offset + value.size)
            self.v[key], self.s[key] = v[span].reshape(value.shape), s[span].reshape(value.shape)
            self._scratch[key] = tmp[span].reshape(value.shape)
            self.t[key] = 0
            offset += value.size
        self._keys = tuple(params)

    def _moments(
        self, v: np.ndarray, s: np.ndarray, tmp: np.ndarray, grad: np.ndarray, t: int
    ) -> None:
        """Update the moments and leave the step to subtract in ``tmp``.

        Uses ``α v̂ / (sqrt(ŝ) + ε) = α_t v / (sqrt(s) + ε_t)`` with
        ``α_t = α sqrt(1 - β2^t) / (1 - β1^t)`` and ``ε_t = ε sqrt(1 - β2^t)``:
        the same value, computed in place with no temporary arrays.
        """
        np.multiply(grad, 1 - self.beta1, out=tmp)
        v *= self.beta1
        v += tmp
        np.multiply(grad, grad, out=tmp)
        tmp *= 1 - self.beta2
        s *= self.beta2
        s += tmp
        root = math.sqrt(1 - self.beta2**t)  # a Python float keeps float32 float32
        np.sqrt(s, out=tmp)
        tmp += self.eps * root
        np.divide(v, tmp, out=tmp)
        tmp *= self.lr * root / (1 - self.beta1**t)

    def update(self, key: str, param: np.ndarray, grad: np.ndarray) -> None:
        """One Adam step for ``param`` alone."""
        if key not in self.t:
            self.v[key], self.s[key], self.t[key] = np.zeros_like(param), np.zeros_like(param), 0
            self._scratch[key] = np.empty_like(param)
        self._flat = None  # the parameters no longer step together
        self.t[key] += 1
        self._moments(self.v[key], self.s[key], self._scratch[key], grad, self.t[key])
        param -= self._scratch[key]


_OPTIMIZERS: dict[str, type[Optimizer]] = {"sgd": SGD, "momentum": Momentum, "adam": Adam}


def make_optimizer(name: str, lr: float) -> Optimizer:
    """Return a fresh optimiser: ``"sgd"``, ``"momentum"`` or ``"adam"``.

    Raises
    ------
    ValueError
        An unknown name or a learning rate that is not positive.
    """
    try:
        cls = _OPTIMIZERS[name]
    except KeyError:
        known = ", ".join(_OPTIMIZERS)
        raise ValueError(f"unknown optimizer {name!r}; expected one of {known}") from None
    return cls(lr)
