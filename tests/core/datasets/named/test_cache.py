"""Where named data sets are cached, and a cache folder that cannot be written."""

from __future__ import annotations

import errno
import gzip
import hashlib
import io
from pathlib import Path

import platformdirs

from cnnbuilder.core.datasets import cache
from cnnbuilder.core.datasets.catalog import RemoteFile
from cnnbuilder.core.os_words import os_reason
from cnnbuilder.i18n import language
from tests.conftest import source_for, tiny_mnist_files
from tests.messages import assert_korean, refusal


def test_the_override_names_the_cache_root_with_a_tilde_expanded(tmp_path, monkeypatch):
    monkeypatch.setenv("CNNBUILDER_DATA_DIR", str(tmp_path / "mine"))
    assert cache.data_dir() == tmp_path / "mine"
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("CNNBUILDER_DATA_DIR", "~/data sets")
    assert cache.data_dir() == tmp_path / "data sets"


def test_without_an_override_the_users_cache_folder_is_used(tmp_path, monkeypatch):
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    for unset in (None, ""):  # absent, or set but empty
        if unset is None:
            monkeypatch.delenv("CNNBUILDER_DATA_DIR", raising=False)
        else:
            monkeypatch.setenv("CNNBUILDER_DATA_DIR", unset)
        expected = Path(platformdirs.user_cache_dir("cnnbuilder", appauthor=False)) / "data"
        assert cache.data_dir() == expected
        assert expected == tmp_path / "xdg" / "cnnbuilder" / "data"  # no author folder


def test_a_source_has_its_own_folder_made_writable_and_left_clean(tmp_path, monkeypatch):
    monkeypatch.setenv("CNNBUILDER_DATA_DIR", str(tmp_path / "a" / "b"))
    source = source_for(tiny_mnist_files(), "fashion-mnist")
    assert cache.source_dir(source) == tmp_path / "a" / "b" / "fashion-mnist"
    folder = cache.writable_dir(source)
    assert folder == tmp_path / "a" / "b" / "fashion-mnist"
    assert folder.is_dir()
    assert list(folder.iterdir()) == []  # the write probe is gone
    assert cache.writable_dir(source) == folder  # an existing folder is fine


def test_a_cache_that_cannot_be_written_says_which_folder_and_what_to_do(tmp_path, monkeypatch):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv("CNNBUILDER_DATA_DIR", str(blocker))
    source = source_for(tiny_mnist_files(), "mnist")
    english, korean = refusal(lambda: cache.writable_dir(source))
    folder = blocker / "mnist"
    assert english == (
        f"the data folder {folder} cannot be written (not a folder); "
        "set CNNBUILDER_DATA_DIR to a folder you can write"
    )
    with language("ko"):
        reason = os_reason(NotADirectoryError(errno.ENOTDIR, ""))
    assert_korean(korean, str(folder), "CNNBUILDER_DATA_DIR", f"({reason})")
    assert "cannot be written" not in korean  # the sentence itself, not only the reason
    assert blocker.read_text() == "not a folder"


def test_on_windows_the_cache_folder_has_no_author_level(tmp_path, monkeypatch):
    """platformdirs' Windows rule: ``LOCALAPPDATA/AUTHOR/APP/Cache``; no author, no level."""
    import platformdirs.windows

    monkeypatch.delenv("CNNBUILDER_DATA_DIR", raising=False)
    monkeypatch.setattr(platformdirs, "PlatformDirs", platformdirs.windows.Windows)
    monkeypatch.setattr(platformdirs.windows, "get_win_folder", lambda name: str(tmp_path))
    assert cache.data_dir() == tmp_path / "cnnbuilder" / "Cache" / "data"


def test_a_checksum_is_read_in_chunks_never_whole():
    asked: list[int | None] = []
    data = io.BytesIO(bytes(3 << 20))

    def read(size: int | None = -1) -> bytes:
        asked.append(size)
        return data.read(size)

    assert cache._sha256_of(read) == hashlib.sha256(bytes(3 << 20)).hexdigest()
    assert asked == [1 << 20] * 4  # three chunks of 1 MiB, then the end


def _remote(name: str, data: bytes, content: bytes | None = None) -> RemoteFile:
    sha = hashlib.sha256
    pinned = None if content is None else sha(content).hexdigest()
    return RemoteFile(name, len(data), sha(data).hexdigest(), pinned)


def test_a_file_matches_by_its_bytes(tmp_path):
    path = tmp_path / "file.bin"
    path.write_bytes(b"the published bytes")
    assert cache.file_matches(path, _remote("file.bin", b"the published bytes"))
    assert not cache.file_matches(path, _remote("file.bin", b"other bytes"))
    assert not cache.file_matches(tmp_path / "missing.bin", _remote("missing.bin", b""))


def test_only_a_gz_file_with_pinned_content_matches_by_its_content(tmp_path):
    content = b"the published content" * 100
    regzipped = gzip.compress(content, mtime=7)
    published = gzip.compress(content, mtime=0)
    for name, matches in (("file.gz", True), ("file.bin", False)):
        path = tmp_path / name
        path.write_bytes(regzipped)
        assert cache.file_matches(path, _remote(name, published, content)) is matches, name
    path = tmp_path / "file.gz"  # no content pinned: the bytes alone decide
    assert not cache.file_matches(path, _remote("file.gz", published))


def test_a_gz_content_past_the_limit_does_not_match(tmp_path, monkeypatch):
    content = bytes(5000)
    path = tmp_path / "file.gz"
    path.write_bytes(gzip.compress(content, mtime=7))
    remote = _remote("file.gz", gzip.compress(content, mtime=0), content)
    assert cache.file_matches(path, remote)
    monkeypatch.setattr(cache, "_CONTENT_LIMIT", len(content) - 1)  # a bomb, read no further
    assert not cache.file_matches(path, remote)
