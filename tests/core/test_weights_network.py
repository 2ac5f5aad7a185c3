"""Weights files that carry their network, and replacing a read-only weights file."""

from __future__ import annotations

import numpy as np
import pytest

from cnnbuilder.core.errors import DataError
from cnnbuilder.core.spec import DenseSpec, InputSpec, NetworkSpec, SoftmaxSpec
from cnnbuilder.core.weights import load_weights, read_network, save_weights
from cnnbuilder.i18n import language

SPEC = NetworkSpec(
    name="tiny", input=InputSpec(2, 2, 1), layers=(DenseSpec(units=3), SoftmaxSpec(classes=2))
)
WEIGHTS = {
    "layer0.W": np.ones((4, 3)),
    "layer0.b": np.zeros(3),
    "layer1.W": np.ones((3, 2)),
    "layer1.b": np.zeros(2),
}


def test_the_network_travels_with_its_weights(tmp_path):
    path = tmp_path / "w.npz"
    save_weights(WEIGHTS, path, SPEC)
    assert read_network(path) == SPEC
    loaded = load_weights(path, SPEC)
    assert sorted(loaded) == sorted(WEIGHTS)
    assert all(loaded[k].dtype == np.float32 for k in loaded)


def test_older_files_have_no_network(tmp_path):
    path = tmp_path / "w.npz"
    save_weights(WEIGHTS, path)
    with np.load(path) as data:
        assert "network" not in data.files
    assert read_network(path) is None


def test_a_stored_network_that_is_not_json_is_named_with_the_reason(tmp_path):
    path = tmp_path / "w.npz"
    np.savez(path, network=np.array("{not json"), **WEIGHTS)
    with pytest.raises(DataError) as caught:
        read_network(path)
    assert str(caught.value) == (
        "w.npz: the stored network is not JSON"
        " (line 1, column 2: Expecting property name enclosed in double quotes)"
    )
    with language("ko"), pytest.raises(DataError) as caught:
        read_network(path)
    assert str(caught.value) == (
        "w.npz: 저장된 네트워크가 JSON이 아닙니다"
        " (1행, 2열: 큰따옴표로 감싼 속성 이름이 있어야 합니다)"
    )


def test_a_read_only_file_is_replaced_only_when_forced(tmp_path):
    path = tmp_path / "w.npz"
    save_weights(WEIGHTS, path)
    path.chmod(0o444)
    with pytest.raises(OSError, match="read-only"):
        save_weights(WEIGHTS, path, SPEC)
    assert read_network(path) is None
    save_weights(WEIGHTS, path, SPEC, force=True)
    assert read_network(path) == SPEC
