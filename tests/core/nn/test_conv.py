"""CONV layer: fast kernel vs the loop reference, and numerical gradients."""

from __future__ import annotations

import numpy as np
import pytest

from cnnbuilder.core.nn.conv import Conv2D, choose_group
from cnnbuilder.core.nn.reference import conv_backward_naive, conv_forward_naive
from cnnbuilder.core.nn.workspace import Workspace

# (n_H, n_W, n_c_prev, filters, f, s, p): square and non-square inputs, strides,
# paddings, and sizes where (n + 2p - f) is not a multiple of s.
CONFIGS = [
    (7, 6, 3, 4, 3, 1, 1),  # "same" for f = 3, non-square input
    (8, 8, 2, 3, 3, 2, 0),  # (8 - 3) / 2 is not whole: the last row/column is unused
    (9, 7, 2, 5, 3, 2, 2),  # stride 2, padding 2
    (6, 10, 1, 2, 5, 1, 2),  # "same" for f = 5, one channel
    (5, 9, 3, 4, 2, 3, 0),  # even kernel, stride 3, leftovers on both axes
    (4, 5, 2, 3, 1, 1, 0),  # 1 x 1 kernel
]
GROUPS = [1, 3, None]  # plain im2col, forced grouping, the automatic choice


def _setup(config, rng, dtype=np.float64):
    h, w, c, n_c, f, _, _ = config
    x = rng.standard_normal((2, h, w, c)).astype(dtype)
    params = {
        "layer0.W": rng.standard_normal((f, f, c, n_c)).astype(dtype),
        "layer0.b": rng.standard_normal(n_c).astype(dtype),
    }
    return x, params


@pytest.mark.parametrize("group", GROUPS)
@pytest.mark.parametrize("config", CONFIGS)
def test_fast_conv_equals_reference(config, group, rng, poisoned):
    x, params = _setup(config, rng)
    h, w, c, n_c, f, s, p = config
    layer = Conv2D(0, (h, w, c), n_c, f, s, p, "linear", group=group)
    ws = poisoned()  # a buffer element read before it is written shows up as NaN
    z, cache = layer.forward(x, params, ws)
    z_ref = conv_forward_naive(x, params["layer0.W"], params["layer0.b"], s, p)
    np.testing.assert_allclose(z, z_ref, rtol=1e-10, atol=1e-12)
    dz = rng.standard_normal(z.shape)
    dx, grads = layer.backward(dz, cache, params, ws)
    dx_ref, dw_ref, db_ref = conv_backward_naive(dz, x, params["layer0.W"], s, p)
    np.testing.assert_allclose(dx, dx_ref, rtol=1e-10, atol=1e-12)
    np.testing.assert_allclose(grads["layer0.W"], dw_ref, rtol=1e-10, atol=1e-12)
    np.testing.assert_allclose(grads["layer0.b"], db_ref, rtol=1e-10, atol=1e-12)


@pytest.mark.parametrize("config", CONFIGS)
@pytest.mark.parametrize("group", [1, None])
def test_conv_gradients_numerically(config, group, rng, grad_errors):
    x, params = _setup(config, rng)
    h, w, c, n_c, f, s, p = config
    layer = Conv2D(0, (h, w, c), n_c, f, s, p, "tanh", group=group)
    errors = grad_errors(layer, x, params, rng)
    assert max(errors.values()) < 1e-6, errors


def test_unused_rows_and_columns_get_zero_gradient(rng):
    # n = 8, f = 3, s = 2: windows start at 0, 2, 4 and end at 6; row/column 7 is never read.
    x, params = _setup((8, 8, 2, 3, 3, 2, 0), rng)
    layer = Conv2D(0, (8, 8, 2), 3, 3, 2, 0, "linear")
    z, cache = layer.forward(x, params, Workspace())
    dx, _ = layer.backward(np.ones_like(z), cache, params, Workspace())
    assert z.shape == (2, 3, 3, 3)
    assert np.all(dx[:, 7, :, :] == 0)
    assert np.all(dx[:, :, 7, :] == 0)
    assert np.any(dx[:, 6, :, :] != 0)


def test_reused_buffers_give_the_same_results(rng):
    x, params = _setup((7, 6, 3, 4, 3, 1, 1), rng, np.float32)
    layer = Conv2D(0, (7, 6, 3), 4, 3, 1, 1, "relu")
    ws = Workspace()
    first = layer.forward(x, params, ws)[0].copy()
    other = rng.standard_normal(x.shape).astype(np.float32)
    layer.forward(other, params, ws)
    again, _ = layer.forward(x, params, ws)
    np.testing.assert_array_equal(again, first)


def test_no_input_gradient_when_not_needed(rng):
    x, params = _setup((6, 6, 1, 2, 3, 1, 1), rng)
    layer = Conv2D(0, (6, 6, 1), 2, 3, 1, 1, "relu")
    z, cache = layer.forward(x, params, Workspace())
    dx, grads = layer.backward(np.ones_like(z), cache, params, Workspace(), need_dx=False)
    assert dx is None
    assert set(grads) == {"layer0.W", "layer0.b"}


