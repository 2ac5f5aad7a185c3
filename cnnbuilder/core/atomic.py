"""Output files, written the way careful tools write them (one place for every save).

- Atomic: the bytes go to a temporary file beside the target, renamed over
  it only when complete, so a failed or killed save never leaves a
  half-written file.
- A symlink is written through: its target is replaced, the link stays.
- Only a regular file (or a new name) is replaced: a FIFO, a device or a
  folder is refused before anything is written.
- A read-only file or one with other hard links is refused unless
  ``force`` (replacing it would defeat the protection or detach the links).
- Permissions of an existing file are kept; a new file gets the usual
  ones (0666 less the umask, not mkstemp's 0600).
- Temporary files left by a killed save (their process is gone) are
  removed by the next save to the same folder.
"""

from __future__ import annotations

import contextlib
import os
import re
import stat
import tempfile
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import IO, Any

from cnnbuilder.core.errors import OutputPathError
from cnnbuilder.core.os_words import os_reason
from cnnbuilder.core.reading import file_kind
from cnnbuilder.i18n import translate

# mkstemp creates 0600 files; a saved file should get the permissions any new
# file gets (read once, at import, while nothing else runs).
_UMASK = os.umask(0o022)
os.umask(_UMASK)

_TEMP_SUFFIX = ".tmp"
_TEMP_PATTERN = re.compile(r"^\.(?P<name>.+)\.cnnb(?P<pid>\d+)\.[^.]+\.tmp$")


def output_target(
    path: str | Path, *, force: bool = False, inputs: Iterable[str | Path] = ()
) -> Path:
    """Check an output path before any work; return the file that will be replaced.

    Parameters
    ----------
    path : str or Path
        The name the user gave; ``~`` is expanded, symlinks are followed.
    force : bool
        Replace a read-only file or one with other hard links.
    inputs : iterable of paths
        Files read by the same command; writing over one of them is refused.

    Raises
    ------
    OutputPathError
        With one line naming the path and the reason.
    """
    text = str(path)
    if not text.strip():
        raise OutputPathError(translate("atomic", "no file name given (an empty path)"))
    try:
        expanded = os.path.expanduser(text)
    except (RuntimeError, KeyError):  # ~user with no such user on some platforms
        expanded = text
    if expanded.startswith("~"):
        raise OutputPathError(
            translate("atomic", "{text}: no such user folder ({value})").format(
                text=text, value=text.split("/")[0]
            )
        )
    target = Path(os.path.realpath(expanded))
    folder = target.parent
    try:
        info: os.stat_result | None = target.stat()
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise OutputPathError(
            translate("atomic", "{text}: {value}").format(text=text, value=os_reason(exc))
        ) from None
    if info is not None:
        _check_existing(text, target, info, force, inputs)
    if not folder.is_dir():
        raise OutputPathError(
            translate("atomic", "{text}: the folder {folder} does not exist").format(
                text=text, folder=folder
            )
        )
    if not os.access(folder, os.W_OK | os.X_OK):
        raise OutputPathError(
            translate("atomic", "{text}: the folder {folder} is not writable").format(
                text=text, folder=folder
            )
        )
    return target


def _check_existing(
    text: str, target: Path, info: os.stat_result, force: bool, inputs: Iterable[str | Path]
) -> None:
    if not stat.S_ISREG(info.st_mode):
        raise OutputPathError(
            translate("atomic", "{text} is {value}; refusing to replace it").format(
                text=text, value=file_kind(info.st_mode)
            )
        )
    for source in inputs:
        if _same_file(source, target):
            raise OutputPathError(
                translate(
                    "atomic", "{text} is also an input ({source}); choose another name"
                ).format(text=text, source=source)
            )
    if force:
        return
    # The mode bits too: os.access says yes to root for any file.
    if not os.access(target, os.W_OK) or not info.st_mode & 0o222:
        raise OutputPathError(
            translate("atomic", "{text} is read-only; use --force to replace it").format(text=text)
        )
    if info.st_nlink > 1:
        raise OutputPathError(
            translate(
                "atomic",
                "{text} has {value} other hard link(s) that replacing it would detach; "
                "use --force to replace it",
            ).format(text=text, value=info.st_nlink - 1)
        )


def _same_file(a: str | Path, b: Path) -> bool:
    try:
        return os.path.samefile(a, b)
    except (OSError, ValueError):  # a missing input or a built-in data set name
        return False


