"""load_dataset: which loader a source goes to, and errors for what is none of them."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

from cnnbuilder.core.datasets import load_dataset, outside_folder
from cnnbuilder.core.datasets.cache import source_dir
from cnnbuilder.core.datasets.catalog import named_source
from cnnbuilder.core.datasets.named import needs_download
from cnnbuilder.core.errors import DataError


def test_builtin_names_ignore_input_shape():
    assert load_dataset("digits", input_shape=(32, 32, 3)).input_shape == (8, 8, 1)


def test_missing_path_names_it(tmp_path):
    with pytest.raises(DataError, match=r"nowhere.npz: no such file or folder"):
        load_dataset(tmp_path / "nowhere.npz")


def test_path_object_named_like_builtin_is_a_path(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    with pytest.raises(DataError, match=r"digits: no such file or folder"):
        load_dataset(Path("digits"))


def test_zip_without_npz_suffix_is_read_as_data_file(tmp_path):
    path = tmp_path / "data.bin"
    with path.open("wb") as stream:
        np.savez(stream, x=np.zeros((4, 2, 2), np.uint8), y=np.array([0, 1, 0, 1]))
    data = load_dataset(str(path), input_shape=(9, 9, 3))
    assert data.input_shape == (2, 2, 1)
    assert data.name == "data.bin"


def test_unknown_file_type(tmp_path):
    path = tmp_path / "picture.png"
    path.write_bytes(b"\x89PNG")
    with pytest.raises(DataError, match=r"picture.png: not a data file"):
        load_dataset(path)


def test_outside_folder_names_only_paths_outside_the_network_folder(tmp_path):
    for name in ("digits", "shapes", "mnist", "cifar10"):
        assert outside_folder(name, None) is None  # built-in or downloaded: never outside
    inside = tmp_path / "data" / "a.npz"
    assert outside_folder(str(inside), tmp_path) is None
    assert outside_folder(str(tmp_path / "b.npz"), tmp_path / "data") == tmp_path / "b.npz"
    assert outside_folder(str(inside), None) == inside  # an untitled network: every path
    assert outside_folder("~nosuchuser_cnn/x.npz", tmp_path) == Path("~nosuchuser_cnn/x.npz")


def test_needs_download_until_every_file_is_cached(monkeypatch, tmp_path):
    monkeypatch.setenv("CNNBUILDER_DATA_DIR", str(tmp_path))
    source = named_source("mnist")
    assert needs_download("mnist")
    folder = source_dir(source)
    folder.mkdir(parents=True)
    for remote in source.files[:-1]:
        (folder / remote.name).write_bytes(b"")
    assert needs_download("mnist")
    (folder / source.files[-1].name).write_bytes(b"")
    assert not needs_download("mnist")  # by presence: loading checks the sums
