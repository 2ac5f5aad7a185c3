"""Datasets for training: the built-ins, named downloads, data files, folders, IDX files.

:func:`load_dataset` takes what the user typed (``digits``, ``shapes``,
``mnist``, ``fashion-mnist``, ``cifar10``, a path to an ``.npz`` file, a
folder of class sub-folders or an IDX file) and returns a :class:`Dataset`
of float32 NHWC images and int64 labels.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from cnnbuilder.core.datasets.builtin import BUILTIN_DATASETS, load_builtin
from cnnbuilder.core.datasets.dataset import (
    Dataset,
    check_fits,
    split_validation,
    validation_size,
)
from cnnbuilder.core.datasets.download import FetchOptions, ProgressCallback
from cnnbuilder.core.datasets.folder import load_folder
from cnnbuilder.core.datasets.idx import is_idx_name, load_idx
from cnnbuilder.core.datasets.named import NAMED_DATASETS, load_named
from cnnbuilder.core.datasets.npz import load_npz
from cnnbuilder.core.errors import DataError
from cnnbuilder.core.reading import open_regular
from cnnbuilder.i18n import translate

__all__ = [
    "BUILTIN_DATASETS",
    "NAMED_DATASETS",
    "Dataset",
    "check_fits",
    "load_dataset",
    "outside_folder",
    "split_validation",
    "validation_size",
]

_ZIP_MAGIC = b"PK\x03\x04"


def _looks_like_zip(path: Path) -> bool:
    with open_regular(path) as stream:  # a FIFO or a device is refused, never waited on
        return stream.read(4) == _ZIP_MAGIC


def _expand(source: str) -> Path:
    """``~/data`` -> the home folder's; an unknown ``~user`` is a DataError."""
    try:
        path = Path(source).expanduser()
    except RuntimeError:  # Python raises this for an unknown ~user
        path = Path(source)
    if str(path).startswith("~"):
        raise DataError(
            translate("__init__", "{source}: no such user folder ({value})").format(
                source=source, value=source.split("/")[0]
            )
        )
    return path


def outside_folder(source: str, folder: Path | None) -> Path | None:
    """The path ``source`` names when it is a path outside ``folder``, else None.

    A network file names its data set; opening the file must not read a
    file elsewhere on the machine without the user seeing it. Built-in
    and named (downloaded) data sets are never outside; with no folder (an
    untitled network) every path is.
    """
    if source in BUILTIN_DATASETS or source in NAMED_DATASETS:
        return None
    try:
        path = _expand(source).resolve()
    except (DataError, OSError, RuntimeError, ValueError):
        return Path(source)
    if folder is not None and path.is_relative_to(folder.resolve()):
        return None
    return path


def load_dataset(
    source: str | Path,
    input_shape: tuple[int, int, int] | None = None,
    *,
    progress: ProgressCallback | None = None,
    should_cancel: Callable[[], bool] = lambda: False,
    options: FetchOptions | None = None,
) -> Dataset:
    """Load a dataset from a built-in or named data set, or a path.

    Parameters
    ----------
    source : str or Path
        ``"digits"``, ``"shapes"``, a named data set (``"mnist"``,
        ``"fashion-mnist"``, ``"cifar10"``: downloaded once into the cache),
        a ``.npz`` data file, a folder with one sub-folder of images per
        class (optionally under ``train/`` and ``test/``), or either file
        of an IDX pair. A ``str`` equal to a name means that data set; pass
        ``./digits`` for such a folder.
    input_shape : (n_H, n_W, n_c), optional
        The network input; folders of images are converted and resized to
        it. Ignored by the other sources.
    progress, should_cancel, options
        For a named data set that must be downloaded: see
        :func:`cnnbuilder.core.datasets.download.fetch`.

    Returns
    -------
    Dataset
        ``x`` : (m, n_H, n_W, n_c) float32, ``y`` : (m,) int64.

    Raises
    ------
    DataError
        Anything wrong with the source, in a message that names it.
    """
    if isinstance(source, str) and source in BUILTIN_DATASETS:
        return load_builtin(source)
    if isinstance(source, str) and source in NAMED_DATASETS:
        return load_named(source, progress, should_cancel, options)
    path = _expand(str(source))
    if path.is_dir():
        return load_folder(path, input_shape)
    if not path.exists():
        raise DataError(
            translate(
                "datasets",
                "{file}: no such file or folder (expected {value}, an .npz file, a "
                "folder of images or an IDX file)",
            ).format(file=path, value=", ".join(BUILTIN_DATASETS + NAMED_DATASETS))
        )
    if is_idx_name(path):
        return load_idx(path)
    if path.suffix.lower() == ".npz" or _looks_like_zip(path):
        return load_npz(path)
    raise DataError(
        translate(
            "datasets",
            "{file}: not a data file (expected .npz, a folder of class sub-folders "
            "or an IDX file named *-images-idx3-ubyte[.gz])",
        ).format(file=path.name)
    )
