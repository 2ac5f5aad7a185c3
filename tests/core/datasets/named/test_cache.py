"""Where named data sets are cached, and a cache folder that cannot be written."""

from __future__ import annotations

from pathlib import Path

import platformdirs

from cnnbuilder.core.datasets import cache
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
    assert english.startswith(f"the data folder {folder} cannot be written (")
    assert english.endswith("); set CNNBUILDER_DATA_DIR to a folder you can write")
    assert_korean(korean, str(folder), "CNNBUILDER_DATA_DIR")
    assert blocker.read_text() == "not a folder"