@pytest.mark.parametrize("group", [None, 2])  # width 6 in groups of 3; width 5 in 3 groups of 2
def test_float32_stays_float32(group, rng):
    w = 6 if group is None else 5
    x, params = _setup((7, w, 3, 4, 3, 1, 1), rng, np.float32)
    layer = Conv2D(0, (7, w, 3), 4, 3, 1, 1, "sigmoid", group=group)
    a, cache = layer.forward(x, params, Workspace())
    dx, grads = layer.backward(np.ones_like(a), cache, params, Workspace())
    assert a.dtype == dx.dtype == grads["layer0.W"].dtype == np.float32


@pytest.mark.parametrize("activation", ["linear", "relu"])
@pytest.mark.parametrize("group", [1, None, 2])
def test_a_float32_conv_asks_for_no_float64_scratch(group, activation, rng, dtypes_asked):
    # Scratch in float64 (im2col columns, the kernel matrix) would give float32
    # results all the same, at twice the memory.
    w = 6 if group is None else 5
    x, params = _setup((7, w, 3, 4, 3, 1, 1), rng, np.float32)
    layer = Conv2D(0, (7, w, 3), 4, 3, 1, 1, activation, group=group)
    asked = dtypes_asked(layer, x, params)
    assert asked <= {"float32", "bool"}, asked
    assert "float32" in asked


def test_group_choice_widens_skinny_products():
    assert choose_group(28, 5, 1, 6) == 4  # divides 28, gives 24 columns
    assert choose_group(10, 5, 1, 16) == 2
    assert choose_group(9, 3, 1, 4) == 3  # at most f
    assert choose_group(10, 5, 1, 64) == 1  # wide enough already
    assert choose_group(1, 3, 1, 4) == 1
    assert choose_group(20, 1, 1, 2) == 1  # a 1 x 1 kernel would only add work
    assert choose_group(10, 5, 1, 8) == 5  # 3 does not divide 10; the next divisor up to f does
    assert choose_group(10, 3, 1, 8) == 3  # 5 divides 10 but is more than f
    assert choose_group(7, 7, 1, 8) == 3  # 7 divides 7 but is more than twice 3


def test_output_and_parameter_shapes():
    layer = Conv2D(4, (9, 7, 3), 5, 3, 2, 1, "relu")
    assert layer.out_shape == (5, 4, 5)  # floor((9 + 2 - 3) / 2) + 1, floor((7 + 2 - 3) / 2) + 1
    assert layer.param_shapes() == {"layer4.W": (3, 3, 3, 5), "layer4.b": (5,)}
    assert layer.index == 4
    assert layer.in_shape == (9, 7, 3)


@pytest.mark.parametrize(
    ("config", "group", "n_groups", "extra_w"),
    [
        ((7, 5, 3, 4, 3, 1, 1), 1, 5, 0),
        ((7, 5, 3, 4, 3, 1, 1), 2, 3, 1),  # 3 groups of 2 cover 6 columns: one zero column
        ((9, 7, 2, 5, 3, 2, 2), 3, 2, 2),  # stride 2: the 6th window ends at 10 + 3 = 13 > 11
        ((7, 6, 3, 4, 3, 1, 1), 3, 2, 0),  # 3 divides 6: nothing cropped
    ],
)
def test_grouped_windows_and_the_zero_columns_they_need(config, group, n_groups, extra_w, rng):
    x, params = _setup(config, rng)
    h, w, c, n_c, f, s, p = config
    layer = Conv2D(0, (h, w, c), n_c, f, s, p, "linear", group=group)
    assert (layer.group, layer.n_groups, layer.extra_w) == (group, n_groups, extra_w)
    _, (cols, _, padded_shape) = layer.forward(x, params, Workspace())
    # One im2col row per group of output positions: window f x (f + (k-1) s), plus the ones column.
    assert cols.shape == (2 * layer.n_h * n_groups, f * (f + (group - 1) * s) * c + 1)
    assert padded_shape == (2, h + 2 * p, w + 2 * p, c)


@pytest.mark.parametrize("group", [1, 2])
def test_two_layers_never_share_a_buffer(group, rng, own_buffers):
    # Width 5 with groups of 2 crops a column: the widened dZ buffer is asked for too.
    x, params = _setup((7, 5, 3, 4, 3, 1, 1), rng)
    params = {**params, "layer1.W": params["layer0.W"], "layer1.b": params["layer0.b"]}
    first = Conv2D(0, (7, 5, 3), 4, 3, 1, 1, "relu", group=group)
    second = Conv2D(1, (7, 5, 3), 4, 3, 1, 1, "relu", group=group)
    own_buffers(first, second, x, params)
