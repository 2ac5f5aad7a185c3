"""When a batch is split over two threads, and the BLAS thread switch."""

from __future__ import annotations

import os

import numpy as np
import pytest

from cnnbuilder.core.nn import blas
from cnnbuilder.core.nn.network import Network
from cnnbuilder.core.nn.split import activations_per_sample, should_split
from cnnbuilder.core.spec import ConvSpec, InputSpec, NetworkSpec, PoolSpec, SoftmaxSpec

can_split = blas.available() and (os.cpu_count() or 1) >= 2


def _activations(size: int, filters: int) -> int:
    return activations_per_sample(_net(size, filters).layers)


def _net(size: int, filters: int) -> Network:
    spec = NetworkSpec(
        name="s",
        input=InputSpec(size, size, 3),
        layers=(ConvSpec(filters=filters, size=3), PoolSpec(), SoftmaxSpec(classes=2)),
    )
    return Network.from_spec(spec, np.random.default_rng(0))


@pytest.mark.skipif(not can_split, reason="needs two cores and NumPy's OpenBLAS")
def test_large_activations_split_small_ones_do_not():
    assert should_split(_activations(32, 8), 64)
    assert not should_split(_activations(8, 8), 64)
    assert not should_split(_activations(32, 8), 8)  # halves too small


@pytest.mark.skipif(not blas.available(), reason="needs NumPy's OpenBLAS")
def test_blas_threads_are_restored():
    before = blas.current_threads()
    with blas.blas_threads(1):
        assert blas.current_threads() == 1
    assert blas.current_threads() == before
