"""Read MNIST-style IDX files (``*-images-idx3-ubyte[.gz]`` + ``*-labels-idx1-ubyte[.gz]``).

An IDX file is a big-endian header, ``0 0 <type code> <ndim>`` then ``ndim``
uint32 sizes, followed by the values in C order. Given either file of a
pair, its partner is found in the same folder; the ``t10k`` (or ``test``)
pair beside a ``train`` pair becomes the test split.
"""

from __future__ import annotations

import gzip
import re
import zlib
from pathlib import Path

import numpy as np

from cnnbuilder.core.datasets.arrays import (
    as_images,
    as_labels,
    check_count,
    default_class_names,
)
from cnnbuilder.core.datasets.dataset import Dataset
from cnnbuilder.core.errors import DataError

IDX_NAME = re.compile(
    r"^(?P<prefix>.+?)[-.](?P<kind>images[-.]idx3|labels[-.]idx1)[-.]ubyte(\.gz)?$"
)
_TYPES = {0x08: ">u1", 0x09: ">i1", 0x0B: ">i2", 0x0C: ">i4", 0x0D: ">f4", 0x0E: ">f8"}
_TEST_PREFIXES = ("t10k", "test")


def is_idx_name(path: Path) -> bool:
    """True if ``path`` is named like an IDX image or label file."""
    return IDX_NAME.match(path.name) is not None


def _raw_bytes(path: Path) -> bytes:
    try:
        if path.suffix == ".gz":
            with gzip.open(path, "rb") as stream:
                return stream.read()
        return path.read_bytes()
    except FileNotFoundError:
        raise DataError(f"{path.name}: no such file") from None
    except (OSError, EOFError, zlib.error) as exc:
        raise DataError(f"{path.name}: cannot be read ({exc})") from None


def read_idx(path: Path, ndim: int) -> np.ndarray:
    """Parse one IDX file whose array must have ``ndim`` dimensions.

    Returns
    -------
    ndarray
        Shaped as the header says, in the file's element type (native byte order).
    """
    data = _raw_bytes(path)
    if len(data) < 4 or data[:2] != b"\0\0" or data[2] not in _TYPES:
        raise DataError(f"{path.name}: not an IDX file (bad magic number {data[:4].hex()})")
    if data[3] != ndim:
        raise DataError(f"{path.name}: expected {ndim} dimension(s), the header says {data[3]}")
    header = 4 + 4 * ndim
    if len(data) < header:
        raise DataError(f"{path.name}: truncated inside the header")
    shape = tuple(int(n) for n in np.frombuffer(data, ">u4", count=ndim, offset=4))
    dtype = np.dtype(_TYPES[data[2]])
    expected = int(np.prod(shape)) * dtype.itemsize
    if len(data) - header != expected:
        raise DataError(
            f"{path.name}: {'truncated' if len(data) - header < expected else 'too long'}: "
            f"the header promises {expected} bytes of data for shape {shape}, "
            f"found {len(data) - header}"
        )
    values = np.frombuffer(data, dtype, offset=header).reshape(shape)
    return values.astype(dtype.newbyteorder("="))


def _find(folder: Path, prefix: str, kind: str) -> Path | None:
    """The file of ``kind`` ("images" or "labels") with ``prefix`` in ``folder``."""
    for child in sorted(folder.iterdir()):
        match = IDX_NAME.match(child.name)
        if match and match["prefix"] == prefix and match["kind"].startswith(kind):
            return child
    return None


def _require(folder: Path, prefix: str, kind: str) -> Path:
    found = _find(folder, prefix, kind)
    if found is None:
        # (``kind`` here is an IDX file's content, images or labels, not a layer kind)
        suffix = "images-idx3" if kind == "images" else "labels-idx1"
        raise DataError(f"{folder.name}: {prefix}-{suffix}-ubyte[.gz] is missing")
    return found


def _load_pair(folder: Path, prefix: str) -> tuple[np.ndarray, np.ndarray, Path]:
    images_path = _require(folder, prefix, "images")
    labels_path = _require(folder, prefix, "labels")
    x = as_images(read_idx(images_path, 3), images_path.name)
    y = as_labels(read_idx(labels_path, 1), labels_path.name)
    check_count(x, y, f"{images_path.name} and {labels_path.name}")
    return x, y, images_path


def _test_prefix(folder: Path, prefix: str) -> str | None:
    """The prefix of the test pair beside the training pair ``prefix``, if any."""
    if not prefix.endswith("train"):
        return None
    for name in _TEST_PREFIXES:
        candidate = prefix[: -len("train")] + name
        if _find(folder, candidate, "images") or _find(folder, candidate, "labels"):
            return candidate
    return None


def load_idx(path: Path) -> Dataset:
    """Load an IDX pair (and the test pair beside it).

    Parameters
    ----------
    path : Path
        Either file of the pair, e.g. ``train-images-idx3-ubyte.gz``.

    Returns
    -------
    Dataset
        ``x`` : (m, n_H, n_W, 1) float32, uint8 pixels scaled to 0..1.
    """
    match = IDX_NAME.match(path.name)
    if match is None:
        raise DataError(f"{path.name}: not named like an IDX file (*-images-idx3-ubyte[.gz])")
    if not path.is_file():
        raise DataError(f"{path.name}: no such file")
    folder, prefix = path.parent, match["prefix"]
    x, y, images_path = _load_pair(folder, prefix)
    x_test = y_test = None
    notes: tuple[str, ...] = ()
    test_prefix = _test_prefix(folder, prefix)
    if test_prefix is not None:
        x_test, y_test, test_path = _load_pair(folder, test_prefix)
        if x_test.shape[1:] != x.shape[1:]:
            raise DataError(f"{test_path.name}: images differ in size from {images_path.name}")
        notes = (f"test split: {test_path.name}",)
    names = default_class_names(y, y_test)
    if len(names) < 2:
        raise DataError(f"{images_path.name}: every label is 0; a classifier needs 2 classes")
    return Dataset(images_path.name, x, y, x_test, y_test, names, notes)
