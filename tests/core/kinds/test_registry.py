"""The registry: kinds by type name and by spec class, registering and refusing."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from cnnbuilder.core.kinds.base import LayerKind
from cnnbuilder.core.kinds.conv import CONV, ConvSpec
from cnnbuilder.core.kinds.input import INPUT, InputSpec
from cnnbuilder.core.kinds.registry import (
    kind_named,
    kind_of,
    layer_kinds,
    register,
    type_names,
    unregister,
)


def test_the_course_kinds_in_palette_order():
    assert type_names() == ("conv", "pool", "fc", "softmax")
    assert [k.label for k in layer_kinds()] == ["CONV", "POOL", "FC", "Softmax"]


def test_lookup_by_name_and_by_spec():
    assert kind_named("conv") is CONV
    assert kind_named("input") is INPUT
    assert kind_of(ConvSpec()) is CONV
    assert kind_of(InputSpec()) is INPUT
    with pytest.raises(KeyError):
        kind_named("dropout")
    with pytest.raises(KeyError):
        kind_of(object())


@dataclass(frozen=True)
class _NoopSpec:
    name: str | None = None


class _Noop(LayerKind):
    type_name = "noop"
    spec_class = _NoopSpec


def test_register_and_unregister_a_kind():
    kind = _Noop()
    assert register(kind) is kind
    try:
        assert type_names()[-1] == "noop"
        assert kind_named("noop") is kind
        assert kind_of(_NoopSpec()) is kind
    finally:
        unregister(kind)
    assert "noop" not in type_names()
    with pytest.raises(KeyError):
        kind_of(_NoopSpec())


def test_taken_names_and_classes_are_refused():
    class Clash(LayerKind):
        type_name = "conv"
        spec_class = _NoopSpec

    class InputClash(LayerKind):
        type_name = "input"
        spec_class = _NoopSpec

    class ClassClash(LayerKind):
        type_name = "conv2"
        spec_class = ConvSpec

    with pytest.raises(ValueError, match="a layer kind 'conv' is registered already"):
        register(Clash())
    with pytest.raises(ValueError, match="a layer kind 'input' is registered already"):
        register(InputClash())
    with pytest.raises(ValueError, match="ConvSpec belongs to another kind already"):
        register(ClassClash())
    assert "conv2" not in type_names()
