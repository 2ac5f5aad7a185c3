"""The built-in datasets: digits (shipped) and shapes (generated)."""

from __future__ import annotations

import numpy as np
import pytest

from cnnbuilder import paths
from cnnbuilder.core.datasets import BUILTIN_DATASETS, load_dataset
from cnnbuilder.core.datasets.shapes import SHAPE_CLASSES, generate_shapes, outline


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


def test_shapes_generation_is_deterministic():
    first = generate_shapes(seed=7, train_per_class=4, test_per_class=2)
    second = generate_shapes(seed=7, train_per_class=4, test_per_class=2)
    for a, b in zip(first, second, strict=True):
        assert a.tobytes() == b.tobytes()
    other = generate_shapes(seed=8, train_per_class=4, test_per_class=2)
    assert first[0].tobytes() != other[0].tobytes()


def test_shapes_of_one_class_differ_from_each_other():
    x, y, _, _ = generate_shapes(seed=1, train_per_class=5, test_per_class=0)
    for k in range(len(SHAPE_CLASSES)):
        images = x[y == k].reshape(5, -1)
        distances = np.abs(images[:, None] - images[None]).mean(axis=2)
        assert distances[~np.eye(5, dtype=bool)].min() > 0.01, SHAPE_CLASSES[k]


def _masks(x: np.ndarray) -> np.ndarray:
    """The shape's pixels: nearer the image's brightest than its darkest grey."""
    grey = x.mean(axis=3)
    low, high = grey.min(axis=(1, 2)), grey.max(axis=(1, 2))
    return grey > ((low + high) / 2)[:, None, None]


@pytest.mark.parametrize("name", SHAPE_CLASSES)
def test_outline_fills_part_of_its_box(name):
    mask = outline(name, half=12.0)
    assert 0.1 < mask.mean() < 0.7, name
    assert mask[0].max() == mask[-1].max() == 0.0  # stays inside the picture


def test_shape_classes_differ_in_outline():
    masks = np.array([outline(name) > 0.5 for name in SHAPE_CLASSES])
    differ = (masks[:, None] != masks[None]).sum(axis=(2, 3))
    off_diagonal = differ[~np.eye(len(SHAPE_CLASSES), dtype=bool)]
    assert off_diagonal.min() >= 50  # pixels, of 1024


def test_bars_keep_their_orientation():
    x, y, _, _ = generate_shapes(seed=3, train_per_class=20, test_per_class=0)
    masks = _masks(x)
    horizontal = SHAPE_CLASSES.index("horizontal bar")
    vertical = SHAPE_CLASSES.index("vertical bar")
    for mask in masks[y == horizontal]:
        rows, cols = np.nonzero(mask)
        assert np.ptp(cols) > np.ptp(rows)
    for mask in masks[y == vertical]:
        rows, cols = np.nonzero(mask)
        assert np.ptp(rows) > np.ptp(cols)


@pytest.mark.parametrize("name", ["circle", "square", "diamond", "plus", "ring"])
def test_an_outline_is_centred_and_its_area_grows_with_the_square_of_its_size(name):
    small, large = outline(name, half=6.0), outline(name, half=12.0)
    np.testing.assert_allclose(large, large[::-1, ::-1], atol=1e-12)  # centred on the picture
    assert large.max() == 1.0
    assert large.min() == 0.0
    assert large.sum() / small.sum() == pytest.approx(4.0, rel=0.02)  # a 1-pixel soft rim
