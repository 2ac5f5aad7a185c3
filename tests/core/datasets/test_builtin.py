"""The built-in datasets: digits (shipped) and shapes (generated)."""

from __future__ import annotations

import numpy as np
import pytest

from cnnbuilder import paths
from cnnbuilder.core.datasets import BUILTIN_DATASETS, load_dataset
from cnnbuilder.core.datasets.builtin import load_builtin
from cnnbuilder.core.datasets.shapes import SHAPE_CLASSES
from tests.messages import refusal


def test_builtin_names():
    assert BUILTIN_DATASETS == ("digits", "shapes")


def test_digits_loads_scaled_from_the_shipped_file():
    data = load_dataset("digits")
    raw = np.load(paths.DATA / "digits.npz")
    assert data.name == "digits"
    assert data.x.shape == (*raw["x"].shape, 1)
    assert data.x.dtype == np.float32
    assert data.y.dtype == np.int64
    np.testing.assert_allclose(data.x[..., 0] * 255, raw["x"], atol=1e-4)
    np.testing.assert_array_equal(data.y_test, raw["y_test"])
    assert data.x_test is not None
    assert data.x_test.shape[1:] == (8, 8, 1)
    assert data.class_names == tuple(str(n) for n in raw["class_names"])
    assert data.input_shape == (8, 8, 1)
    assert data.num_classes == 10


def test_shapes_loads_balanced_colour_images():
    data = load_dataset("shapes")
    assert data.x.shape == (3000, 32, 32, 3)
    assert data.x_test is not None
    assert data.x_test.shape == (600, 32, 32, 3)
    assert data.x.dtype == np.float32
    assert data.y.dtype == np.int64
    assert data.x.min() >= 0.0
    assert data.x.max() <= 1.0
    assert data.class_names == SHAPE_CLASSES
    assert len(set(SHAPE_CLASSES)) == 10
    assert np.bincount(data.y).tolist() == [300] * 10
    assert np.bincount(data.y_test).tolist() == [60] * 10


def test_shapes_are_shuffled_not_grouped_by_class():
    data = load_dataset("shapes")
    assert (np.diff(data.y[:50]) != 0).sum() > 25


@pytest.mark.parametrize("name", BUILTIN_DATASETS)
def test_builtin_arrays_cannot_be_changed(name):
    data = load_dataset(name)
    with pytest.raises(ValueError, match="read-only"):
        data.x[0, 0, 0, 0] = 5.0
    with pytest.raises(ValueError, match="WRITEABLE"):
        data.x.flags.writeable = True
    assert load_dataset(name).x[0, 0, 0, 0] == data.x[0, 0, 0, 0] <= 1.0
    for array in (data.y, data.x_test, data.y_test):
        assert array is not None
        with pytest.raises(ValueError, match="read-only"):
            array[0] = 0


@pytest.mark.parametrize("name", BUILTIN_DATASETS)
def test_builtin_sets_carry_no_notes(name):
    assert load_builtin(name).notes == ()


def test_an_unknown_name_is_refused_with_the_built_in_names():
    english, korean = refusal(lambda: load_builtin("mnist"))
    assert english == "mnist: not a built-in dataset (digits, shapes)"
    assert korean == "mnist: 내장 데이터 세트가 아닙니다 (digits, shapes)"


@pytest.mark.parametrize("name", BUILTIN_DATASETS)
def test_each_load_gets_its_own_views_of_the_cache(name):
    """A caller that reshapes its arrays in place changes no one else's."""
    first = load_builtin(name)
    arrays = (first.x, first.y, first.x_test, first.y_test)
    shapes = [array.shape for array in arrays if array is not None]
    for array in arrays:
        assert array is not None
        array.shape = (1, -1)  # allowed on a view: it changes the view, not the data
    second = load_builtin(name)
    assert [
        a.shape for a in (second.x, second.y, second.x_test, second.y_test) if a is not None
    ] == shapes
