"""Load a named data set (``mnist``, ``fashion-mnist``, ``cifar10``), fetching it once.

The first use downloads the files into the cache (:mod:`.download`); every
use checks them by checksum and decodes them into float32 arrays without
any float64 copy of the whole set.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import numpy as np

from cnnbuilder.core.datasets.cache import is_cached
from cnnbuilder.core.datasets.catalog import NAMED_SOURCES, NamedSource
from cnnbuilder.core.datasets.cifar import read_cifar_binary
from cnnbuilder.core.datasets.dataset import Dataset
from cnnbuilder.core.datasets.download import FetchOptions, ProgressCallback, fetch
from cnnbuilder.core.datasets.idx import read_idx
from cnnbuilder.core.errors import DataError
from cnnbuilder.i18n import translate

NAMED_DATASETS: tuple[str, ...] = tuple(NAMED_SOURCES)


def lookup(name: str) -> NamedSource:
    """The catalogue entry ``name``, or a DataError that lists the known names."""
    try:
        return NAMED_SOURCES[name]
    except KeyError:
        raise DataError(
            translate("download", "{name}: not a known data set (known: {known})").format(
                name=name, known=", ".join(NAMED_DATASETS)
            )
        ) from None


def to_float_images(pixels: np.ndarray) -> np.ndarray:
    """uint8 ``(m, n_H, n_W[, n_c])`` -> float32 ``(m, n_H, n_W, n_c)`` in [0, 1].

    One float32 array is allocated and filled in place: no float64 copy.
    """
    if pixels.ndim == 3:
        pixels = pixels[..., np.newaxis]
    out = np.empty(pixels.shape, np.float32)
    np.divide(pixels, np.float32(255), out=out)
    return out


def _read_idx(source: NamedSource, folder: Path) -> tuple[np.ndarray, ...]:
    """(x, y, x_test, y_test) as stored: uint8 images (m, 28, 28), uint8 labels."""
    arrays = [read_idx(folder / f.name, 3 if "images" in f.name else 1) for f in source.files]
    x, y, x_test, y_test = arrays
    # Whole sentences per split: a translation may need another word order.
    misfits = (
        translate("named", "{source}: the training files do not fit together"),
        translate("named", "{source}: the test files do not fit together"),
    )
    for images, labels, misfit in ((x, y, misfits[0]), (x_test, y_test, misfits[1])):
        if len(images) != len(labels) or images.shape[1:] != source.image_shape[:2]:
            raise DataError(misfit.format(source=source.name))
    return x, y, x_test, y_test


def _read_cifar(source: NamedSource, folder: Path) -> tuple[np.ndarray, ...]:
    """(x, y, x_test, y_test) as stored: uint8 images (m, 32, 32, 3), uint8 labels."""
    return read_cifar_binary(folder / source.files[0].name)


_READERS = {"idx": _read_idx, "cifar-binary": _read_cifar}


def _decode(source: NamedSource, folder: Path) -> Dataset:
    x, y, x_test, y_test = _READERS[source.layout](source, folder)
    return Dataset(
        source.name,
        to_float_images(x),
        y.astype(np.int64),
        to_float_images(x_test),
        y_test.astype(np.int64),
        source.class_names,
    )


def load_named(
    name: str,
    progress: ProgressCallback | None = None,
    should_cancel: Callable[[], bool] = lambda: False,
    options: FetchOptions | None = None,
) -> Dataset:
    """Return the named data set, downloading and verifying its files first if needed.

    Parameters
    ----------
    name : str
        One of :data:`NAMED_DATASETS`.
    progress, should_cancel, options
        As for :func:`cnnbuilder.core.datasets.download.fetch`.

    Returns
    -------
    Dataset
        ``x`` : (m, n_H, n_W, n_c) float32 in [0, 1], with the published test split.

    Raises
    ------
    DataError
        An unknown name (listing the known ones), a failed download
        (:class:`~cnnbuilder.core.datasets.download.DownloadError`), a
        cancel, or a cache folder that cannot be written.
    """
    source = lookup(name)
    return _decode(source, fetch(source, progress, should_cancel, options))


def needs_download(name: str) -> bool:
    """True if loading ``name`` would fetch files (some are not in the cache)."""
    return not is_cached(lookup(name))
