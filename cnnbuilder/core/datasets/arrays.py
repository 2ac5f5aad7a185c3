"""Checks and conversions shared by the array sources (.npz, IDX, built-ins).

``where`` arguments name the place for error messages, e.g.
``"mine.npz: key 'x'"``; every problem is a :class:`DataError` that starts
with it.
"""

from __future__ import annotations

from typing import overload

import numpy as np

from cnnbuilder.core.errors import DataError
from cnnbuilder.i18n import translate

# Far above any real classifier; a label of 10**8 would otherwise build 10**8
# class names before anything else could refuse it.
MAX_CLASSES = 10_000
# Pixels are 0..1 (or 0..255); values far beyond would overflow the first
# layer and be blamed on the learning rate.
MAX_PIXEL_MAGNITUDE = 1e6


def as_images(array: np.ndarray, where: str) -> np.ndarray:
    """Return images as float32 NHWC, uint8 scaled by 1/255, floats as given.

    Parameters
    ----------
    array : ndarray, (m, n_H, n_W) or (m, n_H, n_W, n_c)
        uint8 (0..255) or floating point pixels.
    where : str
        Names the array in error messages.

    Returns
    -------
    ndarray, (m, n_H, n_W, n_c) float32
    """
    if array.dtype == np.uint8:
        images = array.astype(np.float32) / np.float32(255)
    elif np.issubdtype(array.dtype, np.floating):
        _check_magnitude(array, where)
        images = array.astype(np.float32)
    else:
        raise DataError(
            translate(
                "arrays",
                "{where}: pixels of type {dtype} are not supported; use uint8 (0..255) or float",
            ).format(where=where, dtype=array.dtype)
        )
    if images.ndim == 3:
        images = images[..., np.newaxis]
    if images.ndim != 4:
        raise DataError(
            translate(
                "arrays",
                "{where}: expected m × H × W × C or m × H × W images, got {ndim} "
                "dimensions {shape}",
            ).format(where=where, ndim=images.ndim, shape=array.shape)
        )
    if images.size == 0:
        raise DataError(
            translate("arrays", "{where}: is empty {shape}").format(where=where, shape=array.shape)
        )
    if not np.isfinite(images).all():
        first = int(np.flatnonzero(~np.isfinite(images).reshape(len(images), -1).all(1))[0])
        raise DataError(
            translate(
                "arrays", "{where}: contains NaN or infinite values (first in sample {first})"
            ).format(where=where, first=first)
        )
    return images


def _check_magnitude(array: np.ndarray, where: str) -> None:
    """Refuse float pixels far outside 0..255 (checked before the float32 cast overflows)."""
    if array.size == 0:
        return
    with np.errstate(invalid="ignore"):
        finite = np.abs(array[np.isfinite(array)]) if array.ndim else np.abs(array)
    biggest = float(finite.max()) if finite.size else 0.0
    if biggest > MAX_PIXEL_MAGNITUDE:
        raise DataError(
            translate(
                "arrays",
                "{where}: pixel values reach {biggest}; images must be scaled to about "
                "0..1 (or 0..255), at most {MAX_PIXEL_MAGNITUDE}",
            ).format(
                where=where,
                biggest=f"{biggest:.3g}",
                MAX_PIXEL_MAGNITUDE=f"{MAX_PIXEL_MAGNITUDE:g}",
            )
        )


def as_labels(array: np.ndarray, where: str) -> np.ndarray:
    """Return class labels as int64, checking that they are whole and >= 0.

    Parameters
    ----------
    array : ndarray, (m,)
        Integer labels, or floats holding whole numbers.

    Returns
    -------
    ndarray, (m,) int64
    """
    if array.ndim != 1:
        raise DataError(
            translate(
                "arrays", "{where}: labels must be one-dimensional (m,), got shape {shape}"
            ).format(where=where, shape=array.shape)
        )
    if array.size == 0:
        raise DataError(translate("arrays", "{where}: is empty").format(where=where))
    if np.issubdtype(array.dtype, np.floating):
        if not (np.isfinite(array).all() and (array == np.round(array)).all()):
            raise DataError(
                translate("arrays", "{where}: labels must be whole numbers 0..K-1").format(
                    where=where
                )
            )
    elif not np.issubdtype(array.dtype, np.integer):
        raise DataError(
            translate("arrays", "{where}: labels must be integers 0..K-1, got type {dtype}").format(
                where=where, dtype=array.dtype
            )
        )
    if array.min() < 0:
        raise DataError(
            translate("arrays", "{where}: labels must be 0..K-1, found {value}").format(
                where=where, value=array.min()
            )
        )
    if array.max() >= MAX_CLASSES:  # before the cast: 2e19 would wrap to a negative int64
        raise DataError(
            translate(
                "arrays", "{where}: label {value} is over the limit of {MAX_CLASSES} classes"
            ).format(where=where, value=f"{array.max():.6g}", MAX_CLASSES=f"{MAX_CLASSES:,}")
        )
    return array.astype(np.int64)


def check_count(images: np.ndarray, labels: np.ndarray, where: str) -> None:
    """Raise unless there is one label per image."""
    if len(images) != len(labels):
        raise DataError(
            translate("arrays", "{where}: {count} images but {count2} labels").format(
                where=where, count=len(images), count2=len(labels)
            )
        )


def check_labels_below(labels: np.ndarray, count: int, where: str) -> None:
    """Raise if a label is not below ``count`` (the number of class names)."""
    if labels.max() >= count:
        raise DataError(
            translate(
                "arrays", "{where}: label {value} is out of range for {count} class names"
            ).format(where=where, value=labels.max(), count=count)
        )


def default_class_names(*labels: np.ndarray | None) -> tuple[str, ...]:
    """``("0", "1", ...)`` up to the largest label found in any of ``labels``."""
    top = max(int(part.max()) for part in labels if part is not None)
    return tuple(str(k) for k in range(top + 1))


@overload
def read_only(array: np.ndarray) -> np.ndarray: ...
@overload
def read_only(array: None) -> None: ...
def read_only(array: np.ndarray | None) -> np.ndarray | None:
    """A view that cannot be written, nor made writable: protects cached arrays."""
    if array is None:
        return None
    if not array.flags.writeable:  # already protected (e.g. from the cache)
        return array.view()
    base = array if array.flags.owndata else array.copy()
    base.flags.writeable = False
    return base.view()
