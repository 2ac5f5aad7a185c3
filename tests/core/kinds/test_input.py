"""The input kind: reading and writing the ``input`` object, its working and texts."""

from __future__ import annotations

import pytest

from cnnbuilder.core.errors import SpecError
from cnnbuilder.core.kinds.input import INPUT, InputSpec
from cnnbuilder.core.kinds.working import Working


def test_reads_and_writes_the_three_sizes_in_file_order():
    data = {"height": 28, "width": 32, "channels": 1}
    spec = INPUT.read_input(data)
    assert spec == InputSpec(28, 32, 1)
    assert spec.shape == (28, 32, 1)
    assert list(INPUT.write_input(spec).items()) == list(data.items())


def test_a_whole_float_size_is_read_as_an_int():
    assert INPUT.read_input({"height": 28.0, "width": 28, "channels": 3}).height == 28


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (
            [28, 28, 1],
            "field 'input': must be an object with height, width, channels, got [28, 28, 1]",
        ),
        (
            {"height": 8, "width": 8, "channels": 1, "depth": 2, "alpha": 1},
            "field 'input.alpha': unknown field of the input",
        ),
        ({"height": 8, "channels": 1}, "field 'input.width': is required"),
        (
            {"height": 0, "width": 8, "channels": 1},
            "field 'input.height': must be at least 1, got 0",
        ),
        (
            {"height": 8, "width": 8, "channels": "3"},
            "field 'input.channels': must be a whole number, got '3'",
        ),
    ],
)
def test_bad_input_objects_name_the_field(data, message):
    with pytest.raises(SpecError) as caught:
        INPUT.read_input(data)
    assert str(caught.value) == message


def test_working_of_the_input():
    assert INPUT.work(InputSpec(39, 39, 3)) == Working(
        shape=(39, 39, 3),
        shape_text="n_H×n_W×n_c = 39×39×3",
        params_text="the input has no parameters: 0",
    )


@pytest.mark.parametrize("shape", [(0, 8, 1), (8, 0, 1), (8, 8, 0)])
def test_an_empty_input_is_an_error(shape):
    working = INPUT.work(InputSpec(*shape))
    assert working.shape is None
    assert working.error == f"input sizes must be at least 1 (got {'×'.join(map(str, shape))})"


def test_texts_and_the_short_caption():
    assert INPUT.hyper_text(InputSpec(28, 28, 1)) == "n_H=28 n_W=28 n_c=1"
    assert INPUT.caption_text(InputSpec(28, 28, 1)) == "n_H=28 n_W=28 n_c=1"
    # 20 characters do not fit a block: the bare volume does.
    assert INPUT.caption_text(InputSpec(128, 28, 1)) == "128×28×1"


def test_the_form_edits_the_network_name_first():
    names = [f.name for f in INPUT.form_fields()]
    assert names == ["name", "height", "width", "channels"]
    assert INPUT.form_fields()[0].label == "Network name"


def test_the_input_builds_no_engine_layer():
    with pytest.raises(
        TypeError, match=r"^the input has no engine layer: the network reads it as given$"
    ):
        INPUT.build(InputSpec(), 0, (8, 8, 1))
