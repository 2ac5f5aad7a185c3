"""Weight initialisation: fans, the scheme per activation, He and Glorot scales."""

from __future__ import annotations

import math

import numpy as np
import pytest

from cnnbuilder.core.nn.init import fans, init_weight, layer_scheme, scheme_for
from cnnbuilder.core.spec import ConvSpec, DenseSpec, SoftmaxSpec


def test_fans_of_a_conv_kernel_and_a_dense_weight():
    assert fans((3, 5, 4, 7)) == (3 * 5 * 4, 3 * 5 * 7)
    assert fans((12, 9)) == (12, 9)


@pytest.mark.parametrize(
    ("activation", "scheme"),
    [
        ("relu", "he"),
        ("leaky_relu", "he"),
        ("linear", "he"),
        ("tanh", "glorot"),
        ("sigmoid", "glorot"),
        (None, "glorot"),
    ],
)
def test_scheme_per_activation(activation, scheme):
    assert scheme_for(activation) == scheme


def test_layer_scheme_reads_the_activation_and_softmax_is_glorot():
    assert layer_scheme(ConvSpec(filters=2, size=3, activation="relu")) == "he"
    assert layer_scheme(DenseSpec(units=3, activation="tanh")) == "glorot"
    assert layer_scheme(SoftmaxSpec(classes=3)) == "glorot"


def test_he_is_normal_with_variance_two_over_fan_in():
    # The draw is the generator's standard normal times the scale: exactly.
    shape = (3, 3, 4, 5)
    w = init_weight(shape, "he", np.random.default_rng(7), np.float64)
    expected = np.random.default_rng(7).standard_normal(shape) * math.sqrt(2 / 36)
    np.testing.assert_allclose(w, expected, rtol=1e-15)


def test_glorot_is_uniform_within_sqrt_six_over_fans():
    shape = (30, 20)
    w = init_weight(shape, "glorot", np.random.default_rng(7), np.float64)
    limit = math.sqrt(6 / 50)
    expected = np.random.default_rng(7).uniform(-limit, limit, size=shape)
    np.testing.assert_allclose(w, expected, rtol=1e-15)


def test_weights_are_cast_to_the_dtype_after_drawing_in_float64():
    a = init_weight((4, 3), "he", np.random.default_rng(1), np.float32)
    b = init_weight((4, 3), "he", np.random.default_rng(1), np.float64)
    assert a.dtype == np.float32
    np.testing.assert_array_equal(a, b.astype(np.float32))


def test_an_unknown_scheme_is_refused():
    with pytest.raises(ValueError, match="unknown initialisation 'xavier'"):
        init_weight((2, 2), "xavier", np.random.default_rng(0), np.float64)
