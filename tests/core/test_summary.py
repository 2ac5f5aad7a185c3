from __future__ import annotations

import pytest

from cnnbuilder.core.fileio import load_spec
from cnnbuilder.core.spec import ConvSpec, DenseSpec, InputSpec, NetworkSpec, PoolSpec, SoftmaxSpec
from cnnbuilder.core.summary import summarize


def _net(*layers, h=32, w=32, c=3) -> NetworkSpec:
    return NetworkSpec(input=InputSpec(h, w, c), layers=tuple(layers))


def test_lenet5_preset_has_the_lecture_numbers(presets_dir):
    summary = summarize(load_spec(presets_dir / "lenet5.cnn.json"))
    table = [(r.shape_text, r.activations, r.params) for r in summary.rows]
    assert table == [
        ("32×32×3", 3072, 0),
        ("28×28×8", 6272, 608),
        ("14×14×8", 1568, 0),
        ("10×10×16", 1600, 3216),
        ("5×5×16", 400, 0),
        ("120", 120, 48120),
        ("84", 84, 10164),
        ("10", 10, 850),
    ]
    assert summary.total_params == 62958
    assert summary.conv_params == 608 + 3216
    assert summary.ok


def test_course_example_shapes_and_working(presets_dir):
    summary = summarize(load_spec(presets_dir / "course-example.cnn.json"))
    assert [r.shape_text for r in summary.rows] == [
        "39×39×3",
        "37×37×10",
        "17×17×20",
        "7×7×40",
        "10",
    ]
    conv1 = summary.rows[1]
    assert "n_H = ⌊(39 + 2·0 − 3)/1⌋ + 1 = 37" in conv1.shape_working
    assert conv1.params_working == "(f·f·n_c_prev + 1)·n_c = (3·3·3 + 1)·10 = 280"
    assert "n_in = 7·7·40 = 1960 (flattened)" in summary.rows[4].params_working
    assert summary.rows[4].params == 1961 * 10


def test_mult_adds_of_conv_and_fc():
    summary = summarize(
        _net(ConvSpec(filters=8, size=5), DenseSpec(units=4), SoftmaxSpec(classes=2))
    )
    assert summary.rows[1].mult_adds == 28 * 28 * 8 * 5 * 5 * 3
    assert summary.rows[2].mult_adds == 28 * 28 * 8 * 4
    assert summary.total_mult_adds == sum(r.mult_adds for r in summary.layer_rows)


def test_same_padding_keeps_the_size_and_odd_rule():
    ok = summarize(_net(ConvSpec(filters=4, size=5, padding="same"), SoftmaxSpec()))
    assert ok.rows[1].output_shape == (32, 32, 4)
    even = summarize(_net(ConvSpec(filters=4, size=4, padding="same"), SoftmaxSpec()))
    assert even.rows[1].status == "error"
    assert "odd" in even.rows[1].error


def test_filter_larger_than_padded_input_blocks_later_rows():
    spec = _net(
        ConvSpec(filters=4, size=3),
        ConvSpec(filters=4, size=7, padding=0),
        PoolSpec(),
        SoftmaxSpec(),
        h=7,
        w=7,
    )
    summary = summarize(spec)
    assert summary.rows[1].output_shape == (5, 5, 4)
    assert summary.rows[2].error == "filter 7 is larger than the input 5"
    assert summary.rows[2].output_shape is None
    assert [r.status for r in summary.rows[3:]] == ["blocked", "blocked"]
    assert all(r.output_shape is None for r in summary.rows[3:])
    assert not summary.ok
    assert summary.problem.startswith("layer 2 (CONV2): filter 7")


def test_padded_input_is_named_when_padding_is_used():
    summary = summarize(_net(ConvSpec(size=9, padding=1), SoftmaxSpec(), h=5, w=5))
    assert summary.rows[1].error == "filter 9 is larger than the padded input 7"


def test_non_square_input():
    summary = summarize(_net(ConvSpec(filters=2, size=3, stride=2), SoftmaxSpec(), h=9, w=13))
    assert summary.rows[1].output_shape == (4, 6, 2)


def test_dropped_rows_warn_but_do_not_fail():
    summary = summarize(_net(ConvSpec(filters=2, size=3, stride=2), SoftmaxSpec(), h=10, w=10))
    row = summary.rows[1]
    assert row.status == "warning"
    assert row.output_shape == (4, 4, 2)
    assert "(10 + 2·0 − 3)/2 = 3.5 is not whole" in row.warnings[0]
    assert summary.ok


@pytest.mark.parametrize(
    ("layers", "message"),
    [
        ((DenseSpec(), ConvSpec(), SoftmaxSpec()), "follows an FC layer"),
        ((SoftmaxSpec(), DenseSpec()), "Softmax must be the last layer"),
        ((PoolSpec(size=3, stride=1), DenseSpec(units=0), SoftmaxSpec()), "at least 1"),
    ],
)
def test_structural_errors_are_per_layer(layers, message):
    summary = summarize(_net(*layers))
    assert any(message in (r.error or "") for r in summary.rows)
    assert not summary.ok


def test_network_without_softmax_is_summarised_but_not_trainable():
    summary = summarize(_net(ConvSpec()))
    assert summary.errors == ()
    assert summary.rows[1].output_shape == (30, 30, 8)
    assert "Softmax" in summary.problem


def test_empty_network_and_bad_input():
    assert "no layers" in summarize(_net()).problem
    bad = summarize(_net(SoftmaxSpec(), h=0))
    assert bad.rows[0].status == "error"
    assert bad.rows[1].status == "blocked"


def test_memory_estimate_grows_with_batch(presets_dir):
    summary = summarize(load_spec(presets_dir / "lenet5.cnn.json"))
    one, many = summary.training_memory_bytes(1), summary.training_memory_bytes(64)
    assert many > one > 4 * 4 * summary.total_params
    per_sample = (many - one) / 63
    # at least the forward activations and their gradients, 4 bytes each
    assert per_sample >= 2 * 4 * summary.total_activations
