"""Activation fusion (CONV then max-pool): the same numbers as the layers run apart."""

from __future__ import annotations

import numpy as np
import pytest

from cnnbuilder.core.nn.activations import activate, activation_grad
from cnnbuilder.core.nn.conv import Conv2D
from cnnbuilder.core.nn.dense import Dense
from cnnbuilder.core.nn.fusion import FusedMaxPool, fuse
from cnnbuilder.core.nn.pool import Pool2D
from cnnbuilder.core.nn.workspace import Workspace

ACTIVATIONS = ["relu", "leaky_relu", "tanh", "sigmoid", "linear"]


@pytest.mark.parametrize("activation", ACTIVATIONS)
@pytest.mark.parametrize(("f", "s"), [(2, 2), (3, 2)])
def test_fused_pool_equals_activation_then_pool(activation, f, s, rng):
    z = rng.standard_normal((2, 7, 6, 3))
    pool = Pool2D(1, (7, 6, 3), "max", f, s)
    a = activate(activation, z.copy())
    plain, plain_cache = pool.forward(a, {}, Workspace())
    fused = FusedMaxPool(pool, activation)
    out, cache = fused.forward(z.copy(), {}, Workspace())
    np.testing.assert_allclose(out, plain, rtol=1e-12, atol=1e-15)
    dout = rng.standard_normal(out.shape)
    da, _ = pool.backward(dout, plain_cache, {}, Workspace())
    dz, grads = fused.backward(dout, cache, {}, Workspace())
    np.testing.assert_allclose(dz, activation_grad(activation, da, a), rtol=1e-12, atol=1e-15)
    assert grads == {}


def test_only_a_max_pool_takes_the_activation():
    with pytest.raises(ValueError, match=r"^only a max-pool can take over the activation$"):
        FusedMaxPool(Pool2D(1, (4, 4, 1), "avg", 2, 2), "relu")


def test_fuse_pairs_a_conv_with_the_max_pool_after_it():
    conv = Conv2D(0, (8, 8, 1), 2, 3, 1, 0, "tanh")
    pool = Pool2D(1, conv.out_shape, "max", 2, 2)
    avg = Pool2D(3, (3, 3, 2), "avg", 1, 1)
    conv2 = Conv2D(2, pool.out_shape, 2, 1, 1, 0, "relu")
    dense = Dense(4, (3, 3, 2), 3, "linear")
    layers = fuse([conv, pool, conv2, avg, dense])
    assert isinstance(layers[1], FusedMaxPool)
    assert layers[1].activation == "tanh"
    assert isinstance(layers[0], Conv2D)
    assert layers[0].activation == "linear"
    assert conv.activation == "tanh"  # the network's own layer is left alone
    assert layers[2:] == [conv2, avg, dense]  # before an average pool: nothing fused


def test_a_fused_conv_and_pool_give_the_unfused_output_and_gradients(rng):
    conv = Conv2D(0, (9, 9, 2), 4, 3, 1, 1, "relu")
    pool = Pool2D(1, conv.out_shape, "max", 2, 2)
    params = {
        "layer0.W": rng.standard_normal((3, 3, 2, 4)),
        "layer0.b": rng.standard_normal(4),
    }
    x = rng.standard_normal((3, 9, 9, 2))
    dout = rng.standard_normal((3, *pool.out_shape))

    def run(layers):
        a, caches = x, []
        for layer in layers:
            a, cache = layer.forward(a, params, Workspace(reuse=False))
            a, caches = a.copy(), [*caches, cache]
        d, grads = dout, {}
        for layer, cache in zip(layers[::-1], caches[::-1], strict=True):
            d, g = layer.backward(d, cache, params, Workspace(reuse=False))
            grads.update(g)
        return a, d, grads

    out, dx, grads = run([conv, pool])
    fused_out, fused_dx, fused_grads = run(fuse([conv, pool]))
    np.testing.assert_allclose(fused_out, out, rtol=1e-12)
    np.testing.assert_allclose(fused_dx, dx, rtol=1e-10, atol=1e-12)
    for key, value in grads.items():
        np.testing.assert_allclose(fused_grads[key], value, rtol=1e-10, atol=1e-12)


@pytest.mark.parametrize("shape", [(2, 6, 6, 3), (2, 7, 5, 3)])
def test_a_fused_pool_keeps_float32(shape, rng):
    z = rng.standard_normal(shape).astype(np.float32)
    fused = FusedMaxPool(Pool2D(1, shape[1:], "max", 2, 2), "tanh")
    out, cache = fused.forward(z, {}, Workspace())
    dz, _ = fused.backward(np.ones_like(out), cache, {}, Workspace())
    assert out.dtype == dz.dtype == np.float32
    assert fused.backward(np.ones_like(out), cache, {}, Workspace(), need_dx=False) == (None, {})


def test_fused_pools_never_share_a_buffer(rng, own_buffers):
    z = rng.standard_normal((2, 6, 6, 3))
    first = FusedMaxPool(Pool2D(1, (6, 6, 3), "max", 2, 2), "relu")
    second = FusedMaxPool(Pool2D(3, (6, 6, 3), "max", 2, 2), "relu")
    assert (first.index, first.in_shape, first.out_shape) == (1, (6, 6, 3), (3, 3, 3))
    assert first.param_shapes() == {}
    own_buffers(first, second, z, {})


@pytest.mark.parametrize("shape", [(2, 6, 6, 3), (2, 7, 5, 3)])
def test_a_float32_fused_pool_asks_for_no_float64_scratch(shape, rng, dtypes_asked):
    z = rng.standard_normal(shape).astype(np.float32)
    fused = FusedMaxPool(Pool2D(1, shape[1:], "max", 2, 2), "relu")
    asked = dtypes_asked(fused, z, {})
    assert asked <= {"float32", "bool"}, asked
    assert "float32" in asked
