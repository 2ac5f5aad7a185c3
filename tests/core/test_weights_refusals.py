"""Weights-file refusals that the broader tests only match in part."""

from __future__ import annotations

import pytest

from cnnbuilder.core.errors import DataError
from cnnbuilder.core.spec import InputSpec, NetworkSpec, SoftmaxSpec
from cnnbuilder.core.weights import load_weights


def test_a_folder_is_named_as_a_folder(tmp_path):
    spec = NetworkSpec(input=InputSpec(2, 2, 1), layers=(SoftmaxSpec(classes=2),))
    folder = tmp_path / "run.npz"
    folder.mkdir()
    with pytest.raises(DataError) as caught:
        load_weights(folder, spec)
    assert str(caught.value) == f"{folder} is a folder, not a weights file"
