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


class Poisoned(Workspace):
    """A workspace whose new buffers hold NaN (or True) until written.

    ``np.empty`` often returns zeros, which hides a kernel that reads a
    buffer element it never wrote; here such a read shows up as NaN.
    """

    def get(self, key, shape, dtype, init=None):  # type: ignore[no-untyped-def]
        def poison(array: np.ndarray) -> None:
            array.fill(np.nan if array.dtype.kind in "fc" else 1)
            if init is not None:
                init(array)

        return super().get(key, shape, dtype, poison)


@pytest.fixture
def poisoned() -> Callable[[], Workspace]:
    """Make a :class:`Poisoned` workspace."""
    return Poisoned


class KeyLog(Workspace):
    """A reusing workspace that records the key and dtype of every buffer asked for."""

    def __init__(self) -> None:
        super().__init__()
        self.keys: list[object] = []
        self.dtypes: list[np.dtype] = []

    def get(self, key, shape, dtype, init=None):  # type: ignore[no-untyped-def]
        self.keys.append(key)
        self.dtypes.append(np.dtype(dtype))
        return super().get(key, shape, dtype, init)


def _passes(layer, x: np.ndarray, params: dict[str, np.ndarray]) -> KeyLog:
    """The workspace of one forward and backward pass of ``layer``, with what was asked."""
    ws = KeyLog()
    out, cache = layer.forward(x, params, ws)
    layer.backward(np.ones_like(out), cache, params, ws)
    return ws


def _buffer_keys(layer, x: np.ndarray, params: dict[str, np.ndarray]) -> list[object]:
    """Keys of the workspace buffers one forward and backward pass of ``layer`` asks for."""
    return _passes(layer, x, params).keys


def scratch_dtypes(layer, x: np.ndarray, params: dict[str, np.ndarray]) -> set[str]:
    """Names of the dtypes of every buffer one forward and backward pass asks for.

    A float32 layer whose scratch buffers are float64 gives float32 results
    all the same (they are written back into float32 arrays), but takes twice
    the memory and time: only this shows it.
    """
    return {dtype.name for dtype in _passes(layer, x, params).dtypes}


@pytest.fixture
def dtypes_asked() -> Callable[..., set[str]]:
    """The :func:`scratch_dtypes` helper."""
    return scratch_dtypes


def assert_own_buffers(first, second, x: np.ndarray, params: dict[str, np.ndarray]) -> None:
    """Two layers' buffer keys: strings, none asked twice, none shared between the layers.

    A layer keeps some buffers (``cols``, the pooled output) in its cache for
    backward: a buffer shared with another layer would be overwritten by it.
    """
    keys = [_buffer_keys(layer, x, params) for layer in (first, second)]
    for some in keys:
        assert some
        assert all(isinstance(key, str) for key in some), some
        assert len(set(some)) == len(some), some
    assert not set(keys[0]) & set(keys[1])


@pytest.fixture
def own_buffers() -> Callable[..., None]:
    """The :func:`assert_own_buffers` check."""
    return assert_own_buffers
