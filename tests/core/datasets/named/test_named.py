"""Decoding the cached files of a named data set: pairs that fit, and the arrays a run gets."""

from __future__ import annotations

import numpy as np
import pytest

from cnnbuilder.core.datasets import named
from tests.conftest import idx_gz, source_for, tiny_mnist_files
from tests.messages import assert_korean, refusal


def _folder(tmp_path, **changed: np.ndarray):
    files = tiny_mnist_files()
    files.update({name: idx_gz(array) for name, array in changed.items()})
    for name, data in files.items():
        (tmp_path / name).write_bytes(data)
    return source_for(files), tmp_path


@pytest.mark.parametrize(
    ("changed", "split"),
    [
        ({"train-labels-idx1-ubyte.gz": np.arange(39) % 10}, "training"),
        ({"train-images-idx3-ubyte.gz": np.zeros((40, 28, 27))}, "training"),
        ({"t10k-labels-idx1-ubyte.gz": np.arange(21) % 10}, "test"),
        ({"t10k-images-idx3-ubyte.gz": np.zeros((20, 27, 28))}, "test"),
    ],
)
def test_files_that_do_not_fit_together_are_named_by_split(tmp_path, changed, split):
    source, folder = _folder(tmp_path, **changed)
    english, korean = refusal(lambda: named._decode(source, folder))
    assert english == f"mnist: the {split} files do not fit together"
    assert_korean(korean, "mnist", {"training": "훈련", "test": "테스트"}[split])


def test_decoded_arrays_are_float_images_and_int64_labels(tmp_path):
    source, folder = _folder(tmp_path)
    data = named._decode(source, folder)
    assert data.name == "mnist"
    assert (data.x.dtype, data.x.shape) == (np.float32, (40, 28, 28, 1))
    assert data.y.dtype == np.int64
    assert data.y_test is not None
    assert data.y_test.dtype == np.int64
    assert data.y_test.tolist() == [k % 10 for k in range(20)]
    assert data.class_names == tuple(str(k) for k in range(10))


def test_load_named_hands_its_callbacks_and_options_to_the_download(monkeypatch):
    asked = []

    class Stop(Exception):
        pass

    def fetch(source, progress, should_cancel, options):
        asked.append((source.name, progress, should_cancel, options))
        raise Stop

    def progress(*_):
        return None

    def cancel():
        return False

    options = object()
    monkeypatch.setattr(named, "fetch", fetch)
    with pytest.raises(Stop):
        named.load_named("fashion-mnist", progress, cancel, options)
    assert asked == [("fashion-mnist", progress, cancel, options)]
