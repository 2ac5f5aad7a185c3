"""Fetch the files of a named data set into the cache, verified, resumable, cancellable.

Each file is written as ``FILE.part`` and renamed to ``FILE`` only after
its SHA-256 matched, so the cache never holds a file that looks complete
and is not. A dropped connection or a short pause of the server resumes
with an HTTP range request; a server that sends nothing for
``stall_timeout`` seconds, a missing file, no network or a checksum
mismatch ends with one :class:`DownloadError` that says what to do,
including where to put the files by hand. A lock file keeps two
processes from fetching into the same folder at once.
"""

from __future__ import annotations

import http.client
import os
import socket
import time
import urllib.error
import urllib.request
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from cnnbuilder.core.datasets.cache import (
    Cancelled,
    cache_lock,
    file_matches,
    source_dir,
    writable_dir,
)
from cnnbuilder.core.datasets.catalog import NamedSource, RemoteFile
from cnnbuilder.core.errors import DataError
from cnnbuilder.core.os_words import os_reason
from cnnbuilder.i18n import translate

MIRROR_ENV = "CNNBUILDER_DATA_MIRROR"
_READ = 1 << 16
_USER_AGENT = "cnnbuilder (named data sets)"


class DownloadError(DataError):
    """A download failed; the message says why and what to do."""


@dataclass(frozen=True)
class Progress:
    """Where a download stands, for a progress bar.

    Parameters
    ----------
    file : str
        The file being fetched.
    done, total : int
        Bytes of the whole data set fetched so far (files already cached
        included) and to fetch in all.
    speed : float
        Recent bytes per second (0 before the first bytes).
    seconds_left : float or None
        Estimated time left; None while the speed is unknown.
    waiting : bool
        True while another process fetches the same data (we wait for it).
    """

    file: str
    done: int
    total: int
    speed: float
    seconds_left: float | None
    waiting: bool = False


ProgressCallback = Callable[[Progress], None]


@dataclass(frozen=True)
class FetchOptions:
    """Time limits of a download.

    Parameters
    ----------
    stall_timeout : float
        Seconds without a byte after which the download gives up.
    poll : float
        Longest blocking wait on the network; cancel is noticed within it.
    retries : int
        Reconnections allowed after the server closed a connection early.
    """

    stall_timeout: float = 30.0
    poll: float = 0.5
    retries: int = 5


def file_url(source: NamedSource, remote: RemoteFile) -> str:
    """``MIRROR/NAME/FILE`` when ``$CNNBUILDER_DATA_MIRROR`` is set, else the public URL."""
    mirror = os.environ.get(MIRROR_ENV, "").strip()
    base = f"{mirror.rstrip('/')}/{source.name}" if mirror else source.base_url
    return f"{base}/{remote.name}"


def by_hand(source: NamedSource) -> str:
    """The sentence that says where to put the files by hand (in the cache folder)."""
    names = ", ".join(f.name for f in source.files)
    return translate(
        "download",
        "Or download {names} from {url}/ yourself, put them in {folder} "
        "and run `cnnbuilder data get {name}` to check them.",
    ).format(names=names, url=source.base_url, folder=source_dir(source), name=source.name)


class _Meter:
    """Counts bytes and reports progress at most ten times a second."""

    def __init__(self, source: NamedSource, done: int, report: ProgressCallback | None) -> None:
        self.total = source.download_size
        self.done = done
        self.report = report
        self.file = ""
        self._window: list[tuple[float, int]] = [(time.monotonic(), done)]
        self._last = 0.0

    def add(self, count: int, force: bool = False) -> None:
        self.done += count
        now = time.monotonic()
        if self.report is None or (now - self._last < 0.1 and not force):
            return
        self._last = now
        self._window.append((now, self.done))
        # Speed over the last ~3 s: steady enough to read, quick to follow changes.
        while len(self._window) > 2 and now - self._window[0][0] > 3.0:
            self._window.pop(0)
        t0, d0 = self._window[0]
        speed = (self.done - d0) / (now - t0) if now > t0 else 0.0
        left = max(self.total - self.done, 0) / speed if speed > 0 else None
        self.report(Progress(self.file, self.done, self.total, speed, left))


