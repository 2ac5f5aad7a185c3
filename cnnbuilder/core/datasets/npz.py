"""Read a data file (``*.npz``, FORMATS.md "Data file").

Keys ``x`` (m × H × W × C, or m × H × W) and ``y`` (m labels 0..K-1);
optional ``x_test``/``y_test`` and ``class_names``. Every defect becomes a
:class:`DataError` naming the file, the key and the problem.
"""

from __future__ import annotations

import zipfile
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

_READ_ERRORS = (OSError, ValueError, EOFError, zipfile.BadZipFile)


def _open(path: Path) -> np.lib.npyio.NpzFile:
    try:
        archive = np.load(path, allow_pickle=False)
    except FileNotFoundError:
        raise DataError(f"{path.name}: no such file") from None
    except _READ_ERRORS as exc:
        raise DataError(f"{path.name}: not a readable .npz archive ({exc})") from None
    if not isinstance(archive, np.lib.npyio.NpzFile):
        raise DataError(f"{path.name}: a single .npy array, not an .npz archive with keys x and y")
    return archive


def _read(archive: np.lib.npyio.NpzFile, key: str, where: str) -> np.ndarray:
    try:
        array = archive[key]
    except ValueError as exc:
        if "allow_pickle" in str(exc):
            raise DataError(f"{where}: object arrays are not allowed") from None
        raise DataError(f"{where}: cannot be read ({exc})") from None
    except _READ_ERRORS as exc:
        raise DataError(f"{where}: cannot be read, the file may be damaged ({exc})") from None
    if array.dtype == object:
        raise DataError(f"{where}: object arrays are not allowed")
    return array


def _class_names(array: np.ndarray, where: str) -> tuple[str, ...]:
    if array.ndim != 1 or array.dtype.kind not in "US":
        raise DataError(f"{where}: must be a 1-D array of strings, got {array.dtype} {array.shape}")
    names = tuple(str(n.decode() if isinstance(n, bytes) else n) for n in array)
    if len(names) < 2:
        raise DataError(f"{where}: needs at least 2 class names, got {len(names)}")
    return names


def _pair(
    archive: np.lib.npyio.NpzFile, keys: tuple[str, str], file: str
) -> tuple[np.ndarray, np.ndarray]:
    x_key, y_key = keys
    x = as_images(_read(archive, x_key, f"{file}: key '{x_key}'"), f"{file}: key '{x_key}'")
    y = as_labels(_read(archive, y_key, f"{file}: key '{y_key}'"), f"{file}: key '{y_key}'")
    check_count(x, y, f"{file}: keys '{x_key}' and '{y_key}'")
    return x, y


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
    with _open(path) as archive:
        keys = set(archive.files)
        for key in ("x", "y"):
            if key not in keys:
                raise DataError(f"{file}: key '{key}' is missing (found: {sorted(keys)})")
        for have, need in (("x_test", "y_test"), ("y_test", "x_test")):
            if have in keys and need not in keys:
                raise DataError(f"{file}: key '{need}' is missing ('{have}' needs it)")
        x, y = _pair(archive, ("x", "y"), file)
        x_test = y_test = None
        if "x_test" in keys:
            x_test, y_test = _pair(archive, ("x_test", "y_test"), file)
            if x_test.shape[1:] != x.shape[1:]:
                raise DataError(
                    f"{file}: key 'x_test': images are {shape_text(x_test.shape[1:])} "
                    f"but those of 'x' are {shape_text(x.shape[1:])}"
                )
        if "class_names" in keys:
            where = f"{file}: key 'class_names'"
            names = _class_names(_read(archive, "class_names", where), where)
        else:
            names = default_class_names(y, y_test)
    check_labels_below(y, len(names), f"{file}: key 'y'")
    if y_test is not None:
        check_labels_below(y_test, len(names), f"{file}: key 'y_test'")
    if len(names) < 2:
        raise DataError(f"{file}: key 'y': every label is 0; a classifier needs 2 classes or more")
    return Dataset(name or file, x, y, x_test, y_test, names)
