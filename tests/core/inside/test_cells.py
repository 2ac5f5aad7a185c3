"""One value's arithmetic equals the engine's map and a direct NumPy computation."""

from __future__ import annotations

import itertools

import numpy as np
import pytest

from cnnbuilder.core.fileio import load_spec
from cnnbuilder.core.inside.inspection import inspect_input
from cnnbuilder.core.nn.network import Network
from cnnbuilder.core.spec import (
    ConvSpec,
    DenseSpec,
    InputSpec,
    NetworkSpec,
    PoolSpec,
    SoftmaxSpec,
    resolve_padding,
)


def _inspect(spec: NetworkSpec, seed: int = 0):
    net = Network.from_spec(spec, np.random.default_rng(seed))
    rng = np.random.default_rng(seed + 1)
    for key in net.params:  # non-zero biases, so that b_k really enters z
        if key.endswith(".b"):
            net.params[key][...] = rng.standard_normal(net.params[key].shape)
    x = rng.standard_normal(spec.input.shape).astype(np.float32)
    return net, inspect_input(net, x)


def _direct_conv(a_prev, w, b, f, s, p, i, j, k):
    """z at (i, j, k) from a padded copy, as the course writes it."""
    padded = np.pad(a_prev.astype(np.float64), ((p, p), (p, p), (0, 0)))
    window = padded[i * s : i * s + f, j * s : j * s + f, :]
    return float(np.sum(window * w[:, :, :, k]) + b[k])


def _g(name, z):
    return {
        "relu": max(z, 0.0),
        "leaky_relu": z if z > 0 else 0.01 * z,
        "tanh": np.tanh(z),
        "sigmoid": 1 / (1 + np.exp(-z)),
        "linear": z,
    }[name]


CONV_CASES = [
    # (input H, W, C), f, s, padding, activation: strides, paddings, non-square inputs
    ((9, 9, 1), 3, 1, 0, "relu"),
    ((9, 7, 2), 3, 2, 1, "tanh"),
    ((11, 6, 3), 4, 3, 2, "leaky_relu"),
    ((8, 8, 2), 5, 1, "same", "sigmoid"),
    ((7, 10, 1), 2, 2, 0, "linear"),
    ((6, 5, 2), 3, 3, 2, "linear"),
]


@pytest.mark.parametrize(("shape", "f", "s", "p", "act"), CONV_CASES)
def test_every_conv_value_equals_the_engine_and_a_direct_computation(shape, f, s, p, act):
    conv = ConvSpec(filters=3, size=f, stride=s, padding=p, activation=act)
    spec = NetworkSpec(input=InputSpec(*shape), layers=(conv, SoftmaxSpec(classes=2)))
    net, inspection = _inspect(spec)
    w, b = net.params["layer0.W"], net.params["layer0.b"]
    out = inspection.outputs[0]
    pad = resolve_padding(conv)
    for i, j, k in itertools.product(*(range(n) for n in out.shape)):
        cell = inspection.cell(1, (i, j, k))
        z = _direct_conv(inspection.x, w, b, f, s, pad, i, j, k)
        assert cell.z == pytest.approx(z, rel=1e-6, abs=1e-6)
        assert cell.a == pytest.approx(_g(act, z), rel=1e-6, abs=1e-6)
        assert cell.a == pytest.approx(float(out[i, j, k]), rel=1e-4, abs=1e-5)
        assert cell.rows == (i * s - pad, i * s - pad + f)
        assert cell.cols == (j * s - pad, j * s - pad + f)


def test_a_border_window_over_the_padding_shows_zeros_there():
    conv = ConvSpec(filters=2, size=3, stride=1, padding=1, activation="linear")
    spec = NetworkSpec(input=InputSpec(5, 4, 2), layers=(conv, SoftmaxSpec(classes=2)))
    _, inspection = _inspect(spec)
    cell = inspection.cell(1, (0, 3, 1))  # top-right corner
    assert cell.rows == (-1, 2)
    assert cell.cols == (2, 5)
    expected_padding = np.array([[1, 1, 1], [0, 0, 1], [0, 0, 1]], dtype=bool)
    np.testing.assert_array_equal(cell.padding, expected_padding)
    assert np.all(cell.values[expected_padding] == 0)
    np.testing.assert_allclose(cell.values[1:, :2], inspection.x[0:2, 2:4], rtol=1e-7)
    np.testing.assert_allclose(cell.channel_sums.sum() + cell.bias, cell.z)


