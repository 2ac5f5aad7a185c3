"""The summary row by row, word for word: positions, statuses, errors and the memory estimate."""

from __future__ import annotations

from dataclasses import fields, replace

import pytest

from cnnbuilder.core.kinds.working import Working
from cnnbuilder.core.layer_rows import LayerRow, row_from_working
from cnnbuilder.core.spec import (
    ConvSpec,
    DenseSpec,
    InputSpec,
    NetworkSpec,
    PoolSpec,
    SoftmaxSpec,
)
from cnnbuilder.core.summary import summarize
from cnnbuilder.i18n import language


def _net(*layers, shape=(6, 6, 1)) -> NetworkSpec:
    return NetworkSpec(input=InputSpec(*shape), layers=tuple(layers))


TWO_CONVS = _net(ConvSpec(filters=2, size=3), ConvSpec(filters=2, size=3), SoftmaxSpec(classes=2))


def _shown(row: LayerRow) -> LayerRow:
    """The row with only what the summary itself fills (not the inside view's fields)."""
    return LayerRow(**{f.name: getattr(row, f.name) for f in fields(LayerRow) if f.name in _OWN})


_OWN = {
    "position",
    "uid",
    "name",
    "kind",
    "hyper",
    "output_shape",
    "activations",
    "params",
    "mult_adds",
    "shape_working",
    "params_working",
    "warnings",
    "error",
    "status",
}


def test_the_input_row_is_exact():
    row = summarize(TWO_CONVS).rows[0]
    assert _shown(row) == LayerRow(
        position=0,
        uid=None,
        name="Input",
        kind="input",
        hyper="n_H=6 n_W=6 n_c=1",
        output_shape=(6, 6, 1),
        activations=36,
        params=0,
        mult_adds=0,
        shape_working="n_H×n_W×n_c = 6×6×1",
        params_working="the input has no parameters: 0",
        error=None,
        status="ok",
    )


def test_a_non_square_input_counts_every_value():
    assert summarize(_net(shape=(5, 4, 2))).rows[0].activations == 40


def test_a_layer_row_is_exact():
    conv = TWO_CONVS.layers[1]
    row = summarize(TWO_CONVS).rows[2]
    assert _shown(row) == LayerRow(
        position=2,
        uid=conv.uid,
        name="CONV2",
        kind="conv",
        hyper="f=3 s=1 p=0 n_c=2 relu",
        output_shape=(2, 2, 2),
        activations=8,
        params=(3 * 3 * 2 + 1) * 2,
        mult_adds=2 * 2 * 2 * 3 * 3 * 2,
        shape_working=(
            "n_H = ⌊(4 + 2·0 − 3)/1⌋ + 1 = 2\n"
            "n_W = ⌊(4 + 2·0 − 3)/1⌋ + 1 = 2\n"
            "n_c = 2 (one per filter)\n"
            "activation size = 2·2·2 = 8"
        ),
        params_working="(f·f·n_c_prev + 1)·n_c = (3·3·2 + 1)·2 = 38",
        status="ok",
    )


def test_a_flat_row_has_no_activation_size_line():
    row = summarize(TWO_CONVS).rows[3]
    assert row.shape_working == "n_in = 2·2·2 = 8 (flattened)\nclasses = 2"
    assert (row.activations, row.status) == (2, "ok")


def test_warning_rows_are_marked():
    summary = summarize(_net(ConvSpec(filters=1, size=2, stride=2), shape=(5, 5, 1)))
    assert summary.rows[1].status == "warning"
    assert len(summary.rows[1].warnings) == 2


def test_an_error_row_blocks_the_rows_after_it_by_position():
    spec = _net(ConvSpec(filters=2, size=9), DenseSpec(units=3), SoftmaxSpec(classes=2))
    summary = summarize(spec)
    bad, fc, out = summary.rows[1:]
    assert (bad.position, bad.status, bad.error) == (
        1,
        "error",
        "filter 9 is larger than the input 6",
    )
    assert (bad.name, bad.hyper, bad.output_shape) == ("CONV1", "f=9 s=1 p=0 n_c=2 relu", None)
    assert [(r.position, r.name, r.status, r.error) for r in (fc, out)] == [
        (2, "FC2", "blocked", "follows an invalid layer"),
        (3, "Softmax3", "blocked", "follows an invalid layer"),
    ]
    assert fc.hyper == "3 units relu"
    assert summary.errors == ("layer 1 (CONV1): filter 9 is larger than the input 6",)
    assert summary.problem == summary.errors[0]


def test_an_output_layer_before_the_end_is_an_error_row():
    spec = _net(SoftmaxSpec(classes=2), DenseSpec(units=3))
    row = summarize(spec).rows[1]
    assert (row.position, row.status, row.error) == (1, "error", "Softmax must be the last layer")
    assert row.output_shape is None
    assert summarize(spec).errors == ("layer 1 (Softmax1): Softmax must be the last layer",)


def test_a_bad_input_comes_first_in_the_errors():
    summary = summarize(_net(SoftmaxSpec(classes=1), shape=(0, 8, 1)))
    assert summary.rows[0].status == "error"
    assert summary.rows[0].activations is None
    assert summary.errors == ("input: input sizes must be at least 1 (got 0×8×1)",)
    assert summary.rows[1].error == "follows an invalid layer"


