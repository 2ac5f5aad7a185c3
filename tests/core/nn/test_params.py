"""Checking weights against a network's shapes: every refusal word for word."""

from __future__ import annotations

import numpy as np
import pytest

from cnnbuilder.core.errors import DataError, ShapeError
from cnnbuilder.core.nn.optim import make_optimizer
from cnnbuilder.core.nn.params import check_weights

EXPECTED = {"layer0.W": (2, 3), "layer0.b": (3,)}


def _good():
    return {"layer0.W": np.zeros((2, 3)), "layer0.b": np.zeros(3)}


@pytest.mark.parametrize(
    ("change", "error", "message"),
    [
        (
            {"layer0.W": None, "layer0.b": None},
            ShapeError,
            "the weights lack layer0.W, layer0.b that the network needs",
        ),
        (
            {"layer2.b": np.zeros(1), "layer1.W": np.zeros(1)},
            ShapeError,
            "the weights have layer1.W, layer2.b that the network does not have",
        ),
        (
            {"layer0.W": np.array([["a"] * 3] * 2)},
            DataError,
            "weights 'layer0.W' are of type <U1, not numbers",
        ),
        (
            {"layer0.b": np.zeros(4)},
            ShapeError,
            "weights 'layer0.b' have shape (4,), but the network expects (3,)",
        ),
        (
            {"layer0.b": np.array([0.0, np.inf, 0.0])},
            DataError,
            "weights 'layer0.b' contain NaN or infinite values",
        ),
    ],
)
def test_refusals_name_the_key(change, error, message):
    weights = {**_good(), **change}
    weights = {k: v for k, v in weights.items() if v is not None}
    with pytest.raises(error) as caught:
        check_weights(weights, EXPECTED)
    assert str(caught.value) == message


def test_whole_number_weights_are_numbers():
    check_weights({"layer0.W": np.zeros((2, 3), int), "layer0.b": np.zeros(3, np.uint8)}, EXPECTED)


def test_an_unknown_optimizer_lists_the_known_ones():
    with pytest.raises(
        ValueError, match=r"^unknown optimizer 'rmsprop'; expected one of sgd, momentum, adam$"
    ):
        make_optimizer("rmsprop", 0.1)