def _final_mode(path: Path) -> int:
    """Keep an existing file's permissions; a new file gets 0666 less the umask."""
    try:
        return path.stat().st_mode & 0o7777
    except OSError:
        return 0o666 & ~_UMASK


def pid_alive(pid: int) -> bool:
    """True if a process ``pid`` runs (ours or another user's)."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # it exists but belongs to someone else
        return True
    return True


def clean_leftovers(folder: Path, name: str | None = None) -> list[Path]:
    """Remove temporary files of saves whose process is gone; return them.

    Only files named as :func:`atomic_output` names them are touched, and only
    when the process id in the name no longer runs (a save in progress in
    another process is left alone).
    """
    removed: list[Path] = []
    try:
        entries = list(os.scandir(folder))
    except OSError:
        return removed
    for entry in entries:
        match = _TEMP_PATTERN.match(entry.name)
        if match is None or (name is not None and match["name"] != name):
            continue
        if pid_alive(int(match["pid"])):
            continue
        with contextlib.suppress(OSError):
            os.unlink(entry.path)
            removed.append(Path(entry.path))
    return removed


@contextlib.contextmanager
def atomic_output(path: str | Path, mode: str = "wb", *, force: bool = False) -> Iterator[IO[Any]]:
    """Open a temporary file beside the target; rename it over the target on success.

    The target is ``path`` with symlinks followed (see :func:`output_target`,
    whose checks are repeated here so that every save gets them). On any
    exception the temporary file is removed and the target is untouched.

    Raises
    ------
    OutputPathError
        The path cannot be replaced (see :func:`output_target`).
    OSError
        Writing failed (disk full, folder removed...).
    """
    target = output_target(path, force=force)
    clean_leftovers(target.parent, target.name)
    fd, tmp_name = tempfile.mkstemp(
        prefix=f".{target.name}.cnnb{os.getpid()}.", suffix=_TEMP_SUFFIX, dir=target.parent
    )
    tmp = Path(tmp_name)
    try:
        encoding = None if "b" in mode else "utf-8"
        with os.fdopen(fd, mode, encoding=encoding) as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, _final_mode(target))
        os.replace(tmp, target)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


def atomic_write_text(path: str | Path, text: str, *, force: bool = False) -> None:
    """Write ``text`` (UTF-8) to ``path`` atomically."""
    with atomic_output(path, "w", force=force) as handle:
        handle.write(text)


def atomic_write_with(
    path: str | Path, write: Callable[[IO[bytes]], None], *, force: bool = False
) -> None:
    """Call ``write(binary_handle)`` on a temporary file, then rename it to ``path``."""
    with atomic_output(path, "wb", force=force) as handle:
        write(handle)


def write_or_recover(
    path: str | Path, write: Callable[[IO[bytes]], None], *, force: bool = False
) -> None:
    """Write ``path`` atomically; if writing fails, keep the bytes in a recovery file.

    For results that took long to make (trained weights): a full disk or a
    folder removed meanwhile must not lose them.

    Raises
    ------
    OutputPathError
        Naming the reason and where the recovery file is (or that none
        could be written either).
    """
    try:
        atomic_write_with(path, write, force=force)
    except OSError as exc:  # a refusal too: the path was checked before the work began
        reason = os_reason(exc)
        try:
            recovery = _write_recovery(Path(path).name, write)
        except OSError as again:
            raise OutputPathError(
                translate(
                    "atomic",
                    "cannot write {file} ({reason}); a recovery copy failed too ({strerror})",
                ).format(file=path, reason=reason, strerror=os_reason(again))
            ) from None
        raise OutputPathError(
            translate(
                "atomic",
                "cannot write {file} ({reason}); the data were saved to {recovery} instead",
            ).format(file=path, reason=reason, recovery=recovery)
        ) from None


def _write_recovery(name: str, write: Callable[[IO[bytes]], None]) -> Path:
    """Write a recovery copy in the temporary folder; return its path."""
    fd, tmp_name = tempfile.mkstemp(prefix="cnnbuilder-recovered-", suffix=f"-{name}")
    try:
        with os.fdopen(fd, "wb") as handle:
            write(handle)
    except BaseException:
        Path(tmp_name).unlink(missing_ok=True)
        raise
    return Path(tmp_name)
