"""POOL layer: fast paths vs the loop reference, gradients, tie-breaking."""

from __future__ import annotations

import numpy as np
import pytest

from cnnbuilder.core.nn import pool2x2
from cnnbuilder.core.nn.pool import Pool2D
from cnnbuilder.core.nn.reference import pool_backward_naive, pool_forward_naive
from cnnbuilder.core.nn.workspace import Workspace

# (n_H, n_W, n_c, mode, f, s)
CONFIGS = [
    (6, 6, 3, "max", 2, 2),  # the 2 x 2 fast path
    (7, 5, 3, "max", 2, 2),  # fast path with an odd row and column left over
    (9, 4, 2, "max", 2, 2),  # an odd height that 3 divides, an even width
    (4, 9, 2, "max", 2, 2),  # and the other way round
    (6, 5, 2, "max", 2, 2),  # an even height and channel count, an odd width
    (6, 7, 2, "max", 2, 1),  # 2 x 2 windows that overlap: not the fast path
    (7, 8, 2, "max", 2, 3),  # 2 x 2 windows with gaps between them
    (7, 8, 2, "max", 3, 2),  # overlapping windows
    (6, 9, 2, "max", 3, 3),
    (7, 8, 2, "avg", 3, 1),
    (5, 7, 2, "avg", 2, 3),  # stride larger than the window
    (4, 6, 1, "avg", 2, 2),
]


def _distinct_input(shape, rng):
    """Values at least 0.01 apart, so a step h never changes which element is the max."""
    values = rng.permutation(np.prod(shape)) * 0.01 + 0.5
    return values.reshape(shape).astype(np.float64)


@pytest.mark.parametrize("config", CONFIGS)
def test_fast_pool_equals_reference(config, rng, poisoned):
    h, w, c, mode, f, s = config
    x = rng.standard_normal((3, h, w, c))
    layer = Pool2D(0, (h, w, c), mode, f, s)
    ws = poisoned()  # a buffer element read before it is written shows up as NaN
    out, cache = layer.forward(x, {}, ws)
    np.testing.assert_allclose(out, pool_forward_naive(x, f, s, mode), rtol=1e-12)
    dout = rng.standard_normal(out.shape)
    dx, _ = layer.backward(dout, cache, {}, ws)
    np.testing.assert_allclose(dx, pool_backward_naive(dout, x, f, s, mode), rtol=1e-12, atol=0)


@pytest.mark.parametrize("shape", [(3, 6, 4, 2), (3, 7, 5, 2), (2, 4, 6, 1)])
def test_2x2_on_strided_input_equals_reference(shape, rng, poisoned):
    # A transposed array is not contiguous: the strided layout, even or odd sizes.
    x = rng.standard_normal(shape[::-1]).transpose(3, 2, 1, 0)
    layer = Pool2D(0, x.shape[1:], "max", 2, 2)
    out, cache = layer.forward(x, {}, Workspace())
    np.testing.assert_array_equal(out, pool_forward_naive(x, 2, 2, "max"))
    dout = rng.standard_normal(out.shape)
    dx, _ = layer.backward(dout, cache, {}, poisoned())
    np.testing.assert_array_equal(dx, pool_backward_naive(dout, x, 2, 2, "max"))


def test_2x2_ties_in_every_position(rng):
    # Windows of equal values, pairs of equal maxima, in a contiguous even input.
    x = rng.integers(0, 3, size=(4, 6, 8, 3)).astype(np.float64)
    layer = Pool2D(0, (6, 8, 3), "max", 2, 2)
    out, cache = layer.forward(x, {}, Workspace())
    dout = rng.standard_normal(out.shape)
    dx, _ = layer.backward(dout, cache, {}, Workspace())
    np.testing.assert_array_equal(dx, pool_backward_naive(dout, x, 2, 2, "max"))


@pytest.mark.parametrize("config", CONFIGS)
def test_pool_gradients_numerically(config, rng, grad_errors):
    h, w, c, mode, f, s = config
    x = _distinct_input((2, h, w, c), rng)
    errors = grad_errors(Pool2D(0, (h, w, c), mode, f, s), x, {}, rng)
    assert errors["x"] < 1e-6


