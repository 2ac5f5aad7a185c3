"""Property: the engine's real tensors agree with summarize() for random networks."""

from __future__ import annotations

import numpy as np
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from cnnbuilder.core.nn.network import Network
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
from cnnbuilder.core.summary import summarize


@st.composite
def window_layers(draw):
    if draw(st.booleans()):
        return ConvSpec(
            filters=draw(st.integers(1, 4)),
            size=draw(st.integers(1, 4)),
            stride=draw(st.integers(1, 3)),
            padding=draw(st.sampled_from([0, 1, 2, "valid", "same"])),
            activation=draw(st.sampled_from(ACTIVATIONS)),
        )
    return PoolSpec(
        mode=draw(st.sampled_from(POOL_MODES)),
        size=draw(st.integers(1, 3)),
        stride=draw(st.integers(1, 3)),
    )


@st.composite
def networks(draw):
    shape = InputSpec(draw(st.integers(1, 12)), draw(st.integers(1, 12)), draw(st.integers(1, 3)))
    layers = draw(st.lists(window_layers(), max_size=3))
    for _ in range(draw(st.integers(0, 2))):
        units = draw(st.integers(1, 6))
        layers.append(DenseSpec(units=units, activation=draw(st.sampled_from(ACTIVATIONS))))
    layers.append(SoftmaxSpec(classes=draw(st.integers(2, 5))))
    return NetworkSpec(name="random", input=shape, layers=tuple(layers))


@settings(max_examples=40, deadline=None)
@given(spec=networks(), m=st.integers(1, 3))
def test_engine_shapes_and_params_equal_the_summary(spec, m):
    summary = summarize(spec)
    assume(summary.ok)
    net = Network.from_spec(spec, np.random.default_rng(0))
    outputs = net.layer_outputs(np.zeros((m, *spec.input.shape), dtype=np.float32))
    assert len(outputs) == len(summary.layer_rows)
    for i, (row, out) in enumerate(zip(summary.layer_rows, outputs, strict=True)):
        assert out.shape == (m, *row.output_shape), row.name
        arrays = [net.params[k] for k in (f"layer{i}.W", f"layer{i}.b") if k in net.params]
        assert sum(a.size for a in arrays) == row.params, row.name
    assert sum(p.size for p in net.params.values()) == summary.total_params
    net.loss_and_grads(np.zeros((m, *spec.input.shape), dtype=np.float32), np.zeros(m, int))
    assert {k: g.shape for k, g in net.grads.items()} == {k: p.shape for k, p in net.params.items()}