@pytest.mark.parametrize(
    ("layers", "problem"),
    [
        ((), "the network has no layers; add a Softmax layer to train it"),
        ((DenseSpec(units=3),), "the last layer must be Softmax to train the network"),
    ],
)
def test_why_a_valid_network_cannot_be_trained(layers, problem):
    assert summarize(_net(*layers)).problem == problem


def test_memory_estimate_is_exact():
    summary = summarize(TWO_CONVS)
    # params 20 + 38 + 18; activations 36 + 32 + 8 + 2
    assert (summary.total_params, summary.total_activations) == (76, 78)
    # Per parameter: the optimiser's state floats + 5 step temporaries;
    # per sample: 9.5 floats per activation; 4 bytes a float.
    per_sample = 9.5 * 78
    assert summary.training_memory_bytes(5) == int((9 * 76 + 5 * per_sample) * 4)
    assert summary.training_memory_bytes(5, "adam") == int((9 * 76 + 5 * per_sample) * 4)
    assert summary.training_memory_bytes(5, "momentum") == int((8 * 76 + 5 * per_sample) * 4)
    assert summary.training_memory_bytes(3, "sgd") == int((7 * 76 + 3 * per_sample) * 4)
    assert summary.training_memory_bytes(5, "other") == int((9 * 76 + 5 * per_sample) * 4)


def test_im2col_floats_per_sample_add_up_over_the_conv_layers():
    # 4·4 windows of 3·3·1, then 2·2 windows of 3·3·2
    assert summarize(TWO_CONVS).cols_per_sample == 144 + 72


def test_invalid_rows_add_no_scratch_memory():
    summary = summarize(_net(ConvSpec(filters=2, size=3), ConvSpec(filters=2, size=9)))
    assert summary.cols_per_sample == 4 * 4 * 9


def test_a_failed_working_leaves_no_shape_even_if_it_gave_one():
    blank = replace(summarize(TWO_CONVS).rows[1], output_shape=None, activations=None)
    row = row_from_working(blank, Working(shape=(3,), error="broken"))
    assert (row.output_shape, row.activations, row.error, row.status) == (
        None,
        None,
        "broken",
        "error",
    )


def test_every_row_takes_the_course_name():
    # A POOL takes its CONV's number, so the course name is not kind + position.
    spec = _net(
        ConvSpec(filters=2, size=3),
        PoolSpec(),
        ConvSpec(filters=2, size=1, name="mine"),
        PoolSpec(size=1, stride=1),
        DenseSpec(units=3),
        SoftmaxSpec(classes=2),
        shape=(10, 10, 1),
    )
    summary = summarize(spec)
    assert [(r.position, r.name, r.status) for r in summary.rows] == [
        (0, "Input", "ok"),
        (1, "CONV1", "ok"),
        (2, "POOL1", "ok"),
        (3, "mine", "ok"),
        (4, "POOL2", "ok"),
        (5, "FC3", "ok"),
        (6, "Softmax4", "ok"),
    ]


def test_error_and_blocked_rows_take_the_course_name():
    blocked = summarize(_net(ConvSpec(filters=2, size=9), PoolSpec(), SoftmaxSpec(classes=2)))
    assert [(r.name, r.status) for r in blocked.layer_rows] == [
        ("CONV1", "error"),
        ("POOL1", "blocked"),
        ("Softmax2", "blocked"),
    ]
    early = summarize(
        _net(ConvSpec(filters=2, size=3), PoolSpec(), SoftmaxSpec(classes=2), DenseSpec(units=3))
    )
    assert [(r.name, r.status) for r in early.layer_rows] == [
        ("CONV1", "ok"),
        ("POOL1", "ok"),
        ("Softmax2", "error"),
        ("FC3", "blocked"),
    ]
    assert early.errors == ("layer 3 (Softmax2): Softmax must be the last layer",)


def test_the_summary_in_korean():
    with language("ko"):
        bad_layer = summarize(
            _net(ConvSpec(filters=2, size=9), DenseSpec(units=3), SoftmaxSpec(classes=2))
        )
        early = summarize(_net(SoftmaxSpec(classes=2), DenseSpec(units=3)))
        bad_input = summarize(_net(SoftmaxSpec(classes=1), shape=(0, 8, 1)))
        empty = summarize(_net())
        no_softmax = summarize(_net(DenseSpec(units=3)))
        good = summarize(TWO_CONVS)
    assert bad_layer.rows[0].name == "입력"
    assert bad_layer.errors == ("1번째 층 (CONV1): 필터 9이(가) 입력 6보다 큽니다",)
    assert [r.error for r in bad_layer.rows[2:]] == ["잘못된 층 뒤에 있습니다"] * 2
    assert early.errors == ("1번째 층 (Softmax1): Softmax는 마지막 층이어야 합니다",)
    assert bad_input.errors == ("입력: 입력 크기는 1 이상이어야 합니다 (받은 값 0×8×1)",)
    assert bad_input.rows[1].error == "잘못된 층 뒤에 있습니다"
    assert empty.problem == "네트워크에 층이 없습니다. 학습하려면 Softmax 층을 추가하세요"
    assert no_softmax.problem == "네트워크를 학습하려면 마지막 층이 Softmax여야 합니다"
    assert good.rows[1].shape_working.endswith("\n활성값 크기 = 4·4·2 = 32")
