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
from typing import BinaryIO

import numpy as np

from cnnbuilder.core.datasets.arrays import (
    as_images,
    as_labels,
    check_count,
    default_class_names,
)
from cnnbuilder.core.datasets.dataset import Dataset
from cnnbuilder.core.errors import DataError
from cnnbuilder.core.reading import check_size, declared_bytes, open_regular
from cnnbuilder.i18n import translate

IDX_NAME = re.compile(
    r"^(?P<prefix>.+?)[-.](?P<kind>images[-.]idx3|labels[-.]idx1)[-.]ubyte(\.gz)?$"
)
_TYPES = {0x08: ">u1", 0x09: ">i1", 0x0B: ">i2", 0x0C: ">i4", 0x0D: ">f4", 0x0E: ">f8"}
_TEST_PREFIXES = ("t10k", "test")


def is_idx_name(path: Path) -> bool:
    """True if ``path`` is named like an IDX image or label file."""
    return IDX_NAME.match(path.name) is not None


def read_idx(path: Path, ndim: int) -> np.ndarray:
    """Parse one IDX file whose array must have ``ndim`` dimensions.

    The header's sizes are checked against :data:`READ_LIMIT_BYTES` before
    the data are read (a small ``.gz`` can inflate to gigabytes), and no
    more than the promised bytes are decompressed.

    Returns
    -------
    ndarray
        Shaped as the header says, in the file's element type (native byte order).
    """
    with open_regular(path) as raw:
        try:
            with gzip.open(raw, "rb") if path.suffix == ".gz" else raw as stream:
                return _parse(stream, path.name, ndim)  # type: ignore[arg-type]
        except (OSError, EOFError, zlib.error) as exc:
            raise DataError(
                translate("idx", "{file}: cannot be read ({exc})").format(file=path.name, exc=exc)
            ) from None


def _parse(stream: BinaryIO, name: str, ndim: int) -> np.ndarray:
    magic = stream.read(4)
    if len(magic) < 4 or magic[:2] != b"\0\0" or magic[2] not in _TYPES:
        raise DataError(
            translate("idx", "{name}: not an IDX file (bad magic number {value})").format(
                name=name, value=magic.hex()
            )
        )
    if magic[3] != ndim:
        raise DataError(
            translate(
                "idx", "{name}: expected {ndim} dimension(s), the header says {value}"
            ).format(name=name, ndim=ndim, value=magic[3])
        )
    sizes = stream.read(4 * ndim)
    if len(sizes) < 4 * ndim:
        raise DataError(translate("idx", "{name}: truncated inside the header").format(name=name))
    shape = tuple(int(n) for n in np.frombuffer(sizes, ">u4"))
    dtype = np.dtype(_TYPES[magic[2]])
    expected = declared_bytes(shape, dtype)  # Python ints: sizes cannot overflow
    check_size(expected, f"{name} (shape {'×'.join(map(str, shape))})")
    data = stream.read(expected + 1)
    if len(data) != expected:
        raise DataError(
            (
                translate(
                    "idx",
                    "{name}: truncated: the header promises {expected} bytes of data for "
                    "shape {shape}, found {count}",
                )
                if len(data) < expected
                else translate(
                    "idx",
                    "{name}: too long: the header promises {expected} bytes of data for "
                    "shape {shape}, found more",
                )
            ).format(name=name, expected=expected, shape=shape, count=len(data))
        )
    values = np.frombuffer(data, dtype).reshape(shape)
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
        raise DataError(
            translate("idx", "{folder}: {prefix}-{suffix}-ubyte[.gz] is missing").format(
                folder=folder.name, prefix=prefix, suffix=suffix
            )
        )
    return found


def _load_pair(folder: Path, prefix: str) -> tuple[np.ndarray, np.ndarray, Path]:
    images_path = _require(folder, prefix, "images")
    labels_path = _require(folder, prefix, "labels")
    x = as_images(read_idx(images_path, 3), images_path.name)
    y = as_labels(read_idx(labels_path, 1), labels_path.name)
    check_count(
        x,
        y,
        translate("idx", "{images_path} and {labels_path}").format(
            images_path=images_path.name, labels_path=labels_path.name
        ),
    )
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
        raise DataError(
            translate(
                "idx", "{file}: not named like an IDX file (*-images-idx3-ubyte[.gz])"
            ).format(file=path.name)
        )
    if not path.is_file():
        raise DataError(translate("idx", "{file}: no such file").format(file=path.name))
    folder, prefix = path.parent, match["prefix"]
    x, y, images_path = _load_pair(folder, prefix)
    x_test = y_test = None
    notes: tuple[str, ...] = ()
    test_prefix = _test_prefix(folder, prefix)
    if test_prefix is not None:
        x_test, y_test, test_path = _load_pair(folder, test_prefix)
        if x_test.shape[1:] != x.shape[1:]:
            raise DataError(
                translate("idx", "{test_path}: images differ in size from {images_path}").format(
                    test_path=test_path.name, images_path=images_path.name
                )
            )
        notes = (translate("idx", "test split: {test_path}").format(test_path=test_path.name),)
    names = default_class_names(y, y_test)
    if len(names) < 2:
        raise DataError(
            translate(
                "idx", "{images_path}: every label is 0; a classifier needs 2 classes"
            ).format(images_path=images_path.name)
        )
    return Dataset(images_path.name, x, y, x_test, y_test, names, notes)