@pytest.mark.parametrize(("f", "s"), [(2, 2), (3, 1)])
def test_max_ties_go_to_the_first_element(f, s):
    x = np.zeros((1, 4, 4, 1))
    layer = Pool2D(0, (4, 4, 1), "max", f, s)
    out, cache = layer.forward(x, {}, Workspace())
    dx, _ = layer.backward(np.ones_like(out), cache, {}, Workspace())
    ref = pool_backward_naive(np.ones_like(out), x, f, s, "max")
    np.testing.assert_array_equal(dx, ref)
    assert dx[0, 0, 0, 0] == 1
    assert dx[0, 0, 1, 0] == (1 if s == 1 else 0)
    assert dx.sum() == out.size  # one element per window, not every tied one


def test_pool_keeps_float32(rng):
    x = rng.standard_normal((2, 6, 6, 3)).astype(np.float32)
    for mode, f in (("max", 2), ("max", 3), ("avg", 2)):
        layer = Pool2D(0, (6, 6, 3), mode, f, f)
        out, cache = layer.forward(x, {}, Workspace())
        dx, _ = layer.backward(np.ones_like(out), cache, {}, Workspace())
        assert out.dtype == dx.dtype == np.float32


@pytest.mark.parametrize("shape", [(2, 6, 6, 3), (2, 7, 5, 3)])
def test_2x2_keeps_float32_in_both_layouts(shape, rng):
    x = rng.standard_normal(shape).astype(np.float32)
    layer = Pool2D(0, shape[1:], "max", 2, 2)
    out, cache = layer.forward(x, {}, Workspace())
    dx, _ = layer.backward(np.ones_like(out), cache, {}, Workspace())
    assert out.dtype == dx.dtype == np.float32


@pytest.mark.parametrize("shape", [(2, 6, 6, 3), (2, 7, 5, 3)])
@pytest.mark.parametrize(("mode", "f", "s"), [("max", 2, 2), ("max", 3, 2), ("avg", 2, 2)])
def test_a_float32_pool_asks_for_no_float64_scratch(shape, mode, f, s, rng, dtypes_asked):
    # Scratch in float64 would give the same numbers at twice the memory.
    x = rng.standard_normal(shape).astype(np.float32)
    asked = dtypes_asked(Pool2D(0, shape[1:], mode, f, s), x, {})
    assert asked <= {"float32", "bool"}, asked
    assert "float32" in asked


def test_only_the_2x2_stride_2_max_pool_takes_the_fast_path():
    assert Pool2D(0, (6, 6, 1), "max", 2, 2).fast is True
    assert not Pool2D(0, (6, 6, 1), "max", 2, 1).fast
    assert not Pool2D(0, (6, 6, 1), "max", 2, 3).fast
    assert not Pool2D(0, (6, 6, 1), "max", 3, 2).fast
    assert not Pool2D(0, (6, 6, 1), "avg", 2, 2).fast


def test_shapes_index_and_no_parameters():
    layer = Pool2D(3, (9, 7, 4), "avg", 3, 2)
    assert layer.index == 3
    assert layer.in_shape == (9, 7, 4)
    assert layer.out_shape == (4, 3, 4)
    assert layer.param_shapes() == {}


def test_an_unknown_mode_is_refused():
    with pytest.raises(ValueError, match="unknown pool mode 'min'"):
        Pool2D(0, (4, 4, 1), "min", 2, 2)


def test_flat_layout_only_for_even_contiguous_inputs():
    assert pool2x2.uses_flat(np.zeros((2, 4, 6, 3)))
    assert not pool2x2.uses_flat(np.zeros((2, 3, 6, 2)))
    assert not pool2x2.uses_flat(np.zeros((2, 4, 9, 2)))
    assert not pool2x2.uses_flat(np.zeros((2, 6, 3, 2)))
    assert not pool2x2.uses_flat(np.zeros((2, 4, 6, 3)).transpose(0, 2, 1, 3))


@pytest.mark.parametrize("f", [2, 3])
def test_two_layers_never_share_a_buffer(f, rng, own_buffers):
    for shape in ((2, 6, 8, 2), (2, 7, 6, 2)):  # the flat and the quads layouts
        x = rng.standard_normal(shape)
        own_buffers(Pool2D(0, shape[1:], "max", f, 2), Pool2D(1, shape[1:], "max", f, 2), x, {})
