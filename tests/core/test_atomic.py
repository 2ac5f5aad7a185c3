from __future__ import annotations

import errno
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest

from cnnbuilder.core.atomic import atomic_write_text, output_target, write_or_recover
from cnnbuilder.core.errors import OutputPathError


def test_a_new_file_gets_the_usual_permissions(tmp_path):
    umask = os.umask(0o022)
    os.umask(umask)
    path = tmp_path / "net.cnn.json"
    atomic_write_text(path, "{}")
    assert path.stat().st_mode & 0o777 == 0o666 & ~umask


def test_an_existing_file_keeps_its_permissions(tmp_path):
    path = tmp_path / "net.cnn.json"
    path.write_text("old")
    path.chmod(0o640)
    atomic_write_text(path, "new")
    assert path.read_text() == "new"
    assert path.stat().st_mode & 0o777 == 0o640


def test_a_symlink_is_written_through_to_its_target(tmp_path):
    target = tmp_path / "real.cnn.json"
    target.write_text("old")
    link = tmp_path / "link.cnn.json"
    link.symlink_to(target)
    atomic_write_text(link, "new")
    assert link.is_symlink()
    assert target.read_text() == "new"


def test_a_dangling_symlink_creates_its_target(tmp_path):
    link = tmp_path / "link.npz"
    link.symlink_to(tmp_path / "made.npz")
    atomic_write_text(link, "x")
    assert link.is_symlink()
    assert (tmp_path / "made.npz").read_text() == "x"


@pytest.mark.parametrize("make", ["fifo", "device", "folder"])
def test_non_regular_files_are_refused_before_writing(tmp_path, make):
    if make == "fifo":
        path = tmp_path / "pipe"
        os.mkfifo(path)
    elif make == "device":
        path = Path("/dev/null")
    else:
        path = tmp_path
    before = path.stat()
    with pytest.raises(OutputPathError, match=r"FIFO|device|folder"):
        atomic_write_text(path, "x")
    after = path.stat()
    assert (after.st_ino, after.st_mode) == (before.st_ino, before.st_mode)


def test_a_read_only_file_is_refused_unless_forced_and_stays_read_only(tmp_path):
    path = tmp_path / "w.npz"
    path.write_text("old")
    path.chmod(0o444)
    with pytest.raises(OutputPathError, match=r"read-only.*--force"):
        atomic_write_text(path, "new")
    assert path.read_text() == "old"
    atomic_write_text(path, "new", force=True)
    assert path.read_text() == "new"
    assert path.stat().st_mode & 0o777 == 0o444


def test_a_hard_linked_file_is_refused_unless_forced(tmp_path):
    path = tmp_path / "w.npz"
    path.write_text("old")
    os.link(path, tmp_path / "other.npz")
    with pytest.raises(OutputPathError, match="hard link"):
        atomic_write_text(path, "new")
    atomic_write_text(path, "new", force=True)
    assert (tmp_path / "other.npz").read_text() == "old"


def test_an_output_that_is_an_input_is_refused(tmp_path):
    net = tmp_path / "net.cnn.json"
    net.write_text("{}")
    link = tmp_path / "same.json"
    link.symlink_to(net)
    with pytest.raises(OutputPathError, match="also an input"):
        output_target(link, inputs=[str(net)])


@pytest.mark.parametrize("name", ["", "  ", "~no-such-user-13/w.npz"])
def test_empty_and_unknown_home_paths_are_refused(name):
    with pytest.raises(OutputPathError):
        output_target(name)


def test_a_killed_saves_temporary_file_is_removed_by_the_next_save(tmp_path):
    dead = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"],
        capture_output=True,
        text=True,
        check=True,
    )
    leftover = tmp_path / f".w.npz.cnnb{dead.stdout.strip()}.abc123.tmp"
    leftover.write_bytes(b"half")
    running = tmp_path / f".w.npz.cnnb{os.getpid()}.def456.tmp"  # a save in progress
    running.write_bytes(b"busy")
    atomic_write_text(tmp_path / "w.npz", "done")
    assert not leftover.exists()
    assert running.exists()


def test_a_failed_save_keeps_the_bytes_in_a_recovery_file(tmp_path, monkeypatch):
    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    monkeypatch.setattr(tempfile, "tempdir", None)
    gone = tmp_path / "removed-folder"
    gone.mkdir()
    calls = []

    def write(handle):
        calls.append(1)
        if len(calls) == 1:  # the folder disappears while the file is written
            raise OSError(errno.ENOSPC, "No space left on device")
        handle.write(b"weights")

    with pytest.raises(OutputPathError) as caught:
        write_or_recover(gone / "w.npz", write)
    message = str(caught.value)
    assert "no space left on the disk" in message  # by its errno (core/os_words.py)
    assert "\n" not in message
    recovered = Path(message.split("saved to ")[1].split(" instead")[0])
    assert recovered.parent == tmp_path / "tmp"
    assert recovered.read_bytes() == b"weights"
    assert list(gone.iterdir()) == []
