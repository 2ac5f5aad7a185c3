"""The pure edits that the window's commands add: name, training, append index."""

from __future__ import annotations

from cnnbuilder.core.edits import append_index, set_name, set_training
from cnnbuilder.core.spec import ConvSpec, NetworkSpec, PoolSpec, SoftmaxSpec, TrainingSpec


def test_append_goes_before_a_final_softmax() -> None:
    spec = NetworkSpec(layers=(ConvSpec(), PoolSpec(), SoftmaxSpec()))
    assert append_index(spec, "conv") == 2
    assert append_index(spec, "fc") == 2
    assert append_index(spec, "softmax") == 3


def test_append_goes_last_without_a_softmax() -> None:
    assert append_index(NetworkSpec(), "conv") == 0
    assert append_index(NetworkSpec(layers=(ConvSpec(), PoolSpec())), "fc") == 2


def test_set_name_and_training_return_new_specs() -> None:
    spec = NetworkSpec(name="a", layers=(ConvSpec(),))
    renamed = set_name(spec, "b")
    assert (spec.name, renamed.name) == ("a", "b")
    assert renamed.layers == spec.layers
    training = TrainingSpec(epochs=2)
    assert set_training(spec, training).training == training
    assert set_training(set_training(spec, training), None).training is None