def _verified_size(folder: Path, source: NamedSource) -> int:
    """Bytes of the files already cached and matching their checksum."""
    return sum(f.size for f in source.files if file_matches(folder / f.name, f))


def fetch(
    source: NamedSource,
    progress: ProgressCallback | None = None,
    should_cancel: Callable[[], bool] = lambda: False,
    options: FetchOptions | None = None,
) -> Path:
    """Make every file of ``source`` present and verified in the cache.

    Files already cached are checked by checksum; a changed one is fetched
    again. Cheap when all is in place: no lock, no writing.

    Parameters
    ----------
    source : NamedSource
    progress : callable, optional
        Called with a :class:`Progress` while bytes arrive.
    should_cancel : callable, optional
        Polled between reads (at least every ``options.poll`` seconds).
    options : FetchOptions, optional

    Returns
    -------
    Path
        The folder that holds the verified files.

    Raises
    ------
    Cancelled
        ``should_cancel`` turned true; ``FILE.part`` stays for a resume.
    DownloadError
        With what happened and what to do.
    DataError
        The cache folder cannot be written.
    """
    options = options or FetchOptions()
    folder = source_dir(source)
    if all(file_matches(folder / f.name, f) for f in source.files):
        return folder
    folder = writable_dir(source)

    def waiting() -> None:
        if progress is not None:
            progress(Progress("", 0, source.download_size, 0.0, None, waiting=True))

    with cache_lock(folder, should_cancel, waiting):
        # Another process may have fetched some files while we waited.
        meter = _Meter(source, _verified_size(folder, source), progress)
        for remote in source.files:
            target = folder / remote.name
            if file_matches(target, remote):
                continue
            target.unlink(missing_ok=True)  # changed or damaged since: fetch again
            meter.file = remote.name
            _Fetch(source, remote, folder, meter, should_cancel, options).run()
    return folder


