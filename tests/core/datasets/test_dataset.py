"""Dataset value, check_fits and split_validation."""

from __future__ import annotations

import numpy as np
import pytest

from cnnbuilder.core.datasets import (
    Dataset,
    check_fits,
    split_validation,
    validation_size,
)
from cnnbuilder.i18n import language
from tests.messages import assert_korean, refusal


def _dataset(m: int = 6, shape=(4, 5, 1), classes=3, test: int | None = None) -> Dataset:
    x = np.zeros((m, *shape), np.float32)
    y = np.arange(m, dtype=np.int64) % classes
    names = tuple(f"c{k}" for k in range(classes))
    if test is None:
        return Dataset("tiny", x, y, None, None, names)
    return Dataset("tiny", x, y, x[:test], y[:test], names)


def test_properties():
    data = _dataset(shape=(4, 5, 2), classes=4)
    assert data.input_shape == (4, 5, 2)
    assert data.num_classes == 4
    assert data.notes == ()


X = np.zeros((3, 2, 2, 1), np.float32)


@pytest.mark.parametrize(
    ("make", "english", "kept"),
    [
        (
            lambda: Dataset("bad", X, np.zeros(2, np.int64), None, None, ("a", "b")),
            "bad: x must be (m, H, W, C) and y (m,), got (3, 2, 2, 1) and (2,)",
            "(3, 2, 2, 1)",
        ),
        (
            lambda: Dataset("bad", X[0], np.zeros(3, np.int64), None, None, ("a", "b")),
            "bad: x must be (m, H, W, C) and y (m,), got (2, 2, 1) and (3,)",
            "(2, 2, 1)",
        ),
        (
            lambda: Dataset("bad", X, np.zeros(3, np.int64), X, None, ("a", "b")),
            "bad: x_test and y_test must be given together",
            "x_test",
        ),
        (
            lambda: Dataset("bad", X, np.zeros(3, np.int64), X[:1], np.zeros(2), ("a", "b")),
            "bad: y_test must be (1,)",
            "(1,)",
        ),
    ],
)
def test_inconsistent_arrays_are_refused_with_their_shapes(make, english, kept):
    en, ko = refusal(make)
    assert en == english
    assert_korean(ko, "bad", kept)


def test_check_fits_accepts_matching_network():
    assert check_fits(_dataset(shape=(8, 8, 1), classes=10), (8, 8, 1), 10) is None


def test_check_fits_allows_more_outputs_and_no_softmax():
    data = _dataset(shape=(8, 8, 1), classes=3)
    assert check_fits(data, (8, 8, 1), 5) is None
    assert check_fits(data, (8, 8, 1), None) is None


def test_check_fits_names_both_shapes():
    message = check_fits(_dataset(shape=(8, 8, 1), classes=3), (32, 32, 3), 3)
    assert message == "the data is 8×8×1 but the network input is 32×32×3"


def test_check_fits_checks_test_images_too():
    data = _dataset(shape=(8, 8, 1), classes=3, test=2)
    x_test = np.zeros((2, 6, 6, 1), np.float32)
    odd = Dataset("odd", data.x, data.y, x_test, data.y[:2], data.class_names)
    message = check_fits(odd, (8, 8, 1), 3)
    assert message == "the test images are 6×6×1 but the network input is 8×8×1"


def test_check_fits_names_both_class_counts():
    message = check_fits(_dataset(shape=(8, 8, 1), classes=10), (8, 8, 1), 6)
    assert message == "the data has 10 classes but the Softmax layer has 6 outputs"


def test_check_fits_reports_both_problems():
    message = check_fits(_dataset(shape=(8, 8, 1), classes=10), (28, 28, 1), 2)
    assert message == (
        "the data is 8×8×1 but the network input is 28×28×1; "
        "the data has 10 classes but the Softmax layer has 2 outputs"
    )


def test_check_fits_speaks_korean():
    data = _dataset(shape=(8, 8, 1), classes=10, test=2)
    odd = Dataset(
        "odd", data.x, data.y, np.zeros((2, 6, 6, 1), np.float32), data.y[:2], data.class_names
    )
    with language("ko"):
        shapes = check_fits(data, (28, 28, 1), 2)
        test_images = check_fits(odd, (8, 8, 1), None)
    assert shapes is not None
    assert test_images is not None
    assert shapes.count("; ") == 1
    for part in (*shapes.split("; "), test_images):  # each message looked up on its own
        assert_korean(part)
    assert_korean(shapes, "8×8×1", "28×28×1", "10", "2")
    assert_korean(test_images, "6×6×1", "8×8×1")


