"""What every kind inherits: new layers, reading and writing fields, the uid."""

from __future__ import annotations

import dataclasses
from dataclasses import dataclass

import pytest

from cnnbuilder.core.errors import SpecError
from cnnbuilder.core.kinds.base import LayerKind, new_uid, uid_field
from cnnbuilder.core.kinds.conv import CONV, ConvSpec
from cnnbuilder.core.kinds.fc import FC, DenseSpec
from cnnbuilder.core.kinds.softmax import SOFTMAX, SoftmaxSpec


def test_uid_is_fresh_per_layer_and_neither_shown_nor_compared():
    made = uid_field()
    assert made.default_factory is new_uid
    assert (made.compare, made.repr) == (False, False)
    a, b = ConvSpec(), ConvSpec()
    assert a.uid != b.uid
    assert a == b
    assert "uid" not in repr(a)


def test_new_gives_the_defaults():
    assert CONV.new() == ConvSpec()
    assert SOFTMAX.new() == SoftmaxSpec(classes=10)


def test_write_keeps_zero_values_and_drops_the_uid_and_an_empty_name():
    layer = ConvSpec(filters=4, size=3, stride=1, padding=0, name="")
    assert CONV.write(layer) == {
        "type": "conv",
        "filters": 4,
        "size": 3,
        "stride": 1,
        "padding": 0,
        "activation": "relu",
    }
    assert CONV.write(dataclasses.replace(layer, name="edges"))["name"] == "edges"


def test_write_goes_on_after_an_empty_name():
    # A kind whose spec class lists fields after ``name`` still writes them.
    @dataclass(frozen=True)
    class NamedFirst:
        name: str | None = None
        size: int = 3
        uid: int = uid_field()

    assert LayerKind.write(FC, NamedFirst()) == {"type": "fc", "size": 3}


def test_read_fills_defaults_and_refuses_missing_required_fields():
    assert FC.read({"type": "fc", "units": 7}, 2) == DenseSpec(units=7, activation="relu")
    with pytest.raises(SpecError) as caught:
        CONV.read({"type": "conv", "filters": 4}, 3)
    assert str(caught.value) == "layer 3, field 'size': is required"


def test_read_names_the_position_of_a_bad_value():
    with pytest.raises(SpecError) as caught:
        FC.read({"type": "fc", "units": 0}, 5)
    assert str(caught.value) == "layer 5, field 'units': must be at least 1, got 0"


def test_file_keys_and_form_fields():
    assert FC.file_keys() == frozenset({"units", "activation", "name"})
    assert [f.name for f in FC.form_fields()] == ["name", "units", "activation"]


def test_kinds_without_scratch_buffers_need_none():
    assert FC.workspace_floats(DenseSpec(), (4, 4, 2), (64,)) == 0


def test_a_kind_without_its_own_caption_shows_its_hyper_parameters_on_the_block():
    class Identity(LayerKind):
        type_name = "identity"
        label = "ID"

        def hyper_text(self, layer: object) -> str:
            return "f = 1"

    assert Identity().caption_text(object()) == "f = 1"
