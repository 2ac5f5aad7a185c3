"""Helpers for the export tests: trained weights, random networks, the script as a module."""

from __future__ import annotations

import importlib.util
import sys
import types
from pathlib import Path

import numpy as np
import pytest
from hypothesis import strategies as st

from cnnbuilder.core.nn.network import Network
from cnnbuilder.core.nn.optim import make_optimizer
from cnnbuilder.core.spec import (
    ACTIVATIONS,
    POOL_MODES,
    ConvSpec,
    DenseSpec,
    InputSpec,
    NetworkSpec,
    PoolSpec,
    SoftmaxSpec,
)


def trained_network(spec: NetworkSpec, steps: int = 3, seed: int = 0) -> Network:
    """A network after a few Adam steps on random data: no weight is at its initial value."""
    rng = np.random.default_rng(seed)
    net = Network.from_spec(spec, rng)
    optimizer = make_optimizer("adam", 0.01)
    classes = spec.layers[-1].classes
    for _ in range(steps):
        x = rng.random((8, *spec.input.shape), dtype=np.float32)
        net.loss_and_grads(x, rng.integers(0, classes, 8))
        optimizer.step(net.params, net.grads)
    return net


def import_script(path: Path) -> types.ModuleType:
    """Import a written script as a module, as a learner would (``from model import ...``)."""
    name = f"exported_{path.stem}_{abs(hash(path))}"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


@st.composite
def random_networks(draw: st.DrawFn) -> NetworkSpec:
    """Chains of CONV / POOL layers, FC layers and a Softmax (some are invalid)."""
    shape = InputSpec(draw(st.integers(1, 10)), draw(st.integers(1, 10)), draw(st.integers(1, 3)))
    layers: list = []
    for _ in range(draw(st.integers(0, 3))):
        if draw(st.booleans()):
            layers.append(
                ConvSpec(
                    filters=draw(st.integers(1, 4)),
                    size=draw(st.integers(1, 4)),
                    stride=draw(st.integers(1, 3)),
                    padding=draw(st.sampled_from([0, 1, 2, "valid", "same"])),
                    activation=draw(st.sampled_from(ACTIVATIONS)),
                )
            )
        else:
            layers.append(
                PoolSpec(
                    mode=draw(st.sampled_from(POOL_MODES)),
                    size=draw(st.integers(1, 3)),
                    stride=draw(st.integers(1, 3)),
                )
            )
    for _ in range(draw(st.integers(0, 2))):
        layers.append(
            DenseSpec(units=draw(st.integers(1, 6)), activation=draw(st.sampled_from(ACTIVATIONS)))
        )
    layers.append(SoftmaxSpec(classes=draw(st.integers(2, 5))))
    return NetworkSpec(name="random", input=shape, layers=tuple(layers))


def perturbed_network(spec: NetworkSpec, seed: int) -> Network:
    """Random weights with non-zero biases (as after training)."""
    rng = np.random.default_rng(seed)
    net = Network.from_spec(spec, rng)
    for value in net.params.values():
        value += rng.normal(0, 0.2, value.shape).astype(np.float32)
    return net


@pytest.fixture(scope="session")
def trained():
    """``trained(spec, steps=3)``: a network after a few Adam steps on random data."""
    return trained_network


@pytest.fixture(scope="session")
def perturbed():
    """``perturbed(spec, seed)``: random weights with non-zero biases."""
    return perturbed_network


@pytest.fixture(scope="session")
def load_script():
    """``load_script(path)``: import a written script as a module."""
    return import_script


@pytest.fixture(scope="session")
def network_strategy():
    """A hypothesis strategy of random networks (draw it with ``st.data()``)."""
    return random_networks()
