"""Weights files: round trip, refusals that name the problem, atomic saves."""

from __future__ import annotations

import tempfile
import zipfile
from pathlib import Path

import numpy as np
import pytest

from cnnbuilder.core.errors import DataError, OutputPathError, ShapeError
from cnnbuilder.core.fileio import load_spec
from cnnbuilder.core.nn.network import Network
from cnnbuilder.core.weights import load_weights, save_weights


@pytest.fixture
def spec(presets_dir):
    return load_spec(presets_dir / "digits.cnn.json")


@pytest.fixture
def network(spec):
    return Network.from_spec(spec, np.random.default_rng(7))


def test_round_trip(network, spec, tmp_path):
    path = tmp_path / "w.npz"
    save_weights(network, path)
    loaded = load_weights(path, spec)
    assert set(loaded) == set(network.params)
    for key, value in network.params.items():
        assert loaded[key].dtype == np.float32
        np.testing.assert_array_equal(loaded[key], value)
    other = Network.from_spec(spec, np.random.default_rng(8))
    other.set_weights(loaded)
    x = np.random.default_rng(0).random((3, 8, 8, 1), dtype=np.float32)
    np.testing.assert_array_equal(other.predict_proba(x), network.predict_proba(x))


def test_file_layout_is_the_documented_one(network, tmp_path):
    path = tmp_path / "w.npz"
    save_weights(network.get_weights(), path)  # a plain dict works too
    with np.load(path, allow_pickle=False) as data:
        assert sorted(data.files) == sorted(network.params)
        assert data["layer0.W"].shape == (3, 3, 1, 32)
        assert data["layer4.b"].shape == (10,)
        assert all(data[k].dtype == np.float32 for k in data.files)
    assert not (tmp_path / "w.npz.npz").exists()


def test_float64_weights_are_saved_as_float32(spec, tmp_path):
    net = Network.from_spec(spec, np.random.default_rng(1), dtype=np.float64)
    save_weights(net, tmp_path / "w.npz")
    with np.load(tmp_path / "w.npz") as data:
        assert data["layer3.W"].dtype == np.float32


def test_wrong_shape_names_key_and_both_shapes(network, spec, tmp_path):
    weights = network.get_weights()
    weights["layer3.W"] = np.zeros((100, 64), dtype=np.float32)
    save_weights(weights, tmp_path / "w.npz")
    with pytest.raises(ShapeError, match=r"layer3\.W.*\(100, 64\).*\(512, 128\)"):
        load_weights(tmp_path / "w.npz", spec)


def test_missing_and_extra_keys_are_named(network, spec, tmp_path):
    weights = network.get_weights()
    del weights["layer1.b"]
    save_weights(weights, tmp_path / "a.npz")
    with pytest.raises(ShapeError, match=r"lack layer1\.b"):
        load_weights(tmp_path / "a.npz", spec)
    weights = dict(network.get_weights(), **{"layer2.W": np.zeros(3)})
    save_weights(weights, tmp_path / "b.npz")
    with pytest.raises(ShapeError, match=r"layer2\.W.*does not have"):
        load_weights(tmp_path / "b.npz", spec)


def test_broken_files_are_data_errors(spec, tmp_path):
    text = tmp_path / "notes.npz"
    text.write_text("not weights")
    with pytest.raises(DataError, match=r"notes\.npz"):
        load_weights(text, spec)
    single = tmp_path / "one.npy"
    np.save(single, np.zeros(3))
    with pytest.raises(DataError, match=r"single \.npy array"):
        load_weights(single, spec)
    pickled = tmp_path / "obj.npz"
    np.savez(pickled, **{"layer0.W": np.array([{"a": 1}], dtype=object)})
    with pytest.raises(DataError, match=r"obj\.npz"):
        load_weights(pickled, spec)
    truncated = tmp_path / "cut.npz"
    good = tmp_path / "good.npz"
    save_weights(Network.from_spec(spec, np.random.default_rng(0)), good)
    truncated.write_bytes(good.read_bytes()[:200])
    with pytest.raises(DataError, match=r"cut\.npz"):
        load_weights(truncated, spec)
    with pytest.raises(DataError, match="no such file"):
        load_weights(tmp_path / "missing.npz", spec)


def test_non_finite_weights_are_refused(network, spec, tmp_path):
    weights = network.get_weights()
    weights["layer0.b"][0] = np.nan
    save_weights(weights, tmp_path / "w.npz")
    with pytest.raises(DataError, match=r"layer0\.b.*NaN"):
        load_weights(tmp_path / "w.npz", spec)


def test_failed_save_leaves_the_old_file_untouched(network, tmp_path, monkeypatch):
    path = tmp_path / "w.npz"
    save_weights(network, path)
    before = path.read_bytes()

    def fail_halfway(handle, **arrays):
        handle.write(b"PK half a zip")
        raise OSError("disk full")

    monkeypatch.setattr(np, "savez", fail_halfway)
    with pytest.raises(OSError, match="disk full"):
        save_weights(network, path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["w.npz"]  # no temporary file left
    assert zipfile.is_zipfile(path)


def test_every_array_is_decoded_once(network, spec, tmp_path, monkeypatch):
    """A weights file is read once: each array (the stored network too) decoded one time."""
    path = tmp_path / "w.npz"
    save_weights(network, path, spec)  # with the network key
    decoded: list[tuple[int, ...]] = []
    real = np.lib.format.read_array

    def counting(*args, **kwargs):
        array = real(*args, **kwargs)
        decoded.append(array.shape)
        return array

    monkeypatch.setattr(np.lib.format, "read_array", counting)
    load_weights(path, spec)
    assert len(decoded) == len(network.get_weights()) + 1  # the weights and the network text


def _unwritable(tmp_path, monkeypatch):
    """A target in a folder that is gone, and an empty temporary folder for recovery."""
    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    monkeypatch.setattr(tempfile, "tempdir", None)
    return tmp_path / "removed-folder" / "w.npz"


def test_a_failed_save_with_recover_keeps_the_weights_in_a_recovery_file(
    network, spec, tmp_path, monkeypatch
):
    target = _unwritable(tmp_path, monkeypatch)
    with pytest.raises(OutputPathError) as caught:
        save_weights(network, target, recover=True)
    recovered = Path(str(caught.value).split("saved to ")[1].split(" instead")[0])
    assert recovered.parent == tmp_path / "tmp"
    loaded = load_weights(recovered, spec)
    for key, value in network.params.items():
        np.testing.assert_array_equal(loaded[key], value)


def test_a_failed_save_without_recover_writes_no_recovery_file(network, tmp_path, monkeypatch):
    target = _unwritable(tmp_path, monkeypatch)
    with pytest.raises(OutputPathError) as caught:
        save_weights(network, target)
    assert "saved to" not in str(caught.value)
    assert list((tmp_path / "tmp").iterdir()) == []
