"""The gradient check catches a wrong gradient; a tiny batch can be overfitted."""

from __future__ import annotations

import numpy as np
import pytest

from cnnbuilder.core.datasets import load_dataset
from cnnbuilder.core.fileio import load_spec
from cnnbuilder.core.inside import sanity
from cnnbuilder.core.nn.network import Network
from tests.generators import drain


def _finish(generator):
    return drain(generator)[1]


@pytest.fixture(scope="module")
def digits():
    return load_dataset("digits")


@pytest.fixture
def digits_spec(presets_dir):
    return load_spec(presets_dir / "digits.cnn.json")


def test_the_engine_passes_the_gradient_check(digits, digits_spec):
    weights = Network.from_spec(digits_spec, np.random.default_rng(0)).get_weights()
    result = _finish(sanity.gradient_check(digits_spec, weights, digits.x[:3], digits.y[:3]))
    assert result.error < sanity.GREAT
    assert result.verdict == "great"
    assert result.examples == 3
    # Zero biases on black pixels put ReLUs exactly on their kink: left out, and counted.
    assert result.kinks > 0
    assert result.probes + result.kinks == 6 * len(weights)


def test_a_wrong_gradient_is_caught(digits, digits_spec, monkeypatch):
    weights = Network.from_spec(digits_spec, np.random.default_rng(0)).get_weights()
    real = Network.loss_and_grads

    def broken(self, x, y):
        cost = real(self, x, y)
        self.grads["layer3.W"] *= 1.1  # a 10 % slip in one backward
        return cost

    monkeypatch.setattr(Network, "loss_and_grads", broken)
    result = _finish(sanity.gradient_check(digits_spec, weights, digits.x[:3], digits.y[:3]))
    assert result.verdict in ("wrong", "doubtful")
    assert result.per_key["layer3.W"] > sanity.WRONG
    assert result.per_key["layer0.W"] < sanity.GREAT


def test_verdicts_follow_the_course_thresholds():
    assert [sanity.verdict_of(e) for e in (1e-9, 1e-6, 1e-4, 1e-2)] == [
        "great",
        "fine",
        "doubtful",
        "wrong",
    ]


def test_a_tiny_batch_is_overfitted_and_can_be_stopped(digits, digits_spec):
    x, y = sanity.tiny_batch(digits.x, digits.y)
    assert len(y) == 10
    assert len(set(y.tolist())) == 10  # one of each digit
    result = _finish(sanity.overfit_tiny_batch(digits_spec, x, y))
    assert result.learned
    assert result.costs[-1] < 0.01 < result.costs[0]
    assert result.accuracy == 1.0
    steps = sanity.overfit_tiny_batch(digits_spec, x, y)
    assert next(steps)[0] == 1
    steps.close()  # a caller stops between two steps


def test_a_network_that_cannot_learn_says_so(digits, digits_spec):
    x, y = sanity.tiny_batch(digits.x, digits.y)
    result = _finish(sanity.overfit_tiny_batch(digits_spec, x, y, lr=1e-9, max_steps=20))
    assert not result.learned
    assert len(result.costs) == 20
