"""MNIST-style IDX files, plain and gzipped, with their partner and test pair."""

from __future__ import annotations

import gzip

import numpy as np
import pytest

from cnnbuilder.core.datasets import idx, load_dataset
from cnnbuilder.core.datasets.idx import read_idx
from cnnbuilder.core.errors import DataError
from cnnbuilder.i18n import language
from tests.messages import assert_korean, refusal


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


def _pair(folder, write_idx, prefix="train", images=None, labels=None):
    write_idx(
        folder / f"{prefix}-images-idx3-ubyte",
        np.zeros((3, 2, 2), np.uint8) if images is None else images,
    )
    write_idx(
        folder / f"{prefix}-labels-idx1-ubyte",
        np.array([0, 1, 1], np.uint8) if labels is None else labels,
    )


def test_load_refusals_name_the_file_in_both_languages(tmp_path, write_idx):
    (tmp_path / "d").mkdir()
    en, ko = refusal(lambda: idx.load_idx(tmp_path / "d" / "train-images-idx3-ubyte"))
    assert en == "train-images-idx3-ubyte: no such file"
    assert_korean(ko, "train-images-idx3-ubyte")
    write_idx(tmp_path / "d" / "train-labels-idx1-ubyte", np.array([0, 1], np.uint8))
    en, ko = refusal(lambda: load_dataset(tmp_path / "d" / "train-labels-idx1-ubyte"))
    assert en == "d: train-images-idx3-ubyte[.gz] is missing"
    assert_korean(ko, "d", "train-images-idx3-ubyte[.gz]")
    odd = tmp_path / "d" / "pictures.idx"
    odd.write_bytes(b"")
    en, ko = refusal(lambda: idx.load_idx(odd))
    assert en == "pictures.idx: not named like an IDX file (*-images-idx3-ubyte[.gz])"
    assert_korean(ko, "pictures.idx")


def test_a_lone_test_file_beside_the_train_pair_is_a_missing_partner(tmp_path, write_idx):
    _pair(tmp_path, write_idx)
    write_idx(tmp_path / "t10k-labels-idx1-ubyte", np.array([0, 1], np.uint8))
    with pytest.raises(DataError) as caught:
        load_dataset(tmp_path / "train-images-idx3-ubyte")
    assert str(caught.value) == f"{tmp_path.name}: t10k-images-idx3-ubyte[.gz] is missing"
    (tmp_path / "t10k-labels-idx1-ubyte").unlink()
    write_idx(tmp_path / "test-images-idx3-ubyte", np.zeros((2, 2, 2), np.uint8))
    with pytest.raises(DataError) as caught:
        load_dataset(tmp_path / "train-images-idx3-ubyte")
    assert str(caught.value) == f"{tmp_path.name}: test-labels-idx1-ubyte[.gz] is missing"


def test_a_test_pair_named_test_is_the_test_split_too(tmp_path, write_idx):
    _pair(tmp_path, write_idx)
    _pair(tmp_path, write_idx, "test", labels=np.array([1, 0, 0], np.uint8))
    data = load_dataset(tmp_path / "train-labels-idx1-ubyte")
    assert data.y_test.tolist() == [1, 0, 0]
    assert data.notes == ("test split: test-images-idx3-ubyte",)
    with language("ko"):
        (note,) = load_dataset(tmp_path / "train-labels-idx1-ubyte").notes
    assert_korean(note, "test-images-idx3-ubyte")


def test_without_a_test_pair_there_are_no_notes(tmp_path, write_idx):
    _pair(tmp_path, write_idx)
    assert load_dataset(tmp_path / "train-images-idx3-ubyte").notes == ()


def test_pair_refusals_name_the_file_at_fault(tmp_path, write_idx):
    _pair(tmp_path, write_idx, images=np.zeros((0, 2, 2), np.uint8), labels=np.zeros(0, np.uint8))
    en, _ = refusal(lambda: load_dataset(tmp_path / "train-images-idx3-ubyte"))
    assert en == "train-images-idx3-ubyte: is empty (0, 2, 2)"
    _pair(tmp_path, write_idx, labels=np.zeros(0, np.uint8))
    en, _ = refusal(lambda: load_dataset(tmp_path / "train-images-idx3-ubyte"))
    assert en == "train-labels-idx1-ubyte: is empty"
    _pair(tmp_path, write_idx, labels=np.array([0, 1], np.uint8))
    en, ko = refusal(lambda: load_dataset(tmp_path / "train-images-idx3-ubyte"))
    assert en == "train-images-idx3-ubyte and train-labels-idx1-ubyte: 3 images but 2 labels"
    assert_korean(ko, "train-images-idx3-ubyte", "train-labels-idx1-ubyte", "3", "2")


def test_test_images_of_another_size_are_refused(tmp_path, write_idx):
    _pair(tmp_path, write_idx)
    _pair(tmp_path, write_idx, "t10k", images=np.zeros((3, 3, 2), np.uint8))
    en, ko = refusal(lambda: load_dataset(tmp_path / "train-images-idx3-ubyte"))
    assert en == "t10k-images-idx3-ubyte: images differ in size from train-images-idx3-ubyte"
    assert_korean(ko, "t10k-images-idx3-ubyte", "train-images-idx3-ubyte")


def test_one_class_is_not_a_classifier(tmp_path, write_idx):
    _pair(tmp_path, write_idx, labels=np.zeros(3, np.uint8))
    en, ko = refusal(lambda: load_dataset(tmp_path / "train-images-idx3-ubyte"))
    assert en == "train-images-idx3-ubyte: every label is 0; a classifier needs 2 classes"
    assert_korean(ko, "train-images-idx3-ubyte")
