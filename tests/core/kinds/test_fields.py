"""Reading one file value against its field: whole numbers, choices, padding, text."""

from __future__ import annotations

import pytest

from cnnbuilder.core.errors import SpecError
from cnnbuilder.core.kinds.fields import (
    ACTIVATION_CHOICES,
    ACTIVATION_FIELD,
    NAME_FIELD,
    Field,
    read_choice,
    read_int,
    read_value,
    shown,
)

SIZE = Field("size", "Filter size f", "int", 1, 64)
PADDING = Field("padding", "Padding p", "padding", 0, 64)


@pytest.mark.parametrize(("value", "out"), [(3, 3), (3.0, 3), (1, 1)])
def test_whole_numbers_at_least_the_minimum_are_read(value, out):
    got = read_int(value, 1, layer=2, field="size")
    assert got == out
    assert type(got) is int


@pytest.mark.parametrize(
    ("value", "reason"),
    [
        (True, "must be a whole number, got True"),
        ("3", "must be a whole number, got '3'"),
        (None, "must be a whole number, got None"),
        (2.5, "must be a whole number, got 2.5"),
        (0, "must be at least 1, got 0"),
        (0.0, "must be at least 1, got 0.0"),
    ],
)
def test_bad_whole_numbers_are_refused_by_layer_and_field(value, reason):
    with pytest.raises(SpecError) as caught:
        read_int(value, 1, layer=2, field="size")
    assert (caught.value.layer, caught.value.field, caught.value.reason) == (2, "size", reason)


def test_choices():
    assert read_choice("max", ("max", "avg"), layer=1, field="mode") == "max"
    with pytest.raises(SpecError) as caught:
        read_choice("mean", ("max", "avg"), layer=1, field="mode")
    assert caught.value.reason == "unknown value 'mean'; expected one of max, avg"


def test_read_value_by_editor():
    assert read_value(SIZE, 5, 1) == 5
    assert read_value(ACTIVATION_FIELD, "tanh", 1) == "tanh"
    assert read_value(PADDING, "same", 1) == "same"
    assert read_value(PADDING, 0, 1) == 0
    assert read_value(NAME_FIELD, "edges", 1) == "edges"
    assert read_value(NAME_FIELD, "", 1) is None
    assert read_value(NAME_FIELD, None, 1) is None


@pytest.mark.parametrize(
    ("field", "value", "reason"),
    [
        (SIZE, 0, "must be at least 1, got 0"),
        (PADDING, -1, "must be at least 0, got -1"),
        (PADDING, "full", "unknown value 'full'; expected one of valid, same"),
        (
            ACTIVATION_FIELD,
            "gelu",
            "unknown value 'gelu'; expected one of relu, leaky_relu, tanh, sigmoid, linear",
        ),
        (NAME_FIELD, 3, "must be a string, got 3"),
    ],
)
def test_read_value_refuses_by_editor(field, value, reason):
    with pytest.raises(SpecError) as caught:
        read_value(field, value, 4)
    assert (caught.value.layer, caught.value.field, caught.value.reason) == (4, field.name, reason)


def test_activation_choices_label_every_activation():
    assert ACTIVATION_CHOICES[0] == ("relu", "ReLU")
    assert dict(ACTIVATION_CHOICES)["leaky_relu"] == "Leaky ReLU (slope 0.01)"


def test_whole_numbers_stop_at_the_largest_32_bit_int():
    assert read_int(2**31 - 1, 1, layer=1, field="units") == 2**31 - 1
    with pytest.raises(SpecError) as caught:
        read_int(2**31, 1, layer=3, field="units")
    assert (caught.value.layer, caught.value.field, caught.value.reason) == (
        3,
        "units",
        "must be at most 2,147,483,647, got 2147483648",
    )


def test_a_choice_must_be_a_string():
    with pytest.raises(SpecError) as caught:
        read_choice(3, ("3",), layer=1, field="mode")
    assert caught.value.reason == "unknown value 3; expected one of 3"


def test_values_in_messages_are_cut_short():
    assert shown("a" * 58) == repr("a" * 58)  # 60 characters with the quotes
    assert shown("a" * 59) == "'" + "a" * 58 + "…"
    assert shown(10**5000) == "a int too large to show"
