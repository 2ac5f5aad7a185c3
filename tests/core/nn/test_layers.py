"""Engine layers built from a spec, and the parameter shapes FORMATS.md names."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from cnnbuilder.core.errors import SpecError
from cnnbuilder.core.nn import layers
from cnnbuilder.core.nn.layers import build_layers, param_shapes
from cnnbuilder.core.spec import ConvSpec, DenseSpec, InputSpec, NetworkSpec, PoolSpec, SoftmaxSpec
from cnnbuilder.core.summary import summarize
from cnnbuilder.i18n import language

SPEC = NetworkSpec(
    name="t",
    input=InputSpec(9, 8, 3),
    layers=(
        ConvSpec(filters=4, size=3, stride=1, padding=1),
        PoolSpec(mode="max", size=2, stride=2),
        DenseSpec(units=5),
        SoftmaxSpec(classes=3),
    ),
)


def test_each_layer_is_built_on_the_shape_before_it():
    layers = build_layers(SPEC)
    assert [layer.index for layer in layers] == [0, 1, 2, 3]
    assert [layer.in_shape for layer in layers] == [(9, 8, 3), (9, 8, 4), (4, 4, 4), (5,)]
    assert [layer.out_shape for layer in layers] == [(9, 8, 4), (4, 4, 4), (5,), (3,)]


def test_param_shapes_of_every_layer_with_parameters():
    assert param_shapes(SPEC) == {
        "layer0.W": (3, 3, 3, 4),
        "layer0.b": (4,),
        "layer2.W": (64, 5),
        "layer2.b": (5,),
        "layer3.W": (5, 3),
        "layer3.b": (3,),
    }


def test_an_invalid_spec_is_refused_with_the_summary_problem():
    bad = NetworkSpec(name="t", input=InputSpec(4, 4, 1), layers=(ConvSpec(filters=2, size=9),))
    with pytest.raises(SpecError) as info:
        build_layers(bad)
    assert str(info.value) == summarize(bad).problem


def test_a_refusal_without_a_reason_gets_a_general_one(monkeypatch):
    monkeypatch.setattr(layers, "summarize", lambda spec: SimpleNamespace(ok=False, problem=""))
    for name, message in (
        ("en", "the network is not valid"),
        ("ko", "네트워크가 유효하지 않습니다"),
    ):
        with language(name), pytest.raises(SpecError) as caught:
            build_layers(SPEC)
        assert str(caught.value) == message
