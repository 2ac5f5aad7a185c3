"""The cache folder of downloaded data sets, its checks and its lock.

The folder is ``$CNNBUILDER_DATA_DIR`` when set, else ``cnnbuilder/data``
in the user's cache directory (platformdirs). Each named data set has its
own sub-folder holding the files under their canonical names; a file is
only ever there complete and verified (downloads write ``FILE.part`` and
rename it after the checksum matched).
"""

from __future__ import annotations

import contextlib
import gzip
import hashlib
import os
import time
import zlib
from collections.abc import Callable, Iterator
from pathlib import Path

from cnnbuilder.core.datasets.catalog import NamedSource, RemoteFile
from cnnbuilder.core.errors import DataError
from cnnbuilder.core.os_words import os_reason
from cnnbuilder.i18n import translate

DATA_DIR_ENV = "CNNBUILDER_DATA_DIR"
_CHUNK = 1 << 20


class Cancelled(DataError):
    """The person cancelled a download (or the wait for one)."""


def data_dir() -> Path:
    """Return the cache root: ``$CNNBUILDER_DATA_DIR`` or the user's cache folder."""
    override = os.environ.get(DATA_DIR_ENV)
    if override:
        return Path(override).expanduser()
    import platformdirs  # only needed when no override is given

    return Path(platformdirs.user_cache_dir("cnnbuilder", appauthor=False)) / "data"


def source_dir(source: NamedSource) -> Path:
    """The folder that holds the files of ``source`` (may not exist yet)."""
    return data_dir() / source.name


def writable_dir(source: NamedSource) -> Path:
    """Create ``source_dir(source)`` if needed and check that it can be written.

    Raises
    ------
    DataError
        Naming the folder and what to do (set ``CNNBUILDER_DATA_DIR``).
    """
    folder = source_dir(source)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / f".write-test-{os.getpid()}"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise DataError(
            translate(
                "download",
                "the data folder {folder} cannot be written ({reason}); "
                "set CNNBUILDER_DATA_DIR to a folder you can write",
            ).format(folder=folder, reason=os_reason(exc))
        ) from None
    return folder


_CONTENT_LIMIT = 256 << 20  # no pinned gzip content is larger (MNIST's biggest: 47 MB)


def _sha256_of(read: Callable[[int], bytes], limit: int | None = None) -> str | None:
    """SHA-256 of everything ``read`` gives; None past ``limit`` bytes."""
    digest = hashlib.sha256()
    total = 0
    while chunk := read(_CHUNK):
        total += len(chunk)
        if limit is not None and total > limit:
            return None
        digest.update(chunk)
    return digest.hexdigest()


def file_matches(path: Path, remote: RemoteFile) -> bool:
    """True if ``path`` holds ``remote``: its SHA-256, or its pinned gzip content.

    A file gzipped again (by a mirror, or by hand) has other bytes but the
    same content; its decompressed SHA-256 is then compared, reading at
    most 256 MiB, so a gzip bomb costs little.
    """
    try:
        with path.open("rb") as stream:
            if _sha256_of(stream.read) == remote.sha256:
                return True
        if remote.content_sha256 is None or not remote.name.endswith(".gz"):
            return False
        with gzip.open(path, "rb") as packed:
            return _sha256_of(packed.read, _CONTENT_LIMIT) == remote.content_sha256
    except (OSError, EOFError, zlib.error):
        return False


def cached_files(source: NamedSource) -> list[RemoteFile]:
    """The files of ``source`` that are present in the cache (not checked)."""
    folder = source_dir(source)
    return [f for f in source.files if (folder / f.name).is_file()]


def is_cached(source: NamedSource) -> bool:
    """True if every file of ``source`` is in the cache (by presence; loading checks)."""
    return len(cached_files(source)) == len(source.files)


@contextlib.contextmanager
def cache_lock(
    folder: Path,
    should_cancel: Callable[[], bool] = lambda: False,
    on_wait: Callable[[], None] = lambda: None,
    poll: float = 0.2,
) -> Iterator[None]:
    """Hold the folder's lock file so that one process at a time fetches into it.

    A second process (or window) waits, calling ``on_wait`` once and
    checking ``should_cancel`` every ``poll`` seconds; the lock goes with
    the process, so a killed download never leaves the folder locked.

    Raises
    ------
    Cancelled
        ``should_cancel`` turned true while waiting.
    """
    handle = (folder / ".lock").open("a+b")
    try:
        told = False
        while not _try_lock(handle):
            if not told:
                on_wait()
                told = True
            if should_cancel():
                raise Cancelled(
                    translate(
                        "download", "cancelled while another download of the same data was running"
                    )
                )
            time.sleep(poll)
        try:
            yield
        finally:
            _unlock(handle)
    finally:
        handle.close()


if os.name == "nt":  # pragma: no cover - exercised on Windows only
    import msvcrt

    def _try_lock(handle: object) -> bool:
        try:
            msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)  # type: ignore[attr-defined]
        except OSError:
            return False
        return True

    def _unlock(handle: object) -> None:
        handle.seek(0)  # type: ignore[attr-defined]
        msvcrt.locking(handle.fileno(), msvcrt.LK_UNLCK, 1)  # type: ignore[attr-defined]

else:
    import fcntl

    def _try_lock(handle: object) -> bool:
        try:
            fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)  # type: ignore[attr-defined]
        except BlockingIOError:
            return False
        return True

    def _unlock(handle: object) -> None:
        fcntl.flock(handle.fileno(), fcntl.LOCK_UN)  # type: ignore[attr-defined]
