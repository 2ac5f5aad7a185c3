"""The data panel's rows: per class, the counts a run will use and a few of its images."""

from __future__ import annotations

import numpy as np

from cnnbuilder.core.datasets import Dataset, split_validation, validation_size
from cnnbuilder.core.datasets.preview import class_rows


def _data(counts: list[int], test: list[int] | None = None, names: int | None = None) -> Dataset:
    y = np.repeat(np.arange(len(counts)), counts).astype(np.int64)
    x = np.arange(len(y), dtype=np.float32).reshape(-1, 1, 1, 1)  # x names the sample
    k = names or len(counts)
    if test is None:
        return Dataset("d", x, y, None, None, tuple(f"c{i}" for i in range(k)))
    y_test = np.repeat(np.arange(len(test)), test).astype(np.int64)
    x_test = np.zeros((len(y_test), 1, 1, 1), np.float32)
    return Dataset("d", x, y, x_test, y_test, tuple(f"c{i}" for i in range(k)))


def test_counts_per_class_are_the_split_a_run_makes():
    data = _data([40, 30, 20, 10, 3], test=[5, 0, 2, 1, 7])
    rows = class_rows(data, 0.1)
    _, _, _, y_val = split_validation(data.x, data.y, 0.1, np.random.default_rng(0))
    held = np.bincount(y_val, minlength=5).tolist()
    assert [r.validation for r in rows] == held == [4, 3, 2, 1, 0]
    assert [r.train for r in rows] == [36, 27, 18, 9, 3]
    assert [r.test for r in rows] == [5, 0, 2, 1, 7]
    assert sum(r.validation for r in rows) == validation_size(data.y, 0.1)
    assert [(r.label, r.name) for r in rows] == [(k, f"c{k}") for k in range(5)]


def test_without_a_test_split_or_a_validation_split():
    rows = class_rows(_data([3, 2]), 0.0)
    assert [(r.train, r.validation, r.test) for r in rows] == [(3, 0, 0), (2, 0, 0)]


def test_a_named_class_without_samples_has_a_row_of_zeros():
    rows = class_rows(_data([2, 0, 3], names=4), 0.5)
    assert [(r.train, r.validation) for r in rows] == [(1, 1), (0, 0), (2, 1), (0, 0)]
    assert [len(r.samples) for r in rows] == [2, 0, 3, 0]
    assert rows[3].samples.shape == (0, 1, 1, 1)


def test_samples_are_a_seeded_sorted_choice_of_the_class_own_images():
    data = _data([30, 4])
    rows = class_rows(data, 0.1, per_class=5, seed=3)
    first = rows[0].samples.ravel().tolist()
    assert len(first) == 5
    assert first == sorted(first)
    assert set(first) <= set(range(30))  # class 0 is samples 0..29
    assert rows[1].samples.ravel().tolist() == [30, 31, 32, 33]  # fewer than 5: all of them
    again = class_rows(data, 0.1, per_class=5, seed=3)[0].samples.ravel().tolist()
    other = class_rows(data, 0.1, per_class=5, seed=4)[0].samples.ravel().tolist()
    assert again == first
    assert other != first
    assert len(class_rows(data, 0.1)[0].samples) == 8  # the default per class
    expected = np.sort(np.random.default_rng(0).permutation(np.arange(30))[:8])
    assert class_rows(data, 0.1)[0].samples.ravel().tolist() == expected.tolist()


def test_a_test_split_without_the_last_classes_counts_zero_for_them():
    rows = class_rows(_data([2, 2, 2], test=[3]), 0.0)
    assert [r.test for r in rows] == [3, 0, 0]
