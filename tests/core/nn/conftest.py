"""Helpers for the engine tests: layer gradient checks in float64."""

from __future__ import annotations

from collections.abc import Callable

import numpy as np
import pytest

from cnnbuilder.core.gradcheck import numerical_gradient, rel_error
from cnnbuilder.core.nn.workspace import Workspace


def layer_grad_errors(
    layer, x: np.ndarray, params: dict[str, np.ndarray], rng: np.random.Generator
) -> dict[str, float]:
    """Relative error of every analytic gradient of ``sum(layer(x) * dout)``."""
    out, cache = layer.forward(x, params, Workspace(reuse=False))
    dout = rng.standard_normal(out.shape)
    dx, grads = layer.backward(dout, cache, params, Workspace(reuse=False))

    def loss(_: np.ndarray) -> float:
        return float(np.sum(layer.forward(x, params, Workspace(reuse=False))[0] * dout))

    errors = {"x": rel_error(dx, numerical_gradient(loss, x))}
    for key, grad in grads.items():
        errors[key] = rel_error(grad, numerical_gradient(loss, params[key]))
    return errors


@pytest.fixture
def grad_errors() -> Callable[..., dict[str, float]]:
    """The :func:`layer_grad_errors` helper."""
    return layer_grad_errors


@pytest.fixture
def rng() -> np.random.Generator:
    """A seeded generator: every test is reproducible."""
    return np.random.default_rng(1234)
