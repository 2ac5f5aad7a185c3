"""What each kind tells the inside view: its window, its g, why CONV shares parameters."""

from __future__ import annotations

import pytest

from cnnbuilder.core.inside.geometry import Window
from cnnbuilder.core.kinds.conv import CONV, ConvSpec
from cnnbuilder.core.kinds.fc import FC, DenseSpec
from cnnbuilder.core.kinds.input import INPUT
from cnnbuilder.core.kinds.pool import POOL, PoolSpec
from cnnbuilder.core.kinds.softmax import SOFTMAX, SoftmaxSpec


def test_windows_of_the_sliding_kinds():
    assert CONV.window(ConvSpec(size=5, stride=2, padding="same")) == Window(5, 2, 2)
    assert CONV.window(ConvSpec(size=3, stride=1, padding=1)) == Window(3, 1, 1)
    assert POOL.window(PoolSpec(size=3, stride=2)) == Window(3, 2, 0)
    assert FC.window(DenseSpec()) is None
    assert SOFTMAX.window(SoftmaxSpec()) is None


def test_g_names():
    assert CONV.g_name(ConvSpec(activation="tanh")) == "tanh"
    assert FC.g_name(DenseSpec(activation="sigmoid")) == "sigmoid"
    assert POOL.g_name(PoolSpec(mode="avg")) == "avg"
    assert SOFTMAX.g_name(SoftmaxSpec()) == "softmax"
    assert INPUT.g_name(object()) == "linear"


def test_only_conv_explains_parameter_sharing():
    why = CONV.why_conv(ConvSpec(filters=6, size=5), (32, 32, 3), (28, 28, 6), 456)
    assert why is not None
    assert why.fc_equivalent_params == (32 * 32 * 3 + 1) * (28 * 28 * 6)
    assert why.connections == 5 * 5 * 3
    assert FC.why_conv(DenseSpec(), (4,), (3,), 15) is None


def test_a_kind_without_values_to_inspect_says_so():
    with pytest.raises(NotImplementedError, match=r"^Input has no values to inspect$"):
        INPUT.cell(None, (0,), (1,))  # type: ignore[arg-type]
