"""Reading user files safely: regular files only, declared sizes checked before decoding.

Every reader of a network, data, weights or picture file goes through here:

- :func:`open_regular` opens without blocking and refuses a FIFO, a device
  or a folder (opening a FIFO for reading waits for a writer forever).
- :func:`npz_headers` / :func:`read_npz` / :func:`read_npy` read the ``.npy``
  headers (shape and type) and the zip sizes first, and refuse an array
  that would need more than :data:`READ_LIMIT_BYTES` with the numbers,
  before anything is decompressed; each array is then decoded once.
- :func:`open_image` refuses pictures whose declared size is over
  :data:`IMAGE_PIXEL_LIMIT` before Pillow decodes them.
"""

from __future__ import annotations

import contextlib
import math
import os
import stat
import zipfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import BinaryIO

import numpy as np
from PIL import Image, UnidentifiedImageError

from cnnbuilder.core.errors import DataError
from cnnbuilder.core.os_words import os_reason
from cnnbuilder.i18n import translate

READ_LIMIT_BYTES = 2 * 1024**3
IMAGE_PIXEL_LIMIT = 64 * 1024**2  # 8192 x 8192
# Pillow's own bomb check (a warning, an error above twice its limit) is
# replaced by the smaller one of open_image, the one place that opens
# pictures, so that every refusal gives width × height and the limit.
Image.MAX_IMAGE_PIXELS = None
_ZIP_MAGIC = b"PK"


def size_text(nbytes: int) -> str:
    """``1.5 GiB``, ``12.0 MiB``: a byte count for a message."""
    for unit, scale in (("GiB", 1024**3), ("MiB", 1024**2), ("KiB", 1024)):
        if nbytes >= scale:
            return f"{nbytes / scale:,.1f} {unit}"
    return translate("reading", "{nbytes} bytes").format(nbytes=nbytes)


def file_kind(mode: int) -> str:
    """Name a file kind that is not a regular file, for a message (``os.stat`` mode)."""
    if stat.S_ISDIR(mode):
        return translate("reading", "a folder")
    if stat.S_ISFIFO(mode):
        return translate("reading", "a FIFO (named pipe)")
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return translate("reading", "a device")
    if stat.S_ISSOCK(mode):
        return translate("reading", "a socket")
    return translate("reading", "not a regular file")


def open_regular(path: str | Path, name: str | None = None) -> BinaryIO:
    """Open ``path`` for binary reading if it is a regular file.

    ``name`` is how messages name the file (the whole path by default).

    Opened with ``O_NONBLOCK`` and checked with ``fstat`` on the open file,
    so a FIFO never blocks and nothing can be swapped in between.

    Raises
    ------
    DataError
        One line: no such file, a folder, a FIFO, a device, no permission.
    """
    path = Path(path)
    name = str(path) if name is None else name
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_NOCTTY", 0)
    try:
        fd = os.open(path, flags)
    except FileNotFoundError:
        raise DataError(translate("reading", "{name}: no such file").format(name=name)) from None
    except IsADirectoryError:
        raise DataError(
            translate("reading", "{name} is a folder, not a file").format(name=name)
        ) from None
    except PermissionError:
        raise DataError(
            translate("reading", "{name}: permission denied").format(name=name)
        ) from None
    except (OSError, ValueError) as exc:  # ValueError: a NUL byte in the name
        raise DataError(
            translate("reading", "{name}: cannot be opened ({value})").format(
                name=name, value=os_reason(exc)
            )
        ) from None
    info = os.fstat(fd)
    if not stat.S_ISREG(info.st_mode):
        os.close(fd)
        raise DataError(
            translate("reading", "{name} is {value}, not a regular file").format(
                name=name, value=file_kind(info.st_mode)
            )
        )
    if hasattr(os, "set_blocking"):
        os.set_blocking(fd, True)
    return os.fdopen(fd, "rb")


def check_size(nbytes: int, what: str, limit: int = READ_LIMIT_BYTES) -> None:
    """Refuse ``nbytes`` over ``limit``, naming both.

    Raises
    ------
    DataError
        ``what`` declares N bytes, over the limit.
    """
    if nbytes > limit:
        raise DataError(
            translate(
                "reading",
                "{what} declares {value} ({nbytes} bytes), over the limit of {value2}; "
                "refusing to read it",
            ).format(
                what=what, value=size_text(nbytes), nbytes=f"{nbytes:,}", value2=size_text(limit)
            )
        )


