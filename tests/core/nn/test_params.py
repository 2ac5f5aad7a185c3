"""Checking weights against a network's shapes: every refusal word for word."""

from __future__ import annotations

import numpy as np
import pytest

from cnnbuilder.core.errors import DataError, ShapeError
from cnnbuilder.core.nn.optim import make_optimizer
from cnnbuilder.core.nn.params import check_weights
from cnnbuilder.i18n import language

EXPECTED = {"layer0.W": (2, 3), "layer0.b": (3,)}


def _good():
    return {"layer0.W": np.zeros((2, 3)), "layer0.b": np.zeros(3)}


REFUSALS = [
    (
        {"layer0.W": None, "layer0.b": None},
        ShapeError,
        "the weights lack layer0.W, layer0.b that the network needs",
        "가중치에 네트워크가 필요로 하는 layer0.W, layer0.b이(가) 없습니다",
    ),
    (
        {"layer2.b": np.zeros(1), "layer1.W": np.zeros(1)},
        ShapeError,
        "the weights have layer1.W, layer2.b that the network does not have",
        "가중치에 네트워크에 없는 layer1.W, layer2.b이(가) 있습니다",
    ),
    (
        {"layer0.W": np.array([["a"] * 3] * 2)},
        DataError,
        "weights 'layer0.W' are of type <U1, not numbers",
        "가중치 'layer0.W'의 형식이 숫자가 아닌 <U1입니다",
    ),
    (
        {"layer0.b": np.zeros(4)},
        ShapeError,
        "weights 'layer0.b' have shape (4,), but the network expects (3,)",
        "가중치 'layer0.b'의 크기는 (4,)인데, 네트워크는 (3,)을(를) 기대합니다",
    ),
    (
        {"layer0.b": np.array([0.0, np.inf, 0.0])},
        DataError,
        "weights 'layer0.b' contain NaN or infinite values",
        "가중치 'layer0.b'에 NaN이나 무한대 값이 있습니다",
    ),
]


def _refusal(change, error):
    weights = {**_good(), **change}
    weights = {k: v for k, v in weights.items() if v is not None}
    with pytest.raises(error) as caught:
        check_weights(weights, EXPECTED)
    return str(caught.value)


@pytest.mark.parametrize(("change", "error", "message", "korean"), REFUSALS)
def test_refusals_name_the_key(change, error, message, korean):
    assert _refusal(change, error) == message


@pytest.mark.parametrize(("change", "error", "message", "korean"), REFUSALS)
def test_refusals_in_korean(change, error, message, korean):
    with language("ko"):
        assert _refusal(change, error) == korean


def test_whole_number_weights_are_numbers():
    check_weights({"layer0.W": np.zeros((2, 3), int), "layer0.b": np.zeros(3, np.uint8)}, EXPECTED)


def test_an_unknown_optimizer_lists_the_known_ones():
    with pytest.raises(
        ValueError, match=r"^unknown optimizer 'rmsprop'; expected one of sgd, momentum, adam$"
    ):
        make_optimizer("rmsprop", 0.1)
