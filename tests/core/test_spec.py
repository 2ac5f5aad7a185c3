"""The network spec: finding a layer by uid, course-style names, the number of classes."""

from __future__ import annotations

import pytest

from cnnbuilder.core.spec import (
    ConvSpec,
    DenseSpec,
    NetworkSpec,
    PoolSpec,
    SoftmaxSpec,
    display_name,
    output_classes,
)


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