@pytest.mark.parametrize(
    ("mode", "f", "s"), [("max", 2, 2), ("max", 3, 2), ("avg", 3, 2), ("avg", 2, 1)]
)
def test_pool_values_are_the_window_max_or_mean(mode, f, s):
    spec = NetworkSpec(
        input=InputSpec(9, 8, 2),
        layers=(
            ConvSpec(filters=3, size=2, padding=0, activation="linear"),
            PoolSpec(mode=mode, size=f, stride=s),
            SoftmaxSpec(classes=3),
        ),
    )
    _, inspection = _inspect(spec)
    a_prev, out = inspection.outputs[0], inspection.outputs[1]
    for i, j, c in itertools.product(*(range(n) for n in out.shape)):
        cell = inspection.cell(2, (i, j, c))
        window = a_prev[i * s : i * s + f, j * s : j * s + f, c]
        expected = window.max() if mode == "max" else window.mean(dtype=np.float64)
        assert cell.a == pytest.approx(float(expected), rel=1e-5, abs=1e-6)
        assert cell.a == pytest.approx(float(out[i, j, c]), rel=1e-5, abs=1e-6)
        if mode == "max":
            r, q = cell.winner
            assert cell.values[r, q] == window.max()
            assert np.argmax(window) == r * f + q  # the first maximum, as the engine routes it
        else:
            assert cell.winner is None


def test_fc_and_softmax_units_equal_the_engine():
    spec = NetworkSpec(
        input=InputSpec(6, 5, 2),
        layers=(
            ConvSpec(filters=2, size=3, activation="relu"),
            DenseSpec(units=7, activation="tanh"),
            SoftmaxSpec(classes=4),
        ),
    )
    net, inspection = _inspect(spec)
    flat = inspection.outputs[0].reshape(-1).astype(np.float64)
    w, b = net.params["layer1.W"].astype(np.float64), net.params["layer1.b"]
    for u in range(7):
        cell = inspection.cell(2, (u,))
        z = flat @ w[:, u] + b[u]
        assert cell.z == pytest.approx(z, rel=1e-6, abs=1e-7)
        assert cell.a == pytest.approx(float(inspection.outputs[1][u]), rel=1e-5, abs=1e-6)
        terms = flat * w[:, u]
        top = cell.contributions[0]
        assert abs(top.product) == pytest.approx(np.abs(terms).max())
        assert top.position == tuple(np.unravel_index(np.argmax(np.abs(terms)), (4, 3, 2)))
        assert sum(t.product for t in cell.contributions) + cell.rest == pytest.approx(terms.sum())
    for k in range(4):
        cell = inspection.cell(3, (k,))
        assert cell.z == pytest.approx(float(inspection.logits[k]), rel=1e-5, abs=1e-6)
        assert cell.a == pytest.approx(float(inspection.probabilities[k]), rel=1e-5)
        np.testing.assert_allclose(cell.logits, inspection.logits, rtol=1e-5, atol=1e-6)
    assert inspection.predicted == int(np.argmax(net.predict_proba(inspection.x[None])[0]))


def test_maps_equal_the_engine_layer_outputs(presets_dir):
    spec = load_spec(presets_dir / "lenet5.cnn.json")
    net, inspection = _inspect(spec)
    engine = net.layer_outputs(inspection.x[None])
    assert len(engine) == len(inspection.outputs)
    for mine, theirs in zip(inspection.outputs, engine, strict=True):
        np.testing.assert_array_equal(mine, theirs[0])
    stats = inspection.stats()
    assert [s.output_shape for s in stats][:2] == [(28, 28, 8), (14, 14, 8)]
    assert stats[2].max == pytest.approx(float(engine[2].max()))


@pytest.mark.parametrize(
    ("layer", "position", "message"),
    [
        (1, (28, 0, 0), "row 28 is outside 0..27"),
        (1, (0, 0), "needs a position of row, column, channel"),
        (5, (120,), "unit 120 is outside 0..119"),
        (8, (0,), "layer 8 does not exist"),
    ],
)
def test_positions_out_of_range_are_named(presets_dir, layer, position, message):
    _, inspection = _inspect(load_spec(presets_dir / "lenet5.cnn.json"))
    with pytest.raises(ValueError, match=message):
        inspection.cell(layer, position)


def test_working_lines_carry_the_numbers(presets_dir):
    _, inspection = _inspect(load_spec(presets_dir / "digits.cnn.json"))
    conv = inspection.cell(1, (0, 0, 0))
    text = "\n".join(conv.lines())
    assert "5 of 9 cells on the padding" in text
    assert f"z = {conv.channel_sums.sum():.6g} + {conv.bias:.6g} = {conv.z:.6g}" in text
    assert f"a = relu(z) = {conv.a:.6g}" in text
    pool = "\n".join(inspection.cell(3, (1, 1, 0)).lines())
    assert "a = max(window)" in pool
    soft = "\n".join(inspection.cell(5, (2,)).lines())
    assert "e^z_2 / Σ e^z_j" in soft
