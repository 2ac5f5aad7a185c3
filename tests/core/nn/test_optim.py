"""Optimisers: one step against the closed forms, state per parameter name."""

from __future__ import annotations

import numpy as np
import pytest

from cnnbuilder.core.nn.optim import make_optimizer


def _one(value, shape=(2, 3)):
    return np.full(shape, value, dtype=np.float64)


def test_sgd_step():
    w, g = _one(1.0), _one(0.5)
    make_optimizer("sgd", 0.1).step({"w": w}, {"w": g})
    np.testing.assert_allclose(w, 1.0 - 0.1 * 0.5)


def test_momentum_two_steps():
    w = _one(1.0)
    opt = make_optimizer("momentum", 0.1)
    opt.step({"w": w}, {"w": _one(2.0)})
    v1 = 0.1 * 2.0  # v = 0.9 * 0 + 0.1 * dW
    np.testing.assert_allclose(w, 1.0 - 0.1 * v1)
    opt.step({"w": w}, {"w": _one(-1.0)})
    v2 = 0.9 * v1 + 0.1 * -1.0
    np.testing.assert_allclose(w, 1.0 - 0.1 * v1 - 0.1 * v2)


def test_adam_first_step_moves_by_lr():
    # With bias correction, v̂ = g and ŝ = g², so the first step is lr * g / (|g| + ε).
    w = np.array([1.0, 1.0, 1.0])
    g = np.array([0.3, -2.0, 1e-3])
    make_optimizer("adam", 0.01).step({"w": w}, {"w": g})
    np.testing.assert_allclose(w, 1.0 - 0.01 * g / (np.abs(g) + 1e-8), rtol=1e-12)


def test_adam_second_step_closed_form():
    w = np.array([0.5])
    g1, g2 = np.array([0.2]), np.array([-0.4])
    opt = make_optimizer("adam", 0.1)
    opt.step({"w": w}, {"w": g1})
    opt.step({"w": w}, {"w": g2})
    expected = 0.5 - 0.1 * g1 / (np.abs(g1) + 1e-8)
    v = 0.9 * 0.1 * g1 + 0.1 * g2
    s = 0.999 * 0.001 * g1**2 + 0.001 * g2**2
    v_hat, s_hat = v / (1 - 0.9**2), s / (1 - 0.999**2)
    expected = expected - 0.1 * v_hat / (np.sqrt(s_hat) + 1e-8)
    np.testing.assert_allclose(w, expected, rtol=1e-12)


@pytest.mark.parametrize("name", ["sgd", "momentum", "adam"])
def test_updates_in_place_and_keeps_state_per_name(name):
    a, b = _one(1.0), _one(1.0)
    params = {"layer0.W": a, "layer1.W": b}
    opt = make_optimizer(name, 0.1)
    opt.step(params, {"layer0.W": _one(1.0), "layer1.W": _one(-1.0)})
    assert params["layer0.W"] is a
    assert params["layer1.W"] is b
    assert np.all(a < 1.0)
    assert np.all(b > 1.0)


def test_float32_parameters_stay_float32():
    w = np.ones(4, dtype=np.float32)
    make_optimizer("adam", 0.01).step({"w": w}, {"w": np.ones(4, dtype=np.float32)})
    assert w.dtype == np.float32


def test_bad_names_and_rates_are_refused():
    with pytest.raises(ValueError, match="unknown optimizer 'rmsprop'"):
        make_optimizer("rmsprop", 0.1)
    with pytest.raises(ValueError, match="positive"):
        make_optimizer("sgd", 0.0)


def test_adam_whole_network_step_equals_one_parameter_at_a_time(rng):
    shapes = {"layer0.W": (3, 3, 2, 4), "layer0.b": (4,), "layer2.W": (36, 5), "layer2.b": (5,)}
    together = {k: rng.standard_normal(s) for k, s in shapes.items()}
    apart = {k: v.copy() for k, v in together.items()}
    opt_together, opt_apart = make_optimizer("adam", 0.01), make_optimizer("adam", 0.01)
    for _ in range(3):
        grads = {k: rng.standard_normal(s) for k, s in shapes.items()}
        opt_together.step(together, grads)
        for key in shapes:  # separate dicts: the optimiser cannot step them together
            opt_apart.step({key: apart[key]}, {key: grads[key]})
    for key in shapes:
        np.testing.assert_allclose(together[key], apart[key], rtol=1e-13)
        assert opt_together.t[key] == 3
    np.testing.assert_allclose(opt_together.v["layer2.W"], opt_apart.v["layer2.W"], rtol=1e-13)


def test_adam_mixed_dtypes_and_changing_keys(rng):
    w32, w64 = np.ones(3, dtype=np.float32), np.ones(2)
    opt = make_optimizer("adam", 0.1)
    opt.step({"a": w32, "b": w64}, {"a": np.ones(3, np.float32), "b": -np.ones(2)})
    np.testing.assert_allclose(w32, 0.9, rtol=1e-6)
    np.testing.assert_allclose(w64, 1.1, rtol=1e-7)
    c = np.ones(4)
    opt.step({"a": w32, "c": c}, {"a": np.ones(3, np.float32), "c": np.ones(4)})
    assert opt.t == {"a": 2, "b": 1, "c": 1}
    np.testing.assert_allclose(c, 0.9, rtol=1e-7)


def test_adam_state_is_one_flat_array_in_the_parameters_dtype():
    a, b = np.ones((2, 3), np.float32), np.ones(4, np.float32)
    opt = make_optimizer("adam", 0.1)
    opt.step({"a": a, "b": b}, {"a": np.ones((2, 3), np.float32), "b": np.ones(4, np.float32)})
    for state in (opt.v, opt.s):
        assert state["a"].dtype == state["b"].dtype == np.float32
        assert state["a"].base is not None
        assert state["a"].base is state["b"].base  # one array: a step is a few operations


def test_adam_mixed_dtypes_keep_their_own_state():
    a, b = np.ones(3, np.float32), np.ones(2)
    opt = make_optimizer("adam", 0.1)
    opt.step({"a": a, "b": b}, {"a": np.ones(3, np.float32), "b": np.ones(2)})
    assert opt.v["a"].dtype == np.float32
    assert opt.v["b"].dtype == np.float64


def test_adam_steps_a_subset_of_its_parameters_after_the_whole_network(rng):
    shapes = {"w": (3, 2), "b": (2,)}
    params = {k: rng.standard_normal(s) for k, s in shapes.items()}
    apart = {k: v.copy() for k, v in params.items()}
    opt, opt_apart = make_optimizer("adam", 0.01), make_optimizer("adam", 0.01)
    grads = {k: rng.standard_normal(s) for k, s in shapes.items()}
    opt.step(params, grads)
    for key in shapes:
        opt_apart.step({key: apart[key]}, {key: grads[key]})
    only_w = rng.standard_normal((3, 2))
    opt.step({"w": params["w"]}, {"w": only_w})
    opt_apart.step({"w": apart["w"]}, {"w": only_w})
    np.testing.assert_allclose(params["w"], apart["w"], rtol=1e-13)
    assert opt.t == {"w": 2, "b": 1}