def _labelled(counts: list[int]) -> tuple[np.ndarray, np.ndarray]:
    y = np.repeat(np.arange(len(counts)), counts)
    x = np.arange(len(y), dtype=np.float32).reshape(-1, 1, 1, 1)  # x identifies the sample
    return x, y


def test_split_is_seeded_stratified_and_a_partition():
    x, y = _labelled([40, 30, 20, 10])
    x_tr, y_tr, x_val, y_val = split_validation(x, y, 0.1, np.random.default_rng(3))
    assert np.bincount(y_val, minlength=4).tolist() == [4, 3, 2, 1]
    assert len(y_tr) + len(y_val) == len(y)
    ids = np.concatenate([x_tr.ravel(), x_val.ravel()])
    assert sorted(ids.tolist()) == x.ravel().tolist()
    assert (y[x_tr.ravel().astype(int)] == y_tr).all()  # pairs stay together
    assert np.all(np.diff(x_tr.ravel()) > 0)  # original order kept
    again = split_validation(x, y, 0.1, np.random.default_rng(3))
    np.testing.assert_array_equal(again[2], x_val)
    other = split_validation(x, y, 0.1, np.random.default_rng(4))
    assert not np.array_equal(other[2], x_val)


def test_split_zero_gives_empty_validation_of_right_shape():
    x = np.zeros((5, 3, 2, 4), np.float32)
    y = np.array([0, 1, 0, 1, 1])
    x_tr, _, x_val, y_val = split_validation(x, y, 0.0, np.random.default_rng(0))
    assert x_tr.shape == x.shape
    assert x_val.shape == (0, 3, 2, 4)
    assert x_val.dtype == np.float32
    assert y_val.shape == (0,)
    assert y_val.dtype == y.dtype


def test_split_keeps_training_samples():
    x, y = _labelled([1, 2])
    _, y_tr, x_val, _ = split_validation(x, y, 0.9, np.random.default_rng(0))
    assert len(x_val) >= 1
    assert sorted(set(y_tr.tolist())) == [0, 1]  # every class keeps a training sample
    x, y = _labelled([3])
    assert len(split_validation(x, y, 0.01, np.random.default_rng(0))[2]) == 1


@pytest.mark.parametrize("bad", [-0.1, 1.0, 1.5, float("nan"), "0.1", True])
def test_split_rejects_bad_fraction(bad):
    x, y = _labelled([3, 3])
    with pytest.raises(ValueError, match="val_split"):
        split_validation(x, y, bad, np.random.default_rng(0))


@pytest.mark.parametrize(
    ("counts", "val_split", "held"),
    [
        ([5, 3, 2], 0.25, [1, 1, 0]),  # quotas 1.0, 0.6, 0.4: the leftover goes to 0.6
        ([5, 5], 0.3, [2, 1]),  # quotas 1.5, 1.5: one leftover, to the first class
        ([2, 7, 1], 0.3, [1, 2, 0]),  # quotas 0.6, 2.1, 0.3: the leftover to class 0
        ([3], 0.9, [2]),  # 2.7 rounds to 3, but one sample stays for training
        ([2], 0.1, [1]),  # 0.2 rounds to 0, but any positive fraction holds one out
        ([1, 1], 0.1, [0, 0]),  # each class keeps its only sample
    ],
)
def test_validation_counts_per_class_by_largest_remainder(counts, val_split, held):
    x, y = _labelled(counts)
    y_val = split_validation(x, y, val_split, np.random.default_rng(0))[3]
    assert np.bincount(y_val, minlength=len(counts)).tolist() == held
    assert validation_size(y, val_split) == sum(held)


def test_ties_in_the_leftovers_go_to_the_lower_labels():
    x, y = _labelled([3] * 20)  # 60 samples, 6 to hold out: quotas 0.3 each
    y_val = split_validation(x, y, 0.1, np.random.default_rng(0))[3]
    assert sorted(y_val.tolist()) == [0, 1, 2, 3, 4, 5]


def test_split_refuses_arrays_of_different_lengths():
    with pytest.raises(ValueError, match=r"^x has 3 samples but y has 2$"):
        split_validation(np.zeros((3, 1, 1, 1)), np.zeros(2), 0.5, np.random.default_rng(0))
