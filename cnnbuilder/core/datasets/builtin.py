"""The built-in datasets, ``digits`` (shipped file) and ``shapes`` (drawn in code).

Each is built once per process and cached; callers get read-only views, so
an accidental in-place change raises instead of corrupting the cache.
"""

from __future__ import annotations

import dataclasses
import functools

from cnnbuilder import paths
from cnnbuilder.core.datasets.arrays import read_only
from cnnbuilder.core.datasets.dataset import Dataset
from cnnbuilder.core.datasets.npz import load_npz
from cnnbuilder.core.datasets.shapes import SHAPE_CLASSES, generate_shapes
from cnnbuilder.core.errors import DataError
from cnnbuilder.i18n import translate

BUILTIN_DATASETS: tuple[str, ...] = ("digits", "shapes")


def _frozen(dataset: Dataset) -> Dataset:
    """The same data set with read-only views of its arrays (every other field kept)."""
    return dataclasses.replace(
        dataset,
        x=read_only(dataset.x),
        y=read_only(dataset.y),
        x_test=read_only(dataset.x_test),
        y_test=read_only(dataset.y_test),
    )


@functools.cache
def _digits() -> Dataset:
    """UCI handwritten digits: 1497 + 300 images, 8 × 8 × 1, 10 classes."""
    return _frozen(load_npz(paths.DATA / "digits.npz", name="digits"))


@functools.cache
def _shapes() -> Dataset:
    """Generated shapes: 3000 + 600 images, 32 × 32 × 3, 10 balanced classes."""
    x, y, x_test, y_test = generate_shapes()
    return _frozen(Dataset("shapes", x, y, x_test, y_test, SHAPE_CLASSES))


def load_builtin(name: str) -> Dataset:
    """Return the built-in dataset ``name`` (one of :data:`BUILTIN_DATASETS`).

    Returns
    -------
    Dataset
        Arrays are read-only views of a per-process cache: copy before
        changing them in place.
    """
    if name == "digits":
        base = _digits()
    elif name == "shapes":
        base = _shapes()
    else:
        raise DataError(
            translate("builtin", "{name}: not a built-in dataset ({value})").format(
                name=name, value=", ".join(BUILTIN_DATASETS)
            )
        )
    # Fresh views each call: a caller that sets flags on its arrays touches no one else's.
    return _frozen(base)
