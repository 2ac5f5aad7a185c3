"""Read a data file (``*.npz``, FORMATS.md "Data file").

Keys ``x`` (m × H × W × C, or m × H × W) and ``y`` (m labels 0..K-1);
optional ``x_test``/``y_test`` and ``class_names``. Every defect becomes a
:class:`DataError` naming the file, the key and the problem.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np

from cnnbuilder.core.datasets.arrays import (
    as_images,
    as_labels,
    check_count,
    check_labels_below,
    default_class_names,
)
from cnnbuilder.core.datasets.dataset import Dataset, shape_text
from cnnbuilder.core.errors import DataError
from cnnbuilder.core.reading import read_npz
from cnnbuilder.i18n import translate

_KEYS = ("x", "y", "x_test", "y_test", "class_names")


def _read_arrays(path: Path) -> tuple[dict[str, np.ndarray], list[str]]:
    """The arrays of the known keys that the file has, and all its keys.

    Sizes are checked from the headers first and only the known keys are
    decoded (see :mod:`cnnbuilder.core.reading`).
    """
    return read_npz(path, _KEYS)


def _class_names(array: np.ndarray, where: str) -> tuple[str, ...]:
    if array.ndim != 1 or array.dtype.kind not in "US":
        raise DataError(
            translate("npz", "{where}: must be a 1-D array of strings, got {dtype} {shape}").format(
                where=where, dtype=array.dtype, shape=array.shape
            )
        )
    names = tuple(str(n.decode() if isinstance(n, bytes) else n) for n in array)
    if len(names) < 2:
        raise DataError(
            translate("npz", "{where}: needs at least 2 class names, got {count}").format(
                where=where, count=len(names)
            )
        )
    return names


def _pair(
    arrays: dict[str, np.ndarray], x_key: str, y_key: str, file: str
) -> tuple[np.ndarray, np.ndarray]:
    """Checked images (m, n_H, n_W, n_c) float32 and labels (m,) int64."""
    x = as_images(
        arrays[x_key], translate("npz", "{file}: key '{x_key}'").format(file=file, x_key=x_key)
    )
    y = as_labels(
        arrays[y_key], translate("npz", "{file}: key '{y_key}'").format(file=file, y_key=y_key)
    )
    check_count(
        x,
        y,
        translate("npz", "{file}: keys '{x_key}' and '{y_key}'").format(
            file=file, x_key=x_key, y_key=y_key
        ),
    )
    return x, y


def _check_keys(keys: set[str], every: list[str], file: str) -> None:
    for key in ("x", "y"):
        if key not in keys:
            found = (
                translate("npz", "the file has {value}").format(value=", ".join(every))
                if every
                else translate("npz", "the file is empty")
            )
            raise DataError(
                translate("npz", "{file}: key '{key}' is missing ({found})").format(
                    file=file, key=key, found=found
                )
            )
    for have, need in (("x_test", "y_test"), ("y_test", "x_test")):
        if have in keys and need not in keys:
            raise DataError(
                translate("npz", "{file}: key '{need}' is missing ('{have}' needs it)").format(
                    file=file, need=need, have=have
                )
            )


def load_npz(path: Path, name: str | None = None) -> Dataset:
    """Load a data file.

    Parameters
    ----------
    path : Path
        The ``.npz`` file.
    name : str, optional
        The dataset's name (default: the file name).

    Returns
    -------
    Dataset
        ``x`` : (m, n_H, n_W, n_c) float32, ``y`` : (m,) int64.
    """
    file = path.name
    arrays, every = _read_arrays(path)
    _check_keys(set(arrays), every, file)
    x, y = _pair(arrays, "x", "y", file)
    x_test = y_test = None
    if "x_test" in arrays:
        x_test, y_test = _pair(arrays, "x_test", "y_test", file)
        if x_test.shape[1:] != x.shape[1:]:
            raise DataError(
                translate(
                    "npz", "{file}: key 'x_test': images are {value} but those of 'x' are {value2}"
                ).format(
                    file=file, value=shape_text(x_test.shape[1:]), value2=shape_text(x.shape[1:])
                )
            )
    if "class_names" in arrays:
        names = _class_names(
            arrays["class_names"], translate("npz", "{file}: key 'class_names'").format(file=file)
        )
    else:
        names = default_class_names(y, y_test)
    check_labels_below(y, len(names), translate("npz", "{file}: key 'y'").format(file=file))
    if y_test is not None:
        check_labels_below(
            y_test, len(names), translate("npz", "{file}: key 'y_test'").format(file=file)
        )
    if len(names) < 2:
        raise DataError(
            translate(
                "npz", "{file}: key 'y': every label is 0; a classifier needs 2 classes or more"
            ).format(file=file)
        )
    return Dataset(name or file, x, y, x_test, y_test, names)
