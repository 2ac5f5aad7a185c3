"""The FC and Softmax kinds: ``(n_in + 1)·n_out`` and their texts."""

from __future__ import annotations

from cnnbuilder.core.kinds.fc import FC, DenseSpec, dense_working
from cnnbuilder.core.kinds.softmax import SOFTMAX, SoftmaxSpec
from cnnbuilder.core.kinds.working import Working


def test_fc_after_a_volume_flattens_it_in_the_working():
    working = FC.work(DenseSpec(units=120), (5, 5, 16))
    flatten = "n_in = 5·5·16 = 400 (flattened)\n"
    assert working == Working(
        shape=(120,),
        params=48120,
        mult_adds=400 * 120,
        shape_text=f"{flatten}n_out = 120",
        params_text=f"{flatten}(n_in + 1)·n_out = (400 + 1)·120 = 48120",
    )


def test_fc_after_fc_has_no_flatten_line():
    working = FC.work(DenseSpec(units=84), (120,))
    assert working.shape_text == "n_out = 84"
    assert working.params_text == "(n_in + 1)·n_out = (120 + 1)·84 = 10164"
    assert (working.params, working.mult_adds) == (10164, 120 * 84)


def test_softmax_counts_classes():
    working = SOFTMAX.work(SoftmaxSpec(classes=10), (84,))
    assert working.params_text == "(n_in + 1)·classes = (84 + 1)·10 = 850"
    assert working.shape_text == "classes = 10"
    assert working.shape == (10,)


def test_output_counts_below_the_least_fail():
    assert dense_working(1, 2, "classes", (4,)) == Working.failed(
        "needs at least 2 outputs (got 1)"
    )
    assert dense_working(2, 2, "classes", (4,)).shape == (2,)
    assert FC.work(DenseSpec(units=0), (4,)).error == "needs at least 1 outputs (got 0)"
    assert FC.work(DenseSpec(units=1), (4,)).shape == (1,)


def test_texts():
    assert FC.hyper_text(DenseSpec(units=64, activation="sigmoid")) == "64 units sigmoid"
    assert FC.caption_text(DenseSpec(units=64)) == "64 units"
    assert SOFTMAX.hyper_text(SoftmaxSpec(classes=3)) == "3 classes"
    assert SOFTMAX.caption_text(SoftmaxSpec(classes=3)) == "3 classes"


def test_only_the_output_kind_reports_classes():
    assert SOFTMAX.output_classes(SoftmaxSpec(classes=7)) == 7
    assert FC.output_classes(DenseSpec(units=7)) is None


def test_build_gives_the_engine_layers_their_sizes():
    dense = FC.build(DenseSpec(units=5, activation="tanh"), 2, (3, 3, 2))
    assert (dense.index, dense.n_in, dense.units, dense.activation) == (2, 18, 5, "tanh")
    scores = SOFTMAX.build(SoftmaxSpec(classes=4), 6, (5,))
    # The softmax itself is in the loss: the layer computes linear scores.
    assert (scores.index, scores.n_in, scores.units, scores.activation) == (6, 5, 4, "linear")
