"""Course names: one function names every layer as the course and the presets do."""

from __future__ import annotations

from dataclasses import replace

import numpy as np

from cnnbuilder.core import edits
from cnnbuilder.core.fileio import load_spec
from cnnbuilder.core.spec import (
    ConvSpec,
    DenseSpec,
    NetworkSpec,
    PoolSpec,
    SoftmaxSpec,
    layer_names,
)


def test_lenet5_is_named_as_in_the_course(presets_dir):
    spec = load_spec(presets_dir / "lenet5.cnn.json")
    unnamed = spec.with_layers([replace(layer, name=None) for layer in spec.layers])
    assert layer_names(unnamed)[:6] == ["CONV1", "POOL1", "CONV2", "POOL2", "FC3", "FC4"]
    assert layer_names(unnamed)[:6] == [layer.name for layer in spec.layers[:6]]  # the preset


def test_a_typed_name_is_kept_and_a_clash_gets_a_suffix():
    spec = NetworkSpec(
        layers=(ConvSpec(name="CONV2"), ConvSpec(), PoolSpec(), DenseSpec(name="head"))
    )
    assert layer_names(spec) == ["CONV2", "CONV2b", "POOL2", "head"]
    copied = edits.duplicate_layer(spec, 3)
    assert layer_names(copied) == ["CONV2", "CONV2b", "POOL2", "head", "headb"]


def test_names_stay_unique_after_random_inserts_duplicates_and_moves():
    rng = np.random.default_rng(7)
    spec = NetworkSpec(layers=(ConvSpec(), PoolSpec(), DenseSpec(), SoftmaxSpec()))
    makers = (ConvSpec, PoolSpec, DenseSpec, lambda: ConvSpec(name="CONV1"))
    for _ in range(60):
        n = len(spec.layers)
        action = rng.integers(3)
        if action == 0:
            layer = makers[rng.integers(len(makers))]()
            spec = edits.insert_layer(spec, int(rng.integers(n)), layer)
        elif action == 1:
            spec = edits.duplicate_layer(spec, int(rng.integers(n)))
        else:
            spec = edits.move_layer(spec, int(rng.integers(n)), int(rng.integers(n)))
        names = layer_names(spec)
        assert len(set(names)) == len(names), names


def test_suffixes_go_on_through_the_alphabet_past_names_already_taken():
    spec = NetworkSpec(layers=(ConvSpec(), ConvSpec(name="CONV1"), ConvSpec(name="CONV1b")))
    assert layer_names(spec) == ["CONV1c", "CONV1", "CONV1b"]
    copies = NetworkSpec(layers=tuple(DenseSpec(name="head") for _ in range(4)))
    assert layer_names(copies) == ["head", "headb", "headc", "headd"]
