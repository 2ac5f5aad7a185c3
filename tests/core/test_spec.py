"""The network spec: finding a layer by uid, course-style names, the number of classes,
the checks of a run's settings."""

from __future__ import annotations

import math
from dataclasses import replace

import pytest

from cnnbuilder.core.spec import (
    ConvSpec,
    DenseSpec,
    NetworkSpec,
    PoolSpec,
    SoftmaxSpec,
    TrainingSpec,
    display_name,
    output_classes,
)
from cnnbuilder.i18n import language


def test_index_of_finds_a_layer_by_uid_and_names_a_missing_one():
    conv, out = ConvSpec(), SoftmaxSpec()
    spec = NetworkSpec(layers=(conv, out))
    assert (spec.index_of(conv.uid), spec.index_of(out.uid)) == (0, 1)
    missing = ConvSpec().uid
    with pytest.raises(KeyError) as caught:
        spec.index_of(missing)
    assert caught.value.args == (missing,)


def test_display_name_is_the_own_name_or_the_course_one():
    spec = NetworkSpec(layers=(ConvSpec(), PoolSpec(), ConvSpec(name="edges"), DenseSpec()))
    assert [display_name(spec, n) for n in (1, 2, 3, 4)] == ["CONV1", "POOL1", "edges", "FC3"]


def test_output_classes_only_for_a_chain_ending_in_softmax():
    assert output_classes(NetworkSpec()) is None
    assert output_classes(NetworkSpec(layers=(DenseSpec(units=4),))) is None
    assert output_classes(NetworkSpec(layers=(DenseSpec(), SoftmaxSpec(classes=3)))) == 3


_DEFAULTS = TrainingSpec()


@pytest.mark.parametrize(
    ("changed", "english", "korean"),
    [
        (
            {"epochs": 0},
            "epochs must be at least 1 (got 0)",
            "에폭은 1 이상이어야 합니다 (받은 값 0)",
        ),
        (
            {"batch_size": 0},
            "batch size must be at least 1 (got 0)",
            "배치 크기는 1 이상이어야 합니다 (받은 값 0)",
        ),
        (
            {"optimizer": "nag"},
            "unknown optimizer 'nag'; expected one of sgd, momentum, adam",
            "알 수 없는 옵티마이저 'nag'. 다음 중 하나여야 합니다: sgd, momentum, adam",
        ),
        (
            {"lr": 0.0},
            "learning rate must be a number above 0 (got 0.0)",
            "학습률은 0보다 큰 수여야 합니다 (받은 값 0.0)",
        ),
        (
            {"seed": -1},
            "seed must be 0 or more (got -1)",
            "시드는 0 이상이어야 합니다 (받은 값 -1)",
        ),
        (
            {"val_split": 1.0},
            "validation split must be in [0, 1) (got 1.0)",
            "검증 비율은 [0, 1) 범위여야 합니다 (받은 값 1.0)",
        ),
        (
            {"backend": "jax"},
            "unknown backend 'jax'; expected one of numpy, torch",
            "알 수 없는 백엔드 'jax'; 다음 중 하나여야 합니다: numpy, torch",
        ),
        (
            {"device": "tpu"},
            "unknown device 'tpu'; expected one of auto, cpu, cuda, mps",
            "알 수 없는 장치 'tpu'; 다음 중 하나여야 합니다: auto, cpu, cuda, mps",
        ),
    ],
)
def test_each_bad_setting_is_named_with_its_value(changed, english, korean):
    bad = replace(_DEFAULTS, **changed)
    assert bad.invalid_reason() == english
    with language("ko"):
        assert bad.invalid_reason() == korean


@pytest.mark.parametrize(
    "changed",
    [
        {"epochs": 1},
        {"batch_size": 1},
        {"optimizer": "sgd"},
        {"optimizer": "momentum"},
        {"lr": 1e-300},
        {"seed": 0},
        {"val_split": 0.0},
        {"val_split": 0.999},
        {"backend": "torch"},
        {"device": "cuda"},
    ],
)
def test_settings_at_the_edge_of_each_range_are_accepted(changed):
    assert replace(_DEFAULTS, **changed).invalid_reason() is None


@pytest.mark.parametrize("lr", [-0.1, math.nan, math.inf])
def test_a_learning_rate_must_be_a_finite_number_above_zero(lr):
    assert TrainingSpec(lr=lr).invalid_reason() == (
        f"learning rate must be a number above 0 (got {lr})"
    )


def test_the_first_bad_setting_is_the_one_named():
    both = TrainingSpec(epochs=0, batch_size=0, optimizer="x", lr=0, seed=-1, val_split=2)
    assert both.invalid_reason() == "epochs must be at least 1 (got 0)"
    assert replace(both, epochs=1).invalid_reason() == "batch size must be at least 1 (got 0)"


def test_a_file_keeps_the_settings_of_a_run_but_not_its_engine():
    run = TrainingSpec(epochs=3, lr=0.5, shuffle=False, backend="torch", device="cpu")
    assert run.for_file() == TrainingSpec(epochs=3, lr=0.5, shuffle=False)
