"""Softmax + cross-entropy: values, gradient, stability."""

from __future__ import annotations

import math

import numpy as np
import pytest

from cnnbuilder.core.gradcheck import numerical_gradient, rel_error
from cnnbuilder.core.nn.losses import log_softmax, softmax, softmax_cross_entropy
from cnnbuilder.core.nn.reference import softmax_cross_entropy_naive


@pytest.mark.parametrize("classes", [2, 3, 10])
def test_zero_scores_cost_ln_c(classes):
    loss, _ = softmax_cross_entropy(np.zeros((4, classes)), np.arange(4) % classes)
    assert loss == pytest.approx(math.log(classes), rel=1e-12)


def test_equals_reference_and_rows_sum_to_zero(rng):
    scores = rng.standard_normal((6, 5)) * 3
    y = rng.integers(0, 5, 6)
    loss, dscores = softmax_cross_entropy(scores, y)
    loss_ref, dscores_ref = softmax_cross_entropy_naive(scores, y)
    assert loss == pytest.approx(loss_ref, rel=1e-12)
    np.testing.assert_allclose(dscores, dscores_ref, rtol=1e-10, atol=1e-15)
    np.testing.assert_allclose(dscores.sum(axis=1), 0, atol=1e-15)


def test_gradient_numerically(rng):
    scores = rng.standard_normal((4, 3))
    y = np.array([0, 2, 1, 2])
    _, dscores = softmax_cross_entropy(scores, y)
    numeric = numerical_gradient(lambda s: softmax_cross_entropy(s, y)[0], scores)
    assert rel_error(dscores, numeric) < 1e-7


@pytest.mark.parametrize("dtype", [np.float32, np.float64])
def test_stable_for_huge_logits(dtype):
    scores = np.array([[1e30, 0.0, -1e30], [3e4, 3e4, 0.0]], dtype=dtype)
    with np.errstate(over="raise", invalid="raise", divide="raise"):
        loss, dscores = softmax_cross_entropy(scores, np.array([0, 2]))
        probs = softmax(scores)
    assert np.isfinite(loss)
    assert np.all(np.isfinite(dscores))
    # sample 0 is right with certainty; sample 1 misses by 3e4 nats minus ln 2.
    assert loss == pytest.approx((3e4 + math.log(2)) / 2, rel=1e-6)
    np.testing.assert_allclose(probs.sum(axis=1), 1, rtol=1e-6)


def test_normaliser_lets_parts_add_up(rng):
    scores = rng.standard_normal((6, 4))
    y = rng.integers(0, 4, 6)
    whole, dwhole = softmax_cross_entropy(scores, y)
    first, d1 = softmax_cross_entropy(scores[:2], y[:2], normaliser=6)
    second, d2 = softmax_cross_entropy(scores[2:], y[2:], normaliser=6)
    assert first + second == pytest.approx(whole, rel=1e-12)
    np.testing.assert_allclose(np.concatenate([d1, d2]), dwhole, rtol=1e-12)


def test_float32_losses_are_summed_in_float64(rng):
    # 4096 float32 terms summed in float32 would lose about 7 significant digits' worth.
    m = 4096
    scores = (rng.standard_normal((m, 10)) * 4).astype(np.float32)
    y = rng.integers(0, 10, m)
    loss, dscores = softmax_cross_entropy(scores, y)
    picked = log_softmax(scores)[np.arange(m), y].astype(np.float64)
    assert loss == pytest.approx(-picked.sum() / m, rel=1e-13, abs=0)
    assert dscores.dtype == np.float32