def _npy_header(stream: BinaryIO, where: str) -> tuple[tuple[int, ...], np.dtype]:
    """Shape and dtype from an ``.npy`` header; the stream is left after it."""
    fmt = np.lib.format
    try:
        version = fmt.read_magic(stream)
        if version == (1, 0):
            shape, _, dtype = fmt.read_array_header_1_0(stream)
        else:
            shape, _, dtype = fmt.read_array_header_2_0(stream)
    except (ValueError, OSError, EOFError, SyntaxError, zipfile.BadZipFile) as exc:
        raise DataError(
            translate("reading", "{where}: cannot be read as an .npy array ({value})").format(
                where=where, value=os_reason(exc)
            )
        ) from None
    if dtype.hasobject:
        raise DataError(
            translate("reading", "{where}: object arrays are not allowed").format(where=where)
        )
    return tuple(int(n) for n in shape), dtype


def declared_bytes(shape: tuple[int, ...], dtype: np.dtype) -> int:
    """The bytes an array of ``shape`` and ``dtype`` needs (Python ints: no overflow)."""
    return math.prod(shape) * dtype.itemsize


def npy_header(path: str | Path) -> tuple[tuple[int, ...], np.dtype]:
    """Shape and dtype of a single ``.npy`` array, from its header alone."""
    name = Path(path).name
    with open_regular(path) as stream:
        if stream.read(6).startswith(_ZIP_MAGIC):
            raise DataError(
                translate("reading", "{name} is an .npz archive, not a single .npy array").format(
                    name=name
                )
            )
        stream.seek(0)
        return _npy_header(stream, name)


def read_npy(path: str | Path, limit: int = READ_LIMIT_BYTES) -> np.ndarray:
    """Read a single ``.npy`` array after checking its declared size.

    Raises
    ------
    DataError
        Not a regular file, not an ``.npy`` array, or over ``limit``.
    """
    name = Path(path).name
    with open_regular(path) as stream:
        magic = stream.read(6)
        stream.seek(0)
        if magic.startswith(_ZIP_MAGIC):
            raise DataError(
                translate("reading", "{name} is an .npz archive, not a single .npy array").format(
                    name=name
                )
            )
        shape, dtype = _npy_header(stream, name)
        check_size(declared_bytes(shape, dtype), name, limit)
        stream.seek(0)
        try:
            return np.asarray(np.lib.format.read_array(stream, allow_pickle=False))
        except (ValueError, OSError, EOFError) as exc:
            raise DataError(
                translate("reading", "{name}: cannot be read ({value})").format(
                    name=name, value=os_reason(exc)
                )
            ) from None


def _member(name: str) -> str:
    return name.removesuffix(".npy")


def npz_headers(
    archive: zipfile.ZipFile, where: str, limit: int = READ_LIMIT_BYTES
) -> dict[str, tuple[tuple[int, ...], np.dtype]]:
    """Shape and dtype of every array of an ``.npz``, sizes checked, nothing decoded.

    Raises
    ------
    DataError
        A member whose zip entry or ``.npy`` header declares more than
        ``limit`` (alone or all together), or a damaged header.
    """
    out = {}
    total = 0
    for info in archive.infolist():
        key = _member(info.filename)
        what = translate("reading", "{where}: key '{key}'").format(where=where, key=key)
        check_size(info.file_size, what, limit)
        try:
            with archive.open(info) as member:
                shape, dtype = _npy_header(member, what)  # type: ignore[arg-type]
        except (OSError, zipfile.BadZipFile, EOFError, NotImplementedError) as exc:
            raise DataError(
                translate("reading", "{what}: cannot be read ({value})").format(
                    what=what, value=os_reason(exc)
                )
            ) from None
        total += declared_bytes(shape, dtype)
        check_size(declared_bytes(shape, dtype), what, limit)
        check_size(
            total, translate("reading", "{where} (all keys together)").format(where=where), limit
        )
        out[key] = (shape, dtype)
    return out


