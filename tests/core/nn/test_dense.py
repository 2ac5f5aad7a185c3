"""FC layer and activations: reference equality and numerical gradients."""

from __future__ import annotations

import numpy as np
import pytest

from cnnbuilder.core.nn.activations import activate, activation_grad
from cnnbuilder.core.nn.dense import Dense
from cnnbuilder.core.nn.reference import (
    activation_backward_naive,
    activation_naive,
    dense_backward_naive,
    dense_forward_naive,
)
from cnnbuilder.core.nn.workspace import Workspace

ACTIVATIONS = ["relu", "leaky_relu", "tanh", "sigmoid", "linear"]


def _away_from_zero(shape, rng):
    """Values with |z| >= 0.1, so that ReLU kinks are never straddled by a step h."""
    z = rng.uniform(0.1, 2.0, size=shape)
    return z * rng.choice([-1.0, 1.0], size=shape)


@pytest.mark.parametrize("in_shape", [(7,), (3, 2, 4)])
def test_dense_equals_reference(in_shape, rng):
    x = rng.standard_normal((5, *in_shape))
    n_in = int(np.prod(in_shape))
    params = {"layer2.W": rng.standard_normal((n_in, 4)), "layer2.b": rng.standard_normal(4)}
    layer = Dense(2, in_shape, 4, "linear")
    z, cache = layer.forward(x, params, Workspace())
    np.testing.assert_allclose(
        z, dense_forward_naive(x, params["layer2.W"], params["layer2.b"]), rtol=1e-12
    )
    dz = rng.standard_normal(z.shape)
    dx, grads = layer.backward(dz, cache, params, Workspace())
    dx_ref, dw_ref, db_ref = dense_backward_naive(dz, x, params["layer2.W"])
    assert dx.shape == x.shape
    np.testing.assert_allclose(dx, dx_ref, rtol=1e-12)
    np.testing.assert_allclose(grads["layer2.W"], dw_ref, rtol=1e-12)
    np.testing.assert_allclose(grads["layer2.b"], db_ref, rtol=1e-12)


@pytest.mark.parametrize("activation", ACTIVATIONS)
def test_dense_gradients_numerically(activation, rng, grad_errors):
    x = rng.standard_normal((3, 2, 2, 3))
    params = {"layer1.W": rng.standard_normal((12, 5)) * 0.3, "layer1.b": rng.standard_normal(5)}
    layer = Dense(1, (2, 2, 3), 5, activation)
    errors = grad_errors(layer, x, params, rng)
    assert max(errors.values()) < 1e-6, errors


@pytest.mark.parametrize("activation", ACTIVATIONS)
def test_activations_equal_reference(activation, rng):
    z = _away_from_zero((4, 6), rng)
    a = activate(activation, z.copy())
    np.testing.assert_allclose(a, activation_naive(activation, z), rtol=1e-12)
    da = rng.standard_normal(z.shape)
    np.testing.assert_allclose(
        activation_grad(activation, da, a), activation_backward_naive(activation, da, z), rtol=1e-10
    )


@pytest.mark.parametrize("activation", ACTIVATIONS)
def test_activation_gradient_numerically(activation, rng):
    z = _away_from_zero((3, 5), rng)
    da = rng.standard_normal(z.shape)
    h = 1e-6
    numeric = (activate(activation, z + h) - activate(activation, z - h)) / (2 * h)
    analytic = activation_grad(activation, da, activate(activation, z.copy()))
    np.testing.assert_allclose(analytic, da * numeric, rtol=1e-6, atol=1e-9)


def test_leaky_relu_slope_is_one_hundredth():
    a = activate("leaky_relu", np.array([-2.0, 3.0]))
    np.testing.assert_array_equal(a, [-0.02, 3.0])


def test_sigmoid_is_stable_for_huge_inputs():
    with np.errstate(over="raise", invalid="raise", divide="raise"):
        a = activate("sigmoid", np.array([-1e4, 0.0, 1e4], dtype=np.float32))
    np.testing.assert_array_equal(a, np.array([0.0, 0.5, 1.0], dtype=np.float32))


def test_unknown_activation_is_refused():
    with pytest.raises(ValueError, match=r"^unknown activation 'swish'$"):
        activate("swish", np.zeros(2))
    with pytest.raises(ValueError, match=r"^unknown activation 'swish'$"):
        activation_grad("swish", np.zeros(2), np.zeros(2))


@pytest.mark.parametrize("activation", ACTIVATIONS)
def test_activation_overwrites_z(activation, rng):
    # A fused max-pool applies the activation to its output and keeps the array.
    z = rng.standard_normal(6)
    expected = activation_naive(activation, z.copy())
    assert activate(activation, z) is z
    np.testing.assert_allclose(z, expected, rtol=1e-12)


@pytest.mark.parametrize("activation", ACTIVATIONS)
@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_activation_gradient_writes_into_out(activation, dtype, rng):
    a = activate(activation, rng.standard_normal(6).astype(dtype))
    da = rng.standard_normal(6).astype(dtype)
    expected = activation_grad(activation, da.copy(), a)
    assert expected.dtype == dtype
    out = np.full(6, np.nan, dtype)
    assert activation_grad(activation, da, a, out=out) is out
    np.testing.assert_array_equal(out, expected)
    assert activation_grad(activation, da, a, out=da) is da  # in place
    np.testing.assert_array_equal(da, expected)


def test_leaky_relu_slope_at_zero_is_the_left_one():
    # As PyTorch: at z = 0 the derivative is the negative side's.
    np.testing.assert_array_equal(activation_grad("leaky_relu", np.ones(1), np.zeros(1)), [0.01])
    np.testing.assert_array_equal(activation_grad("relu", np.ones(1), np.zeros(1)), [0.0])


def test_shapes_and_index():
    layer = Dense(2, (3, 2, 4), 5, "relu")
    assert layer.index == 2
    assert layer.in_shape == (3, 2, 4)
    assert layer.out_shape == (5,)
    assert layer.param_shapes() == {"layer2.W": (24, 5), "layer2.b": (5,)}


def test_float32_stays_float32(rng):
    x = rng.standard_normal((3, 4)).astype(np.float32)
    params = {"layer0.W": np.ones((4, 2), np.float32), "layer0.b": np.ones(2, np.float32)}
    layer = Dense(0, (4,), 2, "relu")
    a, cache = layer.forward(x, params, Workspace())
    dx, grads = layer.backward(np.ones_like(a), cache, params, Workspace())
    assert a.dtype == dx.dtype == grads["layer0.W"].dtype == np.float32


def test_two_layers_never_share_a_buffer(rng, own_buffers):
    x = rng.standard_normal((3, 4))
    params = {
        f"layer{i}.{p}": rng.standard_normal(s)
        for i in (0, 1)
        for p, s in (("W", (4, 4)), ("b", (4,)))
    }
    own_buffers(Dense(0, (4,), 4, "tanh"), Dense(1, (4,), 4, "tanh"), x, params)
