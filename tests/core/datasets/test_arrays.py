"""Checks and conversions shared by the array sources: each refusal, its words and its limits."""

from __future__ import annotations

import numpy as np
import pytest

from cnnbuilder.core.datasets.arrays import (
    MAX_CLASSES,
    MAX_PIXEL_MAGNITUDE,
    as_images,
    as_labels,
    check_count,
    check_labels_below,
    read_only,
)
from tests.messages import assert_korean, refusal

WHERE = "mine.npz: key 'y'"


@pytest.mark.parametrize(
    ("labels", "english", "kept"),
    [
        (
            np.zeros((2, 2), np.int64),
            f"{WHERE}: labels must be one-dimensional (m,), got shape (2, 2)",
            "(2, 2)",
        ),
        (np.zeros(0, np.int64), f"{WHERE}: is empty", WHERE),
        (np.array([0.0, 1.5]), f"{WHERE}: labels must be whole numbers 0..K-1", WHERE),
        (
            np.array([0.0, 1.5], np.float32),
            f"{WHERE}: labels must be whole numbers 0..K-1",
            WHERE,
        ),
        (np.array([0.0, np.nan]), f"{WHERE}: labels must be whole numbers 0..K-1", WHERE),
        (np.array(["a", "b"]), f"{WHERE}: labels must be integers 0..K-1, got type <U1", "<U1"),
        (np.array([3, -2, -1]), f"{WHERE}: labels must be 0..K-1, found -2", "-2"),
        (
            np.array([1, MAX_CLASSES]),
            f"{WHERE}: label 10000 is over the limit of 10,000 classes",
            "10,000",
        ),
        (
            np.array([1.0, 2e19]),
            f"{WHERE}: label 2e+19 is over the limit of 10,000 classes",
            "2e+19",
        ),
    ],
)
def test_each_bad_label_array_is_named_with_its_problem(labels, english, kept):
    en, ko = refusal(lambda: as_labels(labels, WHERE))
    assert en == english
    assert_korean(ko, WHERE, kept)


def test_labels_up_to_the_class_limit_become_int64():
    out = as_labels(np.array([0, 7, MAX_CLASSES - 1], np.uint16), WHERE)
    assert out.dtype == np.int64
    assert out.tolist() == [0, 7, MAX_CLASSES - 1]
    assert as_labels(np.array([2.0, 0.0]), WHERE).tolist() == [2, 0]
    assert as_labels(np.array([5]), WHERE).tolist() == [5]  # a single label is not empty


@pytest.mark.parametrize("biggest", [MAX_PIXEL_MAGNITUDE * 1.5, -3e7])
def test_float_pixels_far_beyond_0_255_are_refused_with_the_largest(biggest):
    pixels = np.zeros((2, 2, 2), np.float64)
    pixels[1, 0, 1] = biggest
    pixels[0, 0, 0] = np.inf  # not a magnitude: reported as not finite only when in range
    en, ko = refusal(lambda: as_images(pixels, "x.npz: key 'x'"))
    size = f"{abs(biggest):.3g}"
    assert en == (
        f"x.npz: key 'x': pixel values reach {size}; images must be scaled to about "
        "0..1 (or 0..255), at most 1e+06"
    )
    assert_korean(ko, "x.npz: key 'x'", size, "1e+06")


def test_float_pixels_up_to_the_limit_are_kept_as_float32():
    pixels = np.array([[[MAX_PIXEL_MAGNITUDE, -MAX_PIXEL_MAGNITUDE]]], np.float64)
    out = as_images(pixels, "x")
    assert out.shape == (1, 1, 2, 1)
    assert out.dtype == np.float32
    assert out.ravel().tolist() == [MAX_PIXEL_MAGNITUDE, -MAX_PIXEL_MAGNITUDE]


def test_a_single_float_image_of_one_pixel_is_checked_too():
    with pytest.raises(Exception, match="pixel values reach 2e\\+06"):
        as_images(np.full((1, 1, 1), 2e6), "x")
    assert as_images(np.full((1, 1, 1), 0.5), "x").ravel().tolist() == [0.5]
    with pytest.raises(Exception, match="pixel values reach 2e\\+06"):
        as_images(np.array(2e6), "x")  # not even an array of images, but too big first


def test_nan_pixels_are_not_a_magnitude_and_warn_nothing():
    pixels = np.full((1, 2, 2), np.nan)
    en, _ = refusal(lambda: as_images(pixels, "x"))
    assert en == "x: contains NaN or infinite values (first in sample 0)"


def test_one_label_per_image():
    en, ko = refusal(lambda: check_count(np.zeros((3, 2, 2, 1)), np.zeros(2), "a.idx"))
    assert en == "a.idx: 3 images but 2 labels"
    assert_korean(ko, "a.idx", "3", "2")
    check_count(np.zeros((2, 2, 2, 1)), np.zeros(2), "a.idx")


def test_labels_must_be_below_the_number_of_names():
    en, ko = refusal(lambda: check_labels_below(np.array([0, 3, 1]), 3, WHERE))
    assert en == f"{WHERE}: label 3 is out of range for 3 class names"
    assert_korean(ko, WHERE, "3")
    check_labels_below(np.array([0, 2, 1]), 3, WHERE)


@pytest.mark.parametrize(
    ("images", "english", "kept"),
    [
        (
            np.zeros((2, 3), np.uint8),
            f"{WHERE}: expected m × H × W × C or m × H × W images, got 2 dimensions (2, 3)",
            "(2, 3)",
        ),
        (
            np.zeros((1, 2, 3, 4, 5), np.float32),
            f"{WHERE}: expected m × H × W × C or m × H × W images, got 5 dimensions"
            " (1, 2, 3, 4, 5)",
            "(1, 2, 3, 4, 5)",
        ),
        (np.zeros((0, 4, 4), np.uint8), f"{WHERE}: is empty (0, 4, 4)", "(0, 4, 4)"),
        (
            np.zeros((2, 4, 4), np.int32),
            f"{WHERE}: pixels of type int32 are not supported; use uint8 (0..255) or float",
            "int32",
        ),
        (
            np.array([[[0.0]], [[1.0]], [[np.inf]], [[np.nan]]]),
            f"{WHERE}: contains NaN or infinite values (first in sample 2)",
            "2",
        ),
    ],
)
def test_each_bad_image_array_is_named_with_its_problem(images, english, kept):
    en, ko = refusal(lambda: as_images(images, WHERE))
    assert en == english
    assert_korean(ko, WHERE, kept)


def test_a_protected_array_cannot_be_written_nor_made_writable():
    data = np.arange(6.0)
    kept = read_only(data)
    np.testing.assert_array_equal(kept, np.arange(6.0))
    assert np.shares_memory(kept, data)  # a data set that owns its memory is not copied
    with pytest.raises(ValueError, match="read-only"):
        kept[0] = 1.0
    with pytest.raises(ValueError, match="cannot set WRITEABLE flag to True"):
        kept.flags.writeable = True
    assert read_only(kept) is not kept  # already protected: a new view of it
    assert read_only(None) is None


def test_protecting_a_view_leaves_the_array_it_views_writable():
    whole = np.arange(6.0)
    view = whole[::2]
    kept = read_only(view)
    np.testing.assert_array_equal(kept, [0.0, 2.0, 4.0])
    with pytest.raises(ValueError, match="cannot set WRITEABLE flag to True"):
        kept.flags.writeable = True
    view[0] = 9.0  # the caller's array is still its own to change,
    assert kept[0] == 0.0  # and the protected copy does not follow it
