"""load_dataset: which loader a source goes to, and errors for what is none of them."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest

import cnnbuilder.core.datasets as datasets
from cnnbuilder.core.datasets import load_dataset, outside_folder
from cnnbuilder.core.datasets.cache import source_dir
from cnnbuilder.core.datasets.catalog import named_source
from cnnbuilder.core.datasets.download import FetchOptions
from cnnbuilder.core.datasets.named import needs_download
from cnnbuilder.core.errors import DataError
from tests.messages import assert_korean, refusal


def test_builtin_names_ignore_input_shape():
    assert load_dataset("digits", input_shape=(32, 32, 3)).input_shape == (8, 8, 1)


def test_missing_path_names_it(tmp_path):
    with pytest.raises(DataError, match=r"nowhere.npz: no such file or folder"):
        load_dataset(tmp_path / "nowhere.npz")


def test_missing_path_lists_what_a_source_can_be(tmp_path):
    missing = tmp_path / "nowhere"
    en, ko = refusal(lambda: load_dataset(missing))
    assert en == (
        f"{missing}: no such file or folder (expected digits, shapes, mnist, fashion-mnist, "
        "cifar10, an .npz file, a folder of images or an IDX file)"
    )
    assert_korean(ko, str(missing), "digits, shapes, mnist, fashion-mnist, cifar10")


def test_an_unknown_user_folder_is_named(tmp_path):
    source = "~nosuchuser_cnn/data/x.npz"
    en, ko = refusal(lambda: load_dataset(source))
    assert en == "~nosuchuser_cnn/data/x.npz: no such user folder (~nosuchuser_cnn)"
    assert_korean(ko, source, "(~nosuchuser_cnn)")


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
    en, ko = refusal(lambda: load_dataset(path))
    assert en == (
        "picture.png: not a data file (expected .npz, a folder of class sub-folders "
        "or an IDX file named *-images-idx3-ubyte[.gz])"
    )
    assert_korean(ko, "picture.png", "*-images-idx3-ubyte[.gz]")


@pytest.mark.parametrize("name", ["broken.npz", "BROKEN.NPZ"])
def test_a_file_named_npz_goes_to_the_data_file_reader_even_if_not_a_zip(tmp_path, name):
    path = tmp_path / name
    path.write_bytes(b"not a zip archive")
    with pytest.raises(DataError) as caught:
        load_dataset(path)
    assert str(caught.value) == f"{name}: not a NumPy .npz archive (a .npz file is a zip archive)"


def test_an_idx_file_goes_to_the_idx_reader(tmp_path, write_idx):
    images = np.arange(2 * 3 * 4, dtype=np.uint8).reshape(2, 3, 4)
    write_idx(tmp_path / "train-images-idx3-ubyte", images)
    write_idx(tmp_path / "train-labels-idx1-ubyte", np.array([1, 0], np.uint8))
    data = load_dataset(str(tmp_path / "train-images-idx3-ubyte"), input_shape=(9, 9, 3))
    assert data.input_shape == (3, 4, 1)
    assert data.y.tolist() == [1, 0]
    np.testing.assert_allclose(data.x[..., 0] * 255, images, atol=1e-4)


def test_a_named_source_gets_the_download_callbacks(monkeypatch):
    calls = []

    def load_named(*args):
        calls.append(args)
        return "the data set"

    monkeypatch.setattr(datasets, "load_named", load_named)

    def progress(report):
        return None

    def should_cancel():
        return False

    options = FetchOptions(stall_timeout=1.0)
    got = load_dataset(
        "fashion-mnist", (5, 5, 3), progress=progress, should_cancel=should_cancel, options=options
    )
    assert got == "the data set"
    assert calls == [("fashion-mnist", progress, should_cancel, options)]


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
