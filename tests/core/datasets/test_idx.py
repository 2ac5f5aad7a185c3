"""MNIST-style IDX files, plain and gzipped, with their partner and test pair."""

from __future__ import annotations

import gzip

import numpy as np
import pytest

from cnnbuilder.core.datasets import load_dataset
from cnnbuilder.core.datasets.idx import read_idx
from cnnbuilder.core.errors import DataError


@pytest.fixture
def mnist(tmp_path, rng, write_idx):
    """A folder with a gzipped train pair and a plain t10k pair; returns the arrays."""
    arrays = {
        "train-images-idx3-ubyte.gz": rng.integers(0, 256, (7, 4, 3), dtype=np.uint8),
        "train-labels-idx1-ubyte.gz": np.array([0, 1, 2, 3, 1, 2, 0], np.uint8),
        "t10k-images-idx3-ubyte": rng.integers(0, 256, (3, 4, 3), dtype=np.uint8),
        "t10k-labels-idx1-ubyte": np.array([3, 0, 4], np.uint8),
    }
    for name, array in arrays.items():
        write_idx(tmp_path / name, array)
    return arrays


@pytest.mark.parametrize("given", ["train-images-idx3-ubyte.gz", "train-labels-idx1-ubyte.gz"])
def test_either_train_file_loads_pair_and_test_split(tmp_path, mnist, given):
    data = load_dataset(tmp_path / given)
    assert data.name == "train-images-idx3-ubyte.gz"
    assert data.x.shape == (7, 4, 3, 1)
    assert data.x.dtype == np.float32
    np.testing.assert_allclose(data.x[..., 0] * 255, mnist["train-images-idx3-ubyte.gz"], atol=1e-4)
    assert data.y.dtype == np.int64
    assert data.y.tolist() == [0, 1, 2, 3, 1, 2, 0]
    assert data.x_test is not None
    assert data.x_test.shape == (3, 4, 3, 1)
    assert data.y_test.tolist() == [3, 0, 4]
    assert data.class_names == ("0", "1", "2", "3", "4")
    assert data.notes == ("test split: t10k-images-idx3-ubyte",)


def test_test_pair_alone_has_no_test_split(tmp_path, mnist):
    data = load_dataset(tmp_path / "t10k-labels-idx1-ubyte")
    assert data.x.shape == (3, 4, 3, 1)
    assert data.x_test is None


def test_dotted_names_and_no_test_pair(tmp_path, rng, write_idx):
    write_idx(tmp_path / "train-images.idx3-ubyte", rng.integers(0, 256, (2, 2, 2), np.uint8))
    write_idx(tmp_path / "train-labels.idx1-ubyte", np.array([1, 0], np.uint8))
    data = load_dataset(tmp_path / "train-images.idx3-ubyte")
    assert data.x.shape == (2, 2, 2, 1)
    assert data.x_test is None


def test_missing_partner(tmp_path, rng, write_idx):
    write_idx(tmp_path / "train-images-idx3-ubyte", rng.integers(0, 256, (2, 2, 2), np.uint8))
    with pytest.raises(DataError, match=r"train-labels-idx1-ubyte\[.gz\] is missing"):
        load_dataset(tmp_path / "train-images-idx3-ubyte")


def test_count_mismatch(tmp_path, rng, write_idx):
    write_idx(tmp_path / "train-images-idx3-ubyte", rng.integers(0, 256, (3, 2, 2), np.uint8))
    write_idx(tmp_path / "train-labels-idx1-ubyte", np.array([1, 0], np.uint8))
    with pytest.raises(DataError, match=r"3 images but 2 labels"):
        load_dataset(tmp_path / "train-images-idx3-ubyte")


def test_bad_magic(tmp_path):
    path = tmp_path / "x-images-idx3-ubyte"
    path.write_bytes(b"\x12\x34\x08\x03" + bytes(20))
    with pytest.raises(DataError, match=r"x-images-idx3-ubyte: not an IDX file \(bad magic"):
        read_idx(path, 3)


def test_wrong_dimensions(tmp_path, write_idx):
    path = write_idx(tmp_path / "x-images-idx3-ubyte", np.zeros(4, np.uint8))
    with pytest.raises(DataError, match=r"expected 3 dimension\(s\), the header says 1"):
        read_idx(path, 3)


@pytest.mark.parametrize(("keep", "problem"), [(9, "inside the header"), (40, "truncated")])
def test_truncated(tmp_path, write_idx, keep, problem):
    path = write_idx(tmp_path / "x-images-idx3-ubyte", np.zeros((2, 5, 5), np.uint8))
    path.write_bytes(path.read_bytes()[:keep])
    with pytest.raises(DataError, match=problem):
        read_idx(path, 3)


def test_extra_bytes(tmp_path, write_idx):
    path = write_idx(tmp_path / "x-labels-idx1-ubyte", np.zeros(3, np.uint8))
    path.write_bytes(path.read_bytes() + b"\0")
    with pytest.raises(DataError, match=r"too long: .*promises 3 bytes .* found more"):
        read_idx(path, 1)


def test_truncated_gzip(tmp_path, write_idx):
    path = write_idx(tmp_path / "x-labels-idx1-ubyte.gz", np.arange(300) % 7)
    path.write_bytes(path.read_bytes()[:-12])
    with pytest.raises(DataError, match=r"x-labels-idx1-ubyte.gz: cannot be read"):
        read_idx(path, 1)


def test_not_gzip(tmp_path):
    path = tmp_path / "x-labels-idx1-ubyte.gz"
    path.write_bytes(b"plain bytes, not gzip")
    with pytest.raises(DataError, match=r"cannot be read"):
        read_idx(path, 1)


def test_big_endian_values(tmp_path):
    path = tmp_path / "v-labels-idx1-ubyte.gz"
    header = bytes([0, 0, 0x0B, 1]) + np.array([2], ">u4").tobytes()
    with gzip.open(path, "wb") as stream:
        stream.write(header + np.array([258, -3], ">i2").tobytes())
    values = read_idx(path, 1)
    assert values.tolist() == [258, -3]
    assert values.dtype.isnative
