"""The CONV kind: its working in course notation, its texts and its engine layer."""

from __future__ import annotations

import pytest

from cnnbuilder.core.kinds.conv import CONV, ConvSpec, resolve_padding
from cnnbuilder.core.kinds.working import Working


def test_course_example_conv_working_is_exact():
    working = CONV.work(ConvSpec(filters=10, size=3), (39, 39, 3))
    assert working == Working(
        shape=(37, 37, 10),
        params=280,
        mult_adds=37 * 37 * 10 * 3 * 3 * 3,
        shape_text=(
            "n_H = ⌊(39 + 2·0 − 3)/1⌋ + 1 = 37\n"
            "n_W = ⌊(39 + 2·0 − 3)/1⌋ + 1 = 37\n"
            "n_c = 10 (one per filter)"
        ),
        params_text="(f·f·n_c_prev + 1)·n_c = (3·3·3 + 1)·10 = 280",
    )


def test_non_square_strided_padded_conv_counts():
    working = CONV.work(ConvSpec(filters=4, size=5, stride=2, padding=1), (12, 9, 2))
    # n_H = ⌊(12 + 2 − 5)/2⌋ + 1 = 5, n_W = ⌊(9 + 2 − 5)/2⌋ + 1 = 4
    assert working.shape == (5, 4, 4)
    assert working.params == (5 * 5 * 2 + 1) * 4
    assert working.mult_adds == 5 * 4 * 4 * 5 * 5 * 2
    assert working.warnings == (
        "n_H: (12 + 2·1 − 5)/2 = 4.5 is not whole; "
        "the last 1 padded input row(s)/column(s) are never used",
    )


@pytest.mark.parametrize(
    ("padding", "size", "p"),
    [("valid", 5, 0), ("same", 5, 2), ("same", 3, 1), (2, 3, 2), (0, 3, 0)],
)
def test_padding_words_resolve_to_p(padding, size, p):
    assert resolve_padding(ConvSpec(size=size, padding=padding)) == p


def test_same_padding_keeps_the_size():
    working = CONV.work(ConvSpec(filters=2, size=5, padding="same"), (7, 7, 1))
    assert working.shape == (7, 7, 2)
    assert working.shape_text.startswith("n_H = ⌊(7 + 2·2 − 5)/1⌋ + 1 = 7\n")


@pytest.mark.parametrize(("size", "stride"), [(4, 1), (3, 2)])
def test_same_padding_needs_odd_f_and_stride_one(size, stride):
    working = CONV.work(ConvSpec(size=size, stride=stride, padding="same"), (16, 16, 3))
    assert working == Working.failed(
        f"'same' padding needs an odd f and s = 1 (f={size}, s={stride})"
    )


def test_a_flat_input_is_refused_before_the_same_rule():
    working = CONV.work(ConvSpec(size=4, padding="same"), (120,))
    assert working.error == "CONV needs an n_H×n_W×n_c input; it follows an FC layer"


def test_a_too_large_filter_fails_with_the_window_message():
    working = CONV.work(ConvSpec(size=9), (8, 8, 1))
    assert working == Working.failed("filter 9 is larger than the input 8")


def test_workspace_is_one_window_per_output_position():
    layer = ConvSpec(filters=6, size=5)
    assert CONV.workspace_floats(layer, (32, 32, 3), (28, 28, 6)) == 28 * 28 * 5 * 5 * 3


def test_texts():
    layer = ConvSpec(filters=16, size=5, stride=2, padding=1, activation="tanh")
    assert CONV.hyper_text(layer) == "f=5 s=2 p=1 n_c=16 tanh"
    assert CONV.caption_text(layer) == "5×5 s2 p1 ×16"
    same = ConvSpec(filters=8, size=3, padding="same")
    assert CONV.hyper_text(same) == "f=3 s=1 same n_c=8 relu"
    assert CONV.caption_text(same) == "3×3 s1 same ×8"


def test_build_gives_the_engine_layer_its_hyper_parameters():
    layer = CONV.build(ConvSpec(filters=4, size=3, stride=2, padding="same"), 3, (9, 9, 2))
    assert (layer.index, layer.in_shape, layer.out_shape) == (3, (9, 9, 2), (5, 5, 4))
    assert (layer.f, layer.s, layer.p, layer.activation) == (3, 2, 1, "relu")
