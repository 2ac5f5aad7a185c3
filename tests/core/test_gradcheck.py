"""numerical_gradient and rel_error on functions with known derivatives."""

from __future__ import annotations

import numpy as np
import pytest

from cnnbuilder.core.gradcheck import numerical_gradient, rel_error


def test_gradient_of_a_known_function():
    x = np.array([[0.5, -1.0], [2.0, 0.1]])
    grad = numerical_gradient(lambda v: float(np.sum(v**3) + np.sin(v).sum()), x)
    np.testing.assert_allclose(grad, 3 * x**2 + np.cos(x), rtol=1e-8)


def test_x_is_restored_and_closures_work():
    x = np.array([1.0, 2.0, 3.0])
    weights = np.array([2.0, -1.0, 0.5])
    grad = numerical_gradient(lambda _: float(weights @ x), x)
    np.testing.assert_allclose(grad, weights, rtol=1e-9)
    np.testing.assert_array_equal(x, [1.0, 2.0, 3.0])


def test_rel_error():
    assert rel_error(np.ones(3), np.ones(3)) == 0.0
    assert rel_error(np.array([1.0]), np.array([1.1])) == pytest.approx(0.1 / 2.1)
    assert rel_error(np.zeros(2), np.zeros(2)) == 0.0
    assert rel_error(np.zeros((0,)), np.zeros((0,))) == 0.0
    with pytest.raises(ValueError, match="shapes"):
        rel_error(np.zeros(2), np.zeros(3))