class _Fetch:
    """One file: download to ``FILE.part`` (resuming), verify, rename."""

    def __init__(
        self,
        source: NamedSource,
        remote: RemoteFile,
        folder: Path,
        meter: _Meter,
        should_cancel: Callable[[], bool],
        options: FetchOptions,
    ) -> None:
        self.source = source
        self.remote = remote
        self.meter = meter
        self.should_cancel = should_cancel
        self.options = options
        self.url = file_url(source, remote)
        self.part = folder / (remote.name + ".part")
        self.target = folder / remote.name
        # A recompressed mirror copy may be somewhat larger; nothing is 4x larger.
        self.limit = 4 * remote.size + (1 << 20)
        self.last_byte = time.monotonic()
        self.drops = 0

    def run(self) -> None:
        start = self.part.stat().st_size if self.part.exists() else 0
        self.meter.add(start, force=True)
        while not self._complete():
            if self.should_cancel():
                raise self._cancelled()
        self._verify()
        self.meter.add(0, force=True)  # the bar shows each finished file

    # -- one connection ------------------------------------------------------------
    def _complete(self) -> bool:
        """Open a connection from the current offset and read; True once the file is whole."""
        offset = self.part.stat().st_size if self.part.exists() else 0
        response = self._open(offset)
        if response is None:  # a slow start: try again (the stall clock runs)
            return False
        with response:
            if offset and response.status != 206:  # no resume here: start again cleanly
                self.meter.add(-offset)
                offset = 0
            expected = _expected_total(response, offset)
            if expected is not None and expected > self.limit:
                raise self._error(
                    translate(
                        "download",
                        "{url} announces {size} bytes for {file}, "
                        "far more than the published {published}",
                    ).format(
                        url=self.url,
                        size=f"{expected:,}",
                        file=self.remote.name,
                        published=f"{self.remote.size:,}",
                    )
                )
            with self.part.open("ab" if offset else "wb") as out:
                ended = self._copy(response, out)
        size = self.part.stat().st_size
        if ended and (expected is None or size >= expected):
            return True
        if not ended:  # paused or cut: resume from what we have
            return False
        self.drops += 1
        if self.drops > self.options.retries:
            raise self._error(
                translate(
                    "download",
                    "the download of {file} kept stopping early ({size} of {total} bytes). "
                    "Try again later: it resumes where it stopped",
                ).format(file=self.remote.name, size=f"{size:,}", total=f"{expected:,}")
            )
        return False

    def _open(self, offset: int) -> http.client.HTTPResponse | None:
        request = urllib.request.Request(self.url, headers={"User-Agent": _USER_AGENT})
        if offset:
            request.add_header("Range", f"bytes={offset}-")
        try:
            return urllib.request.urlopen(request, timeout=self.options.poll)
        except urllib.error.HTTPError as exc:
            exc.close()
            if exc.code == 416 and offset:  # our part is not a prefix of theirs
                self.part.unlink(missing_ok=True)
                self.meter.add(-offset)
                return None
            raise self._error(
                translate("download", "{url} answered {code} {reason}").format(
                    url=self.url, code=exc.code, reason=exc.reason
                )
            ) from None
        except TimeoutError:
            self._check_stall()
            return None
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)  # URLError wraps the OSError
            if isinstance(reason, TimeoutError | socket.timeout):
                self._check_stall()
                return None
            host = urlsplit(self.url).netloc
            raise self._error(
                translate(
                    "download",
                    "cannot reach {host} ({reason}). Check the network connection and try again",
                ).format(host=host, reason=os_reason(reason))
            ) from None

    def _copy(self, response: http.client.HTTPResponse, out: object) -> bool:
        """Append the body to ``out``; True at its end, False when paused or cut."""
        write = out.write  # type: ignore[attr-defined]
        while True:
            if self.should_cancel():
                raise self._cancelled()
            try:
                chunk = response.read1(_READ)
            except TimeoutError:
                self._check_stall()
                return False
            except (http.client.IncompleteRead, ConnectionError):
                self.drops += 1
                if self.drops > self.options.retries:
                    raise self._error(
                        translate(
                            "download",
                            "the connection to {host} kept breaking while fetching {file}. "
                            "Try again later: it resumes",
                        ).format(host=urlsplit(self.url).netloc, file=self.remote.name)
                    ) from None
                return False
            if not chunk:
                return True
            write(chunk)
            self.last_byte = time.monotonic()
            self.meter.add(len(chunk))
            if out.tell() > self.limit:  # type: ignore[attr-defined]
                raise self._error(
                    translate(
                        "download",
                        "{file} from {url} is far larger than the published {size} bytes",
                    ).format(file=self.remote.name, url=self.url, size=f"{self.remote.size:,}")
                )

    def _check_stall(self) -> None:
        if self.should_cancel():
            raise self._cancelled()
        idle = time.monotonic() - self.last_byte
        if idle >= self.options.stall_timeout:
            host = urlsplit(self.url).netloc
            raise self._error(
                translate(
                    "download",
                    "no data from {host} for {seconds} s while fetching {file}. "
                    "Try again later: the download resumes where it stopped",
                ).format(host=host, seconds=f"{idle:.0f}", file=self.remote.name)
            )

    def _verify(self) -> None:
        if not file_matches(self.part, self.remote):
            self.part.unlink(missing_ok=True)
            raise self._error(
                translate(
                    "download",
                    "{file} from {url} does not match its published SHA-256 checksum; "
                    "the bad copy was deleted. Try again: if it fails again, "
                    "the server or a proxy gives other bytes",
                ).format(file=self.remote.name, url=self.url)
            )
        os.replace(self.part, self.target)

    def _error(self, what: str) -> DownloadError:
        return DownloadError(f"{self.source.name}: {what}. {by_hand(self.source)}")

    def _cancelled(self) -> Cancelled:
        return Cancelled(
            translate("download", "download of {name} cancelled").format(name=self.source.name)
        )


def _expected_total(response: http.client.HTTPResponse, offset: int) -> int | None:
    """Total bytes of the file the response ends at, when the server says it."""
    length = response.headers.get("Content-Length")
    try:
        return offset + int(length) if length is not None else None
    except ValueError:
        return None