@contextlib.contextmanager
def open_npz(path: str | Path) -> Iterator[zipfile.ZipFile]:
    """Open an ``.npz`` (a zip archive of ``.npy`` files) that is a regular file."""
    name = Path(path).name
    with open_regular(path) as stream:
        magic = stream.read(4)
        stream.seek(0)
        if not magic.startswith(_ZIP_MAGIC):
            if magic.startswith(b"\x93NUM"):
                raise DataError(
                    translate("reading", "{name}: a single .npy array, not an .npz archive").format(
                        name=name
                    )
                )
            raise DataError(
                translate(
                    "reading", "{name}: not a NumPy .npz archive (a .npz file is a zip archive)"
                ).format(name=name)
            )
        try:
            archive = zipfile.ZipFile(stream)
        except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
            raise DataError(
                translate("reading", "{name}: not a readable .npz archive ({value})").format(
                    name=name, value=os_reason(exc)
                )
            ) from None
        with archive:
            yield archive


def read_npz(
    path: str | Path, keys: Iterable[str] | None = None, limit: int = READ_LIMIT_BYTES
) -> tuple[dict[str, np.ndarray], list[str]]:
    """Read the arrays of ``keys`` (all when None) from an ``.npz``, each decoded once.

    Returns
    -------
    arrays : dict of str to ndarray
        The requested keys that the file has.
    every : list of str
        Every key of the file, sorted.

    Raises
    ------
    DataError
        See :func:`open_regular`, :func:`npz_headers`; object arrays.
    """
    name = Path(path).name
    with open_npz(path) as archive:
        headers = npz_headers(archive, name, limit)
        wanted = list(headers) if keys is None else [k for k in keys if k in headers]
        arrays = {}
        for key in wanted:
            try:
                with archive.open(f"{key}.npy") as member:
                    arrays[key] = np.asarray(np.lib.format.read_array(member, allow_pickle=False))
            except KeyError:  # stored without the .npy suffix
                with archive.open(key) as member:
                    arrays[key] = np.asarray(np.lib.format.read_array(member, allow_pickle=False))
            except (ValueError, OSError, EOFError, zipfile.BadZipFile) as exc:
                raise DataError(
                    translate(
                        "reading",
                        "{name}: key '{key}': cannot be read, the file may be damaged ({value})",
                    ).format(name=name, key=key, value=os_reason(exc))
                ) from None
        return arrays, sorted(headers)


def npz_shapes(path: str | Path) -> dict[str, tuple[int, ...]]:
    """The array shapes of an ``.npz`` from its headers alone (nothing decoded)."""
    with open_npz(path) as archive:
        return {k: shape for k, (shape, _) in npz_headers(archive, Path(path).name).items()}


def _open_reason(exc: Exception) -> str:
    """Why Pillow could not open a picture, in one line."""
    if isinstance(exc, UnidentifiedImageError):  # its text shows Python's stream object
        return translate("reading", "not a recognised image")
    return os_reason(exc)


@contextlib.contextmanager
def open_image(
    path: str | Path, pixel_limit: int = IMAGE_PIXEL_LIMIT, *, name: str | None = None
) -> Iterator[Image.Image]:
    """Open a picture whose declared size is within ``pixel_limit`` (not decoded yet).

    Messages name the file by ``name``: by default its file name, or its
    whole path when it cannot be opened at all.

    Raises
    ------
    DataError
        Not a regular file, not a picture Pillow knows, or too large (the
        message gives width × height and the limit).
    """
    shown = Path(path).name if name is None else name
    with open_regular(path, name) as stream:
        try:
            image = Image.open(stream)
        except Exception as exc:  # Pillow fails in many ways on hostile files
            raise DataError(
                translate("reading", "{name} is not a picture that can be read ({value})").format(
                    name=shown, value=_open_reason(exc)
                )
            ) from None
        with image:
            width, height = image.size
            if width * height > pixel_limit:
                raise DataError(
                    translate(
                        "reading",
                        "{name}: {width}×{height} pixels ({value}) is over the limit of "
                        "{pixel_limit} pixels; refusing to decode it",
                    ).format(
                        name=shown,
                        width=width,
                        height=height,
                        value=f"{width * height:,}",
                        pixel_limit=f"{pixel_limit:,}",
                    )
                )
            try:
                yield image
            except DataError:
                raise
            except Exception as exc:  # decoding happens in the caller's block
                raise DataError(
                    translate("reading", "{name}: the picture cannot be decoded ({value})").format(
                        name=shown, value=os_reason(exc)
                    )
                ) from None
